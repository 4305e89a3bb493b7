//! A figure about one release ("This release includes a lot of hard work from over 50
//! contributors") or one period ("This year, 9 contributors from around the world collaborated
//! with mentors") counts a part of what an approved figure counts over the product's life ("500+
//! contributors"): another quantity, no stale or contradicting version of it.

use super::cited::sentence_range;

/// What one release is called.
const RELEASES: [&str; 4] = ["release", "version", "update", "launch"];

/// What one period of the project's life is called; "this year" and "last month" pick one out,
/// where "every month" makes a figure a rate, which the approved figures' periods decide.
const PERIODS: [&str; 6] = ["year", "month", "week", "quarter", "cycle", "cohort"];
const ONE_PERIOD: [&str; 2] = ["this", "last"];

/// Verbs of a milestone: "This year we passed 3,000 contributors" states the running total.
const MILESTONES: [&str; 14] = [
    "reach",
    "reached",
    "reaches",
    "pass",
    "passed",
    "passes",
    "cross",
    "crossed",
    "hit",
    "surpassed",
    "exceeded",
    "topped",
    "grew",
    "grown",
];

/// Words that pick out one release; "the release" may be a point in time ("since the release
/// of 1.0, 500 contributors"), so it does not count.
const ONE: [&str; 4] = ["this", "each", "every", "per"];

/// Whether the sentence holding the figure at `start..end` says, before or after the figure, that
/// it is about one release, or opens on one period, and states no milestone reached in it.
pub fn within_one_release_or_period(text: &str, start: usize, end: usize) -> bool {
    let sentence = sentence_range(text, start..end);
    let words = [
        words_of(&text[sentence.start..start]),
        words_of(&text[end..sentence.end]),
    ];
    let one_release = words.iter().any(|part| {
        part.windows(2)
            .any(|w| ONE.contains(&w[0].as_str()) && RELEASES.contains(&w[1].as_str()))
    });
    // A period opens the sentence ("This year, 9 contributors …", "During the last cycle"): said
    // elsewhere it may time another figure ("80% of users agree, and 20% off this week").
    // The line the figure is on opens it too: a sentence ending in an emoji and a hard break
    // ("… effort.🎉  \nThis year, 9 contributors") reads as one with the next.
    let head = &text[sentence.start..start];
    let line_head = head.rsplit('\n').next().unwrap_or(head);
    let one_period = opens_on_one_period(&words[0]) || opens_on_one_period(&words_of(line_head));
    (one_release || one_period)
        && !words
            .iter()
            .flatten()
            .any(|w| MILESTONES.contains(&w.as_str()))
}

/// The words of `part`, lowercase: runs of letters.
fn words_of(part: &str) -> Vec<String> {
    part.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `words` open on one period: "this year", "during the last cycle".
fn opens_on_one_period(words: &[String]) -> bool {
    let opening: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| matches!(*w, "in" | "during" | "over" | "the"))
        .take(2)
        .collect();
    matches!(opening.as_slice(), [one, period]
        if ONE_PERIOD.contains(one) && PERIODS.contains(period))
}

#[cfg(test)]
mod tests {
    use super::within_one_release_or_period;

    fn about_one_release(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect("figure in text");
        within_one_release_or_period(text, start, start + figure.len())
    }

    #[test]
    fn a_releases_figures_count_that_release() {
        // Linkerd's blog (Apache-2.0): release announcements thank the release's contributors.
        for (text, figure) in [
            (
                "This release includes a lot of hard work from over 50 contributors. A special\nthank you to all.",
                "50 contributors",
            ),
            (
                "Linkerd 2.14 is out! This release includes a lot of hard work from 25+\ncontributors.",
                "25+\ncontributors",
            ),
            ("We thank the 30 contributors to this release.", "30 contributors"),
            ("Each release ships 200 fixes.", "200 fixes"),
            // The Kubeflow blog (Apache-2.0), `2025-09-06-kubeflow-and-gsoc2025.md`.
            (
                "This year, 9 contributors from around the world collaborated with mentors.",
                "9 contributors",
            ),
            ("During the last cycle 12 contributors joined.", "12 contributors"),
            (
                "We are grateful for the members' effort.🎉  \nThis year, 9 contributors took part.",
                "9 contributors",
            ),
        ] {
            assert!(about_one_release(text, figure), "{text}");
        }
    }

    #[test]
    fn the_products_figures_are_not() {
        for (text, figure) in [
            ("Linkerd has over 500 contributors.", "500 contributors"),
            (
                "Since the release of 1.0, over 500 contributors have joined.",
                "500 contributors",
            ),
            (
                "This release is big. Linkerd now has 500 contributors.",
                "500 contributors",
            ),
            (
                "Our 50 contributors wrote the released code.",
                "50 contributors",
            ),
            // A milestone reached in the period states the running total; "every month" a rate.
            (
                "Each month we welcome 500 contributors.",
                "500 contributors",
            ),
            (
                "This year Linkerd passed 500 contributors.",
                "500 contributors",
            ),
            (
                "This month we reached 500 contributors.",
                "500 contributors",
            ),
        ] {
            assert!(!about_one_release(text, figure), "{text}");
        }
    }
}
