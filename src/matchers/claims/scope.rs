//! Whose figure a claim is: a marketing claim is a figure the company states about itself or
//! its product. Its sentence speaks as the company ("we", "our" — not inside a quotation,
//! where they are someone else's) or names it ("PostHog cut costs by 40%"). Prices of other
//! people's tools, worked examples, rules of thumb and figures quoted from others are not the
//! company's claims, and where the sentence does not say whose a figure is, it is not reported.

use super::cited::sentence_range;
use crate::guide::schema::Guide;
use std::ops::Range;

/// Words in which a writer speaks as the company. Not "us": the company as the object of
/// someone else's verb is a buyer or a listener ("Gusto charges us $40/month"), not a claimant
/// (on the tuning pages, counting "us" added more false alarms than figures).
const FIRST_PERSON: [&str; 3] = ["we", "our", "ours"];

/// Whether the sentence holding `range`, or the sentence before it in the same paragraph,
/// speaks as the company or names one of `own_names`: "We grew fast. Last year revenue hit
/// $40M." is the company's figure (on the tuning pages, looking one sentence back found a
/// fifth more of the company's figures at no loss of precision; the whole paragraph did not).
/// `quoted` tells whether a range of the text lies in a quotation: a "we" there is the quoted
/// speaker's.
pub fn first_party(
    text: &str,
    range: Range<usize>,
    own_names: &[String],
    quoted: impl Fn(Range<usize>) -> bool,
) -> bool {
    let says = |sentence: Range<usize>| {
        speaks_as_company(text, sentence.clone(), &quoted) || names_any(&text[sentence], own_names)
    };
    let sentence = sentence_range(text, range);
    if says(sentence.clone()) {
        return true;
    }
    // The sentence before, unless a blank line (a new paragraph) or the text's start is first.
    let head = &text[..sentence.start];
    let opens_paragraph = head.trim_end_matches([' ', '\t']).is_empty() || head.ends_with("\n\n");
    if opens_paragraph {
        return false;
    }
    // The previous sentence's last character, at a character boundary.
    let last = head
        .trim_end_matches([' ', '\t', '\n', '\r'])
        .char_indices()
        .next_back();
    last.is_some_and(|(at, _)| says(sentence_range(text, at..at)))
}

/// Whether `sentence` holds a first-person plural word outside a quotation, in lowercase,
/// capitalised or all capitals.
fn speaks_as_company(
    text: &str,
    sentence: Range<usize>,
    quoted: &impl Fn(Range<usize>) -> bool,
) -> bool {
    let base = sentence.start;
    words(&text[sentence]).any(|(at, word)| {
        let lower = word.to_lowercase();
        let cased = word == lower || word == capitalised(&lower) || word == word.to_uppercase();
        FIRST_PERSON.contains(&lower.as_str())
            && cased
            && !quoted(base + at..base + at + word.len())
    })
}

