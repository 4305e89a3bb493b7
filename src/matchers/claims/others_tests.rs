//! Figures that are someone else's or no result, from real pages (PostHog's `founders/` and
//! `newsletter/` posts, MIT; Supabase's blog, Apache-2.0), next to claims of the same shape
//! they must not hide.

use super::super::tests::marketing;

#[test]
fn others_figures_goals_and_projections_are_no_claims() {
    for (text, figure) in [
        (
            "![This poll on twitter shows that 78.5% of our developer base use Dark Mode for the IDE](/images/blog/april-2021/twitter-darkmode.png)",
            "78.5%",
        ),
        (
            "We have literally seen people we know mention discounts of 90%+ here.",
            "90%",
        ),
        (
            "Positive feedback is a success; a common goal here is “5 happy customers”",
            "5 happy customers",
        ),
        (
            "It just made sense for us to outsource this at $5k/month as it's not a skill we necessarily felt the need to grow in-house.",
            "$5k/month",
        ),
        (
            "However, 0 out of 6 final stage candidates who were sourced got an offer, which is unusually low – usually our conversion rate at that stage is ~33%.",
            "33%",
        ),
        (
            "If what you're writing is generic advice that 90% of people already know, and is something that PostHog just followed, then assume the audience will already know it.",
            "90%",
        ),
        (
            "*   That scales to around 1,850 unique users each year, give or take a few.",
            "1,850",
        ),
        (
            "Based on my experience at PostHog and other startups, these tools should serve you from making your first hire through to 100 people – it's surprising how little you need to change.",
            "100 people",
        ),
        (
            "We held a one-week async Hackathon. Check out [all the winners](/blog/hackathon-winners) - it was truly impressive what people were able to build in just 7 days.",
            "7 days",
        ),
        // The Node.js blog (MIT), on its conference: what attending costs.
        (
            "Standard registration closes November 21, 2015, after which the conference price will increase from $425 to $525.",
            "$425",
        ),
    ] {
        let found = marketing(text);
        assert!(
            !found.iter().any(|f| f.starts_with(figure)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn claims_of_the_same_shape_are_still_claims() {
    for (text, figure) in [
        // A survey's answer is a measured result (PostHog, `writing-for-developers`-like page).
        (
            "95% of people said PostHog has open and honest two-way communication",
            "95%",
        ),
        // A goal reached is an achievement, and the company's own goal is its figure
        // (PostHog, `what-motivates-me.md`).
        ("Our goal is $100M ARR by 2026 and we're on track.", "$100M"),
        ("We hit our goal of 1,000+ customers in March.", "1,000+ customers"),
        // The company's own price.
        ("Hire our team for $5k/month.", "$5k/month"),
        ("Our plans start at $5k/month.", "$5k/month"),
        // A price with no event in its sentence.
        ("The Pro plan price will increase from $25 to $30.", "$25"),
        // A conversion rate with no hiring in its sentence.
        ("Our trial conversion rate is 33%.", "33%"),
        // A share of users doing something.
        ("90% of people use it daily.", "90%"),
        // A scale the company states, not worked out from another figure.
        ("Nimbus scales to 1,000,000+ users.", "1,000,000+ users"),
        // A result in days, with no hackathon around it.
        (
            "When we needed to add a comments feature to our app, we could get it done in just two days.",
            "two days",
        ),
    ] {
        let found = marketing(text);
        assert!(found.iter().any(|f| f == figure), "{text}: {found:?}");
    }
}

#[test]
fn a_count_of_what_depends_on_something_counts_its_dependents() {
    use crate::matchers::claims::clause::window_after;
    use crate::matchers::claims::others::dependents_of;
    // The Julia blog (MIT), `2025/12/this-month-in-julia-world.md`.
    let text = "its rapid adoption (roughly a thousand Julia packages depending on it directly or indirectly).";
    let figure = "a thousand Julia packages";
    let end = text.find(figure).unwrap() + figure.len();
    assert!(dependents_of(&window_after(text, end)));
    for (text, figure) in [
        (
            "The registry holds 12,000 Julia packages, and counting.",
            "12,000 Julia packages",
        ),
        (
            "There are 9,000 packages in the registry depending on nothing else.",
            "9,000 packages",
        ),
    ] {
        let end = text.find(figure).unwrap() + figure.len();
        assert!(!dependents_of(&window_after(text, end)), "{text}");
    }
}

#[test]
fn a_bound_after_a_count_of_other_things_is_a_threshold() {
    use crate::matchers::claims::clause::window_before;
    use crate::matchers::claims::others::threshold_of_a_statistic;
    // The Julia blog (MIT), `2021/08/general-survey.md` and `2021/08/juliacon-highlights.md`.
    for (text, figure) in [
        (
            "* **583 packages have at least 10 contributors**, while only **11 packages**",
            "10 contributors",
        ),
        (
            "58% of packages have at least 2 contributors, and the rest have one.",
            "2 contributors",
        ),
    ] {
        let start = text.find(figure).unwrap();
        assert!(
            threshold_of_a_statistic(&window_before(text, start)),
            "{text}"
        );
    }
    // The company's own bound, and a bound with nothing counted before it, stay figures.
    for (text, figure) in [
        (
            "We have at least 500 contributors today.",
            "500 contributors",
        ),
        (
            "Julia has more than 1,000 contributors.",
            "1,000 contributors",
        ),
        (
            "In 2021 we had more than 900 contributors.",
            "900 contributors",
        ),
        (
            "In 2023 the project had more than 800 contributors.",
            "800 contributors",
        ),
        (
            "Version 2 has more than 800 contributors.",
            "800 contributors",
        ),
        (
            "Our 3 SDKs have more than 5,000 contributors.",
            "5,000 contributors",
        ),
    ] {
        let start = text.find(figure).unwrap();
        assert!(
            !threshold_of_a_statistic(&window_before(text, start)),
            "{text}"
        );
    }
}

#[test]
fn a_bound_after_a_plural_and_with_picks_a_class() {
    use crate::matchers::claims::clause::window_before;
    use crate::matchers::claims::others::threshold_of_a_class;
    let bound = |text: &str, figure: &str| {
        threshold_of_a_class(&window_before(text, text.find(figure).unwrap()))
    };
    // The pnpm blog (MIT), `releases/11.15-11.19.md`.
    for (text, figure) in [
        (
            "which reduces peak resolution memory by several times on workspaces with more than a thousand packages.",
            "a thousand packages",
        ),
        ("It is free for teams with at least 5 seats.", "5 seats"),
        // The Go blog (CC-BY-4.0), `survey2025.md`.
        ("and 30% working at enterprises of over 1,000 employees.", "1,000 employees"),
    ] {
        assert!(bound(text, figure), "{text}");
    }
    // The Bazel blog (Apache-2.0): no bound; a singular noun; the company's own bound.
    for (text, figure) in [
        (
            "The BCR now hosts more than 500 Bazel modules with 2500+ different versions.",
            "2500+ different versions",
        ),
        (
            "Our registry with more than 500 modules grows daily.",
            "500 modules",
        ),
        (
            "We have at least 500 contributors today.",
            "500 contributors",
        ),
        ("This ships with over 70 features.", "70 features"),
    ] {
        assert!(!bound(text, figure), "{text}");
    }
}

#[test]
fn a_duration_before_an_event_is_its_length() {
    // The Flux blog (Apache-2.0), `2022-06-03-gitops-days-2022`.
    let found =
        marketing("In a free two-day event we will join in and all learn from Flux maintainers.");
    assert!(!found.iter().any(|f| f.starts_with("two-day")), "{found:?}");
    // The Elixir blog (Apache-2.0), v1.9: a cadence.
    let found =
        marketing("We will continue shipping new releases every 6 months with enhancements.");
    assert!(
        !found.iter().any(|f| f.starts_with("6 months")),
        "{found:?}"
    );
    // A duration before another noun stays a figure.
    let found = marketing("Nimbus gets you set up in 5 minutes, with a 30-day free trial.");
    assert!(
        found.iter().any(|f| f.starts_with("5 minutes")),
        "{found:?}"
    );
}
