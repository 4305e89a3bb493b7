//! Which files a check covers: named files always, folders walked in parallel with the ignore
//! crate (respecting .gitignore and .ignore unless told otherwise).
//!
//! Files are told apart by their real path (bytes), never by how they are shown: `a\b.md` is
//! not `a/b.md` on Unix, and two names that differ only in invalid UTF-8 are two files. A walked
//! symbolic link is followed only when it points inside the folders being walked; a folder that
//! cannot be read is named on stderr (and fails the run when it was named).

use super::output::Output;
use onmessage::report::escape::{path_text, visible};
use onmessage::Kind;
use std::borrow::Cow;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// A file to check.
#[derive(Debug, Clone)]
pub struct Target {
    pub path: PathBuf,
    pub kind: Kind,
    /// Named on the command line: a read error is fatal (exit 2), not a note.
    pub named: bool,
}

impl Target {
    /// How findings name it: as reached from the arguments, no leading `./`, invalid UTF-8 as
    /// `\xFF`. Derived when needed rather than stored: a run may hold many thousands of targets.
    pub fn display(&self) -> String {
        display_key(&self.path).into_owned()
    }
}

#[derive(Clone, Copy)]
pub struct WalkOptions {
    pub no_ignore: bool,
    pub hidden: bool,
}

/// What the walk could not cover: said on stderr, fatal when it concerns a named path.
#[derive(Debug)]
pub struct Problem {
    pub message: String,
    pub fatal: bool,
}

/// The expanded arguments.
#[derive(Debug, Default)]
pub struct Walked {
    /// Sorted by how they are shown, one per real path.
    pub targets: Vec<Target>,
    /// Arguments that do not exist.
    pub missing: Vec<PathBuf>,
    /// Unreadable folders and links out of the walked folders, in path order.
    pub problems: Vec<Problem>,
}

/// Expand the arguments into targets, sorted and deduplicated. Missing paths are returned
/// separately so the rest can still be checked.
pub fn collect(paths: &[PathBuf], options: &WalkOptions) -> (Vec<Target>, Vec<PathBuf>) {
    let walked = walk(paths, options);
    (walked.targets, walked.missing)
}

/// [`collect`], with what could not be covered.
pub fn walk(paths: &[PathBuf], options: &WalkOptions) -> Walked {
    let mut targets = Vec::new();
    let mut missing = Vec::new();
    let mut folders = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => folders.push(path.clone()),
            Ok(_) => targets.push(Target {
                path: path.clone(),
                kind: Kind::for_named(path),
                named: true,
            }),
            Err(_) => missing.push(path.clone()),
        }
    }
    let mut problems: Vec<(PathBuf, Problem)> = Vec::new();
    if let Some((first, rest)) = folders.split_first() {
        // Where a walked link may point: inside one of the folders, wherever they really are.
        let roots: Vec<PathBuf> = folders
            .iter()
            .filter_map(|f| std::fs::canonicalize(f).ok())
            .collect();
        let mut builder = ignore::WalkBuilder::new(first);
        for folder in rest {
            builder.add(folder);
        }
        builder
            .hidden(!options.hidden)
            .ignore(!options.no_ignore)
            .git_ignore(!options.no_ignore)
            .git_exclude(!options.no_ignore)
            .git_global(!options.no_ignore)
            .parents(!options.no_ignore);
        let found = Mutex::new(Vec::new());
        let trouble = Mutex::new(Vec::new());
        builder.build_parallel().run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(entry) => match visit(&entry, &roots) {
                        Visit::File(target) => {
                            found.lock().unwrap_or_else(|p| p.into_inner()).push(target)
                        }
                        Visit::Outside => {
                            let message = format!(
                                "skipped {}: a symbolic link out of the folders being checked (name it to check it)",
                                visible(&display_key(entry.path()))
                            );
                            let problem = Problem {
                                message,
                                fatal: false,
                            };
                            trouble
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .push((entry.path().to_path_buf(), problem));
                        }
                        Visit::Nothing => {}
                    },
                    Err(err) => {
                        if let Some(problem) = unreadable(&err, &folders) {
                            trouble
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .push(problem);
                        }
                    }
                }
                ignore::WalkState::Continue
            })
        });
        // The walked files first, without copying them: they are most of a large run.
        let named = std::mem::replace(
            &mut targets,
            found.into_inner().unwrap_or_else(|p| p.into_inner()),
        );
        targets.extend(named);
        problems = trouble.into_inner().unwrap_or_else(|p| p.into_inner());
    }
    // One target per real path (the stable sort keeps a walked file before the same file
    // named), then in the order findings show them. Keys are made once per target, not once
    // per comparison (a walk may find many thousands), and compared as bytes: ordering paths
    // component by component took 10-30 ms for the bench corpus's 9,852 files, every one of
    // them before the first file is checked.
    let mut keyed: Vec<(Vec<u8>, Target)> = std::mem::take(&mut targets)
        .into_iter()
        .map(|t| (file_key(&t.path), t))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    let mut shown: Vec<(String, Target)> = keyed
        .into_iter()
        .map(|(_, t)| (display_key(&t.path).into_owned(), t))
        .collect();
    shown.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.path.cmp(&b.1.path)));
    targets = shown.into_iter().map(|(_, t)| t).collect();
    // A link skipped in a walk but also named is checked: no note for it.
    problems.retain(|(path, problem)| {
        problem.fatal
            || !targets
                .iter()
                .any(|t| t.named && same_file(&t.path).eq(same_file(path)))
    });
    problems.sort_by(|a, b| a.0.cmp(&b.0));
    Walked {
        targets,
        missing,
        problems: problems.into_iter().map(|(_, problem)| problem).collect(),
    }
}

