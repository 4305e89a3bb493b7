//! The claim of a number and what it counts: its multiplier, its unit after modifiers, and
//! the contexts (a screen resolution, bytes, a version, a model name) that make it none.

use super::read::{self, at_least_before, excluded, next_unit};
use super::words::{number_word, SPEC_UNITS, WORD_UNITS};
use super::{multiplied, period_name, singular, with_context, Claim, ClaimMatch, Count};

/// The claim of a number and what it counts, if it makes one.
pub(super) fn count_claim(text: &str, count: &Count) -> Option<ClaimMatch> {
    let n = count.number.clone();
    let written = &text[n.clone()];
    let mult = count.mult.clone();
    // "a million": the article is one, the word its multiplier.
    let (base, mult_text) = if count.article {
        // Without a floor or an estimate it is a figure of speech: "charge you a million
        // dollars"; "more than a million users" is a figure.
        if !at_least_before(text, n.start) && !estimate_before(text, n.start) {
            return None;
        }
        ("1", written.split_whitespace().last())
    } else {
        (written, mult.clone().map(|m| &text[m]))
    };
    // "from 4,8M to 7,7M weekly npm downloads": the figure is 4.8M, from its whole digits on.
    let decimal = mult_text
        .filter(|_| !count.article)
        .and_then(|_| read::decimal_comma_head(text, n.start, written));
    let (start, base) = match &decimal {
        Some((start, number)) => (*start, number.as_str()),
        None => (n.start, base),
    };
    if resolution(base, mult_text) {
        return None;
    }
    if mult_text == Some("B") && read::beside_a_byte_size(text, n.start) {
        return None;
    }
    let figure_end = count.plus.clone().or(mult).map_or(n.end, |m| m.end);
    let number = multiplied(base, mult_text);
    let word = count.word.clone().or(count.attached.clone());
    let compound = written != "24/7";
    let unit = word.and_then(|w| next_unit(text, w.start, w.end, compound));
    if excluded(text, start, written, mult_text.is_some(), unit.clone()) {
        return None;
    }
    let plus = count.plus.is_some();
    let scaled = count.mult.is_some() || count.article;
    let Some(unit) = unit else {
        // A bare figure is a claim only when it is large: "480 million", "12.5M",
        // "10k/month" (a large figure per period). A bare range ("0-1 million", "1-2 million")
        // is a band of a price table, not anybody's figure.
        mult_text?;
        if number.contains('-') {
            return None;
        }
        let per = count.per.clone();
        let unit = per
            .clone()
            .map_or(String::new(), |p| format!("/{}", period_name(&text[p])));
        return Some(ClaimMatch {
            claim: Claim { number, unit },
            range: start..per.map_or(figure_end, |p| p.end),
            at_least: plus || at_least_before(text, start),
            measure: None,
            scaled: true,
        });
    };
    let unit_word = &text[unit.clone()];
    let singular_unit = singular(unit_word);
    if SPEC_UNITS.contains(&singular_unit.as_str())
        || (number_word(base).is_some() && !WORD_UNITS.contains(&singular_unit.as_str()))
    {
        return None;
    }
    let range = start..unit.end;
    let unit = match unit_word.to_ascii_lowercase().as_str() {
        "percent" => "%".to_string(),
        "dollar" | "dollars" => "$".to_string(),
        "times" => "x".to_string(),
        "ms" | "millisecond" | "milliseconds" => "ms".to_string(),
        "sec" | "secs" => "second".to_string(),
        "min" | "mins" => "minute".to_string(),
        "h" | "hr" | "hrs" => "hour".to_string(),
        _ => singular_unit,
    };
    Some(with_context(
        text,
        Claim { number, unit },
        range,
        plus,
        scaled,
    ))
}

/// "nearly a million", "about a million": an estimate before a figure.
fn estimate_before(text: &str, start: usize) -> bool {
    read::previous_word(text, start).is_some_and(|(word, _)| {
        [
            "nearly",
            "almost",
            "about",
            "around",
            "roughly",
            "approximately",
        ]
        .contains(&word.to_lowercase().as_str())
    })
}

/// "4K", "8K", "5K": a screen resolution, not thousands.
fn resolution(number: &str, mult: Option<&str>) -> bool {
    mult == Some("K") && ["2", "4", "5", "6", "8"].contains(&number)
}
