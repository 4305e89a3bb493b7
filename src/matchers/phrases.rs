//! Approved phrases and calls to action, found exactly or as drift (a near miss).
//!
//! The metric (also in `onmessage explain phrase-drift`): both sides are cut into word tokens
//! and normalised (lowercase; number words become digits, so "sixty" = "60"). The distance
//! between a window of text and a phrase is a weighted token edit distance:
//! - inserting or dropping a token costs 1, or 1/2 for a function word ("the", "your", "every");
//! - substituting costs 0 for equal tokens, 1/2 for near-equal ones (two function words, two
//!   forms of one word such as "laptop"/"laptops" or "ships"/"shipped", an abbreviation such as
//!   "demo"/"demonstration", or words of one synonym group such as "store"/"shop"), 1/4 for a
//!   one-letter typo in a word of four letters or more, and 1 otherwise.
//!
//! Similarity = 1 − distance ÷ the longer length. A window at or above the threshold (default
//! 0.8) is drift unless it is an exact use (same words, case and punctuation aside). Windows are
//! the phrase's length ±2 tokens and never cross a blank line or a heading. Only windows holding
//! two thirds of the phrase's distinct content words (at least two; one for phrases with fewer
//! than three content words) are scored — found
//! through an index of the phrases' word stems and synonym groups — so the cost stays near
//! linear in the text with hundreds of phrases. Overlapping windows of one phrase give one
//! finding, the best-scoring.

use super::claims::number_word;
pub use super::phrase_metric::similarity;
use super::phrase_metric::{matched_words, Keys, Scratch, TokenKeys, WindowBuffers};
use super::phrase_scan::AnchorScanner;
use crate::document::english::stop_words::is_function_word;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Words sales and marketing copy swaps for one another: a swap inside a phrase is a near-equal
/// substitution, the most common way a tagline drifts ("Visit your local shop").
pub(super) const SYNONYMS: &[&[&str]] = &[
    &["store", "shop", "outlet", "showroom"],
    &[
        "local",
        "nearest",
        "nearby",
        "neighborhood",
        "neighbourhood",
    ],
    &["demo", "demonstration", "walkthrough", "trial"],
    &["book", "schedule", "reserve", "arrange"],
    &["call", "phone", "ring", "telephone"],
    &["laptop", "notebook"],
    &["computer", "machine", "pc"],
    &["expert", "specialist", "adviser", "advisor"],
    &["buy", "purchase", "order"],
    &["talk", "speak"],
    &["trade", "swap", "exchange"],
    &["free", "complimentary"],
    &["fast", "quick", "rapid", "speedy"],
    &["help", "assist", "support"],
    &["price", "cost"],
    &["sure", "confident", "certain"],
    &["build", "assemble"],
    &["test", "check", "inspect"],
    &["repair", "fix"],
    &["choose", "pick", "select"],
    &["customer", "client", "buyer", "shopper"],
];

/// A word as the metric sees it. Stems and synonym keys are derived on demand, without
/// allocating: most document words are never compared with a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'t> {
    /// Lowercase, as written; borrowed from the text when it already is.
    pub raw: Cow<'t, str>,
    /// A number word as digits ("sixty" → "60"); `None` when the same as `raw`.
    number: Option<String>,
    pub(super) stop: bool,
}

impl<'t> Word<'t> {
    pub fn new(word: &'t str) -> Self {
        // Most words are lowercase ASCII already: no copy.
        let raw = if word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        };
        let number = match may_be_number_word(&raw)
            .then(|| number_word(&raw))
            .flatten()
        {
            Some(value) => Some(value.to_string()),
            None if raw == "one" => Some("1".to_string()),
            None => None,
        };
        let stop = is_function_word(&raw);
        Word { raw, number, stop }
    }

    /// Lowercase with number words as digits.
    pub fn norm(&self) -> &str {
        self.number.as_deref().unwrap_or(&self.raw)
    }

    /// The anchor index key: the synonym group's first word, or the stem.
    fn canon(&self) -> &str {
        canonical(self.norm())
    }
}

/// Whether a lowercase word may be a number word: one of their lengths and first letters.
/// Every token of a scored paragraph asks, and most are ruled out without a table lookup.
fn may_be_number_word(lower: &str) -> bool {
    static FIRST_LETTERS: OnceLock<[u32; 16]> = OnceLock::new();
    let by_length = FIRST_LETTERS.get_or_init(|| {
        let mut by_length = [0u32; 16];
        for word in super::claims::number_words() {
            if let (Some(mask), Some(first)) = (by_length.get_mut(word.len()), word.bytes().next())
            {
                *mask |= 1 << (first.wrapping_sub(b'a') % 32);
            }
        }
        by_length
    });
    match (by_length.get(lower.len()), lower.bytes().next()) {
        (Some(mask), Some(first)) if first.is_ascii_lowercase() => {
            mask & (1 << (first - b'a')) != 0
        }
        _ => false,
    }
}