/// What a walked entry is.
enum Visit {
    File(Target),
    /// A symbolic link that resolves outside the walked folders.
    Outside,
    Nothing,
}

fn visit(entry: &ignore::DirEntry, roots: &[PathBuf]) -> Visit {
    let link = entry.path_is_symlink();
    let is_file = entry.file_type().is_some_and(|t| t.is_file() || link);
    // Site templates are taken too: the guide's `include` decides whether they are read.
    let Some(kind) = Kind::from_extension(entry.path()).filter(|_| is_file) else {
        return Visit::Nothing;
    };
    if link {
        // A dangling link, or one to a folder, is not a file to check.
        let Ok(real) = std::fs::canonicalize(entry.path()) else {
            return Visit::Nothing;
        };
        if !real.is_file() {
            return Visit::Nothing;
        }
        if !roots.iter().any(|root| real.starts_with(root)) {
            return Visit::Outside;
        }
    }
    // Not a link: the walk's file type (from the folder listing) already says it is a file, so
    // no second look at it here; reading it checks again that it is a regular file.
    Visit::File(Target {
        path: entry.path().to_path_buf(),
        kind,
        named: false,
    })
}

/// A folder (or ignore file) the walk could not read, as a problem keyed by its path; fatal
/// when it is a folder named on the command line. Other walk errors (a bad glob in a
/// `.gitignore`) are the ignore crate's to skip, as before.
fn unreadable(err: &ignore::Error, folders: &[PathBuf]) -> Option<(PathBuf, Problem)> {
    let io = err.io_error()?;
    let path = error_path(err)?.to_path_buf();
    let named = folders
        .iter()
        .any(|folder| same_file(folder).eq(same_file(&path)));
    let message = format!("cannot read {}: {io}", visible(&display_key(&path)));
    Some((
        path,
        Problem {
            message,
            fatal: named,
        },
    ))
}

fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Partial(errs) if errs.len() == 1 => error_path(&errs[0]),
        _ => None,
    }
}

/// A path's components without `.`: `./a.md` and `a.md` are one file; `a\b.md` and `a/b.md`
/// (on Unix) or names differing in invalid UTF-8 are not.
fn same_file(path: &Path) -> impl Iterator<Item = Component<'_>> {
    path.components().filter(|c| *c != Component::CurDir)
}

