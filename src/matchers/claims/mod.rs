//! Numeric claims: a number with what it counts or measures ("45 seconds", "2,000 laptops",
//! "99.9% uptime", "$500 off", "#1", "10x faster", "1B+ updates", "$12/month"), normalised to a
//! (number, unit) pair so that "30-day returns" and "returns within 30 days" are the same claim.

mod asides;
mod changes;
mod chars;
mod cited;
mod clause;
mod counts;
mod cues;
mod hypotheses;
mod measured;
mod multiples;
mod others;
mod parse;
#[cfg(test)]
mod parse_tests;
#[cfg(test)]
mod pattern;
mod payouts;
mod periods;
mod polls;
mod prices;
mod process;
mod prose_scan;
mod ranks;
mod read;
mod releases;
mod rounding;
mod scan;
#[cfg(target_arch = "x86_64")]
mod scan_blocks;
mod scope;
mod settings;
#[cfg(test)]
mod setup_tests;
mod shares;
mod signal;
#[cfg(test)]
mod story_tests;
mod suppositions;
#[cfg(test)]
mod tests;
mod timeline;
mod unreached;
pub mod words;
mod workloads;

pub use changes::one_end_of_a_change;
pub use cited::{is_cited, links_elsewhere};
use counts::count_claim;
use parse::{Count, Figure, Shape};
pub use periods::{period_after, period_of, slash_period_end};
pub use prices::price_without_result;
pub use process::{share_spent, sizes_a_group};
use ranks::rank_is_reference;
use read::{at_least_before, measure_after};
pub use read::{measure_noun_after, same_thing};
pub use releases::within_one_release_or_period;
pub use rounding::rounded_from;
pub use scope::{
    another_partys_figure, compared_with, compared_with_another, first_party, opens_with, own_names,
};
pub use signal::{counted_per_period, makes_claim, stated_as_fact, states_an_improvement};
use std::ops::Range;
pub use words::{number_word, number_words};
use words::{PRICE_PERIODS, TIME_UNITS};

/// A claim's identity: the normalised number and the singular unit (or `$`, `%`, `#`, `x`,
/// `$/month`; empty for a bare large figure such as "480 million").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Claim {
    pub number: String,
    pub unit: String,
}

impl std::fmt::Display for Claim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let number = compact(&self.number);
        match self.unit.as_str() {
            "#" => write!(f, "#{number}"),
            unit if is_money(unit) => {
                let (sign, per) = unit.split_at(unit.chars().next().map_or(0, char::len_utf8));
                write!(f, "{sign}{number}{per}")
            }
            "%" | "x" | "" => write!(f, "{number}{}", self.unit),
            unit if unit.starts_with('/') => write!(f, "{number}{unit}"),
            unit => write!(f, "{number} {unit}"),
        }
    }
}

/// Whether a claim's unit is an amount of money: a currency sign, alone or per a period or
/// thing ("$", "€/month", "£/seat").
pub fn is_money(unit: &str) -> bool {
    unit.starts_with(['$', '€', '£'])
}

