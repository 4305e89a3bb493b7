//! `onmessage check --fix`, `--unsafe-fixes` and `--diff`, end to end: which fixes apply, the
//! exact bytes written, the diff printed, exit codes, the JSON `fixed` count and the positions
//! of what remains, idempotence, line endings and BOMs, markup, the findings that must not be
//! fixed (suppressed, baselined, on unchanged lines), files that must not be written (read-only,
//! in a read-only folder), symlinks, permissions and standard input.
//!
//! Every test works on a copy of `fixtures/fix` in a temporary directory: the fixtures
//! themselves are never fixed.

mod common;

use common::{copy_dir, findings, finish, onmessage_in, Run};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// Helpers

/// The fixture folder, copied into a temporary directory.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("create a temp dir");
        let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/fix");
        copy_dir(&source, dir.path());
        Fixture { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn file(&self, relative: &str) -> PathBuf {
        self.path().join(relative)
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.file(relative))
            .unwrap_or_else(|err| panic!("read {relative}: {err}"))
    }

    fn bytes(&self, relative: &str) -> Vec<u8> {
        fs::read(self.file(relative)).unwrap_or_else(|err| panic!("read {relative}: {err}"))
    }

    fn write(&self, relative: &str, contents: impl AsRef<[u8]>) {
        let path = self.file(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create the folder");
        }
        fs::write(&path, contents).unwrap_or_else(|err| panic!("write {relative}: {err}"));
    }

    /// Every file under the fixture (relative path, bytes), sorted: to prove nothing changed.
    fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        collect_files(self.path(), self.path(), &mut files);
        files.sort();
        files
    }

    fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args, None)
    }

    fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        run_in(self.path(), args, Some(input))
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in fs::read_dir(dir).expect("list") {
        let entry = entry.expect("entry");
        let path = entry.path();
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            collect_files(root, &path, out);
        } else {
            let relative = path
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, fs::read(&path).unwrap_or_default()));
        }
    }
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = onmessage_in(dir);
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.as_bytes().to_vec());
    }
    finish(cmd.output().expect("onmessage can be started"))
}

fn number(value: &Value) -> usize {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("not a number: {value}")) as usize
}

/// (rule, matched) of every finding, in report order.
fn matched(report: &Value) -> Vec<(String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["matched"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(r, m)| (r.to_string(), m.to_string()))
        .collect()
}

/// Every finding of the report sits where it says in the file as it is now: the bytes at
/// `start..end` are `matched`, and `line`/`column` count to `start` (columns in characters,
/// a BOM not counted).
fn assert_positions_match_files(dir: &Path, report: &Value) {
    for f in findings(report) {
        let path = f["path"].as_str().expect("a path");
        let bytes = fs::read(dir.join(path)).unwrap_or_else(|err| panic!("read {path}: {err}"));
        let (start, end) = (number(&f["start"]), number(&f["end"]));
        assert!(end <= bytes.len(), "{f} is past the end of {path}");
        assert_eq!(
            String::from_utf8_lossy(&bytes[start..end]),
            f["matched"].as_str().expect("matched"),
            "{path}: the bytes at {start}..{end} are not the match of {f}"
        );
        let text = std::str::from_utf8(&bytes).expect("UTF-8");
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..]
            .chars()
            .filter(|c| *c != '\u{feff}')
            .count()
            + 1;
        assert_eq!(
            (number(&f["line"]), number(&f["column"])),
            (line, column),
            "{path}: line and column of {f}"
        );
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("metadata").permissions().mode() & 0o7777
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).expect("metadata").ino()
}

/// Restores a folder's permissions when dropped, so the temporary directory can be removed
/// even when an assertion fails first.
#[cfg(unix)]
struct RestoreMode<'a> {
    path: &'a Path,
    mode: u32,
}

#[cfg(unix)]
impl Drop for RestoreMode<'_> {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(self.path, fs::Permissions::from_mode(self.mode));
    }
}

// ---------------------------------------------------------------------------------------------
// The fixture's files, before and after.

const SAFE: &str = "# Safe fixes

Our Clients love the Powerspec desktops.
Ask a technician, or an end user, for a CLIENT reply.
The Power Spec team at micro center checks every client's order.
";

const SAFE_FIXED: &str = "# Safe fixes

Our Customers love the PowerSpec desktops.
Ask an expert, or a customer, for a CUSTOMER reply.
The PowerSpec team at Micro Center checks every customer's order.
";

const MIXED: &str = "# Mixed fixes

We leverage the Powerspec line for our clients.
The PowerSpek build is cheap, with a strong ROI.
Three notebooks in 60 seconds, every time.
";

const MIXED_SAFE_FIXED: &str = "# Mixed fixes

We leverage the PowerSpec line for our customers.
The PowerSpek build is cheap, with a strong ROI.
Three notebooks in 60 seconds, every time.
";

const MIXED_ALL_FIXED: &str = "# Mixed fixes

We use the PowerSpec line for our customers.
The PowerSpec build is affordable, with a strong ROI.
Three laptops in 60 seconds, every time.
";

const LAUNCH: &str = "# Launch

This workstation runs every new release.
";

const LAUNCH_FIXED: &str = "# Launch

This rig runs every new release.
";

const MARKUP: &str = "# Markup stays

Our **client** list and our **cli**ents.
An end
user waits for the Power
Spec desk.
> We ask every end
> user first.
";

const MARKUP_FIXED: &str = "# Markup stays

Our **customer** list and our **cli**ents.
An end
user waits for the Power
Spec desk.
> We ask every end
> user first.
";

const CLEAN: &str = "# Clean

Our customers love the PowerSpec desktops.
";

#[test]
fn the_fixture_files_are_as_the_tests_expect() {
    let fixture = Fixture::new();
    assert_eq!(fixture.read("safe.md"), SAFE);
    assert_eq!(fixture.read("mixed.md"), MIXED);
    assert_eq!(fixture.read("gaming/launch.md"), LAUNCH);
    assert_eq!(fixture.read("markup.md"), MARKUP);
    assert_eq!(fixture.read("clean.md"), CLEAN);
}

// ---------------------------------------------------------------------------------------------
// --fix, --unsafe-fixes

