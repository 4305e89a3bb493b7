//! Sentences from PostHog's handbook, founder and product-engineer pages (MIT; copies under
//! `tests/precision/marketing/`): figures that are examples, conditions or thresholds, next to
//! real claims of the same pages that must stay.

use super::reader_threshold;
use crate::matchers::claims::tests::marketing;

#[test]
fn the_readers_own_threshold_in_advice() {
    // PostHog founders post `vc-or-bootstrap.md` (MIT): " … once you're at" before "$1M".
    assert!(reader_threshold(" a lifestyle business once you re at "));
    assert!(reader_threshold(" if you have "));
    assert!(reader_threshold(" when you reach "));
    // The company's own figure, or the reader's gain from it.
    assert!(!reader_threshold(" we re at "));
    assert!(!reader_threshold(" once you sign up you save "));
    assert!(!reader_threshold(" if you upgrade it costs "));
}

fn quiet(text: &str) {
    assert!(marketing(text).is_empty(), "{text}: {:?}", marketing(text));
}

fn reported(text: &str, figure: &str) {
    assert!(
        marketing(text).iter().any(|f| f == figure),
        "{text}: {:?}",
        marketing(text)
    );
}

#[test]
fn an_example_case_is_made_up() {
    // Handbook `how-we-position-and-sell/feature-flags.md`: a cost comparison's example team.
    quiet("**Problem:** LaunchDarkly charges per seat. For a 50-person engineering team, that's $6,000-12,000/year before you've run a single experiment.");
    // Product engineers `your-first-ab-test.md`: hypothetical figures in advice.
    quiet("For a site with 100s of visitors, a 5% increase in conversion doesn't help much, a 10x increase in visitors does.");
    quiet("Say you have 50 engineers and a 10x increase in traffic.");
    // Customer story `qubhq.md`: a real team's size, mid-sentence.
    reported("QubHQ, a self-funded startup based in Romania, with a 1.5-person engineering team and no outside investors built their own tool.", "1.5-person");
    // Handbook `data-warehouse.md`: a claim after an ordinary fronted phrase.
    reported(
        "For engineer-led teams, data flows in automatically from 40+ sources.",
        "40+ sources",
    );
    // An offer's time window is no example case.
    reported("For a limited time, get $50k in PostHog credit.", "$50k");
}

#[test]
fn a_generic_subject_is_any_team() {
    // Handbook `feature-flags.md`.
    quiet("The first 1 million evaluations per month are free. A team of 50 engineers pays the same price as a team of 5.");
    // Customer story `purplewave.md`: a real team, with its floor.
    reported(
        "The team of 220+ people maintains a platform trusted by millions of annual visitors.",
        "220+ people",
    );
    // Marketing tuning page `actual-marketing-budget-2026.md`: the company's own headcount.
    reported("- 215 people, $194m raised", "215 people");
}

#[test]
fn a_condition_a_flow_checks_is_no_count() {
    // Handbook `onboarding-and-lifecycle-emails.md`: the branches of an email flow.
    quiet("It also branches on behavior: \"have they ingested any data?\", \"have they activated 2+ products?\", \"are they an org owner or admin?\"");
    // Handbook `company/grown-ups.md`: the same kind of figure, stated.
    reported("We don't want to get into discussions about who we should deal with for each of our 100,000+ customers.", "100,000+ customers");
    // A question to the reader is marketing's own voice.
    reported("Did you know 10,000+ teams use PostHog?", "10,000+ teams");
}

#[test]
fn a_floor_on_what_someone_pays_is_a_segment() {
    // Handbook `marketing/partners.md`.
    quiet("Users who look like they have the potential to pay >$20k should generally be referred to the Sales & CS team.");
    quiet("Teams that spend more than $50k a year get a dedicated engineer.");
    // Handbook `inbox.md`: a price.
    reported(
        "- A flat **$15 per pull request** (an actionable report with a code change attached).",
        "$15",
    );
    // Paying less is a price promise.
    reported("You pay less than $1 per seat.", "$1 per seat");
}

#[test]
fn a_share_of_the_readers_things_is_advice() {
    // Founders `cracked-manifesto.md`: a rule of thumb.
    quiet("- The 20% of your team who are underperforming will take up 80% of your effort.");
    // Handbook `marketing/`: the company's own share of companies.
    reported(
        "More than 90% of companies use PostHog entirely for free.",
        "90%",
    );
    // A share the product changes is a result.
    reported("Nimbus cut 40% of your build time.", "40%");
}

proptest::proptest! {
    /// The sentence reader walks bytes back and forth around a figure: any text, with
    /// multi-byte letters and sentence ends next to figures, reads without a panic, and each
    /// figure reported is a slice of the text.
    #[test]
    fn any_text_reads_without_a_panic(
        pieces in proptest::collection::vec(proptest::sample::select(&[
            "For a ", "A ", "a team of ", "50", "-person", " engineers", "20%", " of your ",
            "pay >", "$20k", "have they ", "2+ products", "?", ". ", "\n", ", ", "“", "…", "é",
            "£", "#1", "say you ", " ",
        ][..]), 0..24),
    ) {
        let text = pieces.concat();
        for figure in marketing(&text) {
            proptest::prop_assert!(text.contains(&figure));
        }
    }
}

