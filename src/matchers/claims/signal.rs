//! Whether a figure is a marketing claim: its form or its sentence makes it one. Reference docs
//! and handbooks are full of numbers ("The default timeout is 300ms", "returns a 404 error",
//! "10 concurrent connections", "12 public holidays") that promise nothing; a claim either looks
//! like one (a price, a "+" floor, "10x", "#1", "480 million", "24/7 support") or its words
//! make it one (what it counts is customers or adoption, a percentage of people or of an
//! improvement, a verb of saving or trust, a duration of a promise like setup or returns).
//!
//! Floors and ceilings alone ("up to", "more than", "over", "at least") are not signals: limits
//! in reference docs use them as much as marketing does ("waits up to four minutes").

use super::ClaimMatch;
use super::TIME_UNITS;

/// Counted nouns of adoption, reach and trust (singular): "2,000 customers", "600 apps".
const ADOPTION: &[&str] = &[
    "customer",
    "client",
    "user",
    "team",
    "company",
    "business",
    "organization",
    "organisation",
    "enterprise",
    "brand",
    "developer",
    "engineer",
    "employee",
    "expert",
    "subscriber",
    "creator",
    "merchant",
    "seller",
    "partner",
    "agency",
    "school",
    "student",
    "visitor",
    "people",
    "contributor",
    "country",
    "store",
    "download",
    "install",
    "installation",
    "star",
    "review",
    "app",
    "device",
    "update",
    "website",
    "respondent",
];

/// What an improvement measures, or a comparative after a percentage or multiple: "99.9%
/// uptime", "40% faster", "3x more", "20% off".
const IMPROVEMENTS: &[&str] = &[
    "uptime",
    "availability",
    "accuracy",
    "satisfaction",
    "retention",
    "roi",
    "saving",
    "savings",
    "growth",
    "increase",
    "reduction",
    "boost",
    "lift",
    "improvement",
    "conversion",
    "conversions",
    "revenue",
    "productivity",
    "off",
    "discount",
    "faster",
    "quicker",
    "cheaper",
    "fewer",
    "less",
    "more",
    "better",
    "higher",
    "lower",
    "smaller",
    "lighter",
];

/// Comparatives that make a count or a duration a claim ("3 fewer steps", "10 minutes
/// faster"); "more" and "less" are left out ("add 2 more fields").
const COUNT_COMPARATIVES: &[&str] = &["faster", "quicker", "cheaper", "fewer"];

/// Verbs before a percentage or multiple that make it an improvement: "cut build times by 40%".
const IMPROVE_VERBS: &[&str] = &[
    "cut",
    "cuts",
    "reduce",
    "reduces",
    "reduced",
    "slash",
    "slashes",
    "slashed",
    "boost",
    "boosts",
    "boosted",
    "increase",
    "increases",
    "increased",
    "improve",
    "improves",
    "improved",
    "grow",
    "grows",
    "grew",
    "lower",
    "lowers",
    "lowered",
    "raise",
    "raises",
    "raised",
    "double",
    "doubled",
    "triple",
    "tripled",
];

/// Words before any figure that make it a claim: "trusted by 500 agencies". Verbs of saving
/// count for durations and percentages only ("save 3 hours a week"; "PowerShell saves … 32
/// instances" is a setting), as do [`IMPROVE_VERBS`].
const TRUST: &[&str] = &[
    "trusted by",
    "loved by",
    "chosen by",
    "relied on by",
    "relied upon by",
];

const SAVE_VERBS: &[&str] = &[
    "save", "saves", "saved", "saving", "cut", "cuts", "slash", "slashes", "slashed",
];

/// Words right before a figure that pick items rather than count achievements: "the first
/// 1,000 users", "the following 19 people", "the top 10".
const SELECTING: &[&str] = &["first", "last", "next", "following", "previous", "top"];

/// Words around a duration that make it a promise: "set up in 45 seconds", "30-day returns",
/// "ships in 2-3 days", "a free 14-day trial".
const PROMISES: &[&str] = &[
    "set up",
    "setup",
    "get started",
    "up and running",
    "onboarding",
    "returns",
    "refund",
    "refunds",
    "trial",
    "guarantee",
    "warranty",
    "cover",
    "coverage",
    "delivery",
    "ships",
    "shipping",
    "support",
    "free",
    "money back",
];

/// Words after any figure that make it a claim: "2,000 screens in stock".
const CLAIM_AFTER: &[&str] = &["in stock"];

