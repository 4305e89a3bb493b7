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
        self.bound_allows(p, present, text, near, |near| near.read(text, span, words))
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
        self.bound_allows(p, present, text, near, |near| {
            near.read_paragraph(text, words)
        })
    }

    /// Whether the bound of phrase `p` keeps a window's similarity ceiling at or above the
    /// threshold, with the words whose ids are in `present` costing nothing and the others
    /// paired with the tokens `read` puts in `near` (read only when the answer depends on them).
    fn bound_allows(
        &self,
        p: usize,
        present: u64,
        text: &[u8],
        near: &mut Neighbours,
        read: impl FnOnce(&mut Neighbours),
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
        read(near);
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

/// The tokens of one anchor's neighbourhood, for [`PhraseMatcher::may_drift_near`]: read in
/// place, compared without regard to ASCII case (a token's normal form is its lowercase).
#[derive(Default)]
pub(super) struct Neighbours {
    /// The ASCII tokens, as ranges of the text.
    tokens: Vec<Range<usize>>,
    /// Some token is not ASCII: its normal form is not worked out here, and it may pair with
    /// any phrase word at no cost.
    other_script: bool,
    /// The tokens are the current paragraph's words, all of them.
    whole_paragraph: bool,
}

impl Neighbours {
    /// A new paragraph begins: the words read are no longer its own.
    pub(super) fn forget(&mut self) {
        self.whole_paragraph = false;
    }

    /// Every word of the paragraph, read once for all its phrases.
    fn read_paragraph(&mut self, text: &[u8], words: &[Range<usize>]) {
        if self.whole_paragraph {
            return;
        }
        self.tokens.clear();
        self.other_script = false;
        for word in words {
            if text[word.clone()].is_ascii() {
                self.tokens.push(word.clone());
            } else {
                self.other_script = true;
            }
        }
        self.whole_paragraph = true;
    }

    fn read(&mut self, text: &[u8], span: Range<usize>, words: &mut ParagraphWords) {
        self.tokens.clear();
        self.other_script = false;
        self.whole_paragraph = false;
        for j in span {
            if !words.is_token(j) {
                continue;
            }
            let word = words.words[j].clone();
            if text[word.clone()].is_ascii() {
                self.tokens.push(word);
            } else {
                self.other_script = true;
            }
        }
    }

    /// No more than the cheapest pairing of the content word `norm` (no digits; its stem
    /// `stem_length` bytes) with a token here that is not an anchor of its key: 1/4 where a
    /// typo may be, 1/2 where two forms of a word or an abbreviation may be (the metric's
    /// near-equal words: the same stem, or stems of three letters or more, one the other's
    /// start; a stem starts its word), else a drop (1). A token's normal form is its lowercase
    /// but for number words, which pair with no content word without digits but an equal one
    /// (an anchor): reading them as written only lowers this.
    fn cheapest_content(&self, text: &[u8], norm: &str, stem_length: usize) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let start = &norm.as_bytes()[..stem_length.min(3)];
        let mut cheapest = 1.0f64;
        for token in &self.tokens {
            let token = &text[token.clone()];
            // Most tokens are ruled out by length alone, here rather than in a call per token
            // (the bound reads every token of a paragraph per missing phrase word).
            if token.len().abs_diff(norm.len()) <= 1 && may_be_typo(norm, token) {
                return 0.25;
            }
            if token.len() >= start.len() && token[..start.len()].eq_ignore_ascii_case(start) {
                cheapest = 0.5;
            }
        }
        cheapest
    }

    /// No more than the cheapest pairing or drop of the function word `norm` (no digits): 0
    /// where a token is the same word, 1/4 where one may be a typo of it, else 1/2 (a drop, or
    /// two function words).
    fn cheapest_function(&self, text: &[u8], norm: &str) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let mut cheapest = 0.5f64;
        for token in &self.tokens {
            let token = &text[token.clone()];
            if token.eq_ignore_ascii_case(norm.as_bytes()) {
                return 0.0;
            }
            if token.len().abs_diff(norm.len()) <= 1 && may_be_typo(norm, token) {
                cheapest = 0.25;
            }
        }
        cheapest
    }
}

/// Whether the ASCII words `a` (lowercase) and `b` (read as lowercase), of three bytes or more,
/// may be one edit apart, from their first two and last two bytes: an edit away from the start
/// leaves the first bytes equal; a change of the first byte leaves the second equal; an
/// insertion or drop there, or a swap of the first two, moves one of the first two bytes onto
/// the other. The same holds of the end, read backwards. Most word pairs of near length differ
/// at both ends, and are ruled out without the full test.
fn ends_may_line_up(a: &[u8], b: &[u8]) -> bool {
    let same = |x: u8, y: u8| x == y.to_ascii_lowercase();
    let (i, j) = (a.len() - 1, b.len() - 1);
    (same(a[0], b[0]) || same(a[1], b[1]) || same(a[0], b[1]) || same(a[1], b[0]))
        && (same(a[i], b[j])
            || same(a[i - 1], b[j - 1])
            || same(a[i], b[j - 1])
            || same(a[i - 1], b[j]))
}

/// The metric's typo test of phrase word `norm` (lowercase, no digits) against the ASCII
/// token `token`, read as lowercase: lengths within one, four letters or more, three or more,
/// one edit apart.
fn may_be_typo(norm: &str, token: &[u8]) -> bool {
    let (a_len, b_len) = (norm.len(), token.len());
    if a_len.abs_diff(b_len) > 1 || a_len.max(b_len) < 4 || a_len.min(b_len) < 3 {
        return false;
    }
    if norm.is_ascii() && !ends_may_line_up(norm.as_bytes(), token) {
        return false;
    }
    // Phrase words are short: the lowercase token fits on the stack but for a very long one.
    let mut buffer = [0u8; 64];
    let owned;
    let lower: &[u8] = match buffer.get_mut(..b_len) {
        Some(lower) => {
            lower.copy_from_slice(token);
            lower.make_ascii_lowercase();
            &*lower
        }
        None => {
            owned = token.to_ascii_lowercase();
            &owned
        }
    };
    std::str::from_utf8(lower).map_or(true, |lower| super::one_edit_apart(norm, lower))
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
                        super::ends_may_line_up(a.as_bytes(), b.as_bytes()),
                        "{a} {b}"
                    );
                    let upper = b.to_ascii_uppercase();
                    assert!(
                        super::ends_may_line_up(a.as_bytes(), upper.as_bytes()),
                        "{a} {b}"
                    );
                }
            }
        }
        assert!(!super::ends_may_line_up(b"astro", b"build"));
        assert!(!super::ends_may_line_up(b"pages", b"pasta"));
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
