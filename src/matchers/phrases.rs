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
//! two of the phrase's content words (one for phrases with fewer than three) are scored — found
//! through an index of the phrases' word stems and synonym groups — so the cost stays near
//! linear in the text with hundreds of phrases. Overlapping windows of one phrase give one
//! finding, the best-scoring.

use super::claims::number_word;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Function words: never anchors, and interchangeable at half cost.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as",
    "is", "are", "was", "be", "it", "its", "we", "us", "you", "your", "our", "they", "them",
    "their", "who", "that", "which", "this", "these", "those", "my", "me", "i", "he", "she", "his",
    "her", "within", "into", "onto", "over", "under", "up", "out", "off", "so", "but", "if",
    "than", "every", "each", "all", "any", "some", "just", "very", "also", "here", "there",
];

/// Words sales and marketing copy swaps for one another: a swap inside a phrase is a near-equal
/// substitution, the most common way a tagline drifts ("Visit your local shop").
const SYNONYMS: &[&[&str]] = &[
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

pub fn is_stop_word(token: &str) -> bool {
    STOP_WORDS.contains(&token)
}

/// A word token of a document, with its text range and normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// Lowercase, as written.
    pub raw: String,
    /// Lowercase with number words as digits.
    pub norm: String,
    /// Tokens of different segments (split by blank lines and headings) never share a window.
    pub segment: usize,
}

/// Normalise one word.
pub fn normalize_token(word: &str) -> (String, String) {
    let raw = word.to_lowercase();
    let norm = match number_word(&raw) {
        Some(value) => value.to_string(),
        None if raw == "one" => "1".to_string(),
        None => raw.clone(),
    };
    (raw, norm)
}

