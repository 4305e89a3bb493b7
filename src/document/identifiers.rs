//! Identifiers are not prose: a term inside a URL, domain, e-mail address, @handle, #hashtag,
//! file path or snake_case name is never reported. Checked lazily, only around candidate
//! matches, by classifying the whitespace-delimited token that holds the match.

use crate::limits::LINE_CONTEXT_REACH;

/// Characters that end a token on either side besides whitespace: brackets and quotes around
/// an identifier ("(see example.com)") are not part of it.
fn is_token_break(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | ')' | '[' | ']' | '<' | '>' | '"' | '`' | '*' | '|' | '{' | '}'
        )
        || matches!(c, '“' | '”' | '‘' | '«' | '»')
}

/// [`is_token_break`] of each ASCII byte (no other byte is a character): one load a byte, for
/// [`plain_word_alone`], which every prose word asks.
const TOKEN_BREAK_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(
            b as u8,
            b'\t'
                | b'\n'
                | 0x0b
                | 0x0c
                | b'\r'
                | b' '
                | b'('
                | b')'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'"'
                | b'`'
                | b'*'
                | b'|'
                | b'{'
                | b'}'
        );
        b += 1;
    }
    table
};

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// How far a token is searched for on each side of a match, in bytes. A run of more than this
/// without a break is no word a writer typed (a hash, base64, a minified line), and searching
/// its whole length for every match in it would be quadratic.
pub(crate) const MAX_TOKEN_REACH: usize = 256;

/// The token around `start..end`: extended over non-break characters on both sides, with
/// sentence punctuation trimmed from its end; `None` when it reaches further than
/// [`MAX_TOKEN_REACH`] on either side.
fn token_around(text: &str, start: usize, end: usize) -> Option<&str> {
    let mut low = start.saturating_sub(MAX_TOKEN_REACH);
    while !text.is_char_boundary(low) {
        low -= 1;
    }
    let mut high = (end + MAX_TOKEN_REACH).min(text.len());
    while !text.is_char_boundary(high) {
        high += 1;
    }
    let from = match text[low..start].rfind(is_token_break) {
        Some(i) => low + i + text[low + i..].chars().next().map_or(1, char::len_utf8),
        None if low == 0 => 0,
        None => return None,
    };
    let to = match text[end..high].find(is_token_break) {
        Some(i) => end + i,
        None if high == text.len() => text.len(),
        None => return None,
    };
    Some(text[from..to].trim_end_matches(['.', ',', ':', ';', '!', '?', '\'', '’']))
}

/// The line holding `start..end` (without its line break), or `None` when it reaches further
/// than [`LINE_CONTEXT_REACH`] on either side: a huge line is not searched whole for every match
/// in it.
pub(crate) fn line_around(text: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let mut low = start.saturating_sub(LINE_CONTEXT_REACH);
    while !text.is_char_boundary(low) {
        low -= 1;
    }
    let mut high = (end + LINE_CONTEXT_REACH).min(text.len());
    while !text.is_char_boundary(high) {
        high += 1;
    }
    let from = match text[low..start].rfind('\n') {
        Some(i) => low + i + 1,
        None if low == 0 => 0,
        None => return None,
    };
    let to = match text[end..high].find('\n') {
        Some(i) => end + i,
        None if high == text.len() => text.len(),
        None => return None,
    };
    Some(from..to)
}

/// Whether `c` sits between two word characters in `token` at byte `i` (an inner separator, as
/// in `index.md`, `acme/server`, `snake_case`).
fn inner(token: &str, sep: char) -> bool {
    token.match_indices(sep).any(|(i, _)| {
        let before = token[..i].chars().next_back();
        let after = token[i + sep.len_utf8()..].chars().next();
        match (before, after) {
            (Some(b), Some(a)) => {
                // "99.9", "24/7", "1/2": numbers, not file names or paths.
                let numeric =
                    (sep == '.' || sep == '/') && b.is_ascii_digit() && a.is_ascii_digit();
                is_word_char(b) && is_word_char(a) && !numeric
            }
            _ => false,
        }
    })
}

/// "e.g", "U.S", "i.e": dotted abbreviations are words, not file names.
fn is_abbreviation(token: &str) -> bool {
    token.split('.').all(|part| part.chars().count() <= 1)
}

