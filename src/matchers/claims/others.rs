//! Figures that are someone else's or no result at all, told apart by the words of their
//! sentence: a poll's result ("This poll on twitter shows that 78.5% of …"), hearsay ("people we
//! know mention discounts of 90%+"), a goal ("a common goal here is “5 happy customers”"), what
//! a service someone hires costs ("outsource this at $5k/month"), a rate of a hiring funnel
//! ("0 out of 6 final stage candidates … our conversion rate at that stage is ~33%"), an
//! opinion about people at large ("advice that 90% of people already know"), a projection of an
//! earlier figure ("That scales to around 1,850 unique users each year"), the top of a span of
//! sizes ("from your first hire through to 100 people"), the length of a hackathon ("what
//! people were able to build in just 7 days") and the price of attending an event ("the
//! conference price will increase from $425 to $525"). A count of what depends on something
//! counts its dependents ("a thousand Julia packages depending on it"): no stale count of the
//! ecosystem's packages.

use super::asides::sentence_opening;
use super::clause::{has_any, last_words, lowered_words};
// The company speaking: its own goal is still its figure.
use super::cues::FIRST_PERSON;
use super::signal::NEAR;
use super::{is_money, ClaimMatch, TIME_UNITS};

/// Whether the figure `found` is someone else's or states no result, by its sentence.
pub(super) fn not_a_result(text: &str, found: &ClaimMatch, before: &str) -> bool {
    let start = found.range.start;
    let sentence = sentence_opening(text, start);
    let head_words = lowered_words(&text[sentence.start.min(start)..start]);
    let unit = found.claim.unit.as_str();
    let duration = TIME_UNITS.contains(&unit);
    let count = !is_money(unit) && !matches!(unit, "#" | "%" | "x" | "") && !duration;
    has_any(&head_words, POLLS)
        || has_any(&last_words(before, NEAR), HEARSAY)
        || (aim(before) && !has_any(&head_words, FIRST_PERSON))
        || (is_money(unit) && hired_service(before))
        || (is_money(unit) && has_any(&head_words, EVENT_ENTRY))
        || (unit == "%" && has_any(&head_words, FUNNEL))
        || (unit == "%" && opinion_of_people(&text[found.range.end..]))
        || PROJECTIONS.iter().any(|p| head_words.starts_with(p))
        || (count && !text[found.range.clone()].contains('+') && top_of_a_span(before))
        || (duration && in_a_hackathon(text, start))
        || (duration && lasts_an_event(&text[found.range.end..]))
        // "shipping new releases every 6 months": a cadence, not a speed.
        || (duration && before.ends_with(" every "))
        || threshold_of_a_class(before)
}

/// Whether the words of a clause before a figure (`before`, " word word … ") make it a bound
/// that picks members of a class named by a plural noun: "reduces peak memory on workspaces
/// with more than a thousand packages" (pnpm's release notes) speaks of large workspaces, not
/// of pnpm's packages; "30% working at enterprises of over 1,000 employees" (the Go survey)
/// groups respondents. "The BCR now hosts 500 modules with 2500+ versions" has no bound and stays
/// a figure.
pub(super) fn threshold_of_a_class(before: &str) -> bool {
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(n) = BOUNDS
        .iter()
        .find(|bound| words.len() > bound.len() && words.ends_with(bound))
        .map(|bound| bound.len())
    else {
        return false;
    };
    let with = words.len() - n - 1;
    with >= 1
        && matches!(words[with], "with" | "having" | "of")
        && words[with - 1].len() > 3
        && words[with - 1].ends_with('s')
        && !words[with - 1].ends_with("ss")
        && !NOT_PLURALS.contains(&words[with - 1])
}

/// Bounds that pick what a class holds, word by word.
const BOUNDS: &[&[&str]] = &[
    &["more", "than"],
    &["over"],
    &["at", "least"],
    &["fewer", "than"],
    &["less", "than"],
    &["under"],
    &["upwards", "of"],
];

