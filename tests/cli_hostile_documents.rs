//! Documents built to break the reader or the rules: a BOM before whole-file findings, unclosed
//! comments and MDX expressions, invisible characters inside banned words, special files and
//! oversized input, and files with more findings than a report should hold. Each must be
//! checked (or named and skipped) without a panic, a hang or memory without bound.

mod common;

use common::{assert_positions, findings, git_tempdir, root, run_in, run_stdin_in, Run};
use std::path::Path;

const FIXTURE: &str = "fixtures/hostile-documents";

/// A scratch git work tree holding a copy of the fixture folder.
fn scratch() -> tempfile::TempDir {
    let dir = git_tempdir();
    copy_dir(&root().join(FIXTURE), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read fixture folder") {
        let entry = entry.expect("fixture entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            std::fs::create_dir_all(&target).expect("create folder");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

fn rules_of(run: &Run) -> Vec<String> {
    findings(&run.json())
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or_default().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A UTF-8 BOM before whole-file findings

const WHOLE_FILE_RULES: [&str; 4] = [
    "missing-benefit",
    "missing-cta",
    "missing-phrase",
    "too-long",
];

#[test]
fn a_bom_file_with_whole_file_findings_is_reported_in_every_format() {
    let dir = root().join(FIXTURE);
    for format in ["human", "json", "github", "sarif"] {
        let run = run_in(&dir, &["check", "--format", format, "sheets/bom.md"]);
        run.expect_code(1);
        for rule in WHOLE_FILE_RULES {
            assert!(
                run.stdout.contains(rule),
                "{format}: no {rule}:\n{}",
                run.stdout
            );
        }
    }
    let run = run_in(&dir, &["check", "--format", "json", "sheets/bom.md"]);
    let report = run.json();
    assert_positions(&dir, &report);
    for f in findings(&report) {
        if WHOLE_FILE_RULES.contains(&f["rule"].as_str().unwrap_or_default()) {
            // The empty match sits just after the BOM: a valid range of the file as stored.
            assert_eq!((&f["start"], &f["end"]), (&3.into(), &3.into()), "{f}");
            assert_eq!((&f["line"], &f["column"]), (&1.into(), &1.into()), "{f}");
        }
    }
}

#[test]
fn a_bom_file_is_fixed_through_stdin_with_its_bom_and_line_ending() {
    let dir = root().join(FIXTURE);
    let text = std::fs::read(dir.join("sheets/bom.md")).expect("fixture");
    let run = run_stdin_in(
        &dir,
        &[
            "check",
            "--unsafe-fixes",
            "--stdin",
            "--stdin-filename",
            "sheets/bom.md",
        ],
        text,
    );
    assert_eq!(
        run.stdout, "\u{feff}We use fast, light and quiet laptops.\r\n",
        "stderr:\n{}",
        run.stderr
    );
    for rule in WHOLE_FILE_RULES {
        assert!(run.stderr.contains(rule), "no {rule} in:\n{}", run.stderr);
    }
}

#[test]
fn a_file_of_only_a_bom_or_nothing_gets_its_whole_file_findings() {
    let dir = scratch();
    common::write(dir.path(), "sheets/only-bom.md", "\u{feff}");
    common::write(dir.path(), "sheets/empty.md", "");
    common::write(dir.path(), "sheets/bom-crlf.md", "\u{feff}\r\n\r\n");
    for name in ["only-bom.md", "empty.md", "bom-crlf.md"] {
        let path = format!("sheets/{name}");
        for format in ["human", "json", "github", "sarif"] {
            run_in(dir.path(), &["check", "--format", format, &path]).expect_code(0);
        }
        let run = run_in(
            dir.path(),
            &["check", "--format", "json", "--fail-on", "never", &path],
        );
        assert_positions(dir.path(), &run.json());
        let rules = rules_of(&run);
        assert_eq!(
            rules,
            ["missing-benefit", "missing-cta", "missing-phrase"],
            "{name}"
        );
    }
}
