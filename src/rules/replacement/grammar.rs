//! Whether a replacement keeps the sentence grammatical: no doubled or repeated word, no
//! stranded preposition, no participle where a verb stands, no spaced words where the writer
//! hyphenated a modifier, no gerund after "help". When it would not, the finding keeps no fix.

use super::{word_before, PREPOSITIONS};
use crate::document::english::stop_words::{is_function_word, is_stop_word};
use crate::matchers::inflect::PARTICLES;
use crate::matchers::phrases::stem;

/// Words read either side of a match: the nearest for a doubled word or a stranded preposition,
/// all of them for a replacement's content word that would read as repeated.
const REPEAT_REACH: usize = 2;

/// Up to `n` words (as [`content_words`]) just before `start`, nearest last, within the line.
fn words_before(text: &str, start: usize, n: usize) -> Vec<String> {
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    let words = content_words(line);
    words[words.len().saturating_sub(n)..].to_vec()
}

/// Up to `n` words (as [`content_words`]) just after `end`, nearest first, within the line.
fn words_after(text: &str, end: usize, n: usize) -> Vec<String> {
    let line = text[end..].split('\n').next().unwrap_or_default();
    content_words(line).into_iter().take(n).collect()
}

/// The words of `s`, lowercase and stemmed ("helps" and "help" are one word here).
fn content_words(s: &str) -> Vec<String> {
    crate::document::words(s)
        .map(|r| stem(&s[r].to_lowercase()).to_string())
        .collect()
}

/// Whether replacing `start..end` with `replacement` leaves a doubled word ("help help this"),
/// repeats a word right next to it ("on-demand rendering on demand"), or strands the preposition
/// of a phrasal verb ("reach out to us" → "contact to us"), puts a gerund after a verb that
/// takes a bare infinitive ("to facilitate sending" → "to help sending"), or leaves a verb's
/// governed preposition to a verb that does not take it ("allows for" → "enables for").
/// `replacement` is adapted to the match; `as_in_guide` is as the guide writes it.
pub fn breaks_grammar(
    text: &str,
    start: usize,
    end: usize,
    replacement: &str,
    as_in_guide: &str,
) -> bool {
    let matched = content_words(&text[start..end]);
    let new = content_words(replacement);
    let before = words_before(text, start, REPEAT_REACH);
    let (Some(first), Some(last)) = (new.first(), new.last()) else {
        // Removing an adverb strands the word that graded it ("to more easily integrate").
        return word_before(text, start).is_some_and(|w| GRADING_WORDS.contains(&w.as_str()));
    };
    let after = words_after(text, end, REPEAT_REACH);
    let doubled = before.last() == Some(first) && matched.first() != Some(first)
        || after.first() == Some(last) && matched.last() != Some(last);
    // "used to leverage" -> "used to use": a content word of the replacement right beside it.
    // A wider reach ("a holistic view of your complete supply chain") withdrew more fixes
    // labelled fine than damaging ones on the labelled sets ("Server-side rendering" ->
    // "On-demand rendering" near "on demand"), so it stays two words.
    let repeated = new.iter().any(|w| {
        w.len() >= 3
            && !is_function_word(w)
            && !matched.contains(w)
            && (before.contains(w) || after.contains(w))
    });
    let dangling = matched
        .last()
        .is_some_and(|w| PARTICLES.contains(&w.as_str()))
        && !PARTICLES.contains(&last.as_str())
        && after
            .first()
            .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()));
    doubled
        || repeated
        || dangling
        || participle_after_a_modal(text, start, replacement)
        || phrase_as_a_modifier(text, start, end, as_in_guide)
        || gerund_after_bare_infinitive_verb(text, end, last)
        || strands_a_collocation(&matched, last, after.first())
        || bare_after_a_copula(text, start, end, replacement)
        || participle_after_a_linking_verb(text, start, end)
        || closes_a_built_compound(text, start)
}

/// Forms of "be" (and contractions of it) after which a bare base-form match stands as a noun
/// or adjective, not a verb.
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "it's", "that's", "what's", "here's",
    "there's",
];

/// Adjective endings: a replacement ending in one reads well after "is" ("are mission critical"
/// → "are essential"); "-ment" is a noun's ("requirement").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ful", "ive", "ous", "able", "ible", "ic", "ent", "ant", "ary", "less", "ish",
];

/// Whether a word ends as an adjective does ("essential"), not as a noun ("requirement").
fn reads_as_an_adjective(word: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e)) && !word.ends_with("ment")
}

