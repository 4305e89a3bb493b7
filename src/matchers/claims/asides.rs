//! Figures that sit in a claim's place but are not the company's: a threshold of the reader's
//! own situation in advice ("once you're at $1M ARR"), an example case ("For a 50-person
//! engineering team, that's …", "A team of 50 engineers pays …"), a condition a flow checks
//! ("have they activated 2+ products?"), a floor on what someone pays ("the potential to pay
//! more than $20k"). (A figure in the title of a linked page is left alone: "[How Documenso
//! got 4,000 stars](…)" is a result worth checking.)

use super::clause::list_item;
use crate::limits::CLAIM_SENTENCE_REACH;
use std::ops::Range;

/// Whether the clause before a figure (" word word … ", lowercase, as `window_before` gives it)
/// puts it in the reader's hypothetical situation: "if", "once", "when" or "until" with "you",
/// then a verb of having or reaching right before the figure.
pub(super) fn reader_threshold(before: &str) -> bool {
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(you) = words.iter().rposition(|&w| w == "you") else {
        return false;
    };
    let conditional = you > 0 && CONDITIONS.contains(&words[you - 1]);
    // "you're at", "you have", "you reach": at most two words between "you" and the figure.
    let reaching =
        words[you + 1..].len() <= 2 && words[you + 1..].iter().any(|w| REACHING.contains(w));
    conditional && reaching
}

const CONDITIONS: &[&str] = &["if", "once", "when", "until", "unless"];
const REACHING: &[&str] = &[
    "at", "have", "reach", "hit", "cross", "pass", "get", "re", "are",
];

/// Whether the figure at `start` is in a sentence that sets up an example case: it opens with
/// "For a …," ("For a 50-person engineering team, that's $6,000/year", "For a site with 100s of
/// visitors, a 5% increase doesn't help much") or a supposition ("Say you have 50 engineers",
/// "Let's say …", "Suppose …"). Every figure of that sentence belongs to the example. "For a
/// limited time, 50% off" is an offer: a fronted phrase about time is no case.
pub(super) fn example_case(text: &str, start: usize) -> bool {
    let range = sentence_opening(text, start);
    let opening = text[range.clone()].to_lowercase();
    if SUPPOSITIONS.iter().any(|s| opening.starts_with(s)) {
        return true;
    }
    // "i.e. a monthly churn rate of 5% equals a massive 46% annual churn rate", "So, if you have
    // 1,000 customers and 100 of them cancel, your churn rate would be 10%": a worked example
    // before the figure. ("For example, our customer Grantable cut setup time by ~90%" is a
    // real case: "for example" introduces results as often as arithmetic.)
    // "i.e." ends a sentence for the sentence reader: look for it on the line before the figure.
    let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut near = start.saturating_sub(80).max(line);
    while !text.is_char_boundary(near) {
        near += 1;
    }
    if text[near..start].to_lowercase().contains("i.e. ") {
        return true;
    }
    let head = text[range.start.min(start)..start].to_lowercase();
    if EXAMPLE_CUES.iter().any(|cue| {
        head.match_indices(cue)
            .any(|(i, _)| !head[..i].ends_with(char::is_alphanumeric))
    }) {
        return true;
    }
    let Some(case) = ["for a ", "for an "]
        .iter()
        .find_map(|f| opening.strip_prefix(f))
    else {
        return false;
    };
    // The case is the fronted phrase, up to its comma: a few words naming a kind of thing.
    let Some((phrase, _)) = case.split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.len() <= 8 && !words.iter().any(|w| TIME_WORDS.contains(w))
}

/// Whether the figure at `start` sizes the subject of a generic sentence, opened by an
/// indefinite article: "A team of 50 engineers pays the same price as a team of 5", "A
/// 50-person team spends …". The figure lies in the sentence's first few words; a count in the
/// middle of a sentence ("with a 1.5-person engineering team") is somebody's.
pub(super) fn generic_subject(text: &str, start: usize) -> bool {
    let opening = sentence_opening(text, start);
    let head = &text[opening.start.min(start)..start];
    let words: Vec<String> = head.split_whitespace().map(str::to_lowercase).collect();
    matches!(words.first().map(String::as_str), Some("a" | "an")) && words.len() <= 4
}

