//! Applying fixes to text, without touching the file system: the library function editors and
//! `onmessage check --fix` share.
//!
//! Overlapping edits are never applied together: each pass applies the non-overlapping fixes
//! (earliest start first, then the longest, then rule order), then the text is checked again;
//! passes repeat until nothing is left to fix, at most [`MAX_PASSES`] times.

use crate::compiled::CompiledGuide;
use crate::document::{Document, Kind};
use crate::finding::{Applicability, Finding, Fix};
use crate::registry;
use std::path::Path;

/// Passes before giving up on a text whose fixes keep producing new fixable findings.
pub const MAX_PASSES: usize = 10;

/// What fixing a text did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixOutcome {
    /// The text with the fixes applied (the input when nothing applied).
    pub text: String,
    /// The findings whose fixes were applied, as found in the text they were applied to.
    pub applied: Vec<Finding>,
    /// The findings of the fixed text, with positions in it.
    pub remaining: Vec<Finding>,
    /// False when fixable findings were still left after [`MAX_PASSES`] passes.
    pub converged: bool,
}

/// What to fix.
pub struct FixOptions<'a> {
    /// `Safe` applies safe fixes only; `Unsafe` applies both.
    pub applicability: Applicability,
    /// Only findings this accepts are fixed (those still reported after suppressions, a
    /// baseline and changed-line filters). It gets the finding, the trimmed text of its line,
    /// and the pass: in pass 0 positions are those of the original text, so a caller that knows
    /// exactly which findings it reported can select them by position.
    pub select: &'a dyn Fn(&Finding, &str, usize) -> bool,
}

/// Fix `text` (the file's full contents, BOM included) as the file `path` would be checked.
pub fn fix_text(
    text: &str,
    path: &str,
    file: Option<&Path>,
    guide: &CompiledGuide,
    options: &FixOptions,
) -> FixOutcome {
    let kind = Kind::for_named(Path::new(path));
    let check = |text: &str| {
        let doc = Document::new(text, kind);
        crate::check_document(&doc, path, file, guide)
    };
    let mut current = text.to_string();
    let mut applied = Vec::new();
    let mut findings = check(&current);
    for pass in 0..MAX_PASSES {
        let chosen = choose(&current, &findings, options, pass);
        if chosen.is_empty() {
            return FixOutcome {
                text: current,
                applied,
                remaining: findings,
                converged: true,
            };
        }
        current = apply(&current, chosen.iter().filter_map(|f| f.fix.as_ref()));
        applied.extend(chosen);
        findings = check(&current);
    }
    let converged = choose(&current, &findings, options, MAX_PASSES).is_empty();
    FixOutcome {
        text: current,
        applied,
        remaining: findings,
        converged,
    }
}

/// The fixable findings of one pass, non-overlapping: earliest start, then longest, then rule
/// order.
fn choose(text: &str, findings: &[Finding], options: &FixOptions, pass: usize) -> Vec<Finding> {
    let mut candidates: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.fix.as_ref().is_some_and(|fix| {
                fix.applicability <= options.applicability && !fix.edits.is_empty()
            })
        })
        .filter(|f| (options.select)(f, line_of(text, f), pass))
        .collect();
    candidates.sort_by_key(|f| {
        let (start, end) = span(f.fix.as_ref());
        (start, std::cmp::Reverse(end), registry::index_of(&f.rule))
    });
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut chosen = Vec::new();
    for finding in candidates {
        let Some(fix) = &finding.fix else { continue };
        let overlaps = fix.edits.iter().any(|e| {
            taken
                .iter()
                .any(|&(s, t)| e.start < t && s < e.end || e.start == s && e.end == t)
        });
        if overlaps || !fix.edits.iter().all(|e| valid_edit(text, e.start, e.end)) {
            continue;
        }
        taken.extend(fix.edits.iter().map(|e| (e.start, e.end)));
        chosen.push(finding.clone());
    }
    chosen
}

fn span(fix: Option<&Fix>) -> (usize, usize) {
    let edits = fix.map(|f| f.edits.as_slice()).unwrap_or_default();
    let start = edits.iter().map(|e| e.start).min().unwrap_or(0);
    let end = edits.iter().map(|e| e.end).max().unwrap_or(0);
    (start, end)
}

fn valid_edit(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// The line a finding starts on, trimmed.
fn line_of<'t>(text: &'t str, finding: &Finding) -> &'t str {
    let start = finding.start.min(text.len());
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[start..].find('\n').map_or(text.len(), |i| start + i);
    // Known by the same key the baseline stores (no BOM, trimmed, bounded).
    crate::document::line_key(&text[from..to])
}

/// Apply non-overlapping fixes' edits to `text`.
fn apply<'f>(text: &str, fixes: impl Iterator<Item = &'f Fix>) -> String {
    let mut edits: Vec<_> = fixes.flat_map(|f| &f.edits).collect();
    edits.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.start]);
        out.push_str(&edit.replacement);
        at = edit.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn guide(yaml: &str) -> CompiledGuide {
        CompiledGuide::from_text("g.yml", yaml, None, PathBuf::new())
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn fix(yaml: &str, text: &str, applicability: Applicability) -> FixOutcome {
        let options = FixOptions {
            applicability,
            select: &|_, _, _| true,
        };
        fix_text(text, "a.md", None, &guide(yaml), &options)
    }

    const GUIDE: &str = "version: 1\nbrand: {names: [PowerSpec]}\nterms:\n  - {use: customer, instead_of: [client]}\nbanned:\n  - {term: leverage, replacement: use}\n";

    #[test]
    fn safe_fixes_only_by_default() {
        let out = fix(
            GUIDE,
            "Our Clients leverage the powerspec.\n",
            Applicability::Safe,
        );
        assert_eq!(out.text, "Our Customers leverage the PowerSpec.\n");
        assert_eq!(out.applied.len(), 2);
        assert!(out.converged);
        assert_eq!(
            out.remaining
                .iter()
                .map(|f| f.matched.as_str())
                .collect::<Vec<_>>(),
            ["leverage"]
        );
        assert_eq!(out.remaining[0].start, "Our Customers ".len());
    }

    #[test]
    fn unsafe_fixes_when_asked_and_idempotent() {
        let out = fix(
            GUIDE,
            "\u{feff}We leveraged it,\r\nclients' CLIENT\r\n",
            Applicability::Unsafe,
        );
        assert_eq!(out.text, "\u{feff}We used it,\r\ncustomers' CUSTOMER\r\n");
        assert!(out.remaining.is_empty());
        let again = fix(GUIDE, &out.text, Applicability::Unsafe);
        assert_eq!(again.text, out.text);
        assert!(again.applied.is_empty());
    }

    #[test]
    fn markup_inside_a_match_is_never_rewritten() {
        let out = fix(
            "version: 1\nterms:\n  - {use: customer, instead_of: [end user]}\n",
            "An end\n> user.\n",
            Applicability::Unsafe,
        );
        assert_eq!(out.text, "An end\n> user.\n");
        assert_eq!(out.remaining.len(), 1);
    }

    #[test]
    fn only_selected_findings_are_fixed() {
        let options = FixOptions {
            applicability: Applicability::Safe,
            select: &|f, line, _| f.matched != "client" && !line.is_empty(),
        };
        let out = fix_text(
            "a client, a Client\n",
            "a.md",
            None,
            &guide(GUIDE),
            &options,
        );
        assert_eq!(out.text, "a client, a Customer\n");
    }
}
