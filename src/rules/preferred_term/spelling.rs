//! Which preferred-term fixes are safe: only a respelling. A `terms` entry may swap one word for
//! another ("client" → "customer", "allow" → "enable"), and every word has senses the swap does
//! not fit ("the email client", "Allow at least 24 hours"): such a fix is a suggestion to read,
//! never one to apply unread. Writing the same word another way ("e-mail" → "email",
//! "Javascript" → "JavaScript", "analyse" → "analyze") keeps every sense, so its fix is safe.

use crate::matchers::one_edit_apart;

/// Whether `replacement` writes the words of `matched` (as the text has them, inflected alike)
/// only spelt differently: the same words apart from case, hyphens, dots and apostrophes
/// ("e-mail", "front matter" → "frontmatter"), one small spelling change per word
/// ("analyse" → "analyze"), or a word and its contraction ("commandlet" → "cmdlet"). Opening or
/// closing a phrasal verb is no respelling: "set up" (a verb) and "setup" (a noun) are
/// different words.
pub fn respelling(matched: &str, replacement: &str) -> bool {
    let (ours, theirs): (Vec<&str>, Vec<&str>) = (
        matched.split_whitespace().collect(),
        replacement.split_whitespace().collect(),
    );
    if ours.len() != theirs.len() {
        let phrasal = |words: &[&str]| {
            words.len() > 1
                && words
                    .last()
                    .is_some_and(|w| PARTICLES.contains(&letters(w).as_str()))
        };
        let (fewer, more) = if ours.len() < theirs.len() {
            (&ours, &theirs)
        } else {
            (&theirs, &ours)
        };
        return !phrasal(&ours)
            && !phrasal(&theirs)
            && !drops_words(&letters(&fewer.concat()), more)
            && same_word(&letters(matched), &letters(replacement));
    }
    ours.iter()
        .zip(&theirs)
        .all(|(a, b)| same_word(&letters(a), &letters(b)))
}

/// Whether `short` is some of the words of `words` without the others ("PowerShell" of
/// "PowerShell Core"): another name, not a shorter spelling.
fn drops_words(short: &str, words: &[&str]) -> bool {
    let words: Vec<String> = words.iter().map(|w| letters(w)).collect();
    (0..words.len()).any(|start| {
        (start + 1..=words.len())
            .filter(|&end| end - start < words.len())
            .any(|end| words[start..end].concat() == short)
    })
}

/// The particles of phrasal verbs ("log in", "set up", "reach out").
const PARTICLES: &[&str] = &[
    "up", "in", "out", "on", "off", "down", "over", "back", "through", "away",
];

/// Two lowercase spellings of one word: equal, one edit apart, or the shorter (four letters or
/// more) a contraction of the longer, keeping its first letter and its letters in order.
fn same_word(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || (a.chars().count() >= 4 && one_edit_apart(a, b)) {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4 && short.chars().next() == long.chars().next() && {
        let mut rest = long.chars();
        short.chars().all(|c| rest.any(|l| l == c))
    }
}

/// A plural noun of the "-sis" nouns ("analyses" of "analysis", "syntheses"), which an entry
/// for the verb ("analyse") also matches: its respelling ("analyzes") is a verb.
pub fn plural_of_a_sis_noun(matched: &str) -> bool {
    let lower = matched.to_lowercase();
    lower
        .strip_suffix("ses")
        .is_some_and(|stem| crate::document::english::is_word(&format!("{stem}sis")))
}

/// Whether a "-sis" plural at `start..end` is used as the noun: it ends its sentence, or a
/// modal, an auxiliary or "of" follows ("Very complex multi-step analyses should be
/// verified", "analyses of the data") — not after a subject pronoun ("it analyses …"). Its
/// American spelling is the same, so a noun has nothing to respell.
pub fn sis_plural_as_noun(text: &str, start: usize, end: usize) -> bool {
    use crate::document::english::neighbours::around;
    if !plural_of_a_sis_noun(&text[start..end]) {
        return false;
    }
    let (before, after) = around(text, start, end, 1);
    if before.first().is_some_and(|w| w.is_one_of(SUBJECT_PRONOUNS)) {
        return false;
    }
    after.first().is_none_or(|w| w.is_one_of(AFTER_A_NOUN))
}

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "which", "who", "that", "this"];
const AFTER_A_NOUN: &[&str] = &[
    "should", "must", "can", "could", "will", "would", "may", "might", "are", "were", "have",
    "show", "showed", "suggest", "of", "and", "or",
];

/// The lowercase letters and digits of a word.
fn letters(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn respellings_keep_the_words() {
        for (matched, replacement) in [
            ("e-mails", "emails"),
            ("Javascript", "JavaScript"),
            ("analysed", "analyzed"),
            ("colour", "color"),
            ("Node.js", "NodeJS"),
            ("front matter", "frontmatter"),
            ("commandlets", "cmdlets"),
            ("PGSQL", "PostgreSQL"),
            ("repos", "repositories"),
        ] {
            assert!(respelling(matched, replacement), "{matched} -> {replacement}");
        }
    }

    #[test]
    fn other_words_and_other_spacing_are_not_respellings() {
        for (matched, replacement) in [
            ("clients", "customers"),
            ("allow", "enable"),
            (".NET Core", ".NET"),
            ("server-side rendering", "on-demand rendering"),
            ("setup", "set up"),
            ("logged in", "loggedin"),
            ("log in", "sign in"),
            ("cat", "car"),
            ("PowerShell Core", "PowerShell"),
            ("SF", "Salesforce"),
            ("FTE", "headcount"),
            ("notebook", "laptop"),
        ] {
            assert!(!respelling(matched, replacement), "{matched} -> {replacement}");
        }
    }

    #[test]
    fn plurals_of_sis_nouns_are_told_from_verbs() {
        assert!(plural_of_a_sis_noun("analyses"));
        assert!(plural_of_a_sis_noun("Hypotheses"));
        assert!(!plural_of_a_sis_noun("analysed"));
        assert!(!plural_of_a_sis_noun("releases"));
    }

    #[test]
    fn a_sis_plural_used_as_the_noun_has_nothing_to_respell() {
        let noun = |text: &str| {
            let start = text.find("nalyses").expect("the word") - 1;
            sis_plural_as_noun(text, start, start + "analyses".len())
        };
        // PostHog handbook `posthog-ai.md` (MIT).
        assert!(noun("Very complex multi-step analyses should be verified."));
        assert!(noun("Run the analyses."));
        assert!(noun("Two analyses of the same funnel disagree."));
        // The verb: a subject before it, an object after it.
        assert!(!noun("PostHog analyses your funnel."));
        assert!(!noun("It analyses everything."));
    }
}
