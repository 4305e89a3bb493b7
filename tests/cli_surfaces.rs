//! The ways into and out of `onmessage check` besides files and the human report: `--stdin`
//! (with and without `--stdin-filename`), baselines (`--write-baseline`, `--baseline`),
//! `--changed-since REF`, and the machine formats (`json`, `sarif`, `github`) on awkward names
//! and text.

mod common;

use common::{
    assert_positions, findings, git_tempdir, onmessage_in, owned, root, run_in, triples, write,
    Run, SMALL_GUIDE,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Run `onmessage args…` in `dir` with `input` on standard input.
fn run_stdin(dir: impl AsRef<Path>, args: &[&str], input: impl Into<Vec<u8>>) -> Run {
    common::run_stdin_in(dir, args, input)
}

/// `check --format json --stdin [--stdin-filename NAME]` in `dir`.
fn check_stdin(dir: impl AsRef<Path>, name: Option<&str>, text: &str) -> Run {
    let mut args = vec!["check", "--format", "json", "--stdin"];
    if let Some(name) = name {
        args.extend(["--stdin-filename", name]);
    }
    run_stdin(dir, &args, text)
}

/// (path, rule, matched), as `common::triples` returns them.
type Triple = (String, String, String);

fn triples_of(path: &str, rules_and_matches: &[(&str, &str)]) -> Vec<Triple> {
    rules_and_matches
        .iter()
        .map(|(rule, matched)| (path.to_string(), rule.to_string(), matched.to_string()))
        .collect()
}

fn number(value: &Value) -> u64 {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("a number: {value}"))
}

// =============================================================================================
// --stdin

struct StdinCase {
    /// `--stdin-filename`, relative to the crate root.
    name: &'static str,
    text: &'static str,
    /// (rule, matched) of every finding, in report order; each names `name`.
    expected: &'static [(&'static str, &'static str)],
    files_checked: u64,
    code: i32,
}

const CAMPAIGN_TEXT: &str = "You walk out confident. The `cheap` tag is internal. Book a demo.\n";

const STDIN_CASES: &[StdinCase] = &[
    // The sales-script channel by the name's folder: benefit and CTA are required.
    StdinCase {
        name: "fixtures/demo/sales/new.md",
        text: "Hello there.\nThis is cheap.\n",
        expected: &[
            ("missing-benefit", ""),
            ("missing-cta", ""),
            ("banned-term", "cheap"),
        ],
        files_checked: 1,
        code: 1,
    },
    // A folder that does not exist yet still finds the guide above it.
    StdinCase {
        name: "fixtures/demo/sales/not/yet/there.md",
        text: "Hello there.\n",
        expected: &[("missing-benefit", ""), ("missing-cta", "")],
        files_checked: 1,
        code: 0,
    },
    // The guide's `ignore: ["archive/**"]` applies by name.
    StdinCase {
        name: "fixtures/demo/archive/new.md",
        text: "This is cheap.\n",
        expected: &[],
        files_checked: 0,
        code: 0,
    },
    // Markdown skips code spans; MDX too; plain text does not.
    StdinCase {
        name: "fixtures/demo/campaigns/new.md",
        text: CAMPAIGN_TEXT,
        expected: &[],
        files_checked: 1,
        code: 0,
    },
    StdinCase {
        name: "fixtures/demo/campaigns/new.mdx",
        text: CAMPAIGN_TEXT,
        expected: &[],
        files_checked: 1,
        code: 0,
    },
    StdinCase {
        name: "fixtures/demo/campaigns/new.txt",
        text: CAMPAIGN_TEXT,
        expected: &[("banned-term", "cheap")],
        files_checked: 1,
        code: 1,
    },
    // Any other extension is plain text.
    StdinCase {
        name: "fixtures/demo/campaigns/new.rst",
        text: CAMPAIGN_TEXT,
        expected: &[("banned-term", "cheap")],
        files_checked: 1,
        code: 1,
    },
    // The audience by path.
    StdinCase {
        name: "fixtures/demo/campaigns/gaming/new.md",
        text: "Your new workstation: walk out confident. Book a demo.\n",
        expected: &[("audience-term", "workstation")],
        files_checked: 1,
        code: 0,
    },
    StdinCase {
        name: "fixtures/demo/campaigns/new.md",
        text: "Your new workstation: walk out confident. Book a demo.\n",
        expected: &[],
        files_checked: 1,
        code: 0,
    },
    // Guide discovery: the nearest guide above the name, never merged; its own `ignore`.
    StdinCase {
        name: "fixtures/discovery/new.md",
        text: "We leverage synergy.\n",
        expected: &[("banned-term", "leverage")],
        files_checked: 1,
        code: 1,
    },
    StdinCase {
        name: "fixtures/discovery/brand-b/new.md",
        text: "We leverage synergy.\n",
        expected: &[("banned-term", "synergy")],
        files_checked: 1,
        code: 1,
    },
    StdinCase {
        name: "fixtures/discovery/drafts/new.md",
        text: "We leverage synergy.\n",
        expected: &[],
        files_checked: 0,
        code: 0,
    },
    StdinCase {
        name: "fixtures/discovery/brand-b/old/new.md",
        text: "We leverage synergy.\n",
        expected: &[],
        files_checked: 0,
        code: 0,
    },
];

