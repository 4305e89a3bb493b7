//! Which anchors of a paragraph can start a scored phrase window, and which of the paragraph's
//! words those windows may touch: found by asking only the words near anchors whether they
//! are prose tokens, instead of cutting the whole paragraph into tokens.
//!
//! [`super::phrases::PhraseMatcher::find_phrase`] scores around an anchor only when the anchors
//! of its phrase within `reach` tokens of it hold enough distinct words. The distance is in
//! tokens (prose words), and a paragraph's words are not all tokens (an identifier, a code
//! span): the tokens between two anchors are counted here, only until there are `reach` of them.

use std::ops::Range;

/// The words of one paragraph, each asked at most once whether it is a phrase token.
pub(super) struct ParagraphWords<'a> {
    pub words: &'a [Range<usize>],
    /// The index of `words[0]` among the text's words.
    first_word: usize,
    /// Per word: unknown, a token, or not one.
    status: &'a mut Vec<Status>,
    /// Whether a word, by its index among the text's words, is a phrase token.
    is_word: &'a dyn Fn(usize) -> bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    Unknown,
    Token,
    NotToken,
}

impl<'a> ParagraphWords<'a> {
    /// `status` is reused across paragraphs: it is reset here.
    pub fn new(
        words: &'a [Range<usize>],
        first_word: usize,
        status: &'a mut Vec<Status>,
        is_word: &'a dyn Fn(usize) -> bool,
    ) -> Self {
        status.clear();
        status.resize(words.len(), Status::Unknown);
        ParagraphWords {
            words,
            first_word,
            status,
            is_word,
        }
    }

    /// Records an answer already known (an anchor asked before).
    pub fn set(&mut self, word: usize, token: bool) {
        self.status[word] = if token {
            Status::Token
        } else {
            Status::NotToken
        };
    }

    /// Whether word `word` (an index into `words`) is a phrase token.
    pub fn is_token(&mut self, word: usize) -> bool {
        match self.status[word] {
            Status::Token => true,
            Status::NotToken => false,
            Status::Unknown => {
                let token = (self.is_word)(self.first_word + word);
                self.set(word, token);
                token
            }
        }
    }

    /// The tokens strictly between words `from` and `to` (`from` < `to`), counted up to `cap`.
    fn tokens_between(&mut self, from: usize, to: usize, cap: usize) -> usize {
        let mut count = 0;
        let mut j = from + 1;
        while j < to && count < cap {
            count += usize::from(self.is_token(j));
            j += 1;
        }
        count
    }

    /// The words holding the `margin` tokens on each side of word `word`, and `word` itself
    /// (fewer at the paragraph's edges).
    pub fn around(&mut self, word: usize, margin: usize) -> Range<usize> {
        let (mut first, mut seen) = (word, 0);
        while first > 0 && seen < margin {
            first -= 1;
            seen += usize::from(self.is_token(first));
        }
        let (mut last, mut seen) = (word, 0);
        while last + 1 < self.words.len() && seen < margin {
            last += 1;
            seen += usize::from(self.is_token(last));
        }
        first..last + 1
    }
}

/// Of one phrase's anchors in a paragraph — (word index, bit of the anchor's word id), in word
/// order, every one a token — those whose anchors within `reach` tokens hold at least `needed`
/// distinct words, into `passing` (their word indexes). This is the count
/// [`super::phrases::PhraseMatcher::find_phrase`] makes before scoring around an anchor, without
/// its segments (which only lower it): an anchor it scores around is always passing.
pub(super) fn passing_anchors(
    anchors: &[(usize, u64)],
    needed: usize,
    reach: usize,
    words: &mut ParagraphWords,
    positions: &mut Vec<usize>,
    passing: &mut Vec<usize>,
) {
    // Token positions, exact while anchors are near; across `reach` or more tokens the gap is
    // only known to be wider than `reach`, which no window spans.
    positions.clear();
    let mut at = 0;
    for (n, &(word, _)) in anchors.iter().enumerate() {
        if let Some(&(before, _)) = n.checked_sub(1).and_then(|b| anchors.get(b)) {
            if word > before {
                at += 1 + words.tokens_between(before, word, reach);
            }
        }
        positions.push(at);
    }
    let (mut lo, mut hi) = (0, 0);
    for (n, &here) in positions.iter().enumerate() {
        while positions[lo] + reach < here {
            lo += 1;
        }
        while hi < positions.len() && positions[hi] <= here + reach {
            hi += 1;
        }
        let seen = anchors[lo..hi]
            .iter()
            .fold(0u64, |seen, &(_, bit)| seen | bit);
        if seen.count_ones() as usize >= needed {
            passing.push(anchors[n].0);
        }
    }
}

