//! Paths for machine consumers (SARIF, GitHub annotations): relative to the repository root,
//! so they attach to the right file whichever folder the check ran from.

use onmessage::guide_set::lexical_normalize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Converts finding paths (relative to the current directory, or absolute) to paths relative
/// to the git work-tree root — the nearest folder at or above the current directory holding a
/// `.git`, as guide discovery finds it — or to the current directory outside git.
pub struct RootRelative {
    cwd: PathBuf,
    root: PathBuf,
    cache: HashMap<String, String>,
}

impl RootRelative {
    pub fn from_current_dir() -> Self {
        let cwd = std::env::current_dir().unwrap_or_default();
        let cwd = std::fs::canonicalize(&cwd).unwrap_or(cwd);
        let root = cwd
            .ancestors()
            .find(|dir| dir.join(".git").exists())
            .unwrap_or(&cwd)
            .to_path_buf();
        RootRelative {
            cwd,
            root,
            cache: HashMap::new(),
        }
    }

    /// `path` relative to the root, forward slashes; a path outside the root stays absolute.
    pub fn convert(&mut self, path: &str) -> String {
        if let Some(known) = self.cache.get(path) {
            return known.clone();
        }
        let full = resolve(&self.cwd.join(path));
        let converted = match full.strip_prefix(&self.root) {
            Ok(relative) => slashes(relative),
            Err(_) => slashes(&full),
        };
        self.cache.insert(path.to_string(), converted.clone());
        converted
    }
}

/// The file's folder with symlinks resolved (as the root's are), then the file's own name, so a
/// symlinked file is named where it is, not where it points. Lexical when the folder is gone.
fn resolve(path: &Path) -> PathBuf {
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return lexical_normalize(path);
    };
    match std::fs::canonicalize(parent) {
        Ok(parent) => parent.join(name),
        Err(_) => lexical_normalize(path),
    }
}

/// Forward slashes whatever the platform, and no `\\?\` verbatim prefix. On Unix a backslash
/// is part of a name, and stays.
fn slashes(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    };
    match text.strip_prefix("//?/") {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_normalisation() {
        assert_eq!(
            lexical_normalize(Path::new("/r/a/./b/../c.md")),
            Path::new("/r/a/c.md")
        );
    }

    #[test]
    #[cfg(unix)]
    fn paths_below_the_root_become_relative() {
        let mut paths = RootRelative {
            cwd: PathBuf::from("/nonexistent-onmessage/repo/docs"),
            root: PathBuf::from("/nonexistent-onmessage/repo"),
            cache: HashMap::new(),
        };
        assert_eq!(paths.convert("sales/a b.md"), "docs/sales/a b.md");
        assert_eq!(paths.convert("../top.md"), "top.md");
        assert_eq!(paths.convert("/nonexistent-onmessage/repo/x.md"), "x.md");
        assert_eq!(
            paths.convert("/elsewhere-onmessage/y.md"),
            "/elsewhere-onmessage/y.md"
        );
    }
}
