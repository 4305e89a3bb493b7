//! A lower bound on a phrase's distance to every window around one of its anchors, from the
//! words near the anchor alone: asked before those words are cut into tokens, normalised and
//! scored, it rules out most anchors of short phrases ("Install Astro" wherever "install" is
//! written without "Astro" or a word like it nearby).
//!
//! [`super::phrases::PhraseMatcher::find_phrase`] scores a region around an anchor only when
//! its own bound (each phrase word dropped or paired with its cheapest token of the region)
//! keeps the similarity ceiling at or above the threshold. The region's tokens are among the
//! anchor's neighbourhood (`len + 2` tokens each side, [`ParagraphWords::around`]), so the
//! same sum over the neighbourhood's tokens, with each pairing's cost taken no higher than it
//! can be, is never above that bound: an anchor ruled out here is one whose regions would be
//! ruled out there, and findings are the same.

use super::phrase_gate::ParagraphWords;
use super::phrases::PhraseMatcher;
use std::ops::Range;

mod tokens;

pub(super) use tokens::Neighbours;
use tokens::Tokens;

impl PhraseMatcher {
    /// Whether a window around an anchor of phrase `p` (of at most 63 word ids) may score at or
    /// above its threshold. `span` is the anchor's neighbourhood among the paragraph's `words`
    /// (of `text`), every word of it already asked whether it is a token; `anchors` are the
    /// phrase's anchors in the paragraph that are tokens, (word, bit of the word id), in word
    /// order. `near` is a reused buffer.
    pub(super) fn may_drift_near(
        &self,
        p: usize,
        text: &str,
        span: Range<usize>,
        anchors: &[(usize, u64)],
        words: &mut ParagraphWords,
        near: &mut Neighbours,
    ) -> bool {
        // The phrase words with a token of the same index key near: each costs nothing.
        let from = anchors.partition_point(|&(word, _)| word < span.start);
        let present = anchors[from..]
            .iter()
            .take_while(|&&(word, _)| word < span.end)
            .fold(0u64, |seen, &(_, bit)| seen | bit);
        let text = text.as_bytes();
        self.bound_allows(p, present, text, || near.read(text, span, words))
    }

    /// Whether a window of phrase `p` anywhere in a paragraph of `words` (of `text`) may score
    /// at or above its threshold: [`PhraseMatcher::may_drift_near`] with the whole paragraph
    /// as the neighbourhood, every word read as a token (a superset of any anchor's
    /// neighbourhood, so never ruling out more), before any word is asked whether it is one.
    /// `present` has the bits of the word ids of the phrase's anchors in the paragraph. Asked
    /// of every paragraph's qualifying phrases: most are ruled out before their anchors are.
    pub(super) fn may_drift_in(
        &self,
        p: usize,
        present: u64,
        text: &str,
        words: &[Range<usize>],
        near: &mut Neighbours,
    ) -> bool {
        if self.phrases[p].word_ids.len() > 63 {
            return true;
        }
        let text = text.as_bytes();
        self.bound_allows(p, present, text, || near.paragraph(text, words))
    }

