//! Where a measurement was taken and what a worked example was given: "At 1 million inserts,
//! Valkey 8.0 used ~95 MB", "661k inserts per second at the 1M mark", "Overall time to insert 50
//! million members dropped …", "we have 500 sets, each with 5M members", "the small variant
//! (7B)". The figure places or sizes the case; the result beside it is the claim. Part of the
//! settings of a test ([`super::settings`]).

use crate::document::english::neighbours::Neighbour;

/// Whether the figure at `start..end` is a point a measurement was taken at, the size of the task
/// a timing measured, the size of each item of a worked example, or a model's size (`tight`: the
/// figure's tight words before it, nearest first; `before` and `after`: its sentence's words).
pub(super) fn point_or_workload(
    text: &str,
    (start, end): (usize, usize),
    tight: &[&Neighbour],
    before: &[Neighbour],
    after: &[Neighbour],
) -> bool {
    opening_point(text, end, tight, (before, after))
        || at_the_mark(&text[start..end], tight)
        || timed_task(tight)
        || size_of_each(tight)
        || model_size(text, start, end, after)
}

/// "At 1 million inserts, Valkey 8.0 used ~95 MB": a sentence that opens on "At" and a count,
/// then a comma and the figure read there, gives the point on a test's axis. A count after "at"
/// elsewhere may be the result ("runs at 5,000 nodes"), and so may one with no other figure after
/// it ("At 10,000 customers, we are the largest …").
fn opening_point(
    text: &str,
    end: usize,
    tight: &[&Neighbour],
    (before, after): (&[Neighbour], &[Neighbour]),
) -> bool {
    matches!(tight, [at] if at.is_one_of(&["at"]))
        && before.len() == 1
        && text[end..].starts_with(',')
        && after
            .iter()
            .any(|w| w.word.contains(|c: char| c.is_ascii_digit()))
}

/// "about 661k inserts per second at the 1M mark": a mark reached on the way is a point on a
/// test's axis. What was passed ("we passed the 1 million downloads mark") is a milestone.
fn at_the_mark(figure: &str, tight: &[&Neighbour]) -> bool {
    super::clause::ends_on_one_of(figure, &["mark"])
        && matches!(tight, [the, at, ..] if the.is_one_of(&["the"]) && at.is_one_of(&["at"]))
}

/// "Overall time to insert 50 million members dropped from 94 seconds to 87 seconds": the count
/// sizes the task a timing measured ("time to insert", "takes 5 minutes to deploy").
fn timed_task(tight: &[&Neighbour]) -> bool {
    matches!(tight, [verb, to, timing, ..]
        if verb.is_one_of(&TASK_VERBS) && to.is_one_of(&["to"]) && timing.is_one_of(&TIMED))
}

/// Verbs of work a timing measures, in the base form "to" takes.
const TASK_VERBS: [&str; 14] = [
    "insert", "load", "process", "index", "ingest", "write", "read", "import", "send", "sort",
    "build", "deploy", "scan", "query",
];

/// Words a timing of a task ends on before "to": "time to insert", "takes 5 minutes to …" reads
/// the duration's unit.
const TIMED: [&str; 11] = [
    "time", "times", "took", "takes", "seconds", "minutes", "hours", "ms", "second", "minute",
    "hour",
];

/// "we have 500 sets, each with 5M members", "500 bloom filters, each with a capacity of 5M": the
/// size of every item of a worked example, not a figure about anything offered.
fn size_of_each(tight: &[&Neighbour]) -> bool {
    let each = tight.iter().take(5).position(|w| w.is_one_of(&["each"]));
    each.is_some_and(|at| at > 0 && tight[at - 1].is_one_of(&["with"]))
}

/// "a [4B Phi3.5 Vision model]", "the small variant (7B)": a bare figure in billions or millions
/// of parameters names a model's size, not a count of anything.
fn model_size(text: &str, start: usize, end: usize, after: &[Neighbour]) -> bool {
    let figure = &text[start..end];
    let Some(number) = figure.strip_suffix(['B', 'M']) else {
        return false;
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return false;
    }
    let before_bracket = text[..start]
        .strip_suffix('(')
        .map(|head| head.trim_end().rsplit(' ').next().unwrap_or_default());
    let bracketed = before_bracket
        .is_some_and(|w| MODEL_WORDS.contains(&w.to_lowercase().as_str()))
        && text[end..].starts_with(')');
    // The word "model" right after, or a name and then "model" in the same phrase: "4B Phi3.5
    // Vision model" (read from the text: the name's dot would end the words read around it).
    let named = after.first().is_some_and(|w| {
        w.tight
            && (w.is_one_of(&MODEL_WORDS)
                || (w.word.starts_with(char::is_uppercase) && model_named_after(&text[end..])))
    });
    bracketed || named
}

/// Whether the phrase starting `rest` (up to a sentence end, a line break, a comma or a closing
/// bracket, within four words) holds "model" or "LLM".
fn model_named_after(rest: &str) -> bool {
    let phrase = rest
        .split(['\n', ']', ')', ','])
        .next()
        .unwrap_or_default()
        .split(". ")
        .next()
        .unwrap_or_default();
    phrase.split_whitespace().take(4).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("model") || w.eq_ignore_ascii_case("llm")
    })
}

/// Words that name a model's size or the model: "variant (7B)", "7B model", "70B parameters".
const MODEL_WORDS: [&str; 8] = [
    "model",
    "models",
    "variant",
    "version",
    "size",
    "parameter",
    "parameters",
    "llm",
];

#[cfg(test)]
mod tests {
    use super::super::settings::tests::setting;

    #[test]
    fn points_and_workloads_of_a_benchmark_are_settings() {
        // The Valkey blog (BSD-3-Clause) and the Haystack blog (Apache-2.0).
        for (text, figure) in [
            ("At 1 million inserts, Valkey 8.0 used ~95 MB while Valkey 8.1 used ~81 MB.", "1 million inserts"),
            ("Valkey 8.0 started strong with about 661k inserts per second at the 1M mark, its throughput", "1M mark"),
            ("Overall time to insert 50 million members dropped from 94 seconds on 8.0 to 87 seconds on 8.1.", "50 million members"),
            ("This means we have 500 sets, each with 5M members. This will require", "5M members"),
            ("So, we have 500 bloom filters, each with a capacity of 5M.", "5M"),
            ("in particular, we are using the small variant (7B).", "7B"),
            ("For this example, we’ll use a [4B Phi3.5 Vision model](https://huggingface.co/microsoft/Phi-3.5-vision-instruct) to", "4B"),
        ] {
            assert!(setting(text, figure), "{text}");
        }
    }

    #[test]
    fn results_and_milestones_stay_claims() {
        for (text, figure) in [
            ("Nimbus runs at 5,000 nodes in production.", "5,000 nodes"),
            (
                "At 1 million downloads a week, Nimbus is the most used tool.",
                "1 million downloads",
            ),
            (
                "This month we passed the 1M mark for weekly downloads.",
                "1M mark",
            ),
            (
                "Nimbus now serves 2,000 customers, each with their own workspace.",
                "2,000 customers",
            ),
            (
                "At 10,000 customers, Nimbus is the largest platform of its kind.",
                "10,000 customers",
            ),
            ("We shipped 7B in revenue.", "7B"),
            ("Nimbus processed 4B events last month.", "4B"),
            (
                "It took us 3 years to reach 1 million users.",
                "1 million users",
            ),
        ] {
            assert!(!setting(text, figure), "{text}");
        }
    }
}
