//! The claim grammar, read by hand where a claim may start: a price, a rank, a percentage, a
//! multiple, or a number with what it counts. It reads exactly what the claim pattern (kept in
//! `pattern.rs` as the reference) matches there, part for part: every alternative and repeat
//! is tried in the pattern's order of preference, and a proptest holds the two together. A
//! regex capture cost a thousand instructions or more per candidate, on the ~110 k candidates
//! of the bench corpus; this reads most of them in a few dozen.

use super::chars::{boundary, digits, letter, letters, space, up_to_three_digits, word};
use std::ops::Range;

/// One claim as written, with the spans of its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Figure {
    pub whole: Range<usize>,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
    /// "$500", "€12/mo", "$27m", "$5 per seat", "$2k+": the sign is the first character.
    Money {
        number: Range<usize>,
        mult: Option<Range<usize>>,
        plus: Option<Range<usize>>,
        per: Option<Range<usize>>,
    },
    /// "#1".
    Rank { number: Range<usize> },
    /// "99.9%", "50 %".
    Percent { number: Range<usize> },
    /// "10x", "19×".
    Times { number: Range<usize> },
    /// "45 seconds", "3–5 total interviews", "24/7 support", "sixty seconds", "a million
    /// users", "12.5M", "1B+ updates", "10k/month", "100ms".
    Count(Count),
}

/// A number and what follows it: at most one of `per`, `word` and `attached`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Count {
    /// The figure: digits, a range ("2-3"), "24/7", a number word, or "a million".
    pub number: Range<usize>,
    /// "a million": the number is an article and a multiplier.
    pub article: bool,
    /// "M", "k", " million".
    pub mult: Option<Range<usize>>,
    pub plus: Option<Range<usize>>,
    /// "10k/month": the period after a slash.
    pub per: Option<Range<usize>>,
    /// The word after a space or a hyphen: "45 seconds", "30-day".
    pub word: Option<Range<usize>>,
    /// A unit written on the number: "100ms", "5min".
    pub attached: Option<Range<usize>>,
}

/// The claim starting at `start` (a character boundary), if one does.
pub(super) fn figure_at(text: &str, start: usize) -> Option<Figure> {
    let rest = text.get(start..)?;
    if rest.starts_with(['$', '€', '£']) {
        return money(text, start);
    }
    if rest.starts_with('#') {
        return rank(text, start);
    }
    if !boundary(text, start) {
        return None;
    }
    // The run of digits a percentage, a multiple and a count all start with, read once.
    let Some(run) = digits(text, start) else {
        let (end, article) = words_number(text, start)?;
        return Some(count(text, start, end, article));
    };
    let number_end = number_from(text, start, run);
    percent(text, start, number_end)
        .or_else(|| times(text, start, run))
        .or_else(|| {
            Some(count(
                text,
                start,
                count_number(text, start, run, number_end),
                false,
            ))
        })
}

fn byte(text: &str, i: usize) -> Option<u8> {
    text.as_bytes().get(i).copied()
}

/// `\s?`: past one whitespace character if there is one.
fn optional_space(text: &str, i: usize) -> usize {
    space(text, i).unwrap_or(i)
}

/// `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`: "2,000", "1500", "99.9". Thousands separators
/// only in groups of three, so "$549," keeps its comma out.
fn number(text: &str, i: usize) -> Option<usize> {
    Some(number_from(text, i, digits(text, i)?))
}

/// [`number`] after the run of digits `start..run`. Groups follow a run of at most three
/// digits only: `\d{1,3}` stopping short of a longer run leaves a digit before any comma.
fn number_from(text: &str, start: usize, run: usize) -> usize {
    let grouped = if at_most_three(text, start, run) {
        groups(text, run)
    } else {
        None
    };
    fraction(text, grouped.unwrap_or(run))
}

/// Whether the run of digits `start..run` is at most three digits (of any script) long.
fn at_most_three(text: &str, start: usize, run: usize) -> bool {
    run - start <= 3 || text[start..run].chars().count() <= 3
}

/// `(?:,\d{3})+` at `i`: the end of the last group, if there is one.
fn groups(text: &str, i: usize) -> Option<usize> {
    let mut end = None;
    while byte(text, end.unwrap_or(i)) == Some(b',') {
        let Some(next) = three_digits(text, end.unwrap_or(i) + 1) else {
            break;
        };
        end = Some(next);
    }
    end
}

fn three_digits(text: &str, i: usize) -> Option<usize> {
    let end = up_to_three_digits(text, i)?;
    (text[i..end].chars().count() == 3).then_some(end)
}

