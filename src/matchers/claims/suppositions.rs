//! Figures a sentence supposes rather than states: a condition ("If our average retention was
//! 50%, …", "Assume we have 100 million …"), a case worked out with "would" ("72 CPU cores would
//! be 72x that, reaching 18,000 queries per second"), and what an imagined case works out to
//! ("Now imagine 100 similar pages. That's ~185,000 users …"). Part of [`super::hypotheses`].

use super::clause::has_any;
use std::ops::Range;

/// Whether the figure at `start` lies in a conditional clause that opens its sentence, before
/// the clause's comma or "then": "If our average retention was 50%, this would be …". A
/// condition states nothing; what follows it may ("If you sign up today, get 50% off" is an
/// offer). A condition on the reader is an offer's terms ("If you've raised under $5M, you
/// qualify for …"): left to the other tests.
pub(super) fn in_opening_condition(text: &str, sentence: Range<usize>, start: usize) -> bool {
    let head = text[sentence.start.min(start)..start].to_lowercase();
    // The clause's words are joined only for a sentence that opens with a condition.
    ["if ", "unless ", "imagine ", "now imagine "]
        .iter()
        .any(|opening| head.starts_with(opening))
        && !head.contains(", ")
        && {
            let words = super::clause::padded_words(&head);
            !words.contains(" then ") && !has_any(&words, READER)
        }
}

const READER: &[&str] = &["you", "your", "yours"];

/// Whether the figure at `start` lies in a conditional clause anywhere in its sentence: after
/// "if", "unless", "whether", "suppose", "imagine", "assume", "let's say" or "let's try" and a
/// verb in "-ing" ("Assume we have 100 million
/// 512-dimensional vectors"), with no "then" and no comma between them
/// other than a list of figures ("what would happen if our planet were 20x bigger", "doesn't
/// matter if we host ten, ten thousand, or ten million Workspaces"). The clause supposes a
/// case; it states none. A condition on the reader is an offer's terms ("if you've raised
/// under $5M"): left to the other tests, as in [`in_opening_condition`].
pub(super) fn in_conditional_clause(text: &str, sentence: Range<usize>, start: usize) -> bool {
    let head = text[sentence.start.min(start)..start].to_lowercase();
    let conditional = last_conditional(&head);
    // "Think about it like this -- lets say we have only 10 customers …": a case supposed.
    let supposed = ["let's say ", "lets say ", "let’s say "]
        .iter()
        .filter_map(|phrase| head.rfind(phrase))
        .max();
    // "Now lets try reducing resource request and limit by 50%": a trial about to run, the
    // figure in what it tries; not a result stated after it ("Let's try something new: we cut
    // build times by 40%").
    let tried = ["let's try ", "lets try ", "let’s try "]
        .iter()
        .filter_map(|phrase| head.rfind(phrase).map(|at| (at, at + phrase.len())))
        .max()
        .filter(|&(_, object)| {
            let rest = &head[object..];
            rest.split(' ')
                .next()
                .is_some_and(|verb| verb.ends_with("ing"))
                && !rest.contains([':', ';', '—', '–'])
                && !super::clause::words(rest)
                    .iter()
                    .any(|w| matches!(w.as_str(), "we" | "our"))
        })
        .map(|(at, _)| at);
    let supposed = supposed.max(tried);
    let Some(at) = conditional.max(supposed) else {
        return false;
    };
    let rest = &head[at..];
    let mut pieces = rest.split(", ");
    let clause = format!(
        " {} ",
        super::clause::words(pieces.next().unwrap_or_default()).join(" ")
    );
    !has_any(&clause, &["then"])
        && !has_any(&clause, READER)
        && pieces.all(|piece| {
            let words = super::clause::words(piece);
            words.len() <= 3
                && words.iter().all(|w| {
                    matches!(w.as_str(), "or" | "and")
                        || w.chars().all(|c| c.is_ascii_digit())
                        || super::words::number_word(w).is_some()
                })
        })
}

/// Where the last word of `head` that opens a conditional clause ([`CONDITIONALS`]) starts:
/// a run of letters after no letter or digit, read in place.
fn last_conditional(head: &str) -> Option<usize> {
    head.match_indices(|c: char| c.is_alphabetic())
        .filter(|&(i, _)| i == 0 || !head[..i].ends_with(char::is_alphanumeric))
        .map(|(i, _)| i)
        .rfind(|&i| {
            let tail = &head[i..];
            let len = tail
                .char_indices()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(tail.len(), |(at, _)| at);
            CONDITIONALS.contains(&&tail[..len])
        })
}

/// Words that open a conditional clause.
const CONDITIONALS: &[&str] = &[
    "if",
    "unless",
    "whether",
    "suppose",
    "supposing",
    "imagine",
    "assume",
    "assuming",
];

