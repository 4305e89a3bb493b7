//! Precision and recall of `phrase-drift` on the labelled set in tests/drift/labelled.yml,
//! which was written before the metric. The figures are printed (`cargo test -- --nocapture`)
//! and the test fails below 0.9 precision or 0.8 recall.

use onmessage::{check_text, CompiledGuide};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Set {
    phrases: Vec<Phrase>,
    examples: Vec<Example>,
}

#[derive(Deserialize)]
struct Phrase {
    id: String,
    text: String,
}

#[derive(Deserialize)]
struct Example {
    phrase: Option<String>,
    drift: bool,
    text: String,
}

#[test]
fn drift_precision_and_recall_on_the_labelled_set() {
    let yaml = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/drift/labelled.yml"
    ))
    .expect("labelled set");
    let set: Set = serde_yaml::from_str(&yaml).expect("labelled set parses");
    let mut guide_yaml = String::from("version: 1\nphrases:\n");
    for phrase in &set.phrases {
        guide_yaml.push_str(&format!(
            "  - {{id: {}, text: {:?}}}\n",
            phrase.id, phrase.text
        ));
    }
    let guide = CompiledGuide::from_text("labelled", &guide_yaml, None, PathBuf::new())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let text_of = |id: &str| {
        set.phrases
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.text.clone())
    };

    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    for example in &set.examples {
        let flagged: Vec<String> = check_text(&example.text, "example.md", &guide)
            .into_iter()
            .filter(|f| f.rule == onmessage::rules::phrase_drift::ID)
            .filter_map(|f| f.suggestion)
            .collect();
        if example.drift {
            let wanted = text_of(example.phrase.as_deref().expect("positives name a phrase"))
                .expect("known phrase");
            if flagged.contains(&wanted) {
                tp += 1;
            } else {
                fn_ += 1;
                misses.push(example.text.clone());
            }
            let wrong = flagged.iter().filter(|s| **s != wanted).count();
            fp += wrong;
            if wrong > 0 {
                false_alarms.push(format!("{} -> {flagged:?}", example.text));
            }
        } else if !flagged.is_empty() {
            fp += flagged.len();
            false_alarms.push(format!("{} -> {flagged:?}", example.text));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let positives = set.examples.iter().filter(|e| e.drift).count();
    println!(
        "phrase-drift on {} examples ({positives} drift): precision {precision:.3}, recall {recall:.3} (tp {tp}, fp {fp}, fn {fn_})",
        set.examples.len()
    );
    println!("missed:\n  {}", misses.join("\n  "));
    println!("false alarms:\n  {}", false_alarms.join("\n  "));
    assert!(
        positives >= 60 && set.examples.len() - positives >= 60,
        "the set needs 60 of each"
    );
    assert!(
        precision >= 0.9,
        "precision {precision:.3} < 0.9; false alarms: {false_alarms:#?}"
    );
    assert!(
        recall >= 0.8,
        "recall {recall:.3} < 0.8; missed: {misses:#?}"
    );
}
