//! When a non-preferred term is a name or a mention rather than the writer's word for the
//! thing: part of a longer proper name ("Front Matter CMS", "PowerShell Core Administrative
//! Templates"), an abbreviation defined right after the preferred name ("Visual Studio Code
//! (VS Code)"), or the topic of a glossary heading ("### PowerShell Core (product
//! deprecated)"), a specific release (".NET Core 3.1"). And when renaming it may change a fact:
//! one side of a comparison (".NET Framework vs .NET Core").

use crate::document::english;
use crate::document::normalized::normalize_term;
use crate::document::versions::version_after;

/// The line holding `at`, and its start.
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, &text[start..end])
}

/// A line in Title Case (a list item or link named like a title: "- NPM Packages"): every word
/// of four letters or more is capitalised, so a capital proves nothing there.
fn title_case(line: &str) -> bool {
    // Link destinations are not words of the line.
    let mut visible = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find("](") {
        visible.push_str(&rest[..open]);
        rest = rest[open..]
            .find(')')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    visible.push_str(rest);
    let words: Vec<&str> = visible
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let mut long = words.iter().filter(|w| w.chars().count() >= 4).peekable();
    words.len() >= 2
        && long.peek().is_some()
        && long.all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// The word right after `end` on the same line, past spaces only (no punctuation between).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].split('\n').next().unwrap_or_default();
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let word_end = trimmed
        .find(|c: char| c.is_whitespace() || ",;:!?)]*\"".contains(c))
        .unwrap_or(trimmed.len());
    let word = trimmed[..word_end].trim_end_matches('.');
    (!word.is_empty()).then_some(word)
}

/// The word right before `start` on the same line, past spaces only.
fn previous_word(text: &str, start: usize) -> Option<&str> {
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    let trimmed = line.trim_end_matches([' ', '\t']);
    if trimmed.len() == line.len() {
        return None;
    }
    // Past the separator, which may be a wider character than one byte (a no-break space).
    let from = trimmed
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || "([*\"".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[from..];
    (!word.is_empty()).then_some(word)
}

/// Whether a common noun the guide writes in lowercase ("agent") is capitalised right after a
/// word capitalised mid-sentence ("and Open Policy Agent", "the local SPIRE Agent"): it closes
/// a longer proper name, a component's or a product's. A term the guide itself capitalises
/// (".NET Core") is a name already, and a name before it ("Microsoft .NET Core") only
/// qualifies it.
pub fn closes_a_longer_name(
    text: &str,
    start: usize,
    matched: &str,
    instead_of: &[String],
    heading: bool,
) -> bool {
    let capitalised = matched
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    // A regular plural ("Agents") is the term too.
    capitalised
        && !heading
        && guide_writes_in_lowercase(instead_of, matched, true)
        && !title_case(line_at(text, start).1)
        && after_a_name_word(text, start)
}

/// Whether an `instead_of` term the guide writes in lowercase (a common noun: `front matter`,
/// `agent`) is `matched`, in any case; with `plural`, also its regular plural (`agents`).
fn guide_writes_in_lowercase(instead_of: &[String], matched: &str, plural: bool) -> bool {
    let folded = normalize_term(matched);
    instead_of.iter().any(|t| {
        let term = normalize_term(t);
        !t.chars().any(char::is_uppercase)
            && (term == folded || (plural && folded.strip_suffix('s') == Some(term.as_str())))
    })
}

/// Whether the word right before `start` (past spaces only) is capitalised mid-sentence: a
/// word of a name, not a sentence's first word.
fn after_a_name_word(text: &str, start: usize) -> bool {
    previous_word(text, start).is_some_and(|word| {
        // `previous_word` returns a slice of `text`: its offset is where the word starts.
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        word.chars().all(|c| c.is_alphanumeric() || c == '-')
            && english::capitalised_mid_sentence(text, at, false)
    })
}

/// Determiners a term may open with ("the cloud").
const DETERMINERS: &[&str] = &["the", "a", "an"];

/// Whether a term that opens with a determiner ("the cloud") is here the start of a longer noun
/// phrase the determiner belongs to: its last word joined by a hyphen to the next ("the
/// cloud-native landscape"), or followed by a content word it describes ("the cloud host", "the
/// cloud native ecosystem") or by a capitalised word of a name ("the Cloud Native Computing
/// Foundation", "the Cloud ABI"). The term, the thing itself, is not written there.
pub fn determiner_of_a_longer_noun(text: &str, end: usize, matched: &str) -> bool {
    let mut words = matched.split_whitespace();
    let opens_with_determiner = words
        .next()
        .is_some_and(|first| DETERMINERS.iter().any(|d| first.eq_ignore_ascii_case(d)));
    if !opens_with_determiner || words.next().is_none() {
        return false;
    }
    let hyphened = text[end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic));
    hyphened
        || next_word(text, end).is_some_and(|w| {
            w.starts_with(char::is_alphabetic)
                && !crate::document::english::stop_words::is_function_word(&w.to_lowercase())
        })
}

