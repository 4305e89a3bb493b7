//! Figures of speech, examples and samples from real founder and startup posts (PostHog's
//! `founders/`, `product-engineers/` and `spotlight/` pages, MIT) that are no claims, next to
//! the claims they must not hide.

use super::tests::marketing;
use super::*;

#[test]
fn idioms_examples_and_samples_are_no_claims() {
    for text in [
        "Session replay even helped 11x identify a bug in their onboarding flow.",
        "The best way to become a 10x engineer is to talk to users.",
        "We focused 100% on the business and we're happier and more successful as a result.",
        "I'm 100% sure this was the right call.",
        // Astro docs (MIT) and PostHog handbook `company/culture.md` (MIT).
        "It commits changes straight to your repo, and runs 100% client‑side, so you can manage content.",
        "We are a 100% remote company.",
        "The following example defines `expiration` to cache all pages on first request and save them for 1 day:",
        "A reward like a $30 merch voucher helps.",
        "Yes that’s right, not sprints, build and validate the product with 10-15 customers in a week.",
        "We spoke to about 30 organizations and that led to a lot of learnings.",
        "It's hard to relax and run things as a lifestyle business once you're at $1M ARR or more, for example.",
        // PostHog handbook pages `people/spending-money.md`, `company/small-teams.md` (MIT).
        "All expenses over $75 or £75 must have itemized receipts attached.",
        "You'll be assigned a single 'User Limit' of $5,000 per month.",
        "No more than 6 people, but that's the only rule.",
        // PostHog founders `startup-finance-without-finance.md` (MIT): the reader's segment.
        "Startups with 5 to 100 employees and no finance team.",
        "Teams of between 10 and 50 engineers get the most from it.",
    ] {
        assert!(marketing(text).is_empty(), "{text}: {:?}", marketing(text));
    }
}

#[test]
fn their_neighbours_are_still_claims() {
    for (text, figure) in [
        // A multiple of something, after "helped" and its object.
        ("PostHog helped Supabase 10x weekly sign-ups.", "10x"),
        ("Engineers ship 10x faster with it.", "10x"),
        // A measured share, not "wholly".
        ("100% of our customers renewed.", "100%"),
        ("We guarantee 100% uptime.", "100%"),
        // One figure, a floor and a span of percentages are still claims.
        ("Over 100 employees use it daily.", "100 employees"),
        ("Cut costs by 20 to 30%.", "30%"),
        ("Save 3 hours a week with Nimbus.", "3 hours"),
        // A price that is no example.
        ("Plans start at $30 a month.", "$30 a month"),
        // A count of a business, not a handful.
        ("Trusted by 200-300 teams.", "200-300 teams"),
        ("We have 400 customers.", "400 customers"),
        // A price, and a count that is no cap.
        ("Session replay costs $75 a month.", "$75 a month"),
        ("Trusted by more than 600 people.", "600 people"),
        // The company's own threshold, not the reader's.
        ("We're at $1M ARR after one year.", "$1M"),
    ] {
        assert_eq!(marketing(text), [figure], "{text}");
    }
}

#[test]
fn a_plural_before_a_role_counts_people_in_that_role() {
    let found = find_claims("Events: 2 events managers and 1 designer.");
    let units: Vec<&str> = found.iter().map(|m| m.claim.unit.as_str()).collect();
    assert_eq!(units, ["manager", "designer"]);
    // Without a role after it, the plural is the unit.
    let found = find_claims("We processed 2 million events last month.");
    assert_eq!(found[0].claim.unit, "event");
}

#[test]
fn the_currency_is_part_of_a_price() {
    // PostHog spotlight `startup-documenso.md` (MIT): a price in pounds is no price in dollars.
    let found = find_claims("bought via the online store…for more than £820!");
    assert_eq!(found[0].claim.to_string(), "£820");
    let euros = find_claims("Plans start at €12/month.");
    let dollars = find_claims("Plans start at $12/month.");
    assert_eq!(euros[0].claim.to_string(), "€12/month");
    assert_ne!(euros[0].claim, dollars[0].claim);
}