/// Whether `start..end` is a plain ASCII word standing alone: a token break (or the text's
/// edge) before it, and after it one too, or one sentence mark and then one. Such a word is its
/// whole token and joins nothing, so it is in no identifier — decided from three bytes, for the
/// common case of every prose word.
pub fn plain_word_alone(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let breaks = |at: usize| {
        bytes
            .get(at)
            .is_none_or(|&b| TOKEN_BREAK_BYTE[usize::from(b)])
    };
    start < end
        && bytes
            .get(start..end)
            .is_some_and(|word| word.iter().all(u8::is_ascii_alphanumeric))
        && (start == 0 || breaks(start - 1))
        && (breaks(end)
            || (matches!(bytes[end], b'.' | b',' | b':' | b';' | b'!' | b'?') && breaks(end + 1)))
        && !super::code_words::written_as_code(text, end)
}

/// Whether the match at `start..end` lies inside an identifier. `dotted_names` are names the
/// guide lists that contain dots ("Node.js"); they are words, like abbreviations.
pub fn in_identifier(text: &str, start: usize, end: usize, dotted_names: &[String]) -> bool {
    if super::code_words::written_as_code(text, end) {
        return true;
    }
    let Some(token) = token_around(text, start, end) else {
        return true; // no word is that long
    };
    if token.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false; // a plain word: the common case, and none of the cases below
    }
    // Every case below needs one of these bytes: a hyphenated compound or a contraction
    // ("real-time", "don't") is ruled out in one pass instead of a search per case.
    if !token
        .bytes()
        .any(|b| matches!(b, b':' | b'@' | b'.' | b'#' | b'/' | b'_' | b'\\'))
    {
        return false;
    }
    if token.contains("://") || token.starts_with("www.") || token.starts_with("mailto:") {
        return true;
    }
    if token.contains('@') {
        return true; // e-mail address or @handle
    }
    if token.strip_prefix('.').is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_lowercase()) && !rest.contains(char::is_uppercase)
    }) {
        // A file extension or dotfile: `.astro`, `[slug].astro`, `.env`; ".NET" is a name.
        return true;
    }
    if let Some(rest) = token.strip_prefix('#') {
        if rest.starts_with(|c: char| is_word_char(c) && !c.is_ascii_digit()) {
            return true; // #channel or #hashtag
        }
    }
    if token.ends_with('/') && token[..token.len() - 1].ends_with(is_word_char) {
        return true; // a folder: `storyblok/`, `src/pages/`
    }
    if token.match_indices('#').any(|(i, _)| {
        token[..i].ends_with(is_word_char)
            && token[i + 1..].starts_with(|c: char| c.is_ascii_digit())
    }) {
        return true; // `rspack#6448`: a repository's issue or pull request
    }
    if token.match_indices("::").any(|(i, _)| {
        token[..i].ends_with(is_word_char) && token[i + 2..].starts_with(is_word_char)
    }) {
        return true; // `jsi::Runtime`: a C++ or Rust path
    }
    if inner(token, '_') || inner(token, '/') || inner(token, '\\') {
        return true; // snake_case, path
    }
    if inner(token, '.') {
        let bare = token.trim_start_matches(|c: char| !is_word_char(c));
        return !is_abbreviation(bare)
            && !dotted_names.iter().any(|name| {
                let name = name.trim_end_matches('.');
                bare.len() >= name.len()
                    && bare.is_char_boundary(name.len())
                    && bare[..name.len()].eq_ignore_ascii_case(name)
                    && !bare[name.len()..].contains('.')
            });
    }
    false
}

#[cfg(test)]
mod tests {
    use super::in_identifier;

    #[test]
    fn the_token_break_bytes_are_the_ascii_token_breaks() {
        for b in 0..=u8::MAX {
            let expected = b.is_ascii() && super::is_token_break(char::from(b));
            assert_eq!(
                super::TOKEN_BREAK_BYTE[usize::from(b)],
                expected,
                "byte {b:#x}"
            );
        }
    }

    fn flagged(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        in_identifier(text, start, start + word.len(), &["Node.js".to_string()])
    }

    #[test]
    fn compounds_and_contractions_are_no_identifiers() {
        // Astro's docs: prose joins words with hyphens and apostrophes, never a path or handle.
        assert!(!flagged("server-side rendering is opt-in", "server"));
        assert!(!flagged("server-side rendering is opt-in", "opt"));
        assert!(!flagged("Astro doesn't ship JavaScript", "doesn"));
        assert!(!flagged("the “island” architecture’s core", "architecture"));
        // A case below still needs only one of its bytes.
        assert!(flagged("run server-side/render.ts", "render"));
        assert!(flagged("ping @server-side now", "server"));
    }