#[test]
fn fix_applies_only_safe_fixes() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--fix", "-q"]);
    // mixed.md keeps its banned terms and brand typo (errors): exit 1.
    run.expect_code(1);
    assert_eq!(fixture.read("safe.md"), SAFE_FIXED);
    assert_eq!(fixture.read("mixed.md"), MIXED_SAFE_FIXED);
    assert_eq!(
        fixture.read("gaming/launch.md"),
        LAUNCH,
        "audience fixes are unsafe"
    );
    assert_eq!(fixture.read("markup.md"), MARKUP_FIXED);
    assert_eq!(fixture.read("clean.md"), CLEAN);
    // 8 in safe.md, 2 in mixed.md, 1 in markup.md.
    assert!(
        run.summary().ends_with("(11 fixed)"),
        "summary: {}",
        run.summary()
    );
}

#[test]
fn unsafe_fixes_apply_safe_and_unsafe_fixes() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--unsafe-fixes", "-q"]);
    // "ROI" is banned with no replacement: it stays, an error.
    run.expect_code(1);
    assert_eq!(fixture.read("safe.md"), SAFE_FIXED);
    assert_eq!(fixture.read("mixed.md"), MIXED_ALL_FIXED);
    assert_eq!(fixture.read("gaming/launch.md"), LAUNCH_FIXED);
    assert_eq!(fixture.read("markup.md"), MARKUP_FIXED);
    assert_eq!(fixture.read("clean.md"), CLEAN);
    // 8 + 6 + 1 + 1 fixed; left: "ROI" and, in markup.md, "Power\nSpec" (errors) and two
    // "end user"s across line breaks (warnings).
    assert_eq!(
        run.summary(),
        "2 errors, 2 warnings in 2 of 5 files (16 fixed)"
    );
}

#[test]
fn unsafe_fixes_imply_fix_and_fix_with_unsafe_fixes_is_the_same() {
    for args in [
        &["check", "--unsafe-fixes", "mixed.md"][..],
        &["check", "--fix", "--unsafe-fixes", "mixed.md"][..],
    ] {
        let fixture = Fixture::new();
        fixture.run(args).expect_code(1);
        assert_eq!(fixture.read("mixed.md"), MIXED_ALL_FIXED, "{args:?}");
    }
}

#[test]
fn the_human_summary_counts_the_fixes() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--fix", "safe.md"]);
    run.expect_code(0);
    assert_eq!(run.summary(), "No findings in 1 file (8 fixed)");
    // Without fixing, no count.
    let run = fixture.run(&["check", "clean.md"]);
    assert_eq!(run.summary(), "No findings in 1 file");
}

#[test]
fn files_without_fixes_are_not_rewritten() {
    let fixture = Fixture::new();
    let before = (
        inode(&fixture.file("clean.md")),
        inode(&fixture.file("gaming/launch.md")),
    );
    fixture.run(&["check", "--fix", "-q"]).expect_code(1);
    assert_eq!(
        (
            inode(&fixture.file("clean.md")),
            inode(&fixture.file("gaming/launch.md"))
        ),
        before,
        "a file with nothing to fix is left alone, not replaced"
    );
}

