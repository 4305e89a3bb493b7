//! Words written as code by what follows them: a call, a pull request, a command-line option.
//! [`super::identifiers`] treats such a word as an identifier, for every word rule.

/// Whether the word ending at `end` is written as code by what follows it: a call
/// (`rspack(options)`, but not a plural in parentheses, "product(s)"), or a command-line option
/// after it or after one lowercase subcommand (`rslint --type-check`, `docker run -it`). Prose
/// puts a space before a parenthesis and never a dash before a letter.
pub(crate) fn written_as_code(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(end) {
        Some(b'(') => {
            let inside = &bytes[end + 1..];
            let close = inside.iter().position(|&b| b == b')');
            !close.is_some_and(|i| matches!(&inside[..i], b"s" | b"es"))
        }
        Some(b' ') => {
            let rest = &bytes[end + 1..];
            if rest.first() == Some(&b'-') {
                return is_option(&text[end + 1..]);
            }
            // One subcommand between: `docker run -it`. Read from the bytes right here, not by
            // finding the next space first: this runs after most prose words, and the next
            // space may be far off.
            let word = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
            word > 0
                && rest.get(word) == Some(&b' ')
                && rest.get(word + 1) == Some(&b'-')
                && is_option(&text[end + 1 + word + 1..])
        }
        _ => false,
    }
}

/// `-it`, `--type-check`: a dash or two, then a lowercase letter, then lowercase letters,
/// digits or dashes up to anything but a letter — the way a command line writes an option.
fn is_option(text: &str) -> bool {
    let body = text
        .strip_prefix("--")
        .or_else(|| text.strip_prefix('-'))
        .unwrap_or_default();
    let name_end = body
        .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .unwrap_or(body.len());
    text.starts_with('-')
        && body.starts_with(|c: char| c.is_ascii_lowercase())
        && !body[name_end..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::{is_option, written_as_code};
    use crate::document::identifiers::in_identifier;
    use proptest::prelude::*;

    /// [`written_as_code`] after a space by its plain definition: the next word found by the
    /// next space, then an option after it or right after the space.
    fn after_space_plain(text: &str, end: usize) -> bool {
        let rest = &text[end + 1..];
        match rest.split_once(' ') {
            Some((word, after))
                if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) =>
            {
                is_option(after) || is_option(rest)
            }
            _ => is_option(rest),
        }
    }

    proptest! {
        /// Reading the next word from the bytes after the space finds what finding the next
        /// space first finds.
        #[test]
        fn an_option_after_a_space_is_found_as_by_the_next_space(
            pieces in prop::collection::vec(
                prop::sample::select(&[
                    " ", "-", "--", "run", "it", "Run", "x1", "_", "(", ")", "\n", "é", "-x",
                    "--type-check", "docker", "A",
                ][..]),
                0..12,
            ),
        ) {
            let text = format!("word {}", pieces.concat());
            prop_assert_eq!(written_as_code(&text, 4), after_space_plain(&text, 4));
        }
    }

    fn flagged(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        in_identifier(text, start, start + word.len(), &[])
    }

    #[test]
    fn a_word_written_as_code_is_an_identifier() {
        // Rspack's, Rsbuild's and FerretDB's blogs (MIT, Apache-2.0): a call, a pull request,
        // a command line with an option, after a subcommand too.
        assert!(flagged(
            "change entry options after rspack(options)",
            "rspack"
        ));
        assert!(flagged(
            "please refer to [rspack#6448](https://x.y/6448)",
            "rspack"
        ));
        assert!(flagged(
            "a pre-commit hook through [rslint --type-check](x)",
            "rslint"
        ));
        assert!(flagged(
            "then run docker run -it --rm ferretdb/ferretdb",
            "docker"
        ));
        assert!(flagged("start it with `ferretdb -h`", "ferretdb"));
    }

    #[test]
    fn prose_around_parentheses_dashes_and_ranks_is_no_code() {
        assert!(!flagged("we moved to rspack (the Rust bundler)", "rspack"));
        assert!(!flagged("the product(s) you sell", "product"));
        assert!(!flagged("Rspack - a fast bundler", "Rspack"));
        assert!(!flagged("Rspack -- fast, and ours", "Rspack"));
        assert!(!flagged("Rspack is -5% slower", "Rspack"));
        assert!(!flagged("Rspack #1 in speed", "Rspack"));
        assert!(!flagged("Rspack is - as ever - fast", "Rspack"));
    }
}
