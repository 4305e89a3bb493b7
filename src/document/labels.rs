//! Lowercase words that are labels or directives, not prose: a tag list or an issue tracker's
//! component label in square brackets that link nowhere, and a notebook's `%` directive.

use super::identifiers::line_around;

/// Whether the lowercase word at `start..end` lies in square brackets that are no link and hold
/// no capital: "tags: [containers, images, docker, podman]" (a page's tags written in its body),
/// "[FLINK-3716] [kafka consumer] Decreasing socket timeout" (the tracker's component). Link
/// text ("[kafka](…)", "[kafka][ref]", "[kafka]" with a "[kafka]: …" definition), an image's
/// alt text and a bracket with a capital in it ("[Github Action]") stay prose.
pub fn in_bracket_label(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].contains(|c: char| !c.is_lowercase()) {
        return false;
    }
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let before = &text[line.start..start];
    let after = &text[end..line.end];
    let (Some(open), Some(close)) = (before.rfind('['), after.find(']')) else {
        return false;
    };
    if before[open..].contains(']') || after[..close].contains('[') {
        return false;
    }
    let inside = &text[line.start + open + 1..end + close];
    let next = after[close + 1..].chars().next();
    !inside.contains(char::is_uppercase)
        && !inside.starts_with('^')
        && !matches!(next, Some('(' | '[' | ':'))
        && !before[..open].ends_with('!')
        // Last: the only test that reads the whole text.
        && !text.contains(&format!("[{inside}]:"))
}

/// Whether the lowercase word at `start..end` follows a `%` right after a space or at a line's
/// start: a notebook's magic command or an interpreter's directive ("* %flink - Provides a
/// Scala environment", "%sql"), named as typed. "50%flink" is no such thing.
pub fn after_a_directive_sign(text: &str, start: usize, end: usize) -> bool {
    !text[start..end].contains(|c: char| !c.is_lowercase())
        && text[..start].strip_suffix('%').is_some_and(|before| {
            before.is_empty() || before.ends_with([' ', '\t', '\n', '(', '`'])
        })
}

#[cfg(test)]
mod tests {
    use super::{after_a_directive_sign, in_bracket_label};

    fn label(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("the word is in the text");
        in_bracket_label(text, start, start + word.len())
    }

    #[test]
    fn a_lowercase_bracket_that_links_nowhere_is_a_label() {
        // From the Podman blog (containers/podman.io, Apache-2.0) and the Flink blog
        // (apache/flink-web, Apache-2.0).
        assert!(label(
            "tags: [containers, images, docker, buildah, podman, oci]",
            "podman"
        ));
        assert!(label(
            "- [[FLINK-3716](https://issues.apache.org/jira/browse/FLINK-3716)] [kafka consumer] Decreasing socket timeout",
            "kafka"
        ));
    }

    #[test]
    fn links_images_capitals_and_prose_are_not() {
        assert!(!label(
            "Read [kafka](https://kafka.apache.org) first.",
            "kafka"
        ));
        assert!(!label(
            "Read [kafka][docs] first.\n\n[docs]: https://kafka.apache.org",
            "kafka"
        ));
        assert!(!label(
            "Read [kafka] first.\n\n[kafka]: https://kafka.apache.org",
            "kafka"
        ));
        assert!(!label("![kafka logo]", "kafka"));
        assert!(!label(":::note[Github Action]", "Github"));
        assert!(!label(
            "We moved from kafka to pulsar [last year].",
            "kafka"
        ));
        assert!(!label("The [kafka consumer\ngroup] is new.", "kafka"));
    }

    #[test]
    fn a_percent_sign_before_a_word_is_a_directive() {
        let text = "* %flink     - Provides a Scala environment";
        let start = text.find("flink").expect("in the text");
        assert!(after_a_directive_sign(text, start, start + 5));
        let text = "a 50%flink share";
        let start = text.find("flink").expect("in the text");
        assert!(!after_a_directive_sign(text, start, start + 5));
        let text = "use %Flink";
        let start = text.find("Flink").expect("in the text");
        assert!(!after_a_directive_sign(text, start, start + 5));
    }
}
