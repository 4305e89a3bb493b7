//! `unapproved-claim` on real sentences: what must fire and what must stay quiet.

use crate::rules::test_support::{guide, messages};

const GUIDE: &str = "version: 1\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\ncta: [\"Save $50 today\"]\nclaims:\n  scope: all\n  approved: [\"30-day returns\", \"24/7 support\", \"1,500 laptops in stock\"]\n";

fn fired(text: &str) -> Vec<String> {
    messages(&guide(GUIDE), super::ID, text, None)
        .into_iter()
        .map(|(m, _)| m)
        .collect()
}

#[test]
fn a_share_spent_on_one_thing_is_no_claim() {
    // PostHog founders, `dev-marketing-paid-ads.md` (MIT): how a team splits its week.
    assert!(fired("We spend 80%+ on writing.").is_empty());
    assert!(fired("They spent ~30% of their budget on ads.").is_empty());
    // A change in spend is a result, and a share of something else is still a figure.
    assert_eq!(
        fired("Customers spend 30% less on infrastructure."),
        ["30%"]
    );
    assert_eq!(fired("We cut spend by 24% on tooling."), ["24%"]);
    // The React Native blog (CC-BY-4.0), on a contributor's library: one person's week.
    assert!(fired("We only had 1 developer working on it 20% of his time.").is_empty());
    assert_eq!(fired("Nimbus saves 30% of your time."), ["30%"]);
}

#[test]
fn fires_on_numbers_nobody_approved() {
    // "2,000 laptops" conflicts with the approved "1,500 laptops in stock": that is
    // `conflicting-claim`'s, and reported once.
    assert_eq!(
        fired("Set up in 45 seconds, 2,000 laptops, 99.9% uptime, $500 off, #1 rated, 10x faster."),
        ["45 seconds", "99.9%", "$500", "#1", "10x"]
    );
}

#[test]
fn approved_pairs_phrases_and_ctas_stay_quiet() {
    assert!(fired("Returns within 30 days, 24/7 support, 1500 laptops, three laptops in sixty seconds, save $50.").is_empty());
}

#[test]
fn a_bare_figure_restating_an_approved_count_is_approved() {
    // PostHog handbook `how-we-position-and-sell/feature-flags.md` (MIT), against the
    // PostHog guide's approved "1 million flag requests".
    let g = guide("version: 1\nclaims:\n  scope: all\n  approved: [\"1 million flag requests\"]\n");
    let fired = |text| messages(&g, super::ID, text, None);
    assert!(fired("- Experiments and flags share the same 1M/month free tier\n").is_empty());
    // Another figure, or the same number counting something else, is still reported.
    assert_eq!(
        fired("- Experiments and flags share the same 2M/month free tier\n").len(),
        1
    );
    // Handbook `workflows.md`: a bare figure of another size (the price per send states
    // no result: see `a_price_is_checked_only_against_the_guides_own_prices`).
    assert_eq!(
        fired("- $0.005 per send after 10K free per channel each month\n").len(),
        1
    );
}

#[test]
fn a_price_is_checked_only_against_the_guides_own_prices() {
    // Gitpod's December 2019 update (MIT): a plan's price states no result.
    let text = "We added a plan that offers unlimited usage hours for $25 a month.\n";
    assert!(fired(text).is_empty());
    // A guide that approves a price in that unit wants a stale one caught: it conflicts
    // with the approved price (`conflicting-claim`), and is not reported twice.
    let g = guide("version: 1\nclaims:\n  scope: all\n  approved: [\"$12/month\"]\n");
    assert!(messages(&g, super::ID, text, None).is_empty());
    let conflicting = crate::rules::conflicting_claim::ID;
    assert_eq!(messages(&g, conflicting, text, None).len(), 1);
    // Each approved period is checked on its own; a price per a period the guide prices
    // nothing in stays quiet, as any price does.
    let g = guide("version: 1\nclaims:\n  scope: all\n  approved: [\"$12/month\", \"$99/year\"]\n");
    let yearly = text.replace("$25 a month", "$250 a year");
    assert_eq!(messages(&g, conflicting, &yearly, None).len(), 1);
    let weekly = text.replace("$25 a month", "$25 a week");
    assert!(messages(&g, conflicting, &weekly, None).is_empty());
    assert!(messages(&g, super::ID, &weekly, None).is_empty());
    // An approved funding figure ("raised $13m") is no price: prices stay quiet.
    // Gitpod's guide approves "$13m" alone: a sum with a multiplier is no price either.
    let g = guide("version: 1\nclaims:\n  scope: all\n  approved: [\"$13m\"]\n");
    assert!(messages(&g, super::ID, "The student plan is $9.\n", None).is_empty());
    assert_eq!(
        messages(&g, super::ID, "We raised $20m in 2022.\n", None).len(),
        1
    );
}

#[test]
fn a_rate_at_the_end_of_a_sentence_is_no_path() {
    // A full stop after "/month" closes the sentence; it does not make the figure a file
    // name. PostHog's founder posts (MIT) state results per month.
    assert_eq!(fired("We now save $2,000/month."), ["$2,000/month"]);
    assert_eq!(fired("We now serve 900 users/month."), ["900 users"]);
    assert_eq!(fired("We now serve 900 users/month across teams."), ["900 users"]);
    // A file, a path or a link still is one.
    for text in [
        "Our notes are in pricing/$2,000/month.md for now.",
        "We keep them at 900 users/month.html today.",
        "We link to /900 users/month/ from the docs.",
    ] {
        assert!(fired(text).is_empty(), "{text}: {:?}", fired(text));
    }
}

#[test]
fn guides_without_claims_do_not_check_numbers() {
    let g = guide("version: 1\nphrases:\n  - {id: t, text: \"Hello there\"}\n");
    assert!(messages(&g, super::ID, "Set up in 45 seconds.", None).is_empty());
}

#[test]
fn models_dates_times_phones_lists_and_code_stay_quiet() {
    let text = "The RTX 4090 and Windows 11.\n\n1. Open at 9 am on May 5, 2026.\n2. Call 555-0100.\n\n`45 seconds` and https://x.io/45-seconds\n";
    assert!(fired(text).is_empty(), "{:?}", fired(text));
}

#[test]
fn an_interviewees_own_figures_are_theirs_and_its_results_are_claims() {
    // The Prometheus blog's interviews with users (Apache-2.0): each answer under a question
    // heading is the interviewee's. Its traffic, staff and funding are its own figures; the
    // result it reports is the one the interview offers.
    let guide_yaml =
        "version: 1\nbrand:\n  names: [\"Prometheus\"]\nclaims:\n  approved: [\"10k stars\"]\n";
    let text = "---\ntitle: Interview with iAdvize\n---\n\n## Can you tell us about yourself and what iAdvize does?\n\nWe are an international\ncompany of 200 employees with offices in France, UK, Germany, Spain and Italy.\nWe raised $16 Million in 2015. At peak we serve 700k requests per minute.\n\n## What were the results?\n\nWe worked for a month to optimize our MySQL servers. It was\na real success, allowing us to discover inefficiencies and perform\noptimisations that cut database size by 45%.\n";
    let fired: Vec<String> = messages(&guide(guide_yaml), super::ID, text, None)
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    assert_eq!(fired, ["45%"]);
    // The same answers on a page that is no interview are the company's own figures.
    let own = text.replace("Interview with iAdvize", "About iAdvize");
    let fired: Vec<String> = messages(&guide(guide_yaml), super::ID, &own, None)
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    assert_eq!(fired, ["200 employees", "$16 Million", "700k requests", "45%"]);
}
