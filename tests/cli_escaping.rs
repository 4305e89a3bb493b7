//! Hostile file names, guide text and document lines in every output: nothing printed may
//! become a terminal escape sequence or a GitHub Actions workflow command, whatever the format,
//! and our own colours still work.

mod common;

use common::{finish, git_tempdir, onmessage_in, run_in, write, Run};
use std::path::Path;

/// A guide whose reason and replacement are hostile: a terminal escape, a C1 control (CSI), a
/// line break followed by a workflow command, and a legacy `##[` command.
const GUIDE: &str = "version: 1\nbanned:\n  - term: leverage\n    reason: \"bad\\e[2J\\x9b31m\\n::warning::from the reason ##[add-mask]x\"\n    replacement: \"::add-mask::use ##[error]y\"\n";

/// A document whose line holds a terminal escape and a command.
const DOC: &[u8] = b"We leverage\x1b[41m things ::add-mask::z ##[warning]w.\n";

/// The hostile names, as bytes (Unix file names are bytes).
const NAMES: [&[u8]; 4] = [
    b"a\n::add-mask::secret.md",
    b"e\x1b[31mred.md",
    b"c1-\xc2\x9b31m.md",
    b"raw-\x9b.md",
];

/// A repository whose `tree/` holds the guide and a file for each hostile name, and a walked
/// link, with a hostile name too, to `outside.md` beside the tree. Runs happen in `tree/`.
#[cfg(unix)]
fn hostile_tree() -> tempfile::TempDir {
    use std::os::unix::ffi::OsStrExt;
    let dir = git_tempdir();
    write(dir.path(), "tree/message-guide.yml", GUIDE);
    write(dir.path(), "outside.md", "We leverage it.\n");
    let tree = dir.path().join("tree");
    for name in NAMES {
        let path = tree.join(std::ffi::OsStr::from_bytes(name));
        std::fs::write(path, DOC).expect("write a hostile name");
    }
    let link = tree.join(std::ffi::OsStr::from_bytes(
        b"l\n::add-mask::k\x1b]0;t\x07.md",
    ));
    std::os::unix::fs::symlink("../outside.md", link).expect("symlink");
    dir
}

/// Nothing a terminal acts on (but line breaks and tabs), no line a workflow command.
fn assert_inert(what: &str, text: &str) {
    for c in text.chars() {
        assert!(
            !c.is_control() || c == '\n' || c == '\t',
            "{what}: control character {c:?} printed raw:\n{text}"
        );
    }
    for line in text.lines() {
        assert!(
            !line.trim_start().starts_with("::"),
            "{what}: a line reads as a workflow command: {line:?}"
        );
        assert!(
            !line.contains("##["),
            "{what}: a legacy workflow command: {line:?}"
        );
    }
}

#[cfg(unix)]
fn check(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run_in(dir.join("tree"), &all)
}

#[test]
#[cfg(unix)]
fn human_report_and_notes_show_controls_escaped() {
    let dir = hostile_tree();
    let run = check(dir.path(), &["--color", "never", "."]);
    run.expect_code(1);
    assert_inert("human stdout", &run.stdout);
    assert_inert("stderr", &run.stderr);
    // Every file is reported, each name in a visible form.
    for shown in [
        "a\\n::add-mask::secret.md",
        "e\\x1b[31mred.md",
        "c1-\\u{9b}31m.md",
        "raw-\\x9B.md",
    ] {
        assert!(run.stdout.contains(shown), "{shown} in\n{}", run.stdout);
    }
    assert!(run.summary().contains("4 of 4 files"), "{}", run.summary());
    // The guide's reason and replacement, and the document's line.
    for shown in [
        "bad\\x1b[2J\\u{9b}31m\\n::warning::from the reason ##\\x5badd-mask]x",
        "write \"::add-mask::use ##\\x5berror]y\"",
        "We leverage\\x1b[41m things ::add-mask::z ##\\x5bwarning]w.",
    ] {
        assert!(run.stdout.contains(shown), "{shown} in\n{}", run.stdout);
    }
    // The link out of the tree is named on stderr, escaped.
    assert!(
        run.stderr
            .contains("onmessage: skipped l\\n::add-mask::k\\x1b]0;t\\x07.md: a symbolic link"),
        "{}",
        run.stderr
    );
}

