//! A figure about one release ("This release includes a lot of hard work from over 50
//! contributors") counts a part of what an approved figure counts over the product's life ("500+
//! contributors"): another quantity, no stale or contradicting version of it.

use super::cited::sentence_range;

/// What one release is called.
const RELEASES: [&str; 4] = ["release", "version", "update", "launch"];

/// Words that pick out one release; "the release" may be a point in time ("since the release
/// of 1.0, 500 contributors"), so it does not count.
const ONE: [&str; 4] = ["this", "each", "every", "per"];

/// Whether the sentence holding the figure at `start..end` says, before or after the figure, that
/// it is about one release.
pub fn within_one_release(text: &str, start: usize, end: usize) -> bool {
    let sentence = sentence_range(text, start..end);
    [&text[sentence.start..start], &text[end..sentence.end]]
        .iter()
        .any(|part| {
            let words: Vec<String> = part
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            words
                .windows(2)
                .any(|w| ONE.contains(&w[0].as_str()) && RELEASES.contains(&w[1].as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::within_one_release;

    fn about_one_release(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect("figure in text");
        within_one_release(text, start, start + figure.len())
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
        ] {
            assert!(!about_one_release(text, figure), "{text}");
        }
    }
}
