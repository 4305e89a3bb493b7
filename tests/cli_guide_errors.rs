//! Invalid guides: each folder under `fixtures/guide-errors/` holds one broken
//! `message-guide.yml` and a `doc.md` it would apply to. Every one must stop the check with
//! exit 2 and a miette diagnostic on stderr that says what is wrong, where, and how to fix it —
//! never a panic.

mod common;

use common::{root, run, run_in, write};

/// One broken guide: folder, message, 1-based line and column the diagnostic points at, and the
/// help line (`None` where the diagnostic has none).
struct Case {
    folder: &'static str,
    message: &'static str,
    line: usize,
    column: usize,
    help: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        folder: "bad-team",
        message: "channels.sales-script.team: unknown variant `sale`, expected `sales` or `marketing`",
        line: 3,
        column: 45,
        help: Some("did you mean `sales`?"),
    },
    Case {
        folder: "unknown-requirement",
        message: "unknown phrase id `taglin`",
        line: 7,
        column: 15,
        help: Some("did you mean `phrase:tagline`?"),
    },
    Case {
        folder: "channel-subtree",
        message: "`sales/calls/**` is already covered by channel `sales-script`",
        line: 4,
        column: 24,
        help: Some("the first matching channel wins: remove this glob or narrow the earlier one"),
    },
    Case {
        folder: "bad-threshold",
        message: "threshold 80 is outside 0..1",
        line: 5,
        column: 45,
        help: Some("a similarity threshold is a number from 0 (anything) to 1 (exact); the default is 0.8"),
    },
    Case {
        folder: "unapproved-claim-entry",
        message: "`fast shipping` holds no claim",
        line: 3,
        column: 32,
        help: Some("a claim is a number with what it counts: \"30-day returns\", \"$500 off\""),
    },
    Case {
        folder: "unknown-key",
        message: "unknown field `termz`, expected one of `version`, `extends`",
        line: 2,
        column: 1,
        help: Some("did you mean `terms`?"),
    },
    Case {
        folder: "unknown-pack",
        message: "unknown pack `jargn`",
        line: 2,
        column: 11,
        help: Some("did you mean `jargon`? Built-in packs: jargon, hype, literal-prone"),
    },
    Case {
        folder: "bad-regex",
        message: "the pattern does not compile",
        line: 4,
        column: 14,
        help: Some("unclosed group (patterns use the Rust regex crate's syntax)"),
    },
    Case {
        folder: "duplicate-inflection",
        message: "`leveraging` duplicates `leverage`: both match \"leveraging\"",
        line: 4,
        column: 11,
        help: Some(
            "list each term once; inflections are matched automatically (`exact: true` turns them off)",
        ),
    },
    Case {
        folder: "unknown-rule",
        message: "unknown rule `banned-terms`",
        line: 3,
        column: 3,
        help: Some("did you mean `banned-term`?"),
    },
    Case {
        folder: "bad-level",
        message: "unknown variant `warnig`, expected one of `error`, `warning`, `info`, `off`",
        line: 3,
        column: 16,
        help: Some("did you mean `warning`?"),
    },
    Case {
        folder: "yaml-syntax",
        message: "did not find expected '-' indicator",
        line: 4,
        column: 4,
        help: None,
    },
    Case {
        folder: "punctuation-brand",
        message: "brand name ` - ` can never match: it has no letter or digit",
        line: 3,
        column: 17,
        help: Some("text is matched word by word, and punctuation alone is no word"),
    },
    Case {
        folder: "never-match-term",
        message: "the term `--` can never match: it has no letter or digit",
        line: 4,
        column: 26,
        help: Some("text is matched word by word, and punctuation alone is no word"),
    },
    Case {
        folder: "pattern-replacement",
        message: "the suggested wording `big data` is itself matched by the banned pattern `\\bdata\\b`",
        line: 4,
        column: 18,
        help: Some("a suggestion must be a word the guide accepts, so fixes settle in one step"),
    },
    Case {
        folder: "duplicate-key",
        message: "channels: duplicate key `sheet`",
        line: 5,
        column: 3,
        help: None,
    },
    Case {
        folder: "duplicate-field",
        message: "banned[0]: duplicate field `reason`",
        line: 5,
        column: 5,
        help: None,
    },
    Case {
        folder: "long-phrase",
        message: "the approved phrase has 31 words, more than 30",
        line: 4,
        column: 11,
        help: Some("an approved phrase is a tagline, not a paragraph: at most 30 words"),
    },
    Case {
        folder: "too-deep",
        message: "the guide nests deeper than 32 levels",
        line: 3,
        column: 40,
        help: Some("a guide needs four levels at most"),
    },
    Case {
        folder: "version-2",
        message: "unsupported guide version 2",
        line: 1,
        column: 10,
        help: Some("this onmessage reads `version: 1` guides"),
    },
    Case {
        folder: "unknown-pack-entry",
        message: "unknown pack `hyp`",
        line: 4,
        column: 12,
        help: Some("did you mean `hype`? Built-in packs: jargon, hype, literal-prone"),
    },
    Case {
        folder: "unknown-except",
        message: "`seamles` is not a term of the `hype` pack",
        line: 2,
        column: 51,
        help: Some("did you mean `seamless`?"),
    },
    Case {
        folder: "except-other-pack",
        message: "`leverage` is not a term of the `hype` pack",
        line: 2,
        column: 33,
        help: Some("`leverage` is in the `jargon` pack: list it under that pack's `except`"),
    },
    Case {
        folder: "firing-counter-example",
        message: "this counter-example is flagged: its own entry matches",
        line: 6,
        column: 9,
        help: Some("a counter-example must stay quiet: reword the entry, or add `unless_near`"),
    },
    Case {
        folder: "firing-term-counter-example",
        message: "this counter-example is flagged: its own entry matches",
        line: 5,
        column: 24,
        help: Some("a counter-example must stay quiet"),
    },
    Case {
        folder: "channel-unknown-rule",
        message: "unknown rule `unaproved-claim`",
        line: 5,
        column: 13,
        help: Some("did you mean `unapproved-claim`?"),
    },
    Case {
        folder: "override-unknown-rule",
        message: "unknown rule `brand-names`",
        line: 5,
        column: 7,
        help: Some("did you mean `brand-name`?"),
    },
    Case {
        folder: "override-bad-level",
        message: "overrides[0].rules.unapproved-claim: unknown variant `of`, expected one of",
        line: 4,
        column: 31,
        help: Some("did you mean `off`?"),
    },
    Case {
        folder: "channel-threshold",
        message: "a channel or override sets rule levels only",
        line: 5,
        column: 28,
        help: Some("set `threshold` in the top-level `rules`, or on the phrase"),
    },
    Case {
        folder: "override-no-paths",
        message: "overrides[0]: missing field `paths`",
        line: 3,
        column: 5,
        help: None,
    },
];

