//! A duration that is one end of a change: "the project's startup and build time has been
//! reduced from 30 seconds to less than 2 seconds" (Rspack's 0.2 announcement, of the Modern.js
//! site). The two ends time one case before and after; neither restates a headline benchmark an
//! approved duration gives, so neither conflicts with it. It may still be an unapproved claim.

use super::clause::window_after;
use super::{ClaimMatch, TIME_UNITS};

/// Whether `found`, a duration, opens a change ("from 30 seconds to …") or closes one ("… from
/// 2.1 seconds to 0.05 seconds") within its clause.
pub fn one_end_of_a_change(text: &str, found: &ClaimMatch) -> bool {
    if !TIME_UNITS.contains(&found.claim.unit.as_str()) {
        return false;
    }
    // The clause before it, read by hand: a decimal point ("from 2.1 seconds") ends no clause.
    let mut from = found.range.start.saturating_sub(CLAUSE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = &text[from..found.range.start];
    let head = [". ", "\n", "; ", ": ", "! ", "? "]
        .iter()
        .filter_map(|end| head.rfind(end).map(|i| i + end.len()))
        .max()
        .map_or(head, |i| &head[i..]);
    let lowered = head.to_ascii_lowercase();
    let near: Vec<&str> = lowered
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .rev()
        .skip_while(|w| HEDGES.contains(w))
        .collect();
    let opens = near.first() == Some(&"from")
        && window_after(text, found.range.end)
            .split(' ')
            .find(|w| !w.is_empty())
            == Some("to");
    let closes = near.first() == Some(&"to")
        && near
            .windows(2)
            .any(|w| w[1] == "from" && w[0].starts_with(|c: char| c.is_ascii_digit()));
    opens || closes
}

/// How far back the clause before a duration is read, in bytes.
const CLAUSE_REACH: usize = 160;

/// Words between "from" or "to" and the figure that leave it one end of the change.
const HEDGES: &[&str] = &[
    "about", "around", "roughly", "nearly", "just", "under", "less", "than", "over", "more", "only",
];

#[cfg(test)]
mod tests {
    use super::one_end_of_a_change;
    use crate::matchers::claims::find_claims;

    fn end(text: &str, figure: &str) -> bool {
        let found = find_claims(text)
            .into_iter()
            .find(|m| &text[m.range.clone()] == figure)
            .expect("the figure is a claim");
        one_end_of_a_change(text, &found)
    }

    #[test]
    fn both_ends_of_a_change_in_duration() {
        // The Rspack blog (MIT), `announcing-0-2.mdx` and `announcing-0-7.mdx`.
        let text = "the project's startup and build time has been reduced from 30 seconds to less than 2 seconds.";
        assert!(end(text, "30 seconds"));
        assert!(end(text, "2 seconds"));
        let text = "reducing the startup time from 2.1 seconds to 0.05 seconds.";
        assert!(end(text, "2.1 seconds"));
        assert!(end(text, "0.05 seconds"));
    }

    #[test]
    fn a_duration_alone_or_a_count_is_no_end_of_a_change() {
        assert!(!end("Rspack builds the site in 2 seconds.", "2 seconds"));
        assert!(!end("Startup went down to 2 seconds.", "2 seconds"));
        assert!(!end(
            "Downloads grew from 10M to 25M downloads.",
            "25M downloads"
        ));
    }
}
