//! Precision on real text nobody here wrote: the labelled findings in `tests/precision/`
//! (Astro and PowerShell docs from the benchmark corpus, labelled before any tuning) are matched
//! against what the binary reports today. Prints per-rule precision on the tuning and held-out
//! halves, labelled safe fixes that damage text, labelled findings that disappeared and new
//! ones; fails when a rule falls below its floor in `tests/precision/floors.yml` (today's
//! measured values) or more labelled safe fixes damage text than recorded there. The issue's
//! target (0.97 tool-precision for rules with 20+ labels, no damaging safe fix) is printed as
//! MET / NOT MET and does not fail yet.

mod common;

use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

#[derive(Deserialize)]
struct Labels {
    findings: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    file: String,
    guide: String,
    half: String,
    rule: String,
    start: u64,
    matched: String,
    suggestion: Option<String>,
    fix: Option<String>,
    label: String,
    fix_verdict: Option<String>,
    reason: Option<String>,
}

#[derive(Deserialize)]
struct Floors {
    /// Most labelled safe fixes that may damage text (today's count; the target is 0).
    damaging_safe_fixes_max: usize,
    /// Per rule: lowest tool-precision and strict precision over both halves.
    rules: BTreeMap<String, Floor>,
}

#[derive(Deserialize)]
struct Floor {
    tool: f64,
    strict: f64,
}

/// One current finding, keyed like a label.
struct Current {
    fix: Option<(String, String)>,
}

type Key = (String, String, u64, String);

