//! `--since` writes out only the files of the ref that differ from the working tree. A file git
//! sees unchanged since the ref (`git diff-index`), with no attribute that converts it on
//! checkout and line-ending conversion off, has the same bytes in a checkout of the ref as in
//! the working tree. It gets a placeholder in the extracted tree instead: a hard link to one
//! empty file, so the walk sees the same names without a new file being written for each, and
//! its bytes are read from the working tree. Everything else (changed files, links, submodules,
//! `.gitignore` and `.ignore` files the walk reads) is checked out as before. Anything unusual
//! (a git that cannot answer, a file system without hard links) falls back to writing files.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What to write: paths (relative to the root, as git spells them) to check out for real, and
/// paths that get a placeholder.
pub struct Plan {
    pub extract: Vec<Vec<u8>>,
    pub same: Vec<Vec<u8>>,
}

/// The attributes that make a checkout differ from the bytes git stores.
const CONVERTING: [&str; 6] = [
    "text",
    "eol",
    "crlf",
    "filter",
    "ident",
    "working-tree-encoding",
];

/// The plan for the ref whose tree `index` holds, or `None` to check out every file.
pub fn plan(root: &Path, commit: &str, index: &Path) -> Option<Plan> {
    if !cfg!(unix) || converts_line_ends(root)? {
        return None;
    }
    let entries = git(root, &["ls-files", "--stage", "-z"], Some(index), None)?;
    // Plumbing: the user's index is read, never refreshed or written. A file whose recorded
    // state is stale shows as changed, and is simply checked out.
    let changed = git(
        root,
        &[
            "diff-index",
            "--name-only",
            "-z",
            "--no-renames",
            "--no-relative",
            commit,
            "--",
        ],
        None,
        None,
    )?;
    let changed: HashSet<&[u8]> = records(&changed).collect();
    // Assumed unchanged, skip-worktree or unmerged entries: git's word on them is not the file's.
    let tagged = git(root, &["ls-files", "-v", "-z"], None, None)?;
    let flagged: HashSet<&[u8]> = records(&tagged)
        .filter_map(|r| match r {
            [b'H', b' ', ..] => None,
            [_, b' ', path @ ..] => Some(path),
            _ => None,
        })
        .collect();
    let mut extract = Vec::new();
    let mut candidates = Vec::new();
    for record in records(&entries) {
        let tab = record.iter().position(|&b| b == b'\t')?;
        let (meta, path) = (&record[..tab], &record[tab + 1..]);
        let regular = meta.starts_with(b"100644 ") || meta.starts_with(b"100755 ");
        if regular && !changed.contains(path) && !flagged.contains(path) && !walk_reads(path) {
            candidates.push(path);
        } else {
            extract.push(path.to_vec());
        }
    }
    let converted = converted(root, index, &candidates)?;
    let mut same = Vec::new();
    for path in candidates {
        if converted.contains(path) {
            extract.push(path.to_vec());
        } else {
            same.push(path.to_vec());
        }
    }
    Some(Plan { extract, same })
}

/// `core.autocrlf` on: checkouts may rewrite any text file's line ends.
fn converts_line_ends(root: &Path) -> Option<bool> {
    let value = git(
        root,
        &["config", "--get", "--default", "false", "core.autocrlf"],
        None,
        None,
    )?;
    let value = String::from_utf8_lossy(&value).trim().to_ascii_lowercase();
    Some(!matches!(value.as_str(), "false" | "no" | "off" | "0"))
}

/// The candidates with a converting attribute, from the working tree's and the ref's
/// `.gitattributes` (as checkout-index reads them) and from the index's alone.
fn converted<'a>(root: &Path, index: &Path, candidates: &[&'a [u8]]) -> Option<HashSet<&'a [u8]>> {
    let mut input = Vec::new();
    for path in candidates {
        input.extend_from_slice(path);
        input.push(0);
    }
    let wanted: HashSet<&'a [u8]> = candidates.iter().copied().collect();
    let mut found = HashSet::new();
    for cached in [false, true] {
        let mut args = vec!["check-attr", "-z", "--stdin"];
        if cached {
            args.push("--cached");
        }
        args.extend(CONVERTING);
        let output = git(root, &args, Some(index), Some(input.clone()))?;
        // Triples: path, attribute, value.
        let fields: Vec<&[u8]> = output.split(|&b| b == 0).collect();
        for triple in fields.chunks_exact(3) {
            if triple[2] != b"unspecified" {
                if let Some(path) = wanted.get(triple[0]) {
                    found.insert(*path);
                }
            }
        }
    }
    Some(found)
}

/// Files the walk reads from the tree itself.
fn walk_reads(path: &[u8]) -> bool {
    let name = path.rsplit(|&b| b == b'/').next().unwrap_or(path);
    name == b".gitignore" || name == b".ignore"
}

fn records(output: &[u8]) -> impl Iterator<Item = &[u8]> {
    output.split(|&b| b == 0).filter(|r| !r.is_empty())
}

/// Hard links to one empty file for `same` under `tree`; the paths placed (as paths relative to
/// the tree) and those that could not be (to check out instead).
pub fn place(scratch: &Path, tree: &Path, same: Vec<Vec<u8>>) -> (HashSet<PathBuf>, Vec<Vec<u8>>) {
    let mut placed = HashSet::new();
    let holder = scratch.join("placeholder");
    if std::fs::File::create(&holder).is_err() {
        return (placed, same);
    }
    let mut failed = Vec::new();
    let mut folders: HashSet<PathBuf> = HashSet::new();
    for path in same {
        let Some(relative) = as_path(&path) else {
            failed.push(path);
            continue;
        };
        let target = tree.join(&relative);
        let folder_ready = match target.parent() {
            Some(folder) if !folders.contains(folder) => {
                let made = std::fs::create_dir_all(folder).is_ok();
                if made {
                    folders.insert(folder.to_path_buf());
                }
                made
            }
            _ => true,
        };
        if folder_ready && std::fs::hard_link(&holder, &target).is_ok() {
            placed.insert(relative);
        } else {
            failed.push(path);
        }
    }
    (placed, failed)
}

#[cfg(unix)]
fn as_path(bytes: &[u8]) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    Some(PathBuf::from(std::ffi::OsStr::from_bytes(bytes)))
}

#[cfg(not(unix))]
fn as_path(_bytes: &[u8]) -> Option<PathBuf> {
    None
}

/// Run git at `root` (with `index` as its index file, and `input` on stdin); its stdout, or
/// `None` when it fails.
fn git(
    root: &Path,
    args: &[&str],
    index: Option<&Path>,
    input: Option<Vec<u8>>,
) -> Option<Vec<u8>> {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(root)
        .args(["-c", "core.splitIndex=false", "-c", "core.fsmonitor=false"])
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(index) = index {
        command.env("GIT_INDEX_FILE", index);
    }
    let mut child = command.spawn().ok()?;
    // Written from a thread: git answers while it reads, and could fill its output pipe.
    let writer = match (input, child.stdin.take()) {
        (Some(bytes), Some(mut stdin)) => Some(std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        })),
        _ => None,
    };
    let output = child.wait_with_output().ok()?;
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    output.status.success().then_some(output.stdout)
}
