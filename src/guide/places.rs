//! Places in a guide's text for problems the parsers leave unplaced: a second YAML document
//! (serde_yaml names no position), and keys of a guide marked-yaml cannot read.

use super::Problem;
use super::Seg;
use std::ops::Range;

/// Where the deepest key of `path` is written, found in the text: each key searched for after
/// the one before it. For the few guides serde_yaml reads and marked-yaml refuses (a flow
/// list continued at the start of a line), whose tree is missing: the key is where the
/// problem is, or near it.
pub(super) fn key_by_text(text: &str, path: &[Seg]) -> Option<Range<usize>> {
    let mut from = 0;
    let mut found = None;
    for seg in path {
        let Seg::Key(key) = seg else {
            continue;
        };
        let Some(at) = written_key(&text[from..], key) else {
            break;
        };
        found = Some(from + at..from + at + key.len());
        from += at + key.len();
    }
    found
}

/// Where `key` is written as a mapping key in `text`: after a line's indentation, `{` or `,`
/// (quoted or not), and followed by a colon.
fn written_key(text: &str, key: &str) -> Option<usize> {
    text.match_indices(key).map(|(i, _)| i).find(|&i| {
        let before = text[..i]
            .trim_end_matches(['"', '\''])
            .trim_end_matches([' ', '\t']);
        let after = text[i + key.len()..].trim_start_matches(['"', '\'']);
        (before.is_empty() || before.ends_with(['\n', '{', ','])) && after.starts_with(':')
    })
}

/// A guide of several YAML documents: serde_yaml says so without a place, so the problem points
/// at what starts the second one, a `---` (or `...`) line after the guide's first content or a
/// byte order mark past the start (the YAML parser reads one as a new stream).
pub(super) fn several_documents(text: &str, err: &serde_yaml::Error) -> Problem {
    let mut seen_content = false;
    let mut offset = 0;
    let mut found = None;
    for line in text.split_inclusive('\n') {
        if let Some(i) = line.find('\u{FEFF}').filter(|&i| offset + i > 0) {
            found = Some((offset + i..offset + i + '\u{FEFF}'.len_utf8(), true));
            break;
        }
        let content = line.trim_end_matches(['\n', '\r']);
        let marker = ["---", "..."]
            .iter()
            .any(|m| content == *m || content.starts_with(&format!("{m} ")));
        if marker && seen_content {
            found = Some((offset..offset + 3, false));
            break;
        }
        let content = content.trim_start();
        seen_content |= !marker && !content.is_empty() && !content.starts_with('#');
        offset += line.len();
    }
    let (span, help) = match found {
        Some((span, true)) => (
            Some(span),
            "remove the invisible byte order mark here (an editor or a copy inserted it): YAML reads it as the start of another document",
        ),
        Some((span, false)) => (
            Some(span),
            "a guide is one YAML document: remove this line, or merge what follows it into the guide above",
        ),
        None => match after_flow_document(text) {
            Some(span) => (
                Some(span),
                "a guide written as one `{…}` mapping ends at its closing brace: remove what follows it, or move it inside",
            ),
            None => (
                err.location().map(|loc| {
                    let start = super::load::floor_boundary(text, loc.index().min(text.len()));
                    start..start
                }),
                "a guide is one YAML document: remove the `---` lines after the first",
            ),
        },
    };
    Problem {
        path: Vec::new(),
        at_key: false,
        span,
        message: "the guide holds more than one YAML document".to_string(),
        help: Some(help.to_string()),
    }
}

/// In a guide written in flow style (`{"version": 1, …}`, as JSON is), the first character
/// after the bracket that closes it (quotes respected), which YAML reads as a second document.
fn after_flow_document(text: &str) -> Option<Range<usize>> {
    let body = text.trim_start_matches('\u{FEFF}');
    let mut start = text.len() - body.len();
    // Comments and blank lines before the document.
    for line in body.split_inclusive('\n') {
        let content = line.trim_start();
        if !(content.is_empty() || content.starts_with('#')) {
            start += line.len() - content.len();
            break;
        }
        start += line.len();
    }
    let bytes = text.as_bytes();
    if !matches!(bytes.get(start), Some(b'{' | b'[')) {
        return None;
    }
    // A quote opens a quoted scalar only where a scalar starts (`p"` is a plain scalar):
    // `before` is the last byte other than white space.
    let (mut depth, mut quote, mut i, mut before) = (0usize, None::<u8>, start, b'{');
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(b'"') if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' if matches!(before, b'{' | b'[' | b',' | b':') => quote = Some(b),
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        let rest = &text[i + 1..];
                        let next = rest.len() - rest.trim_start().len();
                        let at = i + 1 + next;
                        let c = text[at..].chars().next()?;
                        return Some(at..at + c.len_utf8());
                    }
                }
                _ => {}
            },
        }
        if !bytes[i].is_ascii_whitespace() {
            before = bytes[i];
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::load::parse;
    use crate::guide::schema::Guide;

    #[test]
    fn a_second_document_is_placed_at_its_marker_line() {
        let text =
            "version: 1\nterms:\n  - {use: customer, instead_of: [client]}\n---\nbanned: []\n";
        let problem = parse::<Guide>(text).err().expect("two documents");
        assert_eq!(
            problem.message,
            "the guide holds more than one YAML document"
        );
        assert_eq!(&text[problem.span.expect("placed")], "---");
        // A leading marker starts the first document; the trailing one is the problem.
        let text = "---\n# a guide\nversion: 1\n--- \n";
        let problem = parse::<Guide>(text).err().expect("two documents");
        assert_eq!(problem.span, Some(25..28));
    }

    #[test]
    fn text_after_a_flow_style_guide_is_placed() {
        let text = "# JSON\n{\"version\": 1, \"banned\": [{\"term\": \"a}\"}]} /7 supp\n";
        let problem = parse::<Guide>(text).err().expect("two documents");
        assert_eq!(
            problem.message,
            "the guide holds more than one YAML document"
        );
        assert_eq!(&text[problem.span.expect("placed")], "/");
        assert!(problem.help.expect("help").contains("closing brace"));
    }

    #[test]
    fn a_quote_inside_a_plain_scalar_opens_nothing() {
        let text = "{\"version\": 1, \"cta\": [p\"]}{";
        let problem = parse::<Guide>(text).err().expect("two documents");
        assert_eq!(problem.span, Some(text.len() - 1..text.len()));
    }

    #[test]
    fn a_byte_order_mark_inside_the_guide_is_placed() {
        let text = "# comment\n\u{FEFF}version: 1\nterms: []\n";
        let problem = parse::<Guide>(text).err().expect("a new stream");
        assert_eq!(&text[problem.span.expect("placed")], "\u{FEFF}");
        assert!(problem.help.expect("help").contains("byte order mark"));
    }

    #[test]
    fn keys_are_found_in_the_text_one_after_the_other() {
        // A flow list continued at the start of a line: serde_yaml reads it, marked-yaml does not.
        let text = "version: 1\nchannels:\n  a: {paths: [\"x/**\"], require: [cta]}\n  b: {paths: [\"y/**\"], require: [benefit, ct\na]}\n";
        let path = crate::guide_path!["channels", "b", "require", 1];
        let span = super::key_by_text(text, &path).expect("found");
        assert_eq!(&text[span.clone()], "require");
        assert!(
            span.start > text.find("b:").expect("b"),
            "the second channel's key"
        );
        let missing = crate::guide_path!["channels", "c", "require"];
        assert_eq!(
            super::key_by_text(text, &missing),
            Some(11..19),
            "the deepest key found"
        );
    }
}
