//! The matching view of a text: lowercased, with every separator that may sit between the words
//! of a multi-word term collapsed to one space, and a map back to the original bytes. Terms are
//! normalised the same way, so one automaton pass finds "best in class", "Best-in-class" and
//! "best in\nclass" alike.

use super::identifiers::is_word_char;
pub use super::visible::{is_invisible, Visible};

pub struct Normalized {
    pub text: String,
    /// Where the map from `text` back to the source changes course, as (offset in `text`,
    /// source offset of that byte's character); between two breaks the offsets advance
    /// together. Most text needs a break only where white space collapsed: a map per byte
    /// would cost more than the matching.
    breaks: Vec<(u32, u32)>,
}

impl Normalized {
    /// Normalise `source`. A run of whitespace with at most one line break (plus the `>` quote
    /// markers that continue a paragraph after it) becomes one space; a run with a blank line
    /// becomes `\n`, which no term contains. A single hyphen between two word characters becomes
    /// a space. Everything else is lowercased.
    pub fn new(source: &str) -> Self {
        Normalized::of_spans(source, std::slice::from_ref(&(0..source.len())))
    }

    /// The view of `source` over `spans` only (sorted, disjoint, on character boundaries, with
    /// neither white space nor `>` right before or after each), one `\n` between two spans.
    /// Each byte of a span reads as it does in the view of the whole text — separators are
    /// judged by their neighbours in `source` — so a match inside a span is a match there.
    pub fn of_spans(source: &str, spans: &[std::ops::Range<usize>]) -> Self {
        // Built as bytes (ASCII runs copy without per-character work), checked once at the end.
        let mut text: Vec<u8> = Vec::with_capacity(spans.iter().map(|s| s.len() + 1).sum());
        let mut breaks = Breaks::default();
        for span in spans {
            if !text.is_empty() {
                // No term holds a line break: a match across spans (which would cross text
                // that is not prose) needs one, and is refused as not prose if it had one.
                breaks.mark(text.len(), span.start);
                text.push(b'\n');
            }
            normalize_span(source, span.clone(), &mut text, &mut breaks);
        }
        // Whole characters and ASCII bytes only were pushed, so this never fails.
        let text = String::from_utf8(text)
            .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
        Normalized {
            text,
            breaks: breaks.0,
        }
    }

    /// The view of a document where a term match may lie: its prose with the white space
    /// around it (see [`super::Document::match_spans`]), or all of a plain text.
    pub fn of_document(doc: &super::Document) -> Self {
        match doc.match_spans() {
            Some(spans) => Normalized::of_spans(doc.text, &spans),
            None => Normalized::new(doc.text),
        }
    }

    /// The source offset of the character that text byte `offset` came from.
    pub(super) fn source_offset(&self, offset: usize) -> usize {
        let k = self.breaks.partition_point(|&(n, _)| n as usize <= offset);
        match k.checked_sub(1).map(|k| self.breaks[k]) {
            Some((n, at)) => at as usize + (offset - n as usize),
            None => offset,
        }
    }

    /// The original byte range of the normalised range `start..end` (`end > start`).
    pub fn original(&self, source: &str, start: usize, end: usize) -> (usize, usize) {
        let from = self.source_offset(start);
        let last = self.source_offset(end - 1);
        let last_len = source[last..].chars().next().map_or(0, char::len_utf8);
        (from, last + last_len)
    }
}