#[test]
fn stdin_filename_checks_the_text_as_that_file() {
    let mut failures = Vec::new();
    for case in STDIN_CASES {
        let run = check_stdin(root(), Some(case.name), case.text);
        let report = run.json();
        let got = (triples(&report), report["files_checked"].clone(), run.code);
        let expected = (
            triples_of(case.name, case.expected),
            json!(case.files_checked),
            case.code,
        );
        if got != expected {
            failures.push(format!(
                "--stdin-filename {}:\n  expected {expected:?}\n  got      {got:?}\n{}",
                case.name, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The channel named in messages is the one of the name's folder.
#[test]
fn stdin_filename_picks_the_channel_by_name() {
    for (name, channel) in [
        ("fixtures/demo/sales/new.md", "sales-script"),
        ("fixtures/demo/campaigns/new.md", "campaign"),
        ("fixtures/demo/sell-sheets/new.md", "sell-sheet"),
    ] {
        let report = check_stdin(root(), Some(name), "Hello there.\n").json();
        let benefit = findings(&report)
            .iter()
            .find(|f| f["rule"] == json!("missing-benefit"))
            .unwrap_or_else(|| panic!("{name}: missing-benefit in {report}"));
        let message = benefit["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with(&format!("This {channel} ")),
            "{name}: {message}"
        );
    }
}

/// Names relative to the working directory, with `./` and `..`, or absolute.
#[test]
fn stdin_filename_is_relative_to_the_working_directory() {
    let sales = root().join("fixtures/demo/sales");
    let absolute_new = sales.join("new.md").to_string_lossy().into_owned();
    let absolute_archived = root()
        .join("fixtures/demo/archive/new.md")
        .to_string_lossy()
        .into_owned();
    let full: &[(&str, &str)] = &[
        ("missing-benefit", ""),
        ("missing-cta", ""),
        ("banned-term", "cheap"),
    ];
    let cases: Vec<(&str, Vec<Triple>, u64)> = vec![
        ("new.md", triples_of("new.md", full), 1),
        ("./new.md", triples_of("new.md", full), 1),
        (&absolute_new, triples_of(&absolute_new, full), 1),
        ("../archive/new.md", vec![], 0),
        (&absolute_archived, vec![], 0),
        ("../../demo/archive/new.md", vec![], 0),
    ];
    for (name, expected, files_checked) in cases {
        let report = check_stdin(&sales, Some(name), "Hello there.\nThis is cheap.\n").json();
        assert_eq!(triples(&report), expected, "--stdin-filename {name}");
        assert_eq!(report["files_checked"], json!(files_checked), "{name}");
    }
}

/// Without a name: plain text (code spans are text), the guide of the current folder, no
/// channel, path `<stdin>`.
#[test]
fn stdin_without_a_name() {
    let demo = root().join("fixtures/demo");
    let run = check_stdin(&demo, None, "Hello there.\nThis is `cheap` synergy.\n");
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["files_checked"], json!(1));
    assert_eq!(
        triples(&report),
        owned(&[
            ("<stdin>", "banned-term", "cheap"),
            ("<stdin>", "banned-term", "synergy"),
        ])
    );

    // The guide comes from the current folder (or the nearest above it).
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - term: zorble\n",
    );
    std::fs::create_dir_all(dir.path().join("sub")).expect("mkdir");
    for cwd in [dir.path().to_path_buf(), dir.path().join("sub")] {
        let run = check_stdin(&cwd, None, "A zorble, said twice: zorble.\n");
        run.expect_code(1);
        assert_eq!(
            triples(&run.json()),
            owned(&[
                ("<stdin>", "banned-term", "zorble"),
                ("<stdin>", "banned-term", "zorble"),
            ]),
            "from {}",
            cwd.display()
        );
    }
}

#[test]
fn stdin_usage_errors() {
    let cases: &[&[&str]] = &[
        &["check", "--stdin", "a.md"],
        &["check", "--stdin", "."],
        &["check", "--stdin", "--stdin-filename", "a.md", "b.md"],
        &["check", "--stdin-filename", "a.md"],
    ];
    let mut failures = Vec::new();
    for args in cases {
        let run = run_stdin(root(), args, "synergy\n");
        if run.code != 2 || !run.stderr.contains("--stdin") || !run.stdout.is_empty() {
            failures.push(format!(
                "onmessage {}: exit {} (expected 2 and a usage error naming --stdin)\n{}{}",
                args.join(" "),
                run.code,
                run.stdout,
                run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `--stdin-filename` without `--stdin` is refused when paths are given too, as it is without.
#[test]
fn stdin_filename_with_paths_but_without_stdin_is_a_usage_error() {
    let run = run_stdin(
        root(),
        &[
            "check",
            "--stdin-filename",
            "a.md",
            "fixtures/brand-name/clean.md",
        ],
        "synergy\n",
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--stdin"), "{}", run.stderr);
}

#[test]
fn stdin_that_is_not_utf8_is_an_error() {
    let latin1: &[u8] = b"Caf\xe9 synergy, cheap.\n";
    for name in [None, Some("fixtures/demo/sales/new.md")] {
        for format in ["human", "json"] {
            let mut args = vec!["check", "--format", format, "--stdin"];
            if let Some(name) = name {
                args.extend(["--stdin-filename", name]);
            }
            let run = run_stdin(root(), &args, latin1);
            assert_eq!(run.code, 2, "{args:?}: {run:?}");
            assert!(run.stderr.contains("not UTF-8"), "{args:?}: {}", run.stderr);
            assert!(
                run.stderr.contains(name.unwrap_or("<stdin>")),
                "{args:?} names the input: {}",
                run.stderr
            );
            if format == "json" {
                let report = run.json();
                assert_eq!(report["files_checked"], json!(0));
                assert!(findings(&report).is_empty());
            }
        }
    }
}

/// `<stdin>` is a name, not a file in the current folder: annotations and SARIF results must
/// not turn it into `sub/<stdin>`. A real `--stdin-filename` is made root-relative like files.
#[test]
fn stdin_without_a_name_is_never_given_a_folder() {
    let dir = git_tempdir();
    write(dir.path(), "sub/message-guide.yml", SMALL_GUIDE);
    let sub = dir.path().join("sub");

    let named = run_stdin(
        &sub,
        &[
            "check",
            "--format",
            "github",
            "--stdin",
            "--stdin-filename",
            "page.md",
        ],
        "Our synergy.\n",
    );
    named.expect_code(1);
    assert!(
        named
            .stdout
            .starts_with("::error file=sub/page.md,line=1,col=5,"),
        "{}",
        named.stdout
    );

    let github = run_stdin(
        &sub,
        &["check", "--format", "github", "--stdin"],
        "Our synergy.\n",
    );
    github.expect_code(1);
    assert!(
        github
            .stdout
            .starts_with("::error file=<stdin>,line=1,col=5,"),
        "GitHub annotation for unnamed stdin: {}",
        github.stdout
    );

    let sarif = run_stdin(
        &sub,
        &["check", "--format", "sarif", "--stdin"],
        "Our synergy.\n",
    );
    sarif.expect_code(1);
    let log = sarif.json();
    let uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"]
        .as_str()
        .expect("a uri");
    assert_eq!(
        percent_decode(uri),
        "<stdin>",
        "SARIF uri for unnamed stdin"
    );
}

// =============================================================================================
// Baselines

/// A scratch repo: the small guide at the top, two files below, an empty `ci/` folder.
fn baseline_repo() -> tempfile::TempDir {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(
        dir.path(),
        "docs/a.md",
        "# Title\n\nOur synergy.\nWe leverage it.\n",
    );
    write(dir.path(), "docs/notes/b.txt", "  Plain synergy.  \n");
    std::fs::create_dir_all(dir.path().join("ci")).expect("mkdir ci");
    dir
}

const BASELINE_FILE: &str = "ci/baseline.json";

fn write_baseline(dir: &Path) {
    let run = run_in(dir, &["check", "--write-baseline", BASELINE_FILE]);
    run.expect_code(0);
}

fn expected_baseline() -> Value {
    json!({
        "kind": "onmessage-baseline",
        "version": 1,
        "entries": [
            {"path": "../docs/a.md", "rule": "banned-term", "matched": "leverage", "line": "We leverage it.", "count": 1},
            {"path": "../docs/a.md", "rule": "banned-term", "matched": "synergy", "line": "Our synergy.", "count": 1},
            {"path": "../docs/notes/b.txt", "rule": "banned-term", "matched": "synergy", "line": "Plain synergy.", "count": 1},
        ]
    })
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|err| panic!("{} is not JSON: {err}", path.display()))
}

#[test]
fn write_baseline_records_sorted_entries_relative_to_its_folder() {
    let dir = baseline_repo();
    // There are findings, and the check alone fails on them.
    run_in(dir.path(), &["check"]).expect_code(1);

    let run = run_in(dir.path(), &["check", "--write-baseline", BASELINE_FILE]);
    run.expect_code(0);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("Wrote 3 findings"), "{}", run.stderr);
    let text = std::fs::read_to_string(dir.path().join(BASELINE_FILE)).expect("written");
    assert!(text.ends_with("}\n"), "ends with a newline: {text:?}");
    assert!(
        text.contains("\n  \"entries\": ["),
        "pretty-printed: {text}"
    );
    assert_eq!(
        read_json(&dir.path().join(BASELINE_FILE)),
        expected_baseline()
    );

    // Written from another folder, of the same files: the same file, byte for byte.
    let run = run_in(
        dir.path().join("docs"),
        &["check", "--write-baseline", "../ci/again.json", ".."],
    );
    run.expect_code(0);
    let again = std::fs::read_to_string(dir.path().join("ci/again.json")).expect("written");
    assert_eq!(again, text);

    // Repeated identical findings are one entry with a count.
    write(
        dir.path(),
        "docs/a.md",
        "# Title\n\nOur synergy.\nWe leverage it.\nOur synergy.\n",
    );
    write_baseline(dir.path());
    let baseline = read_json(&dir.path().join(BASELINE_FILE));
    assert_eq!(baseline["entries"][1]["matched"], json!("synergy"));
    assert_eq!(baseline["entries"][1]["count"], json!(2));
    assert_eq!(baseline["entries"].as_array().map(Vec::len), Some(3));
}

#[test]
fn baseline_hides_known_findings_from_any_folder() {
    let dir = baseline_repo();
    write_baseline(dir.path());
    let absolute = dir
        .path()
        .join(BASELINE_FILE)
        .to_string_lossy()
        .into_owned();
    let cases: Vec<(PathBuf, Vec<&str>)> = vec![
        (dir.path().to_path_buf(), vec!["--baseline", BASELINE_FILE]),
        (dir.path().to_path_buf(), vec!["--baseline", &absolute]),
        (
            dir.path().join("docs"),
            vec!["--baseline", "../ci/baseline.json"],
        ),
        (
            dir.path().join("docs"),
            vec!["--baseline", "../ci/baseline.json", ".."],
        ),
        (
            dir.path().join("ci"),
            vec!["--baseline", "baseline.json", ".."],
        ),
        (
            dir.path().join("docs/notes"),
            vec!["--baseline", &absolute, "../.."],
        ),
    ];
    for (cwd, extra) in cases {
        let mut args = vec!["check", "--format", "json"];
        args.extend(&extra);
        let run = run_in(&cwd, &args);
        let what = format!("in {}: {}", cwd.display(), args.join(" "));
        run.expect_code(0);
        let report = run.json();
        assert!(findings(&report).is_empty(), "{what}: {}", run.stdout);
        assert_eq!(report["files_checked"], json!(2), "{what}");
        assert!(
            run.stderr.contains("3 findings hidden by the baseline"),
            "{what}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("fixed"), "{what}: {}", run.stderr);
    }
}

struct EditCase {
    what: &'static str,
    /// The new text of docs/a.md.
    text: &'static str,
    /// (rule, matched) of the new findings.
    new: &'static [(&'static str, &'static str)],
    /// Whether stderr reports fixed (stale) entries.
    stale: bool,
}

const EDIT_CASES: &[EditCase] = &[
    EditCase {
        what: "lines added above move the findings down",
        text: "# Title\n\nIntro one.\nIntro two.\n\nOur synergy.\nWe leverage it.\n",
        new: &[],
        stale: false,
    },
    EditCase {
        what: "indentation changes: the line is matched trimmed",
        text: "# Title\n\n  Our synergy.\nWe leverage it.  \n",
        new: &[],
        stale: false,
    },
    EditCase {
        what: "a second identical line is one new finding",
        text: "# Title\n\nOur synergy.\nWe leverage it.\n\nOur synergy.\n",
        new: &[("banned-term", "synergy")],
        stale: false,
    },
    EditCase {
        what: "a new finding",
        text: "# Title\n\nOur synergy.\nWe leverage it.\nFresh synergy.\n",
        new: &[("banned-term", "synergy")],
        stale: false,
    },
    EditCase {
        what: "the line around a finding changed: new finding, old entry fixed",
        text: "# Title\n\nOur synergy, reworded.\nWe leverage it.\n",
        new: &[("banned-term", "synergy")],
        stale: true,
    },
    EditCase {
        what: "a finding fixed",
        text: "# Title\n\nWe leverage it.\n",
        new: &[],
        stale: true,
    },
];

#[test]
fn baseline_matches_by_content_not_line_numbers() {
    let mut failures = Vec::new();
    for case in EDIT_CASES {
        let dir = baseline_repo();
        write_baseline(dir.path());
        write(dir.path(), "docs/a.md", case.text);
        let run = run_in(
            dir.path(),
            &["check", "--format", "json", "--baseline", BASELINE_FILE],
        );
        let expected_code = if case.new.is_empty() { 0 } else { 1 };
        let got = (
            run.code,
            triples(&run.json()),
            run.stderr.contains("in the baseline no longer occur"),
        );
        let expected = (expected_code, triples_of("docs/a.md", case.new), case.stale);
        if got != expected {
            failures.push(format!(
                "{}:\n  expected {expected:?}\n  got      {got:?}\n{}",
                case.what, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn stale_entries_are_reported_with_the_way_to_drop_them() {
    let dir = baseline_repo();
    write_baseline(dir.path());
    write(dir.path(), "docs/notes/b.txt", "Plain prose.\n");
    let run = run_in(dir.path(), &["check", "--baseline", BASELINE_FILE]);
    run.expect_code(0);
    assert!(
        run.stderr
            .contains("(fixed); run with --write-baseline ci/baseline.json"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("No findings"), "{}", run.stdout);
}

/// The baseline applies to `--stdin` by the `--stdin-filename` given.
#[test]
fn baseline_applies_to_stdin_by_its_name() {
    let dir = baseline_repo();
    write_baseline(dir.path());
    let args = [
        "check",
        "--format",
        "json",
        "--baseline",
        BASELINE_FILE,
        "--stdin",
        "--stdin-filename",
        "docs/a.md",
    ];
    let known = run_stdin(
        dir.path(),
        &args,
        "# Title\n\nOur synergy.\nWe leverage it.\n",
    );
    known.expect_code(0);
    assert!(findings(&known.json()).is_empty(), "{}", known.stdout);

    let new = run_stdin(
        dir.path(),
        &args,
        "# Title\n\nOur synergy.\nWe leverage it.\nWe leverage more.\n",
    );
    new.expect_code(1);
    assert_eq!(
        triples(&new.json()),
        owned(&[("docs/a.md", "banned-term", "leverage")])
    );
}

#[test]
fn baseline_refuses_files_that_are_not_baselines() {
    let dir = baseline_repo();
    let report = run_in(dir.path(), &["check", "--format", "json"]);
    report.expect_code(1);
    let future = r#"{"kind": "onmessage-baseline", "version": 2, "entries": []}"#;
    let other_kind = r#"{"kind": "eslint-baseline", "version": 1, "entries": []}"#;
    let cases: &[(&str, &str)] = &[
        ("report.json", &report.stdout),
        ("garbage.json", "garbage\n"),
        ("empty.json", ""),
        ("array.json", "[]\n"),
        ("future.json", future),
        ("other-kind.json", other_kind),
    ];
    for (name, contents) in cases {
        write(dir.path(), name, contents);
        for format in ["human", "json"] {
            let run = run_in(
                dir.path(),
                &["check", "--format", format, "--baseline", name],
            );
            assert_eq!(run.code, 2, "{name} ({format}): {run:?}");
            assert!(run.stderr.contains(name), "{name}: {}", run.stderr);
            assert!(run.stderr.contains("baseline"), "{name}: {}", run.stderr);
        }
    }
    let run = run_in(dir.path(), &["check", "--baseline", "missing.json"]);
    run.expect_code(2);
    assert!(run.stderr.contains("missing.json"), "{}", run.stderr);
}

#[test]
fn baseline_and_write_baseline_together_is_a_usage_error() {
    let dir = baseline_repo();
    write_baseline(dir.path());
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--baseline",
            BASELINE_FILE,
            "--write-baseline",
            "ci/other.json",
        ],
    );
    run.expect_code(2);
    assert!(
        run.stderr.contains("--baseline") && run.stderr.contains("--write-baseline"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("ci/other.json").exists());
}

/// A run that fails (exit 2: a named path is missing) must not replace a good baseline with
/// the findings of the files it did manage to check.
#[test]
fn a_failed_run_leaves_the_baseline_alone() {
    let dir = baseline_repo();
    write_baseline(dir.path());
    let before = std::fs::read_to_string(dir.path().join(BASELINE_FILE)).expect("written");
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--write-baseline",
            BASELINE_FILE,
            "docs/notes",
            "no-such-file.md",
        ],
    );
    run.expect_code(2);
    let after = std::fs::read_to_string(dir.path().join(BASELINE_FILE)).expect("still there");
    assert_eq!(
        after, before,
        "the baseline was overwritten by a failed run"
    );
}

// =============================================================================================
// --changed-since

/// A git repository of its own, on branch `main`, with no global or system configuration.
struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Self {
        let repo = Repo {
            dir: tempfile::tempdir().expect("create a temp dir"),
        };
        common::init_git_repo(repo.path());
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Run git in the repository; its stdout.
    fn git(&self, args: &[&str]) -> String {
        common::git_in(self.path(), args)
    }

    fn write(&self, relative: &str, contents: &str) {
        write(self.path(), relative, contents);
    }

    fn commit_all(&self, message: &str) {
        self.git(&["add", "--all"]);
        self.git(&["commit", "--quiet", "-m", message]);
    }

    /// `onmessage args…` in `relative` (a folder of the repository), git isolated as above.
    fn run(&self, relative: &str, args: &[&str]) -> Run {
        let mut cmd = common::onmessage_in_repo(&self.path().join(relative), self.path());
        common::finish(cmd.args(args).output().expect("onmessage can be started"))
    }
}

/// (path, line, rule, matched) of every finding, in report order.
fn located(report: &Value) -> Vec<(String, u64, String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or_default().to_string(),
                number(&f["line"]),
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["matched"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn at(path: &str, line: u64, rule: &str, matched: &str) -> (String, u64, String, String) {
    (
        path.to_string(),
        line,
        rule.to_string(),
        matched.to_string(),
    )
}

/// `main`: a.md with `leverage` on line 2. Branch `feature` (checked out, committed): both
/// neighbours of line 2 edited and `synergy` added on a new line 5.
fn changed_repo() -> Repo {
    let repo = Repo::new();
    repo.write("message-guide.yml", SMALL_GUIDE);
    repo.write(
        "a.md",
        "Line one.\nWe leverage it.\nLine three.\nLine four.\n",
    );
    repo.commit_all("initial");
    repo.git(&["checkout", "--quiet", "-b", "feature"]);
    repo.write(
        "a.md",
        "Line one, edited.\nWe leverage it.\nLine three, edited.\nLine four.\nNew synergy here.\n",
    );
    repo.commit_all("feature");
    repo
}

#[test]
fn changed_since_reports_only_added_and_changed_lines() {
    let repo = changed_repo();
    // Without the option both findings are reported.
    let all = repo.run("", &["check", "--format", "json"]);
    all.expect_code(1);
    assert_eq!(
        located(&all.json()),
        [
            at("a.md", 2, "banned-term", "leverage"),
            at("a.md", 5, "banned-term", "synergy"),
        ]
    );

    let initial = repo.git(&["rev-parse", "main"]).trim().to_string();
    for reference in ["main", initial.as_str(), "HEAD~1"] {
        let run = repo.run(
            "",
            &["check", "--format", "json", "--changed-since", reference],
        );
        run.expect_code(1);
        assert_eq!(
            located(&run.json()),
            [at("a.md", 5, "banned-term", "synergy")],
            "--changed-since {reference}"
        );
    }

    // Nothing changed since HEAD: nothing to report, exit 0.
    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "HEAD"],
    );
    run.expect_code(0);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
}

/// The working tree is compared, staged or not; untracked files count as wholly changed.
#[test]
fn uncommitted_and_untracked_changes_count() {
    let repo = changed_repo();
    repo.write(
        "a.md",
        "Line one, edited.\nWe leverage it.\nLine three, edited.\nLine four.\nNew synergy here.\nUnstaged leverage.\n",
    );
    repo.write("staged.md", "Staged synergy.\n");
    repo.git(&["add", "staged.md"]);
    repo.write("untracked.md", "Untracked leverage.\n\nAnd synergy.\n");
    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "main"],
    );
    run.expect_code(1);
    assert_eq!(
        located(&run.json()),
        [
            at("a.md", 5, "banned-term", "synergy"),
            at("a.md", 6, "banned-term", "leverage"),
            at("staged.md", 1, "banned-term", "synergy"),
            at("untracked.md", 1, "banned-term", "leverage"),
            at("untracked.md", 3, "banned-term", "synergy"),
        ]
    );
}

#[test]
fn renamed_file_counts_only_its_changed_lines() {
    let repo = Repo::new();
    repo.write("message-guide.yml", SMALL_GUIDE);
    let body = "A heading for the page.\nOld synergy stays.\nA long third line of text.\nA long fourth line of text.\nA long fifth line of text.\nA long sixth line of text.\n";
    repo.write("old.md", body);
    repo.commit_all("initial");
    repo.git(&["checkout", "--quiet", "-b", "feature"]);
    std::fs::create_dir_all(repo.path().join("docs")).expect("mkdir");
    repo.git(&["mv", "old.md", "docs/new.md"]);
    repo.write(
        "docs/new.md",
        &body.replace("A long fifth line of text.", "Fresh leverage here."),
    );
    repo.commit_all("rename and edit");
    // git sees a rename, not a delete and an add.
    let status = repo.git(&["diff", "--name-status", "--find-renames", "main", "HEAD"]);
    assert!(status.starts_with('R'), "not a rename: {status}");

    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "main"],
    );
    run.expect_code(1);
    assert_eq!(
        located(&run.json()),
        [at("docs/new.md", 5, "banned-term", "leverage")]
    );
}

const CHANNEL_GUIDE: &str = "version: 1\nbenefit:\n  statement: \"Peace of mind\"\n  expressions: [\"peace of mind\"]\nchannels:\n  sheet: {paths: [\"sheets/**\"], require: [benefit]}\nbanned:\n  - term: synergy\n";

/// A repository whose sheets/ channel requires the benefit; on `main`, a.md and b.md never
/// state it and c.md does. `feature` is checked out, with nothing changed yet.
fn channel_repo() -> Repo {
    let repo = Repo::new();
    repo.write("message-guide.yml", CHANNEL_GUIDE);
    repo.write("sheets/a.md", "# A\n\nNo benefit here.\n");
    repo.write("sheets/b.md", "# B\n\nNo benefit here either.\n");
    repo.write(
        "sheets/c.md",
        "# C\n\nPeace of mind for all.\n\nMore text.\n",
    );
    repo.commit_all("initial");
    repo.git(&["checkout", "--quiet", "-b", "feature"]);
    repo
}

/// A finding about a whole file (line 1, empty match) counts when the file changed anywhere,
/// and not otherwise.
#[test]
fn file_level_findings_count_when_the_file_changed() {
    let repo = channel_repo();
    let all = repo.run("", &["check", "--format", "json"]);
    all.expect_code(0);
    assert_eq!(
        located(&all.json()),
        [
            at("sheets/a.md", 1, "missing-benefit", ""),
            at("sheets/b.md", 1, "missing-benefit", ""),
        ]
    );

    repo.write("sheets/a.md", "# A\n\nNo benefit here, reworded.\n");
    repo.write("sheets/new.md", "# New\n\nNo benefit.\n");

    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "main"],
    );
    run.expect_code(0);
    assert_eq!(
        located(&run.json()),
        [
            at("sheets/a.md", 1, "missing-benefit", ""),
            at("sheets/new.md", 1, "missing-benefit", ""),
        ]
    );
}

/// A byte-order mark puts a whole-file finding's offsets after it: still about the whole file,
/// kept when a later line changes though line 1 did not.
#[test]
fn file_level_findings_of_a_file_with_a_byte_order_mark() {
    let repo = channel_repo();
    repo.write("sheets/b.md", "\u{feff}# B\n\nNo benefit here either.\n");
    repo.commit_all("byte-order mark");
    repo.write(
        "sheets/b.md",
        "\u{feff}# B\n\nNo benefit here either, reworded.\n",
    );
    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "HEAD"],
    );
    assert_eq!(
        located(&run.json()),
        [at("sheets/b.md", 1, "missing-benefit", "")],
        "{}",
        run.stderr
    );
}

/// Deleting the only sentence that stated the benefit introduces missing-benefit: the change
/// is only a deletion, but the file changed and the finding is new.
#[test]
fn file_level_findings_count_after_a_pure_deletion() {
    let repo = channel_repo();
    repo.write("sheets/c.md", "# C\n\nMore text.\n");
    repo.commit_all("drop the benefit");
    let run = repo.run(
        "",
        &["check", "--format", "json", "--changed-since", "main"],
    );
    assert_eq!(
        located(&run.json()),
        [at("sheets/c.md", 1, "missing-benefit", "")],
        "{}",
        run.stderr
    );
}

/// Names with spaces, commas, non-ASCII characters (and on Unix quotes and tabs, which git
/// quotes in its diff output), checked from the top and from a subfolder.
#[test]
fn changed_since_handles_unusual_names_and_subfolders() {
    let mut names = vec!["sp ace.md", "a, b.md", "café “draft”.md", "emoji 🎉.md"];
    if cfg!(unix) {
        names.extend(["q\"uote.md", "tab\there.md"]);
    }
    let repo = Repo::new();
    repo.write("message-guide.yml", SMALL_GUIDE);
    for name in &names {
        repo.write(&format!("docs/{name}"), "Intro.\nOld synergy.\n");
    }
    repo.commit_all("initial");
    for name in &names {
        repo.write(
            &format!("docs/{name}"),
            "Intro.\nOld synergy.\nNew leverage.\n",
        );
    }
    let mut sorted = names.clone();
    sorted.sort();
    for (cwd, path, prefix) in [
        ("", ".", "docs/"),
        ("docs", ".", ""),
        ("docs", "..", "../docs/"),
    ] {
        let run = repo.run(
            cwd,
            &["check", "--format", "json", "--changed-since", "main", path],
        );
        run.expect_code(1);
        let got: Vec<_> = located(&run.json());
        let expected: Vec<_> = sorted
            .iter()
            .map(|name| at(&format!("{prefix}{name}"), 3, "banned-term", "leverage"))
            .collect();
        assert_eq!(got, expected, "in {cwd:?} checking {path:?}");
    }
}

#[test]
fn changed_since_outside_a_git_repository() {
    let dir = tempfile::tempdir().expect("create a temp dir");
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "a.md", "We leverage it.\n");
    let ceiling = dir.path().parent().expect("a parent").to_path_buf();
    let output = onmessage_in(dir.path())
        .env("GIT_CEILING_DIRECTORIES", &ceiling)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .args(["check", "--changed-since", "main"])
        .output()
        .expect("onmessage can be started");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("git repository"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn changed_since_an_unknown_ref_says_how_to_fetch_it() {
    let repo = changed_repo();
    for reference in ["origin/develop", "no-such-branch"] {
        for format in ["human", "json"] {
            let run = repo.run(
                "",
                &["check", "--format", format, "--changed-since", reference],
            );
            assert_eq!(run.code, 2, "{reference}: {run:?}");
            for needle in [reference, "git fetch", "fetch-depth: 0"] {
                assert!(
                    run.stderr.contains(needle),
                    "{reference}: `{needle}` in {}",
                    run.stderr
                );
            }
        }
    }
}

/// The user's git configuration must not change which lines count as changed: prefixes
/// (`diff.mnemonicPrefix`, `diff.noprefix`), `diff.relative` (paths relative to a subfolder) and
/// `diff.interHunkContext` (hunks merged over unchanged lines) are all legitimate settings.
#[test]
fn changed_since_ignores_the_users_diff_configuration() {
    let mut failures = Vec::new();
    for (key, value) in [
        ("diff.mnemonicPrefix", "true"),
        ("diff.noprefix", "true"),
        ("diff.relative", "true"),
        ("diff.interHunkContext", "3"),
    ] {
        let repo = changed_repo();
        std::fs::create_dir_all(repo.path().join("sub")).expect("mkdir");
        repo.git(&["config", key, value]);
        for (cwd, path, shown) in [("", ".", "a.md"), ("sub", "..", "../a.md")] {
            let run = repo.run(
                cwd,
                &["check", "--format", "json", "--changed-since", "main", path],
            );
            let got = (run.code, located(&run.json()));
            let expected = (1, vec![at(shown, 5, "banned-term", "synergy")]);
            if got != expected {
                failures.push(format!(
                    "git config {key} {value}, in {cwd:?}:\n  expected {expected:?}\n  got      {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// =============================================================================================
// Machine formats on awkward input

/// Undo percent-encoding (`%20` → space), as a SARIF consumer reads a URI.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ASCII");
            out.push(u8::from_str_radix(hex, 16).expect("two hex digits after %"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("a UTF-8 path")
}

/// Undo a GitHub workflow command's escaping of a property value or message.
fn github_unescape(text: &str) -> String {
    text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// One GitHub annotation: (command, properties, message), escaping undone.
fn parse_annotation(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line
        .strip_prefix("::")
        .unwrap_or_else(|| panic!("not a workflow command: {line}"));
    let (head, message) = rest
        .split_once("::")
        .unwrap_or_else(|| panic!("no message: {line}"));
    let (command, properties) = head
        .split_once(' ')
        .unwrap_or_else(|| panic!("no properties: {line}"));
    let properties = properties
        .split(',')
        .map(|p| {
            let (k, v) = p
                .split_once('=')
                .unwrap_or_else(|| panic!("property without `=`: {p} in {line}"));
            (k.to_string(), github_unescape(v))
        })
        .collect();
    (command.to_string(), properties, github_unescape(message))
}

const AWKWARD_GUIDE: &str = r#"version: 1
brand:
  names: ["Byte Harbor"]
banned:
  - term: paradigm shift
    reason: |
      Say what changed, "plainly".
      100% of readers skim past it: say it once.
    replacement: "big “change”"
  - term: café synergy
    reason: "Ça ne veut rien dire 🙃, vraiment"
"#;

#[test]
fn machine_formats_stay_valid_with_awkward_names_and_text() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", AWKWARD_GUIDE);
    let mut files: Vec<(&str, &str)> = vec![
        (
            "sell sheet, v2 é.md",
            "# Notes “quoted” 🎉\n\nA real paradigm\nshift at the café synergy, said \"Byteharbor, always\".\n\n<!-- onmessage-disable-next-line banned-terms -->\nThe end.\n",
        ),
        (
            "notes, “draft” 🎉.txt",
            "Another paradigm\r\nshift, with “café synergy now” 🙃.\r\n",
        ),
    ];
    if cfg!(unix) {
        files.push((
            "crlf: \"quoted\", 100%.md",
            "Colon: a paradigm shift, 100% \"quoted\".\n",
        ));
    }
    for (name, text) in &files {
        write(dir.path(), name, text);
    }

    // JSON: parses, positions agree with the files, multi-line matches and messages.
    let json_run = run_in(dir.path(), &["check", "--format", "json"]);
    json_run.expect_code(1);
    let report = json_run.json();
    assert_eq!(report["files_checked"], json!(files.len()));
    assert_positions(dir.path(), &report);
    let all = findings(&report);
    let paths: std::collections::BTreeSet<&str> =
        all.iter().filter_map(|f| f["path"].as_str()).collect();
    let names: std::collections::BTreeSet<&str> = files.iter().map(|(n, _)| *n).collect();
    assert_eq!(paths, names);
    let multi_line: Vec<&str> = all
        .iter()
        .filter_map(|f| f["matched"].as_str())
        .filter(|m| m.contains('\n'))
        .collect();
    assert_eq!(multi_line, ["paradigm\r\nshift", "paradigm\nshift"]);
    assert!(all
        .iter()
        .any(|f| f["message"].as_str().is_some_and(|m| m.contains('\n'))));
    assert!(all
        .iter()
        .any(|f| f["rule"] == json!("invalid-suppression")));
    let expected_count = if cfg!(unix) { 7 } else { 6 };
    assert_eq!(all.len(), expected_count, "{}", json_run.stdout);

    // SARIF: valid against the schema, one result per finding, in the same order and places.
    let sarif_run = run_in(dir.path(), &["check", "--format", "sarif"]);
    sarif_run.expect_code(1);
    let log = sarif_run.json();
    let errors: Vec<String> = common::sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), all.len());
    for (result, finding) in results.iter().zip(all) {
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(
            uri.bytes().all(|b| b.is_ascii_graphic()),
            "URI not percent-encoded: {uri}"
        );
        assert_eq!(
            percent_decode(uri),
            finding["path"].as_str().unwrap_or_default()
        );
        let region = &location["region"];
        for (sarif_key, json_key) in [
            ("startLine", "line"),
            ("startColumn", "column"),
            ("endLine", "end_line"),
            ("endColumn", "end_column"),
        ] {
            assert_eq!(
                region[sarif_key], finding[json_key],
                "{sarif_key}: {finding}"
            );
        }
        assert_eq!(result["message"]["text"], finding["message"]);
        assert_eq!(result["ruleId"], finding["rule"]);
    }

    // GitHub: exactly one line per finding, nothing raw that would break a command.
    let github_run = run_in(dir.path(), &["check", "--format", "github"]);
    github_run.expect_code(1);
    assert!(!github_run.stdout.contains('\r'), "{:?}", github_run.stdout);
    let lines: Vec<&str> = github_run.stdout.lines().collect();
    assert_eq!(lines.len(), all.len(), "{}", github_run.stdout);
    assert!(
        github_run.stdout.contains("%0A"),
        "newlines are escaped: {}",
        github_run.stdout
    );
    for (line, finding) in lines.iter().zip(all) {
        let (command, properties, message) = parse_annotation(line);
        let expected_command = match finding["severity"].as_str() {
            Some("error") => "error",
            Some("warning") => "warning",
            _ => "notice",
        };
        assert_eq!(command, expected_command, "{line}");
        let property = |key: &str| -> String {
            properties
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| panic!("no `{key}` in {line}"))
        };
        assert_eq!(
            property("file"),
            finding["path"].as_str().unwrap_or_default()
        );
        for (key, json_key) in [
            ("line", "line"),
            ("col", "column"),
            ("endLine", "end_line"),
            ("endColumn", "end_column"),
        ] {
            assert_eq!(
                property(key),
                number(&finding[json_key]).to_string(),
                "{key}: {line}"
            );
        }
        assert_eq!(
            property("title"),
            format!(
                "onmessage({})",
                finding["rule"].as_str().unwrap_or_default()
            )
        );
        assert_eq!(message, finding["message"].as_str().unwrap_or_default());
    }
    let summary = format!("in {n} of {n} files", n = files.len());
    assert!(
        github_run.stderr.contains(&summary),
        "the summary goes to stderr: {}",
        github_run.stderr
    );

    // The human report copes too.
    let human = run_in(dir.path(), &["check", "--color", "never"]);
    human.expect_code(1);
    assert!(
        human.stdout.contains("sell sheet, v2 é.md"),
        "{}",
        human.stdout
    );
}