/// Whether the clause before a figure (" word word … ") asks a yes-or-no question about
/// someone else that `rest` (the text after the figure) ends: "have they activated 2+
/// products?", "is the account over 50 seats?". A flow's branch or a checklist item tests the
/// figure; nobody claims it. Questions to the reader ("Did you know 97% of companies …?") and
/// about us are left alone: marketing asks those.
pub(super) fn checked_condition(before: &str, rest: &str) -> bool {
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let [auxiliary, subject, ..] = words.as_slice() else {
        return false;
    };
    let asks = rest
        .find(['?', '.', '!', '\n'])
        .is_some_and(|i| rest[i..].starts_with('?'));
    asks && AUXILIARIES.contains(auxiliary) && THIRD_PERSONS.contains(subject)
}

/// Whether an amount is a floor on what someone pays: a verb of paying or spending, then
/// "more than", "over", "above" or a sign (">", "≥") right before it ("users who have the
/// potential to pay >$20k", "teams that spend over $50k a year"). Nobody advertises that
/// customers pay more: it is a segment, not a price. ("Pay less than $1 per seat" is a price.)
/// `before` is the clause as words; `head` the raw text before the figure.
pub(super) fn spending_floor(before: &str, head: &str) -> bool {
    let head = head.trim_end();
    let sign = head.ends_with(['>', '≥']) || head.ends_with(">=");
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let floor_words = [&["more", "than"][..], &["over"], &["above"]]
        .iter()
        .find(|f| words.ends_with(f))
        .map(|f| f.len());
    let Some(verb_end) = floor_words.or(sign.then_some(0)) else {
        return false;
    };
    let verbs = &words[..words.len() - verb_end];
    // "can only be bought via the online store for more than £820": a price floor on a buy.
    if verbs.last() == Some(&"for") {
        let reach = &verbs[verbs.len().saturating_sub(6)..];
        return reach.iter().any(|v| BUYING.contains(v));
    }
    verbs.last().is_some_and(|v| PAYING.contains(v))
}

/// Whether a percentage at `start..end` is a stage of a release: a share of an audience ("then
/// 20% of all users", "say, 10% of visitors") in a sentence that deploys, releases or rolls
/// something out. Who a change reaches first is a plan, not a result.
pub(super) fn staged_release(text: &str, start: usize, end: usize) -> bool {
    let rest = text[end..].to_lowercase();
    let Some(audience) = rest.strip_prefix(" of ") else {
        return false;
    };
    let audience = ["all ", "the ", "our ", "your ", "their "]
        .iter()
        .find_map(|d| audience.strip_prefix(d))
        .unwrap_or(audience);
    if !AUDIENCES.iter().any(|a| {
        audience
            .strip_prefix(a)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    }) {
        return false;
    }
    let opening = sentence_opening(text, start);
    let head = text[opening.start.min(start)..start].to_lowercase();
    head.split(|c: char| !c.is_alphabetic())
        .any(|w| RELEASING.contains(&w))
}

const AUDIENCES: &[&str] = &[
    "users",
    "visitors",
    "traffic",
    "customers",
    "sessions",
    "people",
    "accounts",
    "requests",
];
const RELEASING: &[&str] = &[
    "deploy",
    "deploys",
    "deployed",
    "deploying",
    "release",
    "releases",
    "released",
    "releasing",
    "rollout",
    "rollouts",
    "roll",
    "rolls",
    "rolled",
    "rolling",
];

/// Whether the figure at `start..end` lies in the text of a Markdown link on its line
/// ("[How to plan a killer company offsite in just 8 weeks](/blog/…)"): the title of another
/// page. Callers use it for durations, which titles promise as a way of speaking; counts in a
/// linked title ("[How Documenso got 4,000 stars](…)") are still results.
pub(super) fn in_link_text(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let head = &text[line_start..start];
    let tail = &text[end..line_end];
    let opened = head.rfind('[').is_some_and(|i| !head[i..].contains(']'));
    let closed = tail
        .find(']')
        .is_some_and(|i| !tail[..i].contains('[') && tail[i + 1..].starts_with('('));
    opened && closed
}

/// Whether the sentence before the amount at `start` is about a budget or an allowance ("The
/// budget for these trips is up to $1,000 per person"): a rule for spending, not a price.
pub(super) fn spending_rule(text: &str, start: usize) -> bool {
    let opening = sentence_opening(text, start);
    let head = text[opening.start.min(start)..start].to_lowercase();
    head.split(|c: char| !c.is_alphabetic())
        .any(|w| ["budget", "budgets", "allowance", "stipend"].contains(&w))
}

/// Words that set up a worked example earlier in the figure's sentence.
const EXAMPLE_CUES: &[&str] = &["if you have ", "so, if you "];

