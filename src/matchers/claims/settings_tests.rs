//! Tests of [`super`]: settings of a test against results, from real sentences.

use super::{test_load, test_setting, test_setting_or_load};

/// Whether the first `figure` in `text` reads as a setting of a test (also read by
/// `workloads`' tests).
pub(in crate::matchers::claims) fn setting(text: &str, figure: &str) -> bool {
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
        // The Cilium blog (CC BY 4.0), `2019-04-29-cilium-15.md` and `2020-06-22-cilium-18.md`:
        // a scale test's cluster, its range, the whole a part is picked from and its load.
        ("resource metrics for a 1k nodes\ncluster while scaling from 30k pods to 60k pods:", "1k nodes"),
        ("resource metrics for a 1k nodes\ncluster while scaling from 30k pods to 60k pods:", "30k pods"),
        ("resource metrics for a 1k nodes\ncluster while scaling from 30k pods to 60k pods:", "60k pods"),
        ("![Endpoint regeneration time on 50k pods for 500 CCNP](scalability-report.png)", "50k pods"),
        ("policy being enforced on the 10 slowest nodes out of 1000 nodes, for 50000 pods", "1000 nodes"),
        ("implementation under 10M\nrequests per second.", "10M"),
        // Tembo's blog (PostgreSQL License): a benchmark's test set and its load.
        ("For this comparison, let us use a small dataset of around 1M vectors of 50 dimensions. The test set consists of 10K queries, and we want to obtain the 10 nearest neighbors.", "10K queries"),
        ("- For lower connection counts, PgBouncer has the lowest latency and best throughput. But as we go over 50 clients, PgCat starts having better latency and throughput.", "50 clients"),
        ("let me show you what the latencies look like when we use 1250 clients with all the poolers.", "1250 clients"),
        // The Prometheus blog (Apache-2.0) and the Julia blog (MIT): what a measurement was
        // taken over; the Vespa blog (Apache-2.0): what a model's input is made of.
        ("![Prometheus 2.12.0: RSS of single read 8h of 10k series](/assets/blog/2019-10-08/10kseries8hours-2.12.png)", "10k series"),
        ("Here are the results, run on arrays of 100 million elements, this time on a 36-core machine", "100 million elements"),
        ("BERT uses a fixed BERT token vocabulary of about 30K unique tokens or subwords.", "30K unique tokens"),
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
        // The product's own scale, its range of growth and what it runs on.
        ("Cilium now scales to 5k nodes and 100k pods.", "5k nodes"),
        ("Adoption grew from 10k users to 50k users this year.", "50k users"),
        ("We saved 4 hours on 200 pull requests.", "200 pull"),
        ("It runs on 1,000 nodes at Datadog.", "1,000 nodes"),
        ("It serves 10M requests per second.", "10M"),
        ("We celebrated when we reached 1,000 customers.", "1,000 customers"),
        ("Our dataset covers 50M companies.", "50M companies"),
        // Tembo's blog (PostgreSQL License) and PostHog's pages (MIT): an amount's "of" and
        // a rate are results.
        ("Postgres will be able to clear the queue at a rate of over 7k messages per second", "7k messages"),
        ("PostHog offers a generous free tier of 10k messages per channel per month", "10k messages"),
        ("we hit a peak of 2 million rows before the test ended", "2 million rows"),
        ("The Julia General registry has 11.8 million lines of code", "11.8 million lines"),
        // What the product holds, a capacity, an offer and the company speaking.
        ("It supports tables of up to 10 billion rows.", "10 billion rows"),
        ("We index a catalog of 80 million documents.", "80 million documents"),
        ("Our context window of 1 million tokens beats every rival.", "1 million tokens"),
        ("Get a free credit of 1 million tokens.", "1 million tokens"),
        ("Earn a welcome bonus of 5,000 points.", "5,000 points"),
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

/// The two tests as the claims' signal asked them before step 23, each reading its own
/// words around the figure, agree with the one reading.
#[test]
fn one_reading_of_the_words_around_agrees_with_two() {
    let texts = [
        "resource metrics for a 1k nodes\ncluster while scaling from 30k pods to 60k pods:",
        "in applying policy on 3000+ resources, the controller's memory stayed flat",
        "when 10000+ policy reports are present in the cluster, queries take 2 seconds",
        "when 10000 policy reports are present in the cluster. We saw 5M+ users at 100k streams",
        "policy being enforced on the 10 slowest nodes out of 1000 nodes, for 50000 pods",
        "Our Node server is about 800 MB at 10k streams and runs out of memory at 100k.",
        "For datasets with high cardinality (>10 million), QuestDB also outperformed",
        "The test set consists of 10K queries; it's 1M+ rows: done",
    ];
    for text in texts {
        for (start, c) in text.char_indices() {
            if !c.is_ascii_digit() || text[..start].ends_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            for end in [
                start + 1,
                (start + 4).min(text.len()),
                (start + 9).min(text.len()),
            ] {
                if !text.is_char_boundary(end) {
                    continue;
                }
                for plus in [false, true] {
                    let two =
                        (!plus && test_setting(text, start, end)) || test_load(text, start, end);
                    assert_eq!(
                        test_setting_or_load(text, start, end, plus),
                        two,
                        "{text:?} {start}..{end} {plus}"
                    );
                }
            }
        }
    }
}