/// Split a phrase into normalised tokens the way documents are split.
pub fn phrase_tokens(text: &str) -> Vec<(String, String)> {
    crate::document::words(text)
        .map(|r| normalize_token(&text[r]))
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

struct CompiledPhrase {
    kind: PhraseKind,
    raw: Vec<String>,
    norm: Vec<String>,
    threshold: f64,
    /// Content words needed in a window before it is scored.
    anchors_needed: usize,
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
}

#[derive(Default)]
pub struct PhraseMatcher {
    phrases: Vec<CompiledPhrase>,
    /// Normalised content word → (phrase, position in phrase).
    index: HashMap<String, Vec<(usize, usize)>>,
}

impl PhraseMatcher {
    pub fn add(&mut self, kind: PhraseKind, text: &str, threshold: f64) {
        let tokens = phrase_tokens(text);
        if tokens.is_empty() {
            return;
        }
        let id = self.phrases.len();
        let content: Vec<usize> = (0..tokens.len())
            .filter(|&k| !is_stop_word(&tokens[k].1))
            .collect();
        let content_words = content.len();
        // A phrase of function words only ("Call us" has "call"; "About us" has "about") is
        // anchored on all its words.
        let anchors: Vec<usize> = if content.is_empty() {
            (0..tokens.len()).collect()
        } else {
            content
        };
        for &k in &anchors {
            self.index
                .entry(canonical(&tokens[k].1))
                .or_default()
                .push((id, k));
        }
        let distinct = anchors
            .iter()
            .map(|&k| canonical(&tokens[k].1))
            .collect::<HashSet<_>>()
            .len();
        self.phrases.push(CompiledPhrase {
            kind,
            raw: tokens.iter().map(|t| t.0.clone()).collect(),
            norm: tokens.into_iter().map(|t| t.1).collect(),
            threshold,
            // Short phrases drift by one word, which may be their only other content word.
            anchors_needed: if content_words >= 3 {
                distinct.min(2)
            } else {
                1
            },
        });
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Exact uses and drifted windows of every phrase in the token stream.
    pub fn find(&self, tokens: &[Token]) -> Vec<PhraseHit> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        // Anchors per phrase: (token index, position in phrase).
        let mut anchors: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for (i, token) in tokens.iter().enumerate() {
            if let Some(entries) = self.index.get(&canonical(&token.norm)) {
                for &(p, k) in entries {
                    anchors.entry(p).or_default().push((i, k));
                }
            }
        }
        let mut hits = Vec::new();
        let mut phrase_ids: Vec<usize> = anchors.keys().copied().collect();
        phrase_ids.sort_unstable();
        for p in phrase_ids {
            hits.extend(self.find_phrase(p, &anchors[&p], tokens));
        }
        hits.sort_by(|a, b| {
            a.range
                .start
                .cmp(&b.range.start)
                .then(a.range.end.cmp(&b.range.end))
        });
        hits
    }

    fn find_phrase(
        &self,
        p: usize,
        anchors: &[(usize, usize)],
        tokens: &[Token],
    ) -> Vec<PhraseHit> {
        let phrase = &self.phrases[p];
        let len = phrase.norm.len();
        let mut exact: Vec<Range<usize>> = Vec::new();
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        let mut scored: HashSet<(usize, usize)> = HashSet::new();
        for &(i, k) in anchors {
            // Exact use: the raw tokens line up around this anchor.
            if let Some(start) = i.checked_sub(k) {
                if is_exact(&phrase.raw, tokens, start) && !exact.iter().any(|r| r.start == start) {
                    exact.push(start..start + len);
                }
            }
            let near: HashSet<usize> = anchors
                .iter()
                .filter(|&&(j, _)| {
                    j.abs_diff(i) <= len + 2 && tokens[j].segment == tokens[i].segment
                })
                .map(|&(_, k2)| k2)
                .collect();
            if near.len() < phrase.anchors_needed {
                continue;
            }
            let mut best: Option<(f64, usize, usize)> = None;
            let first = i.saturating_sub(k + 2);
            for start in first..=i.saturating_sub(k).saturating_add(2).min(i) {
                for window in len.saturating_sub(2).max(1)..=len + 2 {
                    let end = start + window;
                    if end > tokens.len()
                        || end <= i
                        || tokens[start].segment != tokens[end - 1].segment
                    {
                        continue;
                    }
                    if !scored.insert((start, window)) {
                        continue;
                    }
                    let score = similarity(&phrase.norm, &tokens[start..end]);
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
        let mut hits: Vec<PhraseHit> = exact
            .iter()
            .map(|r| PhraseHit {
                kind: phrase.kind,
                range: span(tokens, r.start, r.end),
                score: 1.0,
                exact: true,
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
            hits.push(PhraseHit {
                kind: phrase.kind,
                range: span(tokens, range.start, range.end),
                score,
                exact: false,
            });
        }
        hits
    }
}

fn span(tokens: &[Token], start: usize, end: usize) -> Range<usize> {
    tokens[start].range.start..tokens[end - 1].range.end
}

fn is_exact(raw: &[String], tokens: &[Token], start: usize) -> bool {
    let Some(window) = tokens.get(start..start + raw.len()) else {
        return false;
    };
    window.iter().all(|t| t.segment == window[0].segment)
        && window.iter().zip(raw).all(|(t, r)| t.raw == *r)
}

/// Similarity of a window to a phrase: 1 − weighted token edit distance ÷ the longer length.
pub fn similarity(phrase: &[String], window: &[Token]) -> f64 {
    let (n, m) = (phrase.len(), window.len());
    let mut previous = vec![0.0; m + 1];
    for j in 1..=m {
        previous[j] = previous[j - 1] + indel_cost(&window[j - 1].norm);
    }
    let mut current = vec![0.0; m + 1];
    for i in 1..=n {
        current[0] = previous[0] + indel_cost(&phrase[i - 1]);
        for j in 1..=m {
            let substitute =
                previous[j - 1] + substitution_cost(&phrase[i - 1], &window[j - 1].norm);
            let delete = previous[j] + indel_cost(&phrase[i - 1]);
            let insert = current[j - 1] + indel_cost(&window[j - 1].norm);
            current[j] = substitute.min(delete).min(insert);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    1.0 - previous[m] / n.max(m) as f64
}

/// Inserting or dropping a function word is a small change; any other word is a whole one.
fn indel_cost(token: &str) -> f64 {
    if is_stop_word(token) {
        0.5
    } else {
        1.0
    }
}

/// 0 for equal tokens, 1/2 for near-equal tokens, 1/4 for a one-letter typo, else 1.
fn substitution_cost(a: &str, b: &str) -> f64 {
    if a == b {
        0.0
    } else if near_equal(a, b) {
        0.5
    } else if typo(a, b) {
        0.25
    } else {
        1.0
    }
}

/// One letter wrong, missing, extra or two swapped, in a word of four letters or more.
fn typo(a: &str, b: &str) -> bool {
    a.len().max(b.len()) >= 4
        && a.len().min(b.len()) >= 3
        && !a.chars().any(|c| c.is_ascii_digit())
        && strsim::osa_distance(a, b) == 1
}

/// The stem of a word: without a possessive, a regular ending (-s, -es, -ed, -d, -ing) and a
/// doubled final consonant ("shipped" → "ship", "tested" → "test").
pub fn stem(word: &str) -> &str {
    let word = word.trim_end_matches("'s").trim_end_matches("’s");
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
fn canonical(word: &str) -> String {
    let stem = stem(word);
    SYNONYMS
        .iter()
        .find(|group| group.iter().any(|w| *w == stem || *w == word))
        .map_or_else(|| stem.to_string(), |group| group[0].to_string())
}

/// Two function words, two forms of one word, synonyms, or an abbreviation ("demo",
/// "demonstration"; "secs", "seconds").
fn near_equal(a: &str, b: &str) -> bool {
    if is_stop_word(a) && is_stop_word(b) {
        return true;
    }
    if a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let (sa, sb) = (stem(a), stem(b));
    let (short, long) = if sa.len() <= sb.len() {
        (sa, sb)
    } else {
        (sb, sa)
    };
    sa == sb || canonical(a) == canonical(b) || (short.len() >= 3 && long.starts_with(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        crate::document::words(text)
            .map(|r| {
                let (raw, norm) = normalize_token(&text[r.clone()]);
                Token {
                    range: r,
                    raw,
                    norm,
                    segment: 0,
                }
            })
            .collect()
    }

    fn hits(phrase: &str, text: &str) -> Vec<(String, bool)> {
        let mut matcher = PhraseMatcher::default();
        matcher.add(PhraseKind::Phrase(0), phrase, 0.8);
        matcher
            .find(&tokens(text))
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
        let phrase: Vec<String> = ["3", "laptops", "in", "60", "seconds"]
            .map(String::from)
            .to_vec();
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
