//! Figures that a sentence supposes, works out or tells as the writer's own story rather than
//! states as the company's: a condition ("If our average retention was 50%, …"), an imagined
//! case and what it works out to ("Now imagine 100 similar pages. That's ~185,000 users …"), a
//! computed result ("… x 100 = 80%"), an example about someone else ("For example, HogTube had
//! 1,000 customers …"), a first-person singular story ("I watched 50+ hackathon demos"), the
//! zero a story starts from ("from $0 to $4M ARR"), a rank that is a figure of speech ("the #1
//! complaint"), and names that are figures ("401k"). Conditions and suppositions are read in
//! `suppositions.rs`, levels denied or judged out of reach in `unreached.rs`.

use super::clause::{has_any, last_words};
use super::suppositions::{
    in_conditional_clause, in_opening_condition, worked_out_with_would, works_out_a_supposition,
};
use super::ClaimMatch;
use std::ops::Range;

/// Whether a figure is supposed, worked out, told as one person's story, a figure of speech or
/// a name rather than stated as the company's (see `hypotheses.rs`).
pub(super) fn supposed_or_told(text: &str, found: &ClaimMatch, before: &str, after: &str) -> bool {
    let start = found.range.start;
    let number = found.claim.number.as_str();
    let sentence = super::asides::sentence_opening(text, start);
    named_figure(&text[found.range.clone()])
        || quoted_name(text, found.range.clone())
        || computed(text, start)
        || told_by_one_person(text, start, before)
        || starting_zero(text, number, found.range.clone())
        || rule_of_thumb(text, found.range.clone())
        || (found.claim.unit == "#" && figurative_rank(number, after))
        || in_opening_condition(text, sentence.clone(), start)
        || in_conditional_clause(text, sentence.clone(), start)
        || denied_or_aimed(before)
        || super::unreached::not_reached(before, after)
        || worked_out_with_would(text, sentence.clone(), start)
        || goal_or_target(text, sentence.clone(), start, before)
        || works_out_a_supposition(text, sentence.clone())
        || example_about_others(text, sentence)
}

/// Whether the clause before a figure (`before`, " word word … ") denies that it is reached or
/// makes it a target not yet reached: a negated modal ("we couldn't ever get to 100% reliable
/// event delivery", "we won't aim for 100% availability") or an aim ("aiming for 100% is not
/// what we want"). Neither states the figure as the company's. A bound is still a claim ("we
/// can't lose more than 0.1% of events" promises at most that).
pub(super) fn denied_or_aimed(before: &str) -> bool {
    let near = last_words(before, 6);
    let compared = has_any(&last_words(before, 3), super::cues::COMPARERS);
    // "we couldn't have shipped 8+ products without them": a counterfactual past asserts it.
    let counterfactual = has_any(&near, &["have"]);
    (has_any(&near, NEGATED_MODALS) && !compared && !counterfactual)
        || super::clause::ends_with_any(before, AIMS)
}

/// Modal verbs denied: what cannot, could not or will not be.
const NEGATED_MODALS: &[&str] = &[
    "won t",
    "wouldn t",
    "couldn t",
    "can t",
    "cannot",
    "will not",
    "would not",
    "could not",
    "can not",
];

/// An aim: a figure sought, not reached.
const AIMS: &[&str] = &[
    "aim for",
    "aims for",
    "aimed for",
    "aiming for",
    "aim at",
    "aiming at",
    "strive for",
    "striving for",
    "shoot for",
    "plan for",
    "plans for",
    "planning for",
];

/// Whether the figure at `start` is a goal set or a level pushed towards, not one reached: a
/// goal or target a few words before it in its sentence, with an action between ("we set a
/// clear goal: deliver a 10x performance improvement"), or "pushing … to" right before it ("continue pushing test
/// coverage to 100%"). A goal reached is a result ("we hit our goal of 1,000 users"), and so is
/// a level pushed to in the past ("we pushed coverage to 95%").
pub(super) fn goal_or_target(
    text: &str,
    sentence: Range<usize>,
    start: usize,
    before: &str,
) -> bool {
    let head_words = super::clause::lowered_words(&text[sentence.start.min(start)..start]);
    let near: Vec<&str> = unlisted(head_words.split_whitespace().rev().collect())
        .into_iter()
        .take(GOAL_REACH)
        .collect();
    // The words between the goal and the figure name an action ("goal: deliver a 10x …"); "our
    // goal is $100M ARR" states the figure itself, which stays the company's.
    let goal = near
        .iter()
        .position(|w| GOALS.contains(w))
        .is_some_and(|i| near[..i].iter().any(|w| !LINKS.contains(w)))
        && !has_any(&head_words, super::others::REACHED);
    let pushing = before.ends_with(" to ") && has_any(&last_words(before, 6), PUSHING);
    goal || pushing
}

/// The words before a figure, nearest first, without the figures listed right before it and
/// their units: in "Our goal was to scale to 5k nodes, 20k pods and 10k services" the aim is as
/// near to "10k" as to "5k".
fn unlisted(mut nearest_first: Vec<&str>) -> Vec<&str> {
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let mut i = 0;
    loop {
        match nearest_first.get(i..) {
            Some([w, ..]) if figure(w) || matches!(*w, "and" | "or") => i += 1,
            Some([_, n, ..]) if figure(n) => i += 2,
            _ => break,
        }
    }
    nearest_first.split_off(i)
}

/// How many words before a figure a goal or target names it: "we set a clear goal: deliver a
/// 10x …" puts two between.
const GOAL_REACH: usize = 6;

