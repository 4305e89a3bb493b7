//! The settings of a test, not its results. A benchmark post states what it ran on — "By sending
//! 50M messages at different speeds", "when doing a sum of 1 billion numbers", "a dataset with
//! low cardinality of 100 devices", "640k rows/sec at 10 million devices" — and then what came
//! of it; only the result is a claim. A size of what a test ran on that its sentence offers as a
//! result ("1M+ devices") keeps its "+" and stays a claim.

use crate::document::english::neighbours::{around, Neighbour};

/// Nouns for a setting of a test's data: the figure after them is what the data was made of.
const SETTING_NOUNS: [&str; 2] = ["cardinality", "concurrency"];

/// Verbs of feeding work to a system, as gerunds: "By sending 50M messages", "for summing 1bn
/// doubles", "when doing a sum of 1 billion numbers", "when going from 1M devices to 10M".
const WORK_GERUNDS: [&str; 22] = [
    "sending",
    "applying",
    "evaluating",
    "validating",
    "summing",
    "doing",
    "inserting",
    "ingesting",
    "loading",
    "writing",
    "reading",
    "querying",
    "processing",
    "aggregating",
    "scanning",
    "importing",
    "generating",
    "sorting",
    "joining",
    "going",
    "scaling",
    "increasing",
];

/// Words that open a gerund's clause of circumstance: "by sending", "when doing".
const CIRCUMSTANCE: [&str; 8] = ["by", "for", "when", "while", "after", "before", "in", "on"];

/// Words that may stand between such a gerund and its figure: "doing a sum of", "going from".
/// "After inserting almost 463 million rows": a word of approximation too.
const BETWEEN: [&str; 15] = [
    "a",
    "an",
    "the",
    "sum",
    "total",
    "of",
    "from",
    "to",
    "almost",
    "about",
    "nearly",
    "roughly",
    "around",
    "approximately",
    "over",
];

/// Prepositions that tie a figure to a result just stated: "throughput with 1M devices",
/// "640k row/secs at 10 million devices". Only a throughput, a speed-up or a measure named:
/// "Our Node server is about 800 MB at 10k streams" states the load as its result's scale.
const UNDER: [&str; 3] = ["at", "with", "using"];

/// Nouns of what a test measures: "hits maximum throughput with 1M devices".
const MEASURES: [&str; 6] = [
    "throughput",
    "latency",
    "ingestion",
    "performance",
    "speed",
    "speeds",
];

/// Whether the figure at `start..end` is a setting of a test (see the module's comment): after
/// a setting noun, as the object of a gerund of feeding work in a clause of circumstance, or
/// right after a preposition that ties it to a result or a measure just named.
#[cfg(test)]
pub(super) fn test_setting(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = around(text, start, end, SETTING_WORDS);
    setting_among(text, start, end, &before, &after)
}

/// How many words on each side [`test_setting`] reads, and [`test_load`].
const SETTING_WORDS: usize = 7;
const LOAD_WORDS: usize = 4;

/// Whether the figure at `start..end` is a setting of a test ([`test_setting`]; not asked when
/// `plus`: "1M+ devices") or what a test ran over or had in place ([`test_load`]). The words
/// around the figure are read once for both: [`test_load`] reads the first four of each side,
/// which are the four it would read itself (a side stops at the same sentence end).
pub(super) fn test_setting_or_load(text: &str, start: usize, end: usize, plus: bool) -> bool {
    let n = if plus { LOAD_WORDS } else { SETTING_WORDS };
    let (before, after) = around(text, start, end, n);
    let first = |words: &[Neighbour]| words.len().min(LOAD_WORDS);
    (!plus && setting_among(text, start, end, &before, &after))
        || load_among(&before[..first(&before)], &after[..first(&after)])
}