    /// Whether the bound of phrase `p` keeps a window's similarity ceiling at or above the
    /// threshold, with the words whose ids are in `present` costing nothing and the others
    /// paired with the tokens `read` gives (read only when the answer depends on them).
    fn bound_allows<'n>(
        &self,
        p: usize,
        present: u64,
        text: &[u8],
        read: impl FnOnce() -> Tokens<'n>,
    ) -> bool {
        let phrase = &self.phrases[p];
        let len = phrase.len();
        let ceiling = |distance: f64| 1.0 - distance / (len + 2) as f64;
        let below = |distance: f64| ceiling(distance) < phrase.threshold;
        let missing = |k: usize| present & (1u64 << phrase.word_ids[k]) == 0;
        // The most the bound can be, every word missing near a drop: a phrase with enough of
        // its words near is kept without reading the tokens.
        let most: f64 = (0..len)
            .map(|k| match (phrase.words[k].stop, phrase.with_digits[k]) {
                (true, true) => 0.0,
                (true, false) => 0.5,
                (false, _) => f64::from(u8::from(missing(k))),
            })
            .sum();
        if !below(most) {
            return true;
        }
        let near = read();
        let mut bound = 0.0;
        // Content words first: one missing costs most, so most anchors are ruled out soonest.
        // The bound is a sum of multiples of 1/4, exact in any order.
        for function_words in [false, true] {
            for (k, word) in phrase.words.iter().enumerate() {
                if word.stop != function_words {
                    continue;
                }
                let norm = word.norm();
                let digits = phrase.with_digits[k];
                let cost = if !word.stop {
                    if !missing(k) {
                        continue;
                    }
                    if digits {
                        // Only an equal number (an anchor) pairs cheaper than a drop.
                        1.0
                    } else {
                        near.cheapest_content(text, norm, phrase.stem_lengths[k])
                    }
                } else if digits {
                    continue;
                } else {
                    near.cheapest_function(text, norm)
                };
                bound += cost;
                if below(bound) {
                    return false;
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::Neighbours;
    use crate::matchers::phrase_gate::ParagraphWords;
    use crate::matchers::phrases::{canonical, PhraseKind, PhraseMatcher, Token, Word};
    use std::ops::Range;

    /// Per anchor of `phrase` in `text` (one paragraph, every word a token), as written,
    /// whether the bound keeps it; and the drifts and exact uses found, which the bound must
    /// leave as scoring every token finds them.
    fn kept(phrase: &str, text: &str) -> Vec<(String, bool)> {
        let mut matcher = PhraseMatcher::default();
        matcher.add(PhraseKind::Phrase(0), phrase, 0.8);
        let compiled = &matcher.phrases[0];
        let words: Vec<Range<usize>> = crate::document::words(text).collect();
        let all = |_: usize| true;
        let mut status = Vec::new();
        let mut paragraph = ParagraphWords::new(&words, 0, &mut status, &all);
        let anchors: Vec<(usize, u64)> = words
            .iter()
            .enumerate()
            .filter_map(|(j, r)| {
                let word = Word::new(&text[r.clone()]);
                let key = canonical(word.norm());
                let k = (0..compiled.len()).find(|&k| {
                    !compiled.words[k].stop && canonical(compiled.words[k].norm()) == key
                })?;
                Some((j, 1u64 << compiled.word_ids[k]))
            })
            .collect();
        let mut neighbours = Neighbours::default();
        let verdicts = anchors
            .iter()
            .map(|&(j, _)| {
                let span = paragraph.around(j, compiled.len() + 2);
                let keep = matcher.may_drift_near(
                    0,
                    text,
                    span,
                    &anchors,
                    &mut paragraph,
                    &mut neighbours,
                );
                (text[words[j].clone()].to_string(), keep)
            })
            .collect();
        let tokens: Vec<Token> = words
            .iter()
            .map(|r| Token {
                word: Word::new(&text[r.clone()]),
                range: r.clone(),
                segment: 0,
            })
            .collect();
        let no_heading = |_: usize| false;
        assert_eq!(
            matcher.find_in_text(text, None, &|_| true, &no_heading),
            matcher.find(&tokens),
            "{text}"
        );
        verdicts
    }

    fn verdicts(pairs: &[(&str, bool)]) -> Vec<(String, bool)> {
        pairs.iter().map(|&(w, k)| (w.to_string(), k)).collect()
    }

    #[test]
    fn an_anchor_without_the_phrases_other_words_near_is_ruled_out() {
        assert_eq!(
            kept(
                "Install Astro",
                "Install the dependencies with npm before you build the site."
            ),
            verdicts(&[("Install", false)])
        );
        assert_eq!(
            kept(
                "Get started",
                "You get a new project folder, then the server starts on port 4321."
            ),
            verdicts(&[("get", false), ("starts", false)])
        );
    }

    #[test]
    fn typos_abbreviations_and_other_forms_near_keep_the_anchor() {
        // A one-letter typo of the missing word.
        assert_eq!(
            kept("Install Astro", "Install Asrto with one command."),
            verdicts(&[("Install", true)])
        );
        // An abbreviation's longer form ("docs", "documentation"): a near-equal word.
        assert_eq!(
            kept("Read the docs", "Read the documentation first."),
            verdicts(&[("Read", true)])
        );
        // A word in another script is not read here: it may be anything.
        assert_eq!(
            kept("Install Astro", "Install Ästro today."),
            verdicts(&[("Install", true)])
        );
    }

    #[test]
    fn words_one_edit_apart_always_pass_the_ends_test() {
        let words = [
            "astro", "asrto", "astor", "sastro", "astr", "satro", "astrox", "xastro", "asxro",
            "seconds", "secnods", "second", "seconsd", "econds", "pages", "page", "gapes", "paged",
        ];
        for a in words {
            for b in words {
                if a.len() >= 3 && b.len() >= 3 && crate::matchers::one_edit_apart(a, b) {
                    assert!(
                        super::tokens::ends_may_line_up(a.as_bytes(), b.as_bytes()),
                        "{a} {b}"
                    );
                    let upper = b.to_ascii_uppercase();
                    assert!(
                        super::tokens::ends_may_line_up(a.as_bytes(), upper.as_bytes()),
                        "{a} {b}"
                    );
                }
            }
        }
        assert!(!super::tokens::ends_may_line_up(b"astro", b"build"));
        assert!(!super::tokens::ends_may_line_up(b"pages", b"pasta"));
    }

    #[test]
    fn function_words_count_towards_the_bound() {
        // Three content words of four near, the missing one a drop (1), and the three function
        // words missing too (1/2 each): 2.5 > (1 - 0.8) x 9.
        assert_eq!(
            kept(
                "Read the pages offline with any client",
                "Read pages on a client."
            ),
            verdicts(&[("Read", false), ("pages", false), ("client", false)])
        );
        // With "the" and "with" written, 1.5 is within reach: kept.
        assert_eq!(
            kept(
                "Read the pages offline with any client",
                "Read the pages offline with a client."
            ),
            verdicts(&[
                ("Read", true),
                ("pages", true),
                ("offline", true),
                ("client", true)
            ])
        );
    }
}
