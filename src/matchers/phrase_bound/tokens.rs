//! The tokens the phrase bound pairs phrase words with, and its scans of them: the cheapest
//! pairing of a phrase word with any token, read in place and compared without regard to
//! ASCII case (a token's normal form is its lowercase).

use crate::matchers::phrase_gate::ParagraphWords;
use std::ops::Range;

/// The tokens of one anchor's neighbourhood, gathered for [`super::PhraseMatcher::may_drift_near`],
/// and whether the current paragraph has a word in another script, for
/// [`super::PhraseMatcher::may_drift_in`].
#[derive(Default)]
pub(in crate::matchers) struct Neighbours {
    /// The ASCII tokens of the neighbourhood, as ranges of the text.
    tokens: Vec<Range<usize>>,
    /// Some token of the neighbourhood is not ASCII.
    other_script: bool,
    /// Whether some word of the current paragraph is not ASCII, once asked.
    paragraph_other_script: Option<bool>,
}

/// Tokens to pair phrase words with.
pub(super) struct Tokens<'a> {
    /// The ASCII tokens, as ranges of the text.
    ranges: &'a [Range<usize>],
    /// Some token is not ASCII: its normal form is not worked out here, and it may pair with
    /// any phrase word at no cost.
    other_script: bool,
}

impl Neighbours {
    /// A new paragraph begins: what was learnt of its words is no longer its own.
    pub(in crate::matchers) fn forget(&mut self) {
        self.paragraph_other_script = None;
    }

    /// Every word of the paragraph as a token. A paragraph with a word in another script
    /// pairs every phrase word at no cost, so its ASCII words need not be gathered: the
    /// paragraph's words are read in place, and only whether one is not ASCII is learnt, once
    /// per paragraph (and from the whole stretch of text at once when all of it is ASCII).
    pub(super) fn paragraph<'a>(&mut self, text: &[u8], words: &'a [Range<usize>]) -> Tokens<'a> {
        let other_script = *self.paragraph_other_script.get_or_insert_with(|| {
            let stretch = match (words.first(), words.last()) {
                (Some(first), Some(last)) => &text[first.start..last.end.max(first.start)],
                _ => &[],
            };
            !stretch.is_ascii() && words.iter().any(|word| !text[word.clone()].is_ascii())
        });
        Tokens {
            ranges: words,
            other_script,
        }
    }

    /// The words of `span` that are tokens.
    pub(super) fn read(
        &mut self,
        text: &[u8],
        span: Range<usize>,
        words: &mut ParagraphWords,
    ) -> Tokens<'_> {
        self.tokens.clear();
        self.other_script = false;
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
        Tokens {
            ranges: &self.tokens,
            other_script: self.other_script,
        }
    }
}

impl Tokens<'_> {
    /// No more than the cheapest pairing of the content word `norm` (no digits; its stem
    /// `stem_length` bytes) with a token here that is not an anchor of its key: 1/4 where a
    /// typo may be, 1/2 where two forms of a word or an abbreviation may be (the metric's
    /// near-equal words: the same stem, or stems of three letters or more, one the other's
    /// start; a stem starts its word), else a drop (1). A token's normal form is its lowercase
    /// but for number words, which pair with no content word without digits but an equal one
    /// (an anchor): reading them as written only lowers this.
    pub(super) fn cheapest_content(&self, text: &[u8], norm: &str, stem_length: usize) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let typo = TypoTest::new(norm);
        let start = Start::new(&norm.as_bytes()[..stem_length.min(3)]);
        let mut tokens = self.ranges.iter();
        let mut cheapest = 1.0f64;
        // Both tests until a token starts as the word's stem does, then the typo test alone.
        for token in tokens.by_ref() {
            let token = &text[token.clone()];
            if typo.may_be(token) {
                return 0.25;
            }
            if start.begins(token) {
                cheapest = 0.5;
                break;
            }
        }
        for token in tokens {
            if typo.may_be(&text[token.clone()]) {
                return 0.25;
            }
        }
        cheapest
    }

    /// No more than the cheapest pairing or drop of the function word `norm` (no digits): 0
    /// where a token is the same word, 1/4 where one may be a typo of it, else 1/2 (a drop, or
    /// two function words).
    pub(super) fn cheapest_function(&self, text: &[u8], norm: &str) -> f64 {
        if self.other_script {
            return 0.0;
        }
        let typo = TypoTest::new(norm);
        let mut cheapest = 0.5f64;
        for token in self.ranges {
            let token = &text[token.clone()];
            if token.eq_ignore_ascii_case(norm.as_bytes()) {
                return 0.0;
            }
            if typo.may_be(token) {
                cheapest = 0.25;
            }
        }
        cheapest
    }
}

/// The near-equal test's start of a phrase word (its stem's first three bytes at most), in
/// lowercase: a token begins with it whatever the token's ASCII case.
struct Start {
    bytes: [u8; 3],
    len: usize,
}

