//! Which string values are prose. A locale or content file also holds URLs, emails, paths, route
//! names, colours, dates and constants as strings; checking those would only raise false alarms.

/// Whether the decoded string `value` is prose a reader sees.
pub fn is_prose(value: &str) -> bool {
    let value = value.trim();
    if !value.chars().any(char::is_alphabetic) {
        // Empty, numbers as strings ("42", "1.0.3"), punctuation.
        return false;
    }
    if value.contains(char::is_whitespace) {
        // A URL inside a sentence is the identifier check's to skip, as in Markdown.
        return !is_colour(value);
    }
    // One token: a word ("Save", "Synergy") is prose; anything that reads as a name for a
    // machine is not.
    !(is_url(value)
        || is_email(value)
        || is_colour(value)
        || is_constant(value)
        || is_identifier(value))
}

fn is_url(value: &str) -> bool {
    value.contains("://")
        || ["mailto:", "tel:", "www.", "/", "./", "../", "#"]
            .iter()
            .any(|prefix| value.starts_with(prefix))
}

fn is_email(value: &str) -> bool {
    value
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// `#fff`, `#1a2b3c80`, `rgb(…)`, `hsl(…)`.
fn is_colour(value: &str) -> bool {
    let hex = value.strip_prefix('#').is_some_and(|h| {
        matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit())
    });
    hex || ["rgb(", "rgba(", "hsl(", "hsla("]
        .iter()
        .any(|f| value.starts_with(f))
}

/// `MAX_RETRIES`, `EUR`, `API`: no lower-case letter.
fn is_constant(value: &str) -> bool {
    value.chars().count() > 1 && !value.chars().any(char::is_lowercase)
}

/// A token joined by `-`, `_`, `.`, `/` or `:` (`home-page`, `v1.2`, `btn_primary`,
/// `2024-05-01`, `app:settings`), or written in camelCase (`onClick`).
fn is_identifier(value: &str) -> bool {
    let joined = value.contains(['-', '_', '.', '/', ':'])
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:".contains(c));
    let camel = value.chars().next().is_some_and(char::is_lowercase)
        && value.chars().skip(1).any(char::is_uppercase);
    joined || camel
}

#[cfg(test)]
mod tests {
    use super::is_prose;

    #[test]
    fn words_and_sentences_are_prose() {
        for value in [
            "Save",
            "Synergy",
            "Get started",
            "Best-in-class analytics.",
            "Don't wait: start today",
            "Café",
        ] {
            assert!(is_prose(value), "{value}");
        }
    }

    #[test]
    fn machine_strings_are_not() {
        for value in [
            "",
            "   ",
            "42",
            "1.0.3",
            "https://tidewater.example/pricing",
            "/pricing",
            "../img/hero.png",
            "hello@tidewater.example",
            "#1a2b3c",
            "rgb(0, 0, 0)",
            "MAX_RETRIES",
            "EUR",
            "home-page",
            "btn_primary",
            "2024-05-01",
            "app:settings",
            "onClick",
            "www.tidewater.example",
        ] {
            assert!(!is_prose(value), "{value}");
        }
    }
}
