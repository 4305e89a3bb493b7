//! Segments: phrase windows never cross a blank line or a heading.

use crate::matchers::phrases::{Token, Word};
use std::ops::Range;

/// The words of `text[span]` that `is_word` accepts, as phrase tokens, split into segments at
/// blank lines and headings (`in_heading`).
pub fn tokenize<'t>(
    text: &'t str,
    span: Range<usize>,
    is_word: &dyn Fn(Range<usize>) -> bool,
    in_heading: &dyn Fn(usize) -> bool,
) -> Vec<Token<'t>> {
    let mut tokens: Vec<Token<'t>> = Vec::new();
    let mut segment = 0;
    for word in crate::document::words(&text[span.clone()]) {
        let range = word.start + span.start..word.end + span.start;
        if !is_word(range.clone()) {
            continue;
        }
        if let Some(before) = tokens.last() {
            if breaks_segment(text, before.range.clone(), range.start, in_heading) {
                segment += 1;
            }
        }
        tokens.push(Token {
            word: Word::new(&text[range.clone()]),
            range,
            segment,
        });
    }
    tokens
}

/// A blank line between two words, or a line break with a heading on either side, ends a
/// segment: phrase windows never cross it. `before` is the previous word, `to` where the next
/// starts.
#[inline]
pub(super) fn breaks_segment(
    text: &str,
    before: Range<usize>,
    to: usize,
    in_heading: &dyn Fn(usize) -> bool,
) -> bool {
    let gap = &text[before.end..to];
    if !gap.contains('\n') {
        return false;
    }
    has_blank_line(gap) || in_heading(before.start) || in_heading(to)
}

/// Whether a gap between two words holds a whole line of white space.
#[inline]
pub(super) fn has_blank_line(gap: &str) -> bool {
    // Only the pieces between two line breaks are whole lines: before the first is the rest of
    // the first word's line, after the last the start of the next's. Most gaps hold no line
    // break at all, and this runs between every two anchors: one byte search rules them out.
    match memchr::memchr(b'\n', gap.as_bytes()) {
        Some(first) => blank_line_after(gap, first),
        None => false,
    }
}

/// [`has_blank_line`] of a gap whose first line break is at `first`.
#[inline]
pub(super) fn blank_line_after(gap: &str, first: usize) -> bool {
    let bytes = gap.as_bytes();
    // One pass over the bytes after the first line break: a line is blank while it holds only
    // ASCII white space. The gaps between prose words run over code blocks and markup, and
    // reading them as text (a search and a `trim` per line) was most of a paragraph break's
    // cost; a byte past ASCII may be white space (U+00A0), so such a gap is read as text.
    let mut blank = true;
    for &byte in &bytes[first + 1..] {
        match byte {
            b'\n' if blank => return true,
            b'\n' => blank = true,
            // `char::is_whitespace` of ASCII: tab, line feed, vertical tab, form feed, carriage
            // return and space.
            b'\t' | 0x0b | 0x0c | b'\r' | b' ' => {}
            0x80.. => return has_blank_line_as_text(&gap[first + 1..]),
            _ => blank = false,
        }
    }
    false
}

/// [`has_blank_line`] of the text after a gap's first line break, read as text: white space
/// beyond ASCII counts.
#[cold]
fn has_blank_line_as_text(mut rest: &str) -> bool {
    while let Some(end) = rest.find('\n') {
        if rest[..end].trim().is_empty() {
            return true;
        }
        rest = &rest[end + 1..];
    }
    false
}

/// For tests: whether `at` is on a line that opens with `#`, as an ATX heading would.
#[cfg(test)]
pub(crate) fn hash_line(text: &str) -> impl Fn(usize) -> bool + '_ {
    move |at: usize| {
        let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
        text[start..].trim_start().starts_with('#')
    }
}

#[cfg(test)]
mod tests {
    use super::{breaks_segment, has_blank_line, has_blank_line_as_text, hash_line};
    use proptest::prelude::*;

    proptest! {
        /// The byte pass answers as reading every line as text does.
        #[test]
        fn blank_lines_read_as_bytes_are_blank_lines_read_as_text(
            pieces in prop::collection::vec(prop::sample::select(&[
                "\n", "\n", " ", "\t", "\r", "\u{b}", "\u{c}", "\u{1c}", "x", ".", "\u{a0}",
                "\u{2003}", "é", "\r\n",
            ][..]), 0..12),
        ) {
            let gap = pieces.concat();
            let as_text = gap
                .find('\n')
                .is_some_and(|first| has_blank_line_as_text(&gap[first + 1..]));
            prop_assert_eq!(has_blank_line(&gap), as_text, "{:?}", gap);
        }
    }

    #[test]
    fn blank_lines_are_whole_lines_of_white_space() {
        assert!(!has_blank_line(" "));
        assert!(!has_blank_line(" \n "));
        assert!(has_blank_line("\n\n"));
        assert!(has_blank_line(". \n \t\r\n x"));
        assert!(!has_blank_line("\n x \n"));
        assert!(has_blank_line("\n x \n\u{a0}\n"));
        assert!(has_blank_line("\n\u{b}\u{c}\r\n"));
        assert!(!has_blank_line("\n\u{1c}\n"));
        assert!(!has_blank_line("\n\u{a0}x\n"));
        assert!(has_blank_line("\n x\u{2003}\n\u{2003}\n"));
    }

    #[test]
    fn segments_end_at_blank_lines_and_headings() {
        let text = "one two\nthree\n\nfour\n# Five\nsix";
        let heading = hash_line(text);
        let at = |w: &str| text.find(w).expect("word");
        let word = |w: &str| at(w)..at(w) + w.len();
        assert!(!breaks_segment(text, word("two"), at("three"), &heading));
        assert!(breaks_segment(text, word("three"), at("four"), &heading));
        assert!(breaks_segment(text, word("four"), at("Five"), &heading));
        assert!(breaks_segment(text, word("Five"), at("six"), &heading));
        assert!(!breaks_segment(text, word("one"), at("two"), &heading));
        let cafe = "the café\nand";
        assert!(!breaks_segment(
            cafe,
            4..cafe.find('\n').unwrap_or(0),
            cafe.len() - 3,
            &hash_line(cafe)
        ));
    }
}