/// Whether a base-form match (no "-ed" or "-ing") right after a form of "be" is a noun
/// used bare ("Your background is leverage", "It's table stakes", "there is low-hanging fruit"),
/// where the replacement, a verb or a countable noun phrase, reads wrong ("is use", "is basic
/// requirement"). A name ("is PostgreSQL" → "Postgres"), an adjective or a respelling keeps its
/// fix.
fn bare_after_a_copula(text: &str, start: usize, end: usize, replacement: &str) -> bool {
    let matched = text[start..end].to_lowercase();
    let Some(previous) = word_before(text, start) else {
        return false;
    };
    let previous = previous.replace('\u{2019}', "'");
    // "be touching base": a phrasal verb inflects its first word.
    let inflected = matched
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.ends_with("ed") || w.ends_with("ing"));
    let last = replacement.split_whitespace().last().unwrap_or_default();
    let letters = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    COPULAS.contains(&previous.as_str())
        && only_a_space_before(text, start)
        && !inflected
        && replacement.starts_with(|c: char| c.is_lowercase())
        && !reads_as_an_adjective(last)
        && letters(&matched) != letters(&replacement.to_lowercase())
}

/// Verbs that take an adjective after them ("people feel empowered", "boundaries become
/// empowering"): a participle there is an adjective, and a verb's participle in its place reads
/// wrong ("feel helped to contribute", "become helping").
const LINKING_VERBS: &[&str] = &[
    "feel", "feels", "felt", "feeling", "become", "becomes", "became", "becoming", "seem", "seems",
    "seemed",
];

fn participle_after_a_linking_verb(text: &str, start: usize, end: usize) -> bool {
    let matched = text[start..end].to_lowercase();
    (matched.ends_with("ed") || matched.ends_with("ing"))
        && only_a_space_before(text, start)
        && word_before(text, start).is_some_and(|w| LINKING_VERBS.contains(&w.as_str()))
}

/// Prefixes that join a word without making a new compound of it ("under-utilized",
/// "non-mission critical", "pre-pivot"): the replacement takes the prefix as well.
const PREFIXES: &[&str] = &[
    "un", "under", "over", "non", "pre", "post", "re", "co", "self", "well", "anti", "multi",
    "semi", "sub", "super", "inter", "mis", "out", "cross", "de", "ultra", "mid",
];

/// Whether the match closes a compound the writer built with a hyphen from a word of its own
/// ("the highest-leverage moment"): the compound is one adjective, and a replacement word in it
/// reads as another compound ("highest-use"). A prefix is no such word.
fn closes_a_built_compound(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix('-') else {
        return false;
    };
    let first = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    first.chars().any(char::is_alphabetic) && !PREFIXES.contains(&first.as_str())
}

/// Whether exactly one space (no punctuation, no line break) separates the match from the word
/// before it: the two stand in one phrase.
fn only_a_space_before(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|rest| rest.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == '\'' || c == '\u{2019}')
}

/// Verbs with the preposition they govern: "allows for full transparency" says something
/// "enables" cannot ("enables for full transparency").
const GOVERNED: &[(&str, &str)] = &[
    ("allow", "for"),
    ("allow", "of"),
    ("account", "for"),
    ("call", "for"),
    ("ask", "for"),
    ("aim", "for"),
    ("opt", "for"),
    ("settle", "for"),
    ("cater", "for"),
    ("cater", "to"),
    ("look", "into"),
    ("deal", "with"),
    ("rely", "on"),
    ("depend", "on"),
    ("consist", "of"),
];

/// Whether a one-word match is a verb followed by the preposition it governs, which the
/// replacement does not take (all words stemmed).
fn strands_a_collocation(matched: &[String], last: &str, next: Option<&String>) -> bool {
    let ([verb], Some(next)) = (matched, next) else {
        return false;
    };
    verb != last
        && GOVERNED.contains(&(verb.as_str(), next.as_str()))
        && !GOVERNED.contains(&(last, next.as_str()))
}

/// Words after which a bare verb stands: a modal or "to".
const VERB_SLOT: &[&str] = &[
    "will", "would", "can", "could", "should", "must", "may", "might", "shall", "to",
];

