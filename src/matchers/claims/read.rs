//! Reading around a number: what it counts, whether it is a floor, and the contexts that make
//! it a name, a version or a reference rather than a claim.

use super::words::{
    DECIMAL_UNITS, MODIFIERS, MONTHS, NAMING_WORDS, NOT_UNITS, SPEC_UNITS, TIME_UNITS,
    VERSION_UNITS,
};
use std::ops::Range;

/// The counted noun for the word at `start..end` after a number: the word itself, or the noun
/// after modifiers ("3–5 total interviews", "8 business hours"); `None` for a function word
/// ("24/7 via their phone").
///
/// A singular noun followed by another noun modifies it: "83 cmdlet articles" counts articles,
/// "10 concurrent connections" connections. `compound` is false where the word itself is the
/// unit ("24/7 support team"); units of time and specifications never modify ("30 day trial").
pub(super) fn next_unit(
    text: &str,
    start: usize,
    end: usize,
    compound: bool,
) -> Option<Range<usize>> {
    let (mut start, mut end) = (start, end);
    for _ in 0..3 {
        let lower = text[start..end].to_ascii_lowercase();
        if NOT_UNITS.contains(&lower.as_str()) || MONTHS.contains(&lower.as_str()) {
            return None;
        }
        // "a 5-person team", "a 3-step process": a word joined to the number by a hyphen is
        // what the number counts. "220+ people maintains": an irregular plural is a plural.
        // "2 events managers": a plural before a role counts people in that role.
        let names_a_role = compound && next_noun(text, end).is_some_and(|r| is_role(&text[r]));
        // "1M analytics events": a noun in "-ics" (a field, singular in use) before a noun
        // names what kind of thing is counted.
        let field = compound && lower.len() > 4 && lower.ends_with("ics");
        let modifies = names_a_role
            || (field && next_noun(text, end).is_some())
            || (compound
                && lower.len() > 1
                && !text[..start].ends_with('-')
                && !IRREGULAR_PLURALS.contains(&lower.as_str())
                && super::is_singular(&lower)
                && !TIME_UNITS.contains(&lower.as_str())
                && !SPEC_UNITS.contains(&lower.as_str())
                && !ABBREVIATIONS.contains(&lower.as_str())
                && next_noun(text, end).is_some());
        if !MODIFIERS.contains(&lower.as_str()) && !modifies {
            return Some(start..end);
        }
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if gap == 0 {
            return None;
        }
        let word = rest[gap..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len() - gap);
        if word == 0 {
            return None;
        }
        start = end + gap;
        end = start + word;
    }
    None
}

/// Whether `word` names people by their job: "managers", "engineers", "reps".
fn is_role(word: &str) -> bool {
    let singular = super::singular(word);
    ROLES.contains(&singular.as_str())
}

/// Jobs a plural noun may name the field of ("events managers", "sales reps").
const ROLES: &[&str] = &[
    "manager",
    "engineer",
    "developer",
    "designer",
    "marketer",
    "lead",
    "specialist",
    "coordinator",
    "analyst",
    "consultant",
    "representative",
    "rep",
    "organizer",
    "organiser",
    "planner",
    "writer",
    "editor",
    "director",
];

/// Plurals without an "s": "150 people contributing" counts people, not "contributing".
const IRREGULAR_PLURALS: &[&str] = &["people", "men", "women", "children", "staff"];

/// Time abbreviations after a number ("5 min read"): a unit, never a modifier.
const ABBREVIATIONS: &[&str] = &["ms", "sec", "secs", "min", "mins", "h", "hr", "hrs"];

/// The lowercase noun one space after `end`, if the next word is one (not a function word).
fn next_noun(text: &str, end: usize) -> Option<Range<usize>> {
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let ends_word = !rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
    (len > 1 && ends_word && !NOT_UNITS.contains(&word) && !MONTHS.contains(&word))
        .then(|| end + 1..end + 1 + len)
}

/// "over 200", "more than 50", "at least 10": the number after is a floor.
pub(super) fn at_least_before(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let from = head.char_indices().rev().nth(20).map_or(0, |(i, _)| i);
    let tail = head[from..].to_lowercase();
    [
        "over",
        "more than",
        "upwards of",
        "at least",
        "north of",
        "in excess of",
    ]
    .iter()
    .any(|floor| {
        tail.strip_suffix(floor)
            .is_some_and(|before| before.is_empty() && from == 0 || before.ends_with(' '))
    })
}

/// The text after a figure ending at `end` from its measure on: past white space, "of" and a
/// determiner ("95% of the open issues" → "open issues").
fn measure_words(text: &str, end: usize) -> &str {
    let mut rest = text[end..].trim_start_matches([' ', '\t']);
    for skip in ["of ", "the ", "our ", "all ", "your ", "their ", "its "] {
        if let Some(after) = rest.strip_prefix(skip) {
            rest = after.trim_start_matches([' ', '\t']);
        }
    }
    rest
}

