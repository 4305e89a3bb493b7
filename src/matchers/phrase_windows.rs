//! Finding one phrase among a paragraph's tokens: exact uses where its words line up around
//! an anchor, and drift where a window around enough of its anchors scores at or above its
//! threshold (the metric in [`super::phrase_metric`]).

use super::phrase_metric::{matched_words, Keys, Scratch, TokenKeys, WindowBuffers};
use super::phrases::{PhraseHit, PhraseMatcher, Token, Word};
#[cfg(test)]
use rustc_hash::FxHashMap;
use std::ops::Range;

impl PhraseMatcher {
    /// Exact uses and drifted windows of every phrase in the token stream, scoring around every
    /// anchor of the whole stream: the plain definition [`PhraseMatcher::find_in_text`] is
    /// tested against.
    #[cfg(test)]
    pub(crate) fn find(&self, tokens: &[Token]) -> Vec<PhraseHit> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        // Anchors per phrase: (token index, position in phrase).
        let mut anchors: FxHashMap<usize, Vec<(usize, usize)>> = FxHashMap::default();
        for (i, token) in tokens.iter().enumerate() {
            if let Some(entries) = self.index.get(token.word.canon()) {
                for &(p, k) in entries {
                    anchors.entry(p).or_default().push((i, k));
                }
            }
        }
        let mut hits = Vec::new();
        let mut phrase_ids: Vec<usize> = anchors.keys().copied().collect();
        phrase_ids.sort_unstable();
        let mut keys = TokenKeys::new(tokens.len());
        let mut scratch = Scratch::default();
        let mut phrase_keys = PhraseKeys::new(self.phrases.len());
        for p in phrase_ids {
            hits.extend(self.find_phrase(
                p,
                &anchors[&p],
                tokens,
                &mut keys,
                &mut scratch,
                &mut phrase_keys,
            ));
        }
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        hits
    }

    /// Exact uses and drifts of phrase `p` among `tokens`, around its `anchors` (token index,
    /// position in phrase) in token order. `keys` caches the metric's keys of `tokens`.
    pub(super) fn find_phrase<'s, 'w>(
        &'s self,
        p: usize,
        anchors: &[(usize, usize)],
        tokens: &'w [Token],
        keys: &mut TokenKeys<'w>,
        scratch: &mut Scratch,
        phrase_keys: &mut PhraseKeys<'s>,
    ) -> Vec<PhraseHit> {
        let phrase = &self.phrases[p];
        let len = phrase.words.len();
        let reach = len + 2;
        let mut exact: Vec<Range<usize>> = Vec::new();
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        let mut buffers = std::mem::take(&mut scratch.windows);
        let WindowBuffers {
            counts,
            scored,
            edges,
        } = &mut buffers;
        scored.clear();
        // The memo is started when the first region is scored: most calls score none.
        let mut remembered = false;
        // Anchors come in token order: a sliding window over them counts, for each anchor, the
        // distinct phrase positions within reach — linear in the number of anchors.
        counts.clear();
        counts.resize(len, 0);
        let id = |k: usize| phrase.word_ids[k];
        let mut distinct = 0usize;
        let (mut lo, mut hi) = (0usize, 0usize);
        for &(i, k) in anchors {
            // Only anchors of this token's segment count: no window crosses a segment.
            let segment = tokens[i].segment;
            while hi < anchors.len()
                && anchors[hi].0 <= i + reach
                && tokens[anchors[hi].0].segment == segment
            {
                let w = id(anchors[hi].1);
                counts[w] += 1;
                distinct += usize::from(counts[w] == 1);
                hi += 1;
            }
            while anchors[lo].0 + reach < i || tokens[anchors[lo].0].segment != segment {
                let w = id(anchors[lo].1);
                counts[w] -= 1;
                distinct -= usize::from(counts[w] == 0);
                lo += 1;
            }
            // Exact use: the raw words line up around this anchor.
            if let Some(start) = i.checked_sub(k) {
                if is_exact(&phrase.words, tokens, start) && !exact.iter().any(|r| r.start == start)
                {
                    exact.push(start..start + len);
                }
            }
            if distinct < phrase.anchors_needed {
                continue;
            }

            // The region any window around this anchor can cover, with its substitution costs
            // computed once for all the windows tried in it.
            let first = i.saturating_sub(k + 2);
            let last_start = i.saturating_sub(k).saturating_add(2).min(i);
            let region_end = (last_start + len + 2).min(tokens.len());
            if !remembered {
                scratch.remember(len, tokens.len());
                remembered = true;
            }
            let phrase_keys = phrase_keys.of(p, &phrase.words);
            let region = keys.region(tokens, first..region_end);
            // No window can beat the best alignment of the phrase anywhere in the region.
            let ceiling = |distance: f64| 1.0 - distance / (len + 2) as f64;
            let below = |distance: f64| ceiling(distance) < phrase.threshold;
            if !scratch.costs_unless(phrase_keys, region, first, below)
                || below(scratch.best_anywhere(phrase_keys, region))
            {
                continue;
            }

            scratch.edge_tokens(phrase_keys, region, edges);
            let mut best: Option<(f64, usize, usize)> = None;
            for start in first..=last_start {
                for window in len.saturating_sub(2).max(1)..=len + 2 {
                    let end = start + window;
                    if end > region_end
                        || end <= i
                        || tokens[start].segment != tokens[end - 1].segment
                        || !edges[start - first]
                        || !edges[end - 1 - first]
                    {
                        continue;
                    }
                    if !scored.insert((start, window)) {
                        continue;
                    }
                    let score =
                        scratch.window_similarity(phrase_keys, region, start - first, window);
                    let better = best.is_none_or(|(s, _, w)| {
                        score > s || (score == s && window.abs_diff(len) < w.abs_diff(len))
                    });
                    if better {
                        best = Some((score, start, window));
                    }
                }
            }
            if let Some(best) = best.filter(|b| b.0 >= phrase.threshold) {
                candidates.push(best);
            }
        }
        scratch.windows = buffers;
        let mut hits: Vec<PhraseHit> = exact
            .iter()
            .map(|r| PhraseHit {
                kind: phrase.kind,
                range: span(tokens, r.start, r.end),
                score: 1.0,
                exact: true,
                words: 0..phrase.words.len(),
            })
            .collect();
        // Best windows first; a window overlapping an exact use or a better window is dropped.
        candidates.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.2.abs_diff(len).cmp(&b.2.abs_diff(len)))
                .then(a.1.cmp(&b.1))
        });
        let mut taken: Vec<Range<usize>> = exact;
        for (score, start, window) in candidates {
            let range = start..start + window;
            if taken
                .iter()
                .any(|t| t.start < range.end && range.start < t.end)
            {
                continue;
            }
            taken.push(range.clone());
            let words = matched_words(&phrase.words, &tokens[range.clone()]);
            // A window that matched only part of the phrase, word for word, is no drift.
            if words.len() < len
                && is_exact(&phrase.words[words.clone()], tokens, range.start)
                && range.len() == words.len()
            {
                continue;
            }
            hits.push(PhraseHit {
                kind: phrase.kind,
                range: span(tokens, range.start, range.end),
                score,
                exact: false,
                words,
            });
        }
        hits
    }
}