#[test]
fn no_temporary_files_are_left_behind() {
    let fixture = Fixture::new();
    fixture.run(&["check", "--unsafe-fixes", "-q"]);
    let names: Vec<String> = fixture
        .snapshot()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        names,
        [
            "clean.md",
            "gaming/launch.md",
            "markup.md",
            "message-guide.yml",
            "mixed.md",
            "safe.md"
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn exit_codes_for_each_mode() {
    // (arguments, exit code, file left as)
    let cases: &[(&[&str], i32, &str, &str)] = &[
        (&["check", "safe.md"], 1, "safe.md", SAFE),
        (&["check", "--fix", "safe.md"], 0, "safe.md", SAFE_FIXED),
        (
            &["check", "--unsafe-fixes", "safe.md"],
            0,
            "safe.md",
            SAFE_FIXED,
        ),
        (
            &["check", "--fix", "mixed.md"],
            1,
            "mixed.md",
            MIXED_SAFE_FIXED,
        ),
        (
            &["check", "--fix", "--fail-on", "never", "mixed.md"],
            0,
            "mixed.md",
            MIXED_SAFE_FIXED,
        ),
        (
            &["check", "--unsafe-fixes", "mixed.md"],
            1,
            "mixed.md",
            MIXED_ALL_FIXED,
        ),
        // The audience term is a warning and its fix unsafe.
        (&["check", "--fix", "gaming"], 0, "gaming/launch.md", LAUNCH),
        (
            &["check", "--fix", "--fail-on", "warning", "gaming"],
            1,
            "gaming/launch.md",
            LAUNCH,
        ),
        (
            &["check", "--unsafe-fixes", "--fail-on", "warning", "gaming"],
            0,
            "gaming/launch.md",
            LAUNCH_FIXED,
        ),
        // --diff: 1 when the diff is not empty, whatever --fail-on says.
        (&["check", "--diff", "safe.md"], 1, "safe.md", SAFE),
        (
            &["check", "--diff", "--fail-on", "never", "safe.md"],
            1,
            "safe.md",
            SAFE,
        ),
        (&["check", "--diff", "clean.md"], 0, "clean.md", CLEAN),
        (
            &["check", "--diff", "gaming"],
            0,
            "gaming/launch.md",
            LAUNCH,
        ),
        (
            &["check", "--diff", "--unsafe-fixes", "gaming"],
            1,
            "gaming/launch.md",
            LAUNCH,
        ),
        (&["check", "--diff", "--fix", "safe.md"], 1, "safe.md", SAFE),
        (
            &[
                "check",
                "--diff",
                "--unsafe-fixes",
                "--fail-on",
                "never",
                "mixed.md",
            ],
            1,
            "mixed.md",
            MIXED,
        ),
    ];
    for (args, code, file, contents) in cases {
        let fixture = Fixture::new();
        let run = fixture.run(args);
        assert_eq!(
            run.code, *code,
            "{args:?}\n--- stdout\n{}\n--- stderr\n{}",
            run.stdout, run.stderr
        );
        assert_eq!(fixture.read(file), *contents, "{args:?}: {file}");
    }
}

#[test]
fn diff_exits_1_on_remaining_findings_with_an_empty_diff() {
    let fixture = Fixture::new();
    fixture.write("roi.md", "A strong ROI.\n");
    let run = fixture.run(&["check", "--diff", "--unsafe-fixes", "roi.md"]);
    run.expect_code(1);
    assert_eq!(run.stdout, "", "no diff");
    assert!(run.stderr.contains("\"ROI\" is banned"), "{}", run.stderr);
    let run = fixture.run(&["check", "--diff", "--fail-on", "never", "roi.md"]);
    run.expect_code(0);
    assert_eq!(run.stdout, "");
}

// ---------------------------------------------------------------------------------------------
// --diff

const SAFE_DIFF: &str = "--- a/safe.md
+++ b/safe.md
@@ -1,5 +1,5 @@
 # Safe fixes
 
-Our Clients love the Powerspec desktops.
-Ask a technician, or an end user, for a CLIENT reply.
-The Power Spec team at micro center checks every client's order.
+Our Customers love the PowerSpec desktops.
+Ask an expert, or a customer, for a CUSTOMER reply.
+The PowerSpec team at Micro Center checks every customer's order.
";

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let fixture = Fixture::new();
    let before = fixture.snapshot();
    let run = fixture.run(&["check", "--diff", "safe.md"]);
    run.expect_code(1);
    assert_eq!(run.stdout, SAFE_DIFF);
    // The report goes to stderr.
    assert!(
        run.stderr.contains("No findings in 1 file"),
        "{}",
        run.stderr
    );
    assert_eq!(fixture.snapshot(), before, "--diff writes nothing");
}

#[test]
fn diff_with_unsafe_fixes_prints_every_changed_file_in_order() {
    let fixture = Fixture::new();
    let before = fixture.snapshot();
    let run = fixture.run(&[
        "check",
        "--diff",
        "--unsafe-fixes",
        "-q",
        "mixed.md",
        "gaming",
    ]);
    run.expect_code(1);
    let expected = "--- a/gaming/launch.md
+++ b/gaming/launch.md
@@ -1,3 +1,3 @@
 # Launch
 
-This workstation runs every new release.
+This rig runs every new release.
--- a/mixed.md
+++ b/mixed.md
@@ -1,5 +1,5 @@
 # Mixed fixes
 
-We leverage the Powerspec line for our clients.
-The PowerSpek build is cheap, with a strong ROI.
-Three notebooks in 60 seconds, every time.
+We use the PowerSpec line for our customers.
+The PowerSpec build is affordable, with a strong ROI.
+Three laptops in 60 seconds, every time.
";
    assert_eq!(run.stdout, expected);
    assert_eq!(fixture.snapshot(), before);
}

#[test]
fn diff_of_safe_fixes_only_leaves_unsafe_ones_out() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--diff", "mixed.md"]);
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        "--- a/mixed.md
+++ b/mixed.md
@@ -1,5 +1,5 @@
 # Mixed fixes
 
-We leverage the Powerspec line for our clients.
+We leverage the PowerSpec line for our customers.
 The PowerSpek build is cheap, with a strong ROI.
 Three notebooks in 60 seconds, every time.
"
    );
    assert_eq!(fixture.read("mixed.md"), MIXED);
}

#[test]
fn diff_with_json_keeps_stdout_for_the_diff() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--diff", "--format", "json", "safe.md"]);
    run.expect_code(1);
    assert_eq!(run.stdout, SAFE_DIFF);
    let report: Value = serde_json::from_str(&run.stderr)
        .unwrap_or_else(|err| panic!("stderr is the JSON report ({err}):\n{}", run.stderr));
    assert_eq!(report["fixed"], 8);
    assert_eq!(fixture.read("safe.md"), SAFE);
}

#[test]
fn diff_of_a_file_without_a_final_newline() {
    let fixture = Fixture::new();
    fixture.write("short.md", "Our clients.");
    let run = fixture.run(&["check", "--diff", "short.md"]);
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        "--- a/short.md
+++ b/short.md
@@ -1 +1 @@
-Our clients.
\\ No newline at end of file
+Our customers.
\\ No newline at end of file
"
    );
    assert_eq!(fixture.read("short.md"), "Our clients.");
}

// ---------------------------------------------------------------------------------------------
// JSON

#[test]
fn json_counts_fixes_and_places_remaining_findings_in_the_fixed_file() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--fix", "--format", "json", "safe.md", "mixed.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["fixed"], 10);
    assert_eq!(
        matched(&report),
        pairs(&[
            ("banned-term", "leverage"),
            ("brand-name", "PowerSpek"),
            ("banned-term", "cheap"),
            ("banned-term", "ROI"),
            ("phrase-drift", "Three notebooks in 60 seconds"),
        ])
    );
    assert_positions_match_files(fixture.path(), &report);
    // "PowerSpek" moved: "Powerspec" and "clients" were fixed before it ("clients" grew by 2).
    let typo = &findings(&report)[1];
    assert_eq!(
        (number(&typo["start"]), number(&typo["line"])),
        (MIXED_SAFE_FIXED.find("PowerSpek").expect("in the text"), 4)
    );

    let run = fixture.run(&["check", "--unsafe-fixes", "--format", "json", "mixed.md"]);
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["fixed"], 4);
    assert_eq!(matched(&report), pairs(&[("banned-term", "ROI")]));
    assert_positions_match_files(fixture.path(), &report);
    let roi = &findings(&report)[0];
    assert_eq!(
        (
            number(&roi["start"]),
            number(&roi["end"]),
            number(&roi["line"]),
            number(&roi["column"]),
            number(&roi["end_column"])
        ),
        (109, 112, 4, 50, 53)
    );
}

#[test]
fn json_has_no_fixed_count_without_fixing() {
    let fixture = Fixture::new();
    let report = fixture
        .run(&["check", "--format", "json", "safe.md"])
        .json();
    assert!(report.get("fixed").is_none(), "{report}");
    let report = fixture
        .run(&["check", "--fix", "--format", "json", "clean.md"])
        .json();
    assert_eq!(report["fixed"], 0);
}

