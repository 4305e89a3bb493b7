//! Helpers shared by the CLI integration tests: run the real `onmessage` binary in a known
//! directory, without colour, and look at what it printed.
//!
//! Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The crate root: every fixture path in the tests is relative to it.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `onmessage` with its working directory set to `dir`, colour off and no inherited colour
/// settings.
pub fn onmessage_in(dir: impl AsRef<Path>) -> Command {
    let mut cmd = Command::cargo_bin("onmessage").expect("the onmessage binary is built");
    cmd.current_dir(dir.as_ref())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout parsed as the JSON report.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", self.stdout))
    }

    /// The last line of the human report.
    pub fn summary(&self) -> &str {
        self.stdout.trim_end().lines().last().unwrap_or_default()
    }

    /// Fail with everything the run printed unless it exited with `code`.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Run `onmessage args…` in `dir`. Never a panic, whatever the outcome.
pub fn run_in(dir: impl AsRef<Path>, args: &[&str]) -> Run {
    finish(
        onmessage_in(dir)
            .args(args)
            .output()
            .expect("onmessage can be started"),
    )
}

/// Run `onmessage args…` in `dir` with `input` on stdin.
pub fn run_stdin_in(dir: impl AsRef<Path>, args: &[&str], input: impl Into<Vec<u8>>) -> Run {
    let output = onmessage_in(dir)
        .args(args)
        .write_stdin(input.into())
        .output()
        .expect("onmessage can be started");
    finish(output)
}

/// A finished run, checked for panics.
pub fn finish(output: std::process::Output) -> Run {
    let run = Run {
        code: output
            .status
            .code()
            .expect("onmessage exits with a code, not a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert_no_panic(&run.stdout, &run.stderr);
    run
}

/// Run `onmessage args…` in the crate root.
pub fn run(args: &[&str]) -> Run {
    run_in(root(), args)
}

pub fn assert_no_panic(stdout: &str, stderr: &str) {
    for text in [stdout, stderr] {
        assert!(
            !text.contains("panicked") && !text.contains("RUST_BACKTRACE"),
            "onmessage panicked:\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
        );
    }
}

/// The findings of a JSON report as (path, rule, matched) triples, in report order.
pub fn triples(report: &Value) -> Vec<(String, String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                text(f, "path").to_string(),
                text(f, "rule").to_string(),
                text(f, "matched").to_string(),
            )
        })
        .collect()
}

/// Owned triples from string literals, for comparisons.
pub fn owned(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(p, r, m)| (p.to_string(), r.to_string(), m.to_string()))
        .collect()
}

pub fn findings(report: &Value) -> &Vec<Value> {
    report["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("the report has a findings array: {report}"))
}

fn text<'a>(finding: &'a Value, key: &str) -> &'a str {
    finding[key]
        .as_str()
        .unwrap_or_else(|| panic!("finding has a string `{key}`: {finding}"))
}

fn number(finding: &Value, key: &str) -> usize {
    let n = finding[key]
        .as_u64()
        .unwrap_or_else(|| panic!("finding has a number `{key}`: {finding}"));
    usize::try_from(n).expect("fits in usize")
}

/// (line, column) of byte `offset` in a file: 1-based, the column in characters, a leading BOM
/// not counted as a character.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let text = std::str::from_utf8(&bytes[..offset]).expect("offset on a character boundary");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line = text.matches('\n').count() + 1;
    let line_start = text.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..].chars().count() + 1)
}

/// Check every finding against the file it names (relative to `base`): `matched` is exactly the
/// file's bytes at `start..end` (for Word, PowerPoint, OpenDocument and PDF files, the bytes of
/// the text extracted from it), and the line and column numbers agree with those offsets.
pub fn assert_positions(base: &Path, report: &Value) {
    for f in findings(report) {
        let path = base.join(text(f, "path"));
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
        let kind = onmessage::Kind::from_extension(&path);
        let bytes = match kind.and_then(|kind| onmessage::document::office::extract(kind, &bytes)) {
            Some(Ok(extracted)) => extracted.text.into_bytes(),
            Some(Err(_)) => panic!("cannot extract the text of {}", path.display()),
            None => bytes,
        };
        let (start, end) = (number(f, "start"), number(f, "end"));
        assert_eq!(
            bytes.get(start..end),
            Some(text(f, "matched").as_bytes()),
            "`matched` is not the file's text at start..end: {f}"
        );
        assert_eq!(
            line_column(&bytes, start),
            (number(f, "line"), number(f, "column")),
            "line/column disagree with start: {f}"
        );
        assert_eq!(
            line_column(&bytes, end),
            (number(f, "end_line"), number(f, "end_column")),
            "end_line/end_column disagree with end: {f}"
        );
    }
}

/// A scratch folder that is its own git work tree (so neither guide discovery nor the ignore
/// crate looks above it), created with `git init`.
pub fn git_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("create a temp dir");
    let status = std::process::Command::new("git")
        .args(["init", "--quiet"])
        .current_dir(dir.path())
        .status()
        .expect("git can be started");
    assert!(status.success(), "git init failed");
    dir
}