/// [`test_setting`] over the words around the figure, up to [`SETTING_WORDS`] a side.
fn setting_among(
    text: &str,
    start: usize,
    end: usize,
    before: &[Neighbour],
    after: &[Neighbour],
) -> bool {
    let tight: Vec<&Neighbour> = before.iter().take_while(|w| w.tight).collect();
    // "the public 1B SIFT dataset": one dataset named by its size ("5,000 datasets" counts).
    if super::clause::ends_on_one_of(&text[start..end], &["dataset", "corpus"]) {
        return true;
    }
    // "high cardinality (>10 million)": brackets may stand between.
    if before.iter().take(4).any(|w| w.is_one_of(&SETTING_NOUNS)) {
        return true;
    }
    // "The test set consists of 10K queries": the data a test ran on.
    let test_data = before.windows(2).take(4).any(|pair| {
        pair[0].is_one_of(&["set", "sets", "data", "dataset", "datasets"])
            && pair[1].is_one_of(&["test", "evaluation", "benchmark", "training"])
    });
    if test_data
        || feeding_work_now(&tight)
        || in_a_dataset(after)
        || sizes_a_dataset(before)
        || super::measured::sizes_what_was_measured(&text[start..end], &tight, before, after)
        || super::workloads::point_or_workload(text, (start, end), &tight, before, after)
    {
        return true;
    }
    // "while scaling from 30k pods to 60k pods": a range's upper end is set as its lower one is.
    let figure = |w: &&Neighbour| w.word.starts_with(|c: char| c.is_ascii_digit());
    let range = |to: &&Neighbour, n, from: &&Neighbour| {
        to.is_one_of(&["to"]) && figure(n) && from.is_one_of(&["from"])
    };
    let lower_end = match tight.as_slice() {
        [to, n, from, ..] if range(to, n, from) => 2,
        [to, _, n, from, ..] if range(to, n, from) => 3,
        _ => 0,
    };
    let tight = &tight[lower_end..];
    let between = tight.iter().take_while(|w| w.is_one_of(&BETWEEN)).count();
    let gerund = tight
        .get(between)
        .is_some_and(|w| w.is_one_of(&WORK_GERUNDS))
        && tight
            .get(between + 1)
            .is_some_and(|w| w.is_one_of(&CIRCUMSTANCE));
    if between <= 3 && gerund {
        return true;
    }

    // "**860,000 appends/s** at 100k streams": the result's own unit may hold a slash.
    let measured = |list: &[&str]| {
        before[1..]
            .iter()
            .take(3)
            .any(|w| w.is_one_of(list) || w.is_one_of(&PER_SECOND) || multiple(w.word))
    };
    let first = tight.first();
    (first.is_some_and(|w| w.is_one_of(&UNDER)) && measured(&MEASURES))
        // "Endpoint regeneration time on 50k pods": a timing taken on a load.
        || (first.is_some_and(|w| w.is_one_of(&["on", "at"])) && measured(&TIMINGS))
        // "the 10 slowest nodes out of 1000 nodes": the whole a part is picked from.
        || matches!(tight, [of, out, ..] if of.is_one_of(&["of"]) && out.is_one_of(&["out"]))
        // "a 1k nodes cluster": the size of the thing a test ran on.
        || (first.is_some_and(|w| w.is_one_of(&["a", "an"]))
            && after.first().is_some_and(|w| w.tight && w.is_one_of(&TEST_BEDS)))
        // "flame-graphs … under 10M requests per second": the load a test ran under.
        || (first.is_some_and(|w| w.is_one_of(&["under"])) && throughput_after(after))
}

/// Whether the count at `start..end` is what a test ran over or had in place, "+" or not: "in
/// applying policy on 3000+ resources" (a gerund of feeding work, its object, then what it ran
/// over), "when 10000+ policy reports are present in the cluster". The clause says so itself,
/// where a bare "1M+ devices" may be a result.
#[cfg(test)]
pub(super) fn test_load(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = around(text, start, end, LOAD_WORDS);
    load_among(&before, &after)
}

/// [`test_load`] over the words around the figure, up to [`LOAD_WORDS`] a side.
fn load_among(before: &[Neighbour], after: &[Neighbour]) -> bool {
    let tight: Vec<&Neighbour> = before.iter().take_while(|w| w.tight).collect();
    let over_an_object = matches!(tight.as_slice(), [on, _, gerund, circumstance, ..]
        if on.is_one_of(&["on", "to", "against", "across", "over"])
            && gerund.is_one_of(&WORK_GERUNDS)
            && circumstance.is_one_of(&CIRCUMSTANCE));
    over_an_object || present_when(&tight, after)
}

