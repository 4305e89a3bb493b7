//! Whether a figure is a marketing claim: its form or its sentence makes it one. Reference docs
//! and handbooks are full of numbers ("The default timeout is 300ms", "returns a 404 error",
//! "10 concurrent connections", "12 public holidays") that promise nothing; a claim either looks
//! like one (a price, a "+" floor, "10x", "#1", "480 million", "24/7 support") or its words
//! make it one (what it counts is customers or adoption, a percentage of people or of an
//! improvement, a verb of saving or trust, a duration of a promise like setup or returns).
//!
//! Floors and ceilings alone ("up to", "more than", "over", "at least") are not signals: limits
//! in reference docs use them as much as marketing does ("waits up to four minutes").

use super::clause::{
    closes_a_span, ends_with_any, has_any, last_words, noun_phrase, told_in_past, window_after,
    window_before, words,
};
use super::cues::*;
use super::multiples::{intensifies, multiplies};
use super::process::{about_hiring, is_superlative, named_words, STAND_INS};
use super::ClaimMatch;
use super::TIME_UNITS;

/// How close a verb of saving must be to the figure it saves.
pub(super) const NEAR: usize = 4;

/// "optimisations that cut database size by 45%": a percentage or multiple after a verb of
/// improvement in its clause states a result. In an interview's answer, that is the result the
/// interview offers about the product, where the interviewee's own figures (its traffic, its
/// staff) are not.
pub fn states_an_improvement(text: &str, found: &ClaimMatch) -> bool {
    matches!(found.claim.unit.as_str(), "%" | "x")
        && has_any(&window_before(text, found.range.start), IMPROVE_VERBS)
}

