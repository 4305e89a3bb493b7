//! Fixing stays bounded whatever the guide: a fix whose replacement its own pattern matches again
//! stops (after the pass limit, or when the text would grow past twice its size plus
//! `MAX_FIX_GROWTH_BYTES`) and leaves the file alone. Baselines key a finding's line by a bounded
//! snippet, so one long line with many findings costs bounded keys, and baselines written before
//! the bound still match.
//!
//! The guides that feed on themselves are built through the library: the guide check refuses a
//! replacement that a pattern matches, so the replacement is set after the guide compiled. The
//! fixer must be safe whatever guide it is given.

mod common;

use common::{findings, mkfifo, run_in, run_stdin_in, write};
use onmessage::finding::Applicability;
use onmessage::fix::{fix_text, growth_limit, FixOptions, FixOutcome, MAX_PASSES};
use onmessage::limits::{MAX_FIX_GROWTH_BYTES, MAX_LINE_TEXT_CHARS};
use onmessage::CompiledGuide;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

/// A guide banning `pattern`, whose replacement is then set to `replacement` without the guide
/// check seeing it.
fn self_feeding_guide(pattern: &str, replacement: &str) -> CompiledGuide {
    let yaml = format!(
        "version: 1\nbanned:\n  - {{pattern: {pattern:?}, reason: test, replacement: \"-\"}}\n"
    );
    let mut guide = CompiledGuide::from_text("g.yml", &yaml, None, PathBuf::new())
        .unwrap_or_else(|err| panic!("the guide compiles: {err:?}"));
    let entry = guide
        .banned
        .iter_mut()
        .find(|b| b.entry.pattern.as_deref() == Some(pattern))
        .expect("the guide's pattern entry");
    std::sync::Arc::make_mut(&mut entry.entry).replacement = Some(replacement.to_string());
    guide
}

fn fix_all(guide: &CompiledGuide, text: &str) -> FixOutcome {
    let options = FixOptions {
        applicability: Applicability::Unsafe,
        select: &|_, _, _| true,
        chosen: Default::default(),
    };
    fix_text(text, "a.md", None, guide, &options)
}

#[test]
fn a_replacement_its_pattern_matches_again_stops_at_the_pass_limit() {
    let guide = self_feeding_guide("\\bdata\\b", "big data");
    let outcome = fix_all(&guide, "Your data.\n");
    // Each pass rewrites the "data" the previous one wrote, until the passes run out: the
    // outcome says it did not settle, and a caller must not use the text.
    assert!(!outcome.converged);
    assert_eq!(outcome.too_large, None);
    assert_eq!(outcome.applied.len(), MAX_PASSES);
    assert_eq!(
        outcome.text,
        format!("Your {}data.\n", "big ".repeat(MAX_PASSES))
    );
}

/// Every letter becomes 120, in words of six, per pass. The letters stay few: a file reports at
/// most `MAX_FINDINGS_PER_FILE` findings, so a pass fixes at most that many letters, and the
/// growth limit must stop the run before the pass limit does. (Words stay short: a run of
/// hundreds of letters is no word, and nothing in it is reported.)
#[test]
fn a_replacement_that_multiplies_the_text_stops_at_the_growth_limit() {
    let replacement = ["abcdef"; 20].join(" ");
    let guide = self_feeding_guide("[a-z]", &replacement);
    let text = "hello hello ";
    let outcome = fix_all(&guide, text);
    let limit = growth_limit(text.len());
    assert_eq!(limit, 2 * text.len() + MAX_FIX_GROWTH_BYTES);
    assert!(!outcome.converged);
    assert_eq!(outcome.too_large, Some(limit));
    // 10 letters become 1,200; the next pass (1,000 more letters, each 120) would pass the
    // limit and is not applied.
    assert_eq!(
        outcome.text,
        format!("{} ", replacement.repeat(5)).repeat(2)
    );
    assert!(outcome.text.len() <= limit);
    assert_eq!(outcome.applied.len(), 10);
}

// ---------------------------------------------------------------------------------------------
// Through the binary

fn folder(guide: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    fs::write(dir.path().join("message-guide.yml"), guide).expect("write the guide");
    for (name, text) in files {
        fs::write(dir.path().join(name), text).expect("write a file");
    }
    dir
}

