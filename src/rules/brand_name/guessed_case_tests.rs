//! Sentences from the Apache Flink blog (apache/flink-web, Apache-2.0) and a guide naming its
//! APIs: the name's case or spacing changed in ways that are as often something else, reported
//! with an unsafe fix only; a miscapitalised name keeps its safe fix.

use super::{lower_camel_case_of_one_word, split_into_capitalised_words};
use crate::document::Kind;
use crate::finding::Applicability;
use crate::rules::test_support::{findings, guide};

const GUIDE: &str =
    "version: 1\nbrand:\n  names: [\"Stateful Functions\", DataStreams, DataSet, Flink]\n";

fn applicability(text: &str) -> Vec<(String, Option<Applicability>)> {
    findings(&guide(GUIDE), text, Kind::Markdown)
        .iter()
        .filter(|f| f.rule == super::super::ID)
        .map(|f| (f.matched.clone(), f.fix.as_ref().map(|x| x.applicability)))
        .collect()
}

#[test]
fn guessed_corrections_get_only_an_unsafe_fix() {
    for (text, word) in [
        // The words' plain meaning: functions that keep state.
        (
            "The test harness simplifies the unit testing for the stateful functions to a large extent.",
            "stateful functions",
        ),
        // Another product's name, and a title's capitals.
        ("Flink ships a sink for Amazon Kinesis Data Streams.", "Data Streams"),
        ("#### Analyzing Data Streams with SQL", "Data Streams"),
        // An issue tracker's component label: an identifier.
        ("- [FLINK-1234] [dataSet] Fix the sort order", "dataSet"),
    ] {
        assert_eq!(
            applicability(text),
            [(word.to_string(), Some(Applicability::Unsafe))],
            "{text}"
        );
    }
}

#[test]
fn a_miscapitalised_name_keeps_its_safe_fix() {
    assert_eq!(
        applicability("Writing Datastreams with the Dataset API of FLink is easy."),
        [
            ("Datastreams".to_string(), Some(Applicability::Safe)),
            ("Dataset".to_string(), Some(Applicability::Safe)),
            ("FLink".to_string(), Some(Applicability::Safe)),
        ]
    );
}

#[test]
fn each_reading_asks_only_what_it_names() {
    assert!(crate::document::english::is_word_or_made_of_words("stateful"));
    assert!(crate::document::english::is_word_or_made_of_words("webview"));
    assert!(!crate::document::english::is_word_or_made_of_words("acme"));
    assert!(!crate::document::english::is_word_or_made_of_words("flink"));
    assert!(split_into_capitalised_words("Data Streams", "DataStreams"));
    assert!(split_into_capitalised_words("Data-Streams", "DataStreams"));
    // A part that is no ordinary word is the name split ("Power Spek" is no phrase).
    assert!(!split_into_capitalised_words("Data Strms", "DataStreams"));
    assert!(!split_into_capitalised_words("Data streams", "DataStreams"));
    assert!(lower_camel_case_of_one_word("dataSet", "DataSet"));
    assert!(!lower_camel_case_of_one_word("dataset", "DataSet"));
    assert!(!lower_camel_case_of_one_word("Dataset", "DataSet"));
    assert!(!lower_camel_case_of_one_word("fLink", "Flink"));
}
