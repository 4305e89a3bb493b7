//! `conflicting-claim`: a figure the guide approved with another number — a stale or
//! contradicting claim ("12.5 million updates" when "1B+ updates" is approved).

use super::unapproved_claim::{judged, Verdict};
use super::{Context, RuleDoc};
use crate::finding::Finding;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("conflicting-claim");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a numeric claim whose unit an approved claim in `claims.approved` uses, with \
another number: \"12.5 million updates\" when \"1B+ updates\" is approved, \"600 apps\" when \
\"1,000+ apps\" is. The suggestion is the approved figure as the entry writes it (\"99.9%\" for \"99.9% uptime\"); there is no automatic fix, since \
the sentence around a figure usually needs rewording too. Claims are compared as for \
`unapproved-claim`: the number normalised (\"1B\" = \"1 billion\" = \"1,000,000,000\"), the unit \
the counted noun in singular form (\"50M+ active users\" counts users). A percentage or a \
multiple conflicts only with one that measures the same thing (\"99.5% uptime\" with \"99.9% \
uptime\", \"5x faster\" with \"10x faster\"), a duration only with one timing the same thing \
or an approved duration timing nothing (\"250ms latency\" with \"100ms\"; \"returns within 14 \
days\" is no conflict with \"30-day returns\"). A price per a period conflicts with an approved \
price in the same currency per the same period (\"$15/month\", \"$15 per month\" or \"$25 a month\" \
when \"$12/month\" is approved; not \"$15/year\", \"€15/month\" or \"$15\"), when it is a price (\"we \
saved $300/month\" is a result) and the company's under `claims.scope` (another party's price is \
not its stale one); a rate conflicts with an approved rate per the same period (\"900 users/month\" \
with \"500 users/month\", \"20k/month\" with \"10k/month\"; a spaced slash, \"133.5 million downloads / week\", is a rate \
too, and \"25.7M weekly downloads\" says its period inside the figure). A figure about one release (\"This release includes a lot of hard work from over 50 \
contributors\") counts that release, and does not conflict with the product's figure (\"500+ \
contributors\"), nor does one of a sentence whose subject is one release or release line (\"The release also \
promotes over 70 rules\", \"The v8.x release line is still popular with over 26 million weekly downloads\"); so does a figure in a sentence that opens on one period (\"This year, 9 contributors … collaborated \
with mentors\"), unless its sentence states a milestone (\"This year we passed 3,000 \
contributors\"). Other money, ranks and figures without a \
unit never conflict, they are only unapproved. An approved duration that times nothing (\"1.36 \
seconds\", \"100ms\") earns a warning when the guide loads: every duration in its unit conflicts \
with it, except one end of a change (\"reduced from 30 seconds to less than 2 seconds\"), which \
times one case before and after and is only unapproved. Nouns between the number and the unit name what is \
counted: \"250bn proxy requests\" does not conflict with \"1 million flag requests\", nor \"10K \
trigger events\" with \"1 million events\"; a count per period (\"16 million events every day\") \
conflicts only with an approved figure that states a period, and an approved rate (\"50 \
hours/month\", \"per month\", \"monthly\") only with a figure per the same period (\"an additional 3 \
hours booster\" counts hours once); a throughput (\"959k rows per second\", \"904k rows/sec\") \
is a rate per second, so a count (\"1.6 billion rows\") never conflicts with it. A figure written as \
an approved one rounded to two or more significant digits (\"1.4 million rows per second\" for \
\"1.43 million rows per second\") is that figure. A multiple approved against something (\"1.7x \
faster than ClickHouse\") conflicts only with one set against the same thing; \"~100x faster than \
non-vector based execution\" is another measure, reported as unapproved. A figure in a quotation \
that is not the company's (a visitor's comment a post quotes) does not conflict, nor does one its \
sentence does not state as a fact: an aim (\"Our goal was to scale to 5k nodes, 20k pods and 10k \
services\"), a condition or a story, items picked (\"my first 2 Julia packages\"), what depends on something (\"a thousand Julia \
packages depending on it\"), as for `unapproved-claim`, or the setting of a test (\"resource \
metrics for a 1k nodes cluster while scaling from 30k pods to 60k pods\"), a case worked out \
with \"would\" (\"72 CPU cores would be 72x that, reaching 18,000 queries per second\"), or a figure \
that links to another party's project page on a code host (\"Over [150,000 \
stars](https://github.com/openclaw/openclaw)\"; the page is the company's when its path names one \
of the guide's brands, as `github.com/milvus-io/milvus` does; a link to a report still conflicts). The size of a group being put together (\"groups of 3-5 events to test together\") is no \
claim at all. A conflicting figure is reported here and not also as \
`unapproved-claim`, whether or not its sentence cites a source, and whatever `claims.check` \
says.",
    why: "Company figures go stale: a post written last year still says \"12.5 million \
updates\" when today's figure is \"1B+ updates\". These are the numbers a marketing lead most \
needs to find, and the ones a reader notices when two pages disagree.",
    guide: "claims:\n  approved: [\"1B+ updates\"]\n",
    example: "Nimbus has shipped 12.5 million updates.\n",
    fixed: "Nimbus has shipped 1B+ updates.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let text = ctx.doc.text;
    for (found, verdict) in judged(ctx) {
        let Verdict::Conflicts { entry, figure } = verdict else {
            continue;
        };
        let range = found.range.clone();
        let message = format!(
            "\"{}\" conflicts with the approved claim \"{entry}\"; update the figure or add it to `claims.approved`",
            &text[range.clone()],
        );
        out.extend(ctx.finding(ID, range, message, Some(figure.clone())));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{findings, guide, messages};

    const GUIDE: &str = "version: 1\nclaims:\n  approved: [\"1B+ updates\", \"50M+ devices\", \"100ms\", \"99.9% uptime\", \"1,000+ apps\"]\n";

    fn fired(guide_text: &str, rule: crate::registry::RuleId, text: &str) -> Vec<String> {
        messages(&guide(guide_text), rule, text, None)
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    }

    #[test]
    fn stale_figures_conflict_with_the_approved_wording() {
        let text = "We shipped 12.5 million updates to 20M devices, with 250ms latency, 99.5% uptime and 600 apps.";
        assert_eq!(
            fired(GUIDE, super::ID, text),
            [
                "12.5 million updates",
                "20M devices",
                "250ms",
                "99.5%",
                "600 apps"
            ]
        );
        // A duration timing something else is no conflict.
        let g = "version: 1\nclaims:\n  approved: [\"30-day returns\"]\n";
        assert!(fired(
            g,
            super::ID,
            "Returns within 14 days; ships in 2 days."
        )
        .is_empty());
        assert_eq!(
            fired(g, super::ID, "Enjoy 14-day returns."),
            ["14-day"]
        );
        // Reported once: not also as an unapproved claim.
        assert!(fired(GUIDE, crate::rules::unapproved_claim::ID, text).is_empty());
    }

    #[test]
    fn the_approved_figure_and_other_units_do_not_conflict() {
        let text = "Over 1 billion updates, 50M+ devices, 100 ms, 99.9% uptime, 1000 apps.";
        assert!(fired(GUIDE, super::ID, text).is_empty());
        // Other units, other measures, money and bare figures are only unapproved.
        let text = "We have 40 engineers, 95% of users agree, $500 off, 480 million.";
        assert!(fired(GUIDE, super::ID, text).is_empty());
        assert_eq!(
            fired(GUIDE, crate::rules::unapproved_claim::ID, text),
            ["40 engineers", "95%", "$500", "480 million"]
        );
    }

    #[test]
    fn a_named_kind_or_a_daily_volume_is_not_the_approved_figure() {
        let g = "version: 1\nclaims:\n  scope: all\n  approved: [\"1 million events\"]\n";
        // PostHog handbook `data-pipelines.md` and customer story `momentumdash.md` (MIT): a
        // pipeline's own allowance and a customer's daily volume are other figures: reported as
        // unapproved, never as stale.
        let text = "Per-row for batch, with 10K trigger events + 1M rows free monthly. The team now ingests over 16 million events into ClickHouse every day.";
        assert!(fired(g, super::ID, text).is_empty());
        assert_eq!(
            fired(g, crate::rules::unapproved_claim::ID, text),
            ["10K trigger events", "1M rows", "16 million events"]
        );
        // Blog `best-logrocket-alternatives.mdx`: "analytics events" counts events, approved.
        let text = "The free tier covers 1M analytics events per month.";
        assert!(fired(g, crate::rules::unapproved_claim::ID, text).is_empty());
        // The same figure without a kind or a period is still stale.
        assert_eq!(
            fired(g, super::ID, "The free tier covers 2 million events."),
            ["2 million events"]
        );
    }

    #[test]
    fn an_approved_rate_conflicts_only_with_figures_per_its_period() {
        // Gitpod's December 2019 update (MIT), against the plans' "50 hours/month": a booster of
        // 3 hours counts hours once, another quantity.
        let g = "version: 1\nclaims:\n  scope: all\n  approved: [\"50 hours/month\"]\n";
        let text = "The Professional plan comes with an additional 3 hours booster.";
        assert!(fired(g, super::ID, text).is_empty());
        // The same rate with another number is stale.
        assert_eq!(
            fired(g, super::ID, "Get 100 hours per month of usage."),
            ["100 hours"]
        );
        // ESLint's homepage spaces the slash ("over 133.5 million downloads / week"): still a
        // weekly rate. Its blog (Apache-2.0): a weekly figure of 2022 is stale, the year's total
        // of 2025 another quantity, reported as unapproved.
        let g = "version: 1\nclaims:\n  scope: all\n  approved: [\"over 133.5 million downloads / week\"]\n";
        assert_eq!(
            fired(g, super::ID, "We have 25.7M weekly downloads."),
            ["25.7M weekly downloads"]
        );
        let text = "We counted 2,964,923,725 total downloads for 2025 alone.";
        assert!(fired(g, super::ID, text).is_empty());
        assert_eq!(
            fired(g, crate::rules::unapproved_claim::ID, text),
            ["2,964,923,725 total downloads"]
        );
    }

    #[test]
    fn items_picked_or_anothers_dependents_are_not_the_ecosystems_count() {
        // The Julia blog (MIT), `2022/02/10years.md` and `2025/12/this-month-in-julia-world.md`,
        // against the guide's "12,000 Julia packages".
        let g = "version: 1\nclaims:\n  scope: all\n  approved: [\"12,000 Julia packages\"]\n";
        for text in [
            "Shortly after, I published my first 2 Julia packages.",
            "Its rapid adoption (roughly a thousand Julia packages depending on it directly or indirectly).",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        assert_eq!(
            fired(g, super::ID, "The registry now holds 9,000 Julia packages."),
            ["9,000 Julia packages"]
        );
    }

    #[test]
    fn an_aim_or_a_tests_setting_states_no_figure() {
        // The Cilium blog (CC BY 4.0), `2019-04-29-cilium-15.md` and `2020-06-22-cilium-18.md`,
        // against the kube-proxy page's "5,000 nodes" and "100,000 pods".
        let g = "version: 1\nbrand: {names: [Cilium]}\nclaims:\n  approved: [\"5,000 nodes\", \"100,000 pods\"]\n";
        for text in [
            "Our goal was to scale to 5k nodes, 20k pods and 10k services.",
            "The following graph shows resource metrics for a 1k nodes\ncluster while scaling from 30k pods to 60k pods:",
            "![Endpoint regeneration time on 50k pods for 500 CCNP](scalability-report.png)",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        // The product's scale stated otherwise is stale.
        assert_eq!(
            fired(g, super::ID, "Cilium now scales to 1k nodes and 30k pods."),
            ["1k nodes", "30k pods"]
        );
    }

    #[test]
    fn another_partys_figure_and_an_approved_one_with_a_modifier_do_not_conflict() {
        // Tembo's blog (PostgreSQL License): another registry's count, and the approved "200+
        // extensions" with "available" and a kind between.
        let g = "version: 1\nbrand: {names: [Tembo]}\nclaims:\n  approved: [\"200+ extensions\"]\n";
        for text in [
            "PGXN is the original Postgres extension registry. It distributes ~375 extensions.",
            "- 200+ available Postgres extensions",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        assert_eq!(
            fired(g, super::ID, "Tembo now offers 150+ available extensions."),
            ["150+ available extensions"]
        );
    }

    #[test]
    fn a_stale_price_conflicts_with_the_approved_price_per_the_same_period() {
        // Electric's pricing post and Gitpod's December 2019 update (Apache-2.0, MIT), against
        // a guide that approves the plans' prices: another monthly price is stale.
        let g = "version: 1\nclaims:\n  approved: [\"$1,999/month\", \"$9/year\"]\n";
        let text = "We added a plan that offers unlimited usage hours for $25 a month.";
        assert_eq!(fired(g, super::ID, text), ["$25 a month"]);
        let sentence = "Our **Scale** plan is $2,499/month.";
        assert_eq!(fired(g, super::ID, sentence), ["$2,499/month"]);
        let suggested: Vec<Option<String>> =
            findings(&guide(g), sentence, crate::document::Kind::Markdown)
                .into_iter()
                .filter(|f| f.rule == super::ID)
                .map(|f| f.suggestion)
                .collect();
        assert_eq!(suggested, [Some("$1,999/month".to_string())]);
        // Reported once, as the conflict.
        assert!(fired(g, crate::rules::unapproved_claim::ID, text).is_empty());
    }

    #[test]
    fn another_period_another_currency_a_result_or_another_partys_price_is_no_conflict() {
        let g = "version: 1\nbrand: {names: [Gitpod]}\nclaims:\n  approved: [\"$39/month\"]\n";
        for text in [
            // Another period, another currency, no period at all.
            "Our plan is $390/year.",
            "Our plan is €35/month in Europe.",
            "You get it all for just $9 with our student plan.",
            // Money saved is a result, not a price: only unapproved.
            "We saved $300/month on CI runners.",
            // Another party's price, in a sentence that is not the company's.
            "Heroku charges $25/month for a hobby dyno.",
            "The typical cloud IDE costs $50/month.",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        assert_eq!(
            fired(g, crate::rules::unapproved_claim::ID, "We saved $300/month on CI runners."),
            ["$300/month"]
        );
        // The approved price, written another way, is the approved claim.
        assert!(fired(g, crate::rules::unapproved_claim::ID, "Gitpod is $39 per month.").is_empty());
        // A sum raised is no price to compare with.
        let raised = "version: 1\nclaims:\n  approved: [\"$13m/year in revenue\"]\n";
        assert!(fired(raised, super::ID, "Our plan is $25/year.").is_empty());
    }

    #[test]
    fn a_rate_with_a_slash_conflicts_like_one_with_words() {
        // Gitpod's plans (MIT): "100 hours/month" against an approved "50 hours/month", with the
        // slash, at the end of a sentence, or with words; and a bare rate against a bare rate.
        let g = "version: 1\nclaims:\n  approved: [\"50 hours/month\", \"10k/month\"]\n";
        for (text, figure) in [
            ("Our Professional plan comes with 100 hours/month of usage.", "100 hours"),
            ("Our Professional plan comes with 100 hours/month.", "100 hours"),
            ("Our Professional plan comes with 100 hours each month.", "100 hours"),
            ("We send 20k/month for free.", "20k/month"),
        ] {
            assert_eq!(fired(g, super::ID, text), [figure], "{text}");
        }
        // Another period, or a path, is no conflict.
        for text in [
            "Our Professional plan comes with 100 hours/week of usage.",
            "Our limits live in docs/100 hours/month.md for now.",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        // Electric's pricing post (Apache-2.0): a monthly volume in a worked example, or a
        // count, is no stale throughput figure; a throughput per second with another number is.
        let g = "version: 1\nclaims:\n  approved: [\"140k row changes per second\"]\n";
        for text in [
            "- Database changes: 50,000 row changes/month, average change matches 10 shapes.",
            "- Database changes: 50,000 row changes, on average.",
        ] {
            assert!(fired(g, super::ID, text).is_empty(), "{text}");
        }
        assert_eq!(
            fired(g, super::ID, "Electric syncs 100k row changes per second."),
            ["100k row changes"]
        );
    }

    #[test]
    fn the_size_of_a_group_is_no_volume() {
        let g = "version: 1\nclaims:\n  scope: all\n  approved: [\"1 million events\"]\n";
        // PostHog newsletter `activation-metrics.md` (MIT): how many kinds of event make up an
        // activation metric, not how many events anyone sends.
        let text = "This metric could be some combination of 10+ events that are all important for the product. Next, we create groups of 3-5 events to test together.";
        assert!(fired(g, super::ID, text).is_empty());
        assert!(fired(g, crate::rules::unapproved_claim::ID, text).is_empty());
        // A volume stays stale, even next to a group.
        assert_eq!(
            fired(g, super::ID, "We process 10 million events for groups of users."),
            ["10 million events"]
        );
        assert_eq!(
            fired(g, super::ID, "A group sends 3 million events."),
            ["3 million events"]
        );
    }

    #[test]
    fn a_throughput_a_count_and_a_rounded_figure_are_told_apart() {
        // QuestDB's benchmark page (Apache-2.0) as approved figures, and its blog and tutorials.
        let g = "version: 1\nbrand: {names: [QuestDB, ClickHouse]}\nclaims:\n  approved: [\"959k rows per second\", \"1.43 million rows per second\", \"1.6 billion rows\", \"1.7x faster than ClickHouse\"]\n";
        // The benchmark's result rounded, and the note that names it as a number.
        let text = "QuestDB [recently posted a blog post showing benchmark results](/blog/2021/05/10/questdb-release-6-0-tsbs-benchmark/)\nthat achieved write speeds up to 1.4 million rows per second. QuestDB team used the TSBS benchmark (**NOTE:** the 1.4 million number is from using AMD\nRyzen5 processor).\n";
        assert!(fired(g, super::ID, text).is_empty());
        assert!(fired(g, crate::rules::unapproved_claim::ID, text).is_empty());
        // A multiple set against something else, or against nothing named, is another measure.
        let text = "We have implemented SIMD-based vector execution of queries. This is ~100x faster than non-vector based\nexecution.\n";
        assert!(fired(g, super::ID, text).is_empty());
        assert_eq!(fired(g, crate::rules::unapproved_claim::ID, text), ["100x"]);
        // A visitor's comment the post quotes is the visitor's.
        let text = "> I abused LEFT JOIN to create a query that produces 224,964,999,650,251 rows.\n> Only 3.68ms execution time, now that's impressive!\n";
        assert!(fired(g, super::ID, text).is_empty());
        // A count is no throughput, and a throughput no count.
        assert_eq!(
            fired(g, super::ID, "QuestDB ingests 2 million rows per second and stores 3 billion rows."),
            ["2 million rows", "3 billion rows"]
        );
        let suggested: Vec<Option<String>> = findings(
            &guide(g),
            "QuestDB ingests 2 million rows per second and stores 3 billion rows.",
            crate::document::Kind::Markdown,
        )
        .into_iter()
        .map(|f| f.suggestion)
        .collect();
        assert_eq!(
            suggested,
            [Some("959k rows".to_string()), Some("1.6 billion rows".to_string())]
        );
        // The same comparison with another number is stale.
        assert_eq!(
            fired(g, super::ID, "QuestDB is now 2x faster than ClickHouse."),
            ["2x"]
        );
    }

    #[test]
    fn check_conflicts_reports_only_conflicts() {
        let g = "version: 1\nclaims:\n  approved: [\"1B+ updates\"]\n  check: conflicts\n";
        let text = "We shipped 480 million updates to 40 customers in 8 business hours.";
        assert_eq!(fired(g, super::ID, text), ["480 million updates"]);
        assert!(fired(g, crate::rules::unapproved_claim::ID, text).is_empty());
    }

    #[test]
    fn one_releases_share_is_not_the_whole() {
        // Linkerd's blog (Apache-2.0), release announcements, against the home page's "500+
        // contributors": a release's contributors are a claim, but not a stale figure.
        let g = "version: 1\nbrand: {names: [Linkerd]}\nclaims:\n  approved: [\"500+ contributors\"]\n";
        let text = "Linkerd 2.9 is out! This release includes a lot of hard work from over 50 contributors. A special thank you to all of them.\n";
        assert!(fired(g, super::ID, text).is_empty());
        assert_eq!(
            fired(g, crate::rules::unapproved_claim::ID, text),
            ["50 contributors"]
        );
        // The project's figure, gone stale, still conflicts.
        let text = "Linkerd now has over 300 contributors.\n";
        assert_eq!(fired(g, super::ID, text), ["300 contributors"]);
    }

    #[test]
    fn cited_figures_are_someone_elses_unless_the_guide_checks_them() {
        let text = "According to Gartner, 42% of teams ship weekly. [Only 12.5 million updates](https://example.com/report) were signed.\n\nOur [40 engineers](https://nimbus.app/team) agree.\n";
        let g = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  approved: [\"1B+ updates\"]\n";
        assert_eq!(fired(g, crate::rules::unapproved_claim::ID, text), ["40 engineers"]);
        // A cited conflict is still a conflict.
        assert_eq!(
            fired(g, super::ID, text),
            ["12.5 million updates"]
        );
        let checked = format!("{g}  cited: check\n  scope: all\n");
        assert_eq!(
            fired(&checked, crate::rules::unapproved_claim::ID, text),
            ["42%", "40 engineers"]
        );
    }
}