#[test]
fn remaining_findings_of_a_bom_file_are_placed_in_the_fixed_file() {
    let fixture = Fixture::new();
    fixture.write(
        "bom.md",
        "\u{feff}Our clients leverage the Powerspec.\r\nA technician, a cheap ROI.\r\n",
    );
    let run = fixture.run(&["check", "--fix", "--format", "json", "bom.md"]);
    let report = run.json();
    assert_eq!(report["fixed"], 3);
    assert_eq!(
        matched(&report),
        pairs(&[
            ("banned-term", "leverage"),
            ("banned-term", "cheap"),
            ("banned-term", "ROI"),
        ])
    );
    assert_positions_match_files(fixture.path(), &report);
}

// ---------------------------------------------------------------------------------------------
// Idempotence

#[test]
fn a_second_fix_changes_nothing() {
    for flag in ["--fix", "--unsafe-fixes"] {
        let fixture = Fixture::new();
        fixture.run(&["check", flag, "-q"]);
        let after_first = fixture.snapshot();
        let inodes: Vec<u64> = ["safe.md", "mixed.md", "markup.md", "gaming/launch.md"]
            .iter()
            .map(|f| inode(&fixture.file(f)))
            .collect();
        let run = fixture.run(&["check", flag, "--format", "json"]);
        assert_eq!(run.json()["fixed"], 0, "{flag}");
        assert_eq!(
            fixture.snapshot(),
            after_first,
            "{flag}: the second run changed files"
        );
        let again: Vec<u64> = ["safe.md", "mixed.md", "markup.md", "gaming/launch.md"]
            .iter()
            .map(|f| inode(&fixture.file(f)))
            .collect();
        assert_eq!(again, inodes, "{flag}: the second run rewrote files");
        let diff = fixture.run(&["check", "--diff", flag]);
        assert_eq!(diff.stdout, "", "{flag}: nothing left to diff");
    }
}

// ---------------------------------------------------------------------------------------------
// Line endings, BOM, articles, markup

#[test]
fn crlf_and_bom_are_kept() {
    let fixture = Fixture::new();
    let original = "\u{feff}# Title\r\n\r\nOur clients use Powerspec.\r\nAsk a technician.\r\nWe leverage it\r\n";
    fixture.write("crlf.md", original);
    fixture
        .run(&["check", "--fix", "-q", "crlf.md"])
        .expect_code(1);
    assert_eq!(
        fixture.bytes("crlf.md"),
        "\u{feff}# Title\r\n\r\nOur customers use PowerSpec.\r\nAsk an expert.\r\nWe leverage it\r\n"
            .as_bytes()
    );
    fixture
        .run(&["check", "--unsafe-fixes", "-q", "crlf.md"])
        .expect_code(0);
    assert_eq!(
        fixture.bytes("crlf.md"),
        "\u{feff}# Title\r\n\r\nOur customers use PowerSpec.\r\nAsk an expert.\r\nWe use it\r\n"
            .as_bytes()
    );
}

#[test]
fn a_bom_is_kept_when_the_first_word_is_fixed() {
    let fixture = Fixture::new();
    fixture.write("first.md", "\u{feff}Clients first.\n");
    fixture
        .run(&["check", "--fix", "-q", "first.md"])
        .expect_code(0);
    assert_eq!(
        fixture.bytes("first.md"),
        "\u{feff}Customers first.\n".as_bytes()
    );
}

#[test]
fn mixed_line_endings_are_kept_line_by_line() {
    let fixture = Fixture::new();
    fixture.write(
        "mixed-endings.md",
        "One client.\r\nTwo clients.\nThree CLIENTS.\r\n",
    );
    fixture
        .run(&["check", "--fix", "-q", "mixed-endings.md"])
        .expect_code(0);
    assert_eq!(
        fixture.bytes("mixed-endings.md"),
        b"One customer.\r\nTwo customers.\nThree CUSTOMERS.\r\n"
    );
}

#[test]
fn articles_follow_the_new_word() {
    let fixture = Fixture::new();
    let run = fixture.run_stdin(
        &["check", "--stdin", "--fix"],
        "A technician helps. An end user waits. AN END USER calls. Ask an technician or a end user.\n",
    );
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        "An expert helps. A customer waits. A CUSTOMER calls. Ask an expert or a customer.\n"
    );
}

#[test]
fn markup_is_never_rewritten() {
    let fixture = Fixture::new();
    let run = fixture.run(&["check", "--unsafe-fixes", "--format", "json", "markup.md"]);
    run.expect_code(1);
    // Inside emphasis the word is fixed and the markup kept; across a line break (with or
    // without a quote marker) nothing is rewritten.
    assert_eq!(fixture.read("markup.md"), MARKUP_FIXED);
    let report = run.json();
    assert_eq!(report["fixed"], 1);
    assert_eq!(
        matched(&report),
        pairs(&[
            ("preferred-term", "end\nuser"),
            ("brand-name", "Power\nSpec"),
            ("preferred-term", "end\n> user"),
        ])
    );
    assert!(
        findings(&report).iter().all(|f| f["fix"].is_null()),
        "no fix across a line break: {report}"
    );
    assert_positions_match_files(fixture.path(), &report);
}

#[test]
fn double_spaces_and_tabs_inside_a_match_are_not_rewritten() {
    let fixture = Fixture::new();
    let text = "Our end  users and an end\tuser.\n";
    fixture.write("spaces.md", text);
    fixture
        .run(&["check", "--unsafe-fixes", "-q", "spaces.md"])
        .expect_code(0);
    assert_eq!(fixture.read("spaces.md"), text);
}

// ---------------------------------------------------------------------------------------------
// Only reported findings are fixed

#[test]
fn suppressed_findings_are_not_fixed() {
    let fixture = Fixture::new();
    fixture.write(
        "suppressed.md",
        "<!-- onmessage-disable-next-line brand-name -->\nOur Powerspec clients.\nOur Powerspec clients.\n",
    );
    fixture
        .run(&["check", "--fix", "-q", "suppressed.md"])
        .expect_code(0);
    assert_eq!(
        fixture.read("suppressed.md"),
        "<!-- onmessage-disable-next-line brand-name -->\nOur Powerspec customers.\nOur PowerSpec customers.\n"
    );
}