impl Start {
    fn new(start: &[u8]) -> Self {
        let mut bytes = [0u8; 3];
        bytes[..start.len()].copy_from_slice(start);
        bytes.make_ascii_lowercase();
        Start {
            bytes,
            len: start.len(),
        }
    }

    fn begins(&self, token: &[u8]) -> bool {
        token.len() >= self.len
            && token
                .iter()
                .zip(&self.bytes[..self.len])
                .all(|(t, s)| t.to_ascii_lowercase() == *s)
    }
}

/// [`may_be_typo`] of one phrase word against many tokens: most tokens are ruled out by their
/// length or their first two bytes here, in the scan's loop, rather than in a call per token.
struct TypoTest<'a> {
    norm: &'a str,
    /// The word's first two bytes, where the first-bytes test of [`ends_may_line_up`] applies
    /// (an ASCII word of three bytes or more); `None` where no token may be a typo of a word
    /// this short.
    first_two: Option<[u8; 2]>,
    /// The word is not ASCII: only the full test applies.
    full_test_only: bool,
}

impl<'a> TypoTest<'a> {
    fn new(norm: &'a str) -> Self {
        let bytes = norm.as_bytes();
        TypoTest {
            norm,
            first_two: (bytes.len() >= 3).then(|| [bytes[0], bytes[1]]),
            full_test_only: !norm.is_ascii(),
        }
    }

    // Inlined into the scans: a call per token cost as much as the test.
    #[inline(always)]
    fn may_be(&self, token: &[u8]) -> bool {
        // Lengths more than one apart, or a word or token under three bytes, are never one.
        let Some([a0, a1]) = self.first_two else {
            return false;
        };
        if token.len().abs_diff(self.norm.len()) > 1 || token.len() < 3 {
            return false;
        }
        if !self.full_test_only {
            let (b0, b1) = (token[0].to_ascii_lowercase(), token[1].to_ascii_lowercase());
            if a0 != b0 && a1 != b1 && a0 != b1 && a1 != b0 {
                return false;
            }
        }
        may_be_typo(self.norm, token)
    }
}

/// Whether the ASCII words `a` (lowercase) and `b` (read as lowercase), of three bytes or more,
/// may be one edit apart, from their first two and last two bytes: an edit away from the start
/// leaves the first bytes equal; a change of the first byte leaves the second equal; an
/// insertion or drop there, or a swap of the first two, moves one of the first two bytes onto
/// the other. The same holds of the end, read backwards. Most word pairs of near length differ
/// at both ends, and are ruled out without the full test.
pub(super) fn ends_may_line_up(a: &[u8], b: &[u8]) -> bool {
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
#[inline(never)]
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
    std::str::from_utf8(lower).map_or(true, |lower| super::super::one_edit_apart(norm, lower))
}

#[cfg(test)]
mod tests {
    use super::Neighbours;
    use std::ops::Range;

    /// The paragraph bound's costs of content word `norm` (stem `stem` bytes) and of function
    /// word `function` against every word of `text`, one paragraph.
    fn paragraph_costs(text: &str, norm: &str, stem: usize, function: &str) -> (f64, f64) {
        let words: Vec<Range<usize>> = crate::document::words(text).collect();
        let mut near = Neighbours::default();
        near.forget();
        let tokens = near.paragraph(text.as_bytes(), &words);
        (
            tokens.cheapest_content(text.as_bytes(), norm, stem),
            tokens.cheapest_function(text.as_bytes(), function),
        )
    }

    #[test]
    fn a_paragraphs_words_pair_as_typos_other_forms_or_drops() {
        // "Asrto" may be a typo of "astro"; "with" is written.
        assert_eq!(
            paragraph_costs("Install Asrto with one command.", "astro", 5, "with"),
            (0.25, 0.0)
        );
        // "Documentation" starts as "docs" does: another form; "wiht" may be a typo of "with".
        assert_eq!(
            paragraph_costs("Read it wiht the Documentation first.", "docs", 4, "with"),
            (0.5, 0.25)
        );
        // A typo written after a word of the same start still costs 1/4.
        assert_eq!(
            paragraph_costs("The Astronomy pages list Asrto builds.", "astro", 5, "with"),
            (0.25, 0.5)
        );
        // Nothing like either word: a drop.
        assert_eq!(
            paragraph_costs("You get a new project folder.", "astro", 5, "with"),
            (1.0, 0.5)
        );
    }

    #[test]
    fn only_a_word_in_another_script_pairs_at_no_cost() {
        assert_eq!(
            paragraph_costs("Install Ästro today.", "astro", 5, "with"),
            (0.0, 0.0)
        );
        // Curly quotes and dashes between the words are not words: the ASCII words are read.
        assert_eq!(
            paragraph_costs("You get a “new” project — folder.", "astro", 5, "with"),
            (1.0, 0.5)
        );
    }
}
