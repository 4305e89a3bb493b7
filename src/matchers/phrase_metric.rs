//! The phrase-drift metric: a weighted token edit distance between a phrase and a window of
//! text (documented in `phrases`), with the cost tables reused across the windows of a region.

use super::phrases::{canonical_of, stem, Token, Word};
use std::ops::Range;

/// Reused buffers for the edit-distance tables of one anchor's region.
#[derive(Default)]
pub(super) struct Scratch {
    /// Substitution cost of phrase word `w` against region token `t`, at `w * width + t`.
    sub: Vec<f64>,
    width: usize,
    previous: Vec<f64>,
    current: Vec<f64>,
    /// Substitution costs of the current phrase's words against the paragraph's tokens, as
    /// [`cost_code`]s (0: not worked out yet), at `w * memo_width + t`: the regions of
    /// neighbouring anchors overlap, so most pairs are asked more than once. Empty: no memo.
    memo: Vec<u8>,
    memo_width: usize,
    /// Buffers of [`super::phrases::PhraseMatcher::find_phrase`], kept for the next phrase:
    /// it runs once per phrase and paragraph, and allocating them each time showed in profiles.
    pub(super) windows: WindowBuffers,
}

/// What one call of [`super::phrases::PhraseMatcher::find_phrase`] keeps while it runs: taken
/// out of [`Scratch`] and put back, emptied, when it is done.
#[derive(Default)]
pub(super) struct WindowBuffers {
    /// Per word id of the phrase, its anchors within reach of the current one.
    pub counts: Vec<usize>,
    /// The windows (first token, length) already scored.
    pub scored: rustc_hash::FxHashSet<(usize, usize)>,
    /// Per region token, whether a window may start or end at it ([`Scratch::edge_tokens`]).
    pub edges: Vec<bool>,
}

impl Scratch {
    pub(super) fn costs(&mut self, phrase: &[Keys], region: &[Keys]) {
        self.memo.clear();
        self.costs_unless(phrase, region, 0, |_| false);
    }

    /// Starts the memo for a phrase of `words` words scored against a paragraph of `tokens`
    /// tokens: the regions [`Scratch::costs_unless`] is given next are of those tokens.
    pub(super) fn remember(&mut self, words: usize, tokens: usize) {
        self.memo.clear();
        self.memo.resize(words * tokens, 0);
        self.memo_width = tokens;
    }

    /// [`Scratch::costs`], stopped (returning false) as soon as `too_far` holds for a lower
    /// bound of [`Scratch::best_anywhere`]: in any alignment each phrase word is dropped or
    /// paired with one token, so it costs at least the cheaper of the two. Most regions are
    /// ruled out after a few phrase words.
    /// `offset` is the region's first token in the paragraph (for the memo, when one is kept).
    pub(super) fn costs_unless(
        &mut self,
        phrase: &[Keys],
        region: &[Keys],
        offset: usize,
        too_far: impl Fn(f64) -> bool,
    ) -> bool {
        let width = region.len();
        self.width = width;
        self.sub.clear();
        self.sub.resize(phrase.len() * width, 0.0);
        let memo_width = self.memo_width;
        let mut bound = 0.0;
        // Content words first: one the region lacks costs a whole drop, so a region too far
        // is ruled out after fewer rows. The bound is a sum of multiples of 1/4, exact in any
        // order, so the answer is the same.
        for function_words in [false, true] {
            for (w, word) in phrase.iter().enumerate() {
                if word.stop != function_words {
                    continue;
                }
                let row = &mut self.sub[w * width..(w + 1) * width];
                if self.memo.is_empty() {
                    for (cost, token) in row.iter_mut().zip(region) {
                        *cost = substitution_cost(word, token);
                    }
                } else {
                    let at = w * memo_width + offset;
                    let known = &mut self.memo[at..at + width];
                    for ((cost, token), code) in row.iter_mut().zip(region).zip(known) {
                        if *code == 0 {
                            *code = cost_code(substitution_cost(word, token));
                        }
                        *cost = COSTS[usize::from(*code)];
                    }
                }
                bound += row.iter().copied().fold(indel(word.stop), f64::min);
                if too_far(bound) {
                    return false;
                }
            }
        }
        true
    }

    /// Per region token, whether a window may start or end at it: a content word, or a
    /// function word the phrase holds. A window that begins or ends with another function word
    /// rewrites text outside the drifted words ("subscribe to our show" must not start at "to").
    pub(super) fn edge_tokens(&self, phrase: &[Keys], region: &[Keys], edges: &mut Vec<bool>) {
        edges.clear();
        edges.extend((0..region.len()).map(|t| {
            let best = (0..phrase.len())
                .map(|w| self.sub[w * self.width + t])
                .fold(f64::INFINITY, f64::min);
            best == 0.0 || !region[t].stop
        }));
    }