/// Whether `found` in `text` is a marketing claim rather than a value in neutral prose.
pub fn makes_claim(text: &str, found: &ClaimMatch) -> bool {
    let unit = found.claim.unit.as_str();
    let figure = &text[found.range.clone()];
    let before = window_before(text, found.range.start);
    let after = window_after(text, found.range.end);
    // Items picked, not achievements counted: "the first 1,000 users", "the last $8K of salary".
    // An example of a kind: "a reward like a $30 merch voucher helps".
    if ends_with_any(&before, SELECTING) || ends_with_any(&before, EXAMPLE) {
        return false;
    }
    // "models with just 22M parameters": a model's size is its specification, as "32 GB" is a
    // disk's. A guide that approves one still sees another conflict with it.
    if MODEL_SIZES.contains(&unit) {
        return false;
    }
    // "I think we are utilizing maybe 70% of the new features": a hedged guess is nobody's claim.
    if has_any(&last_words(&before, NEAR), HEDGES) {
        return false;
    }
    // "We didn't offer $0 minimum": a denied past action tells what was not done, unless the
    // figure is compared ("we didn't lose more than 0.1% of events" still claims a bound).
    if has_any(&before, DENIED_PAST) && !has_any(&last_words(&before, 3), COMPARERS) {
        return false;
    }
    // "Split the team when it hits 6 people": a threshold in a condition, not a count.
    if ends_with_any(&before, REACHES) && has_any(&before, CONDITIONS) {
        return false;
    }
    // "- 20:17 UTC: All requests begin to take 10+ seconds": an entry of a timeline.
    if super::timeline::in_timeline_entry(text, found.range.start) {
        return false;
    }
    // "If our average retention was 50%, …", "… x 100 = 80%", "I watched 50+ demos", "from $0
    // to $4M", "the #1 complaint", "401k": supposed, worked out, one person's story, a figure
    // of speech or a name (hypotheses.rs).
    if super::hypotheses::supposed_or_told(text, found, &before, &after) {
        return false;
    }
    // "This poll on twitter shows that 78.5% …", "a common goal here is “5 happy customers”",
    // "outsource this at $5k/month": someone else's figure, or no result (others.rs).
    if super::others::not_a_result(text, found, &before) {
        return false;
    }
    // "~5% of candidates ask for feedback", "Of the 12 people who got an interview": a hiring
    // funnel is how a company works, not what it sells.
    if about_hiring(found, &before, &after) {
        return false;
    }
    // "$100k options with great terms > $500k options with bad ones": figures set against each
    // other in a formula illustrate a point.
    // "500K writes × $3/M = $1.50": an operand of a sum worked out on the line.
    if super::asides::compared_by_sign(text, found.range.start)
        || super::asides::operand_of_a_formula(text, found.range.start)
    {
        return false;
    }
    // "once you're at $1M ARR or more": the reader's situation in advice. "For a 50-person
    // team, that's …": an example case. "have they activated 2+ products?": a flow's condition.
    if super::asides::reader_threshold(&before)
        || super::asides::example_case(text, found.range.start)
        || super::asides::checked_condition(&before, &text[found.range.end..])
    {
        return false;
    }
    // "We focused 100% on the business", "I'm 100% sure": wholly, not a measured share.
    if unit == "%" && found.claim.number == "100" && intensifies(&after, &text[found.range.end..]) {
        return false;
    }
    let money = super::is_money(unit);
    // "You're looking at $1,000-$10,000 per issue": the reader's estimated outlay.
    if money && has_any(&before, READERS_OUTLAY) {
        return false;
    }
    // "paying Mixpanel $2,000 a month", "spent about $100": the spender's own money.
    // "the potential to pay >$20k": a floor on what someone pays is a segment.
    if money
        && (has_any(&last_words(&before, NEAR - 1), SPENDING)
            || super::asides::spending_floor(&before, &text[..found.range.start]))
    {
        return false;
    }
    // "one-time payments of $250", "This effort cost nearly $60,000", "sponsors who donated
    // $1,000 or more": money paid out, not a result (payouts.rs).
    if money && super::payouts::paid_out(&before, &after) {
        return false;
    }
    // "All expenses over $75", "a User Limit of $5,000 per month": a rule for spending.
    // "The budget for these trips is up to $1,000 per person", "a $300 monthly budget for
    // co-working": a budget, not a price.
    let named_after: Vec<&str> = after.split(' ').filter(|w| !w.is_empty()).take(3).collect();
    if money
        && (has_any(&last_words(&before, NEAR + 1), EXPENSES)
            || named_after.iter().any(|w| BUDGETS.contains(w))
            || super::asides::spending_rule(text, found.range.start))
    {
        return false;
    }
    // "filed in the US, UK, EU and China for ~$3,000 in total", "Cost = ~$1,300": an estimate of
    // what something costs; a price is exact. ("Not people: ~$1m per month" is a spend figure.)
    if money
        && text[..found.range.start].trim_end().ends_with('~')
        && has_any(&last_words(&before, 2), COST_WORDS)
    {
        return false;
    }
    // "11x is creating digital agents", "Head of Growth at 11x": a name, not a multiple.
    let times_word = figure.to_ascii_lowercase().ends_with("times");
    if unit == "x" && !times_word && !multiplies(&before, &after) {
        return false;
    }
    let count = counts_things(unit);
    let plus = figure.contains('+');
    // "validate the product with 10-15 customers", "3–5 interviews": an estimated handful is
    // the size of a sample or a plan, not of a business.
    // A range's number is "low-high": its size is the upper bound.
    let upper = found.claim.number.rsplit('-').next().unwrap_or("");
    let value: f64 = upper.parse().unwrap_or(0.0);
    if count && !plus && found.claim.number.contains('-') && value < SCALE {
        return false;
    }
    // "Startups with 5 to 100 employees", "between 10 and 50 engineers": a span of sizes
    // describes a segment; a company states its own figures as one number or a floor.
    if count && !plus && closes_a_span(&before) {
        return false;
    }
    // "There are 4 apps:" and the four below: how many follow, not anyone's scale.
    if count && !plus && super::asides::counts_the_list_below(text, found.range.end, value) {
        return false;
    }
    // "bring more than 1 extra user", "our 1-liner": one of something is no scale; "applied at
    // 0 users" is the very start.
    if count && !plus && matches!(found.claim.number.as_str(), "0" | "1") {
        return false;
    }
    // "another 100 users have it too", "a Zoom call with 30 other people": others around a story.
    if count
        && !plus
        && value <= SCALE
        && (before.ends_with(" another ") || named_words(figure).iter().any(|w| w == "other"))
    {
        return false;
    }
    // "We conducted a survey and 36 attendees responded to the survey:" and "- 15 people just
    // started learning Julia": a share of the respondents, in their answers' list (polls.rs).
    if count && !plus && super::polls::survey_breakdown(text, found.range.start, unit, value) {
        return false;
    }
    // "When running the same 10K modules": a figure given before, named again (a rate, "the same
    // 2M/month free tier", is a plan's terms). "We measured the loading time for 10K modules":
    // the size of what a test ran on, not its result.
    // "loading 10K modules took 8 seconds … Vite is now serving the 10K modules": "the" and a
    // figure the text already gave point back at it.
    if count
        && ((before.ends_with(" the same ") && !figure.contains('/'))
            || (!plus && ends_with_any(&before, WORKLOAD_INTRO) && has_any(&before, MEASURING))
            || (before.ends_with(" the ") && given_before(text, found.range.start, figure))
            || (!plus && timed_workload(&before, &after)))
    {
        return false;
    }
    // "By sending 50M messages at different speeds", "a dataset with low cardinality of 100
    // devices": what a test ran on, not what came of it (settings.rs).
    if a_tests_setting(text, found, &after) {
        return false;
    }
    // "Are our 10 biggest customers happy users?": the top few picked, not all counted. "~40
    // clean sample apps": made for a test, not adopted by anyone.
    let named = named_words(figure);
    if count
        && !plus
        && named
            .iter()
            .any(|w| is_superlative(w) || STAND_INS.contains(&w.as_str()))
    {
        return false;
    }

    // "A team of 50 engineers pays the same price as a team of 5": a generic subject's size.
    if count && !plus && value < SCALE && super::asides::generic_subject(text, found.range.start) {
        return false;
    }
    // "No more than 6 people": a cap is a rule, not a count of anyone.
    if count && !plus && ends_with_any(&before, CEILINGS) {
        return false;
    }
    // "The drops occured in round #15": a numbered step of a series, not a rank.
    if unit == "#" && ends_with_any(&before, NUMBERED_SERIES) {
        return false;
    }
    // Forms that only marketing uses: prices, ranks, "+" floors, "480 million", "24/7 support",
    // and figures written with a multiplier ("13 million images", "250bn proxy requests").
    if money
        || unit == "#"
        || plus
        || found.scaled
        || figure.starts_with("24/7")
        || (unit == "x" && !times_word)
    {
        return true;
    }
    // "we had developers at 10 companies", "15 people said they would use it": an anecdote.
    if count
        && value < SCALE
        && (has_any(&before, NARRATIVE) || has_any(&after, NARRATIVE) || told_in_past(&before))
    {
        return false;
    }
    // "our 400 integrations": the company counting its own; "our 2-week sprints" is a schedule
    // and "2 of our 30 dashboards" the size of an anecdote.
    if has_any(&before, TRUST)
        || (count && value >= SCALE && before.ends_with(" our "))
        || has_any(&after, CLAIM_AFTER)
    {
        return true;
    }
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    // "save 3 hours a week", "saved us 14 minutes": saving is a result only when the figure is
    // what is saved ("we had both saved enough money to live on for 12 months" is a story).
    // "save them for 1 day" keeps something for a while; "save 3 hours" is a result.
    let saves = has_any(&last_words(&before, NEAR), SAVE_VERBS) && !before.ends_with(" for ");
    // "About 25% of the time, he starts from scratch": how often someone does something.
    let habit = found.measure.as_deref() == Some("time");
    // "issue changes to 50% of users", "rolled out to 100% of users": who a change reaches.
    let audience = before.ends_with(" to ") && text[found.range.end..].starts_with(" of ");
    // "We moved 80% of our dashboards": a share of the speaker's own things is a story.
    let own_share = [" of our ", " of my "]
        .iter()
        .any(|w| text[found.range.end..].starts_with(w));
    // "The 20% of your team who are underperforming": a share of the reader's things is advice
    // about any team, unless the product changes it ("cut 40% of your build time").
    let readers_share = text[found.range.end..].starts_with(" of your ")
        && !saves
        && !has_any(&before, IMPROVE_VERBS);
    // "We ship 10 times a day": how often, not how much better.
    let occurrences = figure.to_ascii_lowercase().ends_with("times");
    match unit {
        "%" if audience
            || readers_share
            || has_any(&before, ROLLOUT)
            || super::asides::staged_release(text, found.range.start, found.range.end) =>
        {
            false
        }
        // "a 3 to 5% monthly churn rate is pretty good": a band of rates is a benchmark. A
        // result says where it went ("from 2 to 5%"), what it cut or what it made cheaper
        // ("between 55% and 80% cheaper").
        "%" if closes_a_span(&before)
            && !before.contains(" from ")
            && !IMPROVEMENTS.contains(&next)
            && !has_any(&before, IMPROVE_VERBS)
            && !saves =>
        {
            false
        }
        "%" if has_any(&before, RATES) || has_any(&after, RATES) => true,
        "%" if habit && !saves && !has_any(&before, IMPROVE_VERBS) => false,
        "%" | "x" => {
            IMPROVEMENTS.contains(&next)
                || found
                    .measure
                    .as_deref()
                    .is_some_and(|m| ADOPTION.contains(&m) || IMPROVEMENTS.contains(&m))
                || has_any(&before, IMPROVE_VERBS)
                || saves
                || (!own_share && !occurrences && has_any(&before, FIRST_PERSON))
                || (!own_share && !occurrences && has_any(&after, FIRST_PERSON))
        }
        // "[How to plan a killer company offsite in just 8 weeks](…)": a linked title's promise.
        unit if TIME_UNITS.contains(&unit)
            && super::asides::in_link_text(text, found.range.start, found.range.end) =>
        {
            false
        }
        unit if TIME_UNITS.contains(&unit) => {
            let result = COUNT_COMPARATIVES.contains(&next)
                || saves
                || ends_with_any(&before, SPEED)
                || has_any(&before, TIME_RESULTS);
            // "The onboarding flow took 6 weeks to build": a story, not a promise.
            let story = has_any(&before, STORY_TIME) || has_any(&before, NARRATIVE);
            // "12 free months": a promise word between the number and its unit counts too.
            let named = format!(" {} {}", words(figure).join(" "), noun_phrase(&after));
            // The promise word governs the duration: "set up PostHog in 10 minutes", not "the
            // support team spends 2 hours a day on tickets".
            let near = last_words(&before, NEAR);
            result || (!story && (has_any(&near, PROMISES) || has_any(&named, PROMISES)))
        }
        unit => {
            ADOPTION.contains(&unit)
                || COUNT_COMPARATIVES.contains(&next)
                || (value >= SCALE && per_period(&after))
        }
    }
}

