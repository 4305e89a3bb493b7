//! The period a figure counts per. "50 hours/month" is a rate: an allowance per month. "An
//! additional 3 hours booster" counts hours once, another quantity, and is no stale version of
//! the rate; "100 hours/month" or "100 hours per month" is. A figure conflicts with an approved
//! rate only when it is stated per the same period.

use super::clause::words;
use super::cues::{EACH, PERIODS};
use super::singular;

/// The period `written` (an approved claim as written, or the text right after a figure) counts
/// per, as a singular noun: "month" for "/month", "/mo", "per month", "a month", "each month",
/// "monthly". `None`: no period.
pub fn period_of(written: &str) -> Option<String> {
    let lower = written.to_lowercase();
    // "/month", "/mo", "/yr": the slash form, read before the words split it off. A landing
    // page may space it ("over 133.5 million downloads / week", ESLint's homepage): a rate all
    // the same, so a year's total ("2,964,923,725 total downloads for 2025") is no stale one.
    if let Some(after) = lower.split('/').nth(1) {
        let unit: String = after
            .trim_start_matches(' ')
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if let Some(period) = slash_period(&unit).or_else(|| throughput_period(&unit)) {
            return Some(period.to_string());
        }
    }
    let words = words(&lower);
    for pair in words.windows(2) {
        let period = singular(&pair[1]);
        // "per second", not "in under a second".
        let per = matches!(pair[0].as_str(), "per" | "each" | "every");
        if (EACH.contains(&pair[0].as_str()) && PERIODS.contains(&period.as_str()))
            || (per && THROUGHPUT_PERIODS.contains(&period.as_str()))
        {
            return Some(period);
        }
    }
    words.iter().find_map(|w| {
        ADVERBS
            .iter()
            .find(|(adverb, _)| adverb == w)
            .map(|(_, period)| period.to_string())
    })
}

/// The text right after a figure that may say its period: up to the end of its clause.
pub fn period_after(text: &str, end: usize) -> Option<String> {
    let mut to = (end + 24).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let tail = &text[end..to];
    let tail = tail
        .find(['.', '!', '?', '\n', ';', ':', ','])
        .map_or(tail, |i| &tail[..i]);
    // Only the words next to the figure: "/month", "per month", "a month", "monthly".
    let near: String = tail
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    if near.starts_with('/') || tail.starts_with('/') {
        return period_of(tail);
    }
    period_of(&format!(" {near}"))
}

/// The end of a period written on a figure with a slash, right at `end` ("900 users/month",
/// "40 hours/wk" is no period the grammar knows): the figure is a rate, one figure, and its
/// slash does not make it a path.
pub fn slash_period_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix('/')?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    slash_period(&rest[..len].to_ascii_lowercase()).map(|_| end + 1 + len)
}

/// The period a unit written after a slash names ("month" for "mo"), if it is one.
fn slash_period(unit: &str) -> Option<&'static str> {
    super::words::PRICE_PERIODS
        .iter()
        .find(|(written, period)| *written == unit && PERIODS.contains(period))
        .map(|(_, period)| *period)
}

/// The periods of a throughput ("959k rows per second", "904k rows/sec"): a rate like a monthly
/// allowance, so a count of rows ("1.6 billion rows") is no stale version of it, nor it of the
/// count. Only here, where figures are compared: "per second" does not make a figure a claim.
const THROUGHPUT_PERIODS: [&str; 2] = ["second", "minute"];

/// A throughput's period written after a slash: "rows/sec", "row/secs", "events/s".
fn throughput_period(unit: &str) -> Option<&'static str> {
    match unit {
        "s" | "sec" | "secs" | "second" | "seconds" => Some("second"),
        "min" | "mins" | "minute" | "minutes" => Some("minute"),
        _ => None,
    }
}

/// Adverbs of a period.
const ADVERBS: &[(&str, &str)] = &[
    ("daily", "day"),
    ("weekly", "week"),
    ("monthly", "month"),
    ("quarterly", "quarter"),
    ("yearly", "year"),
    ("annually", "year"),
];

#[cfg(test)]
mod tests {
    use super::{period_after, period_of, slash_period_end};

    #[test]
    fn reads_the_period_a_figure_counts_per() {
        for (written, period) in [
            ("50 hours/month", Some("month")),
            ("100 hours per month", Some("month")),
            ("$12/mo", Some("month")),
            ("10 GB a day", Some("day")),
            ("1M rows free monthly", Some("month")),
            ("50 hours", None),
            ("1,500 laptops in stock", None),
            // QuestDB's benchmark page and blog (Apache-2.0): throughputs.
            ("959k rows per second", Some("second")),
            ("904k rows/sec", Some("second")),
            ("1.6 billion rows", None),
            ("responds in under a second", None),
            // ESLint's homepage (MIT): a rate with a spaced slash; a fraction is none.
            ("over 133.5 million downloads / week", Some("week")),
            ("$113,384.03 / year in donations", Some("year")),
            ("1 / 2 of users", None),
        ] {
            assert_eq!(period_of(written).as_deref(), period, "{written}");
        }
        let text = "Get 100 hours/month, or an additional 3 hours booster.";
        assert_eq!(period_after(text, 13).as_deref(), Some("month"));
        assert_eq!(period_after(text, 47).as_deref(), None);
    }

    #[test]
    fn a_slash_and_a_period_make_a_rate() {
        // "We now serve 900 users/month": the period ends the figure.
        let text = "We now serve 900 users/month across teams.";
        assert_eq!(slash_period_end(text, 22), Some(28));
        assert_eq!(slash_period_end("Get 100 hours/mo.", 13), Some(16));
        // A path, another unit, or no slash: no period.
        for (text, end) in [
            ("See docs/users/guide.md", 14),
            ("Reads 40 MB/s from disk", 11),
            ("We serve 900 users per month", 18),
            ("Files in users/monthly/", 14),
        ] {
            assert_eq!(slash_period_end(text, end), None, "{text}");
        }
    }
}