/// Whether the replacement puts a participle where a bare verb stands: "we will deep dive into"
/// cannot become "we will detailed look into" (a noun phrase for a verb). "-eed" verbs
/// ("proceed", "need") are bare verbs.
fn participle_after_a_modal(text: &str, start: usize, replacement: &str) -> bool {
    let previous = word_before(text, start);
    let first = replacement.split_whitespace().next().unwrap_or_default();
    previous.is_some_and(|w| VERB_SLOT.contains(&w.as_str())) && participle(first)
}

/// Whether a word reads as a past participle: "-ed" past four letters, but not an "-eed" verb
/// ("proceed", "need").
fn participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
}

/// Words that follow a phrase as adverbs of time or order or as prepositions the stop-word list
/// leaves out, not as a noun it modifies ("a deep dive today", "heavy lifting across the engine").
const NOT_A_NOUN_AFTER: &[&str] = &[
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
    "later",
    "soon",
    "next",
    "first",
    "last",
    "together",
    "instead",
    "anyway",
    "already",
    "still",
    "yet",
    "ahead",
    "via",
    "across",
    "per",
    "like",
    "toward",
    "towards",
    "without",
    "within",
    "despite",
    "among",
    "along",
    "around",
    "behind",
    "beyond",
    "inside",
    "outside",
    "upon",
    "onto",
    "unless",
    "since",
    "whether",
];

/// Adjectives that open the packs' noun-phrase replacements ("main goal", "firm end time"); a
/// word ending in "-ed" ("detailed look") or "-est" ("easiest tasks") counts too.
const OPENING_ADJECTIVES: &[&str] = &[
    "main", "major", "basic", "hard", "firm", "new", "good", "big", "key", "clear", "real", "full",
];

/// Whether a term stands as a modifier before the noun it modifies, hyphenated ("deep-dive
/// Reference material") or spaced ("a new deep dive blog post", "deep dive sessions"), where the
/// replacement would read as a string of nouns ("a new detailed look blog post"). A spaced term is
/// judged only when the replacement opens with an adjective: a noun compound or a name modifies a
/// noun well ("development server logs" -> "dev server logs", "VS Code extension" -> "Visual
/// Studio Code extension"), and a verb phrase's replacement ("reach out" -> "get in touch") takes
/// what follows as its object. The noun must follow the term at once: a gerund ("reach out using
/// the links"), an adverb ("a deep dive today") or a preposition is no noun.
/// `as_in_guide` is the replacement as the guide writes it, before the writer's case is copied.
fn phrase_as_a_modifier(text: &str, start: usize, end: usize, as_in_guide: &str) -> bool {
    let matched = &text[start..end];
    let spaced = matched.contains(char::is_whitespace);
    let hyphenated = matched.contains('-') && !spaced;
    let as_in_guide = as_in_guide.trim();
    let opens_with_adjective = as_in_guide.split_whitespace().next().is_some_and(|first| {
        participle(first)
            || first.len() > 5 && first.ends_with("est")
            || OPENING_ADJECTIVES.contains(&first)
    });
    let Some(next) = text[end..]
        .strip_prefix(' ')
        .map(|rest| {
            let word_end = rest.find(|c: char| !c.is_alphanumeric() && c != '-');
            rest[..word_end.unwrap_or(rest.len())].to_lowercase()
        })
        .filter(|w| w.starts_with(char::is_alphabetic))
    else {
        return false;
    };
    let noun_next = !next.ends_with("ly")
        && !next.ends_with("ing")
        && !NOT_A_NOUN_AFTER.contains(&next.as_str());
    as_in_guide.contains(' ')
        && noun_next
        && (hyphenated && !is_function_word(&next)
            || spaced && opens_with_adjective && !is_stop_word(&next))
}

/// Words that grade the adverb or adjective after them: removing that word leaves them stranded.
const GRADING_WORDS: &[&str] = &[
    "more", "most", "less", "least", "very", "so", "too", "quite", "as", "how", "really",
];

/// Verbs followed by a bare infinitive, never by a gerund ("help send", not "help sending").
const BARE_INFINITIVE_VERBS: &[&str] = &["help", "let", "make"];

/// Whether the replacement ends in such a verb (`last`, stemmed) and the word after the match is
/// a gerund: "to facilitate sending and receiving" cannot become "to help sending".
fn gerund_after_bare_infinitive_verb(text: &str, end: usize, last: &str) -> bool {
    let line = text[end..].split('\n').next().unwrap_or_default();
    BARE_INFINITIVE_VERBS.contains(&last)
        && crate::document::words(line).next().is_some_and(|r| {
            let next = line[r].to_lowercase();
            next.len() > 5 && next.ends_with("ing")
        })
}