/// Write `contents` to `dir/relative`, creating folders as needed.
pub fn write(dir: &Path, relative: &str, contents: impl AsRef<[u8]>) {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folders");
    }
    std::fs::write(&path, contents).expect("write file");
}

/// A guide banning `leverage` and `synergy`, for scratch folders.
pub const SMALL_GUIDE: &str = "version: 1\nbanned:\n  - term: leverage\n  - term: synergy\n";

/// The `language` pattern of the published SARIF 2.1.0 schema has a stray `]`, which strict
/// ECMA-262 regex checkers (jsonschema among them) reject; the OASIS TC later fixed it to this.
/// onmessage never writes `language`, so the fix changes nothing for its output.
const LANGUAGE_PATTERN: (&str, &str) = (
    r#""pattern": "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
    r#""pattern": "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
);

/// The vendored OASIS SARIF schema (see tests/schemas/README.md) with the erratum above fixed,
/// compiled once, formats (`uri`, `uri-reference`) checked.
pub fn sarif_validator() -> &'static jsonschema::Validator {
    static VALIDATOR: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let path = root().join("tests/schemas/sarif-schema-2.1.0.json");
        let text = std::fs::read_to_string(path).expect("the vendored schema exists");
        let (broken, fixed) = LANGUAGE_PATTERN;
        assert_eq!(
            text.matches(broken).count(),
            2,
            "the erratum is still there"
        );
        let schema: Value =
            serde_json::from_str(&text.replace(broken, fixed)).expect("the schema is JSON");
        jsonschema::draft7::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the schema compiles")
    })
}

/// Environment variables that would point git at another repository or change how it reads its
/// configuration (a test run from a git hook has them set).
const GIT_VARS: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
    "GIT_CONFIG",
    "GIT_CONFIG_PARAMETERS",
    "GIT_CONFIG_COUNT",
    "GIT_EXTERNAL_DIFF",
    "GIT_DIFF_OPTS",
];

/// A file that does not exist, as the user's global git configuration: git reads it as empty,
/// so the tests see the same git whoever runs them.
fn no_global_config(repo: &Path) -> PathBuf {
    repo.join(".git/no-global-config")
}

/// The environment changes that isolate git in `repo`: (variables to remove, variables to set).
fn isolated_git_env(repo: &Path) -> (&'static [&'static str], [(&'static str, PathBuf); 2]) {
    (
        GIT_VARS,
        [
            ("GIT_CONFIG_GLOBAL", no_global_config(repo)),
            ("GIT_CONFIG_NOSYSTEM", PathBuf::from("1")),
        ],
    )
}

/// Make `repo` a git repository of its own: branch `main`, a test identity, no signing.
pub fn init_git_repo(repo: &Path) {
    git_in(repo, &["init", "--quiet"]);
    git_in(repo, &["symbolic-ref", "HEAD", "refs/heads/main"]);
    git_in(repo, &["config", "user.name", "onmessage tests"]);
    git_in(repo, &["config", "user.email", "tests@onmessage.invalid"]);
    git_in(repo, &["config", "commit.gpgsign", "false"]);
}

/// Stage everything in `repo` and commit it with `message`.
pub fn commit_all(repo: &Path, message: &str) {
    git_in(repo, &["add", "-A"]);
    git_in(repo, &["commit", "--quiet", "-m", message]);
}

/// Run git in `repo`, isolated from the user's configuration; its stdout.
pub fn git_in(repo: &Path, args: &[&str]) -> String {
    git_in_env(repo, &[], args)
}

/// [`git_in`] with some variables set after the isolation (`GIT_COMMITTER_DATE`).
pub fn git_in_env(repo: &Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = std::process::Command::new("git");
    cmd.args(args).current_dir(repo);
    let (remove, set) = isolated_git_env(repo);
    for var in remove {
        cmd.env_remove(var);
    }
    cmd.envs(set);
    cmd.envs(env.iter().copied());
    let output = cmd.output().expect("git can be started");
    assert!(
        output.status.success(),
        "git {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `onmessage` in `dir`, inside the git repository `repo`, with git isolated as in [`git_in`].
pub fn onmessage_in_repo(dir: &Path, repo: &Path) -> Command {
    let mut cmd = onmessage_in(dir);
    let (remove, set) = isolated_git_env(repo);
    for var in remove {
        cmd.env_remove(var);
    }
    cmd.envs(set);
    cmd
}

/// Copy a folder tree (a fixture) into `to`, creating `to` if needed.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the folder");
    for entry in std::fs::read_dir(from).expect("list the fixture") {
        let entry = entry.expect("a fixture entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// Make a FIFO at `path` (a file that blocks whoever opens it until the other end comes).
pub fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo failed");
}

/// The names in a folder, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
