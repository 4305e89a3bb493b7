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
const WORK_GERUNDS: [&str; 19] = [
    "sending",
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
const BETWEEN: [&str; 8] = ["a", "an", "the", "sum", "total", "of", "from", "to"];

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
pub(super) fn test_setting(text: &str, start: usize, end: usize) -> bool {
    let (before, _) = around(text, start, end, 5);
    let tight: Vec<&Neighbour> = before.iter().take_while(|w| w.tight).collect();
    // "high cardinality (>10 million)": brackets may stand between.
    if before.iter().take(4).any(|w| w.is_one_of(&SETTING_NOUNS)) {
        return true;
    }
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
    tight.first().is_some_and(|w| w.is_one_of(&UNDER))
        && before[1..]
            .iter()
            .take(3)
            .any(|w| w.is_one_of(&MEASURES) || w.is_one_of(&PER_SECOND) || multiple(w.word))
}

/// The end of a throughput's unit: "rows/sec", "row/secs", "appends/s".
const PER_SECOND: [&str; 3] = ["s", "sec", "secs"];

/// "5x", "10x": a speed-up.
fn multiple(word: &str) -> bool {
    word.strip_suffix(['x', 'X'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

#[cfg(test)]
mod tests {
    use super::test_setting;

    fn setting(text: &str, figure: &str) -> bool {
        let start = text.find(figure).expect(figure);
        test_setting(text, start, start + figure.len())
    }

    #[test]
    fn the_size_of_what_a_test_ran_on_is_a_setting() {
        // QuestDB's blog (Apache-2.0): lineprot, SIMD sums, high-cardinality benchmark posts.
        for (text, figure) in [
            ("speed. By sending 50M messages at different speeds, we get the following", "50M messages"),
            ("This is how QuestDB compares to Postgres when doing a sum of 1 billion\nnumbers from a given table.", "1 billion"),
            ("the result is: [2x faster for summing 1bn doubles will nulls](#comparison).", "1bn doubles"),
            ("Using a dataset with low cardinality of 100 devices, we hit maximum ingestion", "100 devices"),
            ("However, when increasing cardinality to 10 million devices, QuestDB sustains", "10 million devices"),
            ("For datasets with high cardinality (>10 million), QuestDB also outperformed", "10 million"),
            ("sustaining about 640k row/secs at 10 million devices using four threads", "10 million devices"),
            ("QuestDB hits maximum throughput with 1M devices during this run, with other", "1M devices"),
            ("a steeper drop in ingestion rates when going from\n1M devices to 10M.", "1M devices"),
        ] {
            assert!(setting(text, figure), "{text}");
        }
    }

    #[test]
    fn results_and_scale_are_not_settings() {
        for (text, figure) in [
            // QuestDB's blog (Apache-2.0): the results of the same benchmarks.
            ("we hit maximum ingestion throughput of 904k rows/sec, with ClickHouse", "904k rows"),
            ("QuestDB sustains 640k rows/sec, and ClickHouse ingestion decreases", "640k rows"),
            // PostHog's customer stories (MIT), `researchgate.md` and `arena.md`: the customer's
            // scale.
            ("### Testing algorithmic models to boost discovery with 25M users", "25M users"),
            ("It's a simple concept that's hit massive scale. With 5M+ monthly users generating millions of comparisons each month", "5M+ monthly users"),
            // Electric's blog (Apache-2.0), on Durable Streams: a footprint at a load, the load
            // given as the server's scale.
            ("Our Node server is about 800 MB at 10k streams and runs out of memory at 100k.", "10k streams"),
        ] {
            assert!(!setting(text, figure), "{text}");
        }
    }

    #[test]
    fn the_load_a_result_was_measured_at_is_a_setting() {
        // Electric's blog (Apache-2.0), on Durable Streams and Electric 1.1.
        for (text, figure) in [
            (
                "**rust** reached roughly **860,000 appends/s** at 100k streams",
                "100k streams",
            ),
            (
                "We had a significant speedup for the new storage — 5x at 1,500 shapes",
                "1,500 shapes",
            ),
        ] {
            assert!(setting(text, figure), "{text}");
        }
    }
}
