//! `report --since` takes the current tree's measure for a file that is the same at the ref, and
//! reads a file git sees unchanged from the working tree instead of writing it out. Whatever it
//! reuses, the figures must be those of scoring the ref's tree from scratch: the `since` part
//! equals a plain `report` in a checkout of the ref (with the current guides, which `--since`
//! applies to the old tree), and the current part equals a plain `report`.

mod common;

use common::{commit_all, finish, git_in, init_git_repo, onmessage_in_repo, write};
use serde_json::Value;
use std::path::Path;

const GUIDE_THEN: &str = "version: 1\ncta: [\"Call us\"]\nbanned:\n  - term: synergy\nchannels:\n  sales-script: {paths: [\"sales/**\"], team: sales, require: [cta]}\n  blog: {paths: [\"blog/**\"], team: marketing}\n";
/// Changed since the ref: a new banned term, and the blog channel covers `posts/` too.
const GUIDE_NOW: &str = "version: 1\ncta: [\"Call us\"]\nbanned:\n  - term: synergy\n  - term: leverage\nchannels:\n  sales-script: {paths: [\"sales/**\"], team: sales, require: [cta]}\n  blog: {paths: [\"blog/**\", \"posts/**\"], team: marketing}\n";

fn report(dir: &Path, repo: &Path, args: &[&str]) -> Value {
    let run = finish(
        onmessage_in_repo(dir, repo)
            .arg("report")
            .args(args)
            .args(["--format", "json"])
            .output()
            .expect("onmessage runs"),
    );
    run.expect_code(0);
    run.json()
}

/// The ref's files: unchanged, changed (one to bytes of the same length), deleted, renamed into
/// a channel, ignored since, made CRLF in the working tree, and (on Unix) a link and a file whose
/// checkout a smudge filter rewrites while git sees the working file unchanged.
fn commit_the_ref(repo: &Path) {
    write(repo, "message-guide.yml", GUIDE_THEN);
    write(
        repo,
        "sales/a.md",
        "Every buyer finds a laptop fast with our team. Call us.\n",
    );
    write(
        repo,
        "sales/b.md",
        "Every buyer finds a laptop fast here. Our synergy helps.\n",
    );
    write(
        repo,
        "sales/c.md",
        "Every buyer finds a laptop fast today. Call us now.\n",
    );
    write(
        repo,
        "sales/same-length.md",
        "Our synergy helps every buyer. Call us.\n",
    );
    write(
        repo,
        "blog/post.md",
        "Every buyer finds a laptop in minutes.\n",
    );
    write(
        repo,
        "posts/news.md",
        "Every buyer finds a laptop fast now.\n",
    );
    write(repo, "notes/old.md", "Leverage the synergy of teams.\n");
    write(repo, "notes/moved.md", "Our synergy helps every buyer.\n");
    write(repo, "notes/ignored.md", "Leverage plain words.\n");
    write(
        repo,
        "notes/eol.md",
        "Our team helps every buyer.\nCall us.\n",
    );
    write(repo, "docs/keep.md", "Plain words about laptops.\n");
    write(repo, "sub/x.md", "Leverage our synergy.\n");
    if cfg!(unix) {
        #[cfg(unix)]
        std::os::unix::fs::symlink("keep.md", repo.join("docs/link.md")).expect("a link");
        git_in(
            repo,
            &["config", "filter.shout.smudge", "sed s/team/synergy/"],
        );
        git_in(repo, &["config", "filter.shout.clean", "cat"]);
        write(repo, ".gitattributes", "filtered/** filter=shout\n");
        write(repo, "filtered/shout.md", "Our team helps every buyer.\n");
    }
    commit_all(repo, "the ref");
}

