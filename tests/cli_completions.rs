//! `onmessage --version`, `completions` and `man`: what a packager installs beside the binary.
//! The completion script is loaded into a real bash and asked to complete; the man page is
//! rendered by groff when it is installed.

use assert_cmd::Command;
use std::io::Write;
use std::process::Stdio;

fn onmessage(args: &[&str]) -> String {
    let output = Command::cargo_bin("onmessage")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "onmessage {args:?}: {output:?}");
    assert!(output.stderr.is_empty(), "nothing on stderr for {args:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// Whether this crate's folder is the top of a git checkout, as build.rs requires.
fn in_git_checkout() -> Option<bool> {
    let dir = env!("CARGO_MANIFEST_DIR");
    let output = std::process::Command::new("git")
        .args(["-C", dir, "rev-parse", "--show-toplevel"])
        .output()
        .ok()?;
    let top = String::from_utf8_lossy(&output.stdout);
    let same = std::fs::canonicalize(top.trim()).ok() == std::fs::canonicalize(dir).ok();
    Some(output.status.success() && same)
}

#[test]
fn version_names_cargo_version_and_commit() {
    let version = onmessage(&["--version"]);
    assert_eq!(onmessage(&["-V"]), version);
    let rest = version
        .strip_prefix(&format!("onmessage {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|rest| rest.strip_suffix(")\n"))
        .unwrap_or_else(|| panic!("`{version}` should be `onmessage VERSION (COMMIT)`"));
    if in_git_checkout() != Some(true) {
        assert_eq!(rest, "unknown", "outside a git checkout");
        return;
    }
    // HEAD may have moved since the build, so the commit is checked for being one of the
    // checkout's commits rather than for equalling HEAD.
    assert!(
        rest.len() >= 7 && rest.chars().all(|c| c.is_ascii_hexdigit()),
        "a short hash, not `{rest}`"
    );
    let kind = std::process::Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "cat-file", "-t", rest])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&kind.stdout).trim(),
        "commit",
        "{rest}"
    );
}

/// Runs `script` in bash with the completion script loaded; None when bash is missing.
fn in_bash_with_completions(script: &str) -> Option<String> {
    let completion = onmessage(&["completions", "bash"]);
    let mut child = std::process::Command::new("bash")
        .arg("--norc")
        .arg("--noprofile")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(completion.as_bytes()).unwrap();
    stdin.write_all(script.as_bytes()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "bash: {output:?}");
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn bash_completes_subcommands_and_format_values() {
    let script = r#"
COMP_WORDS=(onmessage ""); COMP_CWORD=1
_onmessage onmessage "" onmessage
echo "subcommands: ${COMPREPLY[*]}"
COMP_WORDS=(onmessage check --format ""); COMP_CWORD=3
_onmessage onmessage "" --format
echo "formats: ${COMPREPLY[*]}"
COMP_WORDS=(onmessage report --format ""); COMP_CWORD=3
_onmessage onmessage "" --format
echo "report formats: ${COMPREPLY[*]}"
"#;
    let Some(out) = in_bash_with_completions(script) else {
        eprintln!("bash not found; skipping");
        return;
    };
    let line = |prefix: &str| -> Vec<String> {
        let text = out
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} line in {out}"));
        text.split_whitespace().map(str::to_string).collect()
    };
    let subcommands = line("subcommands: ");
    for name in [
        "check",
        "report",
        "init",
        "rules",
        "explain",
        "completions",
        "man",
    ] {
        assert!(
            subcommands.iter().any(|s| s == name),
            "{name} in {subcommands:?}"
        );
    }
    assert_eq!(
        line("formats: "),
        ["human", "json", "sarif", "github", "csv"]
    );
    assert_eq!(line("report formats: "), ["md", "html", "json", "csv"]);
}

#[test]
fn every_shell_gets_a_script_naming_check() {
    for (shell, marker) in [
        ("bash", "complete -F _onmessage"),
        ("zsh", "#compdef onmessage"),
        ("fish", "complete -c onmessage"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = onmessage(&["completions", shell]);
        assert!(script.contains(marker), "{shell} script lacks {marker:?}");
        assert!(script.contains("check"), "{shell} script names `check`");
        assert!(script.contains("fail-on"), "{shell} script names --fail-on");
    }
}

#[test]
fn unknown_shell_is_a_usage_error() {
    Command::cargo_bin("onmessage")
        .unwrap()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bash"));
}

#[test]
fn man_page_is_roff_naming_the_subcommands() {
    let page = onmessage(&["man"]);
    let title = page
        .lines()
        .find(|l| l.starts_with(".TH "))
        .expect("a .TH line");
    assert!(title.starts_with(".TH onmessage 1 "), "{title}");
    assert!(title.contains(env!("CARGO_PKG_VERSION")), "{title}");
    assert!(page.contains(".SH NAME"), "NAME section");
    assert!(page.contains(".SH SUBCOMMANDS"), "SUBCOMMANDS section");
    for name in [
        "check",
        "report",
        "init",
        "rules",
        "explain",
        "serve",
        "completions",
    ] {
        // roff escapes the hyphen of "onmessage-check".
        assert!(
            page.contains(&format!("onmessage\\-{name}(1)")),
            "the page names {name}"
        );
    }
    assert!(page.contains("message\\-guide.yml"), "the check summary");
}

/// groff, when installed, reads the page without a warning.
#[test]
fn man_page_renders_in_groff_without_warnings() {
    let page = onmessage(&["man"]);
    let Ok(mut child) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        eprintln!("groff not found; skipping");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "groff warnings"
    );
    let text = String::from_utf8_lossy(&output.stdout);
    // The title line; headings are bold by overstrike, so they are not searched for.
    assert!(text.starts_with("onmessage(1)"), "rendered page: {text}");
}
