//! Supposed, worked-out and one person's figures from real founder and newsletter posts
//! (PostHog's `founders/`, `product-engineers/` and `newsletter/` pages, MIT), next to the
//! claims of the same shape they must not hide.

use super::super::tests::marketing;

#[test]
fn supposed_worked_out_and_told_figures_are_no_claims() {
    for text in [
        "- If our average retention was 50%, this would be a good activation metric 🥳.",
        "Now imagine 100 similar pages. That’s ~185,000 users visiting our website each year.",
        "((1,300 − 500) /1,000) x 100 = 80%.",
        "For example, HogTube, a subscription-based, hedgehog-themed YouTube rival, had 1,000 customers (S) on April 1, 2023.",
        "I watched 50+ hackathon demos back to back at our offsite last week.",
        "In only 30 days they rocketed from $0 to $4M ARR.",
        "It is the #1 complaint of anyone struggling with SEO.",
        // The NATS blog (Apache-2.0), `introducing-nats-streaming.md`.
        "Since we formed our team, the #1 comment we've received from the user community is this.",
        // The Go blog (CC-BY-4.0), `turkey-doodle.md`: a quoted name.
        "A chance to collaborate on a small but highly visible \"20% project\": the doodle.",
        "They integrate things like tax reporting, healthcare benefits, 401k, and mandatory insurance nicely.",
    ] {
        let found = marketing(text);
        assert!(
            !found.iter().any(|f| {
                ["50%", "185,000", "80%", "1,000 customers", "50+", "$0", "#1", "401k", "20%"]
                    .iter()
                    .any(|x| f.starts_with(x))
            }),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn stated_figures_of_the_same_shape_are_still_claims() {
    for (text, figure) in [
        // An offer after the condition's comma.
        ("If you sign up today, you get 50% off.", "50%"),
        // A quoted phrase of more than three words states its figure.
        ("The launch post promised \"10x faster builds for every team\" and delivered.", "10x"),
        // PostHog newsletter (MIT): a condition on the reader is an offer's terms.
        (
            "If you’re less than two years old and have raised under $5M in funding then you’ll qualify for $50,000 of free credit!",
            "$5M",
        ),
        // Our own example is our result.
        (
            "For example, our customer Grantable cut setup time by 90%.",
            "90%",
        ),
        // "We", not "I".
        ("We watched 500+ teams adopt it.", "500+ teams"),
        // A rank that is measured.
        ("Nimbus is the #1 analytics tool on Product Hunt.", "#1"),
        // The end of the story, not its zero.
        ("We grew from $0 to $4M ARR in a year.", "$4M"),
        // A result after an equals sign in prose words, not a formula.
        ("Our uptime last year was 99.9%.", "99.9%"),
    ] {
        let found = marketing(text);
        assert!(found.iter().any(|f| f == figure), "{text}: {found:?}");
    }
}

#[test]
fn figures_in_conditional_denied_or_aimed_clauses_are_no_claims() {
    // Electric's and Gitpod's blogs (Apache-2.0, MIT): a supposed case, a list of supposed
    // scales, a figure never reached, a target rejected or aimed at.
    for (text, figure) in [
        ("But what would happen if our planet were 20x bigger, or we’re trying to build applications that work across planets?", "20x"),
        ("We want Workspaces to maintain a fantastic performance, doesn't matter if we host ten, ten thousand, or ten million Workspaces concurrently.", "ten"),
        ("The plumbing was complex to build and we couldn’t ever get to 100% reliable event delivery.", "100%"),
        ("Now that we agreed that we won't aim for 100% availability, then what will be our target?", "100%"),
        ("We do know that aiming for 100% is not what we nor our users want though.", "100%"),
        // The Redox OS news (MIT), `this-month-250731.md`.
        ("We don't plan for 100% POSIX compliance.", "100%"),
    ] {
        let found = marketing(text);
        assert!(!found.iter().any(|f| f.starts_with(figure)), "{text}: {found:?}");
    }
}

#[test]
fn a_stated_result_beside_a_condition_or_a_bound_is_still_a_claim() {
    for (text, figure) in [
        // The condition is the reader's: an offer's terms.
        (
            "We guarantee 99.9% uptime, if you're on the Scale plan.",
            "99.9%",
        ),
        // The figure's clause comes after the condition's comma.
        (
            "If the build breaks, Nimbus cuts recovery time by 40%.",
            "40%",
        ),
        ("We cut build times by 40% for 500+ teams.", "500+ teams"),
        // A counterfactual past asserts what happened (PostHog newsletter, MIT).
        (
            "In fact, we couldn’t have shipped 8+ products, or hit our revenue goals without them.",
            "8+ products",
        ),
    ] {
        let found = marketing(text);
        assert!(
            found.iter().any(|f| f.starts_with(figure)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_goal_set_or_a_level_pushed_towards_is_no_claim() {
    // Rspack's blog (MIT): a goal set in the past, a target for the future.
    for (text, figure) in [
        ("When we released Rspack 1.0 in August 2024, we set a clear goal: deliver a 10x performance improvement while staying compatible with the webpack API.", "10x"),
        ("Moving forward, we plan to continue pushing test coverage to 100% and further optimize the performance of next-rspack.", "100%"),
        ("Our target is to reach 99.99% availability in every region.", "99.99%"),
        // The Cilium blog (CC BY 4.0), `2019-04-29-cilium-15.md`: every figure of a listed aim.
        ("Our goal was to scale to 5k nodes, 20k pods and 10k services.", "20k pods"),
        ("Our goal was to scale to 5k nodes, 20k pods and 10k services.", "10k"),
        // Tembo's blog (PostgreSQL License), `2024-06-10-optimize-memory-usage.mdx`: a rule of
        // thumb named by its figure.
        ("Ultimately we found that the 25% advice is _generally_ sufficient, but", "25%"),
    ] {
        let found = marketing(text);
        assert!(!found.iter().any(|f| f.starts_with(figure)), "{text}: {found:?}");
    }
}

#[test]
fn a_goal_reached_or_a_level_pushed_to_is_still_a_claim() {
    for (text, figure) in [
        ("We hit our goal of 1,000 users in March.", "1,000 users"),
        (
            "Last year we pushed test coverage to 95% across the codebase.",
            "95%",
        ),
        ("We cut build times by 40% for 500+ teams.", "40%"),
        // A list after a goal reached is what was reached.
        (
            "We hit our goal: 5k customers, 20k users and 10k teams.",
            "10k teams",
        ),
    ] {
        let found = marketing(text);
        assert!(
            found.iter().any(|f| f.starts_with(figure)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_i_inside_an_identifier_tells_no_story() {
    use super::super::clause::window_before;
    let told = |text: &str, figure: &str| {
        let start = text.find(figure).expect(figure);
        super::told_by_one_person(text, start, &window_before(text, start))
    };
    // Nuxt's blog (MIT), `23.looking-forward-2024.md`: an icon's name before the figure.
    let text = "- :icon{name=\"i-lucide-puzzle\"} **184 modules** created by **142 maintainers**";
    assert!(!told(text, "184 modules"));
    // The pronoun still tells one.
    assert!(told("I watched 50+ hackathon demos back to back.", "50+"));
}
