//! The matching view of a text: lowercased, with every separator that may sit between the words
//! of a multi-word term collapsed to one space, and a map back to the original bytes. Terms are
//! normalised the same way, so one automaton pass finds "best in class", "Best-in-class" and
//! "best in\nclass" alike.

use super::identifiers::is_word_char;

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
        let bytes = source.as_bytes();
        // Built as bytes (ASCII runs copy without per-character work), checked once at the end.
        let mut text: Vec<u8> = Vec::with_capacity(source.len());
        let mut breaks = Breaks::default();
        let mut i = 0;
        while i < bytes.len() {
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
                let mut end = i + 1;
                while end < bytes.len() {
                    let c = bytes[end];
                    if !c.is_ascii()
                        || c == b'-'
                        || (c.is_ascii_whitespace() && collapses(bytes, end))
                    {
                        break;
                    }
                    end += 1;
                }
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
        // Whole characters and ASCII bytes only were pushed, so this never fails.
        let text = String::from_utf8(text)
            .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
        Normalized {
            text,
            breaks: breaks.0,
        }
    }

    /// The source offset of the character that text byte `offset` came from.
    fn source_offset(&self, offset: usize) -> usize {
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
fn collapses(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i + 1) {
        Some(b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' | b'\n') => true,
        Some(b'>') => bytes[i] == b'\n',
        _ => false,
    }
}

/// Characters a reader does not see — a soft hyphen, zero-width spaces and joiners, the word
/// joiner and a BOM inside the text — which would otherwise hide a word from the matchers
/// ("syn\u{ad}ergy" reads as "synergy"). Matching looks through them.
/// A text without its invisible characters ([`is_invisible`]), with the way back to the
/// original's offsets. Borrowed as it is when it has none, which is nearly always.
pub struct Visible<'t> {
    text: std::borrow::Cow<'t, str>,
    /// For each removed run: its offset in the stripped text, and the bytes removed up to and
    /// including it.
    removed: Vec<(usize, usize)>,
}

impl<'t> Visible<'t> {
    pub fn new(original: &'t str) -> Self {
        if !has_invisible(original) {
            return Visible {
                text: std::borrow::Cow::Borrowed(original),
                removed: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut removed = Vec::new();
        let mut total = 0;
        for c in original.chars() {
            if is_invisible(c) {
                total += c.len_utf8();
                match removed.last_mut() {
                    Some((at, sum)) if *at == text.len() => *sum = total,
                    _ => removed.push((text.len(), total)),
                }
            } else {
                text.push(c);
            }
        }
        Visible {
            text: std::borrow::Cow::Owned(text),
            removed,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original range of a stripped range: invisible characters inside it are included,
    /// those just before or after it are not.
    pub fn original(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let shift = |at: usize, inclusive: bool| {
            let n = self
                .removed
                .partition_point(|&(pos, _)| if inclusive { pos <= at } else { pos < at });
            at + n.checked_sub(1).map_or(0, |i| self.removed[i].1)
        };
        shift(range.start, true)..shift(range.end, false)
    }
}

/// Whether `text` holds an invisible character ([`is_invisible`]): a search for their UTF-8
/// lead bytes, as every document is asked.
fn has_invisible(text: &str) -> bool {
    let bytes = text.as_bytes();
    !text.is_ascii()
        && bytes.iter().enumerate().any(|(i, &b)| match b {
            // U+00AD
            0xC2 => bytes.get(i + 1) == Some(&0xAD),
            // U+200B..=U+200D, U+2060
            0xE2 => matches!(
                bytes.get(i + 1..i + 3),
                Some([0x80, 0x8B..=0x8D] | [0x81, 0xA0])
            ),
            // U+FEFF
            0xEF => bytes.get(i + 1..i + 3) == Some(&[0xBB, 0xBF]),
            _ => false,
        })
}

pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
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

    #[test]
    fn the_visible_text_maps_back_to_the_original() {
        let original = "a\u{ad}bc \u{200b}\u{200d}de\u{ad}";
        let visible = Visible::new(original);
        assert_eq!(visible.text(), "abc de");
        // "abc": the soft hyphen inside is part of the match.
        assert_eq!(&original[visible.original(0..3)], "a\u{ad}bc");
        // "de": the zero-width characters before it and the soft hyphen after it are not.
        let de = visible.original(4..6);
        assert_eq!(&original[de], "de");
        let plain = Visible::new("no invisible characters");
        assert_eq!(plain.original(3..12), 3..12);
    }

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

    proptest::proptest! {
        #[test]
        fn sparse_map_agrees_with_a_map_per_byte(
            source in "[a-zA-Z \t\n>\\-İÜßé\u{2003}日\u{ad}\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}]{0,40}"
        ) {
            let n = Normalized::new(&source);
            let (text, map) = reference(&source);
            proptest::prop_assert_eq!(&n.text, &text);
            for (offset, &at) in map.iter().enumerate() {
                proptest::prop_assert_eq!(n.source_offset(offset), at);
            }
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

    proptest::proptest! {
        #[test]
        fn invisible_characters_are_found_by_their_bytes(
            text in "[a-z \u{ad}\u{ac}\u{200a}-\u{200e}\u{205f}-\u{2061}\u{feff}\u{fefe}é日]{0,12}"
        ) {
            proptest::prop_assert_eq!(has_invisible(&text), text.chars().any(is_invisible));
        }
    }

    #[test]
    fn terms_normalise_like_text() {
        assert_eq!(normalize_term(" Circle  Back "), "circle back");
        assert_eq!(normalize_term("best-in-class"), "best in class");
    }
}