/// Whether the match at `start..end` names something other than the term's concept, or is the
/// term mentioned in its own definition: then it is not reported.
/// `heading`: the match is in a heading, as the document's parser reads it.
pub fn names_something_else(
    text: &str,
    start: usize,
    end: usize,
    preferred: &str,
    heading: bool,
) -> bool {
    let matched = &text[start..end];
    let (_, line) = line_at(text, start);
    // Title Case words followed by another capitalised word: one longer proper name. A heading
    // in Title Case capitalises every word, so it proves nothing there.
    let capitalised = matched.split_whitespace().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    });
    if capitalised
        && !heading
        && !title_case(line)
        && next_word(text, end)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    {
        return true;
    }
    // "Visual Studio Code (VS Code)", "[Visual Studio Code][01] (VS Code)": the abbreviation,
    // defined; "[on-demand rendering](/guides/…) (server-side rendering)": the old name, glossed.
    let before = text[..start].trim_end_matches([' ', '\t']);
    if let Some(before) = before.strip_suffix('(') {
        let before = without_closing_markup(before.trim_end());
        let preferred = preferred.trim();
        if before.len() >= preferred.len()
            && before.is_char_boundary(before.len() - preferred.len())
            && before[before.len() - preferred.len()..].eq_ignore_ascii_case(preferred)
        {
            return true;
        }
    }
    // "### PowerShell Core (product deprecated)": a glossary entry about the term itself.
    if heading {
        let title = line.trim_start().trim_start_matches('#').trim();
        let title = title.split(" (").next().unwrap_or(title).trim();
        if title == matched {
            return true;
        }
    }
    false
}

/// `text` without the markup that may close a name before a parenthesis: a link's `](…)` or
/// `][…]`, its `]`, emphasis markers.
fn without_closing_markup(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_end_matches(['*', '_', '`']);
        let trimmed = match trimmed
            .strip_suffix(')')
            .or_else(|| trimmed.strip_suffix(']'))
        {
            Some(inner) => match inner.rfind(['(', '[']) {
                Some(open) if inner[..open].ends_with(']') => &inner[..open - 1],
                _ => trimmed,
            },
            None => trimmed,
        };
        let trimmed = trimmed.strip_suffix(']').unwrap_or(trimmed);
        if trimmed.len() == text.len() {
            return text;
        }
        text = trimmed;
    }
}

/// Whether the term is followed by a version (".NET Core 3.1", "PowerShell Core v6.2", and for a
/// capitalised name a plain number, "PowerShell Core 6"): it names that release, which kept its
/// name; renaming it would make up a product that never shipped. After a common noun a plain
/// number counts or labels ("client 12"): no version.
pub fn names_a_version(text: &str, end: usize, matched: &str) -> bool {
    let name = matched.chars().any(char::is_uppercase);
    version_after(text, end).is_some_and(|v| v.marked || v.dotted || name)
}

/// Whether the match names a code module the document spells with dots elsewhere: "the
/// PowerShell Core modules" on a page that names `Microsoft.PowerShell.Core` are that module's
/// cmdlets, not the retired product. Only before a word for a unit of code.
pub fn names_a_dotted_module(text: &str, end: usize, matched: &str) -> bool {
    // A match may run across a line break inside a blockquote ("PowerShell\n> Core").
    let words: Vec<&str> = matched
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() < 2 {
        return false;
    }
    let unit = next_word(text, end).is_some_and(|w| {
        CODE_UNITS.contains(&w.to_lowercase().trim_end_matches('s'))
    });
    unit && text.contains(&words.join("."))
}

/// Words for a unit of code a dotted name may be (singular).
const CODE_UNITS: &[&str] = &[
    "module", "cmdlet", "namespace", "assembly", "snap-in", "provider", "package", "librarie",
    "library",
];

/// Whether a fix of the match at `start..end` may change a fact: the term is one side of a
/// comparison (".NET Framework vs .NET Core"). Such a finding keeps its suggestion, but not a
/// safe fix.
pub fn compared_with_vs(text: &str, start: usize, end: usize) -> bool {
    let compared = |w: Option<&str>| {
        w.is_some_and(|w| matches!(w.to_lowercase().trim_end_matches('.'), "vs" | "versus"))
    };
    compared(previous_word(text, start)) || compared(next_word(text, end))
}

/// Whether a fix that only drops words of the match ("PowerShell Core" → "PowerShell") could
/// take a word from what follows: before a lowercase content word, the dropped word may describe it
/// ("the PowerShell Core modules" are PowerShell's core modules). Such a fix is not safe.
pub fn drops_a_modifier(text: &str, end: usize, matched: &str, replacement: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (from, to) = (words(matched), words(replacement));
    let only_drops = to.len() < from.len() && to.iter().all(|w| from.contains(w));
    only_drops && lowercase_content_word_after(text, end)
}

