//! Numeric claims: a number with what it counts or measures ("45 seconds", "2,000 laptops",
//! "99.9% uptime", "$500 off", "#1", "10x faster", "1B+ updates", "$12/month"), normalised to a
//! (number, unit) pair so that "30-day returns" and "returns within 30 days" are the same claim.

mod asides;
mod cited;
mod cues;
mod read;
mod scan;
mod signal;
#[cfg(test)]
mod story_tests;
#[cfg(test)]
mod tests;
pub mod words;

pub use cited::is_cited;
pub use read::same_thing;
use read::{at_least_before, excluded, measure_after, next_unit, rank_is_reference};
use regex_automata::meta::Regex;
pub use signal::makes_claim;
use std::ops::Range;
use std::sync::OnceLock;
pub use words::{number_word, number_words};
use words::{PRICE_PERIODS, SPEC_UNITS, TIME_UNITS, WORD_UNITS};

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
    /// The key two claims must share to be about the same thing, so that a different number is
    /// a conflict: the unit, with what it measures for `%` and `x`. `None` for money, ranks and
    /// bare figures, which say too little about what they count.
    pub fn conflict_key(&self) -> Option<String> {
        match self.claim.unit.as_str() {
            "" | "#" => None,
            unit if is_money(unit) => None,
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

fn claim_regex() -> &'static Regex {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    REGEX.get_or_init(|| {
        // The pattern is a constant; it is tested below. Searched anchored, at the places
        // `scan` finds, with the syntax of the `regex` crate (Unicode on).
        // Only anchored searches: no literal prefilter or reverse-literal strategy to build.
        Regex::builder()
            .configure(Regex::config().auto_prefilter(false))
            .build(&claim_pattern())
            // A constant cannot fail at run time: every claim test builds it first.
            .expect("the constant claim pattern compiles")
    })
}

/// The claim pattern: a price, a rank, a percentage, a multiple, or a number with a unit.
fn claim_pattern() -> String {
    let words = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|dozen)";
    // Thousands separators only in groups of three, so "$549," keeps its comma out.
    let num = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
    // "1.5k", "50M", "1B", "2bn", "12.5 million"; a lowercase m is metres, not millions.
    let mult = r"(?:\s?(?:thousand|million|billion|trillion)\b|(?-i:[kKMB])\b|(?-i:bn)\b)";
    // After a currency sign a lowercase m is millions too: "raised $27m".
    let money_mult = r"(?:\s?(?:thousand|million|billion|trillion)\b|(?-i:[kKMBm])\b|(?-i:bn)\b)";
    // "a million users": the article is the number.
    let scale_words = r"a\s(?:thousand|million|billion)\b";
    let periods = "month|mo|year|yr|week|day|hour|hr|user|seat";
    format!(
        r"(?ix)
            (?P<money>[$€£]\s?(?P<mnum>{num})(?P<mmult>{money_mult})?(?P<mplus>\+)?
                (?:\s?(?:/|per\s|a\s)\s?(?P<per>{periods})\b)?)
          | (?P<rank>\#(?P<rnum>\d+)\b)
          | (?P<pct>\b(?P<pnum>{num})\s?%)
          | (?P<times>\b(?P<tnum>\d+(?:\.\d+)?)(?:x\b|×))
          | (?P<unit>\b(?P<unum>24/7|\d{{1,3}}[-–]\d{{1,3}}|{num}|{words}|(?P<aone>{scale_words}))(?P<umult>{mult})?(?P<uplus>\+)?
                (?:/(?P<uper>{periods})\b
                  |(?:-|[\ \t]+)(?P<uword>[a-z]+)\b|(?-i:(?P<attached>ms|sec|secs|min|mins|h|hr|hrs))\b)?)"
    )
}

/// The index of a named group of [`claim_regex`]: the order its groups open in (0 is the whole
/// match). Tested against the compiled pattern.
fn group_index(name: &str) -> Option<usize> {
    Some(match name {
        "money" => 1,
        "mnum" => 2,
        "mmult" => 3,
        "mplus" => 4,
        "per" => 5,
        "rank" => 6,
        "rnum" => 7,
        "pct" => 8,
        "pnum" => 9,
        "times" => 10,
        "tnum" => 11,
        "unit" => 12,
        "unum" => 13,
        "aone" => 14,
        "umult" => 15,
        "uplus" => 16,
        "uper" => 17,
        "uword" => 18,
        "attached" => 19,
        _ => return None,
    })
}

