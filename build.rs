//! Records the commit the binary is built from, for `onmessage --version`.
//!
//! The commit comes from git when this crate is its own checkout; anywhere else (a source
//! tarball, a crates.io download, a folder inside some other repository, no git installed) it
//! is "unknown". Nothing here can fail the build.

use std::path::Path;
use std::process::Command;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let commit = commit(Path::new(&manifest_dir)).unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=ONMESSAGE_COMMIT={commit}");
    println!("cargo:rerun-if-changed=build.rs");
}

/// The short hash of HEAD, if `dir` is the top of a git work tree; also asks cargo to rebuild
/// when HEAD moves (a commit, a checkout).
fn commit(dir: &Path) -> Option<String> {
    // A crate unpacked inside another repository must not report that repository's commit.
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if Path::new(&top).canonicalize().ok()? != dir.canonicalize().ok()? {
        return None;
    }
    let hash = git(dir, &["rev-parse", "--short", "HEAD"])?;
    // HEAD names the branch; the branch's ref file (or packed-refs) changes on each commit.
    // In a linked worktree these live in different folders, which --git-path resolves.
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    if let Some(branch) = git(dir, &["symbolic-ref", "--quiet", "HEAD"]) {
        watched.push(branch);
    }
    for name in watched {
        if let Some(path) = git(dir, &["rev-parse", "--git-path", &name]) {
            let path = dir.join(path);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    Some(hash)
}

/// One line of a git command's output, or None if git is missing or the command fails.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    let line = text.trim();
    (!line.is_empty()).then(|| line.to_string())
}