/// Whether the match is a named product's or company's own thing: right after a capitalised
/// possessive ("configures Vite's server-side rendering"). The guide's word for its own
/// product's feature may not be the word for another's, and the brand list holds other
/// companies' names too (spelt right), so the tool cannot tell whose: the fix is not safe.
pub fn owned_by_a_name(text: &str, start: usize) -> bool {
    let Some(previous) = previous_word(text, start) else {
        return false;
    };
    let Some(owner) = previous
        .strip_suffix("'s")
        .or_else(|| previous.strip_suffix("’s"))
    else {
        return false;
    };
    // "It's not possible", "That's the client": a contraction, not a possessive.
    let contraction = matches!(
        owner.to_lowercase().as_str(),
        "it" | "that" | "there" | "here" | "what" | "who" | "he" | "she" | "let" | "where"
            | "how" | "when" | "why" | "this" | "everyone" | "nobody" | "one"
    );
    owner.chars().next().is_some_and(char::is_uppercase) && !contraction
}

/// Whether the match is a verb given two objects: "allows you the opportunity", "allowed our
/// customers a lot of flexibility". A replacement verb may not take that shape ("enables you
/// the opportunity"), so the fix is not safe.
pub fn takes_two_objects(text: &str, end: usize) -> bool {
    let Some(first) = next_word(text, end) else {
        return false;
    };
    let lower = first.to_lowercase();
    let mut at = end + text[end..].find(first).unwrap_or(0) + first.len();
    if POSSESSIVES.contains(&lower.as_str()) {
        // "our customers": the object is the possessive and its noun.
        let Some(noun) = next_word(text, at) else {
            return false;
        };
        at += text[at..].find(noun).unwrap_or(0) + noun.len();
    } else if !OBJECT_PRONOUNS.contains(&lower.as_str()) {
        return false;
    }
    next_word(text, at).is_some_and(|w| SECOND_OBJECT_STARTS.contains(&w.to_lowercase().as_str()))
}

const OBJECT_PRONOUNS: &[&str] = &["me", "you", "us", "him", "her", "them"];
const POSSESSIVES: &[&str] = &["my", "your", "our", "his", "her", "their", "its"];
/// Words that open a second object: "the opportunity", "a lot of", "more time".
const SECOND_OBJECT_STARTS: &[&str] = &[
    "a", "an", "the", "more", "some", "much", "any", "enough", "plenty", "lots", "no",
];

/// Whether the word right after `end` is a lowercase content word (not a function word): a
/// noun or adjective a word of the match may describe ("the PowerShell Core modules").
fn lowercase_content_word_after(text: &str, end: usize) -> bool {
    next_word(text, end).is_some_and(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !crate::document::english::stop_words::is_function_word(&w.to_lowercase())
    })
}

/// Whether the match is a name's first word, as the guide writes it and unmistakably a name (a
/// capital inside it, or no letter first: "PowerShell", ".NET"), followed by a word the guide
/// capitalises written in lowercase: "PowerShell core cmdlets" are PowerShell's core cmdlets,
/// while ".NET core SDK" is the product carelessly spelt. The tool cannot tell which, so the fix
/// is not safe.
pub fn common_word_after_name(matched: &str, instead_of: &[String]) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '>' || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let starts = |w: &str, f: fn(char) -> bool| w.chars().next().is_some_and(f);
    let name_like =
        |w: &str| w.chars().skip(1).any(char::is_uppercase) || !starts(w, char::is_alphabetic);
    let words = split(matched);
    instead_of.iter().any(|term| {
        let written = split(term);
        words.len() == written.len()
            && words.len() > 1
            && words[0] == written[0]
            && name_like(&written[0])
            && words
                .iter()
                .zip(&written)
                .skip(1)
                .any(|(m, w)| starts(w, char::is_uppercase) && starts(m, char::is_lowercase))
    })
}

/// Whether a [`common_word_after_name`] match is followed by a lowercase noun it describes
/// ("PowerShell core cmdlets", "Windows PowerShell core modules"): the lowercase word is a
/// common adjective there, and the match is not the retired name.
pub fn common_word_before_noun(
    text: &str,
    end: usize,
    matched: &str,
    instead_of: &[String],
) -> bool {
    common_word_after_name(matched, instead_of) && lowercase_content_word_after(text, end)
}

/// Whether a match is written as a proper name: two or more words, every one capitalised (not
/// in capitals, which is emphasis), where the guide writes the term in lowercase (a common noun:
/// `front matter`). One capitalised word says less: writers capitalise nouns they mean as
/// common ones ("a Client").
pub fn capitalised_common_noun(matched: &str, instead_of: &[String]) -> bool {
    let title =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| !c.is_uppercase());
    let words: Vec<&str> = crate::document::words(matched)
        .map(|r| &matched[r])
        .collect();
    words.len() > 1
        && words.iter().all(|w| title(w))
        && guide_writes_in_lowercase(instead_of, matched, false)
}

/// Whether such a match stands mid-sentence in running text (not in a heading or a Title Case
/// line, where every word is capitalised anyway): there it is a proper name ("the Front Matter
/// panel" of the Front Matter CMS), and the document uses the words as that name.
pub fn used_as_a_name(text: &str, start: usize, heading: bool) -> bool {
    let (_, line) = line_at(text, start);
    english::capitalised_mid_sentence(text, start, heading) && !title_case(line)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
