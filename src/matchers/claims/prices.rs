//! Prices are not claims of results. A money amount is a marketing claim when its clause states
//! a result with it: money raised, earned, saved or cut, a valuation, revenue, a credit or a
//! discount offered ("raised $15 million", "$27m in funding", "$50k in credits", "$500 off",
//! "the bill went from $7k to $2k"), or nothing at all ("$0 Cost": free is a promise). Otherwise
//! it is what something costs or what someone pays: a plan's price ("$9 for the student plan",
//! "Scale — $1,999/month"), a rate ("$2 per million writes"), another company's price ("the
//! typical $3,000 Macbook Pro"), a donation or a grant ("donated $212", "$352.11" in a table of
//! grants). A content lead checks those against the price list, not the claims list: a guide
//! that approves a price of its own ("$12/month") still has every other price in that unit
//! reported (see `unapproved_claim.rs`).

use super::clause::{has_any, window_after, window_before};
use super::{is_money, ClaimMatch};

/// Whether `found` is an amount of money whose clause states no result with it.
pub fn price_without_result(text: &str, found: &ClaimMatch) -> bool {
    if !is_money(&found.claim.unit) || found.claim.number == "0" {
        return false;
    }
    let before = window_before(text, found.range.start);
    let after = window_after(text, found.range.end);
    !(has_any(&before, MONEY_RESULTS)
        || has_any(&after, MONEY_RESULTS)
        || (has_any(&before, &["from"]) && has_any(&before, super::cues::IMPROVE_VERBS)))
}

/// Words that make an amount of money a result or an offer: funding, a valuation, revenue,
/// money earned, saved, cut or burnt, credit, a discount.
const MONEY_RESULTS: &[&str] = &[
    "raise",
    "raised",
    "raises",
    "raising",
    "funding",
    "funded",
    "round",
    "seed",
    "series",
    "invested",
    "investment",
    "valuation",
    "valued",
    "valuing",
    "revenue",
    "revenues",
    "arr",
    "mrr",
    "sales",
    "gmv",
    "profit",
    "profits",
    "income",
    "earn",
    "earned",
    "earns",
    "earning",
    "earnings",
    "generate",
    "generated",
    "generates",
    "generating",
    "burn",
    "burned",
    "burnt",
    "save",
    "saved",
    "saves",
    "saving",
    "savings",
    "cut",
    "cuts",
    "slashed",
    "reduce",
    "reduced",
    "reduces",
    "reduction",
    "decrease",
    "decreased",
    "cheaper",
    "off",
    "discount",
    "credit",
    "credits",
    "refund",
    "received",
    "grew",
    "growth",
];

#[cfg(test)]
mod tests {
    use super::price_without_result;
    use crate::matchers::claims::find_claims;

    /// The amounts of `text` that are prices, not results.
    fn prices(text: &str) -> Vec<String> {
        find_claims(text)
            .into_iter()
            .filter(|m| price_without_result(text, m))
            .map(|m| text[m.range].to_string())
            .collect()
    }

    #[test]
    fn a_price_a_rate_or_a_payment_is_no_result() {
        // Electric's pricing post and Gitpod's blog (Apache-2.0, MIT).
        for (text, price) in [
            (
                "- **Scale** — $1,999/month (6-month commitment).",
                "$1,999/month",
            ),
            (
                "Postgres Sync carries a cost of $2 per million writes.",
                "$2",
            ),
            ("You get it all for just $9 with the student plan.", "$9"),
            (
                "We added a plan that offers unlimited usage hours for €23.",
                "€23",
            ),
            ("Gitpod just donated $212 to patch-package!", "$212"),
            (
                "we’ll donate an additional $1 to open-source projects",
                "$1",
            ),
            (
                "Often the barrier is the typical $3,000 Macbook Pro.",
                "$3,000",
            ),
        ] {
            assert_eq!(prices(text), [price], "{text}");
        }
    }

    #[test]
    fn money_raised_earned_saved_or_offered_is_a_result() {
        // PostHog's and Supabase's pages (MIT, Apache-2.0).
        for text in [
            "Last week we announced we’d raised $15 million in a Series B funding round.",
            "PostHog has subsequently raised $27m in funding from GV.",
            "- 42 people, $27m raised",
            "Our startup program offers up to $50k in credits.",
            "Their database bill went from $7k to a bit over $2k.",
            "Save $500 off your first year.",
            "Bolt is generating $40 million in ARR.",
            "- $0 Cost – Fleet covers migration as part of onboarding.",
        ] {
            assert!(prices(text).is_empty(), "{text}: {:?}", prices(text));
        }
    }
}