#[test]
fn a_release_stage_is_who_a_change_reaches_first() {
    // Customer story `contra.md`: the stages of a slow rollout.
    quiet("All features are first deployed to beta users, then 20% of all users, followed by 50% of all users and finally 100% of all users.");
    // Customer story `drivvn.md`: the first audience of a release.
    quiet("If it functions correctly, they’ll release it externally, to a small audience: say, 10% of visitors.");
    // A result of the same size is still a claim.
    reported(
        "Since moving to PostHog, 40% of all users convert in their first week.",
        "40%",
    );
}

#[test]
fn guesses_budgets_and_linked_titles_are_not_claims() {
    // Customer story `drivvn.md`: a hedged guess.
    quiet("“I think we are utilizing maybe 70% of the new features,” he says.");
    // Handbook `offsites.md`: a budget per person.
    quiet("The budget for these trips is up to $1,000 per person.");
    // Spotlight `startup-documenso.md`: what a t-shirt would cost to buy.
    quiet("Users got a limited edition t-shirt that can only otherwise be bought via the online store…for more than £820!");
    // Founders `startup-finance-without-finance.md`: a duration in a linked post's title.
    quiet("Once you've hired, read [How to plan a killer company offsite in just 8 weeks](/blog/planning-a-company-offsite) – it's killer.");
    // Handbook `management.md`: "100%" as an adverb of degree.
    quiet("Some people with low PR output are very valuable to the company, and we're 100% aware that support load can impact output.");
    // Blog `analytics-pricing.md`: bands of a price table.
    quiet("| 0-1 million | Free |");
    quiet("| 1-2 million | Free |");
    // The same shapes as claims: a promise in prose, a count in a linked title, a price.
    reported("Set up PostHog in just 8 weeks.", "8 weeks");
    reported(
        "Read [How Documenso got 4,000 stars](/blog/documenso).",
        "4,000 stars",
    );
    reported("Plans start at $450 per month.", "$450 per month");
}

#[test]
fn advice_figures_are_worked_examples_picks_and_stand_ins() {
    // Product engineers `churn-rate-vs-retention-rate.md` (MIT): arithmetic in an explainer.
    quiet("So, if you have 1,000 customers and 100 of them cancel their subscription, your monthly churn rate would be 10% and your retention rate would be 90%.");
    quiet("Monthly churn compounds into annual churn – i.e. a monthly churn rate of 5% equals a massive 46% annual churn rate.");
    quiet("Subscription services like Netflix typically have higher churn, so a 3 to 5% monthly churn rate is pretty good.");
    // Founders and newsletter pages: a counterfactual, a stage, the start, the top few, samples,
    // estimated costs and a budget.
    quiet("I think we could have saved about 30% of our time if we'd done this sooner.");
    quiet("- When you’re 20 people, founders set the tone directly through every interaction.");
    quiet("These principles applied at 0 users and are still relevant today.");
    quiet("- Are our 10 biggest customers happy users of the product?");
    quiet(
        "`wizard-ci` runs the PostHog Wizard on all ~40 sample apps and creates one PR for each.",
    );
    quiet("You should be able to get trademarks filed in the US, UK, EU and China for ~$3,000 in total.");
    quiet("We used Cognition IP and like them. Cost = ~$1,300.");
    quiet("We also provide a $300 monthly budget for co-working.");
    // Real results next to them stay: a range of savings, a customer's cut introduced by "for
    // example", a spend figure, a rise from one rate to another.
    reported(
        "Anonymous events are between 55% and 80% cheaper for most of our customers.",
        "80%",
    );
    reported("For example, our customer Grantable replaced Zapier outright and cut workflow setup time by ~90%.", "90%");
    reported(
        "**Not people: ~$1m per month** (13x vs. 2023):",
        "$1m per month",
    );
    reported("Conversion rose from 2 to 5% after the redesign.", "5%");
    reported(
        "Trusted by 10,000 developers and 500 customers.",
        "10,000 developers",
    );
}

#[test]
fn hiring_funnels_others_and_formulas_are_not_claims() {
    // Founders `what-recruiters-see.md`, `early-stage-startup-hiring-strategy.md` (MIT).
    quiet("We find ~5% of candidates ask for feedback.");
    quiet("Of the 12 people who got an interview for our recent marketing role, 4 were enthusiastic referrals.");
    quiet("I've managed and hired for teams, interviewing some 800 people in the process.");
    quiet("At PostHog, we hire highly experienced people for 99% of roles.");
    // Customer story `juno.md`, founders `stop-treating-engineers-differently.md`: others.
    quiet("Realistically, if one user reports something, another 100 users have it too.");
    quiet("Do you really think the junior sales rep sitting on a Zoom call with 30 other people is excited to be there?");
    // Newsletter `43-lessons-about-hiring-for-startups.md`: a formula.
    quiet("$100k options with great terms > $500k options with bad ones.");
    // Claims of the same shapes stay.
    reported(
        "Over 2,000 companies and 500 other teams use PostHog.",
        "2,000 companies",
    );
    reported(
        "We have 40 engineers and 95% of our users are happy.",
        "95%",
    );
    reported("> 90% of users finish setup in 5 minutes.", "90%");
}
