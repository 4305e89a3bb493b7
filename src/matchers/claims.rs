//! Numeric claims: a number with what it counts or measures ("45 seconds", "2,000 laptops",
//! "99.9% uptime", "$500 off", "#1", "10x faster"), normalised to a (number, unit) pair so that
//! "30-day returns" and "returns within 30 days" are the same claim.

use regex::Regex;
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// A claim's identity: the normalised number and the singular unit (or `$`, `%`, `#`, `x`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Claim {
    pub number: String,
    pub unit: String,
}

impl std::fmt::Display for Claim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.unit.as_str() {
            "$" | "#" => write!(f, "{}{}", self.unit, self.number),
            "%" | "x" => write!(f, "{}{}", self.number, self.unit),
            unit => write!(f, "{} {unit}", self.number),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimMatch {
    pub claim: Claim,
    pub range: Range<usize>,
}

const SMALL: [&str; 19] = [
    "",
    "",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of an English number word ("one" is left out: "one of our experts" is no claim).
pub fn number_word(word: &str) -> Option<u32> {
    // Most words are not numbers: rule them out without allocating.
    if !(3..=9).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // Phrase matching asks for every word of a scored region: one lookup, not a scan.
    static VALUES: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    let values = VALUES.get_or_init(|| {
        let small = SMALL.iter().enumerate().map(|(i, w)| (*w, i as u32));
        let tens = TENS.iter().enumerate().map(|(i, w)| (*w, i as u32 * 10));
        small
            .chain(tens)
            .filter(|(w, _)| !w.is_empty())
            .chain(OTHER_NUMBERS)
            .collect()
    });
    let mut lower = [0u8; 9];
    let lower = &mut lower[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII letters only (checked above), so always UTF-8.
    values.get(std::str::from_utf8(lower).ok()?).copied()
}

/// Every number word [`number_word`] knows, lowercase.
pub fn number_words() -> impl Iterator<Item = &'static str> {
    SMALL
        .iter()
        .chain(TENS.iter())
        .copied()
        .filter(|w| !w.is_empty())
        .chain(OTHER_NUMBERS.iter().map(|(w, _)| *w))
}

/// Number words outside [`SMALL`] and [`TENS`].
const OTHER_NUMBERS: [(&str, u32); 4] = [
    ("nineteen", 19),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
];

fn claim_regex() -> &'static Regex {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    REGEX.get_or_init(|| {
        let words = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|dozen)";
        // Thousands separators only in groups of three, so "$549," keeps its comma out.
        let num = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
        let pattern = format!(
            r"(?ix)
            (?P<money>[$€£]\s?(?P<mnum>{num})(?:\s?(?P<mult>k|m|million|billion|thousand)\b)?)
          | (?P<rank>\#(?P<rnum>\d+)\b)
          | (?P<pct>\b(?P<pnum>{num})\s?%)
          | (?P<times>\b(?P<tnum>\d+(?:\.\d+)?)x\b)
          | (?P<unit>\b(?P<unum>24/7|\d{{1,3}}[-–]\d{{1,3}}|{num}|{words})(?:-|[\ \t]+)(?P<uword>[a-z]+)\b)"
        );
        // The pattern is a constant; it is tested below.
        Regex::new(&pattern).unwrap_or_else(|_| Regex::new("$^").unwrap_or_else(|_| unreachable!()))
    })
}

/// Words after a number that do not make it a claim: function words, verbs that follow a
/// number in ordinary prose ("0 represents", "1 through 5"), times of day and dimensions
/// ("1024 x 768").
const NOT_UNITS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "from",
    "than",
    "is",
    "are",
    "was",
    "were",
    "be",
    "am",
    "pm",
    "as",
    "if",
    "so",
    "but",
    "that",
    "this",
    "it",
    "we",
    "you",
    "they",
    "i",
    "he",
    "she",
    "our",
    "your",
    "their",
    "its",
    "my",
    "more",
    "less",
    "most",
    "least",
    "through",
    "thru",
    "until",
    "represents",
    "means",
    "x",
    "per",
];