/// A word token of a document, with its text range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    pub range: Range<usize>,
    pub word: Word<'t>,
    /// Tokens of different segments (split by blank lines and headings) never share a window.
    pub segment: usize,
}

/// Split a phrase into words the way documents are split.
pub fn phrase_words(text: &str) -> Vec<Word<'static>> {
    crate::document::words(text)
        .map(|r| {
            let word = Word::new(&text[r]);
            Word {
                raw: Cow::Owned(word.raw.into_owned()),
                number: word.number,
                stop: word.stop,
            }
        })
        .collect()
}

/// What a phrase is, for messages and requirements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhraseKind {
    /// Index in the guide's `phrases`.
    Phrase(usize),
    /// Index in the guide's `cta`.
    Cta(usize),
}

pub(super) struct CompiledPhrase {
    kind: PhraseKind,
    pub(super) words: Vec<Word<'static>>,
    pub(super) threshold: f64,
    /// Content words needed in a window before it is scored.
    pub(super) anchors_needed: usize,
    /// Per word, an id shared by words with the same index key.
    pub(super) word_ids: Vec<usize>,
    /// Per word, the length of its normal form's stem, and whether that form holds a digit:
    /// the neighbourhood bound (`phrase_bound`) reads them around every passing anchor.
    pub(super) stem_lengths: Vec<usize>,
    pub(super) with_digits: Vec<bool>,
}

/// A phrase found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseHit {
    pub kind: PhraseKind,
    /// Text range from the first to the last token of the window.
    pub range: Range<usize>,
    /// 1.0 for exact uses.
    pub score: f64,
    pub exact: bool,
    /// The phrase's words (by index) the window matched, first to last: a drift's fix
    /// replaces the window with exactly these words of the phrase.
    pub words: Range<usize>,
}

impl CompiledPhrase {
    /// The phrase's length in words.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }
}

#[derive(Default)]
pub struct PhraseMatcher {
    pub(super) phrases: Vec<CompiledPhrase>,
    /// Index key of a content word → (phrase, position in phrase).
    pub(super) index: FxHashMap<String, Vec<(usize, usize)>>,
    /// Per phrase, the distinct anchor words a paragraph needs to qualify (0 for a phrase of
    /// more than 63 distinct words, scored wherever anchored): every qualifying count of every
    /// paragraph reads it, and it is smaller than the phrase.
    pub(super) needed: Vec<u32>,
    /// Every form of the anchor words, built when the first document is scanned (guides without phrases,
    /// and runs that check nothing, never pay for it).
    pub(super) scanner: OnceLock<AnchorScanner>,
}