/// Append the view of `source[span]` to `text`, recording where the map back changes course.
fn normalize_span(
    source: &str,
    span: std::ops::Range<usize>,
    text: &mut Vec<u8>,
    breaks: &mut Breaks,
) {
    let bytes = source.as_bytes();
    let mut i = span.start;
    while i < span.end {
        let b = bytes[i];
        if b.is_ascii_whitespace() && collapses(bytes, i) {
            let (end, newlines) = whitespace_run(bytes, i);
            breaks.mark(text.len(), i);
            text.push(if newlines > 1 { b'\n' } else { b' ' });
            i = end;
        } else if b == b'-' && hyphen_joins_words(source, i) {
            breaks.mark(text.len(), i);
            text.push(b' ');
            i += 1;
        } else if b.is_ascii() {
            // A run of ASCII that maps byte for byte — words, single spaces and line
            // breaks — copied at once: most of any text.
            let end = super::ascii_runs::ascii_run_end(bytes, i + 1, span.end);
            breaks.mark(text.len(), i);
            text.extend(bytes[i..end].iter().map(|&c| {
                if c.is_ascii_whitespace() {
                    b' '
                } else {
                    c.to_ascii_lowercase()
                }
            }));
            i = end;
        } else {
            let c = source[i..].chars().next().unwrap_or(' ');
            let mut buffer = [0u8; 4];
            if is_invisible(c) {
                // Left out of the view: the next byte pushed records a break, so the map
                // stays exact and a match spans the invisible character in the source.
            } else if c.is_whitespace() {
                breaks.mark(text.len(), i);
                text.push(b' ');
            } else {
                // Every byte of the lowercase form maps to the character's start.
                for lower in c.to_lowercase() {
                    for &byte in lower.encode_utf8(&mut buffer).as_bytes() {
                        breaks.mark(text.len(), i);
                        text.push(byte);
                    }
                }
            }
            i += c.len_utf8();
        }
    }
}

/// The map's breaks while the text is built.
#[derive(Default)]
struct Breaks(Vec<(u32, u32)>);

impl Breaks {
    /// Record that text offset `offset` comes from source offset `at`, unless the last break
    /// already implies it (offsets only grow while building).
    fn mark(&mut self, offset: usize, at: usize) {
        let predicted = match self.0.last() {
            Some(&(n, from)) => from as usize + (offset - n as usize),
            None => offset,
        };
        if predicted != at {
            self.0.push((offset as u32, at as u32));
        }
    }
}

/// The end of the whitespace run at `i` and how many line breaks it holds. Quote markers right
/// after a line break belong to the run.
fn whitespace_run(bytes: &[u8], mut i: usize) -> (usize, usize) {
    let mut newlines = 0;
    let mut after_newline = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                newlines += 1;
                after_newline = true;
            }
            b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => {}
            b'>' if after_newline => {}
            _ => break,
        }
        i += 1;
    }
    (i, newlines)
}

/// Whether the white space at `i` starts a run longer than itself (see [`whitespace_run`]); a
/// lone space or line break just becomes a space.
pub(super) fn collapses(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i + 1) {
        Some(b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' | b'\n') => true,
        Some(b'>') => bytes[i] == b'\n',
        _ => false,
    }
}

fn hyphen_joins_words(source: &str, i: usize) -> bool {
    let visible = |c: &char| !is_invisible(*c);
    let before = source[..i]
        .chars()
        .rev()
        .find(visible)
        .is_some_and(is_word_char);
    let after = source[i + 1..]
        .chars()
        .find(visible)
        .is_some_and(is_word_char);
    before && after
}

