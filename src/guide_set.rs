//! Which guide applies to a file: the nearest `message-guide.yml` in its folder or a parent,
//! up to the git work-tree root (outside git: up to the home folder, and never through a folder
//! or guide of another user); the built-in packs when there is none; or one fixed guide
//! (`--guide`). Each guide is loaded and compiled once and shared by all threads.

use crate::compiled::CompiledGuide;
use crate::guide::GuideError;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

pub const GUIDE_FILE: &str = "message-guide.yml";

pub type Loaded = Result<Arc<CompiledGuide>, Arc<GuideError>>;

/// Why no guide set could be made for a run.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum GuideSetError {
    /// Guides are discovered, and `--guide` and built-in globs resolved, from the current
    /// folder: without it no file could be placed under the right guide.
    #[error("cannot read the current folder: {0}")]
    #[diagnostic(
        code(onmessage::no_current_folder),
        help("guides and their globs are found from the current folder: run onmessage from a folder that exists")
    )]
    CurrentDir(#[source] std::io::Error),
    #[error(transparent)]
    #[diagnostic(transparent)]
    Guide(#[from] GuideError),
}

/// The guide for one file.
#[derive(Clone)]
pub struct Resolved {
    pub guide: Loaded,
    /// No guide file was found: the built-in packs apply.
    pub builtin: bool,
}

/// What discovery learnt about a folder.
#[derive(Clone)]
struct Climb {
    /// The guide file that applies to files in it (`None`: built-in).
    guide: Option<PathBuf>,
    /// Whether the folder is inside a git work tree.
    in_git: bool,
}

pub struct GuideSet {
    fixed: Option<Loaded>,
    folders: Mutex<HashMap<PathBuf, Climb>>,
    guides: Mutex<HashMap<PathBuf, Arc<OnceLock<Loaded>>>>,
    builtin: OnceLock<Loaded>,
    /// Folder built-in and `--guide` globs are relative to.
    cwd: PathBuf,
    /// The user's home folder, where discovery stops climbing.
    home: Option<PathBuf>,
}

impl GuideSet {
    /// Discover guides per file.
    pub fn discover() -> Result<Self, GuideSetError> {
        Ok(GuideSet {
            fixed: None,
            folders: Mutex::default(),
            guides: Mutex::default(),
            builtin: OnceLock::new(),
            cwd: std::env::current_dir().map_err(GuideSetError::CurrentDir)?,
            home: std::env::var_os("HOME")
                .map(PathBuf::from)
                .filter(|home| home.is_absolute())
                .map(|home| lexical_normalize(&home)),
        })
    }

    /// One guide for every file, its globs relative to the current directory.
    pub fn fixed(path: &Path) -> Result<Self, GuideSetError> {
        let mut set = GuideSet::discover()?;
        let guide = CompiledGuide::load_with_root(path, set.cwd.clone())?;
        set.fixed = Some(Ok(Arc::new(guide)));
        Ok(set)
    }

    /// One guide already compiled for every file: the check page, which reloads it itself.
    pub fn of_guide(guide: Arc<CompiledGuide>) -> Result<Self, GuideSetError> {
        let mut set = GuideSet::discover()?;
        set.fixed = Some(Ok(guide));
        Ok(set)
    }

    /// The guide for `file` (which need not exist: `--stdin-filename` names may be virtual).
    pub fn for_path(&self, file: &Path) -> Resolved {
        if let Some(fixed) = &self.fixed {
            return Resolved {
                guide: fixed.clone(),
                builtin: false,
            };
        }
        let absolute = lexical_normalize(&if file.is_absolute() {
            file.to_path_buf()
        } else {
            self.cwd.join(file)
        });
        let folder = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
        match self.guide_file_for(&folder) {
            Some(guide_file) => Resolved {
                guide: self.load(&guide_file),
                builtin: false,
            },
            None => Resolved {
                guide: self
                    .builtin
                    .get_or_init(|| {
                        CompiledGuide::builtin(self.cwd.clone())
                            .map(Arc::new)
                            .map_err(Arc::new)
                    })
                    .clone(),
                builtin: true,
            },
        }
    }

    /// The guide file that governs files in `folder` (as given or relative to the current
    /// directory); `None` when none does (the built-in packs).
    pub fn guide_file(&self, folder: &Path) -> Option<PathBuf> {
        self.guide_file_for(&lexical_normalize(&self.cwd.join(folder)))
    }

    /// The nearest guide file at or above `folder`. The climb stops at a git work-tree root and
    /// at the user's home folder; outside a git work tree it also stops before a folder or a
    /// guide owned by neither the current user nor root, so another user's guide never governs
    /// your files. Anything named `message-guide.yml` counts: a dangling symlink, a folder or a
    /// FIFO there is reported when loaded, never passed over for a guide further up.
    fn guide_file_for(&self, folder: &Path) -> Option<PathBuf> {
        let mut chain: Vec<PathBuf> = Vec::new();
        let mut above: Option<Climb> = None;
        let mut in_git = false;
        let mut current = Some(folder);
        while let Some(dir) = current {
            if let Some(known) = lock(&self.folders).get(dir) {
                in_git = known.in_git;
                above = Some(known.clone());
                break;
            }
            chain.push(dir.to_path_buf());
            if dir.join(".git").exists() {
                in_git = true;
                break;
            }
            if self.home.as_deref() == Some(dir) {
                break;
            }
            current = dir.parent();
        }
        let mut decided = None;
        for (i, dir) in chain.iter().enumerate() {
            if !in_git && !trusted(std::fs::metadata(dir).ok()) {
                decided = Some((i, None));
                break;
            }
            let candidate = dir.join(GUIDE_FILE);
            if let Ok(meta) = candidate.symlink_metadata() {
                let usable = in_git || trusted(Some(meta));
                decided = Some((i, usable.then_some(candidate)));
                break;
            }
        }
        let (last, guide) = match decided {
            Some((i, guide)) => (i + 1, guide),
            None => (chain.len(), above.and_then(|a| a.guide)),
        };
        let mut folders = lock(&self.folders);
        for dir in chain.into_iter().take(last) {
            folders.insert(
                dir,
                Climb {
                    guide: guide.clone(),
                    in_git,
                },
            );
        }
        guide
    }

    /// Every guide loaded so far that has warnings, in path order (each once).
    pub fn with_warnings(&self) -> Vec<Arc<CompiledGuide>> {
        let mut found: Vec<Arc<CompiledGuide>> = self
            .fixed
            .iter()
            .cloned()
            .chain(
                lock(&self.guides)
                    .values()
                    .filter_map(|cell| cell.get().cloned()),
            )
            .filter_map(Result::ok)
            .filter(|guide| !guide.warnings.is_empty())
            .collect();
        found.sort_by(|a, b| a.path.cmp(&b.path));
        found
    }

    /// Check files under `guide_file` with `guide` from now on, whatever the file holds (the
    /// editor server: a guide saved valid, or the last valid one while the file is broken).
    pub fn pin(&self, guide_file: &Path, guide: Arc<CompiledGuide>) {
        let cell = OnceLock::new();
        let _ = cell.set(Ok(guide));
        lock(&self.guides).insert(lexical_normalize(guide_file), Arc::new(cell));
    }

    /// The guide loaded so far from `guide_file`, if it loaded and is valid.
    pub fn loaded(&self, guide_file: &Path) -> Option<Arc<CompiledGuide>> {
        let cell = lock(&self.guides)
            .get(&lexical_normalize(guide_file))
            .cloned()?;
        cell.get().cloned()?.ok()
    }

    fn load(&self, guide_file: &Path) -> Loaded {
        let cell = lock(&self.guides)
            .entry(guide_file.to_path_buf())
            .or_default()
            .clone();
        cell.get_or_init(|| {
            // Diagnostics name the guide relative to the current directory when it is below it.
            let shown = guide_file.strip_prefix(&self.cwd).unwrap_or(guide_file);
            let root = guide_file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            crate::guide::read(guide_file)
                .map_err(|err| match err {
                    GuideError::Read { reason, help, .. } => GuideError::Read {
                        path: shown.to_path_buf(),
                        reason,
                        help,
                    },
                    other => other,
                })
                .and_then(|text| {
                    let name = shown.display().to_string();
                    CompiledGuide::from_text(&name, &text, Some(guide_file.to_path_buf()), root)
                })
                .map(Arc::new)
                .map_err(Arc::new)
        })
        .clone()
    }
}

/// Remove `.` and `..` components without touching the file system, so `a/../b/x.md` finds
/// the guide of `b`, not of `a`.
pub fn lexical_normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether a folder or guide file may steer discovery: owned by the current user or by root.
/// One that cannot be inspected (a virtual `--stdin-filename` folder) holds nothing to fear.
#[cfg(unix)]
fn trusted(meta: Option<std::fs::Metadata>) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    meta.is_none_or(|meta| meta.uid() == me || meta.uid() == 0)
}