    /// The smallest distance of the phrase to any stretch of the region (free start and end).
    pub(super) fn best_anywhere(&mut self, phrase: &[Keys], region: &[Keys]) -> f64 {
        let m = region.len();
        let (previous, current) = (&mut self.previous, &mut self.current);
        previous.clear();
        previous.resize(m + 1, 0.0);
        current.clear();
        current.resize(m + 1, 0.0);
        for (w, word) in phrase.iter().enumerate() {
            current[0] = previous[0] + indel(word.stop);
            for j in 1..=m {
                let substitute = previous[j - 1] + self.sub[w * self.width + j - 1];
                let delete = previous[j] + indel(word.stop);
                let insert = current[j - 1] + indel(region[j - 1].stop);
                current[j] = substitute.min(delete).min(insert);
            }
            std::mem::swap(previous, current);
        }
        previous.iter().copied().fold(f64::INFINITY, f64::min)
    }

    /// Similarity of the phrase to `region[offset..offset + window]`, from the cost table.
    pub(super) fn window_similarity(
        &mut self,
        phrase: &[Keys],
        region: &[Keys],
        offset: usize,
        window: usize,
    ) -> f64 {
        let (n, m) = (phrase.len(), window);
        let tokens = &region[offset..offset + window];
        let (previous, current) = (&mut self.previous, &mut self.current);
        previous.clear();
        previous.resize(m + 1, 0.0);
        current.clear();
        current.resize(m + 1, 0.0);
        for j in 1..=m {
            previous[j] = previous[j - 1] + indel(tokens[j - 1].stop);
        }
        for (w, word) in phrase.iter().enumerate() {
            current[0] = previous[0] + indel(word.stop);
            for j in 1..=m {
                let substitute = previous[j - 1] + self.sub[w * self.width + offset + j - 1];
                let delete = previous[j] + indel(word.stop);
                let insert = current[j - 1] + indel(tokens[j - 1].stop);
                current[j] = substitute.min(delete).min(insert);
            }
            std::mem::swap(previous, current);
        }
        1.0 - previous[m] / n.max(m) as f64
    }
}

/// The metric's keys of a paragraph's tokens, each worked out the first time a region holds
/// it: the regions of neighbouring anchors, and of different phrases, overlap.
pub(super) struct TokenKeys<'w> {
    tokens: usize,
    /// Empty until a region is first asked for: many paragraphs score none.
    keys: Vec<Keys<'w>>,
    known: Vec<bool>,
}

impl<'w> TokenKeys<'w> {
    pub(super) fn new(tokens: usize) -> Self {
        TokenKeys {
            tokens,
            keys: Vec::new(),
            known: Vec::new(),
        }
    }

    /// The keys of `tokens[range]` (`tokens` is the paragraph this was made for).
    pub(super) fn region(&mut self, tokens: &'w [Token], range: Range<usize>) -> &[Keys<'w>] {
        if self.keys.is_empty() {
            let unknown = Keys {
                norm: "",
                stem: "",
                canon: "",
                stop: false,
                digits: false,
            };
            self.keys = vec![unknown; self.tokens];
            self.known = vec![false; self.tokens];
        }
        for t in range.clone() {
            if !self.known[t] {
                self.keys[t] = Keys::of(&tokens[t].word);
                self.known[t] = true;
            }
        }
        &self.keys[range]
    }
}

/// Similarity of a window to a phrase (see the module documentation).
pub fn similarity(phrase: &[Word], window: &[Token]) -> f64 {
    let phrase: Vec<Keys> = phrase.iter().map(Keys::of).collect();
    let window: Vec<Keys> = window.iter().map(|t| Keys::of(&t.word)).collect();
    let mut scratch = Scratch::default();
    scratch.costs(&phrase, &window);
    scratch.window_similarity(&phrase, &window, 0, window.len())
}

