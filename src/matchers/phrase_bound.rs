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
use super::phrases::{stem, PhraseMatcher};
use std::ops::Range;

impl PhraseMatcher {
    /// Whether a window around an anchor of phrase `p` (of at most 63 word ids) may score at or
    /// above its threshold. `span` is the anchor's neighbourhood among the paragraph's `words`
    /// (of `text`), every word of it already asked whether it is a token; `anchors` are the
    /// phrase's anchors in the paragraph that are tokens, (word, bit of the word id), in word
    /// order. `lowered` is a reused buffer.
    pub(super) fn may_drift_near(
        &self,
        p: usize,
        text: &str,
        span: Range<usize>,
        anchors: &[(usize, u64)],
        words: &mut ParagraphWords,
        lowered: &mut Neighbours,
    ) -> bool {
        let phrase = &self.phrases[p];
        let len = phrase.len();
        let ceiling = |distance: f64| 1.0 - distance / (len + 2) as f64;
        let below = |distance: f64| ceiling(distance) < phrase.threshold;
        // The phrase words with a token of the same index key near: each costs nothing.
        let from = anchors.partition_point(|&(word, _)| word < span.start);
        let present = anchors[from..]
            .iter()
            .take_while(|&&(word, _)| word < span.end)
            .fold(0u64, |seen, &(_, bit)| seen | bit);
        lowered.read(text, span, words);
        let mut bound = 0.0;
        // Content words first: one missing costs most, so most anchors are ruled out soonest.
        // The bound is a sum of multiples of 1/4, exact in any order.
        for function_words in [false, true] {
            for (k, word) in phrase.words.iter().enumerate() {
                if word.stop != function_words {
                    continue;
                }
                let norm = word.norm();
                let digits = norm.bytes().any(|b| b.is_ascii_digit());
                let cost = if !word.stop {
                    if present & (1u64 << phrase.word_ids[k]) != 0 {
                        continue;
                    }
                    if digits {
                        // Only an equal number (an anchor) pairs cheaper than a drop.
                        1.0
                    } else {
                        lowered.cheapest_content(norm)
                    }
                } else if digits {
                    continue;
                } else {
                    lowered.cheapest_function(norm)
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

/// The tokens of one anchor's neighbourhood, ASCII lowercase, for [`PhraseMatcher::may_drift_near`].
#[derive(Default)]
pub(super) struct Neighbours {
    bytes: Vec<u8>,
    /// Each token's range in `bytes`.
    tokens: Vec<Range<usize>>,
    /// Some token is not ASCII: its normal form is not worked out here, and it may pair with
    /// any phrase word at no cost.
    other_script: bool,
}

impl Neighbours {
    fn read(&mut self, text: &str, span: Range<usize>, words: &mut ParagraphWords) {
        self.bytes.clear();
        self.tokens.clear();
        self.other_script = false;
        for j in span {
            if !words.is_token(j) {
                continue;
            }
            let word = &text.as_bytes()[words.words[j].clone()];
            if !word.is_ascii() {
                self.other_script = true;
                continue;
            }
            let start = self.bytes.len();
            self.bytes.extend(word.iter().map(u8::to_ascii_lowercase));
            self.tokens.push(start..self.bytes.len());
        }
    }

    fn each(&self) -> impl Iterator<Item = &[u8]> {
        self.tokens.iter().map(|r| &self.bytes[r.clone()])
    }

    /// No more than the cheapest pairing of the content word `norm` (no digits) with a token
    /// here that is not an anchor of its key: 1/4 where a typo may be, 1/2 where two forms of
    /// a word or an abbreviation may be (the metric's near-equal words: the same stem, or
    /// stems of three letters or more, one the other's start), else a drop (1). A token's
    /// normal form is its lowercase but for number words, which pair with no content word
    /// without digits but an equal one (an anchor): reading them as written only lowers this.
    fn cheapest_content(&self, norm: &str) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let phrase_stem = stem(norm).as_bytes();
        let norm = norm.as_bytes();
        let mut cheapest = 1.0f64;
        for token in self.each() {
            if may_be_typo(norm, token) {
                return 0.25;
            }
            let near = if phrase_stem.len() >= 3 {
                token.len() >= 3 && token[..3] == norm[..3]
            } else {
                token.starts_with(phrase_stem)
            };
            if near {
                cheapest = 0.5;
            }
        }
        cheapest
    }

    /// No more than the cheapest pairing or drop of the function word `norm` (no digits): 0
    /// where a token is the same word, 1/4 where one may be a typo of it, else 1/2 (a drop, or
    /// two function words).
    fn cheapest_function(&self, norm: &str) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let norm = norm.as_bytes();
        let mut cheapest = 0.5f64;
        for token in self.each() {
            if token == norm {
                return 0.0;
            }
            if may_be_typo(norm, token) {
                cheapest = 0.25;
            }
        }
        cheapest
    }
}

/// The metric's typo test of phrase word `a` (no digits) against token `b`, both lowercase
/// ASCII: lengths within one, four letters or more, three or more, one edit apart.
fn may_be_typo(a: &[u8], b: &[u8]) -> bool {
    let (a_len, b_len) = (a.len(), b.len());
    a_len.abs_diff(b_len) <= 1
        && a_len.max(b_len) >= 4
        && a_len.min(b_len) >= 3
        && match (std::str::from_utf8(a), std::str::from_utf8(b)) {
            (Ok(a), Ok(b)) => super::one_edit_apart(a, b),
            _ => true,
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