/// Committed, staged, dirty and untracked changes since the ref, and a new guide for `sub/`.
fn change_since(repo: &Path) {
    write(repo, "message-guide.yml", GUIDE_NOW);
    write(
        repo,
        "sales/same-length.md",
        "Our harmony helps every buyer. Call us.\n",
    );
    std::fs::remove_file(repo.join("notes/old.md")).expect("delete");
    git_in(repo, &["mv", "notes/moved.md", "sales/moved.md"]);
    write(repo, ".gitignore", "notes/ignored.md\n");
    write(
        repo,
        "sales/d.md",
        "Every buyer finds a laptop fast, always. Call us.\n",
    );
    commit_all(repo, "since");
    write(
        repo,
        "notes/eol.md",
        "Our team helps every buyer.\r\nCall us.\r\n",
    );
    write(
        repo,
        "sales/e.md",
        "Every buyer finds a laptop fast. Call us.\n",
    );
    write(repo, "docs/staged.md", "Leverage the synergy here.\n");
    git_in(repo, &["add", "docs/staged.md"]);
    write(
        repo,
        "sub/message-guide.yml",
        "version: 1\nbanned:\n  - term: leverage\n",
    );
}

#[test]
fn since_matches_scoring_a_checkout_of_the_ref_from_scratch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("the repository folder");
    init_git_repo(&repo);
    commit_the_ref(&repo);
    change_since(&repo);
    let reference = git_in(&repo, &["rev-parse", "HEAD~1"]).trim().to_string();
    let status_before = git_in(&repo, &["status", "--porcelain"]);

    let since = report(&repo, &repo, &["--since", "HEAD~1"]);
    let now = report(&repo, &repo, &[]);
    assert_eq!(since["sections"], now["sections"]);
    assert_eq!(since["files_read"], now["files_read"]);

    // A checkout of the ref, with the same filter and the current guides.
    let oracle = dir.path().join("oracle");
    let (repo_arg, oracle_arg) = (repo.to_string_lossy(), oracle.to_string_lossy());
    git_in(
        dir.path(),
        &["clone", "--quiet", "--no-checkout", &repo_arg, &oracle_arg],
    );
    if cfg!(unix) {
        git_in(
            &oracle,
            &["config", "filter.shout.smudge", "sed s/team/synergy/"],
        );
        git_in(&oracle, &["config", "filter.shout.clean", "cat"]);
    }
    git_in(&oracle, &["checkout", "--quiet", &reference]);
    write(&oracle, "message-guide.yml", GUIDE_NOW);
    let nested = std::fs::read(repo.join("sub/message-guide.yml")).expect("the nested guide");
    write(&oracle, "sub/message-guide.yml", nested);
    let then = report(&oracle, &oracle, &[]);
    assert_eq!(since["since"]["sections"], then["sections"]);
    assert_eq!(since["since"]["files_read"], then["files_read"]);
    assert_eq!(since["since"]["commit"], reference.as_str());

    // The case is what it says: files moved, and the filtered file differs at the ref.
    let files = &since["since"]["deltas"][0]["files"];
    let moved = |name: &str| {
        files
            .as_array()
            .expect("a list")
            .iter()
            .any(|f| f["name"] == name)
    };
    for name in ["sales/same-length.md", "sales/moved.md", "notes/old.md"] {
        assert!(moved(name), "{name} did not move: {files}");
    }
    assert!(!moved("sales/a.md"), "{files}");
    if cfg!(unix) {
        assert!(moved("filtered/shout.md"), "{files}");
    }
    assert_eq!(git_in(&repo, &["status", "--porcelain"]), status_before);
}

/// Line-ending conversion on: every file is written out, and the figures are the same.
#[test]
fn since_with_autocrlf_matches_without() {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    init_git_repo(repo);
    commit_the_ref(repo);
    change_since(repo);
    let plain = report(repo, repo, &["--since", "HEAD~1"]);
    git_in(repo, &["config", "core.autocrlf", "input"]);
    let converted = report(repo, repo, &["--since", "HEAD~1"]);
    assert_eq!(plain, converted);
}