/// The company speaking about itself: with a percentage or a multiple, "we" and "our" make it
/// the company's figure ("with 99% upkeep on our repair bench", "we grew 42%"). Counts are left
/// out: handbooks say "we have 12 public holidays".
const FIRST_PERSON: &[&str] = &["we", "our", "us"];

/// Words that make a percentage a rollout setting, not an achievement: "roll the feature out to
/// 5% of users", "a canary with 1% of users".
const ROLLOUT: &[&str] = &[
    "roll", "rolled", "rolling", "rollout", "rollouts", "canary", "ramp", "ramped", "expose",
    "exposed", "sample", "sampled", "sampling",
];

/// Words right before a duration that make it a speed promise: "results in just 10 seconds".
/// "In under" and "in less than" are left out: requirements use them ("must return results
/// in less than 20ms").
const SPEED: &[&str] = &["in just", "in only", "in as little as"];

/// How many words before and after a figure its claim signals are read in, within its clause.
const BEFORE: usize = 8;
const AFTER: usize = 4;

/// Whether `found` in `text` is a marketing claim rather than a value in neutral prose.
pub fn makes_claim(text: &str, found: &ClaimMatch) -> bool {
    let unit = found.claim.unit.as_str();
    let figure = &text[found.range.clone()];
    // Forms that only marketing uses: prices, ranks, "+" floors, "480 million", "24/7 support".
    if unit.starts_with('$')
        || unit == "#"
        || unit.is_empty()
        || figure.contains('+')
        || figure.starts_with("24/7")
        || (unit == "x" && !figure.to_ascii_lowercase().ends_with("times"))
    {
        return true;
    }
    let before = window_before(text, found.range.start);
    let after = window_after(text, found.range.end);
    if SELECTING
        .iter()
        .any(|w| before.ends_with(&format!(" {w} ")))
    {
        return false;
    }
    // "our 40 engineers": the company counting its own.
    if has_any(&before, TRUST) || before.ends_with(" our ") || has_any(&after, CLAIM_AFTER) {
        return true;
    }
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    match unit {
        "%" if has_any(&before, ROLLOUT) => false,
        "%" | "x" => {
            IMPROVEMENTS.contains(&next)
                || found
                    .measure
                    .as_deref()
                    .is_some_and(|m| ADOPTION.contains(&m) || IMPROVEMENTS.contains(&m))
                || has_any(&before, IMPROVE_VERBS)
                || has_any(&before, SAVE_VERBS)
                || has_any(&before, FIRST_PERSON)
                || has_any(&after, FIRST_PERSON)
        }
        unit if TIME_UNITS.contains(&unit) => {
            COUNT_COMPARATIVES.contains(&next)
                || has_any(&before, PROMISES)
                || has_any(&after, PROMISES)
                || has_any(&before, SAVE_VERBS)
                || SPEED.iter().any(|w| before.ends_with(&format!(" {w} ")))
        }
        unit => ADOPTION.contains(&unit) || COUNT_COMPARATIVES.contains(&next),
    }
}

/// Whether `window` (" word word … ", lowercase) holds one of `phrases` as whole words.
fn has_any(window: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| window.contains(&format!(" {p} ")))
}

/// The last [`BEFORE`] words of the clause before `start`, as " word word … ".
fn window_before(text: &str, start: usize) -> String {
    let mut from = start.saturating_sub(crate::limits::CLAIM_SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = &text[from..start];
    // The clause: a sentence end, a colon, a semicolon or a comma before a space.
    let head = head
        .rfind(['.', '!', '?', '\n', ';', ':'])
        .map_or(head, |i| &head[i + 1..]);
    let head = head.rfind(", ").map_or(head, |i| &head[i + 1..]);
    let words: Vec<String> = words(head);
    let keep = words.len().saturating_sub(BEFORE);
    format!(" {} ", words[keep..].join(" "))
}

/// The first [`AFTER`] words of the clause after `end`, as " word word … ".
fn window_after(text: &str, end: usize) -> String {
    let mut to = (end + crate::limits::CLAIM_SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let tail = &text[end..to];
    let tail = tail
        .find(['.', '!', '?', '\n', ';', ':'])
        .map_or(tail, |i| &tail[..i]);
    let tail = tail.find(", ").map_or(tail, |i| &tail[..i]);
    let words: Vec<String> = words(tail).into_iter().take(AFTER).collect();
    format!(" {} ", words.join(" "))
}

/// Lowercase words (letters and digits), split at everything else: "money-back" is two words.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
