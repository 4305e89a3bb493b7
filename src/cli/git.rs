//! The few git questions `--changed-since` asks, through the `git` binary.

use onmessage::changed::ChangedLines;
use std::path::PathBuf;
use std::process::Command;

pub fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(["-c", "core.quotepath=false"])
        .args(args)
        .output()
        .map_err(|err| format!("cannot run git: {err}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// The top folder of the repository the current folder is in; `option` names what needs it in
/// the error.
pub fn repo_root(option: &str) -> Result<PathBuf, String> {
    let root = git(&["rev-parse", "--show-toplevel"])
        .map_err(|_| format!("{option} needs a git repository, and this is not one"))?;
    Ok(PathBuf::from(root.trim()))
}

/// The commit `reference` names. A ref never starts with `-`: what git would read as an option
/// (`--fork-point`, `--help`) is refused before git sees it, and the ref is passed where only a
/// revision can be.
fn commit_of(reference: &str, option: &str) -> Result<String, String> {
    let shown = onmessage::report::escape::visible(reference);
    let unknown = || {
        format!(
            "{option}: unknown ref `{shown}`: git cannot find a commit by that name. Check the spelling; if it is a branch on a remote, fetch it first (`git fetch origin {name}`); in a shallow clone fetch the full history (`fetch-depth: 0` in actions/checkout)",
            name = shown.rsplit('/').next().unwrap_or(&shown)
        )
    };
    if reference.is_empty() {
        return Err(format!("{option} needs a git ref, such as origin/main"));
    }
    if reference.starts_with('-') {
        return Err(format!(
            "{option}: `{shown}` is not a git ref (a ref never starts with `-`)"
        ));
    }
    let commit = git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        &format!("{reference}^{{commit}}"),
    ])
    .map_err(|_| unknown())?;
    let commit = commit.trim();
    // A full hexadecimal object name, never an option.
    if commit.is_empty() || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(unknown());
    }
    Ok(commit.to_string())
}

/// The lines added or changed between the merge base of `reference` and HEAD and the working
/// tree, with the repository root their paths are relative to.
pub fn changed_since(reference: &str) -> Result<(PathBuf, ChangedLines), String> {
    let root = repo_root("--changed-since")?;
    let commit = commit_of(reference, "--changed-since")?;
    let base = git(&["merge-base", &commit, "HEAD"]).map_err(|err| {
        format!(
            "cannot find the merge base of `{reference}` and HEAD ({err}). In a shallow clone, fetch the full history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"
        )
    })?;
    // Explicit prefixes and hunk settings: a user's diff.noprefix, diff.mnemonicPrefix,
    // diff.relative or diff.interHunkContext must not change what counts as changed.
    let diff = git(&[
        "diff",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        "--no-relative",
        "--inter-hunk-context=0",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--find-renames",
        base.trim(),
        "--",
    ])?;
    let mut changed = ChangedLines::from_diff(&diff);
    let root_arg = root.to_string_lossy().into_owned();
    let untracked = git(&[
        "-C",
        &root_arg,
        "ls-files",
        "--others",
        "--exclude-standard",
        "-z",
    ])?;
    changed.add_whole_files(
        untracked
            .split('\0')
            .filter(|p| !p.is_empty())
            .map(PathBuf::from),
    );
    Ok((root, changed))
}

/// The text of the file at `path` (relative to the current folder) as it was in the commit
/// `reference` names; `None` when the file did not exist there. For `test --since`.
pub fn file_at(reference: &str, path: &std::path::Path) -> Result<Option<String>, String> {
    let option = "--since";
    let root = repo_root(option)?;
    let commit = commit_of(reference, option)?;
    let absolute = std::env::current_dir()
        .map_err(|err| format!("{option}: cannot read the current folder: {err}"))?
        .join(path);
    // Symbolic links resolved on both sides, as git's top level is.
    let absolute = absolute.canonicalize().unwrap_or(absolute);
    let root = root.canonicalize().unwrap_or(root);
    let Ok(relative) = absolute.strip_prefix(&root) else {
        return Err(format!(
            "{option}: the guide `{}` is outside the git repository",
            onmessage::report::escape::visible(&path.display().to_string())
        ));
    };
    let relative = relative.to_string_lossy().replace('\\', "/");
    // `commit:path` names a blob; a path git does not know at that commit is a new guide.
    match git(&["cat-file", "-e", &format!("{commit}:{relative}")]) {
        Err(_) => Ok(None),
        Ok(_) => git(&["show", &format!("{commit}:{relative}")]).map(Some),
    }
}

/// The date (`YYYY-MM-DD`) of the last commit that changed each file, by its path relative to
/// the repository root, with that root. For `report --dates git`: one `git log` over the whole
/// history, newest first, so the first date seen for a path is its last.
pub fn last_commit_dates() -> Result<(PathBuf, std::collections::HashMap<String, String>), String> {
    let root = repo_root("--dates git")?;
    let root_arg = root.to_string_lossy().into_owned();
    // A marker no path starts with separates commits; renames are followed as new paths.
    let log = git(&[
        "-C",
        &root_arg,
        "log",
        "--no-renames",
        "--no-merges",
        "--name-only",
        "--format=\u{1}%cs",
        "--no-color",
    ])
    .map_err(|err| format!("--dates git: cannot read the history ({err})"))?;
    let mut dates = std::collections::HashMap::new();
    let mut date = "";
    for line in log.lines() {
        if let Some(d) = line.strip_prefix('\u{1}') {
            date = d;
        } else if !line.is_empty() && !date.is_empty() {
            dates
                .entry(line.to_string())
                .or_insert_with(|| date.to_string());
        }
    }
    Ok((root, dates))
}
