//! Failures inside the compiler of a guide: input the validator accepts but a builder rejects
//! (a glob list whose combined regex passes globset's size limit, a pattern past the regex
//! crate's size limit). Each one stops the check with exit 2 and a diagnostic saying what failed
//! — never a matcher that silently matches nothing.

mod common;

use common::{git_tempdir, run_in, write};

/// One glob of `?` only: each `?` is a Unicode class, and globset compiles every glob without
/// a literal part into one regex: a thousand of them pass its NFA size limit (10 MiB), which
/// fails as "error building NFA". Each glob alone is valid and short (`MAX_ENTRY_CHARS`).
fn heavy_glob(i: usize) -> String {
    format!("{}{i}", "?".repeat(190))
}

fn heavy_globs(indent: &str) -> String {
    (0..1000)
        .map(|i| format!("{indent}- \"{}\"\n", heavy_glob(i)))
        .collect()
}

/// Check `doc.md` (which holds a banned term) under `guide`; the run must stop with exit 2.
fn check_stops(guide: &str) -> common::Run {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", "We leverage synergy.\n");
    let run = run_in(dir.path(), &["check", "doc.md"]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "no report: {}", run.stdout);
    run
}

#[test]
fn ignore_globs_the_glob_builder_rejects_stop_the_check() {
    let guide = format!(
        "version: 1\nbanned:\n  - term: synergy\nignore:\n{}",
        heavy_globs("  ")
    );
    let run = check_stops(&guide);
    assert!(
        run.stderr
            .contains("the `ignore` globs cannot be compiled together"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("error building NFA"), "{}", run.stderr);
    assert!(run.stderr.contains("list fewer of them"), "{}", run.stderr);
}

#[test]
fn channel_globs_the_glob_builder_rejects_stop_the_check() {
    let guide = format!(
        "version: 1\nbanned:\n  - term: synergy\nchannels:\n  web:\n    paths:\n{}",
        heavy_globs("      ")
    );
    let run = check_stops(&guide);
    assert!(
        run.stderr
            .contains("the `channels.web.paths` globs cannot be compiled together"),
        "{}",
        run.stderr
    );
}

#[test]
fn audience_and_override_globs_the_glob_builder_rejects_stop_the_check() {
    let audience = format!(
        "version: 1\naudiences:\n  devs:\n    avoid: [synergy]\n    paths:\n{}",
        heavy_globs("      ")
    );
    let run = check_stops(&audience);
    assert!(
        run.stderr
            .contains("the `audiences.devs.paths` globs cannot be compiled together"),
        "{}",
        run.stderr
    );
    let overrides = format!(
        "version: 1\nbanned:\n  - term: synergy\noverrides:\n  - rules: {{banned-term: off}}\n    paths:\n{}",
        heavy_globs("      ")
    );
    let run = check_stops(&overrides);
    assert!(
        run.stderr
            .contains("the `overrides[0].paths` globs cannot be compiled together"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_pattern_past_the_regex_size_limit_stops_the_check() {
    // 10,000 Unicode word classes: valid syntax, short, and past the regex crate's size limit.
    let guide = "version: 1\nbanned:\n  - pattern: '(?:\\w{100}){100}'\n";
    let run = check_stops(guide);
    assert!(
        run.stderr.contains("the pattern does not compile"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("size limit"), "{}", run.stderr);
}

#[test]
fn globs_within_the_limits_still_work() {
    // The same shape of glob, few enough to compile: the guide loads and the check runs.
    let dir = git_tempdir();
    let globs: String = (0..3)
        .map(|i| format!("  - \"{}\"\n", heavy_glob(i)))
        .collect();
    let guide = format!("version: 1\nbanned:\n  - term: synergy\nignore:\n{globs}");
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", "We leverage synergy.\n");
    let run = run_in(dir.path(), &["check", "doc.md"]);
    run.expect_code(1);
    assert!(run.stdout.contains("synergy"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_current_folder_that_is_gone_stops_the_check() {
    // Guides are found from the current folder: without one, no file could be placed under its
    // guide (or the built-in one), so the run stops instead of checking against the wrong guide.
    let dir = git_tempdir();
    let gone = dir.path().join("gone");
    std::fs::create_dir(&gone).expect("create a folder");
    let binary = assert_cmd::cargo::cargo_bin("onmessage");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg("cd \"$1\" && rmdir \"$1\" && exec \"$2\" check doc.md")
        .args([
            "sh",
            &gone.display().to_string(),
            &binary.display().to_string(),
        ])
        .env("NO_COLOR", "1")
        .output()
        .expect("sh can be started");
    let run = common::finish(output);
    run.expect_code(2);
    assert!(
        run.stderr.contains("cannot read the current folder"),
        "{}",
        run.stderr
    );
}