/// [`same_file`]'s components as one byte string, each after a `/` (which no other component
/// holds, and only the root is): two paths have the same key exactly when they have the same
/// components. A Windows prefix compares by what it names (`c:` is `C:`), so its key is that,
/// after a NUL no path holds.
fn file_key(path: &Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(path.as_os_str().len() + 2);
    for component in same_file(path) {
        if let Component::Prefix(prefix) = component {
            key.push(0);
            key.extend_from_slice(format!("{:?}", prefix.kind()).as_bytes());
            continue;
        }
        key.push(b'/');
        key.extend_from_slice(component.as_os_str().as_encoded_bytes());
    }
    key
}

/// The walk of `paths`, started on a thread of its own so it runs while the guides load
/// (each takes some milliseconds before any file is checked, and neither needs the other);
/// [`Walking::report`] waits for it.
pub struct Walking(std::thread::JoinHandle<Walked>);

impl Walking {
    pub fn start(paths: &[PathBuf], options: WalkOptions) -> Self {
        let paths = paths.to_vec();
        Walking(std::thread::spawn(move || walk(&paths, &options)))
    }

    /// The walk's targets, with each missing path, unreadable folder and skipped link reported;
    /// whether the run must fail for it (a missing path or a named folder that cannot be read).
    pub fn report(self, out: &mut Output) -> (Vec<Target>, bool) {
        // A panic in the walk is the walk's, as if it had run on this thread.
        let walked = self
            .0
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        for path in &walked.missing {
            out.error(&format!(
                "{}: no such file or folder",
                visible(&display_key(path.as_path()))
            ));
        }
        let mut fatal = !walked.missing.is_empty();
        for problem in &walked.problems {
            out.error(&problem.message);
            fatal |= problem.fatal;
        }
        (walked.targets, fatal)
    }
}

/// A path as findings show it: no leading `./`, invalid UTF-8 as `\xFF`, and on Windows
/// forward slashes.
pub fn display_path(path: &Path) -> String {
    display_key(path).into_owned()
}

/// [`display_path`], borrowed from the path when it can be (sorting compares many).
fn display_key(path: &Path) -> Cow<'_, str> {
    fn strip(mut text: &str) -> &str {
        while let Some(rest) = text.strip_prefix("./") {
            text = rest.trim_start_matches('/');
        }
        text
    }
    let text = path_text(path);
    // A backslash separates folders only on Windows; elsewhere it is part of a name.
    let text = if cfg!(windows) && text.contains('\\') {
        Cow::Owned(text.replace('\\', "/"))
    } else {
        text
    };
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(strip(text)),
        Cow::Owned(text) => Cow::Owned(strip(&text).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::{display_path, file_key, same_file};
    use std::path::Path;

    #[test]
    fn file_keys_are_equal_exactly_for_the_same_components() {
        let pairs = [
            ("a/b.md", "./a/b.md", true),
            ("a/./b.md", "a//b.md", true),
            ("a/b.md", "a-b.md", false),
            ("/a/b.md", "a/b.md", false),
            ("a/b.md", "ab/.md", false),
            ("a/b.md", "a/b.md/", true),
        ];
        for (one, other) in pairs.map(|(a, b, _)| (Path::new(a), Path::new(b))) {
            assert_eq!(
                file_key(one) == file_key(other),
                same_file(one).eq(same_file(other)),
                "{one:?} {other:?}"
            );
        }
        for (one, other, same) in pairs {
            assert_eq!(file_key(Path::new(one)) == file_key(Path::new(other)), same);
        }
    }

    #[test]
    fn display_paths_are_clean() {
        assert_eq!(display_path(Path::new("./sales/a.md")), "sales/a.md");
        assert_eq!(display_path(Path::new("/abs/a.md")), "/abs/a.md");
        let backslash = if cfg!(windows) {
            "sales/a.md"
        } else {
            "sales\\a.md"
        };
        assert_eq!(display_path(Path::new("sales\\a.md")), backslash);
    }

    #[test]
    #[cfg(unix)]
    fn invalid_utf8_is_shown_escaped() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"./a\xff.md"));
        assert_eq!(display_path(path), "a\\xFF.md");
    }
}