/// Every case, in both output formats; all failures are collected so one run shows them all.
#[test]
fn invalid_guides_exit_2_with_a_located_diagnostic() {
    let mut failures = Vec::new();
    for case in CASES {
        let folder = format!("fixtures/guide-errors/{}", case.folder);
        for format in ["human", "json"] {
            let run = run(&["check", "--format", format, &folder]);
            let mut fail = |what: String| {
                failures.push(format!(
                    "{} ({format}): {what}\n--- stderr\n{}",
                    case.folder, run.stderr
                ))
            };
            if run.code != 2 {
                fail(format!("exit code {}, expected 2", run.code));
            }
            // Human output prints nothing when nothing was checked; JSON is always one object.
            let expected_stdout = match format {
                "json" => "{\n  \"version\": 1,\n  \"findings\": [],\n  \"files_checked\": 0\n}\n",
                _ => "",
            };
            if run.stdout != expected_stdout {
                fail(format!(
                    "nothing was checked, yet stdout is {:?}",
                    run.stdout
                ));
            }
            if !run.stderr.contains(case.message) {
                fail(format!("no message {:?}", case.message));
            }
            let header = format!(
                "{}/message-guide.yml:{}:{}]",
                case.folder, case.line, case.column
            );
            let header_line = run.stderr.lines().find(|l| l.contains("╭─["));
            if !header_line.is_some_and(|l| l.ends_with(&header)) {
                fail(format!("header {header_line:?} should end with {header:?}"));
            }
            match case.help {
                Some(help) if !run.stderr.contains(&format!("help: {help}")) => {
                    fail(format!("no help {help:?}"))
                }
                None if run.stderr.contains("help:") => fail("unexpected help".to_string()),
                _ => {}
            }
            if !run.stderr.contains("onmessage::invalid_guide") {
                fail("no diagnostic code onmessage::invalid_guide".to_string());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The diagnostic names the guide the way findings name files: relative to the working
/// directory, so the output is the same on every machine.
#[test]
fn guide_diagnostics_name_the_guide_relative_to_the_working_directory() {
    let from_root = run(&["check", "fixtures/guide-errors/unknown-key"]);
    from_root.expect_code(2);
    assert!(
        from_root
            .stderr
            .contains("╭─[fixtures/guide-errors/unknown-key/message-guide.yml:2:1]"),
        "{}",
        from_root.stderr
    );
    let inside = run_in(
        root().join("fixtures/guide-errors/unknown-key"),
        &["check", "doc.md"],
    );
    inside.expect_code(2);
    assert!(
        inside.stderr.contains("╭─[message-guide.yml:2:1]"),
        "{}",
        inside.stderr
    );
    let absolute = root().display().to_string();
    for stderr in [&from_root.stderr, &inside.stderr] {
        assert!(
            !stderr.contains(&absolute),
            "absolute path in the diagnostic:\n{stderr}"
        );
    }
}

/// An empty guide has nothing to point at, but the diagnostic must still say which file it is.
#[test]
fn empty_guide_diagnostic_names_the_file() {
    let run = run(&["check", "fixtures/guide-errors/empty"]);
    run.expect_code(2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("the guide is empty"), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "help: a guide needs at least `version: 1`; run `onmessage init` for a starter"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("guide-errors/empty/message-guide.yml"),
        "the diagnostic does not say which guide is empty:\n{}",
        run.stderr
    );
}

#[test]
fn unknown_key_diagnostic() {
    let run = run(&["check", "fixtures/guide-errors/unknown-key"]);
    insta::assert_snapshot!("unknown_key_diagnostic", run.stderr);
}

#[test]
fn bad_regex_diagnostic() {
    let run = run(&["check", "fixtures/guide-errors/bad-regex"]);
    insta::assert_snapshot!("bad_regex_diagnostic", run.stderr);
}

#[test]
fn duplicate_inflection_diagnostic() {
    let run = run(&["check", "fixtures/guide-errors/duplicate-inflection"]);
    insta::assert_snapshot!("duplicate_inflection_diagnostic", run.stderr);
}

#[test]
fn yaml_syntax_diagnostic() {
    let run = run(&["check", "fixtures/guide-errors/yaml-syntax"]);
    insta::assert_snapshot!("yaml_syntax_diagnostic", run.stderr);
}

/// A broken guide stops only the files it governs: other paths are still checked and reported,
/// and the exit code is 2 (an error wins over findings).
#[test]
fn a_broken_guide_does_not_stop_other_folders() {
    let run = run(&[
        "check",
        "--format",
        "json",
        "fixtures/guide-errors/unknown-pack",
        "fixtures/brand-name/fires.md",
    ]);
    run.expect_code(2);
    let report = run.json();
    assert_eq!(report["files_checked"], 1);
    assert_eq!(common::findings(&report).len(), 6, "{}", run.stdout);
    assert!(
        run.stderr.contains("unknown pack `jargn`"),
        "{}",
        run.stderr
    );
}

/// Many files under one broken guide: the diagnostic is printed once, not once per file.
#[test]
fn a_broken_guide_is_reported_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nextends: [jargn]\n",
    );
    for name in ["a.md", "b.md", "sub/c.md", "sub/d.txt"] {
        write(dir.path(), name, "We leverage synergy.\n");
    }
    let run = run_in(dir.path(), &["check", "."]);
    run.expect_code(2);
    assert_eq!(
        run.stderr.matches("unknown pack `jargn`").count(),
        1,
        "{}",
        run.stderr
    );
}

/// `--guide` with a broken or missing file fails before anything is checked.
#[test]
fn broken_or_missing_guide_flag() {
    let broken = run(&[
        "check",
        "--guide",
        "fixtures/guide-errors/version-2/message-guide.yml",
        "fixtures/brand-name",
    ]);
    broken.expect_code(2);
    assert_eq!(broken.stdout, "");
    assert!(
        broken
            .stderr
            .contains("╭─[fixtures/guide-errors/version-2/message-guide.yml:1:10]"),
        "{}",
        broken.stderr
    );

    let missing = run(&[
        "check",
        "--guide",
        "no-such-guide.yml",
        "fixtures/brand-name",
    ]);
    missing.expect_code(2);
    assert_eq!(missing.stdout, "");
    assert!(
        missing
            .stderr
            .contains("cannot read guide no-such-guide.yml"),
        "{}",
        missing.stderr
    );
}

/// An `overrides` glob that matches no file under the guide's folder is a located warning on
/// stderr, not an error: the check runs and exits by its findings.
#[test]
fn an_override_glob_that_matches_nothing_is_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned: [{term: synergy}]\noverrides:\n  - paths: [\"handbook/**\", \"hanbook/**\"]\n    rules: {banned-term: off}\n",
    );
    write(dir.path(), "handbook/leave.md", "Our synergy is great.\n");
    write(dir.path(), "blog/post.md", "Our synergy is great.\n");
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(1);
    let paths: Vec<String> = common::findings(&run.json())
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        paths,
        ["blog/post.md"],
        "the override turns the rule off in handbook/ only"
    );
    assert!(
        run.stderr
            .contains("`hanbook/**` matches no file under the guide's folder"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("message-guide.yml:4:28]"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("onmessage::guide_warning"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("`handbook/**` matches no file"),
        "{}",
        run.stderr
    );
    // Once per run, not once per file.
    assert_eq!(
        run.stderr.matches("matches no file").count(),
        1,
        "{}",
        run.stderr
    );
}
