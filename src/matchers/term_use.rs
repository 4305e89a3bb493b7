//! How a term's match is used in its sentence: a phrasal verb term used as a noun ("a log in
//! the terminal"), a compound noun term written apart that is a noun and a verb ("this command
//! lets you"), and an acronym's `'s` that is a plural ("KPI's are tracked") rather than a possessive ("the KPI's value").

use super::inflect::{Inflection, PARTICLES};
use super::terms::Variant;
use crate::document::english::stop_words::is_function_word;

/// Determiners: after one, a phrasal verb's words are a noun ("a log in the terminal").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her",
    "its", "each", "every", "any", "some", "no", "another",
];

/// Prepositions other than "to": after one a verb would be a gerund ("types of loops in",
/// "simplify for loop in test-buffer.js"), so the term's base or plural form is a noun.
const PREPOSITIONS: &[&str] = &[
    "of", "for", "with", "from", "about", "by", "without", "into", "at", "on",
];

/// Counting words that open a noun phrase as a determiner does ("two different loops in").
/// Not "all" or "both", which also stand before a verb ("we all log in").
const QUANTIFIERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
    "multiple", "various", "few",
];

/// Words that describe a noun between a determiner and it ("the new log in").
const ADJECTIVES: &[&str] = &[
    "new",
    "old",
    "first",
    "last",
    "next",
    "same",
    "other",
    "whole",
    "full",
    "short",
    "long",
    "big",
    "small",
    "main",
    "quick",
    "simple",
    "single",
    "initial",
    "final",
    "daily",
    "weekly",
    "different",
];

/// How many describing words (adjectives, inline code naming a kind) may stand between the
/// determiner and the noun: "two different `do` loops in".
const MAX_MODIFIERS: usize = 2;

