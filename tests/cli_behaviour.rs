//! Command-line behaviour: exit codes, --fail-on, --quiet, paths in reports, ordering, the
//! `rules`, `explain` and `init` commands, closed pipes, ignore files, hidden files and guide
//! discovery.

mod common;

use common::{git_tempdir, owned, root, run, run_in, triples, write, Run, SMALL_GUIDE};
use onmessage::registry::RULES;
use onmessage::Level;
use serde_json::json;

/// A level as `onmessage rules` prints it.
fn level_name(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "info",
        Level::Off => "off",
    }
}

// ---------------------------------------------------------------------------------------------
// Exit codes

/// (arguments after `check`, expected exit code). Paths are relative to the crate root.
const EXIT_CODES: &[(&[&str], i32)] = &[
    // Clean files: 0, whatever --fail-on says.
    (&["fixtures/brand-name/clean.md"], 0),
    (&["fixtures/brand-name/clean.md", "--fail-on", "info"], 0),
    // Errors fail by default (--fail-on error).
    (&["fixtures/brand-name"], 1),
    (&["fixtures/brand-name", "--fail-on", "error"], 1),
    (&["fixtures/brand-name", "--fail-on", "warning"], 1),
    (&["fixtures/brand-name", "--fail-on", "never"], 0),
    // Warnings only: fail from --fail-on warning down.
    (&["fixtures/preferred-term"], 0),
    (&["fixtures/preferred-term", "--fail-on", "warning"], 1),
    (&["fixtures/preferred-term", "--fail-on", "info"], 1),
    (&["fixtures/preferred-term", "--fail-on", "never"], 0),
    // An info finding fails only with --fail-on info.
    (&["fixtures/levels/info.md"], 0),
    (&["fixtures/levels/info.md", "--fail-on", "warning"], 0),
    (&["fixtures/levels/info.md", "--fail-on", "info"], 1),
    // A rule set to `off` reports nothing at any --fail-on.
    (&["fixtures/levels/off.md", "--fail-on", "info"], 0),
    // A missing named path is an error, and an error wins over findings.
    (&["no-such-file.md"], 2),
    (&["fixtures/brand-name/clean.md", "no-such-file.md"], 2),
    (&["fixtures/brand-name", "no-such-folder"], 2),
    (
        &[
            "no-such-folder",
            "fixtures/brand-name",
            "--fail-on",
            "never",
        ],
        2,
    ),
    // Bad arguments are usage errors.
    (&["fixtures/brand-name", "--fail-on", "sometimes"], 2),
    (&["fixtures/brand-name", "--colour", "never"], 2),
];

