//! A name made of two ordinary words ("Realtime": real + time, "Dropbox"), written all in
//! lowercase: often just the ordinary word. Where the grammar says so it is not the name at
//! all; elsewhere a case fix is only offered as unsafe.

use super::capitalised_like_a_word;
use crate::document::english;
use crate::document::english::stop_words::is_function_word;
use std::ops::Range;

/// "realtime" (real + time) for "Realtime", "dropbox" for "Dropbox": an all-lowercase word made
/// of two ordinary words of four letters or more, for a name capitalised like a word. A name
/// with capitals of its own ("PowerSpec") is no such pair of words.
pub(super) fn compound_of_ordinary_words(written: &str, name: &str) -> bool {
    if !capitalised_like_a_word(name) || written.chars().any(|c| !c.is_ascii_lowercase()) {
        return false;
    }
    (4..=written.len().saturating_sub(4))
        .any(|cut| english::is_word(&written[..cut]) && english::is_word(&written[cut..]))
}

/// Whether such a lowercase compound is used as the ordinary word: an adjective after "a" or
/// "an" (a name takes no article: "a realtime Slack clone"), an adverb after "in" ("performed
/// in realtime"), or an adjective right before a lowercase noun ("realtime changes", "tracks
/// realtime page views"). Before a capitalised word ("your realtime API") or alone ("use
/// realtime to …") it may be the product, and is still reported.
pub(super) fn ordinary_compound_in_use(
    text: &str,
    range: Range<usize>,
    written: &str,
    name: &str,
) -> bool {
    if !compound_of_ordinary_words(written, name) {
        return false;
    }
    let previous = text[..range.start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '\n', '\t', '(', '[']).next())
        .unwrap_or_default();
    if matches!(previous, "a" | "an" | "A" | "An" | "in") {
        return true;
    }
    next_lowercase_word(text, range.end).is_some()
}

/// The word after one space at `end`, when it is a whole word of lowercase letters and no
/// function word: "changes", not "API", "Slack", "v2" or "the".
fn next_lowercase_word(text: &str, end: usize) -> Option<&str> {
    next_whole_word(text, end)
        .filter(|next| next.chars().all(char::is_lowercase) && !is_function_word(next))
}

