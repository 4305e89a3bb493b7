//! The stages after the rules: a baseline hides the findings it records, and changed lines
//! (`--changed-since`) keep only the findings a change introduced. The same [`Filters`] tell
//! the fix stage which findings are still reported, so only those are fixed.

use super::Item;
use crate::baseline::{relative_to, Baseline, BaselineError, Index, Keyed};
use crate::changed::ChangedLines;
use crate::guide_set::lexical_normalize;
use crate::{Finding, Scope};
use std::path::{Path, PathBuf};

/// `path` made absolute against the current folder, without touching the file system.
fn absolute(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    lexical_normalize(&if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    })
}

/// The folder a baseline's paths are relative to: the baseline file's own.
fn baseline_folder(file: &Path) -> PathBuf {
    absolute(file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn keyed<'a>(items: &'a [Item], folder: &Path) -> Vec<Keyed<'a>> {
    // A file's findings are together: its relative path is worked out once.
    let mut last: Option<(&Path, String)> = None;
    items
        .iter()
        .map(|item| {
            let path = match &last {
                Some((file, path)) if *file == item.file.as_path() => path.clone(),
                _ => {
                    let path = relative_to(&absolute(&item.file), folder);
                    last = Some((&item.file, path.clone()));
                    path
                }
            };
            Keyed {
                finding: &item.finding,
                path,
                line: &item.line_text,
            }
        })
        .collect()
}

/// A baseline recording `items` (kept with their line texts), for writing to `file`: its
/// paths are relative to the folder of `file`.
pub fn baseline_of(file: &Path, items: &[Item]) -> Baseline {
    Baseline::new(&keyed(items, &baseline_folder(file)))
}

/// A baseline, parsed and indexed, with the folder its paths are relative to.
pub struct LoadedBaseline {
    index: Index,
    folder: PathBuf,
}

impl LoadedBaseline {
    /// The baseline `text`, read from the file `file` (its name in errors, its folder the
    /// base of the recorded paths).
    pub fn parse(file: &Path, text: &str) -> Result<Self, BaselineError> {
        let baseline = Baseline::parse(&file.display().to_string(), text)?;
        Ok(LoadedBaseline {
            index: Index::new(&baseline),
            folder: baseline_folder(file),
        })
    }
}

/// What the baseline stage did to one file's findings.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BaselineCounts {
    /// Findings the baseline recorded, so not reported.
    pub hidden: usize,
    /// Recorded findings of the file that no longer occur (fixed since).
    pub stale: usize,
}

/// Changed lines, with the repository root their paths are relative to.
pub struct Changes {
    root: PathBuf,
    lines: ChangedLines,
}

impl Changes {
    pub fn new(root: PathBuf, lines: ChangedLines) -> Self {
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        Changes {
            root: lexical_normalize(&root),
            lines,
        }
    }

    /// Whether `finding` of `file` is part of the change: on a changed line, or about the
    /// whole file of a file that changed at all.
    fn covers(&self, file: &Path, finding: &Finding) -> bool {
        let file = absolute(file);
        let file = std::fs::canonicalize(&file).unwrap_or(file);
        let Ok(relative) = file.strip_prefix(&self.root) else {
            return false; // outside the repository: not part of the change
        };
        if finding.scope == Scope::File {
            self.lines.file_changed(relative)
        } else {
            self.lines.contains(relative, finding.line)
        }
    }
}

/// The baseline and changed-lines stages; both optional.
#[derive(Default)]
pub struct Filters {
    pub baseline: Option<LoadedBaseline>,
    pub changes: Option<Changes>,
}

impl Filters {
    /// Drop the findings the baseline records, and those off the changed lines. `items` are
    /// one file's (`file`); the counts are `None` without a baseline.
    pub fn apply(&self, file: &Path, items: &mut Vec<Item>) -> Option<BaselineCounts> {
        let counts = self.baseline.as_ref().map(|loaded| {
            let checked = [relative_to(&absolute(file), &loaded.folder)].into();
            let (new, stale) = loaded.index.filter(&keyed(items, &loaded.folder), &checked);
            let before = items.len();
            let mut keep = new.into_iter();
            items.retain(|_| keep.next().unwrap_or(true));
            BaselineCounts {
                hidden: before - items.len(),
                stale,
            }
        });
        if let Some(changes) = &self.changes {
            items.retain(|item| changes.covers(&item.file, &item.finding));
        }
        counts
    }

    /// Whether a finding (on a line reading `line`) would be reported: not recorded in the
    /// baseline (however many times), and part of the change.
    pub fn reported(&self, file: &Path, finding: &Finding, line: &str) -> bool {
        let baselined = self.baseline.as_ref().is_some_and(|loaded| {
            let path = relative_to(&absolute(file), &loaded.folder);
            loaded.index.contains(&path, finding, line)
        });
        let changed = self
            .changes
            .as_ref()
            .is_none_or(|changes| changes.covers(file, finding));
        !baselined && changed
    }
}
