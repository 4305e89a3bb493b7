//! Phrase drift over a whole text, its words found by scanning it (or the spans where prose
//! may lie): the plain entry point, which tests hold the others to.

use super::{has_blank_line, with_reused, Anchor, Filters};
use crate::matchers::phrases::{PhraseHit, PhraseMatcher};
use crate::matchers::word_scan::{scan_span, word_span, ScannedWord};
use std::ops::Range;

impl PhraseMatcher {
    /// Exact uses and drifted windows of every phrase in `text`, counting only the words
    /// `is_word` accepts (prose, not identifiers), all of which lie in `spans` (sorted, disjoint,
    /// on character boundaries) if given; `in_heading` tells whether an offset is in a heading
    /// (the document's parser knows), and no window crosses into or out of one. Equal to
    /// [`PhraseMatcher::find`] over the tokens of the whole text, at a fraction of the cost.
    pub fn find_in_text(
        &self,
        text: &str,
        spans: Option<&[Range<usize>]>,
        is_word: &dyn Fn(Range<usize>) -> bool,
        in_heading: &dyn Fn(usize) -> bool,
    ) -> Vec<PhraseHit> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        let scanner = self.anchor_scanner();
        let mut words = Vec::new();
        // The first word of each paragraph, then the number of words.
        let mut paragraphs = Vec::new();
        let mut anchors = Vec::new();
        let mut blank_lines = None;
        let mut each = |word: ScannedWord| {
            if blank_lines != Some(word.blank_lines) {
                blank_lines = Some(word.blank_lines);
                paragraphs.push(words.len());
            }
            if let Some(key) = scanner.key(text, word.range.clone(), word.ascii) {
                anchors.push(Anchor {
                    word: words.len(),
                    key,
                    paragraph: paragraphs.len() - 1,
                });
            }
            words.push(word.range);
        };
        match spans {
            None => {
                scan_span(text, 0..text.len(), 0, &mut each);
            }
            // Words outside the spans are no prose, so never tokens: the rest of the text (code
            // blocks, front matter, markup) is not scanned. A paragraph may then run on across
            // a gap, which costs nothing but time: segments still end at every blank line.
            Some(spans) => {
                let mut count = 0;
                let mut scanned_to = None;
                for span in spans {
                    let span = word_span(text, span.clone());
                    let from = scanned_to.map_or(span.start, |end: usize| end.max(span.start));
                    if scanned_to.is_some_and(|end| from > end && has_blank_line(&text[end..from]))
                    {
                        count += 1;
                    }
                    if from < span.end {
                        count = scan_span(text, from..span.end, count, &mut each);
                        scanned_to = Some(span.end);
                    }
                }
            }
        }
        if anchors.is_empty() {
            return Vec::new();
        }
        paragraphs.push(words.len());
        let by_index = |i: usize| is_word(words[i].clone());
        let filters: Filters = (&by_index, in_heading);
        with_reused(|reused| {
            self.score_paragraphs(text, &words, &paragraphs, &anchors, filters, reused)
        })
    }
}
