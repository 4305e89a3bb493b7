//! A floor or ceiling that picks or groups things is no figure of anyone's. In "583 packages
//! have at least 10 contributors" (the Julia blog's survey of its General registry) the claim,
//! if any, is the 583; "at least 10 contributors" is the line that sorts packages into the
//! group counted, as "58% of packages have at least 2 contributors" or "the packages we
//! maintain almost all have at least 3M downloads/week" (ESLint's criterion for adopting a
//! package). The reading: the figure follows a bound ("at least", "more than", "over", "fewer
//! than", …), the bound follows a verb of having ("have", "with", "totaling", "have made"), and
//! the subject of that verb is itself a share or a count of a group: a number, a percentage
//! or a quantifier ("583 packages", "58% of packages", "93%", "almost all", "those"). A single
//! subject keeps its figure ("Julia has at least 10,000 packages", "we have more than 100
//! contributors"), and so does a group the writer owns ("our 300 customers have over 1M
//! users"), which adds up the company's own reach.

use super::clause::ends_with_any;

/// Whether the clause's words before a figure (`before`, " word word … ", lowercase, as
/// `clause::window_before` gives them) make it a threshold that picks members of a group.
pub(super) fn picks_a_group(before: &str) -> bool {
    let Some(bound) = BOUNDS.iter().find(|b| ends_with_any(before, &[**b])) else {
        return false;
    };
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let mut rest = &words[..words.len() - bound.split(' ').count()];
    // The verb of having, and an auxiliary before a participle ("have made at least 5 commits").
    match rest {
        [head @ .., verb] if HAVING.contains(verb) => rest = head,
        _ => return false,
    }
    if let [head @ .., aux] = rest {
        if matches!(*aux, "have" | "has" | "had") {
            rest = head;
        }
    }
    if rest.iter().any(|w| OWNERS.contains(w)) {
        return false;
    }
    quantified_subject(rest)
}

/// Whether the words ending right before the verb are a quantified group: "93", "almost all",
/// "those", "583 packages", "58 of packages" (the "%" is not a word), "half of the packages",
/// "60 percent of contributors".
fn quantified_subject(subject: &[&str]) -> bool {
    let quantifier = |w: &str| is_count(w) || QUANTIFIERS.contains(&w);
    match subject {
        [.., q] if quantifier(q) => true,
        [.., q, _noun] if quantifier(q) => true,
        [.., q, "of", _noun] | [.., q, "of", "the", _noun] if quantifier(q) => true,
        [.., q, "percent", "of", _noun] if is_count(q) => true,
        _ => false,
    }
}

/// A number that counts ("583", "58"), not a year ("In 2021 Julia had over 5,000 …").
fn is_count(word: &str) -> bool {
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit())
        && !(word.len() == 4 && matches!(word.as_bytes()[0], b'1' | b'2'))
}

/// Bounds a threshold is written with; the longer first, so "no more than" is not read as
/// "more than".
const BOUNDS: &[&str] = &[
    "no more than",
    "no fewer than",
    "at least",
    "at most",
    "more than",
    "fewer than",
    "less than",
    "over",
];

/// Verbs of having: the subject has the figure's things, as a property each member has.
const HAVING: &[&str] = &[
    "have",
    "has",
    "had",
    "having",
    "with",
    "totaling",
    "totalling",
    "contain",
    "containing",
    "made",
];

/// Words that count a group rather than name one thing.
const QUANTIFIERS: &[&str] = &[
    "all", "most", "many", "some", "few", "each", "every", "those", "half", "none",
];

/// The writer's own group adds up its reach: "our 300 customers have over 1M users".
const OWNERS: &[&str] = &["our", "we", "us", "my", "i"];

#[cfg(test)]
mod tests {
    use super::picks_a_group;
    use crate::matchers::claims::clause::window_before;

    /// `picks_a_group` of the figure that starts at `figure` in `text`.
    fn picks(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect("the figure is in the text");
        picks_a_group(&window_before(text, start))
    }

    #[test]
    fn a_bound_on_each_member_of_a_counted_group_picks_it() {
        // The Julia blog (MIT), `2021/08/general-survey.md` and `juliacon-highlights.md`; the
        // ESLint blog (Apache-2.0), `2023-03-21-announcing-eslint-community-org.md`; the Rust
        // survey 2019 (MIT/Apache-2.0).
        for (text, figure) in [
            ("* **583 packages have at least 10 contributors**, while only **11 packages**", "10 contributors"),
            ("96% have run tests, 58% of packages have at least 2 contributors, 93% have at least 10 commits", "2 contributors"),
            ("96% have run tests, 58% of packages have at least 2 contributors, 93% have at least 10 commits", "10 commits"),
            ("and 60% of contributors have made at least 5 commits.", "5 commits"),
            ("the packages we currently\n  maintain (or that we're planning to maintain) almost all have at least 3M\n  downloads/week.", "3M"),
            ("large projects (those totaling over 10k lines of code) were", "10k lines"),
            ("Half of the packages have more than 100 downloads a month.", "100 downloads"),
        ] {
            assert!(picks(text, figure), "{text}");
        }
    }

    #[test]
    fn one_subjects_figure_or_the_writers_groups_are_kept() {
        // The Julia blog: "at least 4931 different users contributed" counts the contributors;
        // the figure is the subject, with no verb of having before its bound.
        for (text, figure) in [
            (
                "As of 2021-06-27, at least 4931 different users contributed to Julia packages",
                "4931 different users",
            ),
            (
                "The Julia General registry has more than 10,000 packages.",
                "10,000 packages",
            ),
            ("We have more than 100 contributors.", "100 contributors"),
            (
                "Our 300 customers have over 1 million users.",
                "1 million users",
            ),
            (
                "In 2021 Julia had over 5,000 contributors.",
                "5,000 contributors",
            ),
            ("Chaos Mesh has accumulated more than 3k stars.", "3k stars"),
            (
                "Its 600+ staff now support more than 60,000 channel partners.",
                "60,000 channel partners",
            ),
            ("More than 90% of companies use PostHog for free.", "90%"),
        ] {
            assert!(!picks(text, figure), "{text}");
        }
    }
}
