//! Replacements that keep the grammar: the suggested words take the match's inflection on their
//! head word ("logged in" → "signed in", "KPIs" → "key metrics"), the writer's capitalisation
//! (ALL CAPS, a sentence-initial capital, Title Case) only on plain lowercase words, and no
//! plural for mass nouns ("synergies" → "teamwork"). A replacement that would leave a doubled
//! word ("help help"), repeat a word next to it ("on-demand rendering on demand") or strand a
//! phrasal verb's preposition ("contact to us") is not offered at all.

use super::Context;
use crate::guide::schema::Case;
use crate::matchers::inflect::{inflect, Inflection, PARTICLES};
use crate::matchers::terms::{Target, TermMatch};

/// Common mass nouns: a replacement ending in one is never pluralised. A guide marks others
/// with its `uncountable` list.
const MASS_NOUNS: &[&str] = &[
    "access",
    "advice",
    "alignment",
    "bandwidth",
    "collaboration",
    "compliance",
    "content",
    "cooperation",
    "data",
    "documentation",
    "efficiency",
    "equipment",
    "evidence",
    "expertise",
    "feedback",
    "funding",
    "growth",
    "guidance",
    "hardware",
    "help",
    "information",
    "infrastructure",
    "insurance",
    "knowledge",
    "leadership",
    "luggage",
    "machinery",
    "momentum",
    "money",
    "news",
    "onboarding",
    "privacy",
    "productivity",
    "progress",
    "research",
    "reliability",
    "scalability",
    "security",
    "software",
    "storage",
    "support",
    "teamwork",
    "traffic",
    "training",
    "transparency",
    "trust",
    "usage",
    "visibility",
    "work",
];

/// Prepositions a phrasal verb is followed by ("reach out to", "sign up for").
const PREPOSITIONS: &[&str] = &[
    "to", "with", "for", "about", "on", "at", "into", "from", "of",
];

/// Words Title Case leaves lowercase inside a title.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
    "as", "via",
];

impl Context<'_> {
    /// `replacement` adapted to the match (see the module documentation), or `None` when no
    /// replacement of the match keeps the sentence grammatical.
    pub fn adapt(&self, replacement: &str, m: &TermMatch) -> Option<String> {
        let keep_case = match m.target {
            Target::Preferred(i) => self.guide.terms[i].case == Case::Sensitive,
            Target::Banned(i) => self.guide.banned[i].entry.case == Case::Sensitive,
            _ => false,
        };
        let uncountable = &self.guide.guide.uncountable;
        let out = adapt(replacement, m, self.doc.text, keep_case, uncountable);
        (!breaks_grammar(self.doc.text, m.start, m.end, &out, replacement)).then_some(out)
    }
}

/// The replacement adapted to the match at `m`. `keep_case`: the entry is case-sensitive, so
/// the writer's case is what is wrong and is not copied.
pub fn adapt(
    replacement: &str,
    m: &TermMatch,
    text: &str,
    keep_case: bool,
    uncountable: &[String],
) -> String {
    let replacement = replacement.trim();
    let word_end = m.end - m.possessive.map_or(0, str::len);
    let written = &text[m.start..word_end];
    let mut words: Vec<String> = replacement.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return replacement.to_string();
    }
    let head = head_index(&words, m.inflection);
    let noun_slot = after_determiner(text, m.start)
        && !(m.inflection == Inflection::Plural && after_singular_demonstrative(text, m.start));
    words[head] = inflect_word(&words[head], m.inflection, uncountable, noun_slot);
    if !keep_case {
        copy_case(written, sentence_initial(text, m.start), &mut words);
    }
    let mut out = words.join(" ");
    if let Some(possessive) = m.possessive {
        out.push_str(possessive);
    }
    out
}

/// The word of a replacement that carries the inflection: the verb of a verb phrase (the first
/// word, when the inflection is verbal or a particle ends the phrase), the noun before an inner
/// preposition ("points of contact", "returns on investment"), else the last word ("key metrics").
fn head_index(words: &[String], inflection: Inflection) -> usize {
    let last = words.len() - 1;
    if last == 0 {
        return 0;
    }
    let verbal = matches!(inflection, Inflection::Past | Inflection::Gerund)
        || PARTICLES.contains(&words[last].to_lowercase().as_str());
    if verbal {
        return 0;
    }
    // "point of contact", "return on investment": the noun before the preposition.
    match words[1..last]
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()) || w == "in" || w == "per")
    {
        Some(at) => at,
        None => last,
    }
}

/// Mass nouns that are verbs too: "-s" on the match is a plural only where a noun stands
/// ("the synergies" → "the help"); elsewhere it is a verb's third person ("it facilitates" →
/// "it helps").
const VERB_MASS_NOUNS: &[&str] = &[
    "access", "help", "progress", "research", "support", "trust", "work",
];