/// Normalise a term the way [`Normalized::new`] normalises text.
pub fn normalize_term(term: &str) -> String {
    Normalized::new(term.trim()).text
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn collapses_separators_and_folds_case() {
        let n = Normalized::new("Best-in-Class\n> PRODUCTS\n\nnext - x");
        assert_eq!(n.text, "best in class products\nnext - x");
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let source = "Ünïcode  Wörds-here";
        let n = Normalized::new(source);
        let start = n.text.find("wörds").expect("found");
        let (from, to) = n.original(source, start, start + "wörds here".len());
        assert_eq!(&source[from..to], "Wörds-here");
    }

    #[test]
    fn expanding_lowercase_maps_to_one_character() {
        let source = "İstanbul office";
        let n = Normalized::new(source);
        let start = n.text.find("office").expect("found");
        let (from, to) = n.original(source, start, start + 6);
        assert_eq!(&source[from..to], "office");
    }

    /// The plain definition: every text byte mapped to its source character, one by one.
    fn reference(source: &str) -> (String, Vec<usize>) {
        let (mut text, mut map) = (String::new(), Vec::new());
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let before = text.len();
            if b.is_ascii_whitespace() {
                let (end, newlines) = whitespace_run(bytes, i);
                text.push(if newlines > 1 { '\n' } else { ' ' });
                map.push(i);
                i = end;
                continue;
            } else if b == b'-' && hyphen_joins_words(source, i) {
                text.push(' ');
            } else if b.is_ascii() {
                text.push(b.to_ascii_lowercase() as char);
            } else {
                let c = source[i..].chars().next().unwrap_or(' ');
                if is_invisible(c) {
                    // Maps nothing: no text byte comes from it.
                } else if c.is_whitespace() {
                    text.push(' ');
                } else {
                    text.extend(c.to_lowercase());
                }
                map.extend(std::iter::repeat_n(i, text.len() - before));
                i += c.len_utf8();
                continue;
            }
            map.push(i);
            i += 1;
        }
        (text, map)
    }

    /// The view of `source` and its map back are the ones [`reference`] makes a byte at a time.
    fn agrees_with_the_reference(source: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let n = Normalized::new(source);
        let (text, map) = reference(source);
        proptest::prop_assert_eq!(&n.text, &text);
        for (offset, &at) in map.iter().enumerate() {
            proptest::prop_assert_eq!(n.source_offset(offset), at);
        }
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn sparse_map_agrees_with_a_map_per_byte(
            source in "[a-zA-Z \t\n>\\-İÜßé\u{2003}日\u{ad}\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}]{0,40}"
        ) {
            agrees_with_the_reference(&source)?;
        }

        /// Long texts take the block reading through whole runs: the view is still the one
        /// made a byte at a time.
        #[test]
        fn long_texts_read_by_blocks_agree_with_the_map_per_byte(
            source in "([a-z]{1,12}[ \t\n>\r\x0b\x0c\\-é]{1,3}){0,14}"
        ) {
            agrees_with_the_reference(&source)?;
        }
    }

    #[test]
    fn invisible_characters_are_looked_through_and_mapped_back() {
        let source = "pure syn\u{ad}er\u{200b}gy\u{2060}, \u{feff}Best\u{200d}-in-class";
        let n = Normalized::new(source);
        assert_eq!(n.text, "pure synergy, best in class");
        let start = n.text.find("synergy").expect("found");
        let (from, to) = n.original(source, start, start + "synergy".len());
        assert_eq!(&source[from..to], "syn\u{ad}er\u{200b}gy");
        let start = n.text.find("best").expect("found");
        let (from, to) = n.original(source, start, n.text.len());
        assert_eq!(&source[from..to], "Best\u{200d}-in-class");
    }

    proptest::proptest! {
        /// Every match of a word in the view maps back to the source span that holds exactly
        /// that word's letters, the invisible characters between them included.
        #[test]
        fn matches_through_invisible_characters_cover_the_whole_word(
            cuts in proptest::collection::vec((0usize..6, 0usize..6), 0..4),
            before in "[a-z ]{0,5}",
        ) {
            const INVISIBLE: [&str; 6] = ["\u{ad}", "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}"];
            let mut word = String::from("synergy");
            let mut cuts = cuts;
            cuts.sort_by_key(|cut| std::cmp::Reverse(cut.0));
            for (at, which) in cuts {
                word.insert_str(at + 1, INVISIBLE[which]);
            }
            let source = format!("{before} {word} end");
            let n = Normalized::new(&source);
            let start = n.text.rfind("synergy").expect("the word is found");
            let (from, to) = n.original(&source, start, start + "synergy".len());
            proptest::prop_assert_eq!(&source[from..to], word.as_str());
        }
    }

    #[test]
    fn terms_normalise_like_text() {
        assert_eq!(normalize_term(" Circle  Back "), "circle back");
        assert_eq!(normalize_term("best-in-class"), "best in class");
    }
}
