//! A figure about one release ("This release includes a lot of hard work from over 50
//! contributors") or one period ("This year, 9 contributors from around the world collaborated
//! with mentors") counts a part of what an approved figure counts over the product's life ("500+
//! contributors"): another quantity, no stale or contradicting version of it.

use std::borrow::Cow;

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
            .any(|w| ONE.contains(&&*w[0]) && RELEASES.contains(&&*w[1]))
    });
    // A period opens the sentence ("This year, 9 contributors …", "During the last cycle"): said
    // elsewhere it may time another figure ("80% of users agree, and 20% off this week").
    // The line the figure is on opens it too: a sentence ending in an emoji and a hard break
    // ("… effort.🎉  \nThis year, 9 contributors") reads as one with the next.
    let head = &text[sentence.start..start];
    let line_head = head.rsplit('\n').next().unwrap_or(head);
    let one_period = opens_on_one_period(&words[0]) || opens_on_one_period(&words_of(line_head));
    (one_release || one_period || opens_on_one_release(head) || opens_on_a_versions_additions(head))
        && !words.iter().flatten().any(|w| MILESTONES.contains(&&**w))
}

/// The words of `part`, lowercase: runs of letters. A word of lowercase ASCII is borrowed.
fn words_of(part: &str) -> Vec<Cow<'_, str>> {
    part.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect()
}

/// Whether the sentence opening `head` has one release or one release line as its subject: "The
/// release also promotes over 70 rules" (Biome 2.5's post: the rules it promotes, not Biome's
/// rule total), "The v8.x release line is still popular with over 26 million weekly downloads"
/// (ESLint's 2025 review: one line's share of the weekly total). "The release of 1.0" is a point
/// in time, not a subject; a version alone ("Biome v2 has 500 rules") may be the product at that
/// version, so a version needs a word for a line after it.
fn opens_on_one_release(head: &str) -> bool {
    let mut tokens = head
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .skip_while(|t| t == "the" || t == "this")
        .peekable();
    let mut versioned = false;
    while tokens
        .peek()
        .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()) && t.len() <= 8)
    {
        versioned = true;
        tokens.next();
    }
    let (Some(noun), next) = (tokens.next(), tokens.next()) else {
        return false;
    };
    let line = |t: &str| LINES.contains(&t);
    match (noun.as_str(), next.as_deref()) {
        ("release" | "version", Some(t)) if line(t) => true,
        (t, Some(_)) if versioned && line(t) => true,
        ("release", Some(t)) if !versioned => !NOT_ONE_RELEASE.contains(&t),
        _ => false,
    }
}

/// Whether the sentence opening `head` opens on "In" and a version, then says what was added in
/// it: "In 2.0 we implemented 3 policies using this new matching system" (Kuma's blog: one
/// release's policies of a new kind, not the product's total). What the product has at that
/// version ("In 2.0, Kuma has 12 policies") may be its total: the verb must add.
fn opens_on_a_versions_additions(head: &str) -> bool {
    let mut tokens = head.split_whitespace();
    let opens_in = tokens.next().is_some_and(|t| t.eq_ignore_ascii_case("in"));
    let version = tokens.next().is_some_and(|t| {
        let t = t.trim_end_matches(',');
        let t = t.strip_prefix(['v', 'V']).unwrap_or(t);
        t.contains('.')
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'x')
    });
    opens_in
        && version
        && tokens.any(|t| {
            ADDING.contains(
                &t.trim_matches(|c: char| !c.is_alphabetic())
                    .to_ascii_lowercase()
                    .as_str(),
            )
        })
}

/// Verbs of what a release adds.
const ADDING: [&str; 9] = [
    "implemented",
    "added",
    "introduced",
    "shipped",
    "landed",
    "included",
    "merged",
    "promoted",
    "new",
];

/// Words for a line of releases after a version: "the v8.x release line", "the 1.x series".
const LINES: [&str; 4] = ["line", "branch", "series", "train"];

/// Words after an opening "the release" that make it no release's subject: "The release of 1.0",
/// "The release process takes 6 weeks".
const NOT_ONE_RELEASE: [&str; 7] = [
    "of", "process", "team", "cadence", "schedule", "date", "managers",
];

/// Whether `words` open on one period: "this year", "during the last cycle".
fn opens_on_one_period(words: &[Cow<'_, str>]) -> bool {
    let mut opening = words
        .iter()
        .map(|w| &**w)
        .skip_while(|w| matches!(*w, "in" | "during" | "over" | "the"));
    matches!((opening.next(), opening.next()), (Some(one), Some(period))
        if ONE_PERIOD.contains(&one) && PERIODS.contains(&period))
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
            // The Biome blog (MIT), `biome-v2-5.mdx`; the ESLint blog (Apache-2.0),
            // `2026-01-16-eslint-2025-year-review.md`: one release's rules, one line's downloads.
            (
                "With this release, Biome has surpassed **500 rules**! The release also promotes over 70 rules spread among the Vue framework.",
                "70 rules",
            ),
            (
                "The v8.x release line is still popular with over 26 million weekly downloads.",
                "26 million weekly downloads",
            ),
            ("The 1.x series has 40 plugins.", "40 plugins"),
            // The Kuma website (Apache-2.0), a release post: what one version added.
            (
                "In 2.0 we implemented 3 policies using this new matching system:",
                "3 policies",
            ),
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
            // A version alone may be the product at that version; "the release of" a point in
            // time; a release line's milestone states its running total.
            ("Biome v2 has 500 rules.", "500 rules"),
            ("In 2.0, Kuma has 12 policies.", "12 policies"),
            ("In 2024 we added 3,000 contributors.", "3,000 contributors"),
            (
                "The release of 1.0 brought 500 contributors.",
                "500 contributors",
            ),
            (
                "The release process involves 20 maintainers.",
                "20 maintainers",
            ),
            (
                "Weekly downloads for the v9.x release line topped 36 million weekly downloads.",
                "36 million weekly downloads",
            ),
            (
                "The v9.x release line passed 36 million weekly downloads.",
                "36 million weekly downloads",
            ),
        ] {
            assert!(!about_one_release(text, figure), "{text}");
        }
    }
}