/// The words of `text` (runs of letters) with their offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphabetic())
        .scan(0usize, move |offset, word| {
            let at = *offset;
            *offset += word.len()
                + text[at + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((at, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Whether `sentence` names one of `names` as written, as a whole word ("PostHog's" names
/// PostHog; "PostHogs" and a path's "/PostHog" do not).
fn names_any(sentence: &str, names: &[String]) -> bool {
    names
        .iter()
        .any(|name| naming_positions(sentence, name).next().is_some())
}

/// The names the company goes by: the brand names its own messaging uses — the benefit
/// statement, approved phrases, calls to action and approved claims — and the names that
/// contain one of those ("PostHog Cloud" with "PostHog"). A guide's `brand.names` often lists
/// the tools its copy mentions too (spelled right, but not the company's); the company names
/// itself in its own messaging. A name the messaging only ever sets against the company — what
/// it is an alternative to, compatible with, a plugin of, compared with, moved from, hosted on
/// ("A truly Open Source MongoDB alternative", "85% of the 50 most downloaded webpack plugins",
/// "View on GitHub") — is another party's, and so is every name containing it that holds none
/// of the company's names. When the messaging names no brand otherwise, every other brand name
/// is the company's.
pub fn own_names(guide: &Guide) -> Vec<String> {
    let brands: Vec<&String> = guide.brand.iter().flat_map(|b| &b.names).collect();
    let messaging: Vec<&str> = guide
        .benefit
        .iter()
        .map(|b| b.statement.as_str())
        .chain(guide.phrases.iter().map(|p| p.text.as_str()))
        .chain(guide.cta.iter().map(String::as_str))
        .chain(
            guide
                .claims
                .iter()
                .flat_map(|c| c.approved.iter().map(String::as_str)),
        )
        .collect();
    // Per brand: whether the messaging names it as the company, and whether it sets it against
    // the company.
    let namings: Vec<(bool, bool)> = brands
        .iter()
        .map(|name| {
            messaging
                .iter()
                .flat_map(|m| naming_positions(m, name).map(|at| set_against(m, at, name.len())))
                .fold((false, false), |(plain, against), k| {
                    (plain || !k, against || k)
                })
        })
        .collect();
    let used: Vec<&String> = brands
        .iter()
        .zip(&namings)
        .filter(|(_, (plain, _))| *plain)
        .map(|(n, _)| *n)
        .collect();
    // Another party's only if the messaging never names it as the company: "PowerShell is a
    // cross-platform task automation solution" outweighs "the PowerShell extension".
    let others: Vec<&String> = brands
        .iter()
        .zip(&namings)
        .filter(|(_, (plain, against))| *against && !*plain)
        .map(|(n, _)| *n)
        .collect();
    let contains_any = |name: &String, names: &[&String]| {
        names
            .iter()
            .any(|o| naming_positions(name, o).next().is_some())
    };
    // "MongoDB Shell" is MongoDB's; "Windows PowerShell" holds the company's "PowerShell" too,
    // and the company's name wins.
    let is_other = |name: &String| contains_any(name, &others) && !contains_any(name, &used);
    brands
        .into_iter()
        .filter(|name| !is_other(name) && (used.is_empty() || contains_any(name, &used)))
        .cloned()
        .collect()
}

/// Where `text` names `name` as a whole word (as [`names_any`] reads it).
fn naming_positions<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(name)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !name.is_empty()
                && !before.is_some_and(|c| c.is_alphanumeric() || "/._-@".contains(c))
                && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Words right before a name that set it against the company: compared with, moved from,
/// hosted on, standing in for it.
const AGAINST_BEFORE: &[&str] = &["than", "vs", "vs.", "versus", "from", "on", "like"];
/// Words right after a name that make it what the company relates to, not the company.
const AGAINST_AFTER: &[&str] = &[
    "alternative",
    "alternatives",
    "plugin",
    "plugins",
    "compatible",
    "compatibility",
    "replacement",
    "clone",
    "integration",
    "integrations",
    "extension",
    "extensions",
];

/// Whether the name at `at` (`len` bytes) of a messaging string is set against the company by
/// the word before it or the word after it.
fn set_against(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at]
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase);
    let after = text[at + len..]
        .split(|c: char| c.is_whitespace() || c == '-')
        .find(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
    before.is_some_and(|w| AGAINST_BEFORE.contains(&w.as_str()))
        || after.is_some_and(|w| AGAINST_AFTER.contains(&w.as_str()))
}

/// Whether the figure at `range` is set against another party by "than" and one of `brands`
/// that is not one of `own_names`, a few words after it ("- **Development Mode**: 2x faster
/// than webpack"): a product blog comparing itself with a tool its guide lists states its own
/// result, even where the sentence names neither "we" nor the company.
pub fn compared_with_another(
    text: &str,
    range: Range<usize>,
    own_names: &[String],
    brands: &[String],
) -> bool {
    let Some(rest) = compared_with(text, range) else {
        return false;
    };
    brands
        .iter()
        .filter(|b| !b.is_empty() && !own_names.contains(b))
        .any(|b| opens_with(&rest, b))
}

/// What the figure at `range` is set against by "than", a few words after it, to the end of its
/// sentence's first words ("ClickHouse" in "1.7x faster than ClickHouse", "non-vector based
/// execution" in "~100x faster than non-vector based execution"), without an article.
pub fn compared_with(text: &str, range: Range<usize>) -> Option<String> {
    let sentence = sentence_range(text, range.clone());
    let tail = &text[range.end..sentence.end.max(range.end)];
    let words: Vec<&str> = tail.split_whitespace().take(COMPARED_WITHIN + 3).collect();
    let than = words
        .iter()
        .take(COMPARED_WITHIN)
        .position(|w| *w == "than")?;
    let rest = words[than + 1..]
        .iter()
        .skip_while(|w| matches!(**w, "the" | "a" | "an"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    Some(
        rest.trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_string(),
    )
}

/// Whether `rest` opens with the words of `name`, in any case, as whole words.
pub fn opens_with(rest: &str, name: &str) -> bool {
    !name.is_empty()
        && rest
            .get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name))
        && !rest[name.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// How many words after a figure its "than" may come: "2x faster than", "40% less memory than".
const COMPARED_WITHIN: usize = 4;

/// Words that join a clause to the one before it, ahead of its subject.
const CLAUSE_JOINERS: &[&str] = &["and", "but", "while", "whereas", "so", "yet", "whilst"];

/// Whether the figure at `range` is another party's by its own clause: the clause opens with
/// its own subject, and that subject is another party — a guide brand that is not one of
/// `own_names`, or a capitalised name no dictionary lists — and the sentence has no "we",
/// "our" or "us" and none of the company's names ("For example, CRA has nearly 3 million weekly
/// downloads"). The company speaking in the sentence before ("When we look at the download
/// numbers, we find …") does not make that party's figure its own.
pub fn another_partys_figure(
    text: &str,
    range: Range<usize>,
    own_names: &[String],
    brands: &[String],
) -> bool {
    let sentence = sentence_range(text, range.clone());
    let head = &text[sentence.start.min(range.start)..range.start];
    let clause_start = [", ", "; ", ": ", " — ", " – "]
        .iter()
        .filter_map(|mark| head.rfind(mark).map(|i| i + mark.len()))
        .max()
        .unwrap_or(0);
    let lead: Vec<&str> = head[clause_start..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // "…, with ClickHouse performing closest at 548k rows/sec": a clause of "with", its own
    // subject and a participle belongs to that subject, whoever speaks in the main clause.
    let absolute = lead.len() >= 3
        && lead[0].eq_ignore_ascii_case("with")
        && lead[2].len() > 4
        && lead[2].ends_with("ing");
    let lead = match lead.first() {
        Some(w) if CLAUSE_JOINERS.contains(&w.to_lowercase().as_str()) || absolute => &lead[1..],
        _ => &lead[..],
    };
    // The subject and its verb, at least: "webpack has about".
    let Some(&subject) = lead.first().filter(|_| lead.len() >= 2) else {
        return opening_phrase_of_another(text, sentence, range, own_names, brands);
    };
    // "PGXN is the original Postgres extension registry. It distributes ~375 extensions": "It"
    // opening a sentence is the subject of a sentence before, in the same paragraph.
    // "Structlog is a small library. It was developed in 2013. … At the time of writing, it has
    // 14K stars": "it" is the thing the paragraph is about.
    let pronoun = (subject == "It" && clause_start == 0) || (subject == "it" && clause_start > 0);
    let subject = if pronoun {
        match paragraph_subject(text, sentence.start) {
            Some(previous) => previous,
            None => return false,
        }
    } else {
        subject
    };
    let (other_brand, unlisted_name) = another_party(subject, own_names, brands);
    // The company in the same sentence ("In our benchmark, Rspack 2.1 improves …", "Fleet
    // powers …, and Primo powers IT orchestration for 400+ modern companies") tells its own
    // result or its customer's story: the figure stays its claim.
    let whole = &text[sentence.start.min(range.start)..sentence.end.max(range.end)];
    // "over 2.5K stars on GitHub": a name right after the figure with "on" says where the count
    // is kept, not whose it is. (A name in the figure, "75+ Nuxt contributors", says whose.)
    let head = &text[sentence.start.min(range.start)..range.end];
    let tail = &text[range.end..sentence.end.max(range.end)];
    let tail = tail.strip_prefix(" on ").map_or(tail, |rest| {
        rest.split_once(' ').map_or("", |(_, after)| after)
    });
    ((other_brand || unlisted_name)
        && (absolute
            || !words(whole)
                .any(|(_, w)| matches!(w.to_lowercase().as_str(), "we" | "our" | "ours" | "us"))
                && !names_any(head, own_names)
                && !names_any(tail, own_names)))
        || opening_phrase_of_another(text, sentence, range, own_names, brands)
}

/// Whether `subject` is another party: a guide brand that is not one of `own_names`, or a
/// capitalised name no dictionary lists. Returns both tests, in that order.
fn another_party(subject: &str, own_names: &[String], brands: &[String]) -> (bool, bool) {
    let other_brand = brands
        .iter()
        .any(|b| b.eq_ignore_ascii_case(subject) && !own_names.iter().any(|o| o == b));
    let unlisted_name = subject.starts_with(char::is_uppercase)
        && subject != "I"
        && !crate::document::english::is_word(subject)
        && !brands.iter().any(|b| b.eq_ignore_ascii_case(subject));
    (other_brand, unlisted_name)
}

/// "With 1,400 employees worldwide running over 1,000 microservices, Skyscanner's journey with
/// OpenTelemetry offers lessons": a figure in a sentence's opening phrase of "with" describes
/// the main clause's subject, and when that subject is another party (or its possessive), the
/// figure is that party's, even where the sentence names the company later.
fn opening_phrase_of_another(
    text: &str,
    sentence: Range<usize>,
    range: Range<usize>,
    own_names: &[String],
    brands: &[String],
) -> bool {
    let head = &text[sentence.start.min(range.start)..range.start];
    let opening = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "Now with more than 4,000,000 downloads …, CesiumJS has …": an adverb of time may open
    // the sentence before the phrase.
    let opening = OPENING_ADVERBS
        .iter()
        .find_map(|adverb| after_word(opening, adverb))
        .unwrap_or(opening);
    let opens_with = after_word(opening, "with").is_some();
    // "1,400" holds a comma; a clause mark is one followed by a space.
    if !opens_with || [", ", "; ", ": "].iter().any(|mark| head.contains(mark)) {
        return false;
    }
    let tail = &text[range.end..sentence.end.max(range.end)];
    let Some(comma) = tail.find(", ") else {
        return false;
    };
    let subject = tail[comma + 2..]
        .split_whitespace()
        .next()
        .unwrap_or_default();
    let subject = subject
        .strip_suffix("'s")
        .or_else(|| subject.strip_suffix("’s"))
        .unwrap_or(subject)
        .trim_matches(|c: char| !c.is_alphanumeric());
    let (other_brand, unlisted_name) = another_party(subject, own_names, brands);
    other_brand || unlisted_name
}

/// `text` after `word` (ASCII, in any case) and a space, when it opens with them. Compared as
/// bytes: the character after the word may be of any length.
fn after_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let (bytes, n) = (text.as_bytes(), word.len());
    (bytes.len() > n && bytes[..n].eq_ignore_ascii_case(word.as_bytes()) && bytes[n] == b' ')
        .then(|| &text[n + 1..])
}

/// Adverbs of time that may open a sentence before its opening phrase of "with".
const OPENING_ADVERBS: [&str; 4] = ["now", "today", "currently", "already"];

/// The subject "it" stands for in the sentence starting at `start`: the nearest sentence before
/// it in its paragraph that opens with a name (a Markdown link's text counts: "[Structlog](…)
/// is …") and a verb of being or having ("PGXN is …"), past sentences that open with "It" or
/// with other verbs ("You can format logs …").
fn paragraph_subject(text: &str, start: usize) -> Option<&str> {
    /// Sentences looked back over: "it" rarely reaches further.
    const REACH: usize = 6;
    let mut end = start;
    for _ in 0..REACH {
        let before = text[..end].trim_end();
        if before.is_empty() || text[before.len()..end].contains("\n\n") {
            return None;
        }
        let (last, _) = before.char_indices().next_back()?;
        let previous = sentence_range(text, last..last);
        if previous.start >= end {
            return None;
        }
        let mut words = text[previous.start..before.len()].split_whitespace();
        let first = words.next()?;
        let subject = match first.strip_prefix('[') {
            Some(link) => link.split(']').next().unwrap_or_default(),
            None => first,
        }
        .trim_matches(|c: char| !c.is_alphanumeric());
        // A link's destination is part of its first token ("[Structlog](…)"): the verb follows.
        let verb = words.next().unwrap_or_default();
        if !subject.is_empty()
            && !subject.eq_ignore_ascii_case("it")
            && matches!(verb, "is" | "was" | "has" | "had")
        {
            return Some(subject);
        }
        end = previous.start;
    }
    None
}

#[cfg(test)]
#[path = "scope_tests.rs"]
mod tests;