/// "1000000000" → "1B", "12500000" → "12.5M": figures as writers write them.
fn compact(number: &str) -> String {
    let Ok(value) = number.parse::<f64>() else {
        return number.to_string();
    };
    for (factor, suffix) in [(1e9, "B"), (1e6, "M")] {
        if value >= factor {
            return format!("{}{suffix}", value / factor);
        }
    }
    number.to_string()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimMatch {
    pub claim: Claim,
    pub range: Range<usize>,
    /// "1B+", "over 200", "more than 50": the figure is a floor.
    pub at_least: bool,
    /// What a percentage, a multiple or a duration measures, when the sentence says it:
    /// "uptime" in "99.9% uptime", "user" in "95% of users", "faster" in "10x faster",
    /// "return" in "30-day returns".
    pub measure: Option<String>,
    /// Written with a multiplier ("12.5M", "250bn", "a million", "$27m"): the size of a
    /// business, not of an anecdote.
    pub scaled: bool,
}

impl ClaimMatch {
    /// Whether the claim is a duration that names nothing it times ("1.36 seconds", "100ms"):
    /// its key is its bare unit, so every duration in that unit conflicts with it.
    pub fn times_nothing(&self) -> bool {
        TIME_UNITS.contains(&self.claim.unit.as_str()) && self.measure.is_none()
    }

    /// The key two claims must share to be about the same thing, so that a different number is
    /// a conflict: the unit, with what it measures for `%` and `x`; for money, the currency and
    /// the period it is paid per ("$/month": "$15/month" is a stale "$12/month", "$15/year" and
    /// "$15" are other figures). `None` for money without a period, ranks and bare figures,
    /// which say too little about what they count.
    pub fn conflict_key(&self) -> Option<String> {
        match self.claim.unit.as_str() {
            "" | "#" => None,
            unit if is_money(unit) => unit.contains('/').then(|| unit.to_string()),
            unit @ ("%" | "x") => self.measure.as_ref().map(|m| format!("{unit} {m}")),
            // A duration says what it times when a noun follows ("30-day returns", "100ms
            // latency"): "returns within 14 days" and "ships in 2-3 days" are other durations.
            unit if TIME_UNITS.contains(&unit) => Some(match &self.measure {
                Some(m) => format!("{unit} {m}"),
                None => unit.to_string(),
            }),
            unit => Some(unit.to_string()),
        }
    }
}

/// Singular form of a unit word: "seconds" → "second", "batteries" → "battery".
pub fn singular(word: &str) -> String {
    let word = word.to_lowercase();
    match plural_ending(&word) {
        Some((cut, added)) => format!("{}{added}", &word[..word.len() - cut]),
        None => word,
    }
}

/// Whether [`singular`] leaves `word` as it is, without building its singular.
pub fn is_singular(word: &str) -> bool {
    if !word.is_ascii() || word.bytes().any(|b| b.is_ascii_uppercase()) {
        return singular(word) == word;
    }
    plural_ending(word).is_none()
}

/// How [`singular`] shortens a lowercase word: the bytes it drops from the end and what it
/// writes in their place; `None` for a word it leaves as it is.
fn plural_ending(word: &str) -> Option<(usize, &'static str)> {
    if word.len() > 4 && word.ends_with("ies") {
        Some((3, "y"))
    } else if word.len() > 3
        && ["sses", "xes", "ches", "shes"]
            .iter()
            .any(|e| word.ends_with(e))
    {
        Some((2, ""))
    } else if word.len() > 2
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        Some((1, ""))
    } else {
        None
    }
}

fn normalize_number(number: &str) -> String {
    if let Some(value) = number_word(number) {
        return value.to_string();
    }
    let digits: String = number.chars().filter(|&c| c != ',').collect();
    match digits.split_once('.') {
        Some((whole, fraction)) if fraction.chars().all(|c| c == '0') => whole.to_string(),
        _ => digits,
    }
}

fn multiplied(number: &str, mult: Option<&str>) -> String {
    let base = normalize_number(number);
    let factor = match mult.map(|m| m.trim().to_ascii_lowercase()).as_deref() {
        Some("k" | "thousand") => 1e3,
        Some("m" | "million") => 1e6,
        Some("b" | "bn" | "billion") => 1e9,
        Some("trillion") => 1e12,
        _ => return base,
    };
    match base.parse::<f64>() {
        // Rounded to whole units: "12.5M" is 12500000, not 12499999.999.
        Ok(value) => format!("{}", (value * factor).round()),
        Err(_) => base,
    }
}

/// Every claim in `text`, with the exclusions that keep model names, versions, references,
/// dates, times, phone numbers and list numbering out. The caller filters out non-prose regions.
pub fn find_claims(text: &str) -> Vec<ClaimMatch> {
    find_claims_where(text, |_| true)
}

/// The claims of a guide's approved entry. A landing page writes its figures in Title Case
/// ("258M+ PyPI Downloads", "3K Contributors"), where in prose a capitalised word after a number
/// names a model ("Studio 24 Setup"); an entry the guide approves is a claim by its writer's
/// word, so when it holds none as written, its capitalised plain words after its first digit
/// are read in lowercase ("PyPI" and "GitHub", with capitals of their own, stay). The ranges
/// hold for `entry` as written: only ASCII letters change case.
pub fn find_approved_claims(entry: &str) -> Vec<ClaimMatch> {
    let found = find_claims(entry);
    if !found.is_empty() {
        return found;
    }
    let Some(first_digit) = entry.find(|c: char| c.is_ascii_digit()) else {
        return found;
    };
    let mut read = entry[..first_digit].to_string();
    for (i, word) in entry[first_digit..].split(' ').enumerate() {
        if i > 0 {
            read.push(' ');
        }
        let mut chars = word.chars();
        let plain_capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| !c.is_uppercase())
            && word.chars().any(|c| c.is_ascii_lowercase());
        if plain_capitalised {
            read.push(word.as_bytes()[0].to_ascii_lowercase() as char);
            read.push_str(&word[1..]);
        } else {
            read.push_str(word);
        }
    }
    find_claims(&read)
}

