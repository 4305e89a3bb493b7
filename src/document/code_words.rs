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
            let rest = &text[end + 1..];
            let rest = match rest.split_once(' ') {
                // One subcommand between: `docker run -it`.
                Some((word, after))
                    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) =>
                {
                    if is_option(after) {
                        return true;
                    }
                    rest
                }
                _ => rest,
            };
            is_option(rest)
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
    use crate::document::identifiers::in_identifier;

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
