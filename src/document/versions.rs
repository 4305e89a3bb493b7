//! A version number written right after a name ("supabase v0.0.4", ".NET Core 3.1",
//! "PowerShell Core v6.2"): the name then labels that release or package, and rules that would
//! rewrite the name leave it alone. Each rule decides which versions count for it.

/// What the version after a name looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    /// Written with a `v` ("v6", "V2.1").
    pub marked: bool,
    /// Two or more numbers joined by dots ("3.1", "0.0.4").
    pub dotted: bool,
}

/// The version number that follows `end` on the same line, past spaces or tabs, if the next
/// word is one: an optional `v`, then a number, with dots between parts ("v0.0.4-beta" is
/// `0.0.4`, marked). A sentence's closing period is no part of it.
pub fn version_after(text: &str, end: usize) -> Option<Version> {
    let rest = text.get(end..)?.split('\n').next().unwrap_or_default();
    let word = rest.trim_start_matches([' ', '\t']);
    if word.len() == rest.len() {
        return None;
    }
    let (digits, marked) = match word.strip_prefix(['v', 'V']) {
        Some(digits) => (digits, true),
        None => (word, false),
    };
    let number = digits
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let dotted = number.contains('.') && number.split('.').all(|part| !part.is_empty());
    Some(Version { marked, dotted })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(text: &str, name: &str) -> Option<Version> {
        version_after(text, text.find(name).unwrap() + name.len())
    }

    #[test]
    fn reads_marked_dotted_and_plain_versions() {
        let v = |marked, dotted| Some(Version { marked, dotted });
        assert_eq!(
            after("- supabase v0.0.4 - gotrue", "supabase"),
            v(true, true)
        );
        assert_eq!(after("Install .NET Core 3.1.", ".NET Core"), v(false, true));
        assert_eq!(
            after("PowerShell Core 6 shipped", "PowerShell Core"),
            v(false, false)
        );
        assert_eq!(
            after("on nimbus\t2.3.1-beta today", "nimbus"),
            v(false, true)
        );
        assert_eq!(after("Ask client v2 users.", "client"), v(true, false));
    }

    #[test]
    fn no_version_after_words_punctuation_or_a_line_break() {
        for (text, name) in [
            ("We moved to supabase in 2021.", "supabase"),
            ("Use vNext instead", "Use"),
            ("Ask client, 12 of them", "client"),
            ("acme\n2.0 is out", "acme"),
            ("the end", "end"),
        ] {
            assert_eq!(after(text, name), None, "{text}");
        }
    }
}