/// Units of technical specifications: "32 GB", "240 Hz", "1.4 kg", "8-core", "27-inch" describe
/// the product, they do not promise anything, and a sell sheet is full of them.
const SPEC_UNITS: &[&str] = &[
    "b",
    "kb",
    "mb",
    "gb",
    "tb",
    "pb",
    "bit",
    "byte",
    "hz",
    "khz",
    "mhz",
    "ghz",
    "mm",
    "cm",
    "m",
    "km",
    "inch",
    "in",
    "ft",
    "foot",
    "feet",
    "g",
    "kg",
    "lb",
    "lbs",
    "oz",
    "w",
    "watt",
    "kw",
    "v",
    "volt",
    "mah",
    "wh",
    "core",
    "thread",
    "nit",
    "dpi",
    "ppi",
    "rpm",
    "px",
    "pixel",
    "k",
    "p",
    "gen",
    "generation",
    "port",
    "slot",
    "bay",
    "lane",
    "channel",
    "pin",
    "key",
    "speaker",
    "fan",
    "db",
];

/// Units a number word may measure ("sixty seconds", "thirty days"): spelled-out counts of
/// other things ("three options", "two models") are conversation, not claims.
const WORD_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "percent", "dollar", "time",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

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
    let factor = match mult.map(str::to_ascii_lowercase).as_deref() {
        Some("k" | "thousand") => 1_000f64,
        Some("m" | "million") => 1_000_000f64,
        Some("billion") => 1_000_000_000f64,
        _ => return base,
    };
    match base.parse::<f64>() {
        Ok(value) => format!("{}", value * factor),
        Err(_) => base,
    }
}

/// Every claim in `text`, with the exclusions that keep model names, dates, times, phone
/// numbers and list numbering out. The caller filters out non-prose regions.
pub fn find_claims(text: &str) -> Vec<ClaimMatch> {
    let mut found = Vec::new();
    for caps in claim_regex().captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let claim = if let Some(n) = caps.name("mnum") {
            Claim {
                number: multiplied(n.as_str(), caps.name("mult").map(|m| m.as_str())),
                unit: "$".into(),
            }
        } else if let Some(n) = caps.name("rnum") {
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
            Claim {
                number: normalize_number(n.as_str()),
                unit: "x".into(),
            }
        } else if let (Some(n), Some(unit)) = (caps.name("unum"), caps.name("uword")) {
            if excluded(text, n.start(), n.as_str(), unit.as_str(), unit.end()) {
                continue;
            }
            let singular_unit = singular(unit.as_str());
            if SPEC_UNITS.contains(&singular_unit.as_str())
                || (number_word(n.as_str()).is_some()
                    && !WORD_UNITS.contains(&singular_unit.as_str()))
            {
                continue;
            }
            let unit = match unit.as_str().to_ascii_lowercase().as_str() {
                "percent" => "%".to_string(),
                "dollar" | "dollars" => "$".to_string(),
                "times" => "x".to_string(),
                other => singular(other),
            };
            Claim {
                number: normalize_number(n.as_str()),
                unit,
            }
        } else {
            continue;
        };
        found.push(ClaimMatch {
            claim,
            range: whole.range(),
        });
    }
    found
}

