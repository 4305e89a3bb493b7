//! A post's experiment set-up, written out as figures: the size of a model it uses, the share
//! of its data it splits off or picks, the list it is about to give, a case it works out with
//! "would", a size in bytes. None is a claim; the claims next to them stay claims.

use super::tests::marketing;
use super::*;

/// Whether `figure` is read in `text` and taken for a marketing claim.
fn claimed(text: &str, figure: &str) -> bool {
    marketing(text).iter().any(|f| f == figure)
}

#[test]
fn a_tests_set_up_is_no_claim() {
    for (text, figure) in [
        // The Vespa blog (Apache-2.0): a model's size, a data split, a share picked, a list
        // counted, a case worked out, a document's size in bytes.
        ("We demonstrate how to achieve close to state of the art ranking using miniature transformer models with just 22M parameters, beating large models.", "22M parameters"),
        ("even beating large models using T5 with 3B parameters. ", "3B parameters"),
        ("The `PROMPTAGATOR` single-vector representation model (110M parameter)", "110M parameter"),
        ("We randomly pick about 10% of the vectors from the original dataset to represent centroids.", "10%"),
        ("With the training data in hand, we have split it into 80% training set and 20% validation set and used TensorFlow to train the model.", "80%"),
        ("There are 4 apps:\n- Minimal: example of the bare minimum configuration;\n- Advanced: demonstrates the usual things.\n- Going-Crazy: plenty of contrived features that real-world apps might require.\n- Non-Java: an app without Java code.\n", "4 apps"),
        ("queries per second. 72 CPU cores would be 72x that, reaching 18,000 queries per second at 100% CPU utilization.", "18,000 queries"),
        ("We produce the graph by running all 29,3K queries in the binarized dataset and computing", "29,3K queries"),
        // The Milvus blog (Apache-2.0): a supposed case, a test's dataset and what it holds, a
        // model's context size.
        ("Assume we have 100 million 512-dimensional vectors, and need to insert and manage them in Milvus for efficient vector search.", "100 million"),
        // The Knative blog (CC-BY-4.0): a case supposed mid-sentence.
        ("Think about it like this -- lets say we have only 10 customers trying to buy tickets at once.", "10 customers"),
        // A trial a how-to is about to run.
        ("Now lets try reducing resource request and limit by 50% and see if we run into any issue.", "50%"),
        ("FLAT query time performance testing was conducted in Milvus using a dataset comprised of 2 million 128-dimensional vectors.", "2 million"),
        ("IVF_FLAT query time performance testing was conducted in Milvus using the public 1B SIFT dataset, which contains 1 billion 128-dimensional vectors.", "1B SIFT dataset"),
        ("IVF_FLAT query time performance testing was conducted in Milvus using the public 1B SIFT dataset, which contains 1 billion 128-dimensional vectors.", "1 billion"),
        ("From Word2Vec’s simple static vectors to LLM-powered embeddings with 32K contexts, we’ve seen huge strides in how machines understand language.", "32K contexts"),
        // highlight.io's blog (Apache-2.0): a guess worked out with "would".
        ("Although we don't have a formal benchmark, we would approximate the impact to be similar to parent-child joins (2x faster).", "2x"),
        // The Kyverno blog (Apache-2.0): what a test had in place, and what it ran over, "+"
        // and all.
        ("Here is the count of objects in etcd with the reports server, when 10000+ policy reports are present in the cluster.", "10000+ policy reports"),
        ("I was able to cut down the 15 minutes of time taken by Kyverno apply command in applying policy on 3000+ resources to just 1-2 seconds.", "3000+ resources"),
        // The Vitess blog (Apache-2.0): a workload's mix, and a test's data with "almost".
        ("We also ran YCSB's \"read mostly\" workload (95% reads, 5% writes) to show how Vitess can scale read traffic by adding replicas.", "95%"),
        ("After inserting almost 463 million rows, we can see our 376GB table still retains most of its performance.", "463 million rows"),
    ] {
        assert!(
            find_claims(text).iter().any(|m| &text[m.range.clone()] == figure),
            "{figure} is not read in {text}"
        );
        assert!(!claimed(text, figure), "{figure} in {text}");
    }
}

#[test]
fn claims_beside_a_set_up_stay_claims() {
    for (text, figure) in [
        // The Vitest blog (MIT): a decimal comma before a multiplier is read whole, and a polite
        // "would" supposes nothing (the Nuxt blog, MIT).
        ("We released Vitest 2 half a year ago. We have seen huge adoption, from 4,8M to 7,7M weekly npm downloads.", "4,8M"),
        ("We released Vitest 2 half a year ago. We have seen huge adoption, from 4,8M to 7,7M weekly npm downloads.", "7,7M weekly npm downloads"),
        ("We would like to thank all the 28 contributors who helped on this release 💚", "28 contributors"),
        // A result stated after a trial is announced stays a result.
        ("Let's try something new: we cut build times by 40%.", "40%"),
        ("Let's try to explain why we saw 40% fewer incidents.", "40%"),
        // A list that is not the count's, a share of customers, bytes nobody sized, and what is
        // set against what would have been.
        ("We now host 400 apps:\n- Minimal: the bare minimum;\n- Advanced: the usual things.\n", "400 apps"),
        ("Vespa serves 10B queries every day for our customers.", "10B queries"),
        ("A job that would take 3 days now takes 20 minutes, 90% faster.", "90%"),
        ("Our customers cut 80% of their training costs.", "80%"),
        ("Milvus now stores 10 billion vectors for our largest customer.", "10 billion vectors"),
        ("Our managed service hosts 5,000+ datasets for customers.", "5,000+ datasets"),
        // A count that is the subject of its clause, or what a product does in production.
        ("When 5000 teams are using Kyverno, they stay in control.", "5000 teams"),
        ("Kyverno is applying policy on 3000+ clusters in production today.", "3000+ clusters"),
        ("Our cache answers 99% of reads from memory.", "99%"),
    ] {
        assert!(claimed(text, figure), "{figure} in {text}: {:?}", marketing(text));
    }
}

#[test]
fn a_decimal_comma_before_a_multiplier_is_one_number() {
    let read = |text: &str| -> Vec<String> {
        find_claims(text)
            .into_iter()
            .map(|m| format!("{}={}", &text[m.range], m.claim))
            .collect()
    };
    assert_eq!(
        read("from 4,8M to 7,7M weekly downloads"),
        ["4,8M=4.8M", "7,7M weekly downloads=7.7M download"]
    );
    // Three digits after the comma are a thousands group; a tail with no multiplier is nobody's.
    assert_eq!(read("1,500 users"), ["1,500 users=1500 user"]);
    assert!(read("a score of 3,14 points").is_empty());
    // The Vespa blog (Apache-2.0): a "B" on a line that sizes documents in kilobytes is bytes.
    assert!(
        read("the old client when feeding small- (10B) and medium-sized (1KB) documents, but")
            .is_empty()
    );
    assert_eq!(
        read("Vespa serves 10B queries a day."),
        ["10B queries=10B query"]
    );
}