#[test]
fn conditions_denials_and_the_readers_outlay_are_no_claims() {
    for text in [
        // PostHog blog `after-the-hn-launch.md` (MIT): a contracted "would".
        "We said we’d be happy with 500 stars.",
        // PostHog founders `dev-marketing-paid-ads.md` (MIT): what the reader would pay.
        "You're looking at $1,000-$10,000 per issue depending on reach.",
        // PostHog founders `pricing-lessons.md` (MIT): what was not done.
        "We didn't start with a $0 minimum.",
        "For these, we didn't offer $0 minimum - we charged more.",
        // PostHog newsletter `product-management-is-broken.md` (MIT): a threshold.
        "Split the team when it hits 6 people.",
    ] {
        assert!(marketing(text).is_empty(), "{text}: {:?}", marketing(text));
    }
}

#[test]
fn their_claiming_neighbours_stay_claims() {
    for (text, figure) in [
        // "would" has no part in it; "'d" as "had" is no hedge.
        (
            "We’d already passed 500 customers by then.",
            "500 customers",
        ),
        // The company's price, not the reader's outlay.
        ("Plans start at $30 a month.", "$30 a month"),
        // A denial with a bound still claims the bound.
        ("We didn't lose more than 0.1% of events last year.", "0.1%"),
        // A count the company reached, with no condition.
        ("We hit 10,000 customers this year.", "10,000 customers"),
    ] {
        assert_eq!(marketing(text), [figure], "{text}");
    }
}

#[test]
fn a_test_workload_and_a_figure_named_again_are_no_claims() {
    // Vite's blog, `announcing-vite5-1.md` (MIT): the size of a benchmark's test app.
    for text in [
        "We measured the loading time for 10K modules (25 level deep tree) to see how much import analysis improved.",
        "When running the same 10K modules in an Incognito window, the time drops further.",
        "We benchmarked on 1M rows of synthetic events.",
        "In Vite 4.0, loading 10K modules took 8 seconds on a M1 MAX.",
    ] {
        assert_eq!(marketing(text), Vec::<String>::new(), "{text}");
    }
    // The result of the same test, and a count that is no workload, are still claims.
    for (text, figure) in [
        ("We benchmarked on 1M rows and saw a 3x speedup.", "3x"),
        (
            "We tested it with 10,000+ developers.",
            "10,000+ developers",
        ),
        ("Over 10K modules ship with our framework.", "10K modules"),
        (
            "Over 10,000 customers took part in our beta.",
            "10,000 customers",
        ),
    ] {
        assert_eq!(marketing(text), [figure], "{text}");
    }
}

#[test]
fn a_figure_given_before_and_pointed_back_at_is_no_new_claim() {
    // Vite's blog, `announcing-vite5-1.md` (MIT): "the" and a figure the paragraph gave.
    let text = "We measured the loading time for 10K modules (25 level deep tree). In Vite 5.1, we managed to do another performance leap. Vite is now serving the 10K modules in 5.35 seconds.";
    assert_eq!(marketing(text), Vec::<String>::new(), "{text}");
    // Said for the first time, or a different figure, "the" does not point back.
    for (text, figure) in [
        (
            "Vite is now serving the 10K modules of our largest customer.",
            "10K modules",
        ),
        (
            "We first served 110K modules. Now we serve the 10K modules of every app.",
            "10K modules",
        ),
    ] {
        assert!(marketing(text).contains(&figure.to_string()), "{text}");
    }
}

#[test]
fn an_operand_of_a_worked_sum_is_no_claim() {
    // Electric's blog, `2026-04-02-electric-cloud-pricing.md` (Apache-2.0): a bill worked out.
    assert_eq!(
        marketing(
            "- Replication cost: 500K writes &times; $3/M ($1 base + $2 Postgres Sync) = $1.50"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        marketing("A team of 40 seats × $20 = $800 a month."),
        Vec::<String>::new()
    );
    // A figure with no sum after it, or a sign with no result, is still read as before.
    assert_eq!(
        marketing("Over 500K writes per second, 3x faster than before."),
        ["500K writes", "3x"]
    );
}