/// Singular form of a unit word: "seconds" → "second", "batteries" → "battery".
pub fn singular(word: &str) -> String {
    let word = word.to_lowercase();
    if word.len() > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3])
    } else if word.len() > 3
        && ["sses", "xes", "ches", "shes"]
            .iter()
            .any(|e| word.ends_with(e))
    {
        word[..word.len() - 2].to_string()
    } else if word.len() > 2
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        word[..word.len() - 1].to_string()
    } else {
        word
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

/// The claims of [`find_claims`] that start where `wanted` says (a claim starts at its
/// figure): reading only those is cheaper, and the others still end where they end.
pub fn find_claims_where(text: &str, wanted: impl Fn(usize) -> bool) -> Vec<ClaimMatch> {
    let mut found = Vec::new();
    scan::each_match(claim_regex(), text, wanted, |caps| {
        let Some(whole) = caps.get(0) else { return };
        let mut range = whole.range();
        let plus = caps.name("mplus").or(caps.name("uplus")).is_some();
        let scaled = caps.name("mmult").is_some()
            || caps.name("umult").is_some()
            || caps.name("aone").is_some();
        let claim = if let Some(n) = caps.name("mnum") {
            let mult = caps.name("mmult").map(|m| m.as_str());
            // The currency is part of the unit: "£820" is not "$820".
            let sign = caps
                .name("money")
                .and_then(|m| m.as_str().chars().next())
                .unwrap_or('$');
            let unit = match caps.name("per") {
                Some(per) => {
                    let per = per.as_str().to_ascii_lowercase();
                    let period = PRICE_PERIODS.iter().find(|(w, _)| *w == per);
                    format!("{sign}/{}", period.map_or(per.as_str(), |(_, p)| p))
                }
                None => sign.to_string(),
            };
            Claim {
                number: multiplied(n.as_str(), mult),
                unit,
            }
        } else if let Some(n) = caps.name("rnum") {
            if rank_is_reference(text, whole.start(), whole.end(), n.as_str()) {
                return;
            }
            Claim {
                number: normalize_number(n.as_str()),
                unit: "#".into(),
            }
        } else if let Some(n) = caps.name("pnum") {
            Claim {
                number: normalize_number(n.as_str()),
                unit: "%".into(),
            }
        } else if let Some(n) = caps.name("tnum") {
            // "0x1F": a hexadecimal prefix, not a multiple; "1920×1080": a dimension.
            if normalize_number(n.as_str()) == "0"
                || text[whole.end()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
            {
                return;
            }
            Claim {
                number: normalize_number(n.as_str()),
                unit: "x".into(),
            }
        } else if let Some(n) = caps.name("unum") {
            let mult = caps.name("umult");
            // "a million": the article is one, the word its multiplier.
            let (base, mult_text) = match caps.name("aone") {
                // Without a floor or an estimate it is a figure of speech: "charge you a
                // million dollars"; "more than a million users" is a figure.
                Some(_)
                    if !at_least_before(text, n.start()) && !estimate_before(text, n.start()) =>
                {
                    return;
                }
                Some(a) => ("1", a.as_str().split_whitespace().last()),
                None => (n.as_str(), mult.map(|m| m.as_str())),
            };
            if resolution(base, mult_text) {
                return;
            }
            let figure_end = caps.name("uplus").or(mult).map_or(n.end(), |m| m.end());
            let number = multiplied(base, mult_text);
            let word = caps.name("uword").or(caps.name("attached"));
            let compound = n.as_str() != "24/7";
            let unit = word.and_then(|w| next_unit(text, w.start(), w.end(), compound));
            if excluded(
                text,
                n.start(),
                n.as_str(),
                mult_text.is_some(),
                unit.clone(),
            ) {
                return;
            }
            let Some(unit) = unit else {
                // A bare figure is a claim only when it is large: "480 million", "12.5M",
                // "10k/month" (a large figure per period).
                if mult_text.is_none() {
                    return;
                }
                let per = caps.name("uper");
                range = n.start()..per.map_or(figure_end, |p| p.end());
                let unit = per.map_or(String::new(), |p| {
                    let p = p.as_str().to_ascii_lowercase();
                    let period = PRICE_PERIODS.iter().find(|(w, _)| *w == p);
                    format!("/{}", period.map_or(p.as_str(), |(_, to)| to))
                });
                found.push(ClaimMatch {
                    claim: Claim { number, unit },
                    range,
                    at_least: plus || at_least_before(text, n.start()),
                    measure: None,
                    scaled: true,
                });
                return;
            };
            let unit_word = &text[unit.clone()];
            let singular_unit = singular(unit_word);
            if SPEC_UNITS.contains(&singular_unit.as_str())
                || (number_word(base).is_some() && !WORD_UNITS.contains(&singular_unit.as_str()))
            {
                return;
            }
            range = n.start()..unit.end;
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
            Claim { number, unit }
        } else {
            return;
        };
        let measure = (matches!(claim.unit.as_str(), "%" | "x")
            || TIME_UNITS.contains(&claim.unit.as_str()))
        .then(|| measure_after(text, range.end))
        .flatten();
        let at_least = plus || at_least_before(text, range.start);
        found.push(ClaimMatch {
            claim,
            range,
            at_least,
            measure,
            scaled,
        });
    });
    found
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