/// Whether the figure at `start` is what a sentence works out with "would": "72 CPU cores would
/// be 72x that, reaching 18,000 queries per second". The sentence supposes a case and its
/// outcome; it states neither. "would" in a relative clause ("a job that would take 3 days now
/// takes 2 minutes"), a counterfactual past ("would have taken") and a sentence that turns to
/// what is ("… now", "but …") leave the figure to the other tests, as does a polite wish ("We
/// would like to thank all the 28 contributors").
pub(super) fn worked_out_with_would(text: &str, sentence: Range<usize>, start: usize) -> bool {
    let words = super::clause::lowered_word_list(&text[sentence.start.min(start)..start]);
    let Some(at) = words.iter().rposition(|w| w == "would") else {
        return false;
    };
    let relative = words[at.saturating_sub(3)..at]
        .iter()
        .any(|w| matches!(&**w, "who" | "that" | "which" | "what" | "where"));
    let counterfactual = words.get(at + 1).is_some_and(|w| w == "have");
    // "We would like to thank all the 28 contributors": a polite wish, no supposition.
    let polite = words.get(at + 1).is_some_and(|w| POLITE.contains(&&**w))
        || (words.get(at + 1).is_some_and(|w| w == "be")
            && words.get(at + 2).is_some_and(|w| POLITE.contains(&&**w)));
    let turns = words[at + 1..]
        .iter()
        .any(|w| matches!(&**w, "now" | "today" | "but" | "instead" | "actually"));
    !relative && !counterfactual && !polite && !turns
}

/// Words after "would" (or "would be") that make it a polite wish: "would like to thank".
const POLITE: &[&str] = &[
    "like",
    "love",
    "appreciate",
    "encourage",
    "recommend",
    "suggest",
    "happy",
    "glad",
    "grateful",
    "thrilled",
    "delighted",
    "remiss",
];

/// Whether the sentence at `sentence` works out the case the sentence before it imagined:
/// "Now imagine 100 similar pages. That's ~185,000 users visiting our website each year."
pub(super) fn works_out_a_supposition(text: &str, sentence: Range<usize>) -> bool {
    let opening = text[sentence.clone()].to_lowercase();
    if ![
        "that's ",
        "that’s ",
        "that is ",
        "that would be ",
        "that scales ",
    ]
    .iter()
    .any(|o| opening.starts_with(o))
    {
        return false;
    }
    let before = &text[..sentence.start];
    let Some(previous) = previous_sentence(before) else {
        return false;
    };
    let previous = previous.to_lowercase();
    [
        "imagine ",
        "now imagine ",
        "suppose ",
        "say you ",
        "let's say ",
        "let’s say ",
    ]
    .iter()
    .any(|o| previous.starts_with(o))
}

/// The sentence just before `before`'s end, on the same line, trimmed.
fn previous_sentence(before: &str) -> Option<&str> {
    let before = before.trim_end();
    let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let body = line.strip_suffix(['.', '!', '?'])?;
    let start = body
        .rfind(". ")
        .or_else(|| body.rfind("! "))
        .or_else(|| body.rfind("? "))
        .map_or(0, |i| i + 2);
    Some(body[start..].trim_start_matches(|c: char| c.is_whitespace() || "-*_>#".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`in_opening_condition`] before step 23: the clause's words joined first.
    fn opening_condition_joined(text: &str, sentence: Range<usize>, start: usize) -> bool {
        let head = text[sentence.start.min(start)..start].to_lowercase();
        let words = format!(" {} ", super::super::clause::words(&head).join(" "));
        ["if ", "unless ", "imagine ", "now imagine "]
            .iter()
            .any(|opening| head.starts_with(opening))
            && !head.contains(", ")
            && !words.contains(" then ")
            && !has_any(&words, READER)
    }

    /// [`in_conditional_clause`]'s conditional word before step 23: each word collected.
    fn conditional_collected(head: &str) -> Option<usize> {
        head.match_indices(|c: char| c.is_alphabetic())
            .filter(|&(i, _)| i == 0 || !head[..i].ends_with(char::is_alphanumeric))
            .map(|(i, _)| i)
            .rfind(|&i| {
                let word: String = head[i..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                CONDITIONALS.contains(&word.as_str())
            })
    }

    #[test]
    fn conditions_read_in_place_as_when_joined() {
        for text in [
            "If we host 10 million Workspaces, it costs 5 cents.",
            "Unless you raised under $5M, the fee is 2%.",
            "Now imagine 100 users then 200 users",
            "Imagine we had 10x the traffic; ça marche if the 3 nodes hold",
            "What would happen if our planet were 20x bigger?",
            "Assume we have 100 million 512-dimensional vectors, or ten, or 20",
            "Think about it like this -- lets say we have only 10 customers",
            "it doesn't matter if we host ten, ten thousand, or ten million Workspaces",
            "Whether Ünless éif supposes 3 things",
        ] {
            for (start, _) in text.char_indices() {
                let sentence = 0..text.len();
                assert_eq!(
                    in_opening_condition(text, sentence.clone(), start),
                    opening_condition_joined(text, sentence, start),
                    "{text:?} {start}"
                );
                let head = text[..start].to_lowercase();
                assert_eq!(
                    last_conditional(&head),
                    conditional_collected(&head),
                    "{text:?} {start}"
                );
            }
        }
    }
}
