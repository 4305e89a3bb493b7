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
            let mut previous_end = None;
            for (j, word) in words.iter().enumerate() {
                if let Some(end) = previous_end {
                    if blank_line_between(text, end..word.start) {
                        paragraphs.push(j);
                    }
                }
                previous_end = Some(word.end);
                if let Some(key) = scanner.key_of(text, word.clone()) {
                    anchors.push(Anchor {
                        word: j,
                        key,
                        paragraph: paragraphs.len() - 1,
                    });
                }
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

/// Whether the gap `text[gap]` between two words holds a blank line. A blank line takes two
/// line breaks, and most gaps ("the next", ". The") hold none: ruled out before any search.
#[inline]
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
