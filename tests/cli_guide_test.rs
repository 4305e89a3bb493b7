//! `onmessage test`: a guide's entry tests (`examples`, `fixed`, `counter_examples`) and its
//! calibration files, run on real guides and sentences; every failure located, exit codes
//! 0 / 1 / 2, and calibration files left out of `check`.

mod common;

use common::{run_in, write};

/// A guide whose entry tests and calibration all pass.
const PASSING: &str = r#"version: 1
brand:
  names: [Acme Cloud]
  examples: ["Try acme cloud today."]
  fixed: "Try Acme Cloud today."
terms:
  - use: customer
    instead_of: [client]
    examples: ["Every client gets a reply."]
    fixed: "Every customer gets a reply."
banned:
  - term: synergy
    replacement: teamwork
    examples: ["Our synergy wins deals."]
    fixed: "Our teamwork wins deals."
audiences:
  developers:
    paths: ["docs/**"]
    avoid: [solution]
    prefer: [library]
    examples: ["Install the solution with npm."]
    fixed: "Install the library with npm."
benefit:
  statement: Ship without fear.
  expressions: [peace of mind]
  examples: ["Deploy with peace of mind."]
calibration:
  good: ["calibration/good/**"]
  bad: ["calibration/bad/**"]
"#;

const GOOD: &str = "# Welcome\n\nAcme Cloud helps every customer ship.\n";
const BAD: &str = "# Pitch\n\n<!-- expect: banned-term \"synergy\" -->\nOur synergy is great.\n\n<!-- expect: preferred-term \"client\" -->\nEach client is heard.\n";

fn passing_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", PASSING);
    write(dir.path(), "calibration/good/welcome.md", GOOD);
    write(dir.path(), "calibration/bad/pitch.md", BAD);
    dir
}

#[test]
fn a_guide_whose_tests_hold_passes_with_a_table_per_rule() {
    let dir = passing_folder();
    let run = run_in(dir.path(), &["test"]);
    run.expect_code(0);
    // brand, term, banned, audience: an example and a fixed each; the benefit's example.
    assert!(
        run.stdout.contains("Entry tests: 9 run, 0 failed"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Calibration: 2 files (1 good, 1 bad), 0 failed"),
        "{}",
        run.stdout
    );
    let row = run
        .stdout
        .lines()
        .find(|l| l.starts_with("banned-term"))
        .expect("a banned-term row");
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells, ["banned-term", "1", "1", "0", "0", "1.00", "1.00"]);
    assert_eq!(run.summary(), "All tests pass.");
}

#[test]
fn check_and_report_leave_calibration_files_out() {
    let dir = passing_folder();
    write(dir.path(), "page.md", "Our synergy is real.\n");
    let run = run_in(dir.path(), &["check", "--format", "json"]);
    let report = run.json();
    let paths: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["page.md"], "only the content file is checked");
    let report = run_in(dir.path(), &["report", "--format", "json"]);
    report.expect_code(0);
    assert!(!report.stdout.contains("calibration/"), "{}", report.stdout);
}

/// Every failing entry test is reported at once, each at its line and column in the guide,
/// with what it expected and what happened.
#[test]
fn every_failing_entry_test_is_located_with_expected_and_actual() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = "version: 1\nbanned:\n  - term: synergy\n    replacement: teamwork\n    examples: [\"Our synergy wins.\", \"Nothing here.\"]\n    fixed: \"Our cooperation wins.\"\n    counter_examples: [\"Synergy is fine.\"]\nterms:\n  - use: customer\n    instead_of: [client]\n    examples: [\"A buyer waits.\"]\n";
    write(dir.path(), "message-guide.yml", guide);
    let run = run_in(dir.path(), &["test"]);
    run.expect_code(1);
    let out = &run.stdout;
    assert!(
        out.contains("message-guide.yml:5:37: banned[0].examples[1]: this example is not flagged by its own entry\n  expected: a `banned-term` finding from this entry\n  got:      no finding"),
        "{out}"
    );
    assert!(
        out.contains("message-guide.yml:6:12: banned[0].fixed: the entry's fix does not write this sentence\n  expected: \"Our cooperation wins.\"\n  got:      \"Our teamwork wins.\""),
        "{out}"
    );
    assert!(
        out.contains("message-guide.yml:7:24: banned[0].counter_examples[0]: this counter-example is flagged: its own entry matches"),
        "{out}"
    );
    assert!(
        out.contains("message-guide.yml:11:16: terms[0].examples[0]:"),
        "{out}"
    );
    assert!(out.contains("Entry tests: 5 run, 4 failed"), "{out}");
    // Loading the guide for `check` refuses it on the same sentences.
    let check = run_in(dir.path(), &["check", "--stdin"]);
    check.expect_code(2);
    assert!(
        check
            .stderr
            .contains("this example is not flagged by its own entry"),
        "{}",
        check.stderr
    );
}