impl PhraseMatcher {
    pub fn add(&mut self, kind: PhraseKind, text: &str, threshold: f64) {
        let words = phrase_words(text);
        if words.is_empty() {
            return;
        }
        let id = self.phrases.len();
        let content: Vec<usize> = (0..words.len()).filter(|&k| !words[k].stop).collect();
        let content_words = content.len();
        // A phrase of function words only is anchored on all its words.
        let anchors: Vec<usize> = if content.is_empty() {
            (0..words.len()).collect()
        } else {
            content
        };
        for &k in &anchors {
            self.index
                .entry(words[k].canon().to_string())
                .or_default()
                .push((id, k));
        }
        // Anchor words by their index key, so a word the phrase holds twice ("the value is the
        // path to the value") counts once towards the anchors a window needs.
        let mut keys: Vec<&str> = Vec::new();
        let word_ids: Vec<usize> = (0..words.len())
            .map(|k| {
                let key = words[k].canon();
                keys.iter()
                    .position(|&seen| seen == key)
                    .unwrap_or_else(|| {
                        keys.push(key);
                        keys.len() - 1
                    })
            })
            .collect();
        let distinct = anchors
            .iter()
            .map(|&k| word_ids[k])
            .collect::<HashSet<_>>()
            .len();
        // A drifted phrase keeps most of its words: two thirds of its distinct content words
        // (at least two) must be near each other before a window is scored. Short phrases
        // drift by one word, which may be their only other content word.
        let needed = if content_words >= 3 {
            distinct.min(2).max((distinct * 2).div_ceil(3))
        } else {
            1
        };
        self.needed.push(if word_ids.len() > 63 {
            0
        } else {
            needed as u32
        });
        let stem_lengths = words.iter().map(|w| stem(w.norm()).len()).collect();
        let with_digits = words
            .iter()
            .map(|w| w.norm().bytes().any(|b| b.is_ascii_digit()))
            .collect();
        self.phrases.push(CompiledPhrase {
            kind,
            word_ids,
            stem_lengths,
            with_digits,
            words,
            threshold,
            anchors_needed: needed,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

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

/// The stem of a word: without a possessive, a regular ending (-s, -es, -ed, -d, -ing) and a
/// doubled final consonant ("shipped" → "ship", "tested" → "test").
pub fn stem(word: &str) -> &str {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    let mut stem = word;
    for ending in ["ing", "ies", "es", "ed", "s", "d"] {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.len() >= 3 {
                stem = rest;
                break;
            }
        }
    }
    let b = stem.as_bytes();
    if stem.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiouls".contains(&b[b.len() - 1]) {
        stem = &stem[..stem.len() - 1];
    }
    stem
}

/// The index key of a word: its synonym group's first word, or its stem.
pub(super) fn canonical(word: &str) -> &str {
    canonical_of(word, stem(word))
}

/// [`canonical`] of `word`, whose [`stem`] is `stem`.
pub(super) fn canonical_of<'w>(word: &'w str, stem: &'w str) -> &'w str {
    static HEADS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        SYNONYMS
            .iter()
            .flat_map(|group| group.iter().map(|w| (*w, group[0])))
            .collect()
    });
    heads
        .get(stem)
        .or_else(|| heads.get(word))
        .copied()
        .unwrap_or(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_passes_the_prefilter() {
        for word in crate::matchers::claims::number_words() {
            assert!(may_be_number_word(word), "{word}");
            assert!(Word::new(word).number.is_some(), "{word}");
        }
        assert!(!may_be_number_word("laptop"));
        assert!(!may_be_number_word("Three"));
    }

    fn tokens(text: &str) -> Vec<Token<'_>> {
        crate::document::words(text)
            .map(|r| Token {
                word: Word::new(&text[r.clone()]),
                range: r,
                segment: 0,
            })
            .collect()
    }

    fn hits(phrase: &str, text: &str) -> Vec<(String, bool)> {
        let mut matcher = PhraseMatcher::default();
        matcher.add(PhraseKind::Phrase(0), phrase, 0.8);
        matcher
            .find_in_text(text, None, &|_| true, &|_| false)
            .into_iter()
            .map(|h| (text[h.range].to_string(), h.exact))
            .collect()
    }

    #[test]
    fn numbers_synonyms_and_function_words_drift() {
        let tagline = "Three laptops in 60 seconds";
        assert_eq!(
            hits(tagline, "Get 3 laptops in sixty seconds today"),
            [("3 laptops in sixty seconds".to_string(), false)]
        );
        assert_eq!(
            hits(tagline, "Three notebooks in 60 seconds!"),
            [("Three notebooks in 60 seconds".to_string(), false)]
        );
        assert_eq!(
            hits(
                "Experts who speak your language",
                "Experts that speak your language."
            ),
            [("Experts that speak your language".to_string(), false)]
        );
    }

    #[test]
    fn exact_uses_are_found_and_never_drift() {
        assert_eq!(
            hits(
                "Three laptops in 60 seconds",
                "THREE LAPTOPS IN 60 SECONDS! Really."
            ),
            [("THREE LAPTOPS IN 60 SECONDS".to_string(), true)]
        );
    }

    #[test]
    fn unrelated_sentences_do_not_drift() {
        assert!(hits(
            "Three laptops in 60 seconds",
            "Our stores open in 60 days with laptops."
        )
        .is_empty());
        assert!(hits(
            "Experts who speak your language",
            "We speak to every customer."
        )
        .is_empty());
    }

    #[test]
    fn similarity_is_documented_metric() {
        let phrase = phrase_words("three laptops in 60 seconds");
        let window = tokens("three laptops in about 60 seconds");
        assert!((similarity(&phrase, &window) - (1.0 - 1.0 / 6.0)).abs() < 1e-9);
        let window = tokens("three laptop in 60 second");
        assert!((similarity(&phrase, &window) - 0.8).abs() < 1e-9);
        // A dropped function word costs 1/2, a typo 1/4, a synonym 1/2.
        let window = tokens("three laptops 60 secnods");
        assert!((similarity(&phrase, &window) - (1.0 - 0.75 / 5.0)).abs() < 1e-9);
        let window = tokens("three notebooks in 60 seconds");
        assert!((similarity(&phrase, &window) - 0.9).abs() < 1e-9);
    }
}