#[cfg(not(unix))]
fn trusted(_meta: Option<std::fs::Metadata>) -> bool {
    true
}

/// A poisoned lock only means another thread panicked mid-insert; the map is still usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_guide_wins_and_git_root_stops_the_search() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("repo/.git")).expect("mkdir");
        std::fs::create_dir_all(root.join("repo/brand-a/sales")).expect("mkdir");
        std::fs::create_dir_all(root.join("repo/brand-b")).expect("mkdir");
        std::fs::write(
            root.join(GUIDE_FILE),
            "version: 1\nbanned: [{term: outside}]\n",
        )
        .expect("write");
        std::fs::write(
            root.join("repo/brand-a").join(GUIDE_FILE),
            "version: 1\nbanned: [{term: alpha}]\n",
        )
        .expect("write");
        let set = GuideSet::discover().expect("the test runs in a folder");

        let a = set.for_path(&root.join("repo/brand-a/sales/x.md"));
        let guide = a.guide.expect("loads");
        assert!(!a.builtin);
        assert_eq!(guide.banned[0].entry.term.as_deref(), Some("alpha"));
        let again = set
            .for_path(&root.join("repo/brand-a/y.md"))
            .guide
            .expect("loads");
        assert!(Arc::ptr_eq(&guide, &again), "compiled once, shared");

        let b = set.for_path(&root.join("repo/brand-b/z.md"));
        assert!(
            b.builtin,
            "the git root stops the search before the outer guide"
        );
    }
}
