//! Which files a check picks, and what it refuses: no file lost to a name collision, unreadable
//! folders named, links out of the checked folders skipped, refs never read as git options, and
//! contradictory flags refused.

mod common;

use common::{git_tempdir, run_in, write, SMALL_GUIDE};
use std::path::Path;

/// The `path` of each finding, in report order.
fn paths(report: &serde_json::Value) -> Vec<String> {
    common::findings(report)
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
#[cfg(unix)]
fn names_that_show_alike_are_still_different_files() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "a/b.md", "We leverage it.\n");
    write(dir.path(), "a\\b.md", "Real synergy.\n");
    for name in [&b"n\xff.md"[..], b"n\xfe.md"] {
        std::fs::write(dir.path().join(OsStr::from_bytes(name)), "We leverage.\n")
            .expect("write a non-UTF-8 name");
    }
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["files_checked"], 4, "{}", run.stdout);
    assert_eq!(
        paths(&report),
        ["a/b.md", "a\\b.md", "n\\xFE.md", "n\\xFF.md"],
        "sorted by how they show"
    );
    // Named twice (once with ./) is still one file.
    let run = run_in(
        dir.path(),
        &["check", "--format", "json", "a/b.md", "./a/b.md", "a"],
    );
    assert_eq!(run.json()["files_checked"], 1, "{}", run.stdout);
    // The human report names each.
    let run = run_in(dir.path(), &["check", "--color", "never", "."]);
    for header in [
        "─[a/b.md:1:4]",
        "─[a\\b.md:1:6]",
        "─[n\\xFE.md:1:4]",
        "─[n\\xFF.md:1:4]",
    ] {
        assert!(run.stdout.contains(header), "{header} in {}", run.stdout);
    }
}

/// Run a copy of the binary (where `nobody` can reach it) as `nobody`.
#[cfg(unix)]
fn run_unprivileged(dir: &Path, args: &[&str]) -> common::Run {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().expect("a folder for the binary");
    std::fs::set_permissions(bin.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let binary = bin.path().join("onmessage");
    std::fs::copy(assert_cmd::cargo::cargo_bin("onmessage"), &binary).expect("copy the binary");
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let output = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&binary)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("setpriv can be started");
    common::finish(output)
}

/// A scratch repository others can read (the tests run as root; the binary runs as nobody).
#[cfg(unix)]
fn open_tree() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = git_tempdir();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    dir
}