#[test]
fn exit_codes() {
    let mut failures = Vec::new();
    for (args, code) in EXIT_CODES {
        for format in ["human", "json"] {
            let mut full = vec!["check", "--format", format];
            full.extend_from_slice(args);
            let run = run(&full);
            if run.code != *code {
                failures.push(format!(
                    "onmessage {}: exit {} (expected {code})\n{}{}",
                    full.join(" "),
                    run.code,
                    run.stdout,
                    run.stderr
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A missing path is named on stderr; the other paths are still checked and reported.
#[test]
fn missing_path_still_reports_the_other_paths() {
    let run = run(&[
        "check",
        "--format",
        "json",
        "fixtures/levels/warning.md",
        "no-such-file.md",
    ]);
    run.expect_code(2);
    assert_eq!(
        triples(&run.json()),
        owned(&[("fixtures/levels/warning.md", "preferred-term", "clients")])
    );
    assert_eq!(
        run.stderr,
        "onmessage: no-such-file.md: no such file or folder\n"
    );

    let human = common::run(&[
        "check",
        "--quiet",
        "fixtures/brand-name/fires.md",
        "no-such-file.md",
    ]);
    human.expect_code(2);
    assert_eq!(human.stdout, "6 errors in 1 of 1 file\n");
    assert_eq!(
        human.stderr,
        "onmessage: no-such-file.md: no such file or folder\n"
    );
}

// ---------------------------------------------------------------------------------------------
// Output

#[test]
fn quiet_prints_only_the_summary_line() {
    let cases: &[(&[&str], &str, i32)] = &[
        (
            &["fixtures/demo"],
            "19 errors, 16 warnings, 3 infos in 10 of 14 files\n",
            1,
        ),
        (
            &["fixtures/preferred-term"],
            "5 warnings in 1 of 2 files\n",
            0,
        ),
        (
            &["fixtures/levels"],
            "1 warning, 1 info in 2 of 3 files\n",
            0,
        ),
        (
            &["fixtures/brand-name/clean.md"],
            "No findings in 1 file\n",
            0,
        ),
        (
            &["fixtures/discovery/drafts"],
            "No findings in 0 files\n",
            0,
        ),
    ];
    for (paths, summary, code) in cases {
        for quiet in ["--quiet", "-q"] {
            let mut args = vec!["check", quiet];
            args.extend_from_slice(paths);
            let run = run(&args);
            run.expect_code(*code);
            assert_eq!(run.stdout, *summary, "{args:?}");
            assert_eq!(run.stderr, "", "{args:?}");
        }
    }
}

/// Run from inside a fixture, JSON paths are relative to it: no `./`, forward slashes.
#[test]
fn json_paths_are_clean_relative_paths() {
    let demo = root().join("fixtures/demo");
    for args in [
        &["check", "--format", "json"][..],
        &["check", "--format", "json", "."],
        &["check", "--format", "json", "./"],
        &[
            "check",
            "--format",
            "json",
            "./campaigns",
            "sales",
            "./sell-sheets/",
        ],
    ] {
        let run = run_in(&demo, args);
        run.expect_code(1);
        let report = run.json();
        let mut paths: Vec<String> = triples(&report).into_iter().map(|(p, _, _)| p).collect();
        paths.dedup();
        assert_eq!(
            paths,
            [
                "campaigns/back-to-school.md",
                "campaigns/gaming/lan-weekend.md",
                "campaigns/spring-sale.txt",
                "campaigns/student-week.html",
                "sales/call-script.md",
                "sales/small-office-deck.pptx",
                "sell-sheets/business-laptops.md",
                "sell-sheets/gaming-laptops.md",
                "sell-sheets/holiday-bundles.md",
                "sell-sheets/student-laptops.docx",
            ],
            "{args:?}"
        );
        common::assert_positions(&demo, &report);
    }
}

/// Findings come sorted by path, then position, however the paths are given and whatever
/// order the threads finish in.
#[test]
fn order_is_deterministic() {
    let sorted = run(&["check", "--format", "json", "fixtures"]);
    let report = sorted.json();
    let keys: Vec<(String, u64, u64)> = common::findings(&report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
                f["column"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    let mut expected = keys.clone();
    expected.sort();
    assert_eq!(keys, expected, "findings sorted by path, line, column");
    assert!(
        keys.len() > 40,
        "the whole fixtures folder has many findings"
    );

    for _ in 0..5 {
        let again = run(&["check", "--format", "json", "fixtures"]);
        assert_eq!(again.stdout, sorted.stdout, "same report on every run");
    }

    let forward = run(&[
        "check",
        "--color",
        "never",
        "fixtures/brand-name",
        "fixtures/preferred-term",
        "fixtures/banned-term/fires.md",
    ]);
    let backward = run(&[
        "check",
        "--color",
        "never",
        "fixtures/banned-term/fires.md",
        "fixtures/preferred-term",
        "fixtures/brand-name",
        // Named twice: reported once.
        "fixtures/brand-name/fires.md",
    ]);
    assert_eq!(forward.stdout, backward.stdout);
    assert!(forward
        .stdout
        .ends_with("17 errors, 5 warnings in 3 of 5 files\n"));
}

#[test]
fn color_always_and_never() {
    let always = run(&["check", "--color", "always", "fixtures/levels/warning.md"]);
    assert!(always.stdout.contains("\u{1b}["), "{:?}", always.stdout);
    for args in [
        &["check", "--color", "never", "fixtures/levels/warning.md"][..],
        // auto: stdout is not a terminal here (and NO_COLOR is set).
        &["check", "fixtures/levels/warning.md"],
    ] {
        let run = run(args);
        assert!(!run.stdout.contains('\u{1b}'), "{args:?}: {:?}", run.stdout);
    }
}

// ---------------------------------------------------------------------------------------------
// rules, explain, init

#[test]
fn rules_lists_every_rule_with_its_level() {
    let run = run(&["rules"]);
    run.expect_code(0);
    let rows: Vec<(String, String)> = run
        .stdout
        .lines()
        .map(|line| {
            let mut cols = line.split_whitespace();
            (
                cols.next().unwrap_or_default().to_string(),
                cols.next().unwrap_or_default().to_string(),
            )
        })
        .collect();
    // Every rule in the registry, in its order, at its default level.
    let expected: Vec<(String, String)> = RULES
        .iter()
        .map(|r| (r.id.to_string(), level_name(r.default_level).to_string()))
        .collect();
    assert_eq!(rows, expected);
    insta::assert_snapshot!("rules", run.stdout);
}

#[test]
fn explain_prints_what_why_and_an_example() {
    for rule in RULES.iter().map(|r| r.id.as_str()) {
        let run = run(&["explain", rule]);
        run.expect_code(0);
        assert!(
            run.stdout.starts_with(&format!("{rule} (default: ")),
            "{}",
            run.stdout
        );
        for heading in ["\nWhat it does\n", "\nWhy it matters\n", "\nExample\n"] {
            assert!(run.stdout.contains(heading), "{rule}: no {heading:?}");
        }
        // The example really runs: it shows the finding it produces.
        assert!(
            run.stdout.contains(&format!("({rule}): ")),
            "{rule}: the example reports nothing\n{}",
            run.stdout
        );
        assert_eq!(run.stderr, "");
    }
    let run = run(&["explain", "banned-term"]);
    insta::assert_snapshot!("explain_banned_term", run.stdout);
}

#[test]
fn explain_unknown_rule_suggests_the_closest() {
    let run = run(&["explain", "banned-terms"]);
    run.expect_code(2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "onmessage: unknown rule `banned-terms`; did you mean `banned-term`?\n"
    );

    let far = common::run(&["explain", "grammar"]);
    far.expect_code(2);
    assert!(
        far.stderr.contains("`onmessage rules` lists every rule"),
        "{}",
        far.stderr
    );
}

#[test]
fn init_writes_a_guide_that_check_accepts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = dir.path().join("message-guide.yml");
    let starter = std::fs::read_to_string(root().join("src/cli/starter-guide.yml"))
        .expect("read the starter guide");

    let init = run_in(dir.path(), &["init"]);
    init.expect_code(0);
    assert!(init.stdout.contains("message-guide.yml"), "{}", init.stdout);
    assert_eq!(
        std::fs::read_to_string(&guide).expect("init wrote the guide"),
        starter
    );

    // The starter guide loads: check runs on a clean and a dirty file, never exit 2.
    write(dir.path(), "clean.md", "# Hello\n\nNothing to see here.\n");
    let clean = run_in(dir.path(), &["check", "--format", "json", "clean.md"]);
    clean.expect_code(0);
    write(
        dir.path(),
        "dirty.md",
        "Our clients love the synergy of cheap Acme parts.\n",
    );
    let dirty = run_in(dir.path(), &["check", "--format", "json", "."]);
    dirty.expect_code(1);
    assert_eq!(
        triples(&dirty.json()),
        owned(&[
            ("dirty.md", "preferred-term", "clients"),
            ("dirty.md", "banned-term", "synergy"),
            ("dirty.md", "banned-term", "cheap"),
        ])
    );
    assert_eq!(dirty.stderr, "", "a guide was found: no built-in hint");

    // A second init refuses to overwrite (even a file it did not write).
    std::fs::write(&guide, "version: 1\n# mine\n").expect("edit the guide");
    let again = run_in(dir.path(), &["init"]);
    again.expect_code(2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(
        std::fs::read_to_string(&guide).expect("read guide"),
        "version: 1\n# mine\n"
    );

    let forced = run_in(dir.path(), &["init", "--force"]);
    forced.expect_code(0);
    assert_eq!(
        std::fs::read_to_string(&guide).expect("read guide"),
        starter
    );
}

#[cfg(unix)]
#[test]
fn init_never_writes_through_a_dangling_symlink() {
    let dir = tempfile::tempdir().expect("temp dir");
    let elsewhere = dir.path().join("elsewhere.yml");
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("message-guide.yml")).expect("link");
    // The name is taken, even though `exists()` says no for a dangling link.
    let plain = run_in(dir.path(), &["init"]);
    plain.expect_code(2);
    assert!(plain.stderr.contains("already exists"), "{}", plain.stderr);
    // --force replaces files atomically and refuses to create a link's missing target.
    let forced = run_in(dir.path(), &["init", "--force"]);
    forced.expect_code(2);
    assert!(
        !elsewhere.exists(),
        "init created the file a dangling link pointed at"
    );
}

// ---------------------------------------------------------------------------------------------
// Closed pipes

/// `onmessage … | head -1` in `dir`: returns head's output, onmessage's stderr and its exit code.
fn piped_to_head(dir: &std::path::Path, args: &str) -> (String, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("onmessage");
    let script = format!("{{ \"$0\" {args} 2>stderr.txt; echo $? >status.txt; }} | head -1",);
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg(&bin)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        read("stderr.txt") + &String::from_utf8_lossy(&output.stderr),
        read("status.txt").trim().to_string(),
    )
}

#[test]
fn closed_stdout_is_not_an_error() {
    // The demo, as the brief's one-liner runs it.
    let bin = assert_cmd::cargo::cargo_bin("onmessage");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg("\"$0\" check --color never fixtures/demo | head -1")
        .arg(&bin)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stdout, "error(brand-name)\n");
    common::assert_no_panic(&stdout, &stderr);
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    assert_eq!(stderr, "");

    // A report far larger than a pipe buffer, so the write really fails; in both formats the
    // exit code is still the one for the findings.
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    let text: String = (0..3000)
        .map(|i| format!("Paragraph {i}: we leverage synergy.\n\n"))
        .collect();
    write(dir.path(), "big.md", text);
    for args in ["check big.md", "check --format json big.md"] {
        let (head, stderr, status) = piped_to_head(dir.path(), args);
        assert!(!head.is_empty(), "{args}: head printed nothing");
        common::assert_no_panic("", &stderr);
        assert!(!stderr.contains("Broken pipe"), "{args}: {stderr}");
        assert!(!stderr.contains("cannot write"), "{args}: {stderr}");
        assert_eq!(status, "1", "{args}: exit code");
    }
}

// ---------------------------------------------------------------------------------------------
// Which files a walk picks up

fn ignore_repo() -> tempfile::TempDir {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), ".gitignore", "generated.md\nbuild/\n");
    for file in [
        "kept.md",
        "generated.md",
        "build/out.md",
        ".hidden.md",
        ".drafts/draft.md",
    ] {
        write(dir.path(), file, "We leverage it.\n");
    }
    dir
}

fn paths(run: &Run) -> Vec<String> {
    let mut paths: Vec<String> = triples(&run.json())
        .into_iter()
        .map(|(p, _, _)| p)
        .collect();
    paths.dedup();
    paths
}

#[test]
fn gitignored_files_are_skipped_when_walking_but_checked_when_named() {
    let dir = ignore_repo();
    let walked = run_in(dir.path(), &["check", "--format", "json", "."]);
    walked.expect_code(1);
    assert_eq!(paths(&walked), ["kept.md"]);
    assert_eq!(walked.json()["files_checked"], 1);

    let named = run_in(
        dir.path(),
        &["check", "--format", "json", "generated.md", "build/out.md"],
    );
    named.expect_code(1);
    assert_eq!(paths(&named), ["build/out.md", "generated.md"]);

    let no_ignore = run_in(
        dir.path(),
        &["check", "--format", "json", "--no-ignore", "."],
    );
    no_ignore.expect_code(1);
    assert_eq!(
        paths(&no_ignore),
        ["build/out.md", "generated.md", "kept.md"]
    );
}

#[test]
fn hidden_files_are_skipped_unless_hidden() {
    let dir = ignore_repo();
    let walked = run_in(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(paths(&walked), ["kept.md"]);

    let hidden = run_in(dir.path(), &["check", "--format", "json", "--hidden", "."]);
    hidden.expect_code(1);
    assert_eq!(
        paths(&hidden),
        [".drafts/draft.md", ".hidden.md", "kept.md"]
    );

    let both = run_in(
        dir.path(),
        &["check", "--format", "json", "--hidden", "--no-ignore", "."],
    );
    assert_eq!(
        paths(&both),
        [
            ".drafts/draft.md",
            ".hidden.md",
            "build/out.md",
            "generated.md",
            "kept.md"
        ]
    );

    let named = run_in(dir.path(), &["check", "--format", "json", ".hidden.md"]);
    assert_eq!(paths(&named), [".hidden.md"]);
}

// ---------------------------------------------------------------------------------------------
// Guide discovery

/// Every file of fixtures/discovery as the run from that folder reports it.
#[test]
fn nearest_guide_replaces_the_parent_guide() {
    let dir = root().join("fixtures/discovery");
    let run = run_in(&dir, &["check", "--format", "json", "."]);
    run.expect_code(1);
    let report = run.json();
    // brand-b/ has its own guide: `synergy` is banned there and `leverage` is not (no merging);
    // drafts/ is ignored by the top guide and brand-b/old/ by brand-b's guide.
    assert_eq!(
        triples(&report),
        owned(&[
            ("brand-b/page.md", "banned-term", "synergy"),
            ("old/legacy.md", "banned-term", "leverage"),
            ("top.md", "banned-term", "leverage"),
        ])
    );
    assert_eq!(report["files_checked"], 3);
    assert_eq!(run.stderr, "");
}

/// The guide's `ignore` globs apply to named files too, reached by any path.
#[test]
fn guide_ignore_applies_to_named_files() {
    let cases: &[(&str, &[&str])] = &[
        (
            "fixtures/discovery",
            &["drafts/draft.md", "brand-b/old/legacy.md"],
        ),
        ("fixtures/discovery", &["./drafts/draft.md", "drafts"]),
        (".", &["fixtures/discovery/drafts/draft.md"]),
        ("fixtures/discovery/brand-b", &["old/legacy.md"]),
        ("fixtures/discovery/brand-b", &["../drafts/draft.md"]),
        ("fixtures/discovery/drafts", &["draft.md"]),
        ("fixtures/discovery/brand-b/old", &["legacy.md", "."]),
    ];
    let mut failures = Vec::new();
    for (cwd, args) in cases {
        let mut full = vec!["check", "--format", "json"];
        full.extend_from_slice(args);
        let run = run_in(root().join(cwd), &full);
        let expected = json!({"version": 1, "files_checked": 0, "findings": []});
        if run.code != 0 || run.json() != expected {
            failures.push(format!(
                "in {cwd}: onmessage {}: exit {}\n{}",
                full.join(" "),
                run.code,
                run.stdout
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "ignored files were checked:\n{}",
        failures.join("\n")
    );
}

/// `--guide FILE` replaces discovery: one guide for every file, its globs relative to the
/// current directory (here `old/**` matches old/legacy.md, not brand-b/old/legacy.md).
#[test]
fn guide_flag_overrides_discovery_with_globs_relative_to_the_current_dir() {
    let dir = root().join("fixtures/discovery");
    let run = run_in(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--guide",
            "brand-b/message-guide.yml",
            ".",
        ],
    );
    run.expect_code(1);
    let report = run.json();
    assert_eq!(
        triples(&report),
        owned(&[
            ("brand-b/old/legacy.md", "banned-term", "synergy"),
            ("brand-b/page.md", "banned-term", "synergy"),
            ("drafts/draft.md", "banned-term", "synergy"),
            ("top.md", "banned-term", "synergy"),
        ])
    );
    assert_eq!(report["files_checked"], 4);
    assert_eq!(run.stderr, "", "no built-in hint with --guide");
}

/// No guide anywhere up to the git root: the built-in packs apply, with a one-line hint.
#[test]
fn no_guide_uses_the_builtin_packs_with_a_hint() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "notes/a.md",
        "Let's circle back on the synergy.\n",
    );
    write(
        dir.path(),
        "notes/b.txt",
        "A seamless, best-in-class plan.\n",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "notes"]);
    run.expect_code(1);
    assert_eq!(
        triples(&run.json()),
        owned(&[
            ("notes/a.md", "banned-term", "circle back"),
            ("notes/a.md", "banned-term", "synergy"),
            ("notes/b.txt", "banned-term", "seamless"),
            ("notes/b.txt", "banned-term", "best-in-class"),
        ])
    );
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one hint line:\n{}", run.stderr);
    assert!(lines[0].contains("onmessage init"), "{}", run.stderr);
    assert!(lines[0].contains("2 files"), "{}", run.stderr);

    // With --guide there is no hint.
    write(dir.path(), "elsewhere/guide.yml", SMALL_GUIDE);
    let fixed = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--guide",
            "elsewhere/guide.yml",
            "notes",
        ],
    );
    fixed.expect_code(1);
    assert_eq!(
        triples(&fixed.json()),
        owned(&[("notes/a.md", "banned-term", "synergy")])
    );
    assert_eq!(fixed.stderr, "");
}

/// Which guide applies to a file does not depend on the path it is reached by: `../b/x.md`
/// from `a/` is the same file as `b/x.md` from the root, and `a/`'s guide is not its guide.
#[test]
fn guide_for_a_file_does_not_depend_on_the_working_directory() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "repo/a/message-guide.yml",
        "version: 1\nbanned:\n  - term: leverage\n",
    );
    write(dir.path(), "repo/b/x.md", "We leverage synergy.\n");
    // No guide for repo/b up to the git root: the built-in packs (leverage and synergy).
    let from_repo = run_in(
        dir.path().join("repo"),
        &["check", "--format", "json", "b/x.md"],
    );
    let from_a = run_in(
        dir.path().join("repo/a"),
        &["check", "--format", "json", "../b/x.md"],
    );
    let matched = |run: &Run| -> Vec<String> {
        triples(&run.json())
            .into_iter()
            .map(|(_, _, m)| m)
            .collect()
    };
    assert_eq!(matched(&from_repo), ["leverage", "synergy"]);
    assert_eq!(
        matched(&from_a),
        ["leverage", "synergy"],
        "from a/, ../b/x.md got a/'s guide"
    );
    assert!(
        from_a.stderr.contains("onmessage init"),
        "{}",
        from_a.stderr
    );
}