/// Whether the figure ending at `end` counts per period ("ingests over 16 million events into
/// ClickHouse every day"): a daily volume is another figure than a total or an allowance.
pub fn counted_per_period(text: &str, end: usize) -> bool {
    per_period(&window_after(text, end))
}

/// "150 auctions each year", "100,000 new users every week": a count per period.
fn per_period(after: &str) -> bool {
    let words: Vec<&str> = after.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .windows(2)
        .any(|w| EACH.contains(&w[0]) && PERIODS.contains(&super::singular(w[1]).as_str()))
}

/// Whether a figure that states a measure the guide approves is set out as a fact at all. A
/// stale figure conflicts wherever the page states it, but "Our goal was to scale to 5k nodes,
/// 20k pods and 10k services" aims at figures (hypotheses.rs) and "resource metrics for a 1k
/// nodes cluster while scaling from 30k pods to 60k pods" gives a test's settings
/// (settings.rs): neither states the product's scale.
pub fn stated_as_fact(text: &str, found: &ClaimMatch) -> bool {
    let before = window_before(text, found.range.start);
    let after = window_after(text, found.range.end);
    !a_tests_setting(text, found, &after)
        // "my first 2 Julia packages": items picked, not the ecosystem's count; "a thousand
        // Julia packages depending on it": another package's dependents; "583 packages have at
        // least 10 contributors": a statistic's threshold.
        && !ends_with_any(&before, SELECTING)
        && !super::others::dependents_of(&after)
        && !super::others::threshold_of_a_statistic(&before)
        && !super::hypotheses::supposed_or_told(text, found, &before, &after)
}

