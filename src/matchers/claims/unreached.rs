//! Figures a sentence says are not reached: a level denied ("We are not yet at 100%, but CI can
//! now generally be expected to pass", the Julia 1.6 highlights), a level its clause judges out
//! of reach ("While we knew 100% compatibility was probably unrealistic", ESLint's flat config
//! post), and a case imagined to make a point ("so even failures with a rate of 0.1% would
//! appear often enough to be disruptive"). The writer states none of them as a fact about the
//! product; a careful reader would not ask a content lead to approve them. A bound is still a
//! claim ("we can't lose more than 0.1%" promises it, see `hypotheses::denied_or_aimed`), and
//! so is a figure reached ("we have now reached 100%"), or one stated before a "would" that
//! no "even" supposes ("our 10x faster builds would save you hours" sells them).

use super::clause::{has_any, last_words};

/// Whether the clause's words before a figure (`before`) and after it (`after`, both " word
/// word … ", lowercase) deny it is reached, judge it out of reach or imagine it.
pub(super) fn not_reached(before: &str, after: &str) -> bool {
    has_any(&last_words(before, 4), NOT_YET)
        || has_any(after, OUT_OF_REACH)
        || (has_any(&last_words(before, 6), &["even"]) && would_follow(after))
}

/// "0.1% would appear": "would" within the first three words after the figure, not in a
/// counterfactual past ("would have").
fn would_follow(after: &str) -> bool {
    let words: Vec<&str> = after.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .iter()
        .take(3)
        .position(|w| *w == "would")
        .is_some_and(|i| words.get(i + 1) != Some(&"have"))
}

/// A level denied as reached, right before it: "not yet at 100%", "yet to reach 1,000 stars".
const NOT_YET: &[&str] = &[
    "not yet",
    "not quite",
    "yet to reach",
    "yet to hit",
    "far from",
    "haven t reached",
    "hasn t reached",
    "have not reached",
    "has not reached",
    "never reached",
];

/// Words of its clause after a figure that judge it out of reach: "100% compatibility was
/// probably unrealistic".
const OUT_OF_REACH: &[&str] = &[
    "unrealistic",
    "impossible",
    "unattainable",
    "unachievable",
    "infeasible",
    "out of reach",
    "not realistic",
    "not possible",
    "not feasible",
];

#[cfg(test)]
mod tests {
    use super::not_reached;
    use crate::matchers::claims::clause::windows_around;

    /// `not_reached` of the figure `figure` (its first occurrence) in `text`.
    fn unreached(text: &str, figure: &str) -> bool {
        let (before, after) = windows_around(text, figure);
        not_reached(&before, &after)
    }

    #[test]
    fn denied_judged_or_imagined_levels_are_not_reached() {
        // The Julia blog (MIT), `2021/03/julia-1.6-highlights.md`; the ESLint blog
        // (Apache-2.0), `2022-08-05-new-config-system-part-2.md`.
        for (text, figure) in [
            ("We are not yet at 100%, but CI can now generally be expected to pass.", "100%"),
            ("While we knew 100% compatibility was probably unrealistic, we wanted to do our best.", "100%"),
            ("We run easily\nover a hundred builds per day, so even failures with a rate of 0.1% would appear often\nenough to be disruptive.", "0.1%"),
            ("The project has yet to reach 1,000 stars.", "1,000 stars"),
            ("Even a 5% regression would be noticed by every user.", "5%"),
        ] {
            assert!(unreached(text, figure), "{text}");
        }
    }

    #[test]
    fn levels_reached_bounds_and_sold_outcomes_are_kept() {
        for (text, figure) in [
            ("We have now reached 100% test coverage.", "100%"),
            ("We can't lose more than 0.1% of events.", "0.1%"),
            ("Our 10x faster builds would save your team hours.", "10x"),
            ("Even with 50,000 nodes, Cilium keeps latency low.", "50,000 nodes"),
            ("Even so, we cut build times by 40%, which would have seemed impossible a year ago.", "40%"),
            ("It made 100% uptime possible for our customers.", "100%"),
        ] {
            assert!(!unreached(text, figure), "{text}");
        }
    }
}