/// The metric's keys of each phrase's words, worked out the first time a document scores the
/// phrase and kept for its other paragraphs (a phrase is scored in many paragraphs of a page).
pub(super) struct PhraseKeys<'s> {
    /// Per phrase, its words' keys; empty until first asked (a phrase has at least one word).
    keys: Vec<Vec<Keys<'s>>>,
}

impl<'s> PhraseKeys<'s> {
    pub(super) fn new(phrases: usize) -> Self {
        PhraseKeys {
            keys: vec![Vec::new(); phrases],
        }
    }

    /// The keys of phrase `p`, whose words are `words`.
    fn of(&mut self, p: usize, words: &'s [Word<'static>]) -> &[Keys<'s>] {
        let keys = &mut self.keys[p];
        if keys.is_empty() {
            keys.extend(words.iter().map(Keys::of));
        }
        keys
    }
}

fn span(tokens: &[Token], start: usize, end: usize) -> Range<usize> {
    tokens[start].range.start..tokens[end - 1].range.end
}

fn is_exact(words: &[Word], tokens: &[Token], start: usize) -> bool {
    let Some(window) = tokens.get(start..start + words.len()) else {
        return false;
    };
    window.iter().all(|t| t.segment == window[0].segment)
        && window.iter().zip(words).all(|(t, w)| t.word.raw == w.raw)
}