/// Words after which a noun stands, not a verb.
const NOUN_SLOT: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her",
    "its", "some", "many", "more", "most", "few", "all", "any", "no", "new", "real", "great",
];

/// Whether the word before `start` (on its line) makes the match a noun.
fn after_determiner(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|w| NOUN_SLOT.contains(&w.as_str()))
}

/// The word right before `start` on its line, lowercase: what the replacement's grammar is read
/// against ("the", "this", "will", "more").
fn word_before(text: &str, start: usize) -> Option<String> {
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    crate::document::words(line)
        .last()
        .map(|r| line[r].to_lowercase())
}

/// "This empowers policies": "this" and "that" take no plural noun, so an -s word after them is
/// a verb's third person, with "this" its subject ("This helps policies", not "This help").
fn after_singular_demonstrative(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|w| matches!(w.as_str(), "this" | "that"))
}

fn inflect_word(
    word: &str,
    inflection: Inflection,
    uncountable: &[String],
    noun_slot: bool,
) -> String {
    let lower = word.to_lowercase();
    match inflection {
        Inflection::Base => word.to_string(),
        Inflection::Plural => {
            let verb_use = VERB_MASS_NOUNS.contains(&lower.as_str()) && !noun_slot;
            let mass = (MASS_NOUNS.contains(&lower.as_str()) && !verb_use)
                || uncountable.iter().any(|u| u.trim().eq_ignore_ascii_case(&lower))
                // "rendering", "pricing": nouns made of a verb's -ing are uncountable.
                || (lower.len() >= 6 && lower.ends_with("ing"));
            // "stats", "news": a replacement that already ends in a plural -s stays as it is.
            let already_plural = lower.ends_with('s') && !lower.ends_with("ss");
            if mass || already_plural {
                word.to_string()
            } else if word == lower {
                inflect(&lower, inflection).unwrap_or_else(|| word.to_string())
            } else {
                format!("{word}s")
            }
        }
        _ if word == lower => inflect(&lower, inflection).unwrap_or_else(|| word.to_string()),
        _ => word.to_string(),
    }
}

/// A plain lowercase word: the only kind the writer's case is copied onto ("PostgreSQL",
/// "SaaS", "npm" as a case-sensitive entry keep their spelling).
fn plain(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_uppercase)
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A short all-caps word ("SF", "KPI", "PGSQL", "KPIs", "KPI's"): an acronym, whose capitals
/// are its spelling, not the writer's emphasis.
fn is_acronym(written: &str) -> bool {
    let base = written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))
        .or_else(|| written.strip_suffix('s'))
        .unwrap_or(written);
    let letters: Vec<char> = base.chars().filter(|c| c.is_alphabetic()).collect();
    !written.contains(char::is_whitespace)
        && (2..=5).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
}

/// Copy the writer's case pattern onto the plain lowercase words of a replacement.
fn copy_case(written: &str, sentence_start: bool, words: &mut [String]) {
    let acronym = is_acronym(written);
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if !acronym && letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        for word in words.iter_mut().filter(|w| plain(w)) {
            *word = word.to_uppercase();
        }
        return;
    }
    // An acronym's capitals are its spelling: only a sentence start capitalises its replacement.
    let first_upper = letters.first().is_some_and(|c| c.is_uppercase());
    if acronym && !sentence_start || !first_upper {
        return;
    }
    let written_words: Vec<&str> = written
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let all_capitalised = written_words
        .iter()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    // Several capitalised words, or one capitalised mid-sentence: a Title Case title or name.
    let title = !acronym && all_capitalised && (written_words.len() > 1 || !sentence_start);
    // Mid-sentence, a capital on the first of several words only ("when [Server-side
    // rendering](…) is enabled") is the writer's habit, not a pattern to copy.
    if !title && !sentence_start && written_words.len() > 1 {
        return;
    }
    let last = words.len() - 1;
    for (i, word) in words.iter_mut().enumerate() {
        let minor = i != 0 && i != last && MINOR_WORDS.contains(&word.as_str());
        if plain(word) && (i == 0 || title && !minor) {
            *word = capitalised(word);
        }
    }
}

/// Whether the word at `start` begins a sentence, a line, a heading or a list item.
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start]
        .trim_end_matches(|c: char| c == ' ' || c == '\t' || "*_>#[(\"'“‘`-+".contains(c));
    match before.chars().next_back() {
        None | Some('\n' | '.' | '!' | '?' | ':') => true,
        Some(_) => false,
    }
}

mod grammar;
pub use grammar::breaks_grammar;

#[cfg(test)]
#[path = "replacement_tests.rs"]
mod tests;
