//! One pass over a text for phrase drift: its words, exactly as [`crate::document::words`] cuts
//! them, each with the number of blank lines before it.
//!
//! Phrase drift looks at every word of every document, and its windows never cross a blank
//! line: counting blank lines while passing over the gaps between words is cheaper than
//! searching each gap again afterwards.

use crate::document::identifiers::is_word_char;
use std::ops::Range;

/// A word found by [`scan`].
pub(super) struct ScannedWord {
    pub range: Range<usize>,
    /// Whole lines of white space before the word: words with the same count share a paragraph.
    pub blank_lines: u32,
    /// Whether the word is ASCII (most are: their lowercase is a byte operation).
    pub ascii: bool,
}

/// What a byte is to the scan: the ASCII bytes by class, and the bytes of other characters,
/// which are looked at as characters.
const WORD: u8 = 0;
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const OTHER: u8 = 3;
const UNICODE: u8 = 4;

const CLASS: [u8; 256] = {
    let mut table = [UNICODE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            WORD
        } else if c == b'\n' {
            NEWLINE
        } else if (c as char).is_whitespace() {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// The character at byte `i` of `text`, if `i` is inside it.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether byte `i` of `text` starts a word character.
fn is_word_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => CLASS[usize::from(b)] == WORD,
        Some(_) => char_at(text, i).is_some_and(is_word_char),
        None => false,
    }
}

/// Calls `each` for every word of `text`, in order.
#[cfg(test)]
pub(super) fn scan(text: &str, each: impl FnMut(ScannedWord)) {
    scan_span(text, 0..text.len(), 0, each);
}

/// [`scan`] over `text[span]` alone, the blank lines counted on from `blank_lines`: the words
/// are those [`scan`] of the whole text finds there when none crosses the span's edges (see
/// [`word_span`]). Returns the count at the span's end, blank lines after its last word included.
pub(super) fn scan_span(
    text: &str,
    span: Range<usize>,
    mut blank_lines: u32,
    mut each: impl FnMut(ScannedWord),
) -> u32 {
    let Some(text) = text.get(..span.end) else {
        return blank_lines;
    };
    let bytes = text.as_bytes();
    let mut i = span.start;
    'words: loop {
        // The gap before a word. A blank line is a piece between two line breaks of one gap
        // holding only white space (a word on a line makes it no blank line).
        let mut line_is_blank = false;
        loop {
            let Some(&b) = bytes.get(i) else {
                break 'words;
            };
            match CLASS[usize::from(b)] {
                WORD => break,
                SPACE => i += 1,
                NEWLINE => {
                    blank_lines += u32::from(line_is_blank);
                    line_is_blank = true;
                    i += 1;
                }
                OTHER => {
                    line_is_blank = false;
                    i += 1;
                }
                _ => {
                    let Some(c) = char_at(text, i) else {
                        break 'words; // not at a character boundary: cannot happen in a `str`
                    };
                    if is_word_char(c) {
                        break;
                    }
                    line_is_blank &= c.is_whitespace();
                    i += c.len_utf8();
                }
            }
        }
        let start = i;
        let mut ascii = true;
        loop {
            // A run of word characters.
            while let Some(&b) = bytes.get(i) {
                if b < 0x80 {
                    if CLASS[usize::from(b)] != WORD {
                        break;
                    }
                    i += 1;
                } else {
                    match char_at(text, i).filter(|&c| is_word_char(c)) {
                        Some(c) => {
                            ascii = false;
                            i += c.len_utf8();
                        }
                        None => break,
                    }
                }
            }
            // An apostrophe joins two word characters.
            let apostrophe = match bytes.get(i) {
                Some(b'\'') => 1,
                Some(0xE2) if text.get(i..).is_some_and(|rest| rest.starts_with('’')) => 3,
                _ => 0,
            };
            if apostrophe == 0 || !is_word_at(text, i + apostrophe) {
                break;
            }
            ascii &= apostrophe == 1;
            i += apostrophe;
        }
        each(ScannedWord {
            range: start..i,
            blank_lines,
            ascii,
        });
    }
    blank_lines
}

