//! Phrase drift over a document's prose words, read once for every matcher that needs them.
//!
//! The document already lists its prose words (brand names and the word counts read the same
//! list): phrase drift takes its anchors and paragraphs from that list instead of scanning the
//! text again. Words outside prose are never phrase tokens, so leaving them out of the list
//! changes no window.

use super::{blank_line_after, with_reused, Anchor, Filters};
use crate::matchers::phrases::{PhraseHit, PhraseMatcher};
use std::ops::Range;

impl PhraseMatcher {
    /// Exact uses and drifted windows of every phrase among `words` (ranges of `text`, in
    /// order: the document's prose words), counting only those `is_token` accepts, by index in
    /// `words` (not part of an identifier); `in_heading` tells whether an offset is in a
    /// heading. Equal to [`PhraseMatcher::find_in_text`] with the words' prose test folded into
    /// `is_token`.
    pub fn find_in_words(
        &self,
        text: &str,
        words: &[Range<usize>],
        is_token: &dyn Fn(usize) -> bool,
        in_heading: &dyn Fn(usize) -> bool,
    ) -> Vec<PhraseHit> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        let scanner = self.anchor_scanner();
        // The first word of each paragraph, then the number of words. A blank line between two
        // prose words ends a segment whatever lies between them, so no window crosses it.
        // Sized from the word count (a paragraph holds some tens of words; with a guide's
        // phrases sampled from common words, up to a third of the words are anchors), so most
        // documents grow neither list: growing them was ~0.3% of the full guide on the corpus.
        // Both are kept from text to text on this thread, with the scoring's buffers.
        with_reused(|reused| {
            let mut paragraphs = std::mem::take(&mut reused.paragraphs);
            let mut anchors = std::mem::take(&mut reused.anchors);
            paragraphs.clear();
            anchors.clear();
            paragraphs.reserve(words.len() / 32 + 2);
            anchors.reserve(words.len() / 3);
            paragraphs.push(0);
            // Words are in order: those whose eight bytes from their start lie in the text
            // (all but the last few) are all before these, and their anchor look-up loads
            // those bytes with no bounds test.
            debug_assert!(words.windows(2).all(|w| w[0].start <= w[1].start));
            let inner = words.partition_point(|w| w.start + 8 <= text.len());
            let mut pass = WordPass {
                paragraphs: &mut paragraphs,
                anchors: &mut anchors,
                previous_end: words.first().map_or(0, |w| w.start),
                paragraph: 0,
            };
            for (j, word) in words[..inner].iter().enumerate() {
                // SAFETY: `word.start + 8 <= text.len()`, by `inner`; the gap before the word
                // ends at its start (words are in order and apart).
                let (key, blank) = unsafe {
                    let gap = pass.previous_end..word.start;
                    (
                        scanner.inner_key_of(text, word),
                        inner_blank_line_between(text, gap),
                    )
                };
                pass.visit(j, word, key, blank);
            }
            for (j, word) in words[inner..].iter().enumerate() {
                let blank = blank_line_between(text, pass.previous_end..word.start);
                pass.visit(inner + j, word, scanner.key_of(text, word.clone()), blank);
            }
            let hits = if anchors.is_empty() {
                Vec::new()
            } else {
                paragraphs.push(words.len());
                let filters: Filters = (is_token, in_heading);
                self.score_paragraphs(text, words, &paragraphs, &anchors, filters, reused)
            };
            reused.paragraphs = paragraphs;
            reused.anchors = anchors;
            hits
        })
    }
}

/// The paragraphs and anchors found so far by the pass over a document's prose words.
struct WordPass<'a> {
    paragraphs: &'a mut Vec<usize>,
    anchors: &'a mut Vec<Anchor>,
    /// The end of the word before, or the first word's start before it.
    previous_end: usize,
    /// The index of the last paragraph in `paragraphs` (kept, not read back from its length).
    paragraph: usize,
}

impl WordPass<'_> {
    /// Adds `words[j]` (`word`), whose anchor key is `key`: a blank line before it (`blank`, of
    /// the gap from [`WordPass::previous_end`] to its start) starts a paragraph.
    #[inline(always)]
    fn visit(&mut self, j: usize, word: &Range<usize>, key: Option<usize>, blank: bool) {
        if blank {
            self.paragraphs.push(j);
            self.paragraph += 1;
        }
        self.previous_end = word.end;
        if let Some(key) = key {
            self.anchors.push(Anchor {
                word: j,
                key,
                paragraph: self.paragraph,
            });
        }
    }
}