const TARGET: f64 = 0.97;
const TARGET_MIN_LABELS: usize = 20;
/// Not a precision question (a region the tool could not read), as in collect.py.
const SKIP_RULES: [&str; 1] = ["partial-check"];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs the binary with one guide on `files` (relative to `dir`); findings by label key.
fn check(dir: &Path, guide: &Path, files: &[&str]) -> Vec<(Key, Current)> {
    let mut args = vec![
        "check",
        "--guide",
        guide.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend_from_slice(files);
    let run = common::run_in(dir, &args);
    assert!(
        run.code == 0 || run.code == 1,
        "check failed: {}",
        run.stderr
    );
    let json = run.json();
    let mut out = Vec::new();
    for f in json["findings"].as_array().expect("findings") {
        let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
        let fix = match &f["fix"] {
            Value::Null => None,
            fix => Some((
                fix["applicability"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                // The edit at the match itself (a fix may also adjust an article before it).
                fix["edits"]
                    .as_array()
                    .and_then(|edits| {
                        edits
                            .iter()
                            .find(|e| e["start"] == f["start"])
                            .or(edits.first())
                    })
                    .and_then(|e| e["replacement"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            )),
        };
        if SKIP_RULES.contains(&f["rule"].as_str().unwrap_or_default()) {
            continue;
        }
        let key = (
            s("path"),
            s("rule"),
            f["start"].as_u64().unwrap_or(0),
            s("matched"),
        );
        out.push((key, Current { fix }));
    }
    out
}

#[derive(Default)]
struct Tally {
    labelled: usize,
    reported: usize,
    correct: usize,
    guides_call: usize,
    tool_error_gone: usize,
    good_gone: usize,
}

impl Tally {
    fn tool(&self) -> f64 {
        ratio(self.correct + self.guides_call, self.reported)
    }
    fn strict(&self) -> f64 {
        ratio(self.correct, self.reported)
    }
}

/// Precision over the labelled findings still reported; a rule with none left is precise.
fn ratio(good: usize, all: usize) -> f64 {
    if all == 0 {
        1.0
    } else {
        good as f64 / all as f64
    }
}

#[test]
fn precision_on_labelled_real_text() {
    let root = common::root();
    let here = root.join("tests/precision");
    let archive = root.join("../shared/bench/corpus.tar.gz");
    if !archive.is_file() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the benchmark corpus is missing at ../shared/bench/corpus.tar.gz (required in CI)"
        );
        eprintln!("notice: ../shared/bench/corpus.tar.gz not found; precision test not run");
        return;
    }
    let labels: Labels = serde_yaml::from_str(&read(&here.join("labels.yml"))).expect("labels");
    let unsampled: HashMap<String, Vec<String>> =
        serde_yaml::from_str(&read(&here.join("unsampled.yml"))).expect("unsampled");
    let floors: Floors = serde_yaml::from_str(&read(&here.join("floors.yml"))).expect("floors");

    // Only the labelled files are extracted and checked: the test stays fast in debug.
    let files: BTreeSet<&str> = labels.findings.iter().map(|l| l.file.as_str()).collect();
    let tmp = tempfile::tempdir().expect("temp dir");
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(tmp.path())
        .args(&files)
        .status()
        .expect("tar runs");
    assert!(status.success(), "extracting the labelled files failed");

    let mut current: HashMap<Key, Current> = HashMap::new();
    let guides: BTreeSet<&str> = labels.findings.iter().map(|l| l.guide.as_str()).collect();
    for guide in guides {
        let gfiles: BTreeSet<&str> = labels
            .findings
            .iter()
            .filter(|l| l.guide == guide)
            .map(|l| l.file.as_str())
            .collect();
        let gfiles: Vec<&str> = gfiles.into_iter().collect();
        let path = here.join(format!("guides/{guide}.yml"));
        current.extend(check(tmp.path(), &path, &gfiles));
    }

    let mut tallies: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let (mut damaging, mut changed_fixes, mut misses) = (Vec::new(), Vec::new(), Vec::new());
    let mut known: BTreeSet<(String, String, u64)> = BTreeSet::new();
    for l in &labels.findings {
        known.insert((l.file.clone(), l.rule.clone(), l.start));
        let key = (l.file.clone(), l.rule.clone(), l.start, l.matched.clone());
        for half in [l.half.as_str(), "both"] {
            let t = tallies
                .entry((l.rule.clone(), half.to_string()))
                .or_default();
            t.labelled += 1;
            match (current.get(&key), l.label.as_str()) {
                (None, "tool-error") => t.tool_error_gone += 1,
                (None, _) => t.good_gone += 1,
                (Some(_), "correct") => (t.reported, t.correct) = (t.reported + 1, t.correct + 1),
                (Some(_), "guides-call") => {
                    (t.reported, t.guides_call) = (t.reported + 1, t.guides_call + 1)
                }
                (Some(_), _) => t.reported += 1,
            }
        }
        let Some(now) = current.get(&key) else {
            if l.label != "tool-error" {
                misses.push(format!(
                    "{} {} {:?} ({})",
                    l.file, l.rule, l.matched, l.label
                ));
            }
            continue;
        };
        if let Some((applicability, replacement)) = &now.fix {
            let same = Some(replacement) == l.suggestion.as_ref() && l.fix.is_some();
            if !same {
                changed_fixes.push(format!(
                    "{} {} {:?} -> {replacement:?}",
                    l.file, l.rule, l.matched
                ));
            } else if applicability == "safe" && l.fix_verdict.as_deref() == Some("damages") {
                damaging.push(format!(
                    "{} {} {:?} -> {replacement:?} ({})",
                    l.file,
                    l.rule,
                    l.matched,
                    l.reason.as_deref().unwrap_or("damages the text")
                ));
            }
        }
    }
    let mut new = Vec::new();
    for (file, rule, start, matched) in current.keys() {
        let listed = unsampled
            .get(file)
            .is_some_and(|v| v.contains(&format!("{rule}@{start}")));
        if !listed && !known.contains(&(file.clone(), rule.clone(), *start)) {
            new.push(format!("{file} {rule} @{start} {matched:?}"));
        }
    }
    new.sort();

    println!("rule               half      labelled reported  tool  strict  gone(tool-error/good)");
    for ((rule, half), t) in &tallies {
        println!(
            "{rule:<18} {half:<9} {:>8} {:>8}  {:.3}  {:.3}  {}/{}",
            t.labelled,
            t.reported,
            t.tool(),
            t.strict(),
            t.tool_error_gone,
            t.good_gone
        );
    }
    println!("labelled safe fixes that damage text: {}", damaging.len());
    for d in damaging.iter().take(15) {
        println!("  {d}");
    }
    println!(
        "labelled good findings that disappeared (misses): {}",
        misses.len()
    );
    for m in &misses {
        println!("  {m}");
    }
    println!(
        "fixes changed since labelling (relabel): {}",
        changed_fixes.len()
    );
    for c in changed_fixes.iter().take(15) {
        println!("  {c}");
    }
    println!("new unlabelled findings in labelled files: {}", new.len());
    for n in new.iter().take(15) {
        println!("  {n}");
    }

    // The target, reported but not enforced yet.
    for ((rule, half), t) in &tallies {
        if half == "both" && t.labelled >= TARGET_MIN_LABELS {
            let met = if t.tool() >= TARGET { "MET" } else { "NOT MET" };
            println!(
                "target {rule}: tool-precision {:.3} >= {TARGET}: {met}",
                t.tool()
            );
        }
    }
    let met = if damaging.is_empty() {
        "MET"
    } else {
        "NOT MET"
    };
    println!("target: no labelled safe fix damages text: {met}");

    let mut failures = Vec::new();
    for (rule, floor) in &floors.rules {
        let t = &tallies[&(rule.clone(), "both".to_string())];
        if t.tool() + 1e-9 < floor.tool || t.strict() + 1e-9 < floor.strict {
            failures.push(format!(
                "{rule}: tool {:.3} (floor {:.3}), strict {:.3} (floor {:.3})",
                t.tool(),
                floor.tool,
                t.strict(),
                floor.strict
            ));
        }
    }
    if damaging.len() > floors.damaging_safe_fixes_max {
        failures.push(format!(
            "{} labelled safe fixes damage text (at most {})",
            damaging.len(),
            floors.damaging_safe_fixes_max
        ));
    }
    assert!(
        failures.is_empty(),
        "precision regressed:\n{}",
        failures.join("\n")
    );
}
