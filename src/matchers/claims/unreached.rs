//! Figures a sentence says are not reached: a level denied ("We are not yet at 100%, but CI can
//! now generally be expected to pass", the Julia 1.6 highlights), a level its clause judges out
//! of reach ("While we knew 100% compatibility was probably unrealistic", ESLint's flat config
//! post), and a case imagined to make a point ("so even failures with a rate of 0.1% would
//! appear often enough to be disruptive"). The writer states none of them as a fact about the
//! product; a careful reader would not ask a content lead to approve them. A bound is still a
//! claim ("we can't lose more than 0.1%" promises it, see `hypotheses::denied_or_aimed`), and
//! so is a figure reached ("we have now reached 100%"), or one stated before a "would" that
//! no "even" supposes ("our 10x faster builds would save you hours" sells them). A figure
//! foreseen ("we expect to see a 100x improvement", "the expected 47% increase") or imagined in
//! a modal's progressive ("we could be serving 30x more users") is not reached either; a promise
//! to the reader ("you can expect a 30% saving") and a modal's passive ("throughput could be
//! increased by 2x", a measured possibility) stay claims.

use super::clause::{ends_with_any, has_any, last_words};

/// Whether the clause's words before a figure (`before`) and after it (`after`, both " word
/// word … ", lowercase) deny it is reached, judge it out of reach or imagine it.
pub(super) fn not_reached(before: &str, after: &str) -> bool {
    has_any(&last_words(before, 4), NOT_YET)
        || has_any(after, OUT_OF_REACH)
        || (has_any(&last_words(before, 6), &["even"]) && would_follow(after))
        || ends_with_any(before, FORESEEN)
        || imagined_in_progress(before)
}

/// "we could be serving 30x more users": a modal, "be" and a verb in "-ing" right before the
/// figure (an article or "up to" may come between).
fn imagined_in_progress(before: &str) -> bool {
    let mut words = before
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .skip_while(|w| matches!(*w, "a" | "an" | "the" | "up" | "to" | "about" | "around"));
    let (Some(verb), Some(be), Some(modal)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    verb.len() > 4 && verb.ends_with("ing") && be == "be" && IMAGINING_MODALS.contains(&modal)
}

/// Modals that imagine rather than plan ("will be serving" plans).
const IMAGINING_MODALS: &[&str] = &["could", "would", "might", "may"];

/// A figure foreseen by the writer, right before it: "we expect to see a 100x improvement", "the
/// expected 47% increase".
const FORESEEN: &[&str] = &[
    "the expected",
    "an expected",
    "we expect",
    "we expect a",
    "we expect an",
    "we expect to see",
    "we expect to see a",
    "we expect to see an",
    "we d expect",
    "we d expect a",
    "we d expect to see a",
    "we would expect",
    "we would expect a",
    "we would expect to see a",
    "i expect",
    "i expect a",
    "i expect to see a",
];

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
            // The gRPC blog (Apache-2.0), `optimizing-grpc-part-2.md`; the Valkey blog
            // (BSD-3-Clause), `2024-11-21-testing-the-limits`; the atproto blog, `serving-the-for-you-feed`.
            ("Since we have removed those, we expect to see a 100x improvement.", "100x"),
            ("This speed up is a lot more than the expected 47% increase.", "47%"),
            ("It means we could be serving 30x more users which would be 2.1M.", "30x"),
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
            // The React Native blog (MIT), 0.75; a promise to the reader; a plan.
            ("Benchmarks have shown that throughput could be increased by 2x in common scenarios.", "2x"),
            ("With Expo, the auto-linking step could now run ~6.5x faster on Android.", "6.5x"),
            ("Customers can expect a 30% saving on their first bill.", "30%"),
            ("By spring we will be serving 3x more regions.", "3x"),
        ] {
            assert!(!unreached(text, figure), "{text}");
        }
    }
}