fn is_adjective(word: &str) -> bool {
    ADJECTIVES.contains(&word)
        || ["al", "ful", "ive", "ous", "ic", "able", "ible", "less"]
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Whether a multi-word verb term ("log in", "set up") is used as a noun at `start`: its base
/// or plural form opening a noun phrase — after a determiner or counting word, with at most
/// [`MAX_MODIFIERS`] adjectives or inline-code words between ("the new log in", "two different
/// `do` loops in") — or after a preposition other than "to", where a verb would be a gerund
/// ("types of loops in", "simplify for loop in"), or
/// before a pronoun that only an object takes ("tight loops in them"). Only
/// for terms the guide writes apart: a guide that bans "roll-back" names the noun, and "a roll
/// back" is it.
pub(super) fn noun_use(text: &str, start: usize, end: usize, variant: &Variant) -> bool {
    let mut words = variant.folded.rsplit(' ');
    let verb_phrase = variant.spaced
        && words.next().is_some_and(|w| PARTICLES.contains(&w))
        && words.next().is_some()
        && matches!(variant.inflection, Inflection::Base | Inflection::Plural);
    if !verb_phrase {
        return false;
    }
    // "Fix wait-loop in domain E2E test": the verb's first word closes a hyphenated compound.
    let closes_compound = text[..start]
        .strip_suffix('-')
        .is_some_and(|head| head.ends_with(char::is_alphanumeric));
    if closes_compound || object_pronoun_after_particle(text, end) {
        return true;
    }
    let line = wrapped_line_before(text, start);
    let before: Vec<_> = crate::document::words(line).collect();
    if variant.inflection == Inflection::Base && after_a_noun_modifier(line, &before) {
        return true;
    }
    for (modifiers, range) in before.iter().rev().enumerate() {
        let word = line[range.clone()].to_lowercase();
        if PREPOSITIONS.contains(&word.as_str())
            || DETERMINERS.contains(&word.as_str())
            || QUANTIFIERS.contains(&word.as_str())
        {
            return true;
        }
        let code = line[..range.start].ends_with('`') && line[range.end..].starts_with('`');
        if modifiers == MAX_MODIFIERS || !(code || is_adjective(&word)) {
            return false;
        }
    }
    false
}

/// The text before `start` on its line, from the line before too when the match's line goes on
/// with a sentence wrapped there (no list marker, heading, quotation or table mark opens it, and
/// the line before is not blank): "the operand of the\n\tfirst loop in a list comprehension"
/// reads "the first" before "loop in".
fn wrapped_line_before(text: &str, start: usize) -> &str {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let head = text[line_start..start].trim_start();
    let digits = head.bytes().take_while(u8::is_ascii_digit).count();
    let opens_block = head.starts_with(['-', '*', '+', '#', '>', '|'])
        || (digits > 0 && head[digits..].starts_with(['.', ')']));
    if line_start == 0 || opens_block {
        return &text[line_start..start];
    }
    let previous_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
    if text[previous_start..line_start - 1].trim().is_empty() {
        return &text[line_start..start];
    }
    &text[previous_start..start]
}

/// Words that stand before a verb's base form though they are neither stop words nor end in
/// "-ly": "never loop in", "please log in", "first set up".
const BEFORE_A_VERB: &[&str] = &[
    "never", "often", "always", "first", "still", "ever", "please", "even", "soon", "later",
    "together", "rather", "instead", "let", "lets", "help", "helps", "make", "makes", "will",
    "can", "must", "shall", "may", "might", "could", "would", "cannot", "need",
];

/// Causative verbs that take an object and a verb's base form: "have your team loop in legal".
const CAUSATIVES: &[&str] = &[
    "let", "lets", "have", "has", "had", "help", "helps", "make", "makes", "get", "see", "watch",
];

/// Whether a phrasal verb's base form stands right after a singular noun that modifies it, as in
/// "the GUI message loop in Node" or "Node's event loop in a separate thread": a singular noun
/// cannot be the subject of a base-form verb ("the manager loops in legal"), and a word before a
/// verb's base form is a pronoun, a modal, an adverb or "to" (stop words, "-ly" words,
/// [`BEFORE_A_VERB`]). After a causative ("have your team loop in legal") the noun is the object
/// and the verb stays.
fn after_a_noun_modifier(line: &str, before: &[std::ops::Range<usize>]) -> bool {
    let Some((last, rest)) = before.split_last() else {
        return false;
    };
    if line[last.end..] != *" " {
        return false;
    }
    let word = line[last.clone()].to_lowercase();
    let noun = word.len() > 2
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !word.ends_with('s')
        && !word.ends_with("ly")
        && !crate::document::english::stop_words::is_stop_word(&word)
        && !BEFORE_A_VERB.contains(&word.as_str());
    // The causative may stand a determiner and an adjective away: "help the whole team loop in".
    let caused = rest
        .iter()
        .rev()
        .take(3)
        .any(|r| CAUSATIVES.contains(&line[r.clone()].to_lowercase().as_str()));
    noun && !caused
}

/// Pronouns that are only ever objects. Not "it", "her" or "you": "when you log in it shows",
/// "loop in her team" keep the verb.
const OBJECT_ONLY_PRONOUNS: &[&str] = &["them", "him", "me", "us"];

/// "do not have tight loops in them": a phrasal verb puts a pronoun object before its particle
/// ("loop them in"), so a pronoun right after the particle is the object of a preposition, and
/// the words before it are a noun ("loops") and that preposition.
fn object_pronoun_after_particle(text: &str, end: usize) -> bool {
    let rest = text[end..].strip_prefix(' ').unwrap_or_default();
    let word = leading_word(rest);
    let after = rest[word.len()..].chars().next();
    after.is_none_or(|c| !matches!(c, '\'' | '’' | '-'))
        && OBJECT_ONLY_PRONOUNS.contains(&word.to_lowercase().as_str())
}

/// The run of letters and digits `rest` opens with (empty if it opens with anything else).
fn leading_word(rest: &str) -> &str {
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Object pronouns and determiners: after a noun's plural they show the `-s` was a verb's
/// ("this command lets you run", "the command lets the user").
const OBJECT_STARTERS: &[&str] = &[
    "you", "us", "them", "me", "him", "her", "it", "the", "a", "an", "your", "our", "their",
];

/// Whether a compound noun the guide joins with a hyphen ("command-let"), found written apart
/// with an `-s` ("command lets"), is a noun and a verb: an object follows ("This command lets
/// you run the script"). The plural of the compound takes no object.
pub(super) fn noun_then_verb(text: &str, start: usize, end: usize, variant: &Variant) -> bool {
    let hyphenated = !variant.spaced && variant.folded.contains(' ');
    if !hyphenated || variant.inflection != Inflection::Plural || text[start..end].contains('-') {
        return false;
    }
    let word = leading_word(text[end..].trim_start_matches([' ', '\t']));
    OBJECT_STARTERS.contains(&word.to_lowercase().as_str())
}

/// Whether a spaced term ending in "base" is found hyphenated as "-based" ("touch-based mobile
/// devices" for "touch base"): an adjective meaning "based on touch", never the phrase.
pub(super) fn based_on(matched: &str, variant: &Variant) -> bool {
    variant.spaced
        && variant.folded.ends_with(" based")
        && matched
            .get(matched.len().saturating_sub(6)..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("-based"))
}

/// Whether a noun follows `at` ("KPI's value"): a word that is not a function word or a verb
/// an acronym's plural commonly takes ("KPI's are", "KPI's show").
pub(super) fn followed_by_noun(text: &str, at: usize) -> bool {
    // "CEL's `map()` functions": a word in code or emphasis is a word all the same.
    let next = text[at..].trim_start_matches([' ', '\t']);
    let word = leading_word(next.trim_start_matches(['`', '*', '_'])).to_lowercase();
    const VERBS: &[&str] = &[
        "were", "have", "has", "had", "can", "will", "should", "must", "may", "might", "do",
        "does", "did", "show", "tell", "help", "matter", "measure", "track",
    ];
    !word.is_empty() && !is_function_word(&word) && !VERBS.contains(&word.as_str())
}
