//! The hand reader on the shapes real sentences write, part by part.

use super::parse::{figure_at, Count, Figure, Shape};
use std::ops::Range;

/// The figure at the start of `text`.
fn read(text: &str) -> Figure {
    figure_at(text, 0).unwrap_or_else(|| panic!("no figure at the start of {text:?}"))
}

/// The text of a part.
fn part<'t>(text: &'t str, span: &Option<Range<usize>>) -> Option<&'t str> {
    span.clone().map(|span| &text[span])
}

/// A count's parts as written: number, multiplier, plus, per, word, attached unit.
type CountParts<'t> = [Option<&'t str>; 6];

fn count<'t>(text: &'t str) -> (&'t str, CountParts<'t>, bool) {
    let figure = read(text);
    let Shape::Count(Count {
        number,
        article,
        mult,
        plus,
        per,
        word,
        attached,
    }) = &figure.shape
    else {
        panic!("{text:?} is not a count: {figure:?}");
    };
    (
        &text[figure.whole.clone()],
        [
            Some(&text[number.clone()]),
            part(text, mult),
            part(text, plus),
            part(text, per),
            part(text, word),
            part(text, attached),
        ],
        *article,
    )
}

#[test]
fn counts_with_multipliers_floors_and_units() {
    assert_eq!(
        count("1B+ updates"),
        (
            "1B+ updates",
            [Some("1"), Some("B"), Some("+"), None, Some("updates"), None],
            false
        )
    );
    assert_eq!(
        count("12.5M downloads in a year").1[..2],
        [Some("12.5"), Some("M")]
    );
    assert_eq!(count("12.5 million updates").1[1], Some(" million"));
    assert_eq!(count("250bn proxy requests").1[1], Some("bn"));
    assert_eq!(
        count("10k/month"),
        (
            "10k/month",
            [Some("10"), Some("k"), None, Some("month"), None, None],
            false
        )
    );
    assert_eq!(count("100ms latency").1[5], Some("ms"));
    assert_eq!(count("5 secs").1[4], Some("secs"));
    // A lowercase m is metres, and "4K" reads as a multiplier the claim rules then refuse.
    assert_eq!(count("5m cable").0, "5");
    assert_eq!(count("4K display").1[1], Some("K"));
    // The Cilium blog (CC BY 4.0), `26-06-2018-cilium-11.md`: four digits before a "B" are
    // bytes, an attached unit; fewer may be billions ("100B parameters").
    assert_eq!(count("1500B chunks").1[..2], [Some("1500"), None]);
    assert_eq!(count("100B parameters").1[1], Some("B"));
    assert_eq!(count("1,500B in sales").1[1], Some("B"));
}

#[test]
fn ranges_words_and_the_article() {
    assert_eq!(
        count("3–5 total interviews").1[..5],
        [Some("3–5"), None, None, None, Some("total")]
    );
    assert_eq!(count("2-3 days").1[0], Some("2-3"));
    // A range is of small numbers; "1234-5" is a number and a hyphen.
    assert_eq!(count("1234-5").0, "1234");
    assert_eq!(
        count("24/7 support").1[..5],
        [Some("24/7"), None, None, None, Some("support")]
    );
    assert_eq!(count("30-day returns").1[4], Some("day"));
    assert_eq!(
        count("Sixty seconds").1[..5],
        [Some("Sixty"), None, None, None, Some("seconds")]
    );
    // The grammar's words in its order, with no boundary after: "seventeen" reads as "seven".
    assert_eq!(count("seventeen days").0, "seven");
    assert_eq!(count("fifteen days").0, "fifteen days");
    let (whole, parts, article) = count("a million users");
    assert_eq!(
        (whole, parts[0], article),
        ("a million users", Some("a million"), true)
    );
    assert_eq!(figure_at("a millionaire", 0), None);
    assert_eq!(figure_at("about", 0), None);
}

#[test]
fn group_separators_only_in_threes() {
    assert_eq!(count("2,000 laptops").1[0], Some("2,000"));
    assert_eq!(count("1,0000 rows").1[0], Some("1,000"));
    assert_eq!(count("1234,567 rows").1[0], Some("1234"));
    assert_eq!(count("549, or less").0, "549");
}

fn money(text: &str) -> (&str, [Option<&str>; 4]) {
    let figure = read(text);
    let Shape::Money {
        number,
        mult,
        plus,
        per,
    } = &figure.shape
    else {
        panic!("{text:?} is not money: {figure:?}");
    };
    (
        &text[figure.whole.clone()],
        [
            Some(&text[number.clone()]),
            part(text, mult),
            part(text, plus),
            part(text, per),
        ],
    )
}

#[test]
fn prices_in_any_currency_and_per_period() {
    assert_eq!(
        money("$12/month"),
        ("$12/month", [Some("12"), None, None, Some("month")])
    );
    assert_eq!(money("€12/mo each").0, "€12/mo");
    assert_eq!(money("£5 per seat").1[3], Some("seat"));
    assert_eq!(money("$99 a year").0, "$99 a year");
    assert_eq!(money("$5 PER  user").0, "$5 PER  user");
    assert_eq!(money("$ 5").1[0], Some("5"));
    assert_eq!(money("$27m in funding").1[1], Some("m"));
    assert_eq!(
        money("$2k+ credit").1[..3],
        [Some("2"), Some("k"), Some("+")]
    );
    // A period must end a word: "months" is no "month" or "mo".
    assert_eq!(money("$3/months").0, "$3");
    assert_eq!(figure_at("$ and", 0), None);
    // A full stop after the period closes the sentence; it is no part of the price.
    assert_eq!(money("$15/month.").0, "$15/month");
    assert_eq!(money("$25 a month.").1[3], Some("month"));
}

#[test]
fn a_rate_after_a_counted_word_ends_at_the_word() {
    // The grammar reads one thing after a count (`per`, `word` or `attached`): "900
    // users/month" is the count "900 users", and the rule reads the period written on it
    // (`periods::slash_period_end`, `periods::period_after`), as for "900 users per month".
    assert_eq!(
        count("900 users/month across teams"),
        (
            "900 users",
            [Some("900"), None, None, None, Some("users"), None],
            false
        )
    );
    assert_eq!(count("900 users per month").0, "900 users");
    // A bare figure takes its period itself.
    assert_eq!(count("10k/month").1[3], Some("month"));
}

#[test]
fn percentages_multiples_and_ranks() {
    let figure = read("99.9% uptime");
    assert_eq!(
        (figure.whole, figure.shape),
        (0..5, Shape::Percent { number: 0..4 })
    );
    assert_eq!(read("50 % off").whole, 0..4);
    assert_eq!(read("50\u{A0}% off").whole, 0..5);
    assert_eq!(read("10x faster").shape, Shape::Times { number: 0..2 });
    assert_eq!(read("1.5X").whole, 0..4);
    assert_eq!(read("19× faster").whole, 0..4);
    // "10xyz" is no multiple; it reads as a count of 10.
    assert!(matches!(read("10xyz").shape, Shape::Count(_)));
    assert_eq!(read("#1 rated").shape, Shape::Rank { number: 1..2 });
    assert_eq!(figure_at("#12a", 0), None);
}

#[test]
fn no_figure_inside_a_word() {
    assert_eq!(figure_at("v12", 1), None);
    assert_eq!(figure_at("abc", 0), None);
    assert_eq!(figure_at("", 0), None);
    assert_eq!(figure_at("5", 9), None);
    // Other scripts' digits are digits; other numerals are not.
    assert_eq!(read("٣ days").whole, 0.."٣ days".len());
    assert_eq!(figure_at("² days", 0), None);
}