#[test]
fn phrase_and_claim_examples_run_their_rules() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = "version: 1\nphrases:\n  - id: promise\n    text: Ship with confidence, every day.\n    examples: [\"Ship with confidence every single day.\"]\ncta:\n  - text: Book a demo today\n    examples: [\"The weather is nice.\"]\nclaims:\n  approved: [\"99.9% uptime\"]\n  examples: [\"We promise 99.5% uptime.\"]\n";
    write(dir.path(), "message-guide.yml", guide);
    let run = run_in(dir.path(), &["test", "--format", "json"]);
    run.expect_code(1);
    let json = run.json();
    let failures = json["entries"]["failures"].as_array().expect("failures");
    let entries: Vec<&str> = failures
        .iter()
        .map(|f| f["entry"].as_str().unwrap())
        .collect();
    assert_eq!(entries, ["cta[0].examples[0]"], "{json:#}");
    assert_eq!(failures[0]["line"], 8);
    assert_eq!(failures[0]["actual"], "no finding");
    assert_eq!(json["entries"]["run"], 3);
}

#[test]
fn calibration_failures_name_the_file_line_and_rule() {
    let dir = passing_folder();
    write(
        dir.path(),
        "calibration/good/slip.md",
        "# Slip\n\nOur client waits.\n",
    );
    write(
        dir.path(),
        "calibration/bad/wrong.mdx",
        "# Wrong\n\n{/* expect: baned-term */}\nOur synergy.\n\n{/* expect: preferred-term \"client\" */}\nNo such word here.\n",
    );
    let run = run_in(dir.path(), &["test", "--fail-on", "warning"]);
    run.expect_code(1);
    let out = &run.stdout;
    assert!(
        out.contains("calibration/good/slip.md:3:5: unexpected warning in a good file:"),
        "{out}"
    );
    assert!(
        out.contains("calibration/bad/wrong.mdx:3:1: `expect:` names an unknown rule `baned-term`; did you mean `banned-term`?"),
        "{out}"
    );
    assert!(
        out.contains("calibration/bad/wrong.mdx:6:1: missed: `expect: preferred-term \"client\"` has no finding to match (on line 7)"),
        "{out}"
    );
    // The synergy under the unreadable comment is expected by no one.
    assert!(
        out.contains("calibration/bad/wrong.mdx:4:5: unexpected error that no `expect:` names"),
        "{out}"
    );
    // At the default --fail-on error, warnings in good files do not fail.
    let lenient = run_in(dir.path(), &["test", "--format", "json"]);
    let json = lenient.json();
    let slip = json["calibration"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "calibration/good/slip.md")
        .expect("slip.md");
    assert_eq!(slip["passed"], true);
}

#[test]
fn a_glob_that_matches_nothing_fails_at_its_place_in_the_guide() {
    let dir = passing_folder();
    let guide = PASSING.replace(
        "bad: [\"calibration/bad/**\"]",
        "bad: [\"calibration/bad/**\", \"nowhere/**\"]",
    );
    write(dir.path(), "message-guide.yml", &guide);
    let run = run_in(dir.path(), &["test"]);
    run.expect_code(1);
    assert!(
        run.stdout.contains(
            "message-guide.yml:29:31: calibration.bad[1]: the calibration glob `nowhere/**` matches no file"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn an_invalid_or_missing_guide_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_in(dir.path(), &["test", "--guide", "absent.yml"]);
    run.expect_code(2);
    write(dir.path(), "message-guide.yml", "version: 1\nbaned: []\n");
    let run = run_in(dir.path(), &["test"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("banned"),
        "did you mean: {}",
        run.stderr
    );
}

#[test]
fn junit_output_is_escaped_xml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = "version: 1\nbanned:\n  - term: synergy\n    replacement: teamwork\n    examples: [\"Our synergy wins.\"]\n    fixed: \"<b>&\\\"'\\u001b[31m</b>\"\n";
    write(dir.path(), "message-guide.yml", guide);
    let run = run_in(dir.path(), &["test", "--format", "junit"]);
    run.expect_code(1);
    let xml = &run.stdout;
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"),
        "{xml}"
    );
    assert!(!xml.contains('\u{1b}'), "no raw escape character: {xml}");
    assert!(
        xml.contains("<testcase classname=\"message-guide.yml\" name=\"banned[0].fixed\"><failure"),
        "{xml}"
    );
    assert!(
        xml.contains("&quot;&lt;b&gt;&amp;&quot;&apos;\\x1b[31m&lt;/b&gt;&quot;"),
        "{xml}"
    );
    assert!(xml.contains("failures=\"1\""), "{xml}");
    // Balanced elements: every testcase opened is closed.
    let opened = xml.matches("<testcase").count();
    let closed = xml.matches("</testcase>").count() + xml.matches("\"/>").count();
    assert_eq!(opened, closed, "{xml}");
}

#[test]
fn init_writes_a_calibration_set_that_passes_and_check_skips() {
    let dir = tempfile::tempdir().expect("temp dir");
    run_in(dir.path(), &["init"]).expect_code(0);
    assert!(dir.path().join("calibration/good/welcome.md").is_file());
    assert!(dir.path().join("calibration/bad/pitch.md").is_file());
    let run = run_in(dir.path(), &["test"]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("Calibration: 2 files (1 good, 1 bad), 0 failed"),
        "{}",
        run.stdout
    );
    let check = run_in(dir.path(), &["check", "--format", "json"]);
    check.expect_code(0);
    assert_eq!(check.json()["findings"].as_array().map(Vec::len), Some(0));
    // A second init with --force keeps the user's calibration files.
    write(dir.path(), "calibration/good/welcome.md", "# Mine\n");
    run_in(dir.path(), &["init", "--force"]).expect_code(0);
    let kept = std::fs::read_to_string(dir.path().join("calibration/good/welcome.md")).unwrap();
    assert_eq!(kept, "# Mine\n");
}
