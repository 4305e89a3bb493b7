//! The claim grammar as a regex: the reference the hand reader (`parse.rs`) is held to. Tests
//! search it unanchored with the `regex` crate and compare every group of every match with
//! the parts the scan and the reader find.

use super::parse::{Figure, Shape};
use std::ops::Range;

/// The claim pattern: a price, a rank, a percentage, a multiple, or a number with a unit.
pub(super) fn claim_pattern() -> String {
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

/// The groups of the pattern a figure's parts are, by group index (0 is the whole match):
/// money 1–5, rank 6–7, pct 8–9, times 10–11, unit 12–19.
pub(super) fn groups(figure: &Figure) -> Vec<Option<Range<usize>>> {
    let whole = Some(figure.whole.clone());
    let mut groups = vec![None; 20];
    groups[0] = whole.clone();
    match &figure.shape {
        Shape::Money {
            number,
            mult,
            plus,
            per,
        } => {
            groups[1] = whole;
            groups[2] = Some(number.clone());
            groups[3] = mult.clone();
            groups[4] = plus.clone();
            groups[5] = per.clone();
        }
        Shape::Rank { number } => {
            groups[6] = whole;
            groups[7] = Some(number.clone());
        }
        Shape::Percent { number } => {
            groups[8] = whole;
            groups[9] = Some(number.clone());
        }
        Shape::Times { number } => {
            groups[10] = whole;
            groups[11] = Some(number.clone());
        }
        Shape::Count(count) => {
            groups[12] = whole;
            groups[13] = Some(count.number.clone());
            groups[14] = count.article.then(|| count.number.clone());
            groups[15] = count.mult.clone();
            groups[16] = count.plus.clone();
            groups[17] = count.per.clone();
            groups[18] = count.word.clone();
            groups[19] = count.attached.clone();
        }
    }
    groups
}

#[test]
fn the_groups_are_the_patterns() {
    let regex = regex::Regex::new(&claim_pattern()).expect("the claim pattern compiles");
    let names: Vec<Option<&str>> = regex.capture_names().collect();
    assert_eq!(
        names,
        [
            None,
            Some("money"),
            Some("mnum"),
            Some("mmult"),
            Some("mplus"),
            Some("per"),
            Some("rank"),
            Some("rnum"),
            Some("pct"),
            Some("pnum"),
            Some("times"),
            Some("tnum"),
            Some("unit"),
            Some("unum"),
            Some("aone"),
            Some("umult"),
            Some("uplus"),
            Some("uper"),
            Some("uword"),
            Some("attached"),
        ]
    );
}
