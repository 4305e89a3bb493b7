//! How files are read: line endings, BOM, final newline, MDX and `.markdown`, which files a
//! folder walk picks up, and what happens to files that are not UTF-8 text.

mod common;

use common::{assert_positions, root, run, run_in, triples, write, SMALL_GUIDE};
use serde_json::json;

#[test]
fn documents_json() {
    let run = run(&["check", "--format", "json", "fixtures/documents"]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(&root(), &report);
    // notes.rst is not walked: five files, not six.
    assert_eq!(
        report,
        json!({
            "version": 1,
            "files_checked": 5,
            "findings": [
                {
                    "path": "fixtures/documents/bom.md",
                    "line": 1, "column": 4, "end_line": 1, "end_column": 12,
                    "start": 6, "end": 14,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 6, "end": 14, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/documents/crlf.md",
                    "line": 4, "column": 4, "end_line": 4, "end_column": 12,
                    "start": 42, "end": 50,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 42, "end": 50, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/documents/guide.markdown",
                    "line": 3, "column": 22, "end_line": 3, "end_column": 30,
                    "start": 41, "end": 49,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 41, "end": 49, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/documents/no-final-newline.txt",
                    "line": 1, "column": 22, "end_line": 1, "end_column": 30,
                    "start": 21, "end": 29,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 21, "end": 29, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/documents/page.mdx",
                    "line": 9, "column": 6, "end_line": 9, "end_column": 14,
                    "start": 166, "end": 174,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 166, "end": 174, "replacement": "use"}]}
                },
            ]
        })
    );
}

/// The BOM is three bytes of the file: byte offsets count it, character columns do not.
#[test]
fn bom_counts_in_offsets_not_in_columns() {
    let bytes = std::fs::read(root().join("fixtures/documents/bom.md")).expect("read bom.md");
    assert!(
        bytes.starts_with(b"\xef\xbb\xbfWe leverage"),
        "fixture starts with a BOM"
    );
    let run = run(&["check", "--format", "json", "fixtures/documents/bom.md"]);
    let finding = &run.json()["findings"][0];
    assert_eq!(finding["matched"], "leverage");
    assert_eq!(
        (finding["start"].as_u64(), finding["end"].as_u64()),
        (Some(6), Some(14))
    );
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(1), Some(4))
    );
    assert_eq!(finding["end_column"].as_u64(), Some(12));
}

/// CRLF files report the same line and column as LF files, and no `\r` leaks into the output.
#[test]
fn crlf_lines_and_columns() {
    let bytes = std::fs::read(root().join("fixtures/documents/crlf.md")).expect("read crlf.md");
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "crlf.md must keep its CRLF line endings (see fixtures/documents/.gitattributes)"
    );
    let run = run(&["check", "--color", "never", "fixtures/documents/crlf.md"]);
    run.expect_code(1);
    assert!(!run.stdout.contains('\r'), "{:?}", run.stdout);
    assert!(
        run.stdout.contains("[fixtures/documents/crlf.md:4:4]"),
        "{}",
        run.stdout
    );
}

#[test]
fn documents_human() {
    let run = run(&["check", "--color", "never", "fixtures/documents"]);
    run.expect_code(1);
    insta::assert_snapshot!("documents_human", run.stdout);
}

/// A file type the walk skips is checked, as plain text, when it is named.
#[test]
fn unwalked_file_type_is_checked_when_named() {
    let walked = run(&["check", "--format", "json", "fixtures/documents"]);
    assert!(
        !walked.stdout.contains("notes.rst"),
        "notes.rst must not be walked:\n{}",
        walked.stdout
    );
    let named = run(&["check", "--format", "json", "fixtures/documents/notes.rst"]);
    named.expect_code(1);
    let report = named.json();
    assert_eq!(report["files_checked"], 1);
    assert_eq!(
        triples(&report),
        common::owned(&[("fixtures/documents/notes.rst", "banned-term", "leverage")])
    );
    assert_positions(&root(), &report);
}

