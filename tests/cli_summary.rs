//! `check --summary FILE`: the Markdown table of findings per rule and severity appended to a
//! file (GitHub's job summary), checked against the JSON report of the same run.

mod common;

use common::{findings, root, run, run_in, write, SMALL_GUIDE};
use std::collections::BTreeMap;
use std::path::Path;

/// Rule id → (errors, warnings, info), counted from a JSON report's findings.
fn counted(report: &serde_json::Value) -> BTreeMap<String, [u64; 3]> {
    let mut counts: BTreeMap<String, [u64; 3]> = BTreeMap::new();
    for finding in findings(report) {
        let rule = finding["rule"].as_str().expect("a rule id").to_string();
        let column = match finding["severity"].as_str() {
            Some("error") => 0,
            Some("warning") => 1,
            Some("info") => 2,
            other => panic!("unknown severity {other:?}"),
        };
        counts.entry(rule).or_default()[column] += 1;
    }
    counts
}

/// Rule id → (errors, warnings, info, total), read back from the summary's table rows.
fn table(markdown: &str) -> BTreeMap<String, [u64; 4]> {
    markdown
        .lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .map(|row| {
            let (rule, rest) = row.split_once("` |").expect("a rule cell");
            let cells: Vec<u64> = rest
                .split('|')
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .map(|cell| cell.parse().expect("a count"))
                .collect();
            let cells: [u64; 4] = cells.try_into().expect("four counts");
            (rule.to_string(), cells)
        })
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("the summary was written")
}

#[test]
fn summary_counts_equal_the_reports_findings() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("summary.md");
    let file_arg = file.to_str().expect("temp paths are UTF-8");
    let run = run(&[
        "check",
        "--format",
        "json",
        "--summary",
        file_arg,
        "fixtures/demo",
    ]);
    run.expect_code(1);
    let report = run.json();
    let expected = counted(&report);
    assert!(expected.len() > 3, "the demo has findings of several rules");

    let markdown = read(&file);
    let rows = table(&markdown);
    let rules: Vec<&String> = rows.keys().collect();
    assert_eq!(rules, expected.keys().collect::<Vec<_>>());
    for (rule, [errors, warnings, info]) in &expected {
        assert_eq!(
            rows[rule],
            [*errors, *warnings, *info, errors + warnings + info],
            "{rule}"
        );
    }
    let total = findings(&report).len();
    let files_checked = report["files_checked"]
        .as_u64()
        .expect("the report counts checked files");
    assert!(
        markdown.contains(&format!("{total} findings in ")),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!(" of {files_checked} files checked.")),
        "{markdown}"
    );
    let totals = expected.values().fold([0; 3], |mut sum, counts| {
        for (s, c) in sum.iter_mut().zip(counts) {
            *s += c;
        }
        sum
    });
    let total_row = format!(
        "| **Total** | {} | {} | {} | {total} |",
        totals[0], totals[1], totals[2]
    );
    assert!(markdown.contains(&total_row), "{markdown}");
}

#[test]
fn summary_is_appended_after_what_the_file_holds() {
    let dir = common::git_tempdir();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "a.md", "We leverage it.\n");
    write(dir.path(), "clean.md", "Nothing here.\n");
    write(dir.path(), "summary.md", "## Earlier step\n");
    for format in ["github", "human"] {
        let run = run_in(
            dir.path(),
            &[
                "check",
                "--format",
                format,
                "--summary",
                "summary.md",
                "a.md",
                "clean.md",
            ],
        );
        run.expect_code(1);
    }
    let markdown = read(&dir.path().join("summary.md"));
    assert!(
        markdown.starts_with("## Earlier step\n\n### onmessage\n"),
        "{markdown}"
    );
    assert_eq!(markdown.matches("### onmessage").count(), 2, "{markdown}");
    assert_eq!(
        markdown
            .matches("1 finding in 1 of 2 files checked.")
            .count(),
        2
    );
    assert_eq!(table(&markdown)["banned-term"], [1, 0, 0, 1]);
}

#[test]
fn summary_of_a_clean_run_says_so() {
    let dir = common::git_tempdir();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "clean.md", "Nothing here.\n");
    let run = run_in(
        dir.path(),
        &["check", "--summary", "summary.md", "clean.md"],
    );
    run.expect_code(0);
    let markdown = read(&dir.path().join("summary.md"));
    assert_eq!(
        markdown,
        "\n### onmessage\n\nNo findings in 1 file checked.\n"
    );
}

#[test]
fn summary_counts_only_changed_lines_with_changed_since() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let repo = dir.path();
    common::init_git_repo(repo);
    write(repo, "message-guide.yml", SMALL_GUIDE);
    write(repo, "a.md", "We leverage it.\n");
    common::git_in(repo, &["add", "--all"]);
    common::git_in(repo, &["commit", "--quiet", "-m", "base"]);
    write(repo, "a.md", "We leverage it.\nNew synergy here.\n");
    let mut cmd = common::onmessage_in_repo(repo, repo);
    cmd.args([
        "check",
        "--changed-since",
        "HEAD",
        "--summary",
        "summary.md",
    ]);
    let run = common::finish(cmd.output().expect("onmessage can be started"));
    run.expect_code(1);
    let markdown = read(&repo.join("summary.md"));
    assert!(
        markdown.contains("1 finding in 1 of 1 file checked."),
        "{markdown}"
    );
    assert_eq!(table(&markdown)["banned-term"], [1, 0, 0, 1]);
}

#[test]
fn summary_that_cannot_be_written_fails_the_run() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("no such folder").join("summary.md");
    let file_arg = file.to_str().expect("temp paths are UTF-8");
    let run = run_in(root(), &["check", "--summary", file_arg, "fixtures/levels"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("cannot write the summary to"),
        "{}",
        run.stderr
    );
    assert!(!file.exists());
}

#[test]
fn summary_and_write_baseline_are_refused_together() {
    let dir = common::git_tempdir();
    write(dir.path(), "a.md", "We leverage it.\n");
    let run = run_in(
        dir.path(),
        &["check", "--summary", "s.md", "--write-baseline", "b.json"],
    );
    run.expect_code(2);
    assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
    assert!(!dir.path().join("s.md").exists());
}
