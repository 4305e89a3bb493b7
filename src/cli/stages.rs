//! The stages between checking and rendering: a baseline hides known findings, and
//! `--changed-since` keeps only findings on changed lines.

use super::gather::Item;
use onmessage::baseline::{relative_to, Baseline, Keyed};
use onmessage::changed::ChangedLines;
use onmessage::guide_set::lexical_normalize;
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
    items
        .iter()
        .map(|item| Keyed {
            finding: &item.finding,
            path: relative_to(&absolute(&item.file), folder),
            line: item.line_text.clone(),
        })
        .collect()
}

/// Write a baseline of `items` to `file`.
pub fn write_baseline(file: &Path, items: &[Item]) -> Result<usize, String> {
    let baseline = Baseline::new(&keyed(items, &baseline_folder(file)));
    std::fs::write(file, baseline.to_json())
        .map_err(|err| format!("cannot write baseline {}: {err}", file.display()))?;
    Ok(baseline.entries.iter().map(|e| e.count).sum())
}

/// Drop the findings the baseline at `file` records; returns how many recorded findings of the
/// `checked` files no longer occur.
pub fn apply_baseline(
    file: &Path,
    items: &mut Vec<Item>,
    checked: &[PathBuf],
) -> Result<usize, String> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file)
        .map_err(|err| format!("cannot read baseline {name}: {err}"))?;
    let baseline = Baseline::parse(&name, &text).map_err(|err| err.to_string())?;
    let folder = baseline_folder(file);
    let checked = checked
        .iter()
        .map(|f| relative_to(&absolute(f), &folder))
        .collect();
    let (new, stale) = baseline.filter(&keyed(items, &folder), &checked);
    let mut keep = new.into_iter();
    items.retain(|_| keep.next().unwrap_or(true));
    Ok(stale)
}

/// Keep the findings on changed lines; a finding about a whole file stays when the file changed.
pub fn keep_changed(items: &mut Vec<Item>, root: &Path, changed: &ChangedLines) {
    let root =
        lexical_normalize(&std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()));
    items.retain(|item| {
        let file = absolute(&item.file);
        let file = std::fs::canonicalize(&file).unwrap_or(file);
        let Ok(relative) = file.strip_prefix(&root) else {
            return false; // outside the repository: not part of the change
        };
        let f = &item.finding;
        let whole_file = f.start == 0 && f.end == 0 && f.matched.is_empty();
        if whole_file {
            changed.file_changed(relative)
        } else {
            changed.contains(relative, f.line)
        }
    });
}