/// The phrase words (first to last, by index) that the window's best alignment pairs with a
/// window token: a phrase word dropped at either end is not part of the drift.
pub(super) fn matched_words(phrase: &[Word], window: &[Token]) -> std::ops::Range<usize> {
    let (n, m) = (phrase.len(), window.len());
    let keys: Vec<Keys> = window.iter().map(|t| Keys::of(&t.word)).collect();
    let sub: Vec<Vec<f64>> = phrase
        .iter()
        .map(|w| {
            let k = Keys::of(w);
            keys.iter().map(|t| substitution_cost(&k, t)).collect()
        })
        .collect();
    let mut d = vec![vec![0.0f64; m + 1]; n + 1];
    for j in 1..=m {
        d[0][j] = d[0][j - 1] + indel_cost(&window[j - 1].word);
    }
    for i in 1..=n {
        d[i][0] = d[i - 1][0] + indel_cost(&phrase[i - 1]);
        for j in 1..=m {
            d[i][j] = (d[i - 1][j - 1] + sub[i - 1][j - 1])
                .min(d[i - 1][j] + indel_cost(&phrase[i - 1]))
                .min(d[i][j - 1] + indel_cost(&window[j - 1].word));
        }
    }
    let (mut i, mut j) = (n, m);
    let (mut first, mut last) = (None, None);
    while i > 0 && j > 0 {
        if d[i][j] == d[i - 1][j - 1] + sub[i - 1][j - 1] {
            last.get_or_insert(i - 1);
            first = Some(i - 1);
            (i, j) = (i - 1, j - 1);
        } else if d[i][j] == d[i - 1][j] + indel_cost(&phrase[i - 1]) {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    match (first, last) {
        (Some(first), Some(last)) => first..last + 1,
        _ => 0..n,
    }
}

/// Inserting or dropping a function word is a small change; any other word is a whole one.
fn indel_cost(word: &Word) -> f64 {
    indel(word.stop)
}

/// [`indel_cost`] of a word that is a function word or not.
fn indel(stop: bool) -> f64 {
    if stop {
        0.5
    } else {
        1.0
    }
}

/// The substitution costs by their [`cost_code`] (code 0, "not worked out", is never read).
const COSTS: [f64; 5] = [f64::NAN, 0.0, 0.25, 0.5, 1.0];

/// A substitution cost (one of the four [`substitution_cost`] gives) as a non-zero byte.
fn cost_code(cost: f64) -> u8 {
    if cost == 0.0 {
        1
    } else if cost == 0.25 {
        2
    } else if cost == 0.5 {
        3
    } else {
        4
    }
}

/// 0 for equal tokens, 1/2 for near-equal tokens, 1/4 for a one-letter typo, else 1.
fn substitution_cost(a: &Keys, b: &Keys) -> f64 {
    if a.norm == b.norm {
        0.0
    } else if near_equal(a, b) {
        0.5
    } else if typo(a, b) {
        0.25
    } else {
        1.0
    }
}

/// One letter wrong, missing, extra or two swapped, in a word of four letters or more (not
/// in a word with a digit in `a`).
fn typo(a: &Keys, b: &Keys) -> bool {
    let (a_len, b_len) = (a.norm.len(), b.norm.len());
    a_len.abs_diff(b_len) <= 1
        && a_len.max(b_len) >= 4
        && a_len.min(b_len) >= 3
        && !a.digits
        && super::one_edit_apart(a.norm, b.norm)
}

/// What the metric compares of a word, borrowed, computed once per word and region.
#[derive(Clone, Copy)]
pub(super) struct Keys<'w> {
    norm: &'w str,
    stem: &'w str,
    canon: &'w str,
    stop: bool,
    digits: bool,
}

impl<'w> Keys<'w> {
    pub(super) fn of(word: &'w Word) -> Self {
        let norm = word.norm();
        let stem = stem(norm);
        Keys {
            norm,
            stem,
            canon: canonical_of(norm, stem),
            stop: word.stop,
            digits: norm.bytes().any(|c| c.is_ascii_digit()),
        }
    }
}

/// Two function words, two forms of one word, synonyms, or an abbreviation ("demo",
/// "demonstration"; "secs", "seconds").
fn near_equal(a: &Keys, b: &Keys) -> bool {
    if a.stop && b.stop {
        return true;
    }
    if a.digits || b.digits {
        return false;
    }
    let (short, long) = if a.stem.len() <= b.stem.len() {
        (a.stem, b.stem)
    } else {
        (b.stem, a.stem)
    };
    a.stem == b.stem || a.canon == b.canon || (short.len() >= 3 && long.starts_with(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo gives every region the costs worked out afresh, however the regions overlap
    /// and in whatever order they come.
    #[test]
    fn remembered_costs_are_the_costs() {
        let text = "Deploy your site in two minuets with the Nimbus CLI, then deploy it again \
                    in sixty seconds with the deploy command";
        let words: Vec<Word> = text.split(' ').map(Word::new).collect();
        let tokens: Vec<Keys> = words.iter().map(Keys::of).collect();
        let phrase_words: Vec<Word> = "deploy your site in 60 minutes"
            .split(' ')
            .map(Word::new)
            .collect();
        let phrase: Vec<Keys> = phrase_words.iter().map(Keys::of).collect();
        let mut memo = Scratch::default();
        memo.remember(phrase.len(), tokens.len());
        for range in [2..9, 0..7, 5..14, 12..tokens.len(), 0..tokens.len(), 3..4] {
            assert!(memo.costs_unless(&phrase, &tokens[range.clone()], range.start, |_| false));
            let mut fresh = Scratch::default();
            fresh.costs(&phrase, &tokens[range.clone()]);
            assert_eq!(memo.sub, fresh.sub, "region {range:?}");
        }
        // The typo and the number word are among them: not every cost is 0 or 1.
        let fresh_costs = {
            let mut fresh = Scratch::default();
            fresh.costs(&phrase, &tokens);
            fresh.sub
        };
        assert!(fresh_costs.contains(&0.25) && fresh_costs.contains(&0.0));
    }
}