/// `\Bs` (an "s" inside a word) replaced by "sx": the replacement alone holds no match, so a
/// guide check that tries replacements on their own accepts it, yet in "cats" each pass writes
/// an "s" the next one matches. The file must be left alone and the run must say why.
#[test]
fn a_file_whose_fixes_do_not_settle_is_left_unchanged() {
    let guide = "version: 1\nbanned:\n  - {pattern: \"\\\\Bs\", reason: test, replacement: sx}\n";
    let original = "Two cats.\n";
    let dir = folder(guide, &[("a.md", original)]);
    let run = run_in(dir.path(), &["check", "--unsafe-fixes", "a.md"]);
    if run.code == 2 && run.stderr.contains("message-guide.yml") {
        // The guide check saw through it: fine, as long as nothing was written.
        assert_eq!(
            fs::read_to_string(dir.path().join("a.md")).unwrap(),
            original
        );
        return;
    }
    run.expect_code(2);
    assert!(
        run.stderr.contains(&format!(
            "fixes in a.md did not settle after {MAX_PASSES} passes"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("a.md is left unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("a.md")).unwrap(),
        original
    );
    // --diff shows what --fix writes: nothing; --stdin --fix passes the text through.
    let diff = run_in(dir.path(), &["check", "--unsafe-fixes", "--diff", "a.md"]);
    diff.expect_code(2);
    assert_eq!(diff.stdout, "");
    let stdin = run_stdin_in(
        dir.path(),
        &[
            "check",
            "--unsafe-fixes",
            "--stdin",
            "--stdin-filename",
            "a.md",
        ],
        original,
    );
    stdin.expect_code(2);
    assert_eq!(stdin.stdout, original);
}

// ---------------------------------------------------------------------------------------------
// Baseline keys of long lines

const BANNED: &str = "version: 1\nbanned:\n  - {term: synergy, reason: Jargon}\n";

fn baseline_entries(path: &std::path::Path) -> Vec<Value> {
    let text = fs::read_to_string(path).expect("the baseline was written");
    let baseline: Value = serde_json::from_str(&text).expect("the baseline is JSON");
    baseline["entries"].as_array().expect("entries").clone()
}

#[test]
fn a_short_line_keeps_exactly_the_key_older_baselines_hold() {
    let line = "Our synergy, as always.";
    let dir = folder(BANNED, &[("a.md", &format!("  {line}  \n"))]);
    run_in(dir.path(), &["check", "--write-baseline", "b.json"]).expect_code(0);
    let entries = baseline_entries(&dir.path().join("b.json"));
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["line"], line);
    // A baseline as earlier versions wrote it (the whole trimmed line) still hides the finding.
    let old = format!(
        "{{\"kind\": \"onmessage-baseline\", \"version\": 1, \"entries\": [{{\"path\": \"a.md\", \"rule\": \"banned-term\", \"matched\": \"synergy\", \"line\": {line:?}, \"count\": 1}}]}}"
    );
    fs::write(dir.path().join("old.json"), old).expect("write");
    let run = run_in(
        dir.path(),
        &["check", "--baseline", "old.json", "--format", "json"],
    );
    run.expect_code(0);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
}

#[test]
fn a_long_line_is_keyed_by_its_first_characters_on_a_char_boundary() {
    // 2,000 characters of two bytes each, then a finding: the key is the first
    // MAX_LINE_TEXT_CHARS characters, whole characters only.
    let prefix = "é".repeat(2000);
    let line = format!("{prefix} synergy and synergy");
    let dir = folder(BANNED, &[("a.md", &format!("{line}\n"))]);
    run_in(dir.path(), &["check", "--write-baseline", "b.json"]).expect_code(0);
    let entries = baseline_entries(&dir.path().join("b.json"));
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["count"], 2);
    let key = entries[0]["line"].as_str().expect("a line");
    assert_eq!(key, "é".repeat(MAX_LINE_TEXT_CHARS));
    let run = run_in(
        dir.path(),
        &["check", "--baseline", "b.json", "--format", "json"],
    );
    run.expect_code(0);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
    // An entry holding the whole long line (as earlier versions wrote it) matches too.
    let text = fs::read_to_string(dir.path().join("b.json")).unwrap();
    let old = text.replace(&format!("\"{key}\""), &format!("{line:?}"));
    assert_ne!(old, text);
    fs::write(dir.path().join("old.json"), old).expect("write");
    let run = run_in(
        dir.path(),
        &["check", "--baseline", "old.json", "--format", "json"],
    );
    run.expect_code(0);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
}

/// A line of many findings: each finding's fix is chosen by its line's key, and a baselined
/// copy on that line is left while the others are fixed.
#[test]
fn many_findings_on_one_long_line_are_fixed_with_the_baseline_applied() {
    let guide = "version: 1\nbanned:\n  - {term: synergy, reason: Jargon, replacement: teamwork}\n";
    let line = vec!["synergy"; 600].join(" ");
    let dir = folder(guide, &[("a.md", &format!("{line}\n"))]);
    run_in(dir.path(), &["check", "--write-baseline", "b.json"]).expect_code(0);
    let entries = baseline_entries(&dir.path().join("b.json"));
    assert_eq!(entries[0]["count"], 600);
    assert!(entries[0]["line"].as_str().unwrap().chars().count() <= MAX_LINE_TEXT_CHARS);
    // One more copy on the line: it alone is new and fixed.
    fs::write(dir.path().join("a.md"), format!("{line} synergy\n")).expect("write");
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--baseline",
            "b.json",
            "--unsafe-fixes",
            "--format",
            "json",
        ],
    );
    run.expect_code(0);
    assert_eq!(run.json()["fixed"], 1);
    let fixed = fs::read_to_string(dir.path().join("a.md")).unwrap();
    assert_eq!(fixed.matches("synergy").count(), 600);
    assert_eq!(fixed.matches("teamwork").count(), 1);
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_named_as_the_baseline_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.md", "Our synergy is unmatched.\n");
    let fifo = dir.path().join("baseline.json");
    mkfifo(&fifo);
    // Without the check this blocks forever waiting for a writer (the test would hang).
    for baseline in ["baseline.json", "/dev/zero"] {
        let run = run_in(dir.path(), &["check", "--baseline", baseline, "a.md"]);
        run.expect_code(2);
        assert!(
            run.stderr.contains("not a regular file"),
            "{baseline}: {}",
            run.stderr
        );
    }
}