/// Whether the gap `text[gap]` between two words holds a blank line. A blank line takes two
/// line breaks, and most gaps ("the next", ". The") hold none: ruled out before any search.
/// Inlined into both of the word pass's loops (a call a word costs more than the test).
#[inline(always)]
fn blank_line_between(text: &str, gap: Range<usize>) -> bool {
    if gap.len() < 2 {
        return false;
    }
    let bytes = &text.as_bytes()[gap.clone()];
    let Some(first) = bytes.iter().position(|&b| b == b'\n') else {
        return false;
    };
    blank_line_after(&text[gap], first)
}

/// [`blank_line_between`] of a gap ending eight bytes or more before the end of `text`: its
/// first line break is found eight bytes at a time, by loads with no bounds test (the gaps of
/// two bytes or more average some seven bytes: a byte at a time cost ~9 instructions a word).
///
/// # Safety
/// `gap.start <= gap.end` and `gap.end + 8 <= text.len()`.
#[inline(always)]
unsafe fn inner_blank_line_between(text: &str, gap: Range<usize>) -> bool {
    if gap.end - gap.start < 2 {
        return false;
    }
    // SAFETY: the caller's bound.
    let Some(first) = (unsafe { first_line_break(text.as_bytes(), gap.clone()) }) else {
        return false;
    };
    blank_line_after(&text[gap], first)
}

/// The offset in `bytes[gap]` of its first line break, read eight bytes at a time from the
/// gap's start (the last eight may run past its end, never past the end of `bytes`).
///
/// # Safety
/// `gap.start <= gap.end` and `gap.end + 8 <= bytes.len()`.
#[inline(always)]
unsafe fn first_line_break(bytes: &[u8], gap: Range<usize>) -> Option<usize> {
    const ONES: u64 = u64::MAX / 255;
    let mut at = gap.start;
    while at < gap.end {
        // SAFETY: `at < gap.end`, so the eight bytes from `at` end before `gap.end + 8`, inside
        // `bytes` by the caller's bound; `read_unaligned` takes any alignment.
        let eight = u64::from_le(unsafe { bytes.as_ptr().add(at).cast::<u64>().read_unaligned() });
        // A byte equal to `\n` is zero here. The lowest marked byte is the first zero (a
        // borrow can mark a byte above a zero, never one below it).
        let x = eight ^ (ONES * u64::from(b'\n'));
        let zeros = x.wrapping_sub(ONES) & !x & (ONES * 0x80);
        if zeros != 0 {
            let i = at + (zeros.trailing_zeros() / 8) as usize;
            // Past the gap's end the rest of it holds no line break.
            return (i < gap.end).then(|| i - gap.start);
        }
        at += 8;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The line break search eight bytes at a time finds the first line break of any gap
        /// at least eight bytes before the text's end, as the byte search does, and the blank
        /// line test reads alike.
        #[test]
        fn the_unchecked_gap_test_reads_as_the_byte_test(
            text in "([a-z \n\t\r.,`*]|\u{A0}|é|\n\n|\n \n){0,60}",
            cuts in prop::collection::vec((any::<prop::sample::Index>(), 0usize..30), 1..12),
        ) {
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (at, len) in cuts {
                let start = bounds[at.index(bounds.len())];
                let Some(&end) = bounds.iter().find(|&&b| b >= start + len) else {
                    continue;
                };
                if end + 8 > text.len() {
                    continue;
                }
                let gap = start..end;
                let plain = text.as_bytes()[gap.clone()].iter().position(|&b| b == b'\n');
                // SAFETY: `start <= end` and `end + 8 <= text.len()`, tested above.
                let (found, blank) = unsafe {
                    (
                        first_line_break(text.as_bytes(), gap.clone()),
                        inner_blank_line_between(&text, gap.clone()),
                    )
                };
                prop_assert_eq!(found, plain);
                prop_assert_eq!(blank, blank_line_between(&text, gap));
            }
        }
    }

    #[test]
    fn a_line_break_just_past_the_gap_is_not_in_it() {
        // Gaps of every length up to twenty bytes, each followed by a line break, and with one at
        // each place inside.
        for len in 0..20 {
            let text = format!("{}\n\n{}", "x".repeat(len), " ".repeat(8));
            // SAFETY: the gap ends ten bytes before the text's end.
            assert_eq!(unsafe { first_line_break(text.as_bytes(), 0..len) }, None);
            for at in 0..len {
                let mut bytes = vec![b'x'; len + 10];
                bytes[at] = b'\n';
                // SAFETY: the gap ends ten bytes before the end.
                assert_eq!(unsafe { first_line_break(&bytes, 0..len) }, Some(at));
            }
        }
    }
}
