//! When a non-preferred term is a name or a mention rather than the writer's word for the
//! thing: part of a longer proper name ("Front Matter CMS", "PowerShell Core Administrative
//! Templates"), an abbreviation defined right after the preferred name ("Visual Studio Code
//! (VS Code)"), or the topic of a glossary heading ("### PowerShell Core (product
//! deprecated)"). And when renaming it may change a fact: a specific release (".NET Core 3.1")
//! or one side of a comparison (".NET Framework vs .NET Core").

/// The line holding `at`, and its start.
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, &text[start..end])
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// A line in Title Case (a list item or link named like a title: "- NPM Packages"): every word
/// of four letters or more is capitalised, so a capital proves nothing there.
fn title_case(line: &str) -> bool {
    // Link destinations are not words of the line.
    let mut visible = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find("](") {
        visible.push_str(&rest[..open]);
        rest = rest[open..]
            .find(')')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    visible.push_str(rest);
    let words: Vec<&str> = visible
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let mut long = words.iter().filter(|w| w.chars().count() >= 4).peekable();
    words.len() >= 2
        && long.peek().is_some()
        && long.all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// The word right after `end` on the same line, past spaces only (no punctuation between).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].split('\n').next().unwrap_or_default();
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let word_end = trimmed
        .find(|c: char| c.is_whitespace() || ",;:!?)]*\"".contains(c))
        .unwrap_or(trimmed.len());
    let word = trimmed[..word_end].trim_end_matches('.');
    (!word.is_empty()).then_some(word)
}

/// The word right before `start` on the same line, past spaces only.
fn previous_word(text: &str, start: usize) -> Option<&str> {
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    let trimmed = line.trim_end_matches([' ', '\t']);
    if trimmed.len() == line.len() {
        return None;
    }
    // Past the separator, which may be a wider character than one byte (a no-break space).
    let from = trimmed
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || "([*\"".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[from..];
    (!word.is_empty()).then_some(word)
}

/// Whether the match at `start..end` names something other than the term's concept, or is the
/// term mentioned in its own definition: then it is not reported.
pub fn names_something_else(text: &str, start: usize, end: usize, preferred: &str) -> bool {
    let matched = &text[start..end];
    let (_, line) = line_at(text, start);
    // Title Case words followed by another capitalised word: one longer proper name. A heading
    // in Title Case capitalises every word, so it proves nothing there.
    let capitalised = matched.split_whitespace().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    });
    if capitalised
        && !is_heading(line)
        && !title_case(line)
        && next_word(text, end)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    {
        return true;
    }
    // "Visual Studio Code (VS Code)": the abbreviation, defined.
    let before = text[..start].trim_end_matches([' ', '\t']);
    if let Some(before) = before.strip_suffix('(') {
        let before = before.trim_end();
        let preferred = preferred.trim();
        if before.len() >= preferred.len()
            && before.is_char_boundary(before.len() - preferred.len())
            && before[before.len() - preferred.len()..].eq_ignore_ascii_case(preferred)
        {
            return true;
        }
    }
    // "### PowerShell Core (product deprecated)": a glossary entry about the term itself.
    if is_heading(line) {
        let title = line.trim_start().trim_start_matches('#').trim();
        let title = title.split(" (").next().unwrap_or(title).trim();
        if title == matched {
            return true;
        }
    }
    false
}

/// Whether a fix of the match at `start..end` may change a fact: the term names a specific
/// release (a version number follows: ".NET Core 3.1") or one side of a comparison
/// (".NET Framework vs .NET Core"). Such a finding keeps its suggestion, but not a safe fix.
pub fn names_a_release(text: &str, start: usize, end: usize) -> bool {
    let versioned = next_word(text, end).is_some_and(|w| {
        let digits = w.strip_prefix(['v', 'V']).unwrap_or(w);
        digits.chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    let compared = |w: Option<&str>| {
        w.is_some_and(|w| matches!(w.to_lowercase().trim_end_matches('.'), "vs" | "versus"))
    };
    versioned || compared(previous_word(text, start)) || compared(next_word(text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(text: &str, term: &str, preferred: &str) -> bool {
        let start = text.find(term).expect("term in text");
        names_something_else(text, start, start + term.len(), preferred)
    }

    fn release(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        names_a_release(text, start, start + term.len())
    }

    #[test]
    fn longer_names_definitions_and_glossary_headings_are_not_the_term() {
        let fm = "In this section, we'll walk through how to add Front Matter CMS to your project.";
        assert!(other(fm, "Front Matter", "frontmatter"));
        let templates = "script installs **PowerShell Core Administrative Templates** on the local";
        assert!(other(templates, "PowerShell Core", "PowerShell"));
        assert!(other(
            "### Visual Studio Code (VS Code)",
            "VS Code",
            "Visual Studio Code"
        ));
        assert!(other(
            "### PowerShell Core (product deprecated)",
            "PowerShell Core",
            "PowerShell"
        ));
    }

    #[test]
    fn ordinary_uses_are_the_term() {
        let fm = "Add front matter YAML to each page.";
        assert!(!other(fm, "front matter", "frontmatter"));
        let vs = "When using VS Code to create and edit PowerShell scripts, save as UTF-8.";
        assert!(!other(vs, "VS Code", "Visual Studio Code"));
        assert!(!other(
            "# Understanding file encoding in VS Code and PowerShell",
            "VS Code",
            "Visual Studio Code"
        ));
        assert!(!other("### Install NPM Packages", "NPM", "npm"));
        assert!(!other("- NPM Packages", "NPM", "npm"));
        assert!(!other(
            "- [Installing NPM Packages](/en/guides/imports/)",
            "NPM",
            "npm"
        ));
        assert!(!other(
            "Front Matter. Then the body.",
            "Front Matter",
            "frontmatter"
        ));
    }

    #[test]
    fn a_no_break_space_before_the_previous_word_is_skipped_whole() {
        // Found by tests/fix_properties.rs: slicing one byte past U+00A0 panicked.
        let text = "end-user our\u{a0}users leverages";
        let start = text.find("leverages").expect("word in text");
        assert_eq!(previous_word(text, start), Some("users"));
        assert!(!release(text, "leverages"));
    }

    #[test]
    fn releases_and_comparisons_are_not_safely_renamed() {
        assert!(release(
            "Because of changes in .NET Core 3.1, PowerShell 7.0 and higher use the",
            ".NET Core"
        ));
        assert!(release("## .NET Framework vs .NET Core", ".NET Core"));
        assert!(release("(.NET Core vs .NET Framework)", ".NET Core"));
        assert!(!release(
            "PowerShell on Linux and macOS uses .NET Core, a subset of the full .NET Framework",
            ".NET Core"
        ));
    }
}