/// Words ending in "s" that name no class of things.
const NOT_PLURALS: &[&str] = &[
    "this", "always", "perhaps", "various", "gives", "ships", "comes",
];

/// Whether the words right after a duration (`rest`, the text after it) make it the length of an
/// event: "a free two-day event", "a 3-hour workshop". How long a meeting ran is no speed
/// anyone promises.
fn lasts_an_event(rest: &str) -> bool {
    let next = rest
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    EVENTS.contains(&next.as_str())
}

/// Gatherings and recordings whose length a duration before them gives.
const EVENTS: &[&str] = &[
    "event",
    "events",
    "conference",
    "summit",
    "workshop",
    "meetup",
    "webinar",
    "bootcamp",
    "retreat",
    "offsite",
    "festival",
    "livestream",
    "keynote",
    "course",
    "video",
    "talk",
    "hackathon",
];

/// Whether the words of a count's clause after it (`after`, " word word … ") make it count what
/// depends on something: "roughly a thousand Julia packages depending on it directly or
/// indirectly" (the Julia blog's monthly roundup, of DifferentiationInterface.jl) counts one
/// package's dependents, not the ecosystem's packages an approved figure counts.
pub(super) fn dependents_of(after: &str) -> bool {
    DEPENDING
        .iter()
        .any(|d| after.strip_prefix(' ').is_some_and(|a| a.starts_with(d)))
}

/// Whether the words of a count's clause before it (`before`, " word word … ") make it a bound
/// that picks the things another count counts: "583 packages have at least 10 contributors",
/// "58% of packages have at least 2 contributors" (the Julia blog's registry statistics) count
/// packages; the contributors are a threshold, not the ecosystem's count an approved figure
/// states. "We have at least 500 contributors" has no count before it and stays a figure.
pub(super) fn threshold_of_a_statistic(before: &str) -> bool {
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(verb) = words.len().checked_sub(3) else {
        return false;
    };
    let bound = matches!(&words[verb + 1..], ["at", "least"] | ["more", "than"]);
    // A count, not a year or a version: "In 2023 the project had", "Version 2 has".
    let count = |i: usize| {
        words.get(i).is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        }) && !i
            .checked_sub(1)
            .is_some_and(|p| matches!(words[p], "in" | "since" | "by" | "version" | "our" | "we"))
    };
    // The things counted right before the verb: "583 packages have", "58 of packages have".
    let counted = (verb >= 2 && count(verb - 2) && !SPEAKERS.contains(&words[verb - 1]))
        || (verb >= 3 && count(verb - 3) && words[verb - 2] == "of");
    bound && matches!(words[verb], "have" | "has" | "had") && counted
}

/// Subjects that speak: a figure they have is theirs, not a statistic's threshold.
const SPEAKERS: &[&str] = &["we", "i", "you", "they", "it", "he", "she", "our"];

/// Words right after a count that make it the dependents of something.
const DEPENDING: &[&str] = &[
    "depending on ",
    "that depend on ",
    "which depend on ",
    "depend on ",
    "that rely on ",
    "relying on ",
];

/// What a price of getting into an event is called, before it in its sentence: "the conference
/// price will increase from $425 to $525" is what attending costs, not the product's price.
const EVENT_ENTRY: &[&str] = &[
    "registration",
    "conference",
    "admission",
    "early bird",
    "attendee",
    "attendees",
];

/// A poll before the figure in its sentence: its figure is what voters answered ("Voted #1" is
/// an award, and stays).
const POLLS: &[&str] = &["poll", "polls", "polled"];

/// Words that report what others say, right before the figure.
const HEARSAY: &[&str] = &[
    "mention",
    "mentions",
    "mentioned",
    "heard of",
    "rumoured",
    "rumored",
    "reportedly",
];

