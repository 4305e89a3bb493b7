//! The word lists claims are read with: number words, and the words after a number that are
//! or are not what it counts.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The number words and their values, in the order the claim grammar tries them at a position:
/// the tens before "six" and "seven", so "sixty" is read whole (a shorter word still wins over a
/// longer one after it: "seventeen" reads as "seven"). "one" is left out: "one of our experts" is
/// no claim.
pub(super) const NUMBERS: [(&str, u32); 29] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
];

/// The value of an English number word ("one" is left out: "one of our experts" is no claim).
pub fn number_word(word: &str) -> Option<u32> {
    // Most words are not numbers: rule them out without allocating.
    if !(3..=9).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // Phrase matching asks for every word of a scored region: one lookup, not a scan.
    static VALUES: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    let values = VALUES.get_or_init(|| NUMBERS.into_iter().collect());
    let mut lower = [0u8; 9];
    let lower = &mut lower[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII letters only (checked above), so always UTF-8.
    values.get(std::str::from_utf8(lower).ok()?).copied()
}

/// Every number word [`number_word`] knows, lowercase, in the grammar's order ([`NUMBERS`]).
pub fn number_words() -> impl Iterator<Item = &'static str> {
    NUMBERS.iter().map(|(word, _)| *word)
}

/// Words after a number that do not make it a claim: function words, verbs that follow a
/// number in ordinary prose ("0 represents", "1 through 5"), times of day and dimensions
/// ("1024 x 768").
pub(super) const NOT_UNITS: &[&str] = &[
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
    // Prepositions, adverbs and verbs: "24/7 via their phone", "3 total", "5.1 is out".
    "via",
    "across",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "during",
    "within",
    "without",
    "between",
    "each",
    "every",
    "all",
    "only",
    "just",
    "now",
    "today",
    "ago",
    "again",
    "also",
    "still",
    "then",
    "when",
    "where",
    "which",
    "who",
    "what",
    "while",
    "because",
    "since",
    "there",
    "here",
    "these",
    "those",
    "them",
    "us",
    "has",
    "have",
    "had",
    "will",
    "can",
    "would",
    "should",
    "could",
    "might",
    "must",
    "do",
    "does",
    "did",
    "not",
    "no",
    "up",
    "out",
    "off",
    "last",
    "next",
];

/// Units of technical specifications: "32 GB", "240 Hz", "1.4 kg", "8-core", "27-inch" describe
/// the product, they do not promise anything, and a sell sheet is full of them.
pub(super) const SPEC_UNITS: &[&str] = &[
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
pub(super) const WORD_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "percent", "dollar", "time",
];

pub(super) const MONTHS: &[&str] = &[
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

/// Words between a number and what it counts: "3–5 total interviews", "8 business hours",
/// "50M+ active users". The counted noun is the next word.
pub(super) const MODIFIERS: &[&str] = &[
    "total",
    "business",
    "working",
    "calendar",
    "active",
    "monthly",
    "daily",
    "weekly",
    "annual",
    "yearly",
    "happy",
    "new",
    "paying",
    "paid",
    "free",
    "unique",
    "additional",
    "extra",
    "full",
    "different",
    "global",
    "registered",
    "satisfied",
    "loyal",
    "enterprise",
    "million",
    "billion",
    "public",
    "national",
    "bank",
    "federal",
    "sick",
    "vacation",
    "company",
    "team",
];

/// Words before a number that make it a version, a step or a reference: "version 5.1",
/// "node 20", "issue 36681", "step 3".
pub(super) const NAMING_WORDS: &[&str] = &[
    "version", "v", "ver", "release", "node", "python", "java", "ruby", "php", "go", "ios",
    "android", "macos", "ubuntu", "debian", "chrome", "firefox", "safari", "api", "sdk", "issue",
    "issues", "pr", "pull", "request", "ticket", "bug", "fixes", "fix", "fixed", "closes",
    "closed", "resolves", "see", "number", "no", "step", "stage", "phase", "level", "tier", "part",
    "chapter", "page", "section", "item", "episode", "ep", "season", "rule", "line", "week",
    "example",
];

/// Words after a decimal number that make it a version: "5.1 release".
pub(super) const VERSION_UNITS: &[&str] = &[
    "release", "version", "update", "beta", "alpha", "build", "patch", "upgrade", "branch",
    "series", "lts", "rc", "preview",
];

/// Units a decimal number can count: "1.5 hours", "4.8 stars". Any other unit after a decimal
/// makes it a version ("the 4.0 runtime", "7.7 cmdlet reference", "the 0.26 migration guide").
pub(super) const DECIMAL_UNITS: &[&str] = &[
    "ms", "second", "minute", "hour", "day", "week", "month", "year", "percent", "dollar", "time",
    "star", "point", "rating", "person",
];

/// Periods and per-what of a price: "$12/month", "$5 per seat".
pub(super) const PRICE_PERIODS: &[(&str, &str)] = &[
    ("month", "month"),
    ("mo", "month"),
    ("year", "year"),
    ("yr", "year"),
    ("week", "week"),
    ("day", "day"),
    ("hour", "hour"),
    ("hr", "hour"),
    ("user", "user"),
    ("seat", "seat"),
];

/// Units of time, normalised: a duration conflicts only with one timing the same thing.
pub(super) const TIME_UNITS: &[&str] = &[
    "ms", "second", "minute", "hour", "day", "week", "month", "year",
];
