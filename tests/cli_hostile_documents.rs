//! Documents built to break the reader or the rules: a BOM before whole-file findings, unclosed
//! comments and MDX expressions, invisible characters inside banned words, special files and
//! oversized input, and files with more findings than a report should hold. Each must be
//! checked (or named and skipped) without a panic, a hang or memory without bound.

mod common;

use common::{
    assert_positions, copy_dir, findings, git_tempdir, mkfifo, root, run_in, run_stdin_in, Run,
};
use std::path::Path;

const FIXTURE: &str = "fixtures/hostile-documents";

/// A scratch git work tree holding a copy of the fixture folder.
fn scratch() -> tempfile::TempDir {
    let dir = git_tempdir();
    copy_dir(&root().join(FIXTURE), dir.path());
    dir
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

// ---------------------------------------------------------------------------------------------
// Special files and size limits

use onmessage::limits::{MAX_DOCUMENT_BYTES, MAX_LINE_BYTES};
use std::time::Duration;

/// A safety net, not a timing assertion: a run that blocks (a FIFO read) fails the test instead
/// of hanging the suite.
const NO_HANG: Duration = Duration::from_secs(120);

/// Run `onmessage args…` in `dir` with `stdin`, killed (and the test failed) if it blocks.
fn run_bounded(dir: &Path, args: &[&str], stdin: std::process::Stdio) -> Run {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("onmessage"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("onmessage can be started");
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_end(&mut bytes).expect("read output");
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > NO_HANG {
            child.kill().expect("kill");
            panic!("onmessage {args:?} blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    common::finish(std::process::Output {
        status,
        stdout: stdout.join().expect("stdout"),
        stderr: stderr.join().expect("stderr"),
    })
}

/// A scratch tree with a guide banning "synergy" and one file that breaks it.
fn tree_with_one_finding() -> tempfile::TempDir {
    let dir = git_tempdir();
    common::write(dir.path(), "message-guide.yml", common::SMALL_GUIDE);
    common::write(dir.path(), "good.md", "Our synergy.\n");
    dir
}

/// A file one byte past the document limit, sparse so it costs no disk.
fn oversized(path: &Path) {
    let file = std::fs::File::create(path).expect("create");
    file.set_len(MAX_DOCUMENT_BYTES + 1).expect("grow");
}

/// A file whose second line is one byte past the line limit.
fn long_line(path: &Path) {
    let mut text = String::from("Our synergy.\n");
    text.push_str(&"a ".repeat(MAX_LINE_BYTES / 2));
    text.push_str("b\n");
    std::fs::write(path, text).expect("write");
}

/// A named file that cannot be read as a document is named and skipped, and the run exits 2,
/// as for any unreadable named file; the other named files are still checked.
#[test]
fn named_special_and_oversized_files_are_named_skipped_and_exit_2() {
    let dir = tree_with_one_finding();
    mkfifo(&dir.path().join("pipe.md"));
    oversized(&dir.path().join("big.md"));
    long_line(&dir.path().join("long.md"));
    let cases = [
        ("pipe.md", "skipped pipe.md: not a regular file"),
        ("/dev/zero", "skipped /dev/zero: not a regular file"),
        ("/dev/urandom", "skipped /dev/urandom: not a regular file"),
        ("big.md", "skipped big.md: larger than 100 MiB"),
        ("long.md", "skipped long.md: a line is longer than 1 MiB"),
    ];
    for (name, message) in cases {
        let run = run_bounded(
            dir.path(),
            &["check", "--format", "json", name, "good.md"],
            std::process::Stdio::null(),
        );
        run.expect_code(2);
        assert!(run.stderr.contains(message), "{name}: {}", run.stderr);
        assert_eq!(
            common::triples(&run.json()),
            common::owned(&[("good.md", "banned-term", "synergy")]),
            "{name}: the other file is still checked"
        );
    }
}

/// Walked, the same files are named on stderr and skipped; the rest is checked and decides the
/// exit code. A FIFO is not walked at all (it is not a regular file) and never blocks.
#[test]
fn walked_special_and_oversized_files_are_named_and_the_rest_checked() {
    let dir = tree_with_one_finding();
    mkfifo(&dir.path().join("pipe.md"));
    oversized(&dir.path().join("big.md"));
    long_line(&dir.path().join("long.md"));
    let run = run_bounded(
        dir.path(),
        &["check", "--format", "json", "."],
        std::process::Stdio::null(),
    );
    run.expect_code(1);
    assert!(run.stderr.contains("skipped big.md: larger than 100 MiB"));
    assert!(run
        .stderr
        .contains("skipped long.md: a line is longer than 1 MiB"));
    assert_eq!(
        common::triples(&run.json()),
        common::owned(&[("good.md", "banned-term", "synergy")])
    );
    // The report reads files the same way: it counts them as unreadable and goes on.
    let report = run_bounded(
        dir.path(),
        &["report", "--format", "json", "."],
        std::process::Stdio::null(),
    );
    report.expect_code(0);
    assert_eq!(report.json()["files_unreadable"], 2, "{}", report.stderr);
    assert!(report
        .stderr
        .contains("skipped long.md: a line is longer than 1 MiB"));
}

#[test]
fn endless_standard_input_is_refused_at_the_document_limit() {
    let dir = tree_with_one_finding();
    for device in ["/dev/zero", "/dev/urandom"] {
        let stdin = std::fs::File::open(device).expect("open device");
        let run = run_bounded(dir.path(), &["check", "--stdin"], stdin.into());
        run.expect_code(2);
        assert!(
            run.stderr
                .contains("cannot read standard input: larger than 100 MiB"),
            "{device}: {}",
            run.stderr
        );
    }
    let run = run_bounded(
        dir.path(),
        &["check", "--stdin", "--stdin-filename", "long.md"],
        {
            long_line(&dir.path().join("long.md"));
            std::fs::File::open(dir.path().join("long.md"))
                .expect("open")
                .into()
        },
    );
    run.expect_code(2);
    assert!(
        run.stderr.contains("a line is longer than 1 MiB"),
        "{}",
        run.stderr
    );
}

/// `--fix` reads files through the same reader: a named FIFO among the files neither blocks the
/// fix nor stops the other file from being fixed.
#[test]
fn fix_skips_special_files_and_fixes_the_rest() {
    let dir = git_tempdir();
    common::write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - {term: leverage, replacement: use}\n",
    );
    common::write(dir.path(), "good.md", "We leverage it.\n");
    mkfifo(&dir.path().join("pipe.md"));
    let run = run_bounded(
        dir.path(),
        &["check", "--unsafe-fixes", "pipe.md", "good.md"],
        std::process::Stdio::null(),
    );
    run.expect_code(2);
    assert!(run.stderr.contains("skipped pipe.md: not a regular file"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("good.md")).expect("read"),
        "We use it.\n"
    );
}

// ---------------------------------------------------------------------------------------------
// Invisible characters inside banned words

#[test]
fn banned_words_are_found_through_soft_hyphens_and_zero_width_characters() {
    let dir = scratch();
    let invisible = [
        "\u{ad}", "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}",
    ];
    let mut text = String::new();
    for mark in invisible {
        text.push_str(&format!("We lev{mark}era{mark}ge syn{mark}ergy.\n"));
    }
    // Read as one word, "xxsynergy" is not the banned word.
    text.push_str("Not xx\u{ad}synergy nor syn\u{200b}ergyx.\n");
    common::write(dir.path(), "invisible.md", &text);
    let run = run_in(dir.path(), &["check", "--format", "json", "invisible.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(dir.path(), &report);
    let matched: Vec<String> = common::triples(&report)
        .into_iter()
        .map(|(_, rule, matched)| format!("{rule}: {matched}"))
        .collect();
    let mut expected = Vec::new();
    for mark in invisible {
        expected.push(format!("banned-term: lev{mark}era{mark}ge"));
        expected.push(format!("banned-term: syn{mark}ergy"));
    }
    assert_eq!(matched, expected);
    // The fix replaces the whole word, invisible characters and all.
    let fixed = run_stdin_in(
        dir.path(),
        &[
            "check",
            "--unsafe-fixes",
            "--stdin",
            "--stdin-filename",
            "invisible.md",
        ],
        text.clone(),
    );
    let expected_text: String = invisible
        .iter()
        .map(|mark| format!("We use syn{mark}ergy.\n"))
        .chain(["Not xx\u{ad}synergy nor syn\u{200b}ergyx.\n".to_string()])
        .collect();
    assert_eq!(fixed.stdout, expected_text, "{}", fixed.stderr);
}

#[test]
fn banned_patterns_see_through_invisible_characters_too() {
    let dir = scratch();
    common::write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - {pattern: '\\bbest[- ]in[- ]class\\b', reason: Superlative}\n",
    );
    let text =
        "A best-in-cl\u{ad}ass team.\nA best-in-class\u{200b} one.\nNot bestin\u{ad}class.\n";
    common::write(dir.path(), "p.md", text);
    let run = run_in(dir.path(), &["check", "--format", "json", "p.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(dir.path(), &report);
    let matched: Vec<String> = common::triples(&report)
        .into_iter()
        .map(|(_, _, matched)| matched)
        .collect();
    // The soft hyphen inside the match is part of it; the zero-width space after it is not.
    assert_eq!(matched, ["best-in-cl\u{ad}ass", "best-in-class"]);
}

// ---------------------------------------------------------------------------------------------
// Comments and MDX expressions that are never closed

/// (line, rule, matched, suggestion) of every finding.
fn located(run: &Run) -> Vec<(u64, String, String, Option<String>)> {
    findings(&run.json())
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap_or_default(),
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["matched"].as_str().unwrap_or_default().to_string(),
                f["suggestion"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn row(
    line: u64,
    rule: &str,
    matched: &str,
    suggestion: Option<&str>,
) -> (u64, String, String, Option<String>) {
    (
        line,
        rule.into(),
        matched.into(),
        suggestion.map(str::to_string),
    )
}

#[test]
fn unclosed_comments_and_expressions_are_reported_and_the_rest_is_checked() {
    let dir = root().join(FIXTURE);
    let check = |name: &str| {
        let run = run_in(&dir, &["check", "--format", "json", name]);
        run.expect_code(1);
        assert_positions(&dir, &run.json());
        located(&run)
    };
    // The directive is not applied, and the text after its paragraph is checked.
    assert_eq!(
        check("unclosed-directive.md"),
        [
            row(
                3,
                "invalid-suppression",
                "<!-- onmessage-disable-next-line banned-term",
                Some("<!-- onmessage-disable-next-line banned-term -->")
            ),
            row(6, "banned-term", "synergy", None),
        ]
    );
    assert_eq!(
        check("unclosed-comment.md"),
        [
            row(
                1,
                "partial-check",
                "<!-- draft: the price",
                Some("<!-- draft: the price -->")
            ),
            row(4, "banned-term", "leverage", Some("use")),
        ]
    );
    assert_eq!(
        check("unclosed.mdx"),
        [
            row(3, "partial-check", "{props.name, and more", None),
            row(5, "banned-term", "leverage", Some("use")),
            row(5, "banned-term", "synergy", None),
            row(7, "banned-term", "synergy", None),
        ]
    );
    assert_eq!(
        check("unclosed-directive.mdx"),
        [
            row(
                1,
                "invalid-suppression",
                "{/* onmessage-disable-file",
                Some("{/* onmessage-disable-file */}")
            ),
            row(3, "banned-term", "leverage", Some("use")),
            row(3, "banned-term", "synergy", None),
        ]
    );
}

#[test]
fn comment_openings_in_code_are_not_comments() {
    let dir = scratch();
    let text = "Use `<!--` to open a comment.\n\n```html\n<!-- in a fence\n```\n\nOur synergy.\n";
    common::write(dir.path(), "code.md", text);
    let run = run_in(dir.path(), &["check", "--format", "json", "code.md"]);
    run.expect_code(1);
    assert_eq!(located(&run), [row(7, "banned-term", "synergy", None)]);
}

// ---------------------------------------------------------------------------------------------
// More findings than a file reports

use onmessage::limits::MAX_FINDINGS_PER_FILE;

#[test]
fn findings_past_the_cap_are_counted_in_one_partial_check_finding() {
    let dir = scratch();
    // Ten suppressed findings, then the cap and 500 more, ten to a line.
    let mut text = String::from("<!-- onmessage-disable-next-line banned-term -->\n");
    let lines = (MAX_FINDINGS_PER_FILE + 500) / 10;
    for _ in 0..=lines {
        text.push_str(&"synergy ".repeat(10));
        text.push('\n');
    }
    common::write(dir.path(), "many.md", &text);
    let run = run_in(dir.path(), &["check", "--format", "json", "many.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(dir.path(), &report);
    let all = findings(&report);
    assert_eq!(all.len(), MAX_FINDINGS_PER_FILE + 1);
    assert!(all[..MAX_FINDINGS_PER_FILE]
        .iter()
        .all(|f| f["rule"] == "banned-term"));
    let summary = &all[MAX_FINDINGS_PER_FILE];
    assert_eq!(summary["rule"], "partial-check");
    assert_eq!(summary["matched"], "");
    // The first finding not shown: line 2 is suppressed, so it is on line 3 + cap / 10.
    let first_hidden = 3 + MAX_FINDINGS_PER_FILE / 10;
    assert_eq!(
        (&summary["line"], &summary["column"]),
        (&first_hidden.into(), &1.into())
    );
    let message = summary["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("500 more findings from here on are not shown"),
        "{message}"
    );
    // Every format carries it.
    for format in ["human", "github", "sarif"] {
        let run = run_in(dir.path(), &["check", "--format", format, "many.md"]);
        run.expect_code(1);
        assert!(run.stdout.contains("partial-check"), "{format}");
        assert!(run.stdout.contains("500 more findings"), "{format}");
    }
}

#[test]
fn one_long_line_of_findings_is_capped_too() {
    let dir = scratch();
    let count = 20 * MAX_FINDINGS_PER_FILE;
    common::write(dir.path(), "line.md", "synergy ".repeat(count) + "\n");
    let run = run_in(dir.path(), &["check", "--format", "json", "line.md"]);
    run.expect_code(1);
    let report = run.json();
    let all = findings(&report);
    assert_eq!(all.len(), MAX_FINDINGS_PER_FILE + 1);
    let summary = &all[MAX_FINDINGS_PER_FILE];
    assert_eq!(summary["rule"], "partial-check");
    assert_eq!(
        summary["column"],
        8 * MAX_FINDINGS_PER_FILE + 1,
        "at the first finding not shown"
    );
    let message = summary["message"].as_str().unwrap_or_default();
    let hidden = count - MAX_FINDINGS_PER_FILE;
    assert!(
        message.starts_with(&format!("{hidden} more findings")),
        "{message}"
    );
}

/// Thousands of suppression comments: each silences its own line, the unused ones are reported
/// (and count towards the cap like any finding).
#[test]
fn thousands_of_suppressions_each_silence_their_line() {
    let dir = scratch();
    let pairs = 3_000;
    let mut text = "<!-- onmessage-disable-next-line banned-term -->\nsynergy\n\n".repeat(pairs);
    text.push_str("<!-- onmessage-disable-next-line brand-name -->\nOur synergy.\n");
    common::write(dir.path(), "suppressed.md", &text);
    let run = run_in(dir.path(), &["check", "--format", "json", "suppressed.md"]);
    run.expect_code(1);
    assert_eq!(
        located(&run),
        [
            row(
                3 * pairs as u64 + 1,
                "unused-suppression",
                "<!-- onmessage-disable-next-line brand-name -->",
                None
            ),
            row(3 * pairs as u64 + 2, "banned-term", "synergy", None),
        ]
    );
}

/// Stacked directives all reach the first line of text below them; the first silences the
/// finding, the others are unused, and past the cap they are counted like any finding.
#[test]
fn thousands_of_stacked_suppressions_reach_the_text_below() {
    let dir = scratch();
    let stacked = 3 * MAX_FINDINGS_PER_FILE;
    let mut text = "<!-- onmessage-disable-next-line banned-term -->\n".repeat(stacked);
    text.push_str("Our synergy.\n");
    common::write(dir.path(), "stacked.md", &text);
    let run = run_in(dir.path(), &["check", "--format", "json", "stacked.md"]);
    run.expect_code(0);
    let report = run.json();
    let all = findings(&report);
    assert_eq!(all.len(), MAX_FINDINGS_PER_FILE + 1);
    // The first directive silenced "synergy": the unused ones start on line 2.
    assert_eq!(all[0]["line"], 2);
    assert!(all[..MAX_FINDINGS_PER_FILE]
        .iter()
        .all(|f| f["rule"] == "unused-suppression"));
    let summary = &all[MAX_FINDINGS_PER_FILE];
    assert_eq!(summary["rule"], "partial-check");
    assert_eq!(summary["line"], MAX_FINDINGS_PER_FILE + 2);
    let hidden = stacked - 1 - MAX_FINDINGS_PER_FILE;
    let message = summary["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with(&format!("{hidden} more findings")),
        "{message}"
    );
}