/// `spans` (word ranges) sorted and merged where they overlap or touch.
pub(super) fn merge(spans: &mut Vec<Range<usize>>) {
    spans.sort_unstable_by_key(|s| s.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    *spans = merged;
}

#[cfg(test)]
mod tests {
    use super::{merge, passing_anchors, ParagraphWords};
    use std::ops::Range;

    /// The anchors of `phrase_words` in `text` that pass, as words, with `reach` and `needed`;
    /// words starting with `x` are not tokens (identifiers, code).
    fn passing(text: &str, phrase_words: &[&str], needed: usize, reach: usize) -> Vec<String> {
        let words: Vec<Range<usize>> = crate::document::words(text).collect();
        let is_word = |i: usize| !text[words[i].clone()].starts_with('x');
        let mut status = Vec::new();
        let mut paragraph = ParagraphWords::new(&words, 0, &mut status, &is_word);
        let anchors: Vec<(usize, u64)> = words
            .iter()
            .enumerate()
            .filter_map(|(j, r)| {
                let id = phrase_words.iter().position(|w| *w == &text[r.clone()])?;
                Some((j, 1u64 << id))
            })
            .collect();
        let (mut positions, mut found) = (Vec::new(), Vec::new());
        passing_anchors(
            &anchors,
            needed,
            reach,
            &mut paragraph,
            &mut positions,
            &mut found,
        );
        found
            .iter()
            .map(|&j| text[words[j].clone()].to_string())
            .collect()
    }

    #[test]
    fn anchors_near_each_other_pass_and_scattered_ones_do_not() {
        let phrase = ["laptops", "seconds", "three"];
        // Kept: three distinct anchors within reach.
        assert_eq!(
            passing("we ship three laptops in sixty seconds", &phrase, 3, 7),
            ["three", "laptops", "seconds"]
        );
        // May be skipped: the same words, too far apart for any window.
        let far = "three cats sat on a mat while laptops sat on the desk and many minutes and \
                   seconds passed";
        assert!(passing(far, &phrase, 2, 5).is_empty());
    }

    #[test]
    fn words_that_are_not_tokens_do_not_count_as_distance() {
        // Eight identifiers between two anchors: no tokens, so the anchors are neighbours.
        let text = "three xa xb xc xd xe xf xg xh laptops";
        assert_eq!(
            passing(text, &["three", "laptops"], 2, 3),
            ["three", "laptops"]
        );
        // The same with prose words in between: four tokens apart, past a reach of three.
        let text = "three a b c d laptops";
        assert!(passing(text, &["three", "laptops"], 2, 3).is_empty());
    }

    #[test]
    fn a_neighbourhood_holds_its_margin_of_tokens_on_each_side() {
        let text = "a b xc d e f xg h i";
        let words: Vec<Range<usize>> = crate::document::words(text).collect();
        let is_word = |i: usize| !text[words[i].clone()].starts_with('x');
        let mut status = Vec::new();
        let mut paragraph = ParagraphWords::new(&words, 0, &mut status, &is_word);
        // Around "e" (word 4), two tokens each side: "b xc d" before, "f xg h" after.
        assert_eq!(paragraph.around(4, 2), 1..8);
        assert_eq!(paragraph.around(0, 1), 0..2);
        assert_eq!(paragraph.around(8, 5), 1..9);
        assert_eq!(paragraph.around(8, 6), 0..9);
    }

    #[test]
    fn spans_merge_where_they_overlap_or_touch() {
        let mut spans = vec![5..8, 0..2, 2..3, 7..9, 11..12];
        merge(&mut spans);
        assert_eq!(spans, [0..3, 5..9, 11..12]);
    }
}