/// `(?:\.\d+)?` after `end`.
fn fraction(text: &str, end: usize) -> usize {
    match byte(text, end) {
        Some(b'.') => digits(text, end + 1).unwrap_or(end),
        _ => end,
    }
}

/// A multiplier after a number: `\s?(?:thousand|million|billion|trillion)\b`, `[kKMB]\b`
/// (and a lowercase `m` after a currency sign: "raised $27m"; elsewhere it is metres) or
/// `bn\b`, the letters in that case only.
fn multiplier(text: &str, i: usize, money: bool) -> Option<Range<usize>> {
    let after_space = optional_space(text, i);
    for scale in ["thousand", "million", "billion", "trillion"] {
        if let Some(end) = word(text, after_space, scale).filter(|&end| boundary(text, end)) {
            return Some(i..end);
        }
    }
    let one_letter = match byte(text, i) {
        Some(b'k' | b'K' | b'M' | b'B') => true,
        Some(b'm') => money,
        _ => false,
    };
    if one_letter && boundary(text, i + 1) {
        return Some(i..i + 1);
    }
    (text.as_bytes().get(i..i + 2) == Some(b"bn") && boundary(text, i + 2)).then(|| i..i + 2)
}

/// `\+?` at `i`.
fn plus(text: &str, i: usize) -> Option<Range<usize>> {
    (byte(text, i) == Some(b'+')).then(|| i..i + 1)
}

/// A period a price or a rate is per, then `\b`: the first of the grammar's, in its order.
fn period(text: &str, i: usize) -> Option<usize> {
    const PERIODS: [&str; 10] = [
        "month", "mo", "year", "yr", "week", "day", "hour", "hr", "user", "seat",
    ];
    PERIODS
        .into_iter()
        .filter_map(|period| word(text, i, period))
        .find(|&end| boundary(text, end))
}

/// "$12", "€ 5", "$2k+", "$27m", "$12/month", "$5 per seat", "$99 a year".
fn money(text: &str, start: usize) -> Option<Figure> {
    let sign_end = start + text[start..].chars().next()?.len_utf8();
    let number_start = optional_space(text, sign_end);
    let number_end = number(text, number_start)?;
    let mult = multiplier(text, number_end, true);
    let end = mult.as_ref().map_or(number_end, |m| m.end);
    let plus = plus(text, end);
    let end = plus.as_ref().map_or(end, |p| p.end);
    let per = price_period(text, end);
    Some(Figure {
        whole: start..per.as_ref().map_or(end, |p| p.end),
        shape: Shape::Money {
            number: number_start..number_end,
            mult,
            plus,
            per,
        },
    })
}

/// `\s?(?:/|per\s|a\s)\s?` and a period, tried in the grammar's order (each optional space
/// taken first, then left out).
fn price_period(text: &str, i: usize) -> Option<Range<usize>> {
    for from in space(text, i).into_iter().chain([i]) {
        let joiners = [
            (byte(text, from) == Some(b'/')).then_some(from + 1),
            word(text, from, "per").and_then(|end| space(text, end)),
            letter(text, from, b'a').and_then(|end| space(text, end)),
        ];
        for joined in joiners.into_iter().flatten() {
            for at in [space(text, joined), Some(joined)].into_iter().flatten() {
                if let Some(end) = period(text, at) {
                    return Some(at..end);
                }
            }
        }
    }
    None
}

/// "#1": `#\d+\b`. A shorter run would end between two digits, where there is no boundary.
fn rank(text: &str, start: usize) -> Option<Figure> {
    let end = digits(text, start + 1)?;
    boundary(text, end).then(|| Figure {
        whole: start..end,
        shape: Shape::Rank {
            number: start + 1..end,
        },
    })
}

/// "99.9%", "50 %": the number ending at `end`, `\s?%`. A shorter number would leave a
/// digit, a comma or a point before the sign, so only the whole one can be followed by it.
fn percent(text: &str, start: usize, end: usize) -> Option<Figure> {
    let sign = optional_space(text, end);
    (byte(text, sign) == Some(b'%')).then(|| Figure {
        whole: start..sign + 1,
        shape: Shape::Percent { number: start..end },
    })
}

/// "10x", "1.5X", "19×": `\d+(?:\.\d+)?(?:x\b|×)`, the digits ending at `run`.
fn times(text: &str, start: usize, run: usize) -> Option<Figure> {
    let end = fraction(text, run);
    let sign_end = if matches!(byte(text, end), Some(b'x' | b'X')) && boundary(text, end + 1) {
        end + 1
    } else if text[end..].starts_with('×') {
        end + '×'.len_utf8()
    } else {
        return None;
    };
    Some(Figure {
        whole: start..sign_end,
        shape: Shape::Times { number: start..end },
    })
}