/// MDX: import/export lines and `{…}` expressions are not prose; JSX children are.
#[test]
fn mdx_checks_jsx_children_only() {
    let run = run(&["check", "--format", "json", "fixtures/documents/page.mdx"]);
    run.expect_code(1);
    let report = run.json();
    let lines: Vec<_> = common::findings(&report)
        .iter()
        .map(|f| (f["line"].as_u64(), f["matched"].as_str()))
        .collect();
    assert_eq!(lines, [(Some(9), Some("leverage"))]);
}

/// Bytes that are not UTF-8 text, made at run time rather than committed.
const LATIN1: &[u8] = b"# Caf\xe9\n\nWe leverage it.\n";
const WITH_NUL: &[u8] = b"We leverage\0 it.\n";

fn binary_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "latin1.md", LATIN1);
    write(dir.path(), "nul.txt", WITH_NUL);
    write(dir.path(), "clean.md", "# Clean\n\nNothing to report.\n");
    dir
}

/// A walked file that is not text is named on stderr and skipped; the exit code stays 0.
#[test]
fn walked_binary_files_are_skipped_with_a_note() {
    let dir = binary_folder();
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(0);
    assert_eq!(
        run.json(),
        json!({"version": 1, "files_checked": 1, "findings": []})
    );
    let notes: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        notes,
        [
            "onmessage: skipped latin1.md: not UTF-8 text",
            "onmessage: skipped nul.txt: not UTF-8 text (contains NUL bytes)",
        ]
    );
}

/// A named file that is not text is an error (exit 2), after the other files are checked.
#[test]
fn named_binary_file_is_an_error_after_the_others_are_checked() {
    let dir = binary_folder();
    write(dir.path(), "fires.md", "We leverage synergy.\n");
    for binary in ["latin1.md", "nul.txt"] {
        let run = run_in(
            dir.path(),
            &["check", "--format", "json", binary, "fires.md"],
        );
        run.expect_code(2);
        let report = run.json();
        assert_eq!(report["files_checked"], 1);
        assert_eq!(
            triples(&report),
            common::owned(&[
                ("fires.md", "banned-term", "leverage"),
                ("fires.md", "banned-term", "synergy"),
            ])
        );
        assert!(
            run.stderr
                .contains(&format!("onmessage: skipped {binary}: not UTF-8 text")),
            "{}",
            run.stderr
        );
    }
}

/// The human report still shows the other files' findings when a named file is binary.
#[test]
fn named_binary_file_human() {
    let dir = binary_folder();
    let run = run_in(
        dir.path(),
        &["check", "--color", "never", "nul.txt", "clean.md"],
    );
    run.expect_code(2);
    assert_eq!(run.stdout, "No findings in 1 file\n");
    assert_eq!(
        run.stderr,
        "onmessage: skipped nul.txt: not UTF-8 text (contains NUL bytes)\n"
    );
}

/// Hugo's and Zola's TOML front matter (`+++` … `+++`) is metadata, as YAML front matter is:
/// a banned word in its title is not checked, the same word in the body is, and its `channel`
/// key names the channel (an unknown one is reported where it is written).
#[test]
fn toml_front_matter_is_not_prose_and_names_the_channel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = format!("{SMALL_GUIDE}channels:\n  blog: {{}}\n");
    write(dir.path(), "message-guide.yml", &guide);
    let post = "+++\ntitle = \"Why we leverage synergy\"\nchannel = \"blgo\"\n+++\n\nWe leverage every release.\n";
    write(dir.path(), "post.md", post);
    let run = run_in(dir.path(), &["check", "--format", "json", "post.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_eq!(
        triples(&report),
        common::owned(&[
            ("post.md", "unknown-channel", "blgo"),
            ("post.md", "banned-term", "leverage"),
        ])
    );
    let body = post.find("We leverage").expect("body") + 3;
    let starts: Vec<u64> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["start"].as_u64())
        .collect();
    assert!(starts.contains(&(body as u64)), "{starts:?}");
}