/// Whether `unit` counts things: not money, a rank, a share, a multiple, a duration or nothing.
fn counts_things(unit: &str) -> bool {
    !super::is_money(unit) && !matches!(unit, "#" | "%" | "x" | "") && !TIME_UNITS.contains(&unit)
}

/// Whether `found`, a count or a bare figure with no "+" floor and no period after it (`after`:
/// its clause's words after it), is a setting of a test (settings.rs): "By sending 50M
/// messages", "a 1k nodes cluster"; or a percentage that is a share of its data ("split it
/// into 80% training set").
fn a_tests_setting(text: &str, found: &ClaimMatch, after: &str) -> bool {
    let unit = found.claim.unit.as_str();
    let (start, end) = (found.range.start, found.range.end);
    if unit == "%" {
        return super::shares::data_share(text, start, end);
    }
    (counts_things(unit) || unit.is_empty())
        && !per_period(after)
        && super::settings::test_setting_or_load(
            text,
            start,
            end,
            text[found.range.clone()].contains('+'),
        )
}

/// Whether a count is what a timing measured: a gerund right before it and a verb of taking
/// time right after ("In Vite 4.0, loading 10K modules took 8 seconds"). A count doing the
/// taking is still a claim ("10,000 customers took part").
fn timed_workload(before: &str, after: &str) -> bool {
    let gerund = before
        .split(' ')
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    let verb = after.split(' ').find(|w| !w.is_empty());
    gerund && verb.is_some_and(|v| TIMED_BY.contains(&v))
}

/// Whether `figure` stands earlier in `text` than `start`, as a whole figure (not inside a
/// longer number: "110K modules" does not give "10K modules").
fn given_before(text: &str, start: usize, figure: &str) -> bool {
    text[..start].match_indices(figure).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '$'))
            && !text[at + figure.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}