/// The claims of [`find_claims`] that start where `wanted` says (a claim starts at its
/// figure): reading only those is cheaper, and the others still end where they end.
pub fn find_claims_where(text: &str, wanted: impl Fn(usize) -> bool) -> Vec<ClaimMatch> {
    let mut found = Vec::new();
    scan::each_figure(text, wanted, |figure| {
        found.extend(claim_of(text, figure));
    });
    found
}

/// [`find_claims_where`] for a `wanted` that holds only inside `regions` (sorted, disjoint
/// ranges of `text`: a document's prose), reading little of the text between them; `None`:
/// the whole text may hold claims.
pub fn find_claims_in(
    text: &str,
    regions: Option<&[Range<usize>]>,
    wanted: impl Fn(usize) -> bool,
) -> Vec<ClaimMatch> {
    let Some(regions) = regions else {
        return find_claims_where(text, wanted);
    };
    let mut found = Vec::new();
    prose_scan::each_figure_in(text, regions, wanted, |figure| {
        found.extend(claim_of(text, figure));
    });
    found
}

/// The claim a figure makes, if it makes one.
fn claim_of(text: &str, figure: &Figure) -> Option<ClaimMatch> {
    let whole = figure.whole.clone();
    let (claim, plus, scaled) = match &figure.shape {
        Shape::Count(count) => return count_claim(text, count),
        Shape::Money {
            number,
            mult,
            plus,
            per,
        } => {
            // The currency is part of the unit: "£820" is not "$820".
            let sign = text[whole.clone()].chars().next().unwrap_or('$');
            let unit = match per {
                Some(per) => format!("{sign}/{}", period_name(&text[per.clone()])),
                None => sign.to_string(),
            };
            let mult_text = mult.clone().map(|m| &text[m]);
            let number = multiplied(&text[number.clone()], mult_text);
            (Claim { number, unit }, plus.is_some(), mult.is_some())
        }
        Shape::Rank { number } => {
            let digits = &text[number.clone()];
            if rank_is_reference(text, whole.start, whole.end, digits) {
                return None;
            }
            let number = normalize_number(digits);
            (
                Claim {
                    number,
                    unit: "#".into(),
                },
                false,
                false,
            )
        }
        Shape::Percent { number } => {
            let number = normalize_number(&text[number.clone()]);
            (
                Claim {
                    number,
                    unit: "%".into(),
                },
                false,
                false,
            )
        }
        Shape::Times { number } => {
            let number = normalize_number(&text[number.clone()]);
            // "0x1F": a hexadecimal prefix, not a multiple; "1920×1080": a dimension.
            if number == "0"
                || text[whole.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            (
                Claim {
                    number,
                    unit: "x".into(),
                },
                false,
                false,
            )
        }
    };
    Some(with_context(text, claim, whole, plus, scaled))
}

/// A claim with what its sentence says around it: whether it is a floor, and what a
/// percentage, a multiple or a duration measures.
fn with_context(
    text: &str,
    claim: Claim,
    range: Range<usize>,
    plus: bool,
    scaled: bool,
) -> ClaimMatch {
    let measure = (matches!(claim.unit.as_str(), "%" | "x")
        || TIME_UNITS.contains(&claim.unit.as_str()))
    .then(|| measure_after(text, range.end))
    .flatten();
    let at_least = plus || at_least_before(text, range.start);
    ClaimMatch {
        claim,
        range,
        at_least,
        measure,
        scaled,
    }
}

/// A period as a unit names it: "mo" → "month".
fn period_name(written: &str) -> String {
    let written = written.to_ascii_lowercase();
    match PRICE_PERIODS.iter().find(|(w, _)| *w == written) {
        Some((_, period)) => period.to_string(),
        None => written,
    }
}
