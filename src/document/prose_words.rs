//! The prose words of a document, read from its prose alone.

use super::ascii_words::{push_ascii_words, WORD_BYTE};
use super::{words, Document};
use std::ops::Range;

/// The prose words of a document.
#[derive(Debug, Default)]
pub(super) struct ProseWords {
    ranges: Vec<Range<usize>>,
}

impl Document<'_> {
    /// The words lying in prose, in order: exactly [`words`] filtered by
    /// [`Document::is_prose`], found by reading the prose alone. A word has no white space, so a
    /// prose word lies in one run of touching prose regions; inside a run the words are the
    /// whole text's, except where a run cuts a word (a word character or a joining apostrophe
    /// just outside it, or an apostrophe at its edge joining a word outside), which the
    /// characters around such a word settle.
    pub fn prose_words(&self) -> &[Range<usize>] {
        &self.read_prose_words().ranges
    }

    fn read_prose_words(&self) -> &ProseWords {
        self.prose_words.get_or_init(|| {
            let Some(prose) = &self.prose else {
                return ProseWords {
                    ranges: words(self.text).collect(),
                };
            };
            self.read_prose_runs(prose)
        })
    }

    fn read_prose_runs(&self, prose: &[Range<usize>]) -> ProseWords {
        // About one word in six bytes of prose: one allocation for most documents.
        let mut out = Vec::with_capacity(prose.iter().map(|r| r.len()).sum::<usize>() / 6);
        let mut i = 0;
        while i < prose.len() {
            let start = prose[i].start;
            let mut end = prose[i].end;
            i += 1;
            while prose.get(i).is_some_and(|r| r.start == end) {
                end = prose[i].end;
                i += 1;
            }
            // Most runs are ASCII: read in one pass that asks that too, the few that are not
            // again by the general reader.
            let first = out.len();
            if push_ascii_words(&self.text.as_bytes()[start..end], start, &mut out) {
                self.drop_cut_words(&mut out, first, start..end);
            } else {
                out.truncate(first);
                let run = &self.text[start..end];
                words(run).for_each(|w| self.keep_word(&mut out, start..end, w));
            }
        }
        ProseWords { ranges: out }
    }

    /// Keeps `w`, a word of the run of prose `run` (as a range of the run), in `out` if it is
    /// one of the whole text's words.
    fn keep_word(&self, out: &mut Vec<Range<usize>>, run: Range<usize>, w: Range<usize>) {
        let w = w.start + run.start..w.end + run.start;
        if !near_edge(&run, &w) || self.whole_text_word(&w) {
            out.push(w);
        }
    }

    /// Drops from `out[first..]`, the words of the run of prose `run` (ranges of the text, in
    /// order), those that are not the whole text's words: only a word near the run's edges can
    /// be cut, and those are a few at each end, asked after the words are read instead of a
    /// test a word while reading them.
    fn drop_cut_words(&self, out: &mut Vec<Range<usize>>, first: usize, run: Range<usize>) {
        // The words near the start come first, those near the end last: the rest lie between.
        let mut k = first;
        while k < out.len() && near_edge(&run, &out[k]) {
            if self.whole_text_word(&out[k]) {
                k += 1;
            } else {
                out.remove(k);
            }
        }
        let mut j = out.len();
        while j > k && near_edge(&run, &out[j - 1]) {
            j -= 1;
            if !self.whole_text_word(&out[j]) {
                out.remove(j);
            }
        }
    }

    /// Whether `range`, a word of a run of prose, is one of [`words`] of the whole text: no word
    /// character, nor an apostrophe joining one, touches it from outside. Always inlined: an
    /// ASCII neighbour other than an apostrophe on each side decides by itself (most words),
    /// without a call.
    #[inline(always)]
    fn whole_text_word(&self, range: &Range<usize>) -> bool {
        let bytes = self.text.as_bytes();
        let alone = |b: Option<u8>| match b {
            None => Some(true),
            Some(b) if b.is_ascii() && b != b'\'' => Some(!WORD_BYTE[usize::from(b)]),
            Some(_) => None,
        };
        let before = range.start.checked_sub(1).map(|i| bytes[i]);
        if let (Some(before), Some(after)) = (alone(before), alone(bytes.get(range.end).copied())) {
            return before && after;
        }
        self.whole_text_word_by_chars(range)
    }

    /// [`Document::whole_text_word`] of a word with a neighbour that is an apostrophe or not
    /// ASCII: read by the characters around it.
    #[inline(never)]
    fn whole_text_word_by_chars(&self, range: &Range<usize>) -> bool {
        let is_apostrophe = |c: char| c == '\'' || c == '’';
        let mut before = self.text[..range.start].chars().rev();
        let mut after = self.text[range.end..].chars();
        let joins = |next: Option<char>, beyond: Option<char>| match next {
            Some(c) if super::identifiers::is_word_char(c) => true,
            Some(c) if is_apostrophe(c) => beyond.is_some_and(super::identifiers::is_word_char),
            _ => false,
        };
        !joins(before.next(), before.next()) && !joins(after.next(), after.next())
    }
}

/// Whether `w`, a word of the run of prose `run` (both ranges of the text), lies near one of the
/// run's edges, where a word of the whole text may be cut: only an apostrophe (at most three
/// bytes) can lie between.
#[inline(always)]
fn near_edge(run: &Range<usize>, w: &Range<usize>) -> bool {
    w.start - run.start <= 3 || run.end - w.end <= 3
}

#[cfg(test)]
mod prose_words_tests {
    use crate::document::{words, Document, Kind};
    use proptest::prelude::*;

    fn old_reading(doc: &Document) -> Vec<std::ops::Range<usize>> {
        words(doc.text)
            .filter(|w| doc.is_prose(w.clone()))
            .collect()
    }

    #[test]
    fn an_apostrophe_after_emphasis_joins_the_word_before_it() {
        let text = "A _sub-expression_'s delimiters and `code`'s value, don't.\n";
        let doc = Document::new(text, Kind::Markdown);
        assert_eq!(doc.prose_words(), old_reading(&doc));
        // "expression_'s" is one word of the whole text, half markup: no prose word "s" there.
        let after_emphasis = text.find("_'s").expect("in the text") + 2;
        assert!(doc.prose_words().iter().all(|w| w.start != after_emphasis));
    }

    proptest! {
        /// The ASCII reading finds exactly the words [`words`] finds.
        #[test]
        fn ascii_words_are_the_words(text in "[a-zA-Z0-9_' .\\-\n]{0,40}") {
            let mut found = Vec::new();
            prop_assert!(crate::document::ascii_words::push_ascii_words(
                text.as_bytes(),
                0,
                &mut found
            ));
            prop_assert_eq!(found, words(&text).collect::<Vec<_>>());
        }

        /// Reading the prose alone finds exactly the whole text's words that lie in prose.
        #[test]
        fn prose_words_are_the_prose_among_all_words(pieces in prop::collection::vec(
            prop::sample::select(&[
                "word", "x", " ", "\n", "\n\n", "_", "*", "**", "`", "```\n", "'", "\u{2019}",
                "s", "caf\u{e9}", "# ", "> ", "- ", "[", "](u)", "<b>", "</b>", "{x}", "\\", ".",
                "n't", "1", "---\n", "<!-- c -->", "\t", " _em_", "'s", "*em*", "`c`",
            ][..]),
            0..40,
        ), mdx in any::<bool>()) {
            let text = pieces.concat();
            let doc = Document::new(&text, if mdx { Kind::Mdx } else { Kind::Markdown });
            prop_assert_eq!(doc.prose_words(), old_reading(&doc));
        }
    }
}