/// What a percentage or multiple measures: the next lowercase noun, after "of" and a
/// determiner ("99.9% uptime", "95% of users", "10x faster").
pub(super) fn measure_after(text: &str, end: usize) -> Option<String> {
    let rest = measure_words(text, end);
    let len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    (len > 1 && !NOT_UNITS.contains(&word)).then(|| super::singular(word))
}

/// The lowercase word right after a percentage's or multiple's measure word, when one follows
/// it as part of its noun phrase: "source" in "100% open source", "issue" in "95% of the open
/// issues"; `None` after "99.9% uptime" or "10x faster than". The measure word alone may be an
/// adjective both share ("open"); the word after it tells two measures apart.
pub fn measure_noun_after(text: &str, end: usize) -> Option<String> {
    let rest = measure_words(text, end);
    let first = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let after = rest[first..].strip_prefix(' ')?;
    let len = after
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(after.len());
    let word = &after[..len];
    (first > 1
        && len > 1
        && !NOT_UNITS.contains(&word)
        && !crate::document::english::stop_words::is_function_word(word))
    .then(|| super::singular(word))
}

/// Numbers followed by a word that are not claims. `unit` is the counted noun, if any.
/// `scaled`: the number has a multiplier ("12.5 million").
pub(super) fn excluded(
    text: &str,
    start: usize,
    number: &str,
    scaled: bool,
    unit: Option<Range<usize>>,
) -> bool {
    let unit_text = unit.clone().map(|u| &text[u]);
    // "5.1 release": a version.
    if number.contains('.')
        && !scaled
        && unit_text.is_some_and(|u| VERSION_UNITS.contains(&super::singular(u).as_str()))
    {
        return true;
    }
    // "the 4.0 runtime", "7.7 cmdlet reference": a decimal count of things is a version.
    if number.contains('.')
        && !scaled
        && unit_text.is_some_and(|u| !DECIMAL_UNITS.contains(&super::singular(u).as_str()))
    {
        return true;
    }
    if unit.is_none() && closes_a_range_of_values(text, start) {
        return true;
    }
    // "1-1 meetings", "5-3": a pair, not a range.
    if let Some((low, high)) = number.split_once(['-', '–']) {
        if low.parse::<u32>().ok() >= high.parse::<u32>().ok() {
            return true;
        }
    }
    let digits = number.chars().all(|c| c.is_ascii_digit());
    // A year ("in 2026 models") is a date, not a count.
    if digits && number.len() == 4 && (1900..=2100).contains(&number.parse::<u32>().unwrap_or(0)) {
        return true;
    }
    // "9:30", "1:1", "5-7" ranges and phone-like runs: the number continues other digits.
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| {
        c.is_ascii_digit() || c == ':' || c == '-' || c == '.' || c == '/' || c == '+' || c == '×'
    }) {
        return true;
    }
    // "all 29,3K queries": digits right after a digit and a comma are the tail of a number
    // written with a decimal comma (29.3K), which the grammar does not read; "3K" alone would
    // be a figure nobody wrote.
    if text[..start].ends_with(',') && text[..start - 1].ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if let Some(unit) = &unit {
        if digits && counts_the_listed_items(&text[unit.end..], number) {
            return true;
        }
    }
    if let (Some(unit), Some(unit_text)) = (unit, unit_text) {
        if unit_text.len() == 1 && text[unit.end..].starts_with('.') {
            return true; // "5 p.m."
        }
        // "Studio 24 Setup", "CoreForge 17 Max": a capitalised word after the number names a
        // model.
        if unit_text.starts_with(char::is_uppercase) {
            return true;
        }
    }
    let Some((word, sentence_start)) = previous_word(text, start) else {
        return false;
    };
    // The lists are lowercase ASCII: an ASCII word is compared in place, any other lowercased.
    let listed = if word.is_ascii() {
        MONTHS
            .iter()
            .chain(NAMING_WORDS)
            .any(|w| w.eq_ignore_ascii_case(word))
    } else {
        let lower = word.to_lowercase();
        MONTHS.contains(&lower.as_str()) || NAMING_WORDS.contains(&lower.as_str())
    };
    if listed {
        return true; // "May 5 deliveries", "version 5.1", "node 20"
    }
    // A model or product name: "RTX 4090", "Windows 11", "CoreForge 14" (camel case names are
    // names even at the start of a line).
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let camel_case = word.chars().skip(1).any(char::is_uppercase);
    (capitalised && !sentence_start)
        || camel_case
        || has_digit
        || (word.len() > 1 && word.chars().all(|c| c.is_uppercase()))
}