#[test]
#[cfg(unix)]
fn our_colours_still_work_around_escaped_data() {
    let dir = hostile_tree();
    let run = check(dir.path(), &["--color", "always", "e\x1b[31mred.md"]);
    run.expect_code(1);
    assert!(run.stdout.contains("\x1b["), "no colour:\n{}", run.stdout);
    assert!(run.stdout.contains("e\\x1b[31mred.md"), "{}", run.stdout);
    // The only escape sequences printed are ours: the data's are shown, never sent.
    for raw in ["\x1b[41m", "\x1b[2J", "\u{9b}", "\x1b]0;"] {
        assert!(!run.stdout.contains(raw), "{raw:?} printed raw");
    }
    assert!(
        run.stdout.contains("We leverage\\x1b[41m"),
        "{}",
        run.stdout
    );
}

#[test]
#[cfg(unix)]
fn github_annotations_are_one_command_each() {
    let dir = hostile_tree();
    let run = check(dir.path(), &["--format", "github", "."]);
    run.expect_code(1);
    assert_inert("stderr", &run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    for line in &lines {
        assert!(line.starts_with("::error file="), "{line}");
        assert!(!line.chars().any(char::is_control), "{line:?}");
        // The first `::` after the command ends the properties: none in the data before it.
        let data = line.splitn(3, "::").nth(2).expect("a message");
        assert!(
            data.starts_with("\"leverage\" is banned: bad\\x1b[2J\\u{9b}31m%0A::warning::"),
            "{data}"
        );
    }
    // The runner decodes %0A and %3A back to the real name.
    assert!(
        run.stdout
            .contains("::error file=tree/a%0A%3A%3Aadd-mask%3A%3Asecret.md,line=1,"),
        "{}",
        run.stdout
    );
}

#[test]
#[cfg(unix)]
fn json_and_sarif_carry_the_data_exactly_and_inertly() {
    let dir = hostile_tree();
    let json = check(dir.path(), &["--format", "json", "."]);
    json.expect_code(1);
    assert_inert("json", &json.stdout);
    let report = json.json();
    let mut paths: Vec<String> = common::findings(&report)
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_string())
        .collect();
    paths.sort();
    // Exact names when they are UTF-8; invalid bytes escaped.
    assert_eq!(
        paths,
        [
            "a\n::add-mask::secret.md",
            "c1-\u{9b}31m.md",
            "e\u{1b}[31mred.md",
            "raw-\\x9B.md"
        ]
    );
    let message = common::findings(&report)[0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("bad\u{1b}[2J\u{9b}31m\n::warning::from the reason ##[add-mask]x"),
        "{message}"
    );
    let sarif = check(dir.path(), &["--format", "sarif", "."]);
    sarif.expect_code(1);
    assert_inert("sarif", &sarif.stdout);
    let log: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("SARIF is JSON");
    let text = log["runs"][0]["results"][0]["message"]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(text.contains("\u{9b}31m\n::warning::"), "{text}");
}

#[test]
#[cfg(unix)]
fn diff_headers_and_scorecards_escape_names() {
    let dir = hostile_tree();
    for format in ["md", "html", "json"] {
        let run = run_in(
            dir.path().join("tree"),
            &["report", "--format", format, "."],
        );
        run.expect_code(0);
        assert_inert(format, &run.stdout);
        assert_inert("stderr", &run.stderr);
    }
    let run = check(
        dir.path(),
        &["--diff", "--unsafe-fixes", "a\n::add-mask::secret.md"],
    );
    assert_inert("diff stderr", &run.stderr);
    let headers: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("---") || l.starts_with("+++"))
        .collect();
    assert_eq!(headers.len(), 2, "{}", run.stdout);
    for header in headers {
        assert!(header.contains("a\\n::add-mask::secret.md"), "{header}");
    }
}

#[test]
fn stdin_filename_is_escaped_in_notes() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    let output = onmessage_in(dir.path())
        .args([
            "check",
            "--stdin",
            "--stdin-filename",
            "x\n::warning::y\x1b[2J.md",
        ])
        .write_stdin("We leverage it.\n")
        .output()
        .expect("onmessage can be started");
    let run = finish(output);
    run.expect_code(1);
    assert_inert("stdout", &run.stdout);
    assert_inert("stderr", &run.stderr);
    assert!(
        run.stdout.contains("x\\n::warning::y\\x1b[2J.md"),
        "{}",
        run.stdout
    );
}
