//! Regular English inflections, expanded when the guide is compiled so matching stays one pass.
//! Deliberately regular-only: irregular forms ("bought") are rare in jargon lists, and guessing
//! them wrong would make false positives. Suggestions use the same rules in reverse.

use serde::Serialize;

/// Which form of a word matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Inflection {
    Base,
    /// Plural noun or third-person verb: -s, -es, -ies.
    Plural,
    /// Past tense or participle: -ed, -d, -ied.
    Past,
    /// Gerund or present participle: -ing.
    Gerund,
}

/// Function words are never inflected inside multi-word terms ("move the needle" must not also
/// match "move thes needle"), and short words are left alone.
const UNINFLECTED: &[&str] = &[
    "the", "and", "for", "with", "from", "into", "onto", "out", "off", "our", "your", "their",
    "its", "this", "that", "these", "those", "per", "via", "than", "then", "over", "under", "who",
    "what", "all", "any", "not", "but", "nor", "yet", "you", "they", "was", "were", "are", "has",
    "had", "been", "is", "of", "to", "in", "on", "at", "by", "up", "as", "or", "a", "an",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn inflectable(word: &str) -> bool {
    word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) && !UNINFLECTED.contains(&word)
}

/// One vowel group ending consonant-vowel-consonant ("plan", "ship", "chat"): the final
/// consonant doubles before -ed and -ing.
fn doubles_final_consonant(word: &str) -> bool {
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 || matches!(b[n - 1], b'w' | b'x' | b'y') || is_vowel(b[n - 1]) {
        return false;
    }
    if !is_vowel(b[n - 2]) || is_vowel(b[n - 3]) {
        return false;
    }
    let vowel_groups = b
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
        .count();
    vowel_groups == 1
}