#[test]
fn baselined_findings_are_not_fixed() {
    let fixture = Fixture::new();
    fixture
        .run(&["check", "--write-baseline", "baseline.json", "safe.md"])
        .expect_code(0);
    let mut text = SAFE.to_string();
    text.push_str("A technician for our clients.\n");
    fixture.write("safe.md", &text);
    let run = fixture.run(&[
        "check",
        "--fix",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
        "safe.md",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["fixed"], 2);
    assert_eq!(
        fixture.read("safe.md"),
        format!("{SAFE}An expert for our customers.\n")
    );
    assert!(
        findings(&run.json()).is_empty(),
        "the baselined findings stay hidden: {}",
        run.stdout
    );
}

/// Bug: `fix_text` asks `Selector::reported` with the finding's line as `line_of` cuts it from
/// the full text, BOM included, while the baseline records the line without the BOM. So on the
/// first line of a file with a BOM, baselined findings are fixed.
#[test]
fn baselined_findings_on_the_first_line_of_a_bom_file_are_not_fixed() {
    let fixture = Fixture::new();
    let text = "\u{feff}Our clients use Powerspec.\nMore clients here.\n";
    fixture.write("bom.md", text);
    fixture
        .run(&["check", "--write-baseline", "baseline.json", "bom.md"])
        .expect_code(0);
    fixture.write("bom.md", format!("{text}A technician.\n"));
    let run = fixture.run(&[
        "check",
        "--fix",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
        "bom.md",
    ]);
    assert_eq!(
        fixture.read("bom.md"),
        format!("{text}An expert.\n"),
        "only the new line is fixed"
    );
    assert_eq!(run.json()["fixed"], 1);
}

/// Bug: the baseline is a multiset (an entry with count 1 hides one of two identical
/// findings), but `Selector::reported` asks a set: a finding the report shows as new is never
/// fixed, and `--fix` reports a fixable finding it did not fix.
#[test]
fn a_new_copy_of_a_baselined_finding_is_fixed() {
    let fixture = Fixture::new();
    fixture.write("dup.md", "Our clients.\n");
    fixture
        .run(&["check", "--write-baseline", "baseline.json", "dup.md"])
        .expect_code(0);
    fixture.write("dup.md", "Our clients.\nOur clients.\n");
    let run = fixture.run(&[
        "check",
        "--fix",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
        "dup.md",
    ]);
    let report = run.json();
    assert!(
        findings(&report).iter().all(|f| f["fix"].is_null()),
        "--fix left a reported, safely fixable finding: {report}"
    );
    assert_eq!(report["fixed"], 1);
}

/// The same through `--stdin --fix` (what an editor calls): the copy the report shows is the
/// copy fixed, as for files.
#[test]
fn a_new_copy_of_a_baselined_finding_is_fixed_on_stdin() {
    let fixture = Fixture::new();
    fixture.write("dup.md", "Our clients.\n");
    fixture
        .run(&["check", "--write-baseline", "baseline.json", "dup.md"])
        .expect_code(0);
    let run = fixture.run_stdin(
        &[
            "check",
            "--stdin",
            "--stdin-filename",
            "dup.md",
            "--fix",
            "--baseline",
            "baseline.json",
        ],
        "Our clients.\nOur clients.\n",
    );
    assert_eq!(
        run.stdout, "Our clients.\nOur customers.\n",
        "{}",
        run.stderr
    );
}

/// A git repository of its own with no global or system configuration.
struct Repo {
    fixture: Fixture,
}

impl Repo {
    fn new() -> Self {
        let repo = Repo {
            fixture: Fixture::new(),
        };
        common::init_git_repo(repo.fixture.path());
        repo
    }

    fn git(&self, args: &[&str]) -> String {
        common::git_in(self.fixture.path(), args)
    }

    fn run(&self, args: &[&str]) -> Run {
        let mut cmd = common::onmessage_in_repo(self.fixture.path(), self.fixture.path());
        finish(cmd.args(args).output().expect("onmessage can be started"))
    }
}

#[test]
fn findings_on_unchanged_lines_are_not_fixed() {
    let repo = Repo::new();
    repo.git(&["add", "--all"]);
    repo.git(&["commit", "--quiet", "-m", "initial"]);
    // Edit line 3 and add a line 6; lines 4 and 5 stay as committed.
    let edited = SAFE.replace("desktops.", "towers.") + "A technician for our clients.\n";
    repo.fixture.write("safe.md", &edited);
    let run = repo.run(&[
        "check",
        "--fix",
        "--changed-since",
        "HEAD",
        "--format",
        "json",
        "safe.md",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["fixed"], 4);
    assert_eq!(
        repo.fixture.read("safe.md"),
        "# Safe fixes

Our Customers love the PowerSpec towers.
Ask a technician, or an end user, for a CLIENT reply.
The Power Spec team at micro center checks every client's order.
An expert for our customers.
"
    );
    // The unchanged lines still hold their findings; none is reported.
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
    assert_positions_match_files(repo.fixture.path(), &run.json());
}

/// Bug: the guide check that keeps fixes convergent ("a `use`, `replacement` or `prefer` word
/// that is itself banned, replaced or avoided is an error") does not look at approved phrases.
/// A phrase holding an `instead_of` word makes the fixes oscillate: phrase-drift writes the
/// phrase, preferred-term replaces its word, the result drifts again. The run says "did not
/// settle after 10 passes", counts "10 fixed", exits 0, and a second run changes the file again.
#[test]
fn fixes_settle_when_an_approved_phrase_holds_a_replaced_word() {
    let fixture = Fixture::new();
    fixture.write(
        "phrase/message-guide.yml",
        "version: 1\nterms:\n  - {use: customer, instead_of: [client]}\nphrases:\n  - {id: t, text: \"Book a demo with our clients team today\"}\n",
    );
    let original = "Book the demo with our clients team today.\n";
    fixture.write("phrase/a.md", original);
    let first = fixture.run(&["check", "--unsafe-fixes", "-q", "phrase/a.md"]);
    if first.code == 2 && first.stderr.contains("message-guide.yml") {
        // The guide is refused: fine, as long as nothing was written.
        assert_eq!(fixture.read("phrase/a.md"), original);
        return;
    }
    assert!(
        !first.stderr.contains("did not settle"),
        "the guide was accepted but its fixes do not settle:\n{}",
        first.stderr
    );
    let after = fixture.read("phrase/a.md");
    let second = fixture.run(&["check", "--unsafe-fixes", "--format", "json", "phrase/a.md"]);
    assert_eq!(second.json()["fixed"], 0);
    assert_eq!(fixture.read("phrase/a.md"), after);
}

// ---------------------------------------------------------------------------------------------
// Files that must not be written

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_and_the_others_are_fixed() {
    let fixture = Fixture::new();
    fixture.write("ro.md", SAFE);
    set_mode(&fixture.file("ro.md"), 0o444);
    // The mode decides, even for root, who could write anyway.
    let run = fixture.run(&["check", "--fix", "-q", "ro.md", "safe.md"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("not fixing ro.md: the file is read-only"),
        "{}",
        run.stderr
    );
    assert_eq!(fixture.read("ro.md"), SAFE, "nothing written");
    assert_eq!(mode(&fixture.file("ro.md")), 0o444);
    assert_eq!(
        fixture.read("safe.md"),
        SAFE_FIXED,
        "the other file is fixed"
    );
    // ro.md's findings are still reported; safe.md's are gone.
    let run = fixture.run(&["check", "--fix", "--format", "json", "ro.md", "safe.md"]);
    run.expect_code(2);
    let report = run.json();
    assert!(
        findings(&report).iter().all(|f| f["path"] == "ro.md"),
        "{report}"
    );
    assert_eq!(findings(&report).len(), 8);
    assert_eq!(report["fixed"], 0);
    assert_positions_match_files(fixture.path(), &report);
}

#[cfg(unix)]
#[test]
fn a_file_in_a_read_only_folder_is_refused_and_the_others_are_fixed() {
    let fixture = Fixture::new();
    fixture.write("locked/a.md", SAFE);
    let locked = fixture.file("locked");
    set_mode(&locked, 0o555);
    let _restore = RestoreMode {
        path: &locked,
        mode: 0o755,
    };
    let run = fixture.run(&["check", "--fix", "-q", "locked", "safe.md"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("not fixing locked/a.md: its folder cannot be written"),
        "{}",
        run.stderr
    );
    assert_eq!(fixture.read("locked/a.md"), SAFE, "nothing written");
    assert_eq!(
        fs::read_dir(&locked).expect("list").count(),
        1,
        "no temporary file left in the folder"
    );
    assert_eq!(
        fixture.read("safe.md"),
        SAFE_FIXED,
        "the other file is fixed"
    );
    assert_eq!(mode(&locked), 0o555);
}

#[cfg(unix)]
#[test]
fn a_refused_file_does_not_stop_diff() {
    // --diff writes nothing, so a read-only file is no reason to fail.
    let fixture = Fixture::new();
    set_mode(&fixture.file("safe.md"), 0o444);
    let run = fixture.run(&["check", "--diff", "safe.md"]);
    run.expect_code(1);
    assert_eq!(run.stdout, SAFE_DIFF);
}

// ---------------------------------------------------------------------------------------------
// Symlinks and permissions

#[cfg(unix)]
#[test]
fn a_symlink_is_written_through() {
    let fixture = Fixture::new();
    fixture.write("real/target.md", SAFE);
    std::os::unix::fs::symlink("real/target.md", fixture.file("link.md")).expect("symlink");
    let run = fixture.run(&["check", "--fix", "-q", "link.md"]);
    run.expect_code(0);
    let link = fs::symlink_metadata(fixture.file("link.md")).expect("link metadata");
    assert!(link.file_type().is_symlink(), "the link stays a link");
    assert_eq!(
        fs::read_link(fixture.file("link.md")).expect("read link"),
        PathBuf::from("real/target.md")
    );
    assert_eq!(
        fixture.read("real/target.md"),
        SAFE_FIXED,
        "the target is fixed"
    );
    assert_eq!(
        fs::read_dir(fixture.file("real")).expect("list").count(),
        1,
        "no temporary file beside the target"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_read_only_file_is_refused() {
    let fixture = Fixture::new();
    fixture.write("real/target.md", SAFE);
    set_mode(&fixture.file("real/target.md"), 0o444);
    std::os::unix::fs::symlink("real/target.md", fixture.file("link.md")).expect("symlink");
    let run = fixture.run(&["check", "--fix", "-q", "link.md"]);
    run.expect_code(2);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(fixture.read("real/target.md"), SAFE);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    for wanted in [0o640, 0o600, 0o755, 0o664] {
        let fixture = Fixture::new();
        let file = fixture.file("safe.md");
        set_mode(&file, wanted);
        fixture
            .run(&["check", "--fix", "-q", "safe.md"])
            .expect_code(0);
        assert_eq!(fixture.read("safe.md"), SAFE_FIXED);
        assert_eq!(mode(&file), wanted, "mode {wanted:o}");
    }
}

// ---------------------------------------------------------------------------------------------
// Standard input

#[test]
fn stdin_fix_prints_exactly_the_fixed_text() {
    let fixture = Fixture::new();
    let before = fixture.snapshot();
    let input = "Our clients use Powerspec and leverage it.";
    let run = fixture.run_stdin(&["check", "--stdin", "--fix"], input);
    run.expect_code(1);
    assert_eq!(run.stdout, "Our customers use PowerSpec and leverage it.");
    assert!(
        run.stderr.contains("\"leverage\" is banned"),
        "the report goes to stderr: {}",
        run.stderr
    );
    assert!(
        run.stderr
            .trim_end()
            .ends_with("1 error in 1 of 1 file (2 fixed)"),
        "{}",
        run.stderr
    );

    let run = fixture.run_stdin(&["check", "--stdin", "--unsafe-fixes"], input);
    run.expect_code(0);
    assert_eq!(run.stdout, "Our customers use PowerSpec and use it.");
    assert_eq!(fixture.snapshot(), before, "no file written");
}

#[test]
fn stdin_fix_keeps_bom_and_crlf() {
    let fixture = Fixture::new();
    let run = fixture.run_stdin(
        &["check", "--stdin", "--fix"],
        "\u{feff}Clients first.\r\nA technician.\r\n",
    );
    run.expect_code(0);
    assert_eq!(run.stdout, "\u{feff}Customers first.\r\nAn expert.\r\n");
}

#[test]
fn stdin_fix_prints_the_text_unchanged_when_nothing_applies() {
    let fixture = Fixture::new();
    let input = "A strong ROI.\n\n";
    let run = fixture.run_stdin(&["check", "--stdin", "--fix"], input);
    run.expect_code(1);
    assert_eq!(run.stdout, input);
    let run = fixture.run_stdin(&["check", "--stdin", "--fix"], "");
    run.expect_code(0);
    assert_eq!(run.stdout, "");
}

#[test]
fn stdin_fix_with_json_keeps_the_report_on_stderr() {
    let fixture = Fixture::new();
    let run = fixture.run_stdin(
        &["check", "--stdin", "--fix", "--format", "json"],
        "Our clients use Powerspec and leverage it.\n",
    );
    run.expect_code(1);
    assert_eq!(run.stdout, "Our customers use PowerSpec and leverage it.\n");
    let report: Value = serde_json::from_str(&run.stderr)
        .unwrap_or_else(|err| panic!("stderr is the JSON report ({err}):\n{}", run.stderr));
    assert_eq!(report["fixed"], 2);
    let leverage = &findings(&report)[0];
    assert_eq!(leverage["matched"], "leverage");
    // Positioned in the fixed text.
    assert_eq!(
        number(&leverage["start"]),
        "Our customers use PowerSpec and ".len()
    );
}

#[test]
fn stdin_diff_prints_only_the_diff() {
    let fixture = Fixture::new();
    let input = "# Note\n\nOur clients use Powerspec and leverage it.\n";
    let run = fixture.run_stdin(
        &[
            "check",
            "--stdin",
            "--diff",
            "--stdin-filename",
            "notes/x.md",
        ],
        input,
    );
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        "--- a/notes/x.md
+++ b/notes/x.md
@@ -1,3 +1,3 @@
 # Note
 
-Our clients use Powerspec and leverage it.
+Our customers use PowerSpec and leverage it.
"
    );
    assert!(run.stderr.contains("(2 fixed)"), "{}", run.stderr);

    let run = fixture.run_stdin(&["check", "--stdin", "--diff", "--unsafe-fixes"], input);
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        "--- a/<stdin>
+++ b/<stdin>
@@ -1,3 +1,3 @@
 # Note
 
-Our clients use Powerspec and leverage it.
+Our customers use PowerSpec and use it.
"
    );

    // Nothing to fix: no diff at all, exit 0.
    let run = fixture.run_stdin(&["check", "--stdin", "--diff"], "Our customers.\n");
    run.expect_code(0);
    assert_eq!(run.stdout, "");
}

#[test]
fn stdin_fix_uses_the_audience_of_the_stdin_filename() {
    let fixture = Fixture::new();
    let run = fixture.run_stdin(
        &[
            "check",
            "--stdin",
            "--unsafe-fixes",
            "--stdin-filename",
            "gaming/new.md",
        ],
        LAUNCH,
    );
    run.expect_code(0);
    assert_eq!(run.stdout, LAUNCH_FIXED);
    assert!(!fixture.file("gaming/new.md").exists(), "nothing written");
}

/// Bug: `fix_stdin` fixes the text whatever `check_bytes` said, so text checked as a file the
/// guide ignores is fixed (and counted) although nothing is reported for it; the same file
/// given on the command line is left alone.
#[test]
fn stdin_fix_of_an_ignored_path_prints_the_text_unchanged() {
    let fixture = Fixture::new();
    fixture.write("archive/old.md", "Our clients.\n");
    let run = fixture.run(&["check", "--fix", "archive/old.md"]);
    run.expect_code(0);
    assert_eq!(fixture.read("archive/old.md"), "Our clients.\n");
    let run = fixture.run_stdin(
        &[
            "check",
            "--stdin",
            "--fix",
            "--stdin-filename",
            "archive/new.md",
        ],
        "Our clients.\n",
    );
    run.expect_code(0);
    assert_eq!(run.stdout, "Our clients.\n", "ignored text is not fixed");
    assert!(run.stderr.contains("(0 fixed)"), "{}", run.stderr);
}

/// Bugs found by tests/fix_properties.rs, seen from the command line: plain `check` panics
/// too (exit 101), fixes or not.
/// - `preferred_term::article_edit` slices at `rfind(non-letter) + 1`, inside a multi-byte
///   character such as a curly quote or apostrophe;
/// - `context::breaks_segment` slices one byte before the end of a word, inside a final
///   non-ASCII letter, when a line break follows (any guide with phrases).
#[test]
fn non_ascii_text_next_to_fixes_does_not_crash() {
    let fixture = Fixture::new();
    let cases = [
        (
            "He said \u{201c}a client\u{201d}.\n",
            "He said \u{201c}a customer\u{201d}.\n",
        ),
        (
            "Our client\u{2019}s client.\n",
            "Our customer\u{2019}s customer.\n",
        ),
        (
            "We love the caf\u{e9}\nand the clients.\n",
            "We love the caf\u{e9}\nand the customers.\n",
        ),
    ];
    for (input, fixed) in cases {
        let run = fixture.run_stdin(&["check", "--stdin", "--fix"], input);
        assert_eq!(run.stdout, fixed, "{input:?}\n{}", run.stderr);
        run.expect_code(0);
    }
}

/// Bug: a folder holding a symlink and its target gives two targets for one file. The first
/// (`docs/link.md`, sorted first) is fixed through the link; the second then reads the fixed
/// text, has nothing to change, gets no entry in `Fixed::texts`, and so `recheck` keeps its
/// findings from before the fix: the report shows 8 stale findings for `docs/real.md` at
/// positions in the old text, and exits 1, though the file is clean.
#[cfg(unix)]
#[test]
fn a_link_and_its_target_in_one_walk_are_fixed_once() {
    let fixture = Fixture::new();
    fixture.write("docs/real.md", SAFE);
    std::os::unix::fs::symlink("real.md", fixture.file("docs/link.md")).expect("symlink");
    let run = fixture.run(&["check", "--fix", "--format", "json", "docs"]);
    assert_eq!(run.json()["fixed"], 8);
    assert_eq!(fixture.read("docs/real.md"), SAFE_FIXED);
    assert_positions_match_files(fixture.path(), &run.json());
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
    run.expect_code(0);
    assert!(fs::symlink_metadata(fixture.file("docs/link.md"))
        .expect("link")
        .file_type()
        .is_symlink());
}

// ---------------------------------------------------------------------------------------------
// Later passes, and --diff against --fix

/// Bug: fixing "notebooks" in "Four notebooks in 60 seconds" made the line drift from the
/// approved phrase "Three laptops in 60 seconds", and pass 2 rewrote "Four" to "Three", though
/// `check` reported only "notebooks". A later pass may fix only text an earlier fix wrote: the
/// drift is reported after the fix instead, and fixed by the next run the user asks for.
#[test]
fn later_passes_fix_only_text_a_reported_fix_wrote() {
    let fixture = Fixture::new();
    let guide = "version: 1\nterms:\n  - {use: laptops, instead_of: [notebooks]}\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n";
    fixture.write("four/message-guide.yml", guide);
    fixture.write("four/a.md", "Four notebooks in 60 seconds, every time.\n");
    let check = fixture.run(&["check", "--format", "json", "four/a.md"]);
    let reported = matched(&check.json());
    assert_eq!(reported, pairs(&[("preferred-term", "notebooks")]));

    let diff = fixture.run(&["check", "--unsafe-fixes", "--diff", "four/a.md"]);
    diff.expect_code(1);
    assert_eq!(
        diff.stdout,
        "--- a/four/a.md\n+++ b/four/a.md\n@@ -1 +1 @@\n-Four notebooks in 60 seconds, every time.\n+Four laptops in 60 seconds, every time.\n"
    );
    let run = fixture.run(&["check", "--unsafe-fixes", "--format", "json", "four/a.md"]);
    assert_eq!(
        fixture.read("four/a.md"),
        "Four laptops in 60 seconds, every time.\n"
    );
    let report = run.json();
    assert_eq!(report["fixed"], 1, "the summary counts what was applied");
    // The drift the fix uncovered is reported now, with its fix, for the user to see.
    assert_eq!(
        matched(&report),
        pairs(&[("phrase-drift", "Four laptops in 60 seconds")])
    );
    assert_positions_match_files(fixture.path(), &report);
    // The next run fixes what this one reported.
    fixture
        .run(&["check", "--unsafe-fixes", "four/a.md"])
        .expect_code(0);
    assert_eq!(
        fixture.read("four/a.md"),
        "Three laptops in 60 seconds, every time.\n"
    );
}

/// The diff `--diff` prints, applied with `patch`, gives exactly the files `--fix` writes, and
/// both count the same fixes: across the fixture, a file without a final newline, CRLF and BOM
/// files, and a fix that uncovers a new finding.
#[test]
fn the_diff_applied_with_patch_is_what_fix_writes() {
    let extra: &[(&str, &[u8])] = &[
        ("short.md", b"Our clients."),
        ("crlf.md", b"Clients first.\r\nA technician, a client.\r\n"),
        (
            "bom.md",
            "\u{feff}Powerspec for clients.\nThe end user.\n".as_bytes(),
        ),
        (
            "four/message-guide.yml",
            b"version: 1\nterms:\n  - {use: laptops, instead_of: [notebooks]}\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n",
        ),
        ("four/a.md", b"Four notebooks in 60 seconds.\n"),
    ];
    for mode in ["--fix", "--unsafe-fixes"] {
        let (diffed, patched, fixed) = (Fixture::new(), Fixture::new(), Fixture::new());
        for fixture in [&diffed, &patched, &fixed] {
            for (name, bytes) in extra {
                fixture.write(name, bytes);
            }
        }
        let diff = diffed.run(&["check", mode, "--diff", "--format", "json"]);
        diff.expect_code(1);
        let status = std::process::Command::new("patch")
            .args(["-p1", "--quiet", "--no-backup-if-mismatch", "--binary"])
            .current_dir(patched.path())
            .stdin(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(diff.stdout.as_bytes())?;
                child.wait()
            })
            .expect("patch runs");
        assert!(status.success(), "patch failed on:\n{}", diff.stdout);
        let run = fixed.run(&["check", mode, "--format", "json"]);
        assert_eq!(
            patched.snapshot(),
            fixed.snapshot(),
            "{mode}: the patched files differ from the fixed ones; the diff was:\n{}",
            diff.stdout
        );
        let diff_report: Value = serde_json::from_str(&diff.stderr).expect("JSON on stderr");
        assert_eq!(diff_report["fixed"], run.json()["fixed"], "{mode}");
        assert_ne!(
            fixed.snapshot(),
            Fixture::new().snapshot(),
            "something was fixed"
        );
    }
}

/// Bug: `--stdin --fix` on text with a NUL byte said "skipped" and printed the fixed text. A
/// text `check` skips (a NUL byte, invalid UTF-8) is passed through unchanged, so an editor
/// filter never loses it, and the run exits 2 like `check` does.
#[test]
fn stdin_fix_passes_a_text_check_skips_through_unchanged() {
    let fixture = Fixture::new();
    let inputs: [&[u8]; 2] = [
        b"Our clients\0 and Powerspec.\n",
        b"Our clients \xff Powerspec.\n",
    ];
    for input in inputs {
        for mode in ["--fix", "--unsafe-fixes"] {
            let output = onmessage_in(fixture.path())
                .args(["check", "--stdin", mode])
                .write_stdin(input.to_vec())
                .output()
                .expect("onmessage runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(2), "{stderr}");
            assert_eq!(output.stdout, input, "{stderr}");
            assert!(stderr.contains("skipped"), "{stderr}");
            assert!(!stderr.contains("fixed"), "{stderr}");
        }
        let output = onmessage_in(fixture.path())
            .args(["check", "--stdin", "--diff"])
            .write_stdin(input.to_vec())
            .output()
            .expect("onmessage runs");
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty(), "no diff");
    }
}