/// Whether `rest`, the text after a count's unit, lists in parentheses exactly as many items as
/// `number` says: "support for 6 languages (C#, Go, Java, Node.js, Python, and Ruby)" sums up
/// its own list, which the reader can check, rather than offering a figure. An open list ("35+
/// destinations (Slack, Linear, …, more)") or another count does not match.
fn counts_the_listed_items(rest: &str, number: &str) -> bool {
    let Ok(count) = number.parse::<usize>() else {
        return false;
    };
    let Some(inside) = rest
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .map(|(inside, _)| inside)
    else {
        return false;
    };
    let items = inside
        .split(',')
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" or ")))
        .map(|item| item.split_whitespace().collect::<Vec<_>>())
        .filter(|words| !words.is_empty() && words != &["and"] && words != &["or"])
        .count();
    count >= 2 && !inside.contains('(') && items == count
}

/// Whether the figure at `start`, counting nothing, closes "between N and (about) M": the range
/// a value may take ("can represent values between 1 and about 1 million"), not a figure offered
/// as a fact. With a unit ("between 10 and 50 times faster") it stays a claim.
fn closes_a_range_of_values(text: &str, start: usize) -> bool {
    let mut head = text[..start].trim_end();
    for qualifier in [
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
    ] {
        if let Some(rest) = head.strip_suffix(qualifier) {
            head = rest.trim_end();
            break;
        }
    }
    let Some(head) = head.strip_suffix(" and") else {
        return false;
    };
    let low = head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'));
    low.len() < head.len() && low.to_lowercase().ends_with("between ")
}

/// The word right before `start` (separated by one space) and whether it starts a sentence.
pub(super) fn previous_word(text: &str, start: usize) -> Option<(&str, bool)> {
    let head = text[..start].strip_suffix(' ')?;
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
    if word.is_empty() {
        return None;
    }
    let before = head[..word_start].trim_end_matches([' ', '\t', '*', '_', '"', '“', '(', '[']);
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '>', '#', '-']);
    Some((word, sentence_start))
}

/// Whether two figures as written ("1 million flag requests", "250bn proxy requests") count the
/// same thing: nouns between the number and the unit name what is counted, so two figures whose
/// naming nouns differ are about different things — and so are "10K trigger events" and "1
/// million events": a named kind of event may be another allowance than events at large, and
/// where the tool cannot tell it does not call the figures a conflict. Generic modifiers
/// ("active", "monthly") do not tell figures apart.
pub fn same_thing(a: &str, b: &str) -> bool {
    naming_nouns(a) == naming_nouns(b)
}

/// The words of a figure between its number and its unit that are neither multipliers nor
/// generic modifiers.
fn naming_nouns(figure: &str) -> Vec<String> {
    let mut words: Vec<String> = figure
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.pop(); // the unit
    words.retain(|w| {
        !MULTIPLIERS.contains(&w.as_str())
            && !MODIFIERS.contains(&w.as_str())
            && super::number_word(w).is_none()
    });
    words
}

const MULTIPLIERS: &[&str] = &[
    "a", "k", "m", "b", "bn", "thousand", "million", "billion", "trillion",
];

/// Whether the line around `start` gives a size in kilobytes or more ("feeding small- (10B) and
/// medium-sized (1KB) documents"): a "B" after a number on that line is bytes too, not
/// billions. Pass 16 reads four digits before "B" as bytes wherever they stand; a short one
/// needs its line to say so.
pub(super) fn beside_a_byte_size(text: &str, start: usize) -> bool {
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text.as_bytes()[from..to];
    (0..line.len()).any(|i| {
        let unit = &line[i..];
        let after_digit = i > 0
            && (line[i - 1].is_ascii_digit()
                || (line[i - 1] == b' ' && i > 1 && line[i - 2].is_ascii_digit()));
        after_digit
            && unit.len() >= 2
            && matches!(unit[0].to_ascii_uppercase(), b'K' | b'M' | b'G' | b'T')
            && (unit[1] == b'B' || (unit.len() >= 3 && unit[1] == b'i' && unit[2] == b'B'))
            && !unit
                .get(if unit[1] == b'B' { 2 } else { 3 })
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Where a number written with a decimal comma starts, and its value with a point, for the
/// digits `written` at `start` that follow "<digits>,": "4,8M" is 4.8M, "29,3K" 29.3K. Only one
/// or two digits after the comma: three make a thousands group ("1,500"), which the grammar
/// reads itself. The caller asks only for a number with a multiplier after it.
pub(super) fn decimal_comma_head(
    text: &str,
    start: usize,
    written: &str,
) -> Option<(usize, String)> {
    if !(1..=2).contains(&written.len()) || !written.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let head = text[..start].strip_suffix(',')?;
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let from = head.len() - digits;
    Some((from, format!("{}.{written}", &head[from..])))
}
