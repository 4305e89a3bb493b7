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
                text,
                paragraphs: &mut paragraphs,
                anchors: &mut anchors,
                previous_end: words.first().map_or(0, |w| w.start),
                paragraph: 0,
            };
            for (j, word) in words[..inner].iter().enumerate() {
                // SAFETY: `word.start + 8 <= text.len()`, by `inner`.
                let key = unsafe { scanner.inner_key_of(text, word) };
                pass.visit(j, word, key);
            }
            for (j, word) in words[inner..].iter().enumerate() {
                pass.visit(inner + j, word, scanner.key_of(text, word.clone()));
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
    text: &'a str,
    paragraphs: &'a mut Vec<usize>,
    anchors: &'a mut Vec<Anchor>,
    /// The end of the word before, or the first word's start before it.
    previous_end: usize,
    /// The index of the last paragraph in `paragraphs` (kept, not read back from its length).
    paragraph: usize,
}

impl WordPass<'_> {
    /// Adds `words[j]` (`word`), whose anchor key is `key`: a blank line before it starts a
    /// paragraph.
    #[inline(always)]
    fn visit(&mut self, j: usize, word: &Range<usize>, key: Option<usize>) {
        if blank_line_between(self.text, self.previous_end..word.start) {
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
