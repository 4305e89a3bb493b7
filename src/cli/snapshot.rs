//! `--since REF`: the repository's files at a ref, checked out into a temporary folder (removed
//! when dropped) through a temporary index: `git read-tree` fills an index file of our own and
//! `git checkout-index` writes its files under the folder. Unlike `git archive`, this ignores
//! `export-ignore` and `export-subst`, so the files are the ones a checkout of the ref would
//! have. Files git sees unchanged since the ref are not written: they get placeholders and are
//! read from the working tree (see [`super::sparse`]). The user's checkout, index and `.git`
//! are only read, never written, and no worktree is registered. A signal (see
//! [`super::signals`]) stops git and removes the temporary folder.

use super::git::git;
use super::scoring::Job;
use super::signals::{self, Entry, Tracked};
use super::sparse;
use super::walk::{self, WalkOptions};
use onmessage::guide_set::lexical_normalize;
use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The folder of the temporary folder that holds the extracted tree (beside the index file).
const TREE: &str = "tree";

pub struct Snapshot {
    /// The ref as given, and the commit it names.
    pub reference: String,
    pub commit: String,
    /// The repository root now.
    root: PathBuf,
    /// The current folder, relative to the root, with a trailing slash (or empty).
    prefix: String,
    /// Files of the tree (relative to it) the same as in the working tree: placeholders there,
    /// read from the working tree (see [`sparse`]).
    same: HashSet<PathBuf>,
    /// Holds the temporary index and, in [`TREE`], the extracted tree; removed when dropped.
    dir: tempfile::TempDir,
    /// The folder's registration for removal on a signal: forgotten after `dir` is removed
    /// (fields drop in order).
    _tracked: Tracked,
}

impl Snapshot {
    /// Extract the tree at `reference`. Errors are messages for the user.
    pub fn extract(reference: &str) -> Result<Self, String> {
        let root = super::git::repo_root("--since")?;
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
        let (dir, tracked) = signals::track(
            || {
                tempfile::Builder::new()
                    .prefix("onmessage-since-")
                    .tempdir()
            },
            |dir| Entry::Folder(dir.path().to_path_buf()),
        )
        .map_err(|err| format!("--since: cannot create a temporary folder: {err}"))?;
        let tree = dir.path().join(TREE);
        let same = check_out(&root, &commit, dir.path(), &tree)?;
        // An empty `.git` makes the walker honour the tree's .gitignore files, as in the
        // working tree; guides are never looked up here (the current ones score the tree).
        signals::write_tracked(|| std::fs::create_dir_all(tree.join(".git")))
            .map_err(|err| format!("--since: cannot prepare the extracted tree: {err}"))?;
        Ok(Snapshot {
            reference: reference.to_string(),
            commit,
            root,
            prefix,
            same,
            dir,
            _tracked: tracked,
        })
    }

    /// The files the same arguments name in the old tree, as jobs placed where they are now
    /// (so the current guides, channels and folders apply) and named as `check` names them.
    pub fn jobs(&self, paths: &[PathBuf], options: &WalkOptions) -> Vec<Job> {
        let tree = self.dir.path().join(TREE);
        let tree = tree.as_path();
        let real_tree = std::fs::canonicalize(tree).unwrap_or_else(|_| tree.to_path_buf());
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
                    read_from: self.source(target.path, tree, &real_tree),
                    place,
                    kind: target.kind,
                });
            }
        }
        jobs.sort_by(|a, b| a.display.cmp(&b.display));
        jobs.dedup_by(|a, b| a.display == b.display);
        jobs
    }

    /// Where a file of the extracted tree is read from: the working tree for a placeholder.
    fn source(&self, file: PathBuf, tree: &Path, real_tree: &Path) -> PathBuf {
        if self.same.is_empty() {
            return file;
        }
        if let Some(same) = file
            .strip_prefix(tree)
            .ok()
            .filter(|p| self.same.contains(*p))
        {
            return self.root.join(same);
        }
        // Reached another way (`..`, a linked folder): a placeholder is empty.
        if std::fs::metadata(&file).is_ok_and(|m| m.len() == 0) {
            if let Ok(real) = std::fs::canonicalize(&file) {
                if let Some(same) = real
                    .strip_prefix(real_tree)
                    .ok()
                    .filter(|p| self.same.contains(*p))
                {
                    return self.root.join(same);
                }
            }
        }
        file
    }
}

