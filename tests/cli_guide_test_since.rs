//! `onmessage test --since REF`: the calibration files checked with the guide as it was at a git
//! ref and as it is now, and the files that gain or lose findings, in a real git repository.

mod common;

use common::{commit_all, finish, init_git_repo, onmessage_in_repo, write, Run};
use std::path::Path;

const GUIDE: &str = r#"version: 1
banned:
  - term: synergy
    replacement: teamwork
calibration:
  good: ["calibration/good/**"]
  bad: ["calibration/bad/**"]
"#;

const GOOD: &str = "# Welcome\n\nOur platform helps every customer ship.\n";
const BAD: &str = "# Pitch\n\n<!-- expect: banned-term \"synergy\" -->\nOur synergy is great.\n";

/// A repository whose first commit holds `GUIDE` and the calibration files.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    init_git_repo(repo);
    write(repo, "message-guide.yml", GUIDE);
    write(repo, "calibration/good/welcome.md", GOOD);
    write(repo, "calibration/bad/pitch.md", BAD);
    commit_all(repo, "the guide");
    dir
}

fn test_in(dir: &Path, repo: &Path, args: &[&str]) -> Run {
    finish(
        onmessage_in_repo(dir, repo)
            .arg("test")
            .args(args)
            .output()
            .expect("onmessage can be started"),
    )
}

#[test]
fn a_new_banned_word_lists_the_good_file_it_now_fires_on() {
    let dir = repo();
    let repo = dir.path();
    // The pull request bans "platform" and drops nothing.
    let changed = GUIDE.replace(
        "banned:\n",
        "banned:\n  - term: platform\n    reason: Name the product\n",
    );
    write(repo, "message-guide.yml", &changed);
    let run = test_in(repo, repo, &["--since", "HEAD"]);
    // The good file now fails, as it would without --since: the impact adds, never hides.
    run.expect_code(1);
    let out = &run.stdout;
    assert!(
        out.contains("Guide change since HEAD: 1 finding gained, 0 lost, in 1 calibration file."),
        "{out}"
    );
    let section = &out[out.find("Guide change since").expect("the section")..];
    assert!(
        section.contains(
            "calibration/good/welcome.md\n  + 3:5: error banned-term: \"platform\" is banned"
        ),
        "{section}"
    );
    assert!(!section.contains("pitch.md"), "{section}");
}

#[test]
fn a_dropped_entry_is_a_lost_finding_in_json() {
    let dir = repo();
    let repo = dir.path();
    let changed = GUIDE.replace(
        "  - term: synergy\n    replacement: teamwork\n",
        "  - term: leverage\n",
    );
    write(repo, "message-guide.yml", &changed);
    let run = test_in(repo, repo, &["--since", "HEAD", "--format", "json"]);
    // The bad file's expectation is now missed: the test fails, and the impact says why.
    run.expect_code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let since = &json["since"];
    assert_eq!(since["ref"], "HEAD");
    assert_eq!(since["baseline"], "compared");
    assert_eq!(
        (since["gained"].as_u64(), since["lost"].as_u64()),
        (Some(0), Some(1))
    );
    let files = since["files"].as_array().expect("files");
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["path"], "calibration/bad/pitch.md");
    let lost = &files[0]["lost"][0];
    assert_eq!(lost["rule"], "banned-term");
    assert_eq!(lost["matched"], "synergy");
    assert_eq!(lost["line"], 4);
}

#[test]
fn an_unchanged_guide_says_so_and_a_subfolder_finds_the_guide_in_git() {
    let dir = repo();
    let repo = dir.path();
    write(repo, "notes/readme.md", "notes\n");
    let run = test_in(
        &repo.join("notes"),
        repo,
        &["--guide", "../message-guide.yml", "--since", "HEAD"],
    );
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("Guide change since HEAD: the guide is the same there; no file gains or loses a finding."),
        "{}",
        run.stdout
    );
}

#[test]
fn a_guide_new_since_the_ref_makes_every_finding_new() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    init_git_repo(repo);
    write(repo, "README.md", "A repository before its guide.\n");
    commit_all(repo, "before the guide");
    write(repo, "message-guide.yml", GUIDE);
    write(repo, "calibration/good/welcome.md", GOOD);
    write(repo, "calibration/bad/pitch.md", BAD);
    let run = test_in(repo, repo, &["--since", "HEAD"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains(
            "Guide change since HEAD: the guide did not exist there; every finding is new."
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("calibration/bad/pitch.md\n  + 4:5: error banned-term"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_guide_that_did_not_load_at_the_ref_is_named_and_compared_with_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    init_git_repo(repo);
    write(
        repo,
        "message-guide.yml",
        "version: 1\nbanned: [{term: synergy, replacment: x}]\n",
    );
    commit_all(repo, "a broken guide");
    write(repo, "message-guide.yml", GUIDE);
    write(repo, "calibration/good/welcome.md", GOOD);
    write(repo, "calibration/bad/pitch.md", BAD);
    let run = test_in(repo, repo, &["--since", "HEAD"]);
    run.expect_code(0);
    assert!(
        run.stdout
            .contains("Guide change since HEAD: the guide there does not load ("),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("every finding counts as new."),
        "{}",
        run.stdout
    );
}

#[test]
fn refs_git_cannot_find_and_folders_outside_git_are_usage_errors() {
    let dir = repo();
    let repo = dir.path();
    let run = test_in(repo, repo, &["--since", "no-such-branch"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("--since: unknown ref `no-such-branch`"),
        "{}",
        run.stderr
    );
    let run = test_in(repo, repo, &["--since=--output=x"]);
    run.expect_code(2);
    assert!(run.stderr.contains("is not a git ref"), "{}", run.stderr);
    assert!(!repo.join("x").exists());

    let plain = tempfile::tempdir().expect("temp dir");
    write(plain.path(), "message-guide.yml", GUIDE);
    write(plain.path(), "calibration/good/welcome.md", GOOD);
    write(plain.path(), "calibration/bad/pitch.md", BAD);
    let run = test_in(plain.path(), plain.path(), &["--since", "HEAD"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("--since needs a git repository"),
        "{}",
        run.stderr
    );
}
