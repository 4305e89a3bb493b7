//! Figures of how a company works or of a made-up list, not of what it sells: hiring funnels,
//! the top few picked, stand-ins made for a test, the size of a group being put together.

use super::clause::{has_any, words};
use super::ClaimMatch;

/// Whether a figure counts or measures a step of hiring: candidates, applications, interviews,
/// roles ("~5% of candidates", "99% of roles"), or people interviewed ("interviewing some 800
/// people", "12 people who got an interview").
pub(super) fn about_hiring(found: &ClaimMatch, before: &str, after: &str) -> bool {
    let unit = found.claim.unit.as_str();
    let measured = found.measure.as_deref().map(super::singular);
    if HIRING.contains(&unit) || measured.as_deref().is_some_and(|m| HIRING.contains(&m)) {
        return true;
    }
    matches!(unit, "people" | "person")
        && (has_any(before, INTERVIEWING) || has_any(after, INTERVIEWING))
}

const HIRING: &[&str] = &[
    "candidate",
    "applicant",
    "application",
    "interview",
    "interviewee",
    "role",
    "hire",
    "recruiter",
    "referral",
    "resume",
];
const INTERVIEWING: &[&str] = &["interview", "interviews", "interviewed", "interviewing"];

/// The words of a figure as written ("10 biggest customers" → "10", "biggest", "customers").
pub(super) fn named_words(figure: &str) -> Vec<String> {
    words(figure)
}

/// "biggest", "largest", "best": a superlative picks the top few of something.
pub(super) fn is_superlative(word: &str) -> bool {
    SUPERLATIVES.contains(&word)
        || (word.len() > 5
            && word.ends_with("est")
            && crate::document::english::is_word(word)
            && !NOT_SUPERLATIVES.contains(&word))
}

const SUPERLATIVES: &[&str] = &["best", "most", "top", "worst", "least"];
/// Words that make counted things stand-ins: "40 sample apps", "3 test users", "5 demo accounts".
pub(super) const STAND_INS: &[&str] =
    &["sample", "example", "test", "demo", "dummy", "fake", "mock"];
const NOT_SUPERLATIVES: &[&str] = &[
    "interest", "request", "contest", "protest", "harvest", "forest", "suggest", "digest",
    "manifest", "conquest", "behest", "bequest",
];

/// Nouns for a group put together from a few of something.
const GROUPS: [&str; 22] = [
    "combination",
    "combinations",
    "group",
    "groups",
    "set",
    "sets",
    "subset",
    "subsets",
    "bundle",
    "bundles",
    "mix",
    "handful",
    "pair",
    "pairs",
    "cluster",
    "clusters",
    "collection",
    "collections",
    "selection",
    "selections",
    "list",
    "lists",
];

/// "some combination of 10+ events", "groups of 3-5 events to test together": the figure says
/// how many members a group has (how many kinds of a thing are picked), not how much of the
/// thing there is, so it is no claim and never a volume an approved figure states.
pub fn sizes_a_group(text: &str, start: usize) -> bool {
    let head = &text[..start];
    let mut from = head.len().saturating_sub(40);
    while !head.is_char_boundary(from) {
        from -= 1;
    }
    let tail: Vec<String> = head[from..]
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // Only spaces between "of" and the figure.
    head.ends_with([' ', '\t'])
        && tail.first().is_some_and(|w| w == "of")
        && tail.get(1).is_some_and(|w| GROUPS.contains(&w.as_str()))
}

/// "We spend 80%+ on writing": a share someone spends of their time or budget on one thing is
/// how they split their work, not a result: the percentage right after a form of "spend" and
/// followed by "on" or "of", or followed by "of his time", "of her time" or "of my time".
pub fn share_spent(text: &str, start: usize, end: usize) -> bool {
    if !text[start..end].ends_with('%') {
        return false;
    }
    let head = text[..start].trim_end_matches(['~', ' ']);
    let verb = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let after = text[end..].trim_start_matches(['+', ' ']);
    // "1 developer working on it 20% of his time": one person's share of their week. "30% of
    // your time" (saved) and "of our time" may be the product's result, and stay.
    let one_persons_time = ["of his time", "of her time", "of my time"]
        .iter()
        .any(|share| after.starts_with(share));
    one_persons_time
        || (matches!(verb.as_str(), "spend" | "spends" | "spent" | "spending")
            && (after.starts_with("on ") || after.starts_with("of ")))
}