fn ends_consonant_y(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

fn plural(word: &str) -> String {
    if ends_consonant_y(word) {
        format!("{}ies", &word[..word.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| word.ends_with(end))
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

fn past(word: &str) -> Vec<String> {
    if word.ends_with('e') {
        vec![format!("{word}d")]
    } else if ends_consonant_y(word) {
        vec![format!("{}ied", &word[..word.len() - 1])]
    } else if doubles_final_consonant(word) {
        vec![format!("{word}{}ed", &word[word.len() - 1..])]
    } else if word.ends_with('l') && word.len() > 3 && is_vowel(word.as_bytes()[word.len() - 2]) {
        // British and American spellings both occur: "cancelled", "canceled".
        vec![format!("{word}ed"), format!("{word}led")]
    } else {
        vec![format!("{word}ed")]
    }
}

fn gerund(word: &str) -> Vec<String> {
    if let Some(stem) = word.strip_suffix("ie") {
        vec![format!("{stem}ying")]
    } else if word.ends_with('e') && !["ee", "ye", "oe"].iter().any(|end| word.ends_with(end)) {
        vec![format!("{}ing", &word[..word.len() - 1])]
    } else if doubles_final_consonant(word) {
        vec![format!("{word}{}ing", &word[word.len() - 1..])]
    } else if word.ends_with('l') && word.len() > 3 && is_vowel(word.as_bytes()[word.len() - 2]) {
        vec![format!("{word}ing"), format!("{word}ling")]
    } else {
        vec![format!("{word}ing")]
    }
}

/// Every regular inflection of a lowercase word, without the word itself. Empty for short
/// words, function words and anything that is not plain ASCII letters.
pub fn inflections(word: &str) -> Vec<(String, Inflection)> {
    if !inflectable(word) {
        return Vec::new();
    }
    let mut forms = vec![(plural(word), Inflection::Plural)];
    // "onboarding", "branded" are already inflected; "ping", "need" are not.
    let inflected = word.len() >= 6 && (word.ends_with("ing") || word.ends_with("ed"));
    if !inflected {
        forms.extend(past(word).into_iter().map(|f| (f, Inflection::Past)));
        forms.extend(gerund(word).into_iter().map(|f| (f, Inflection::Gerund)));
    }
    forms
}

/// Words that end a phrasal verb ("sign in", "follow up"): with one last, a plural ending
/// belongs on the verb ("signs in"), a preposition after the match belongs to the phrase, and
/// the same words after a determiner are a noun ("a log in the terminal").
pub const PARTICLES: &[&str] = &[
    "in", "up", "out", "on", "off", "down", "back", "over", "away", "through", "together",
];

/// A short all-caps word ("ROI", "SF", "KPI"): its plural adds a lowercase `s` ("ROIs").
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    letters >= 2
        && word.len() <= 6
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Irregular verbs whose past and participle are the same, so a suggestion can use them.
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("buy", "bought"),
    ("make", "made"),
    ("tell", "told"),
    ("say", "said"),
    ("sell", "sold"),
    ("bring", "brought"),
    ("find", "found"),
    ("meet", "met"),
    ("send", "sent"),
    ("build", "built"),
    ("spend", "spent"),
    ("keep", "kept"),
    ("lead", "led"),
    ("feel", "felt"),
    ("have", "had"),
    ("pay", "paid"),
    ("think", "thought"),
    ("hold", "held"),
    ("teach", "taught"),
    ("get", "got"),
    ("set", "set"),
    ("put", "put"),
    ("let", "let"),
    ("cut", "cut"),
    ("shut", "shut"),
    ("read", "read"),
];

/// Irregular verbs whose past and participle differ: no single correct suggestion.
const AMBIGUOUS_PAST: &[&str] = &[
    "take", "go", "see", "do", "give", "know", "write", "speak", "choose", "grow", "come", "run",
    "begin", "show", "drive", "break", "rise", "fall", "eat", "forget",
];

/// Inflect a (lowercase) replacement word the way the matched word was inflected.
/// `None` when the form cannot be derived reliably.
pub fn inflect(word: &str, inflection: Inflection) -> Option<String> {
    if inflection == Inflection::Base {
        return Some(word.to_string());
    }
    if !word.bytes().all(|b| b.is_ascii_lowercase()) || word.is_empty() {
        return None;
    }
    match inflection {
        Inflection::Base => Some(word.to_string()),
        Inflection::Plural => Some(plural(word)),
        Inflection::Past => {
            if let Some((_, form)) = IRREGULAR_PAST.iter().find(|(base, _)| *base == word) {
                return Some((*form).to_string());
            }
            if AMBIGUOUS_PAST.contains(&word) {
                return None;
            }
            past(word).into_iter().next()
        }
        Inflection::Gerund => gerund(word).into_iter().next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        inflections(word).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn regular_forms() {
        assert_eq!(forms("leverage"), ["leverages", "leveraged", "leveraging"]);
        assert_eq!(forms("synergy"), ["synergies", "synergied", "synergying"]);
        assert_eq!(forms("circle"), ["circles", "circled", "circling"]);
        assert_eq!(forms("pitch"), ["pitches", "pitched", "pitching"]);
        assert_eq!(forms("plan"), ["plans", "planned", "planning"]);
        assert_eq!(forms("target"), ["targets", "targeted", "targeting"]);
        assert_eq!(forms("tie"), ["ties", "tied", "tying"]);
        assert_eq!(
            forms("cancel"),
            [
                "cancels",
                "canceled",
                "cancelled",
                "canceling",
                "cancelling"
            ]
        );
    }

    #[test]
    fn leaves_short_function_and_odd_words_alone() {
        assert!(forms("the").is_empty());
        assert!(forms("to").is_empty());
        assert!(forms("b2b").is_empty());
        assert!(forms("Café").is_empty());
        assert_eq!(forms("onboarding"), ["onboardings"]);
        assert_eq!(forms("ping"), ["pings", "pinged", "pinging"]);
    }

    #[test]
    fn inflects_suggestions() {
        assert_eq!(inflect("use", Inflection::Past).as_deref(), Some("used"));
        assert_eq!(inflect("use", Inflection::Gerund).as_deref(), Some("using"));
        assert_eq!(
            inflect("customer", Inflection::Plural).as_deref(),
            Some("customers")
        );
        assert_eq!(inflect("buy", Inflection::Past).as_deref(), Some("bought"));
        assert_eq!(inflect("take", Inflection::Past), None);
        assert_eq!(inflect("follow up", Inflection::Past), None);
    }
}
