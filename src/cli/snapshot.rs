//! `--since REF`: the repository's files at a ref, extracted with `git archive` into a
//! temporary folder (removed when dropped). The user's checkout, index and `.git` are only
//! read, never written.

use super::git::git;
use super::scoring::Job;
use super::walk::{self, WalkOptions};
use onmessage::guide_set::lexical_normalize;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Snapshot {
    /// The ref as given, and the commit it names.
    pub reference: String,
    pub commit: String,
    /// The repository root now.
    root: PathBuf,
    /// The current folder, relative to the root, with a trailing slash (or empty).
    prefix: String,
    /// Holds the extracted tree.
    dir: tempfile::TempDir,
}

impl Snapshot {
    /// Extract the tree at `reference`. Errors are messages for the user.
    pub fn extract(reference: &str) -> Result<Self, String> {
        let root = git(&["rev-parse", "--show-toplevel"])
            .map_err(|_| "--since needs a git repository, and this is not one".to_string())?;
        let root = PathBuf::from(root.trim());
        let unknown = || {
            format!(
                "--since: unknown ref `{reference}`: git cannot find a commit by that name. Check the spelling; if it is a branch on a remote, fetch it first (`git fetch origin`); in a shallow clone fetch the full history (`fetch-depth: 0` in actions/checkout)"
            )
        };
        // A ref never starts with '-': refuse what git would read as an option.
        if reference.is_empty() || reference.starts_with('-') {
            return Err(unknown());
        }
        let commit = git(&[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{reference}^{{commit}}"),
        ])
        .map_err(|_| unknown())?
        .trim()
        .to_string();
        if commit.is_empty() {
            return Err(unknown());
        }
        let prefix = git(&["rev-parse", "--show-prefix"])?.trim().to_string();
        let dir = tempfile::Builder::new()
            .prefix("onmessage-since-")
            .tempdir()
            .map_err(|err| format!("--since: cannot create a temporary folder: {err}"))?;
        archive(&root, &commit, dir.path())?;
        // An empty `.git` makes the walker honour the tree's .gitignore files, as in the
        // working tree; guides are never looked up here (the current ones score the tree).
        std::fs::create_dir(dir.path().join(".git"))
            .map_err(|err| format!("--since: cannot prepare the extracted tree: {err}"))?;
        Ok(Snapshot {
            reference: reference.to_string(),
            commit,
            root,
            prefix,
            dir,
        })
    }

    /// The files the same arguments name in the old tree, as jobs placed where they are now
    /// (so the current guides, channels and folders apply) and named as `check` names them.
    pub fn jobs(&self, paths: &[PathBuf], options: &WalkOptions) -> Vec<Job> {
        let tree = self.dir.path();
        let old_cwd = tree.join(&self.prefix);
        let mut jobs = Vec::new();
        for path in paths {
            let (argument, base, now) = if path.is_absolute() {
                let absolute =
                    std::fs::canonicalize(path).unwrap_or_else(|_| lexical_normalize(path));
                let Ok(inside) = absolute.strip_prefix(&self.root) else {
                    continue; // outside the repository: nothing at the ref
                };
                (tree.join(inside), tree.to_path_buf(), self.root.clone())
            } else {
                (old_cwd.join(path), old_cwd.clone(), PathBuf::new())
            };
            // A path that did not exist at the ref simply has no files then.
            let (targets, _missing) = walk::collect(&[argument], options);
            for target in targets {
                let Ok(rest) = target.path.strip_prefix(&base) else {
                    continue;
                };
                let place = if now.as_os_str().is_empty() {
                    rest.to_path_buf()
                } else {
                    now.join(rest)
                };
                jobs.push(Job {
                    display: walk::display_path(&place),
                    read_from: target.path,
                    place,
                    kind: target.kind,
                });
            }
        }
        jobs.sort_by(|a, b| a.display.cmp(&b.display));
        jobs.dedup_by(|a, b| a.display == b.display);
        jobs
    }
}

/// `git archive COMMIT | tar -x -C DIR`, without a shell.
fn archive(root: &Path, commit: &str, dir: &Path) -> Result<(), String> {
    let failed = |what: &str, err: &dyn std::fmt::Display| {
        format!("--since: cannot extract `{commit}` with {what}: {err}")
    };
    let mut archive = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["archive", "--format=tar", commit])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| failed("git archive", &err))?;
    let Some(stream) = archive.stdout.take() else {
        return Err(failed("git archive", &"no output"));
    };
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(dir)
        .stdin(Stdio::from(stream))
        .stderr(Stdio::piped())
        .output()
        .map_err(|err| failed("tar", &err))?;
    let git = archive
        .wait_with_output()
        .map_err(|err| failed("git archive", &err))?;
    if !git.status.success() {
        return Err(failed(
            "git archive",
            &String::from_utf8_lossy(&git.stderr).trim(),
        ));
    }
    if !tar.status.success() {
        return Err(failed("tar", &String::from_utf8_lossy(&tar.stderr).trim()));
    }
    Ok(())
}