/// Nouns that make the figure after them something aimed at.
const GOALS: &[&str] = &[
    "goal",
    "goals",
    "target",
    "targets",
    "objective",
    "objectives",
];

/// Words that link a goal to its figure without naming an action.
const LINKS: &[&str] = &[
    "is", "was", "are", "were", "of", "a", "an", "the", "to", "be",
];

/// Verbs of pushing towards a level, not yet there.
const PUSHING: &[&str] = &["push", "pushes", "pushing"];

/// Whether the figure right after `head` is the result of a formula written out before it:
/// "((1,300 − 500) /1,000) x 100 = 80%".
pub(super) fn computed(text: &str, start: usize) -> bool {
    let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let head = text[line..start].trim_end();
    head.ends_with('=') && head.contains(|c: char| c.is_ascii_digit())
}

/// Whether a sentence opened by "For example," or "For instance," tells someone else's case:
/// nobody in it speaks as "we" ("For example, HogTube, a hedgehog-themed YouTube rival, had 1,000
/// customers"). "For example, our customer Grantable cut setup time by ~90%" is our result.
pub(super) fn example_about_others(text: &str, sentence: Range<usize>) -> bool {
    let body = text[sentence].to_lowercase();
    let Some(rest) = ["for example, ", "for instance, ", "e.g. "]
        .iter()
        .find_map(|o| body.strip_prefix(o))
    else {
        return false;
    };
    let words = super::clause::padded_words(rest);
    !has_any(&words, FIRST_PERSON_PLURAL)
}

/// Whether `before` (the clause before a figure, " word word … ") tells the writer's own story
/// in the first person singular, the figure at most two words after "I": "I watched 50+
/// hackathon demos", "I've interviewed 300 founders". A company speaks as "we". The pronoun is
/// a capital "I" in the text: `:icon{name="i-lucide-puzzle"} **184 modules**` has none.
pub(super) fn told_by_one_person(text: &str, start: usize, before: &str) -> bool {
    let near = last_words(before, 3);
    let words: Vec<&str> = near.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(i) = words.iter().position(|&w| w == "i") else {
        return false;
    };
    let from = start.saturating_sub(crate::limits::CLAIM_SENTENCE_REACH);
    let from = (0..=from)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let capital_i = text[from..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(words.len())
        .any(|w| w == "I");
    capital_i && !words[i + 1..].is_empty() && !has_any(&near, FIRST_PERSON_PLURAL)
}

/// Whether the amount at `range` is the zero a story of growth starts from: "from $0 to $4M".
/// Other starting points stay claims: "from 1 million to 2.5 million weekly downloads" states
/// both the old figure and the new one.
pub(super) fn starting_zero(text: &str, number: &str, range: Range<usize>) -> bool {
    let head = text[..range.start].trim_end().as_bytes();
    number == "0"
        && head.len() >= 4
        && head[head.len() - 4..].eq_ignore_ascii_case(b"from")
        && text[range.end..].starts_with(" to ")
}

/// Whether the figure at `range` names a rule of thumb: "the 25% advice is generally
/// sufficient", "the 80/20 rule". It names advice, it states no result.
pub(super) fn rule_of_thumb(text: &str, range: Range<usize>) -> bool {
    let the = &text.as_bytes()[..range.start];
    let the = the.len() >= 4 && the[the.len() - 4..].eq_ignore_ascii_case(b"the ");
    let next = text[range.end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    the && RULES_OF_THUMB.contains(&next.as_str())
}

/// Nouns that make "the" and a figure before them a rule someone gives.
const RULES_OF_THUMB: &[&str] = &["advice", "rule", "guideline", "recommendation", "heuristic"];

/// Whether a "#1" is a figure of speech: the first of the reader's complaints, priorities or
/// reasons ("the #1 complaint of anyone struggling with SEO"), not a rank anyone measured.
pub(super) fn figurative_rank(number: &str, after: &str) -> bool {
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    number == "1" && FIGURATIVE_FIRSTS.contains(&next)
}

/// Figures that are names: retirement plans ("401k", "403b").
pub(super) fn named_figure(figure: &str) -> bool {
    let figure = figure.to_ascii_lowercase();
    ["401k", "401(k)", "403b", "403(b)", "457b", "457(b)"].contains(&figure.as_str())
}

/// "a small but highly visible "20% project"" (the Go blog, of Google's 20% time): a figure
/// opening a quoted phrase of at most three words names something; it states no figure.
pub(super) fn quoted_name(text: &str, range: Range<usize>) -> bool {
    const OPENING: [char; 4] = ['"', '“', '\'', '‘'];
    const CLOSING: [char; 4] = ['"', '”', '\'', '’'];
    if !text[..range.start].ends_with(OPENING) {
        return false;
    }
    let rest = &text[range.end..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    line.find(CLOSING)
        .is_some_and(|close| line[..close].split_whitespace().count() <= 2)
}

const FIRST_PERSON_PLURAL: &[&str] = &["we", "our", "us", "ours", "we're", "we've", "we'll"];

/// Nouns after "#1" that make it a way of speaking, not a ranking.
const FIGURATIVE_FIRSTS: &[&str] = &[
    "complaint",
    "complaints",
    "comment",
    "comments",
    "feedback",
    "advice",
    "takeaway",
    "suggestion",
    "priority",
    "reason",
    "question",
    "mistake",
    "rule",
    "tip",
    "goal",
    "fan",
    "thing",
    "problem",
    "lesson",
    "request",
    "cause",
    "killer",
    "challenge",
    "concern",
    "fear",
    "enemy",
    "job",
];

#[cfg(test)]
#[path = "hypotheses_tests.rs"]
mod tests;
