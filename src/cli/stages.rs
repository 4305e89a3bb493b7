//! The stages between checking and rendering: a baseline hides known findings, and
//! `--changed-since` keeps only findings on changed lines. The same [`Selector`] tells `--fix`
//! which findings are still reported, so only those are fixed.

use super::gather::Item;
use onmessage::baseline::{relative_to, Baseline, Index, Keyed};
use onmessage::changed::ChangedLines;
use onmessage::guide_set::lexical_normalize;
use onmessage::{Finding, Scope};
use std::path::{Path, PathBuf};

fn absolute(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    lexical_normalize(&if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    })
}

/// The folder a baseline's paths are relative to.
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

/// Write a baseline of `items` to `file`, atomically: a failed write leaves the old one whole.
pub fn write_baseline(file: &Path, items: &[Item]) -> Result<usize, String> {
    let baseline = Baseline::new(&keyed(items, &baseline_folder(file)));
    super::write::write_file(file, baseline.to_json().as_bytes())
        .map_err(|err| format!("cannot write baseline {}: {err}", file.display()))?;
    Ok(baseline.entries.iter().map(|e| e.count).sum())
}

/// A baseline file, read, parsed and indexed.
pub struct LoadedBaseline {
    index: Index,
    folder: PathBuf,
}

pub fn load_baseline(file: &Path) -> Result<LoadedBaseline, String> {
    let name = file.display().to_string();
    // A FIFO or a device named as the baseline is refused, not waited on or read forever.
    let bytes = onmessage::limits::read_regular_file(file, onmessage::limits::MAX_BASELINE_BYTES)
        .map_err(|err| format!("cannot read baseline {name}: {err}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("cannot read baseline {name}: it is not UTF-8"))?;
    let baseline = Baseline::parse(&name, &text).map_err(|err| err.to_string())?;
    Ok(LoadedBaseline {
        index: Index::new(&baseline),
        folder: baseline_folder(file),
    })
}

/// Which findings are still reported after the baseline and changed-lines stages.
#[derive(Default)]
pub struct Selector {
    baseline: Option<LoadedBaseline>,
    changed: Option<(PathBuf, ChangedLines)>,
}

impl Selector {
    pub fn new(baseline: Option<LoadedBaseline>, changed: Option<(PathBuf, ChangedLines)>) -> Self {
        let changed = changed.map(|(root, lines)| {
            let root = std::fs::canonicalize(&root).unwrap_or(root);
            (lexical_normalize(&root), lines)
        });
        Selector { baseline, changed }
    }

    /// Drop the baselined findings; returns how many were hidden and how many recorded
    /// findings of the `checked` files no longer occur.
    pub fn apply_baseline(
        &self,
        items: &mut Vec<Item>,
        checked: &[PathBuf],
    ) -> Option<(usize, usize)> {
        let loaded = self.baseline.as_ref()?;
        let checked = checked
            .iter()
            .map(|f| relative_to(&absolute(f), &loaded.folder))
            .collect();
        let (new, stale) = loaded.index.filter(&keyed(items, &loaded.folder), &checked);
        let before = items.len();
        let mut keep = new.into_iter();
        items.retain(|_| keep.next().unwrap_or(true));
        Some((before - items.len(), stale))
    }

    /// Keep the findings on changed lines.
    pub fn keep_changed(&self, items: &mut Vec<Item>) {
        if self.changed.is_some() {
            items.retain(|item| self.on_changed_line(&item.file, &item.finding));
        }
    }

    fn on_changed_line(&self, file: &Path, finding: &Finding) -> bool {
        let Some((root, changed)) = &self.changed else {
            return true;
        };
        let file = absolute(file);
        let file = std::fs::canonicalize(&file).unwrap_or(file);
        let Ok(relative) = file.strip_prefix(root) else {
            return false; // outside the repository: not part of the change
        };
        // A finding about the whole file stays when the file changed at all.
        if finding.scope == Scope::File {
            changed.file_changed(relative)
        } else {
            changed.contains(relative, finding.line)
        }
    }

    /// Whether a finding (on a line reading `line`) would be reported: not recorded in the
    /// baseline, and on a changed line. `--fix` fixes only these.
    pub fn reported(&self, file: &Path, finding: &Finding, line: &str) -> bool {
        let baselined = self.baseline.as_ref().is_some_and(|loaded| {
            let path = relative_to(&absolute(file), &loaded.folder);
            loaded.index.contains(&path, finding, line)
        });
        !baselined && self.on_changed_line(file, finding)
    }
}