/// The word of letters after one space at `end`, when no digit or letter runs on from it.
fn next_whole_word(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(' ')?;
    let next: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let whole = rest[next.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    (!next.is_empty() && whole).then_some(next)
}

/// "Postgres sync" for "Postgres Sync", "durable streams" for "Durable Streams", "VS code" for
/// "VS Code": a name of several words found with its case changed, every changed word an
/// ordinary English word written all in lowercase. It may be the product ("a VS code
/// extension") or the ordinary phrase ("a Postgres sync engine", "consuming durable streams"):
/// its case fix is unsafe, since a safe one would turn a description into a name. With an
/// inflection the name's own spelling does not have it is the phrase, and not reported
/// ("Because Electric syncs over HTTP": the verb, not "Electric Sync"). A changed word that is
/// no ordinary word, nor made of ordinary words ("stateful", "webview": see
/// [`english::is_word_or_made_of_words`]), is still the name, safely fixed ("github actions",
/// "micro center").
pub(super) fn ordinary_words_of_a_longer_name(written: &str, correct: &str) -> bool {
    let (written, correct): (Vec<&str>, Vec<&str>) =
        (written.split([' ', '-']).collect(), correct.split([' ', '-']).collect());
    written.len() > 1
        && written.len() == correct.len()
        && written
            .iter()
            .zip(&correct)
            .all(|(w, c)| w.eq_ignore_ascii_case(c))
        && written.iter().zip(&correct).any(|(w, c)| w != c)
        && written.iter().zip(&correct).filter(|(w, c)| w != c).all(|(w, _)| {
            !w.chars().any(char::is_uppercase) && english::is_word_or_made_of_words(w)
        })
}

/// "a Postgres sync engine" for "Postgres Sync": such a name with its case changed, whose last
/// word runs on into a lowercase noun that the document also writes without the name's other
/// words ("the sync engine", "our own sync engine"), is a description of a kind of thing ("a
/// Postgres sync engine" is a sync engine for Postgres), not the product. A phrase the document
/// never writes apart from the name ("a VS code extension": no other "code extension") stays
/// reported.
pub(super) fn describes_a_kind(
    text: &str,
    range: Range<usize>,
    written: &str,
    correct: &str,
) -> bool {
    if !ordinary_words_of_a_longer_name(written, correct) {
        return false;
    }
    let Some(noun) = next_lowercase_word(text, range.end).filter(|n| n.len() >= 3) else {
        return false;
    };
    let mut words = written.rsplit([' ', '-']);
    let (Some(last), Some(before_last)) = (words.next(), words.next()) else {
        return false;
    };
    let phrase = format!("{last} {noun}");
    let here = range.end - last.len();
    text.match_indices(phrase.as_str()).any(|(at, _)| {
        let head = &text[..at];
        let previous = head
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        at != here
            && !head.ends_with(|c: char| c.is_alphanumeric())
            && !text[at + phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
            && !previous.eq_ignore_ascii_case(before_last)
    })
}

/// "a renewed effort to develop a Spark operator.", "A model registry provides a central
/// catalog": such a name with its case changed, right after "a" or "an" and ending its noun
/// phrase (a mark of punctuation or the line's end, a function word other than "and" or "or",
/// or a verb in "-s" follows),
/// is one of a kind, not the product: a name takes no indefinite article. Before a lowercase noun
/// ("a VS code extension", "a Knative eventing broker") the article is that noun's, and the name
/// stays reported.
pub(super) fn one_of_a_kind(text: &str, range: Range<usize>, written: &str, correct: &str) -> bool {
    if !ordinary_words_of_a_longer_name(written, correct) {
        return false;
    }
    let previous = text[..range.start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '\n', '\t', '(', '[', '*', '_']).next())
        .unwrap_or_default();
    if !matches!(previous, "a" | "an" | "A" | "An") {
        return false;
    }
    if !text[range.end..].starts_with(' ') {
        return text[range.end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\n' | '\r'));
    }
    // After "and" or "or" the name may modify a later noun that takes the article ("a VS code
    // or JetBrains extension", "a MongoDB shell or GUI tool"): left as it was.
    next_whole_word(text, range.end).is_some_and(|next| {
        next.chars().all(char::is_lowercase)
            && !matches!(next, "and" | "or" | "nor")
            && (is_function_word(next) || verb_in_s(next))
    })
}

/// "provides", "runs", "helps": a lowercase word of four letters or more ending in a single "s"
/// (not "process", "status", "analysis"), which after "a model registry" is its verb; a plural
/// noun cannot follow "a".
fn verb_in_s(word: &str) -> bool {
    word.len() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// Words that count or pick out some of many things, right before a plural noun: "one of the
/// first Tilt extensions", "several Edge functions".
const COUNTING: [&str; 12] = [
    "first", "many", "several", "some", "other", "few", "these", "those", "all", "two", "three",
    "multiple",
];

/// "The `pack` extension was one of the first Tilt extensions!" for the name "Tilt Extensions":
/// a name of several words that ends in a plural, written with its leading words as the name
/// spells them and its plural lowercase after a word that counts or picks some of many, names
/// things of that kind (extensions for Tilt), not the collection the name stands for.
pub(super) fn counted_things_of_a_plural_name(
    text: &str,
    range: Range<usize>,
    written: &str,
    correct: &str,
) -> bool {
    let (Some((head, last)), Some((correct_head, correct_last))) =
        (written.rsplit_once(' '), correct.rsplit_once(' '))
    else {
        return false;
    };
    let plural_name = correct_last.len() > 3
        && correct_last.ends_with('s')
        && english::is_word(&correct_last.to_lowercase());
    let counted = text[..range.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|previous| COUNTING.contains(&previous.to_lowercase().as_str()));
    plural_name
        && head == correct_head
        && last != correct_last
        && last.eq_ignore_ascii_case(correct_last)
        && last.chars().all(|c| c.is_lowercase())
        && counted
}

/// What an API or a cluster calls a type of object: "the KnativeServing resource".
const OBJECT_KINDS: [&str; 14] = [
    "resource", "resources", "CR", "CRs", "CRD", "CRDs", "object", "objects", "kind", "type",
    "class", "struct", "enum", "interface",
];

/// "the KnativeServing resource if deployed with the operator" for "Knative Serving": a name of
/// several words run together in camel case, followed by the kind of object it is, is that
/// object's type as an API spells it, not the name misspelt. "ReactNative" alone, or before
/// another noun ("a known debugging issue with ReactNative"), is still the name.
pub(super) fn names_an_object_kind(
    text: &str,
    range: Range<usize>,
    written: &str,
    name: &str,
) -> bool {
    super::joined_in_camel_case(written, name)
        && next_whole_word(text, range.end).is_some_and(|next| OBJECT_KINDS.contains(&next))
}

/// "moduleFederation" for "Module Federation": a word in lowerCamelCase (a lowercase first
/// letter, then a capital inside) is how code names a variable or an option, never how a writer
/// runs a name's words together. A name that itself starts lowercase ("eBay Motors") is still
/// matched, and so is any name of one word ("iPhone", "macOS").
pub(super) fn lower_camel_identifier_for_several_words(written: &str, name: &str) -> bool {
    name.contains([' ', '-'])
        && name.starts_with(char::is_uppercase)
        && !written.contains([' ', '-'])
        && written.starts_with(char::is_lowercase)
        && super::has_inner_capital(written)
}