/// A number ending at `number_end`, a multiplier, a `+`, and what it counts: a period after a
/// slash, a word after spaces or a hyphen, or a unit written on the number.
fn count(text: &str, start: usize, number_end: usize, article: bool) -> Figure {
    // "came back in 1500B chunks", "an MTU of 9000B": bytes. Nobody writes 1,500 billion so.
    let bytes = |m: &Range<usize>| {
        &text[m.clone()] == "B"
            && number_end - start >= 4
            && text[start..number_end].bytes().all(|b| b.is_ascii_digit())
    };
    let mult = multiplier(text, number_end, false).filter(|m| !bytes(m));
    let end = mult.as_ref().map_or(number_end, |m| m.end);
    let plus = plus(text, end);
    let end = plus.as_ref().map_or(end, |p| p.end);
    let mut count = Count {
        number: start..number_end,
        article,
        mult,
        plus,
        per: None,
        word: None,
        attached: None,
    };
    let end = match counted(text, end) {
        Some(Counted::Per(per)) => count.per.insert(per).end,
        Some(Counted::Word(word)) => count.word.insert(word).end,
        Some(Counted::Attached(unit)) => count.attached.insert(unit).end,
        None => end,
    };
    Figure {
        whole: start..end,
        shape: Shape::Count(count),
    }
}

/// The end of a count's figure that starts with the digits `start..run`: "24/7", a range of
/// small numbers ("3–5"), or the number ending at `number_end`.
fn count_number(text: &str, start: usize, run: usize, number_end: usize) -> usize {
    if text[start..].starts_with("24/7") {
        return start + 4;
    }
    // "2-3", "3–5": `\d{1,3}[-–]\d{1,3}`.
    let range_end = text[run..]
        .strip_prefix(['-', '–'])
        .filter(|_| at_most_three(text, start, run))
        .and_then(|after| up_to_three_digits(text, text.len() - after.len()));
    range_end.unwrap_or(number_end)
}

/// A count's figure in words: a number word, or "a" before a multiplier (then `true`).
fn words_number(text: &str, start: usize) -> Option<(usize, bool)> {
    if let Some(end) = number_word(text, start) {
        return Some((end, false));
    }
    let after_article = space(text, letter(text, start, b'a')?)?;
    ["thousand", "million", "billion"]
        .into_iter()
        .filter_map(|scale| word(text, after_article, scale))
        .find(|&end| boundary(text, end))
        .map(|end| (end, true))
}

/// The number words of the grammar ([`super::words::NUMBERS`], in its order): the first that the text starts with wins
/// ("seventeen" reads as "seven", "sixty" as "sixty"), and no boundary needs to follow. Only
/// the words with the text's first letter are tried ("ſ" is an s).
fn number_word(text: &str, start: usize) -> Option<usize> {
    let first = match byte(text, start)? {
        b if b.is_ascii_alphabetic() => b.to_ascii_lowercase(),
        _ if text[start..].starts_with('ſ') => b's',
        _ => return None,
    };
    super::words::NUMBERS
        .into_iter()
        .filter(|(number, _)| number.as_bytes()[0] == first)
        .find_map(|(number, _)| word(text, start, number))
}

/// What a count is of, as the grammar reads it after the figure.
enum Counted {
    Per(Range<usize>),
    Word(Range<usize>),
    Attached(Range<usize>),
}

/// `/period\b`, `(?:-|[ \t]+)[a-z]+\b`, or `(?-i:ms|sec|secs|min|mins|h|hr|hrs)\b`, in that
/// order. A shorter run of letters would end between two letters, where there is no boundary.
fn counted(text: &str, i: usize) -> Option<Counted> {
    match byte(text, i)? {
        b'/' => {
            return period(text, i + 1).map(|end| Counted::Per(i + 1..end));
        }
        b'-' => return word_after(text, i + 1),
        b' ' | b'\t' => {
            let gap = text[i..].len() - text[i..].trim_start_matches([' ', '\t']).len();
            return word_after(text, i + gap);
        }
        _ => {}
    }
    const ATTACHED: [&str; 8] = ["ms", "sec", "secs", "min", "mins", "h", "hr", "hrs"];
    ATTACHED
        .into_iter()
        .filter(|unit| text[i..].starts_with(unit))
        .map(|unit| i + unit.len())
        .find(|&end| boundary(text, end))
        .map(|end| Counted::Attached(i..end))
}

fn word_after(text: &str, start: usize) -> Option<Counted> {
    let end = letters(text, start)?;
    boundary(text, end).then_some(Counted::Word(start..end))
}
