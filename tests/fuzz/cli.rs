//! The built binary on hostile file names and generated documents: `check` in every format and
//! `--stdin --fix` exit 0, 1 or 2 — never 101 — print valid JSON and SARIF, and never print a
//! raw control character that could move a terminal's cursor or start a CI workflow command.

use assert_cmd::Command;
use proptest::prelude::*;
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;

/// File names as a hostile contributor would commit them (each gets a Markdown extension).
const NAMES: &[&[u8]] = &[
    b"plain",
    b"with space",
    b"-dash",
    b"--fix",
    b"new\nline",
    b"x\n::warning file=a.md::injected",
    b"::add-mask::secret",
    b"tab\there",
    b"esc\x1b[2Jclear",
    b"bell\x07",
    b"cr\rreturn",
    b"back\\slash",
    b"percent%0Aencoded",
    b"comma,colon:",
    b"$(touch pwned)",
    b"`id`",
    b"quote\"d",
    b"\xff\xfe",
    b"caf\xc3\xa9",
    b"\xe2\x80\xae\x64\x6d.txt",
    b"#hash",
    b"..",
    b"...",
    b" ",
];

/// A random file name: one of [`NAMES`], or random bytes (no `/`, no NUL).
pub fn file_name() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::sample::select(NAMES).prop_map(<[u8]>::to_vec),
        1 => prop::collection::vec(any::<u8>().prop_filter("a name byte", |b| *b != b'/' && *b != 0), 1..40),
        1 => Just(vec![b'n'; 250]),
    ]
}

/// What one run of the binary did.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

fn run(dir: &Path, args: &[OsString], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::cargo_bin("onmessage").expect("the onmessage binary is built");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    let out = cmd.output().expect("onmessage can be started");
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// One CLI case: the guide (or none), the document's name and bytes.
#[derive(Debug, Clone)]
pub struct CliCase {
    pub guide: Option<Vec<u8>>,
    pub name: Vec<u8>,
    pub doc: Vec<u8>,
}

/// Control characters other than tab and line breaks, which text output must never carry raw.
fn raw_control(text: &[u8]) -> Option<u8> {
    text.iter()
        .copied()
        .find(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
}

/// Run `case` through `check` (JSON, SARIF, GitHub, human) and `--stdin --fix`; `Err` names
/// the broken promise.
pub fn check_cli(case: &CliCase) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    if let Some(guide) = &case.guide {
        std::fs::write(dir.path().join("message-guide.yml"), guide).map_err(|e| e.to_string())?;
    }
    let mut name = case.name.clone();
    name.extend_from_slice(b".md");
    let name = OsString::from_vec(name);
    std::fs::write(dir.path().join(&name), &case.doc).map_err(|e| e.to_string())?;
    let shown = format!("{:?}", name);
    for format in ["json", "sarif", "github", "human", "csv"] {
        let args: Vec<OsString> = ["check", "--format", format, "--color", "never", "--"]
            .iter()
            .map(OsString::from)
            .chain([name.clone()])
            .collect();
        let out = run(dir.path(), &args, None);
        let what = format!("check --format {format} {shown}");
        exit_code(&what, &out)?;
        let parse = matches!(format, "json" | "sarif") && out.code != Some(2);
        if parse && serde_json::from_slice::<serde_json::Value>(&out.stdout).is_err() {
            return Err(format!(
                "{what}: stdout is not JSON: {}",
                lossy(&out.stdout)
            ));
        }
        if format == "github" {
            for line in out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                if !line.starts_with(b"::error ")
                    && !line.starts_with(b"::warning ")
                    && !line.starts_with(b"::notice ")
                {
                    return Err(format!(
                        "{what}: a line that is not one annotation: {}",
                        lossy(line)
                    ));
                }
            }
        }
        if format == "human" || format == "github" {
            for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                if let Some(b) = raw_control(text) {
                    return Err(format!(
                        "{what}: raw control character {b:#04x} on {stream}: {}",
                        lossy(text)
                    ));
                }
            }
        }
    }
    let args: Vec<OsString> = ["check", "--stdin", "--fix", "--stdin-filename"]
        .iter()
        .map(OsString::from)
        .chain([name])
        .collect();
    let out = run(dir.path(), &args, Some(&case.doc));
    exit_code(&format!("check --stdin --fix {shown}"), &out)?;
    Ok(())
}

fn exit_code(what: &str, out: &Run) -> Result<(), String> {
    match out.code {
        Some(0..=2) => Ok(()),
        code => Err(format!(
            "{what}: exit {code:?}\n--- stderr\n{}",
            lossy(&out.stderr)
        )),
    }
}

fn lossy(bytes: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(bytes))
}