/// Whether the character before byte `at`, or the one at it (`after`), may be part of a word:
/// a word character or an apostrophe, which joins two of them.
fn joins_word(text: &str, at: usize, after: bool) -> bool {
    let c = if after {
        text.get(at..).and_then(|rest| rest.chars().next())
    } else {
        text.get(..at).and_then(|before| before.chars().next_back())
    };
    c.is_some_and(|c| is_word_char(c) || c == '\'' || c == '’')
}

/// `span` of `text` (on character boundaries) widened until no word of `text` crosses its
/// edges: then [`scan_span`] finds there the words [`scan`] of the whole text would.
pub(super) fn word_span(text: &str, span: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (span.start, span.end);
    while joins_word(text, start, false) {
        start -= text[..start].chars().next_back().map_or(1, char::len_utf8);
    }
    while joins_word(text, end, true) {
        end += text[end..].chars().next().map_or(1, char::len_utf8);
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::{scan, scan_span, word_span, ScannedWord};
    use crate::document::words;
    use proptest::prelude::*;

    fn scanned(text: &str) -> Vec<ScannedWord> {
        let mut out = Vec::new();
        scan(text, |w| out.push(w));
        out
    }

    /// Whether a whole line of white space lies between two offsets.
    fn blank_line_between(text: &str, from: usize, to: usize) -> bool {
        let gap = &text[from..to];
        let lines: Vec<&str> = gap.split('\n').collect();
        lines.len() > 2
            && lines[1..lines.len() - 1]
                .iter()
                .any(|l| l.trim().is_empty())
    }

    #[test]
    fn blank_lines_are_counted_between_words() {
        let counts: Vec<u32> = scanned("a b\n \nc\u{a0}\n\u{a0}\r\nd\n\ne\nf\n.\ng")
            .iter()
            .map(|w| w.blank_lines)
            .collect();
        assert_eq!(counts, [0, 0, 1, 2, 3, 3, 3]);
        let ascii: Vec<bool> = scanned("don't don’t café x_1")
            .iter()
            .map(|w| w.ascii)
            .collect();
        assert_eq!(ascii, [true, false, false, true]);
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "Zé", "x_1", "9", "'", "’", " ", "\n", "\r\n", "\u{a0}", "\u{2003}", "-", ".",
            "é", "\u{301}", "日本", "🙂", "\t", "\u{b}", "''", "’’",
        ])
    }

    proptest! {
        #[test]
        fn words_and_paragraphs_match_the_document_words(
            pieces in prop::collection::vec(piece(), 0..40),
        ) {
            let text: String = pieces.concat();
            let found = scanned(&text);
            let expected: Vec<_> = words(&text).collect();
            prop_assert_eq!(
                found.iter().map(|w| w.range.clone()).collect::<Vec<_>>(),
                expected.clone()
            );
            for (w, pair) in found.iter().zip(found.iter().skip(1)).zip(expected.windows(2)) {
                let (before, after) = w;
                prop_assert_eq!(
                    after.blank_lines > before.blank_lines,
                    blank_line_between(&text, pair[0].end, pair[1].start)
                );
                prop_assert!(after.blank_lines - before.blank_lines <= 1
                    || blank_line_between(&text, pair[0].end, pair[1].start));
            }
            for w in &found {
                prop_assert_eq!(w.ascii, text[w.range.clone()].is_ascii());
            }
        }

        #[test]
        fn a_widened_span_holds_the_words_of_the_whole_text_there(
            pieces in prop::collection::vec(piece(), 0..40),
            a in any::<prop::sample::Index>(),
            b in any::<prop::sample::Index>(),
        ) {
            let text: String = pieces.concat();
            let bounds: Vec<usize> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let (x, y) = (bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
            let span = word_span(&text, x.min(y)..x.max(y));
            prop_assert!(span.start <= x.min(y) && x.max(y) <= span.end);
            let mut found = Vec::new();
            scan_span(&text, span.clone(), 0, |w| found.push(w.range));
            let expected: Vec<_> = words(&text)
                .filter(|w| span.start <= w.start && w.end <= span.end)
                .collect();
            prop_assert_eq!(found, expected);
            let crossing = words(&text).find(|w| {
                (w.start < span.start && span.start < w.end) || (w.start < span.end && span.end < w.end)
            });
            prop_assert_eq!(crossing, None);
        }
    }
}