    #[test]
    fn a_cpp_or_rust_path_is_an_identifier() {
        // The React Native blog (CC-BY-4.0): a C++ type in its namespace, in prose and headings.
        assert!(flagged("Examples on how to access the jsi::Runtime", "jsi"));
        assert!(flagged("exposing props as jsi::Values", "Values"));
        assert!(!flagged("Note: the JSI is stable.", "JSI"));
    }

    #[test]
    fn identifiers_are_skipped() {
        assert!(flagged("see https://acme.com/leverage now", "leverage"));
        assert!(flagged("see www.acme.com/client.", "client"));
        assert!(flagged("go to example.com/pricing today", "pricing"));
        assert!(flagged("(powerspec.com)", "powerspec"));
        assert!(flagged("mail client@acme.com", "client"));
        assert!(flagged("ask @client on chat", "client"));
        assert!(flagged("join #client-success", "client"));
        assert!(flagged("open sales/index.md", "index"));
        assert!(flagged("open sales/index.md", "sales"));
        assert!(flagged("the acme/server repo", "server"));
        assert!(flagged("set client_id first", "client"));
        assert!(flagged("C:\\Users\\client\\file", "client"));
        assert!(flagged("the powerspec-logo.png image", "powerspec"));
        // File names whose stem is in brackets, and bare extensions.
        assert!(flagged("- **[slug].astro**", "astro"));
        assert!(flagged("- [...slug].astro", "astro"));
        assert!(flagged("create .astro files", "astro"));
        assert!(flagged("see `index.astro`", "astro"));
        assert!(flagged("  - storyblok/", "storyblok"));
        assert!(flagged("in src/pages/ today", "pages"));
    }

    #[test]
    fn prose_is_not_an_identifier() {
        assert!(!flagged("our client, e.g. you.", "client"));
        assert!(!flagged("e.g. the client", "e.g"));
        assert!(!flagged("in the U.S. market", "U.S"));
        assert!(!flagged("we use node.js daily", "node.js"));
        assert!(!flagged("# Client stories", "Client"));
        assert!(!flagged("the client.", "client"));
        assert!(!flagged("(client)", "client"));
        assert!(!flagged("\"client\"", "client"));
        assert!(!flagged("a client-facing team", "client"));
        assert!(!flagged("the client's needs", "client"));
        assert!(!flagged("99.9% uptime", "99"));
        assert!(!flagged("#1 rated", "1"));
        assert!(!flagged("24/7 support", "24/7"));
        assert!(!flagged("a / b", "a"));
        assert!(!flagged("Wait...astro is here", "astro"));
        assert!(!flagged("on .NET Core 3.1", "NET"));
        assert!(!flagged("the end. Astro is next", "Astro"));
    }

    #[test]
    fn a_run_longer_than_any_word_is_not_prose() {
        // Inside 10,000 letters without a break: no word a writer typed, and never scanned whole.
        let run = format!("see {}synergy{} now", "x".repeat(5_000), "y".repeat(5_000));
        assert!(flagged(&run, "synergy"));
        // Long prose around a short word is still prose: only the token's own length counts.
        let prose = format!(
            "{} our client {}",
            "word ".repeat(2_000),
            "word ".repeat(2_000)
        );
        assert!(!flagged(&prose, "client"));
        // Multi-byte letters at the reach's edge cut on a character boundary.
        let wide = format!("{}client", "é".repeat(300));
        assert!(flagged(&wide, "client"));
    }

    proptest::proptest! {
        /// The shortcut never calls an identifier's word plain: where it answers, the full
        /// reading (and the joined-token set, which needs an inner joiner) says the same.
        #[test]
        fn a_plain_word_alone_is_in_no_identifier(pieces in proptest::collection::vec(
            proptest::sample::select(&[
                "word", "x", " ", "\n", ".", ",", "!", "?", ":", "-", "_", "/", "@", "#", "'",
                "\u{2019}", "(", ")", "`", "*", "\"", "https://", "www.", "a.b", "\u{e9}", ".md",
            ][..]),
            0..24,
        )) {
            let text = pieces.concat();
            for w in crate::document::words(&text) {
                if super::plain_word_alone(&text, w.start, w.end) {
                    proptest::prop_assert!(!in_identifier(&text, w.start, w.end, &[]), "{text:?} {w:?}");
                    proptest::prop_assert!(
                        crate::document::joined::joined_token_around(&text, w.start, w.end).is_none(),
                        "{text:?} {w:?}"
                    );
                }
            }
        }
    }
}