#[test]
#[cfg(unix)]
fn unreadable_folders_are_named_and_a_named_one_fails_the_run() {
    use std::os::unix::fs::PermissionsExt;
    let dir = open_tree();
    write(dir.path(), "message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "top/ok.md", "Plain words.\n");
    write(dir.path(), "top/locked/x.md", "We leverage.\n");
    write(dir.path(), "named/y.md", "We leverage.\n");
    for locked in ["top/locked", "named"] {
        std::fs::set_permissions(
            dir.path().join(locked),
            std::fs::Permissions::from_mode(0o000),
        )
        .expect("chmod 0000");
    }
    // Walked: named on stderr, the rest checked, the exit code as for the rest.
    let run = run_unprivileged(dir.path(), &["check", "top"]);
    run.expect_code(0);
    assert!(
        run.stderr
            .contains("cannot read top/locked: Permission denied"),
        "{}",
        run.stderr
    );
    assert!(run.summary().contains("1 file"), "{}", run.stdout);
    // Named: an error, exit 2, and the other arguments are still checked.
    for args in [&["check", "named"][..], &["check", "named", "top"]] {
        let run = run_unprivileged(dir.path(), args);
        run.expect_code(2);
        assert!(
            run.stderr.contains("cannot read named: Permission denied"),
            "{}",
            run.stderr
        );
    }
    let run = run_unprivileged(dir.path(), &["report", "named"]);
    run.expect_code(2);
    // Root can read it all: the same tree is otherwise fine.
    std::fs::set_permissions(
        dir.path().join("named"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod back");
    std::fs::set_permissions(
        dir.path().join("top/locked"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod back");
}

#[test]
#[cfg(unix)]
fn links_out_of_the_checked_folders_are_skipped_unless_named() {
    let dir = git_tempdir();
    write(dir.path(), "docs/message-guide.yml", SMALL_GUIDE);
    write(dir.path(), "docs/real.md", "We leverage it.\n");
    write(dir.path(), "secret.md", "We leverage synergy.\n");
    std::os::unix::fs::symlink("../secret.md", dir.path().join("docs/out.md")).expect("symlink");
    std::os::unix::fs::symlink("real.md", dir.path().join("docs/in.md")).expect("symlink");
    let run = run_in(dir.path(), &["check", "--format", "json", "docs"]);
    run.expect_code(1);
    assert_eq!(
        paths(&run.json()),
        ["docs/in.md", "docs/real.md"],
        "the link inside the tree works; the one out of it is not read"
    );
    assert!(
        run.stderr.contains(
            "skipped docs/out.md: a symbolic link out of the folders being checked (name it to check it)"
        ),
        "{}",
        run.stderr
    );
    // --fix never writes through it.
    let run = run_in(dir.path(), &["check", "--fix", "--unsafe-fixes", "docs"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("secret.md")).unwrap_or_default(),
        "We leverage synergy.\n",
        "{run:?}"
    );
    // Walking the folder that holds the target covers it; naming the link checks it.
    let run = run_in(dir.path(), &["check", "--format", "json", "docs", "."]);
    assert!(!run.stderr.contains("symbolic link"), "{}", run.stderr);
    let run = run_in(
        dir.path(),
        &["check", "--format", "json", "docs/out.md", "docs"],
    );
    assert!(paths(&run.json()).contains(&"docs/out.md".to_string()));
    assert!(!run.stderr.contains("symbolic link"), "{}", run.stderr);
}

#[test]
fn changed_since_never_passes_an_option_to_git() {
    let dir = git_tempdir();
    write(dir.path(), "a.md", "We leverage.\n");
    for reference in ["--fork-point", "--help", "-h", "--output=/tmp/x", ""] {
        let flag = format!("--changed-since={reference}");
        let run = run_in(dir.path(), &["check", &flag, "a.md"]);
        run.expect_code(2);
        assert!(
            run.stderr.starts_with("onmessage: --changed-since"),
            "{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("usage:") && !run.stderr.contains("GIT-MERGE-BASE"),
            "git's usage or manual: {}",
            run.stderr
        );
        assert!(run.stderr.lines().count() <= 2, "{}", run.stderr);
    }
}

#[test]
fn contradictory_flags_are_refused() {
    let dir = git_tempdir();
    write(dir.path(), "a.md", "We leverage.\n");
    for (args, named) in [
        (&["--fix", "--write-baseline", "b.json"][..], "--fix"),
        (
            &["--unsafe-fixes", "--write-baseline", "b.json"],
            "--unsafe-fixes",
        ),
        (&["--diff", "--write-baseline", "b.json"], "--diff"),
        (
            &["--changed-since", "HEAD", "--write-baseline", "b.json"],
            "--changed-since",
        ),
        (
            &["--baseline", "x.json", "--write-baseline", "b.json"],
            "--baseline",
        ),
        (&["--stdin-filename", "x.md"], "--stdin"),
        (&["--stdin", "a.md"], "--stdin"),
    ] {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        all.push("a.md");
        let run = run_in(dir.path(), &all);
        run.expect_code(2);
        assert!(run.stderr.contains(named), "{args:?}: {}", run.stderr);
        let said = ["cannot be used with", "add --stdin"];
        assert!(
            said.iter().any(|s| run.stderr.contains(s)),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            !dir.path().join("b.json").exists(),
            "{args:?} wrote the baseline"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.md")).unwrap_or_default(),
            "We leverage.\n",
            "{args:?} fixed the file"
        );
    }
}
