//! Which files a check covers: named files always, folders walked in parallel with the ignore
//! crate (respecting .gitignore and .ignore unless told otherwise).

use super::output::Output;
use onmessage::Kind;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
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
    /// How findings name it: as reached from the arguments, forward slashes, no leading `./`.
    /// Derived when needed rather than stored: a run may hold many thousands of targets.
    pub fn display(&self) -> String {
        display_key(&self.path).into_owned()
    }
}

pub struct WalkOptions {
    pub no_ignore: bool,
    pub hidden: bool,
}

/// Expand the arguments into targets, sorted and deduplicated. Missing paths are returned
/// separately so the rest can still be checked.
pub fn collect(paths: &[PathBuf], options: &WalkOptions) -> (Vec<Target>, Vec<PathBuf>) {
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
    if let Some((first, rest)) = folders.split_first() {
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
        builder.build_parallel().run(|| {
            Box::new(|entry| {
                if let Ok(entry) = entry {
                    let is_file = entry
                        .file_type()
                        .is_some_and(|t| t.is_file() || t.is_symlink());
                    if let (true, Some(kind)) = (is_file, Kind::from_path(entry.path())) {
                        if entry.path().is_file() {
                            let target = Target {
                                path: entry.path().to_path_buf(),
                                kind,
                                named: false,
                            };
                            found.lock().unwrap_or_else(|p| p.into_inner()).push(target);
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
    }
    targets.sort_by(|a, b| display_key(&a.path).cmp(&display_key(&b.path)));
    targets.dedup_by(|a, b| display_key(&a.path) == display_key(&b.path));
    targets.shrink_to_fit();
    (targets, missing)
}

/// [`collect`], with each missing path reported as an error; whether any was missing.
pub fn collect_reporting(
    paths: &[PathBuf],
    options: &WalkOptions,
    out: &mut Output,
) -> (Vec<Target>, bool) {
    let (targets, missing) = collect(paths, options);
    for path in &missing {
        out.error(&format!("{}: no such file or folder", path.display()));
    }
    (targets, !missing.is_empty())
}

/// A path as findings show it: forward slashes, without a leading `./`.
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
    match path.to_string_lossy() {
        Cow::Borrowed(text) if !text.contains('\\') => Cow::Borrowed(strip(text)),
        text => Cow::Owned(strip(&text.replace('\\', "/")).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::display_path;
    use std::path::Path;

    #[test]
    fn display_paths_are_clean() {
        assert_eq!(display_path(Path::new("./sales/a.md")), "sales/a.md");
        assert_eq!(display_path(Path::new("sales\\a.md")), "sales/a.md");
        assert_eq!(display_path(Path::new("/abs/a.md")), "/abs/a.md");
    }
}
