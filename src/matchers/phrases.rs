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
    pub(super) fn canon(&self) -> &str {
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
    pub(super) kind: PhraseKind,
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
#[path = "phrases_tests.rs"]
mod tests;
