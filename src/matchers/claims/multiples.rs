//! Multiples and percentages as words of degree: whether "10x" multiplies something or names a
//! company, and whether "100%" measures a share or means "wholly".

use super::clause::{has_any, last_words};
use super::cues::*;
use super::signal::NEAR;

/// Whether a multiple written "10x" multiplies something: a comparative or what grew follows
/// ("10x faster", "10x less time", "a 6x reduction", "3x that growth"), or a word that takes a
/// multiple comes before ("grew by 10x", "up to 5x"). Otherwise "11x" is a name: "11x is
/// creating digital agents", "Head of Growth at 11x".
pub(super) fn multiplies(before: &str, after: &str) -> bool {
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    let previous = before.split(' ').rfind(|w| !w.is_empty()).unwrap_or("");
    let comparative = next.len() > 4 && (next.ends_with("er") || next.ends_with("est"));
    let singular = next.strip_suffix('s').unwrap_or(next);
    let near = last_words(before, NEAR);
    // "a 10x engineer": a kind of person, not a multiple of anything.
    if PEOPLE_KINDS.contains(&singular) {
        return false;
    }
    // "helped 11x identify…": right after "helped", the multiple is who was helped.
    if HELP.contains(&previous) {
        return false;
    }
    MULTIPLE_TAKERS.contains(&previous)
        || comparative
        || [next, singular].iter().any(|w| {
            MULTIPLIED.contains(w) || COUNT_COMPARATIVES.contains(w) || IMPROVEMENTS.contains(w)
        })
        // "event volume increased 19×", "helped Supabase 10X weekly sign-ups".
        || has_any(&near, IMPROVE_VERBS)
        || has_any(&near, HELP)
        || has_any(&near, &["grew", "grow"])
}

const HELP: &[&str] = &["helped", "help", "helps"];

/// People a multiple describes, as an idiom: "a 10x engineer", "10x developers".
const PEOPLE_KINDS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "founder",
    "hire",
    "marketer",
    "designer",
    "employee",
    "person",
];

/// Whether the words after "100%" make it an adverb of degree: a preposition or an adjective
/// of certainty follows ("focused 100% on the business", "100% sure").
pub(super) fn intensifies(after: &str, rest: &str) -> bool {
    // "runs 100% client-side", "100% open-source": a compound adjective says how, not how much.
    let raw = rest.trim_start_matches([' ', '\u{a0}']);
    let token = raw.split(char::is_whitespace).next().unwrap_or("");
    let token = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    if raw.len() < rest.len() && token.contains(['-', '\u{2011}']) {
        return true;
    }
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    [
        "on",
        "in",
        "into",
        "behind",
        "with",
        "sure",
        "certain",
        "aware",
        "confident",
        "convinced",
        "clear",
        "right",
        "correct",
        "committed",
        "honest",
        "agree",
        "remote",
        "async",
        "distributed",
        "bootstrapped",
    ]
    .contains(&next)
}

/// Words before a multiple that take it: "a 6x reduction", "grew by 10x", "up to 5x".
const MULTIPLE_TAKERS: &[&str] = &[
    "a", "an", "by", "to", "up", "over", "than", "nearly", "almost", "about", "around", "roughly",
    "least", "some",
];

/// Words after a multiple that say what it multiplies: "10x more", "3x that growth".
const MULTIPLIED: &[&str] = &[
    "more",
    "less",
    "the",
    "that",
    "this",
    "as",
    "growth",
    "increase",
    "improvement",
    "reduction",
    "boost",
    "speedup",
    "gain",
    "gains",
    "return",
    "returns",
    "lift",
    "jump",
    "revenue",
    "productivity",
    "performance",
    "speed",
    "throughput",
    "volume",
    "value",
    "roi",
];
