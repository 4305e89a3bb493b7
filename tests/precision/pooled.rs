//! Per-rule precision pooled over every labelled set: the figure issue 13 names (0.97
//! tool-precision for a rule with 20+ labelled findings) read over all the real text labelled so
//! far, not one set at a time, where most rules see too few findings to be judged. Each set's own
//! test prints its rows and holds its floors; this one sums them, prints the pooled table, and
//! fails when a pooled rule falls below `floors-pooled.yml` or a labels file has no test of its
//! own.

use super::{
    common, measured_documentation, measured_marketing, read, Floors, Labels, Measured, Tally,
    TARGET, TARGET_MIN_LABELS,
};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Every labels file of `tests/precision`, by name.
fn label_files() -> Vec<String> {
    let here = common::root().join("tests/precision");
    let mut names: Vec<String> = std::fs::read_dir(&here)
        .expect("tests/precision is readable")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.starts_with("labels") && n.ends_with(".yml"))
        .collect();
    names.sort();
    names
}

/// What `name` measures today: a set of the documentation corpus (its paths start with
/// `corpus/`) from the benchmark archive, any other from the marketing folder; `None` when its
/// text is not here.
fn measured(name: &str) -> Option<Measured> {
    let here = common::root().join("tests/precision");
    let labels: Labels = serde_yaml::from_str(&read(&here.join(name))).expect("labels");
    if labels
        .findings
        .iter()
        .all(|l| l.file.starts_with("corpus/"))
    {
        // `labels.yml` keeps its unsampled findings beside it; later sets inline.
        let unsampled: HashMap<String, Vec<String>> = if name == "labels.yml" {
            serde_yaml::from_str(&read(&here.join("unsampled.yml"))).expect("unsampled")
        } else {
            labels.unsampled.clone()
        };
        measured_documentation(&labels, &unsampled)
    } else {
        measured_marketing(name, &labels)
    }
}

/// Sums the "both" rows of `sets` per rule into one [`Measured`] (rows keyed `(rule, "both")`,
/// the damaging safe fixes of every set), with the number of sets each rule was reported in.
fn pool(sets: &[Measured]) -> (Measured, BTreeMap<String, usize>) {
    let mut pooled = Measured::default();
    let mut sets_with = BTreeMap::new();
    for m in sets {
        for ((rule, half), t) in &m.tallies {
            if half != "both" {
                continue;
            }
            let sum: &mut Tally = pooled
                .tallies
                .entry((rule.clone(), half.clone()))
                .or_default();
            sum.labelled += t.labelled;
            sum.reported += t.reported;
            sum.correct += t.correct;
            sum.guides_call += t.guides_call;
            sum.tool_error_gone += t.tool_error_gone;
            sum.good_gone += t.good_gone;
            *sets_with.entry(rule.clone()).or_insert(0) += usize::from(t.labelled > 0);
        }
        pooled.damaging.extend(m.damaging.iter().cloned());
    }
    (pooled, sets_with)
}

/// The pooled table, printed at once.
fn print_pooled(measured: usize, pooled: &Measured, sets_with: &BTreeMap<String, usize>) {
    let mut out = format!("== pooled over {measured} labelled sets\n");
    let o = &mut out;
    let _ = writeln!(
        o,
        "rule               sets  labelled reported  tool  strict  target (0.97 with 20+ labelled)"
    );
    for ((rule, _), t) in &pooled.tallies {
        let target = if t.labelled < TARGET_MIN_LABELS {
            "too few to judge"
        } else if t.tool() >= TARGET {
            "MET"
        } else {
            "NOT MET"
        };
        let _ = writeln!(
            o,
            "{rule:<18} {:>4} {:>9} {:>8}  {:.3}  {:.3}  {target}",
            sets_with.get(rule).copied().unwrap_or(0),
            t.labelled,
            t.reported,
            t.tool(),
            t.strict(),
        );
    }
    let _ = writeln!(
        o,
        "labelled safe fixes that damage text, all sets: {}",
        pooled.damaging.len()
    );
    print!("{out}");
}

#[test]
fn every_labels_file_has_a_test_of_its_own() {
    // A set without its own test would be pooled but never held to its floors.
    let source = read(&common::root().join("tests/precision.rs"));
    let untested: Vec<String> = label_files()
        .into_iter()
        .filter(|name| !source.contains(&format!("\"{name}\"")))
        .collect();
    assert!(
        untested.is_empty(),
        "labels files with no test in tests/precision.rs: {untested:?}"
    );
}

#[test]
fn precision_pooled_over_every_labelled_set() {
    let names = label_files();
    assert!(names.len() > 50, "the labelled sets are here: {names:?}");
    let sets: Vec<Measured> = names.iter().filter_map(|n| measured(n)).collect();
    if sets.is_empty() {
        // Neither corpus is here (outside CI: `corpus_archive` fails the run in CI).
        return;
    }
    let (pooled, sets_with) = pool(&sets);
    print_pooled(sets.len(), &pooled, &sets_with);
    // The floors hold every set measured; without the marketing folder only the documentation
    // sets are, and their pooled figures are not these.
    if sets.len() < names.len() {
        println!(
            "pooled floors not checked: {} of {} sets measured",
            sets.len(),
            names.len()
        );
        return;
    }
    let here = common::root().join("tests/precision");
    let floors: Floors =
        serde_yaml::from_str(&read(&here.join("floors-pooled.yml"))).expect("floors");
    super::assert_floors("every labelled set, pooled", &pooled, &floors);
}