/// A goal names a figure not reached yet...
const GOALS: &[&str] = &["goal", "goals", "objective", "objectives"];
/// ...unless it was reached: "we hit our goal of 1,000 users".
pub(super) const REACHED: &[&str] = &[
    "hit",
    "reached",
    "met",
    "exceeded",
    "beat",
    "surpassed",
    "passed",
    "smashed",
    "achieved",
    "crossed",
];

/// "a common goal here is “5 happy customers”": the aim of a process, not an achievement. The
/// company's own goal ("Our goal is $100M ARR by 2026", "We quickly set the goal of '5
/// reference customers'") is a figure it stands behind, and stays a claim.
fn aim(before: &str) -> bool {
    has_any(&last_words(before, NEAR), GOALS) && !has_any(before, REACHED)
}

/// Verbs of hiring a service, before "at" or "for" and the amount.
const HIRING_A_SERVICE: &[&str] = &[
    "outsource",
    "outsourced",
    "outsourcing",
    "hire",
    "hired",
    "hiring",
    "contracted",
];

/// "It just made sense for us to outsource this at $5k/month": what the buyer of a service
/// pays someone else, not the company's price. "Hire our team for $5k/month" offers the
/// company's own service: its price stays a claim.
fn hired_service(before: &str) -> bool {
    if !(before.ends_with(" at ") || before.ends_with(" for ")) {
        return false;
    }
    let near = last_words(before, NEAR + 1);
    let words: Vec<&str> = near.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .iter()
        .rposition(|w| HIRING_A_SERVICE.contains(w))
        .is_some_and(|verb| !words[verb + 1..].iter().any(|w| matches!(*w, "our" | "us")))
}

/// People in a hiring funnel, earlier in the figure's sentence: a percentage there is a
/// conversion rate of hiring ("0 out of 6 final stage candidates … got an offer … usually our
/// conversion rate at that stage is ~33%").
const FUNNEL: &[&str] = &[
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "interviewee",
    "interviewees",
];

/// Adverbs between "of people" and a verb of knowing or thinking.
const OPINION_ADVERBS: &[&str] = &["already", "probably", "still", "just", "really", "all"];
const KNOWING: &[&str] = &[
    "know",
    "knows",
    "think",
    "thinks",
    "believe",
    "believes",
    "understand",
    "realise",
    "realize",
    "assume",
];

/// "generic advice that 90% of people already know": a share of people at large who know or
/// think something is a way of speaking, not a measured result ("95% of people said …", a
/// survey's answer, stays).
fn opinion_of_people(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(" of people ") else {
        return false;
    };
    let next = rest
        .split(' ')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| !OPINION_ADVERBS.contains(&w.as_str()));
    next.is_some_and(|w| KNOWING.contains(&w.as_str()))
}

/// Openings of a sentence that works an earlier figure out for another period or scale:
/// "That scales to around 1,850 unique users each year".
const PROJECTIONS: &[&str] = &[
    " that scales to ",
    " that works out to ",
    " that works out at ",
    " that adds up to ",
    " that comes to ",
    " which works out to ",
];

/// "these tools should serve you from making your first hire through to 100 people": the top
/// of a span of sizes is a segment, like "startups with 5 to 100 employees".
fn top_of_a_span(before: &str) -> bool {
    before.contains(" from ") && (before.ends_with(" through to ") || before.ends_with(" up to "))
}

/// Time-boxed events: a duration in their paragraph is how long the event ran.
const TIME_BOXED: &[&str] = &["hackathon", "hackathons", "buildathon", "game jam"];

/// "We held a one-week async Hackathon. … it was truly impressive what people were able to
/// build in just 7 days": the length of a hackathon, not a speed anyone promises.
fn in_a_hackathon(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(crate::limits::CLAIM_SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = &text[from..start];
    let paragraph = head.rfind("\n\n").map_or(head, |i| &head[i + 2..]);
    let paragraph_words = super::clause::padded_words(paragraph);
    has_any(&paragraph_words, TIME_BOXED)
}

#[cfg(test)]
#[path = "others_tests.rs"]
mod tests;
