//! Money paid out is not a result. "one-time payments of $250", "a cash prize of $150",
//! "monthly donations of $150" give the size of a payment someone makes; "This effort cost
//! nearly $60,000" tells what something cost; "sponsors who donated $1,000 or more" draws the
//! line that picks a group. None of them is a figure a company offers about its product, so a
//! content lead has nothing to approve in them. A clause that states a result with the amount
//! ("cut costs by $50k") is still judged as a claim.

use super::clause::{ends_with_any, has_any, last_words};
use super::cues::IMPROVE_VERBS;

/// Whether an amount of money, with the clause's words `before` and `after` it (" word … ",
/// lowercase), is a payment's size, a cost, or a threshold that picks a group.
pub(super) fn paid_out(before: &str, after: &str) -> bool {
    if has_any(before, IMPROVE_VERBS) || has_any(before, SAVINGS) {
        return false;
    }
    ends_with_any(before, PAYMENTS_OF)
        || has_any(&last_words(before, COST_REACH), COSTS)
        || (after_or_more(after) && has_any(before, PICKERS))
}

/// "$1,000 or more", "$1,000 USD or more": the amount is a floor.
fn after_or_more(after: &str) -> bool {
    let after = after
        .strip_prefix(" usd")
        .or_else(|| after.strip_prefix(" eur"))
        .unwrap_or(after);
    after.starts_with(" or more ")
}

/// How many words before the amount "cost" may stand: "The total cost of this effort has come to
/// about $46,000".
const COST_REACH: usize = 8;

/// A payment's kind and "of", right before its amount.
const PAYMENTS_OF: &[&str] = &[
    "payment of",
    "payments of",
    "prize of",
    "prizes of",
    "donation of",
    "donations of",
    "grant of",
    "grants of",
    "bounty of",
    "bounties of",
    "stipend of",
    "fee of",
    "fees of",
];

/// Money kept, not paid: "saved $20,000 on hosting costs".
const SAVINGS: &[&str] = &["save", "saves", "saved", "saving", "savings"];

/// What something cost: "the total cost of this effort", "this effort cost nearly". A price
/// ("Session replay costs $75 a month", "Nimbus costs $99") is left to the price rules, which
/// check it where the guide approves prices.
const COSTS: &[&str] = &[
    "cost of",
    "costs of",
    "total cost",
    "cost us",
    "costs us",
    "cost nearly",
    "cost almost",
    "cost about",
    "cost around",
    "cost roughly",
];

/// Words that pick the people or companies an amount is a floor for: "sponsors who donated
/// $1,000 or more", "those companies donating $1,000 or more".
const PICKERS: &[&str] = &["who", "those", "donating", "donated", "paying", "giving"];

#[cfg(test)]
mod tests {
    use super::paid_out;
    use crate::matchers::claims::clause::windows_around;

    /// `paid_out` of the amount that starts at `figure` in `text`.
    fn paid(text: &str, figure: &str) -> bool {
        let (before, after) = windows_around(text, figure);
        paid_out(&before, &after)
    }

    #[test]
    fn payments_costs_and_donors_floors_are_paid_out() {
        // The ESLint blog (Apache-2.0) and the Julia blog (MIT): money the projects paid, what
        // an effort cost, and the line that picks the sponsors a post thanks.
        for (text, figure) in [
            ("For v7.0.0, we decided to give one-time payments of $250 to several contributors.", "$250"),
            ("Each awardee received a cash prize of $150.", "$150"),
            ("We set up monthly donations of $150 to our dependencies.", "$150"),
            ("This effort cost nearly $60,000 and would not have been possible without our sponsors.", "$60,000"),
            ("The total cost of this effort has come to about $46,000 and we are thrilled.", "$46,000"),
            ("We are grateful to all of the sponsors who donated $1,000 or more during the year.", "$1,000"),
            ("We feel especially grateful to those who donated $1,000 USD or more during 2023.", "$1,000"),
            ("Those companies donating $1,000 or more totaled $127,377.42.", "$1,000"),
        ] {
            assert!(paid(text, figure), "{text}");
        }
    }

    #[test]
    fn results_and_income_are_not_paid_out() {
        // Supabase, Tembo and PostHog pages (Apache-2.0, PostgreSQL License, MIT), the ESLint
        // blog: money raised, received or saved is a result.
        for (text, figure) in [
            ("We raised $30M and shipped a bunch of features.", "$30M"),
            (
                "During 2022, ESLint received $211,656.13 USD from all of our income sources.",
                "$211,656.13",
            ),
            (
                "Our monthly donations have reached over $7,000, 35% of the way to our goal.",
                "$7,000",
            ),
            ("The team cut its cloud costs by $50k a month.", "$50k"),
            ("Startups can claim $50,000 in free credits.", "$50,000"),
            ("Plans start at $12/month.", "$12/month"),
            // A price is left to the price rules.
            ("Session replay costs $75 a month.", "$75 a month"),
            ("The Pro plan costs $99.", "$99"),
            ("We saved $20,000 or more each year.", "$20,000"),
        ] {
            assert!(!paid(text, figure), "{text}");
        }
    }
}