/// Whether a count is what a test had in place: "when 10000+ policy reports are present in the
/// cluster". A clause of "when" or "once" whose verb says the things are there sets the scene
/// for a measurement; it claims nothing.
fn present_when(tight: &[&Neighbour], after: &[Neighbour]) -> bool {
    let opens = tight
        .first()
        .is_some_and(|w| w.is_one_of(&["when", "once", "while"]));
    let verb = after
        .iter()
        .take(4)
        .position(|w| w.is_one_of(&["are", "were", "is", "was"]));
    opens
        && verb.is_some_and(|at| {
            after[..=at].iter().all(|w| w.tight)
                && after
                    .get(at + 1)
                    .is_some_and(|w| w.tight && w.is_one_of(&PRESENT))
        })
}

/// Participles that say things are in place.
const PRESENT: [&str; 6] = [
    "present",
    "stored",
    "loaded",
    "created",
    "generated",
    "installed",
];

/// Whether the words after a count place it in a dataset: "the mean recall@10 of all 29,3K
/// queries in the dataset", "running all 29,3K queries in the binarized dataset". The count is
/// the size of the data a test ran on.
fn in_a_dataset(after: &[Neighbour]) -> bool {
    let at = |i: usize, list: &[&str]| after.get(i).is_some_and(|w| w.tight && w.is_one_of(list));
    // The figure's unit may stand on the next line, outside the figure: "29,3K\nqueries in".
    (0..2).any(|i| {
        at(i, &["in", "of", "from"])
            && at(i + 1, &["the"])
            && (at(i + 2, &DATASETS) || at(i + 3, &DATASETS))
    })
}

const DATASETS: [&str; 3] = ["dataset", "datasets", "corpus"];

/// Whether the words before a count (nearest first) say what a dataset holds: "using a dataset
/// comprised of 2 million 128-dimensional vectors", "the public 1B SIFT dataset, which contains
/// 1 billion 128-dimensional vectors". The count is the size of the data a test ran on.
fn sizes_a_dataset(before: &[Neighbour]) -> bool {
    let links = before.iter().take_while(|w| w.is_one_of(&HOLDING)).count();
    (1..=3).contains(&links) && before.get(links).is_some_and(|w| w.is_one_of(&DATASETS))
}

/// Words between a dataset and the count of what it holds.
const HOLDING: [&str; 9] = [
    "of",
    "with",
    "comprised",
    "composed",
    "consisting",
    "containing",
    "contains",
    "which",
    "that",
];

/// Nouns of a timing, measured on or at a load: "regeneration time on 50k pods".
const TIMINGS: [&str; 2] = ["time", "times"];

/// What a test runs on, sized by the figure before it: "a 1k nodes cluster".
const TEST_BEDS: [&str; 5] = [
    "cluster",
    "clusters",
    "testbed",
    "environment",
    "deployment",
];

/// Whether the words after a figure make it a throughput: "10M requests per second",
/// "10M requests/s".
pub(super) fn throughput_after(after: &[Neighbour]) -> bool {
    let words: Vec<String> = after.iter().take(3).map(Neighbour::lower).collect();
    words
        .windows(2)
        .any(|w| w[0] == "per" && w[1].starts_with("sec"))
        || words
            .iter()
            .any(|w| PER_SECOND.contains(&w.as_str()) || w == "rps")
}

/// Whether the figure is the object of a verb of feeding work, "we" its subject, in a clause
/// of circumstance (`tight`, nearest first): "as we go over 50 clients", "when we use 1250
/// clients with all the poolers". What "we" reached ("when we reached 1,000 customers") is no
/// such verb.
fn feeding_work_now(tight: &[&Neighbour]) -> bool {
    let particle = tight
        .first()
        .is_some_and(|w| w.is_one_of(&["over", "past", "beyond", "to", "up"]));
    let rest = &tight[usize::from(particle)..];
    matches!(rest, [verb, we, when, ..]
        if verb.is_one_of(&WORK_VERBS) && we.is_one_of(&["we"]) && when.is_one_of(&["when", "as", "while", "once", "until"]))
}

/// Verbs of feeding work to a system, in the present: "when we use 1250 clients".
const WORK_VERBS: [&str; 10] = [
    "go", "use", "run", "send", "load", "insert", "test", "scale", "increase", "add",
];

/// The end of a throughput's unit: "rows/sec", "row/secs", "appends/s".
const PER_SECOND: [&str; 3] = ["s", "sec", "secs"];

/// "5x", "10x": a speed-up.
fn multiple(word: &str) -> bool {
    word.strip_suffix(['x', 'X'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

#[cfg(test)]
#[path = "settings_tests.rs"]
pub(super) mod tests;
