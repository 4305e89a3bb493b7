//! `check --statistics`: counts per rule and the most frequent guide entries, agreeing with the
//! findings a plain run reports.

use assert_cmd::Command;
use std::collections::BTreeMap;

fn run(args: &[&str]) -> (String, String, i32) {
    let output = Command::cargo_bin("onmessage")
        .expect("binary")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn json_statistics_count_what_the_findings_report() {
    let (findings, _, plain_exit) = run(&["check", "--format", "json", "fixtures/demo"]);
    let findings: serde_json::Value = serde_json::from_str(&findings).expect("JSON");
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for f in findings["findings"].as_array().expect("findings") {
        *expected
            .entry(f["rule"].as_str().unwrap().to_string())
            .or_default() += 1;
    }

    let (stats, _, exit) = run(&["check", "--statistics", "--format", "json", "fixtures/demo"]);
    assert_eq!(
        exit, plain_exit,
        "the exit code does not depend on --statistics"
    );
    let stats: serde_json::Value = serde_json::from_str(&stats).expect("one JSON document");
    assert_eq!(stats["version"], 1);
    assert_eq!(stats["files_checked"], findings["files_checked"]);
    let counted: BTreeMap<String, u64> = stats["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| {
            (
                r["rule"].as_str().unwrap().to_string(),
                r["findings"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counted, expected);
    // Entries name the guide's own words, most frequent first, with their files.
    let entries = stats["entries"].as_array().expect("entries");
    assert!(entries.len() <= 10 && !entries.is_empty());
    let counts: Vec<u64> = entries
        .iter()
        .map(|e| e["findings"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let cutting = entries
        .iter()
        .find(|e| e["entry"] == "cutting-edge")
        .expect("the demo uses a hype word twice");
    assert_eq!(cutting["rule"], "banned-term");
    assert_eq!(cutting["files"].as_array().unwrap().len(), 2);
}

#[test]
fn human_statistics_are_a_table_and_the_summary() {
    let (out, _, exit) = run(&["check", "--statistics", "fixtures/demo"]);
    assert_eq!(exit, 1);
    let first = out.lines().next().expect("a header");
    assert!(
        first.contains("findings") && first.contains("rule"),
        "{out}"
    );
    assert!(out.contains("Most frequent entries:"), "{out}");
    assert!(out.contains("banned-term \"cutting-edge\" in "), "{out}");
    // No finding is rendered one by one.
    assert!(!out.contains("onmessage explain"), "{out}");
    assert!(
        out.trim_end()
            .lines()
            .last()
            .unwrap()
            .contains(" in 10 of 14 files"),
        "{out}"
    );
}

#[test]
fn statistics_are_refused_for_formats_that_list_findings() {
    for format in ["sarif", "github", "csv"] {
        let (out, err, exit) = run(&["check", "--statistics", "--format", format, "fixtures/demo"]);
        assert_eq!(exit, 2, "{format}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("--statistics prints a table or JSON"), "{err}");
    }
}

#[test]
fn a_clean_run_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("a.md"), "Plain words only.\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let (out, _, exit) = run(&["check", "--statistics", path]);
    assert_eq!(exit, 0);
    assert!(out.starts_with("No findings\n"), "{out}");
}
