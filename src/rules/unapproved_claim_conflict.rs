//! How a figure stands against the approved figures of its measure: `conflicting-claim`'s
//! test, kept apart from the judging loop in `unapproved_claim.rs`.

use super::Context;
use crate::compiled::ApprovedFigure;
use crate::matchers::claims::{
    compared_with, counted_per_period, is_money, one_end_of_a_change, measure_noun_after, opens_with, period_after, period_of, price_without_result,
    rounded_from, same_thing, slash_period_end, within_one_release_or_period, ClaimMatch,
};

/// How a figure stands against the approved figures that count what it counts.
pub(super) enum Against<'g> {
    /// Another number: the first such approved entry, in guide order.
    Conflicts(&'g ApprovedFigure),
    /// One of them rounded ("1.4 million rows per second" for "1.43 million rows per second").
    Rounds,
}

/// The first approved entry (in guide order) a figure conflicts with: one whose key is the
/// figure's key, or a leading part of it — an approved duration that times nothing ("100ms")
/// covers every duration in its unit ("250ms latency"), one that times something ("30-day
/// returns") only that thing — and that counts the same thing; unless the figure is one of
/// those entries rounded.
pub(super) fn conflict<'g>(ctx: &'g Context, found: &ClaimMatch) -> Option<Against<'g>> {
    let key = found.conflict_key()?;
    // "This release includes work from over 50 contributors" counts one release's share.
    if within_one_release_or_period(ctx.doc.text, found.range.start, found.range.end) {
        return None;
    }
    // "reduced from 30 seconds to less than 2 seconds": one case timed before and after.
    if one_end_of_a_change(ctx.doc.text, found) {
        return None;
    }
    // A price or a rate that carries its period in its unit ("$/month" for "$15 per month",
    // "/month" for "20k/month") restates an approved figure in that very unit: same currency,
    // same period. A price is checked against approved prices only, and only when it is one
    // itself: "$500/month in savings" is a result, no stale plan price.
    if found.claim.unit.contains('/') {
        let text = ctx.doc.text;
        let price = is_money(&found.claim.unit);
        return ctx
            .guide
            .approved_figures
            .get(&key)?
            .iter()
            .filter(|approved| {
                !price || (price_without_result(text, found) && approved.price_units.contains(&key))
            })
            .min_by_key(|approved| approved.order)
            .map(Against::Conflicts);
    }
    let written = &ctx.doc.text[found.range.clone()];
    // "16 million events … every day" is a daily volume: it contradicts only an approved figure
    // that also says a period.
    // So is "50,000 row changes/month", its period written on it.
    let per_period = counted_per_period(ctx.doc.text, found.range.end)
        || slash_period_end(ctx.doc.text, found.range.end).is_some();
    let prefixes = key
        .match_indices(' ')
        .map(|(at, _)| &key[..at])
        .chain(std::iter::once(key.as_str()));
    // What the figure is set against, read once for every approved figure that asks.
    let compared_here = std::cell::OnceCell::new();
    let noun_here = std::cell::OnceCell::new();
    let same_measure = prefixes
        .filter_map(|k| ctx.guide.approved_figures.get(k))
        .flatten()
        .filter(|approved| same_thing(&approved.figure, written))
        // "1.7x faster than ClickHouse" is restated only against ClickHouse: "~100x faster than
        // non-vector based execution", or "2x faster" against nothing named, is another measure.
        .filter(|approved| {
            approved.compared_with.as_deref().is_none_or(|against| {
                compared_here
                    .get_or_init(|| compared_with(ctx.doc.text, found.range.clone()))
                    .as_deref()
                    .is_some_and(|rest| opens_with(rest, against))
            })
        })
        .filter(|approved| !per_period || approved.period.is_some())
        // "95% of the open issues" measures issues, not the "open source" of "100% open
        // source": both name a word after the measure's first, and they differ.
        .filter(|approved| {
            approved.measure_noun.as_deref().is_none_or(|noun| {
                noun_here
                    .get_or_init(|| measure_noun_after(ctx.doc.text, found.range.end))
                    .as_deref()
                    .is_none_or(|here| here == noun)
            })
        })
        // "50 hours/month" is a rate: only a figure per the same period restates it ("an
        // additional 3 hours booster" counts hours once). The period may be written after the
        // figure ("100 hours per month") or inside it ("25.7M weekly downloads").
        .filter(|approved| {
            approved.period.as_deref().is_none_or(|period| {
                period_after(ctx.doc.text, found.range.end)
                    .or_else(|| period_of(written))
                    .as_deref()
                    == Some(period)
            })
        })
        .collect::<Vec<&ApprovedFigure>>();
    if same_measure
        .iter()
        .any(|approved| rounded_from(&found.claim.number, &approved.number))
    {
        return Some(Against::Rounds);
    }
    same_measure
        .into_iter()
        .min_by_key(|approved| approved.order)
        .map(Against::Conflicts)
}
