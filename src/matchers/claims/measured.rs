//! What a measured thing was made of: "RSS of single read 8h of 10k series", "run on arrays of
//! 100 million elements", "a fixed BERT token vocabulary of about 30K unique tokens". The count
//! sizes the input a measurement or a model was given; it states no result.

use super::settings::throughput_after;
use crate::document::english::neighbours::Neighbour;

/// Whether the figure `figure` counts the data items a measured thing was made of, right after
/// "of" (words of approximation between) and a noun that is not an amount, with no rate after
/// it (`tight`: the figure's tight words before it, nearest first; `before` and `after`: its
/// sentence's words). An amount's "of" ("a rate of over 7k messages", "a total of", "a free
/// credit of"), a rate ("10k messages per channel", "904k rows/sec"), a bound ("tables of up to
/// 10 billion rows": what the product holds) and the company speaking ("We index a catalog of
/// 80 million documents", "Our context window of 1 million tokens") stay claims.
pub(super) fn sizes_what_was_measured(
    figure: &str,
    tight: &[&Neighbour],
    before: &[Neighbour],
    after: &[Neighbour],
) -> bool {
    if !super::clause::ends_on_one_of(figure, &DATA_ITEMS) || figure.contains('/') {
        return false;
    }
    let approximate = tight
        .iter()
        .take_while(|w| w.is_one_of(&APPROXIMATE))
        .count();
    let of = tight.get(approximate).is_some_and(|w| w.is_one_of(&["of"]));
    let whole = tight
        .get(approximate + 1)
        .is_some_and(|w| !w.is_one_of(&AMOUNTS));
    let speaker = before
        .iter()
        .chain(after)
        .any(|w| w.is_one_of(&["we", "our", "us", "you", "your"]));
    of && whole && !speaker && !rate_after(after)
}

/// Data items a test's input is counted in.
const DATA_ITEMS: [&str; 19] = [
    "row",
    "rows",
    "records",
    "series",
    "element",
    "elements",
    "document",
    "documents",
    "passage",
    "passages",
    "token",
    "tokens",
    "vector",
    "vectors",
    "sample",
    "samples",
    "key",
    "keys",
    "entries",
];

/// Nouns whose "of" introduces an amount reached or given, not what something was made of.
const AMOUNTS: [&str; 22] = [
    "rate",
    "rates",
    "total",
    "peak",
    "peaks",
    "maximum",
    "max",
    "average",
    "throughput",
    "record",
    "tier",
    "minimum",
    "excess",
    "upwards",
    "credit",
    "credits",
    "bonus",
    "quota",
    "allowance",
    "limit",
    "capacity",
    "window",
];

/// Words of approximation between "of" and a figure: "of about 30K unique tokens". A bound ("of
/// up to", "of over") is a capacity, a claim.
const APPROXIMATE: [&str; 6] = [
    "about",
    "approximately",
    "around",
    "nearly",
    "almost",
    "roughly",
];

/// Whether the words after a count make it a rate: "per channel", "a second", "each month",
/// or a throughput.
fn rate_after(after: &[Neighbour]) -> bool {
    let at = |i: usize, list: &[&str]| after.get(i).is_some_and(|w| w.tight && w.is_one_of(list));
    at(0, &["per", "each", "every"])
        || (at(0, &["a", "an"])
            && at(
                1,
                &["second", "minute", "hour", "day", "week", "month", "year"],
            ))
        || throughput_after(after)
}
