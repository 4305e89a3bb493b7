//! How a term's match is used in its sentence: a phrasal verb term used as a noun ("a log in
//! the terminal"), and an acronym's `'s` that is a plural ("KPI's are tracked") rather than a
//! possessive ("the KPI's value").

use super::inflect::{Inflection, PARTICLES};
use super::phrases::is_stop_word;
use super::terms::Variant;

/// Determiners: after one, a phrasal verb's words are a noun ("a log in the terminal").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her",
    "its", "each", "every", "any", "some", "no", "another",
];

/// Words that describe a noun between a determiner and it ("the new log in").
const ADJECTIVES: &[&str] = &[
    "new", "old", "first", "last", "next", "same", "other", "whole", "full", "short", "long",
    "big", "small", "main", "quick", "simple", "single", "initial", "final", "daily", "weekly",
];

fn is_adjective(word: &str) -> bool {
    ADJECTIVES.contains(&word)
        || ["al", "ful", "ive", "ous", "ic", "able", "ible", "less"]
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Whether a multi-word verb term ("log in", "set up") is used as a noun at `start`: its base
/// or plural form after a determiner, or after a determiner and an adjective. Only for terms the
/// guide writes apart: a guide that bans "roll-back" names the noun, and "a roll back" is it.
pub(super) fn noun_use(text: &str, start: usize, variant: &Variant) -> bool {
    let mut words = variant.folded.rsplit(' ');
    let verb_phrase = variant.spaced
        && words.next().is_some_and(|w| PARTICLES.contains(&w))
        && words.next().is_some()
        && matches!(variant.inflection, Inflection::Base | Inflection::Plural);
    if !verb_phrase {
        return false;
    }
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    let before: Vec<String> = crate::document::words(line)
        .map(|r| line[r].to_lowercase())
        .collect();
    let mut back = before.iter().rev().map(String::as_str);
    match (back.next(), back.next()) {
        (Some(w), _) if DETERMINERS.contains(&w) => true,
        (Some(adjective), Some(det)) => DETERMINERS.contains(&det) && is_adjective(adjective),
        _ => false,
    }
}

/// Whether a noun follows `at` ("KPI's value"): a word that is not a function word or a verb
/// an acronym's plural commonly takes ("KPI's are", "KPI's show").
pub(super) fn followed_by_noun(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches([' ', '\t']);
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = rest[..end].to_lowercase();
    const VERBS: &[&str] = &[
        "were", "have", "has", "had", "can", "will", "should", "must", "may", "might", "do",
        "does", "did", "show", "tell", "help", "matter", "measure", "track",
    ];
    !word.is_empty() && !is_stop_word(&word) && !VERBS.contains(&word.as_str())
}
