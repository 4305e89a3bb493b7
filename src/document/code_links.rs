//! Links to code: a lowercase word whose whole link text points at a folder or file of that
//! name in a repository names that code ("Exporters: [otlp](…/tree/v0.58.0/exporter/otlpexporter)"
//! is the exporter's configuration key, not a misspelt "OTLP").

use super::links::{destination_of_link_text, host_and_path, link_around};

/// Code hosts' paths to a folder or a file at a ref.
const CODE_PATHS: [&str; 4] = ["/tree/", "/blob/", "/-/tree/", "/src/"];

/// Code hosts whose paths [`CODE_PATHS`] reads.
const CODE_HOSTS: [&str; 4] = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];

/// Whether `start..end`, an all-lowercase word, is the whole text of a link to a folder or file
/// in a repository whose name starts with that word (`otlp` → `…/exporter/otlpexporter`,
/// `kafka` → `…/receiver/kafkareceiver/README.md`).
pub fn names_linked_code(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if word.is_empty() || word.contains(|c: char| !c.is_lowercase() && !c.is_ascii_digit()) {
        return false;
    }
    let whole_text = link_around(text, start, end).is_some_and(|link| link.text == (start..end));
    whole_text
        && destination_of_link_text(text, start, end).is_some_and(|d| points_at_code(d, word))
}

/// Whether `destination` is a code host's path to a folder or file whose name (its last
/// segment, before any extension, or the folder holding a README) starts with `word`.
fn points_at_code(destination: &str, word: &str) -> bool {
    // An address without a path has no folder to name.
    let Some((host, path)) = host_and_path(destination) else {
        return false;
    };
    let path = format!("/{path}");
    if !CODE_HOSTS.contains(&host) || !CODE_PATHS.iter().any(|p| path.contains(p)) {
        return false;
    }
    let mut segments = path.trim_end_matches('/').rsplit('/');
    let last = segments.next().unwrap_or_default();
    let last = if last.to_lowercase().starts_with("readme") {
        segments.next().unwrap_or_default()
    } else {
        last
    };
    let name = last.split('.').next().unwrap_or_default().to_lowercase();
    name.starts_with(word)
}

#[cfg(test)]
mod tests {
    use super::names_linked_code;

    fn named(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        names_linked_code(text, start, start + word.len())
    }

    #[test]
    fn a_word_linked_to_its_code_names_that_code() {
        // The OpenTelemetry blog (CC-BY-4.0), `k8s-otel-expose/index.md`.
        let text = "- Exporters:\n  [otlp](https://github.com/open-telemetry/opentelemetry-collector/tree/v0.58.0/exporter/otlpexporter),\n  [logging](https://github.com/open-telemetry/opentelemetry-collector/tree/v0.58.0/exporter/loggingexporter)\n";
        assert!(named(text, "otlp"));
        assert!(named(
            "See [kafka](https://github.com/o/r/blob/main/receiver/kafkareceiver/README.md).",
            "kafka"
        ));
        // Prose linking a word to a site, a capitalised word, and a word inside longer link
        // text are not code.
        assert!(!named(
            "We export [otlp](https://opentelemetry.io/docs/specs/otlp/) data.",
            "otlp"
        ));
        assert!(!named(
            "[Otlp](https://github.com/o/r/tree/main/exporter/otlpexporter)",
            "Otlp"
        ));
        assert!(!named(
            "[the otlp exporter](https://github.com/o/r/tree/main/exporter/otlpexporter)",
            "otlp"
        ));
        assert!(!named(
            "[otlp](https://github.com/o/r/tree/main/exporter/loggingexporter)",
            "otlp"
        ));
    }
}
