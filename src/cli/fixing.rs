//! `--fix`, `--unsafe-fixes` and `--diff`: fix the reported findings of each file, then write
//! the files (or print a diff of what would change).

use super::gather::Item;
use super::stages::Selector;
use super::walk::Target;
use super::write::write_fixed;
use onmessage::finding::Applicability;
use onmessage::fix::{fix_text, FixOptions};
use onmessage::guide_set::GuideSet;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// What fixing the files did.
#[derive(Default)]
pub struct Fixed {
    /// How many findings were fixed.
    pub count: usize,
    /// The fixed text of each changed file (for `--diff`, and to re-check it).
    pub texts: HashMap<PathBuf, String>,
    /// Unified diffs, in file order.
    pub diffs: Vec<String>,
    /// Files not written, with the reason.
    pub refused: Vec<String>,
    /// Files whose fixes did not settle within the pass limit.
    pub unsettled: Vec<String>,
}

/// Fix every target that has a reported finding with a fix of at most `applicability`.
pub fn fix_files(
    targets: &[Target],
    items: &[Item],
    guides: &GuideSet,
    applicability: Applicability,
    selector: &Selector,
    write: bool,
) -> Fixed {
    let fixable: HashSet<&PathBuf> = items
        .iter()
        .filter(|i| {
            i.finding
                .fix
                .as_ref()
                .is_some_and(|f| f.applicability <= applicability)
        })
        .map(|i| &i.file)
        .collect();
    let mut fixed = Fixed::default();
    for target in targets.iter().filter(|t| fixable.contains(&t.path)) {
        let Ok(guide) = guides.for_path(&target.path).guide else {
            continue;
        };
        let Ok(bytes) = std::fs::read(&target.path) else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let select = |finding: &onmessage::Finding, line: &str| {
            selector.reported(&target.path, finding, line)
        };
        let options = FixOptions {
            applicability,
            select: &select,
        };
        let outcome = fix_text(text, &target.display, Some(&target.path), &guide, &options);
        if !outcome.converged {
            fixed.unsettled.push(target.display.clone());
        }
        if outcome.text == text {
            continue;
        }
        if write {
            if let Err(reason) = write_fixed(&target.path, &target.display, &bytes, &outcome.text) {
                fixed.refused.push(reason);
                continue;
            }
        } else {
            fixed
                .diffs
                .push(unified_diff(&target.display, text, &outcome.text));
        }
        fixed.count += outcome.applied.len();
        fixed.texts.insert(target.path.clone(), outcome.text);
    }
    fixed
}

/// A unified diff of one file, `a/` and `b/` prefixed like git's.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