/// Numbers followed by a word that are not claims.
fn excluded(text: &str, start: usize, number: &str, unit: &str, unit_end: usize) -> bool {
    let unit_lower = unit.to_ascii_lowercase();
    if NOT_UNITS.contains(&unit_lower.as_str()) || MONTHS.contains(&unit_lower.as_str()) {
        return true;
    }
    let digits = number.chars().all(|c| c.is_ascii_digit());
    // A year ("in 2026 models") is a date, not a count.
    if digits && number.len() == 4 && (1900..=2100).contains(&number.parse::<u32>().unwrap_or(0)) {
        return true;
    }
    // "9:30", "5-7" ranges and phone-like runs: the number continues with other digits.
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| {
        c.is_ascii_digit() || c == ':' || c == '-' || c == '.' || c == '/' || c == '+'
    }) {
        return true;
    }
    let after_unit = text[unit_end..].chars().next();
    if unit_lower.len() == 1 && after_unit == Some('.') {
        return true; // "5 p.m."
    }
    let preceding_word = previous_word(text, start);
    if let Some((word, sentence_start)) = preceding_word {
        let lower = word.to_lowercase();
        if MONTHS.contains(&lower.as_str()) {
            return true; // "May 5 deliveries"
        }
        // A model or product name: "RTX 4090", "Windows 11", "CoreForge 14" (camel case names
        // are names even at the start of a line).
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let has_digit = word.chars().any(|c| c.is_ascii_digit());
        let camel_case = word.chars().skip(1).any(char::is_uppercase);
        if (capitalised && !sentence_start)
            || camel_case
            || has_digit
            || (word.len() > 1 && word.chars().all(|c| c.is_uppercase()))
        {
            return true;
        }
    }
    // "Studio 24 Setup", "CoreForge 17 Max": a capitalised word after the number names a model.
    if unit.starts_with(char::is_uppercase) {
        return true;
    }
    // List numbering in plain text: a number first on its line followed by "." or ")" never
    // reaches here (the regex needs a space or hyphen after the number).
    false
}

/// The word right before `start` (separated by one space) and whether it starts a sentence.
fn previous_word(text: &str, start: usize) -> Option<(&str, bool)> {
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
    let before = head[..word_start].trim_end_matches([' ', '\t', '*', '_', '"', '“', '(']);
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '>', '#', '-']);
    Some((word, sentence_start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<String> {
        find_claims(text)
            .into_iter()
            .map(|m| format!("{}={}", &text[m.range], m.claim))
            .collect()
    }

    #[test]
    fn finds_and_normalises_claims() {
        assert_eq!(
            claims("Get 45 seconds, 2,000 laptops, 99.9% uptime, $500 off, #1 rated, 10x faster, sixty seconds, 30-day returns, 24/7 support, $2k credit"),
            [
                "45 seconds=45 second",
                "2,000 laptops=2000 laptop",
                "99.9%=99.9%",
                "$500=$500",
                "#1=#1",
                "10x=10x",
                "sixty seconds=60 second",
                "30-day=30 day",
                "24/7 support=24/7 support",
                "$2k=$2000",
            ]
        );
    }

    #[test]
    fn the_same_pair_in_other_words_is_the_same_claim() {
        let a = find_claims("30-day returns");
        let b = find_claims("returns within 30 days");
        assert_eq!(a[0].claim, b[0].claim);
        assert_eq!(
            find_claims("1,500 laptops")[0].claim,
            find_claims("1500 laptops")[0].claim
        );
    }

    #[test]
    fn model_names_dates_times_and_phones_are_not_claims() {
        assert_eq!(
            claims("Values 0 through 9; 0 represents none; 1024 x 768; the 1000 most used."),
            Vec::<String>::new()
        );
        let text = "The RTX 4090 card and Windows 11 laptops. Open 9 am to 5 pm, at 9:30 daily. Call 555-0100. On May 5 we ship; 2026 models; one of our experts; Step 3 of setup.";
        assert_eq!(claims(text), Vec::<String>::new());
    }

    #[test]
    fn specifications_and_spelled_out_counts_are_not_claims() {
        let text = "32 GB of memory, a 240 Hz screen, 1.4 kg, 8-core chips, a 27-inch display; three options, two models.";
        assert_eq!(claims(text), Vec::<String>::new());
        assert_eq!(claims("three years of cover"), ["three years=3 year"]);
    }

    #[test]
    fn ranges_and_prices_before_commas() {
        assert_eq!(
            claims("Ships in 2-3 days, now $549, or less."),
            ["2-3 days=2-3 day", "$549=$549"]
        );
        assert_eq!(
            claims("CoreForge 17 Max is here. ## Studio 24 Setup"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn sentence_start_numbers_are_still_claims() {
        assert_eq!(
            claims("Over 200 stores. 50 percent off"),
            ["200 stores=200 store", "50 percent=50%"]
        );
    }
}