/// Whether the sentence of the figure at `start` sets figures against each other with a sign
/// ("$100k options with great terms > $500k options with bad ones"): a formula, not a claim.
/// A `>` that opens a line is a quotation marker, not a sign.
pub(super) fn compared_by_sign(text: &str, start: usize) -> bool {
    let range = sentence_opening(text, start);
    let sentence = &text[range.start.min(start)..range.end];
    let line_end = sentence.find('\n').unwrap_or(sentence.len());
    let sentence = &sentence[..line_end];
    [" > ", " < "].iter().any(|sign| {
        sentence.match_indices(sign).any(|(i, _)| {
            let left = sentence[..i].trim_end();
            let right = &sentence[i + sign.len()..];
            !left.is_empty()
                && left.contains(|c: char| c.is_ascii_digit())
                && right.contains(|c: char| c.is_ascii_digit())
        })
    })
}

/// Whether the figure at `start` is an operand of a sum worked out on its line: before an `=`
/// followed by a figure, on a line with an arithmetic sign before that `=` ("500K writes &times;
/// $3/M ($1 base + $2 Postgres Sync) = $1.50", "40 seats × $20 = $800"). A worked example of a
/// bill or a formula states no result of the figures it works with. The line is read within
/// [`line_around`](crate::document::identifiers::line_around)'s bound: a huge line is not
/// searched whole for every figure in it.
pub(super) fn operand_of_a_formula(text: &str, start: usize) -> bool {
    let Some(line) = crate::document::identifiers::line_around(text, start, start) else {
        return false;
    };
    let at = start - line.start;
    let line = &text[line];
    line.match_indices(" = ").any(|(i, _)| {
        let result = line[i + 3..].trim_start_matches(['~', '$', '€', '£']);
        i > at
            && result.starts_with(|c: char| c.is_ascii_digit())
            && ["&times;", "×", " * ", "÷", " + ", " x "]
                .iter()
                .any(|sign| line[..i].contains(sign))
    })
}

/// Openings of a supposition: every figure after them is made up.
const SUPPOSITIONS: &[&str] = &[
    "say you ",
    "say you'",
    "say you’",
    "say your ",
    "let's say ",
    "let’s say ",
    "suppose ",
    "supposing ",
];

/// Words of a fronted time phrase ("For a limited time,"): an offer's window, not a case.
const TIME_WORDS: &[&str] = &[
    "time", "limited", "while", "moment", "period", "day", "week", "month", "year",
];

const AUXILIARIES: &[&str] = &[
    "have", "has", "did", "does", "do", "is", "are", "was", "were", "can", "will",
];
const THIRD_PERSONS: &[&str] = &["they", "he", "she", "it", "the", "this", "that", "their"];
const PAYING: &[&str] = &["pay", "pays", "spend", "spends"];
const BUYING: &[&str] = &["buy", "bought", "purchase", "purchased"];

/// The sentence holding `start`, from its first word (after list markers, emphasis, quotes)
/// to [`CLAIM_SENTENCE_REACH`] bytes past `start` (callers lowercase it, once per figure):
/// sentences end at ". ", "! ", "? " or a line.
pub(super) fn sentence_opening(text: &str, start: usize) -> Range<usize> {
    let mut from = start.saturating_sub(CLAIM_SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut begin = from;
    let mut previous: Option<char> = None;
    for (i, c) in text[from..start].char_indices().rev() {
        if c == '\n' || (matches!(c, '.' | '!' | '?') && previous.is_some_and(char::is_whitespace))
        {
            begin = from + i + c.len_utf8();
            break;
        }
        previous = Some(c);
    }
    let mut end = (start + CLAIM_SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let opening = text[begin..end].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '*' | '_' | '>' | '#' | '"' | '“' | '\'' | '(')
    });
    end - opening.len()..end
}

/// Whether a count ending at `end` opens the list right below it and is the number of its
/// items: "There are 4 apps:" and four list items. It tells the reader how many follow; it
/// claims nothing about anyone's scale.
pub(super) fn counts_the_list_below(text: &str, end: usize, value: f64) -> bool {
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    if !text[end..line_end].trim_end().ends_with(':') {
        return false;
    }
    let mut items = 0.0;
    let mut indent = None;
    for line in text[line_end..].lines().skip(1) {
        let depth = line.len() - line.trim_start().len();
        let item = list_item(line);
        match indent {
            None if line.trim().is_empty() => {}
            None if item => {
                indent = Some(depth);
                items += 1.0;
            }
            Some(at) if item && depth == at => items += 1.0,
            // A wrapped line, a nested item or a blank line between loose items.
            Some(at) if depth > at || line.trim().is_empty() => {}
            _ => break,
        }
    }
    items == value
}

#[cfg(test)]
#[path = "asides_tests.rs"]
mod tests;
