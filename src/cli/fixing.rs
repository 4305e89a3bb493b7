//! `--fix`, `--unsafe-fixes` and `--diff`: fix the reported findings of each file, then write
//! the files (or print a diff of what would change).

use super::args::CheckArgs;
use super::gather;
use super::output::Output;
use super::walk::Target;
use super::write::write_fixed;
use onmessage::fix::{FixOutcome, MAX_PASSES};
use onmessage::pipeline::{source, Item, Pipeline};
use onmessage::Finding;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    /// Files left unchanged because their fixes did not settle, with the reason.
    pub unsettled: Vec<String>,
}

/// Fix every target that has a reported finding (`items`) with a fix the pipeline applies.
pub fn fix_files(targets: &[Target], items: &[Item], pipeline: &Pipeline, write: bool) -> Fixed {
    let mut reported: HashMap<&Path, Vec<&Finding>> = HashMap::new();
    for item in items {
        reported.entry(&item.file).or_default().push(&item.finding);
    }
    // A file reached twice (a symlink and its target) is fixed once, and both are re-checked.
    let real = |path: &PathBuf| std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
    let mut done: HashMap<PathBuf, String> = HashMap::new();
    let mut fixed = Fixed::default();
    for target in targets {
        let canonical = real(&target.path);
        if let Some(text) = done.get(&canonical) {
            fixed.texts.insert(target.path.clone(), text.clone());
            continue;
        }
        let Some(findings) = reported.get(target.path.as_path()) else {
            continue;
        };
        if !pipeline.has_fixes(findings.iter().copied()) {
            continue;
        }
        let Ok(bytes) = source::read(&target.path) else {
            continue;
        };
        let display = target.display();
        let reported = findings.iter().copied();
        let Some((text, outcome)) =
            pipeline.fix_bytes(gather::source(target, &display), &bytes, reported)
        else {
            continue;
        };
        if let Some(reason) = unsettled(&display, &outcome) {
            // Neither written nor shown as a diff: --diff shows exactly what --fix writes.
            fixed.unsettled.push(reason);
            continue;
        }
        if outcome.text == text {
            continue;
        }
        if write {
            if let Err(reason) = write_fixed(&target.path, &display, &bytes, &outcome.text) {
                fixed.refused.push(reason);
                continue;
            }
        } else {
            fixed
                .diffs
                .push(unified_diff(&display, text, &outcome.text));
        }
        fixed.count += outcome.applied.len();
        done.insert(canonical, outcome.text.clone());
        fixed.texts.insert(target.path.clone(), outcome.text);
    }
    // Targets met before the file they share was fixed.
    for target in targets {
        if let (false, Some(text)) = (
            fixed.texts.contains_key(&target.path),
            done.get(&real(&target.path)),
        ) {
            fixed.texts.insert(target.path.clone(), text.clone());
        }
    }
    fixed
}

/// Why a file's fixed text must not be used: a fix matched its own replacement, so the passes
/// ran out or the text grew past its limit. `None` when the fixes settled.
fn unsettled(display: &str, outcome: &FixOutcome) -> Option<String> {
    if outcome.converged {
        return None;
    }
    let display = onmessage::report::escape::visible(display);
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
/// that is not checked (not text, an ignored name, a broken guide) or whose fixes do not settle
/// passes through unchanged, so a filter never loses it; the run still reports why.
pub fn fix_stdin(
    target: &Target,
    bytes: &[u8],
    items: &[Item],
    pipeline: &Pipeline,
    args: &CheckArgs,
    out: &mut Output,
) -> Fixed {
    let mut fixed = Fixed::default();
    let unchanged = |out: &mut Output| {
        if !args.diff {
            out.emit_bytes(bytes);
        }
    };
    // What `check` skips (NUL bytes, invalid UTF-8, an ignored name, a broken guide) is not
    // fixed either.
    let display = target.display();
    let reported = items.iter().map(|item| &item.finding);
    let Some((text, outcome)) =
        pipeline.fix_bytes(gather::source(target, &display), bytes, reported)
    else {
        unchanged(out);
        return fixed;
    };
    if let Some(reason) = unsettled(&display, &outcome) {
        fixed.unsettled.push(reason);
        unchanged(out);
        return fixed;
    }
    if args.diff {
        if outcome.text != text {
            fixed
                .diffs
                .push(unified_diff(&display, text, &outcome.text));
        }
    } else {
        out.emit(&outcome.text);
    }
    fixed.count = outcome.applied.len();
    if outcome.text != text {
        fixed.texts.insert(target.path.clone(), outcome.text);
    }
    fixed
}
