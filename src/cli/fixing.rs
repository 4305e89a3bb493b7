//! `--fix`, `--unsafe-fixes` and `--diff`: fix the reported findings of each file, then write
//! the files (or print a diff of what would change).

use super::args::CheckArgs;
use super::output::Output;
use super::walk::Target;
use super::write::write_fixed;
use onmessage::fix::{FixOutcome, MAX_PASSES};
use onmessage::pipeline::{self, Item, PackageBytes};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// What fixing the files did.
#[derive(Default)]
pub struct Fixed {
    /// How many findings were fixed.
    pub count: usize,
    /// The findings of each changed file's fixed text (the report shows what remains).
    pub rechecked: HashMap<PathBuf, Vec<Item>>,
    /// Unified diffs, in file order.
    pub diffs: Vec<String>,
    /// Files not written, with the reason.
    pub refused: Vec<String>,
    /// Files left unchanged because their fixes did not settle, with the reason.
    pub unsettled: Vec<String>,
}

/// Write (or, without `write`, show as diffs) the fixed texts the pipeline made, one per
/// target (`None`: nothing to fix there).
pub fn fix_files(
    targets: &[Target],
    fixes: Vec<Option<Box<pipeline::Fixed>>>,
    write: bool,
) -> Fixed {
    // A file reached twice (a symlink and its target) is written once; both show its findings.
    let real = |path: &PathBuf| std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
    let mut done: HashSet<PathBuf> = HashSet::new();
    let mut fixed = Fixed::default();
    for (target, fix) in targets.iter().zip(fixes) {
        let Some(fix) = fix else {
            continue;
        };
        let display = target.display();
        let pipeline::Fixed {
            original,
            outcome,
            items,
            package,
        } = *fix;
        if let Some(reason) = unsettled(&display, &outcome, package.as_ref()) {
            // Neither written nor shown as a diff: --diff shows exactly what --fix writes.
            fixed.unsettled.push(reason);
            continue;
        }
        if outcome.text == original {
            continue;
        }
        let canonical = real(&target.path);
        if !done.contains(&canonical) {
            if write {
                // A Word or PowerPoint file is written as its fixed package; its diff shows the
                // changed paragraphs of its text.
                let (before, after) = match &package {
                    Some(PackageBytes {
                        original,
                        fixed: Ok(bytes),
                    }) => (original.as_slice(), bytes.as_slice()),
                    _ => (original.as_bytes(), outcome.text.as_bytes()),
                };
                if let Err(reason) = write_fixed(&target.path, &display, before, after) {
                    fixed.refused.push(reason);
                    continue;
                }
            } else {
                fixed
                    .diffs
                    .push(unified_diff(&display, &original, &outcome.text));
            }
            fixed.count += outcome.applied.len();
            done.insert(canonical);
        }
        fixed.rechecked.insert(target.path.clone(), items);
    }
    fixed
}

/// Why a file's fixed text must not be used: a fix matched its own replacement, so the passes
/// ran out or the text grew past its limit, or a Word or PowerPoint file's fixes could not be
/// written into it exactly. `None` when the fixes settled.
fn unsettled(
    display: &str,
    outcome: &FixOutcome,
    package: Option<&PackageBytes>,
) -> Option<String> {
    let display = onmessage::report::escape::visible(display);
    if let Some(PackageBytes {
        fixed: Err(reason), ..
    }) = package
    {
        let reason = onmessage::report::escape::visible(reason);
        return Some(format!(
            "fixes in {display} not written: {reason}; {display} is left unchanged"
        ));
    }
    if outcome.converged {
        return None;
    }
    let why = match outcome.too_large {
        Some(limit) => format!("would grow it past {limit} bytes"),
        None => format!("did not settle after {MAX_PASSES} passes"),
    };
    Some(format!(
        "fixes in {display} {why} (a fix rewrites its own replacement; check the guide's replacements); {display} is left unchanged"
    ))
}

/// A unified diff of one file, `a/` and `b/` prefixed like git's. The name in the headers is
/// data: its control characters are shown escaped, so it stays one header line.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let path = onmessage::report::escape::visible(path);
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// `--stdin --fix`: the fixed text goes to stdout (exactly, even when nothing changed). A text
/// that is not checked (not text, an ignored name, a broken guide), has nothing to fix, or whose
/// fixes do not settle passes through unchanged, so a filter never loses it; the run still
/// reports why.
pub fn fix_stdin(
    target: &Target,
    bytes: &[u8],
    fix: Option<Box<pipeline::Fixed>>,
    args: &CheckArgs,
    out: &mut Output,
) -> Fixed {
    let mut fixed = Fixed::default();
    let unchanged = |out: &mut Output| {
        if !args.diff {
            out.emit_bytes(bytes);
        }
    };
    let Some(fix) = fix else {
        unchanged(out);
        return fixed;
    };
    let display = target.display();
    let pipeline::Fixed {
        original,
        outcome,
        items,
        package,
    } = *fix;
    if let Some(reason) = unsettled(&display, &outcome, package.as_ref()) {
        fixed.unsettled.push(reason);
        unchanged(out);
        return fixed;
    }
    if args.diff {
        if outcome.text != original {
            fixed
                .diffs
                .push(unified_diff(&display, &original, &outcome.text));
        }
    } else {
        match &package {
            // A Word or PowerPoint file: its fixed package, not its text.
            Some(PackageBytes {
                fixed: Ok(bytes), ..
            }) => out.emit_bytes(bytes),
            _ => out.emit(&outcome.text),
        }
    }
    fixed.count = outcome.applied.len();
    if outcome.text != original {
        fixed.rechecked.insert(target.path.clone(), items);
    }
    fixed
}