/// `git read-tree COMMIT` into an index file in `scratch`, then `git checkout-index` of that
/// index into `tree`: every file, or (see [`sparse`]) only those that differ from the working
/// tree, with placeholders for the rest, whose paths are returned. The user's index is never
/// written (`GIT_INDEX_FILE` points at ours), and settings that would write beside it in `.git`
/// (a split index's shared file, a file system monitor) are turned off.
fn check_out(
    root: &Path,
    commit: &str,
    scratch: &Path,
    tree: &Path,
) -> Result<HashSet<PathBuf>, String> {
    let index = scratch.join("index");
    run(
        root,
        &index,
        commit,
        "git read-tree",
        vec!["read-tree".into(), commit.into()],
        None,
    )?;
    // checkout-index joins the prefix and each path as strings: it must end with a slash.
    let mut prefix = tree.as_os_str().to_owned();
    prefix.push(std::path::MAIN_SEPARATOR_STR);
    let mut checkout = OsString::from("--prefix=");
    checkout.push(&prefix);
    let mut args: Vec<OsString> = vec!["checkout-index".into(), "--force".into(), checkout];
    let Some(plan) = sparse::plan(root, commit, &index) else {
        args.push("--all".into());
        run(root, &index, commit, "git checkout-index", args, None)?;
        return Ok(HashSet::new());
    };
    let (same, failed) = signals::write_tracked(|| {
        std::fs::create_dir_all(tree)?;
        Ok(sparse::place(scratch, tree, plan.same))
    })
    .map_err(|err: std::io::Error| format!("--since: cannot prepare the extracted tree: {err}"))?;
    let mut paths = Vec::new();
    for path in plan.extract.iter().chain(&failed) {
        paths.extend_from_slice(path);
        paths.push(0);
    }
    if !paths.is_empty() {
        args.extend(["-z".into(), "--stdin".into()]);
        run(
            root,
            &index,
            commit,
            "git checkout-index",
            args,
            Some(paths),
        )?;
    }
    Ok(same)
}

/// One git command writing into the temporary folder (with `input` on its stdin).
fn run(
    root: &Path,
    index: &Path,
    commit: &str,
    what: &str,
    args: Vec<OsString>,
    input: Option<Vec<u8>>,
) -> Result<(), String> {
    let cannot =
        |err: std::io::Error| format!("--since: cannot extract `{commit}` with {what}: {err}");
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(root)
        .args(["-c", "core.splitIndex=false", "-c", "core.fsmonitor=false"])
        .args(&args)
        .env("GIT_INDEX_FILE", index)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Registered, so a signal stops git before removing the folder it writes into.
    let (mut child, tracked) =
        signals::track(|| command.spawn(), |child| Entry::Child(child.id())).map_err(cannot)?;
    // Written from a thread: git could fill its stderr pipe while it reads.
    let writer = match (input, child.stdin.take()) {
        (Some(bytes), Some(mut stdin)) => Some(std::thread::spawn(move || {
            use std::io::Write;
            stdin.write_all(&bytes)
        })),
        _ => None,
    };
    let output = child.wait_with_output();
    drop(tracked);
    let written = writer.map(|w| w.join());
    let output = output.map_err(cannot)?;
    if let Some(Ok(Err(err))) = written {
        return Err(cannot(err));
    }
    if !output.status.success() {
        return Err(format!(
            "--since: cannot extract `{commit}` with {what}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(())
}
