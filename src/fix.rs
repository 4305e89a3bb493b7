//! Applying fixes to text, without touching the file system: the library function editors and
//! `onmessage check --fix` share.
//!
//! Overlapping edits are never applied together: each pass applies the non-overlapping fixes
//! (earliest start first, then the longest, then rule order), then the text is checked again;
//! passes repeat until nothing is left to fix, at most [`MAX_PASSES`] times. A later pass fixes
//! only findings that lie, with all their edits, inside text an earlier fix wrote: a finding
//! the first check did not report (the fixed words made a nearby phrase drift, say) is left for
//! the next check to report, never rewritten unseen. A pass that would grow the text past [`growth_limit`] is not
//! applied: a fix is feeding on its own replacement.

mod written;

use crate::baseline::line_key;
use crate::compiled::CompiledGuide;
use crate::document::{Document, Kind};
use crate::finding::{Applicability, Edit, Finding, Fix};
use crate::limits::MAX_FIX_GROWTH_BYTES;
use std::collections::BTreeSet;
use std::path::Path;
use written::Written;

/// Passes before giving up on a text whose fixes keep producing new fixable findings.
pub const MAX_PASSES: usize = 10;

/// The longest text fixing a text of `len` bytes may produce: twice its length plus
/// [`MAX_FIX_GROWTH_BYTES`].
pub fn growth_limit(len: usize) -> usize {
    len.saturating_mul(2).saturating_add(MAX_FIX_GROWTH_BYTES)
}

/// What fixing a text did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixOutcome {
    /// The text with the fixes applied (the input when nothing applied).
    pub text: String,
    /// The findings whose fixes were applied, as found in the text they were applied to.
    pub applied: Vec<Finding>,
    /// The findings of the fixed text, with positions in it.
    pub remaining: Vec<Finding>,
    /// False when the fixes did not settle: fixes were still due after [`MAX_PASSES`] passes,
    /// or the text would have grown past its limit (`too_large`). Such a text should not be
    /// used: some fix matches its own replacement.
    pub converged: bool,
    /// The limit ([`growth_limit`]) a pass would have grown the text past; that pass and any
    /// later ones were not applied.
    pub too_large: Option<usize>,
}

/// What to fix.
pub struct FixOptions<'a> {
    /// `Safe` applies safe fixes only; `Unsafe` applies both.
    pub applicability: Applicability,
    /// Only findings this accepts are fixed (those still reported after suppressions, a
    /// baseline and changed-line filters). It gets the finding, the key of its line (its
    /// trimmed text, at most [`crate::limits::MAX_LINE_TEXT_CHARS`] characters, as baselines
    /// store it), and the pass: in pass 0 positions are those of the original text, so a caller
    /// that knows exactly which findings it reported can select them by position. Later passes
    /// offer only findings inside text an earlier fix wrote. [`crate::pipeline::Pipeline::fix`]
    /// makes this from what a document reported and the pipeline's filters.
    pub select: &'a dyn Fn(&Finding, &str, usize) -> bool,
    /// The channel and audience the text is checked in, when the caller chose them.
    pub chosen: crate::profile::Chosen,
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
    let limit = growth_limit(text.len());
    let mut current = text.to_string();
    let mut written = Written::default();
    let mut applied = Vec::new();
    let mut pass = 0;
    loop {
        let doc = Document::new(&current, kind);
        let findings = crate::check_document_as(&doc, path, file, guide, options.chosen);
        let chosen = choose(&doc, &findings, options, pass, &written);
        let mut edits: Vec<&Edit> = chosen
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .flat_map(|f| &f.edits)
            .collect();
        // An insertion goes before a replacement at the same place.
        edits.sort_by_key(|e| (e.start, e.end));
        let removed: usize = edits.iter().map(|e| e.end - e.start).sum();
        let added: usize = edits.iter().map(|e| e.replacement.len()).sum();
        let too_large = current.len().saturating_sub(removed).saturating_add(added) > limit;
        if chosen.is_empty() || pass == MAX_PASSES || too_large {
            drop(doc);
            return FixOutcome {
                text: current,
                applied,
                remaining: findings,
                converged: chosen.is_empty(),
                too_large: too_large.then_some(limit),
            };
        }
        let next = apply(&current, &edits);
        written = written.after(&edits);
        drop(doc);
        current = next;
        applied.extend(chosen);
        pass += 1;
    }
}

/// The fixable findings of one pass, non-overlapping: earliest start, then longest, then rule
/// order. After the first pass, only findings inside text a fix wrote.
fn choose(
    doc: &Document,
    findings: &[Finding],
    options: &FixOptions,
    pass: usize,
    written: &Written,
) -> Vec<Finding> {
    let mut lines = LineKeys::new(doc);
    let mut candidates: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.fix.as_ref().is_some_and(|fix| {
                fix.applicability <= options.applicability && !fix.edits.is_empty()
            })
        })
        .filter(|f| pass == 0 || inside_written(f, written))
        .filter(|f| (options.select)(f, lines.key(f.line), pass))
        .collect();
    candidates.sort_by_key(|f| {
        let (start, end) = span(f.fix.as_ref());
        (start, std::cmp::Reverse(end), f.rule.index())
    });
    // The taken edits, sorted: they never overlap, so their ends are sorted too and the last
    // one starting before an edit's end is the only one that can overlap it.
    let mut taken: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut chosen = Vec::new();
    for finding in candidates {
        let Some(fix) = &finding.fix else { continue };
        let overlaps = fix.edits.iter().any(|e| {
            taken.contains(&(e.start, e.end))
                || taken
                    .range(..(e.end, 0))
                    .next_back()
                    .is_some_and(|&(_, end)| end > e.start)
        });
        if overlaps || !fix.edits.iter().all(|e| valid_edit(doc, e)) {
            continue;
        }
        taken.extend(fix.edits.iter().map(|e| (e.start, e.end)));
        chosen.push(finding.clone());
    }
    chosen
}

/// Whether a finding and every edit of its fix lie inside text an earlier fix wrote.
fn inside_written(finding: &Finding, written: &Written) -> bool {
    written.covers(finding.start, finding.end)
        && finding
            .fix
            .iter()
            .flat_map(|fix| &fix.edits)
            .all(|e| written.covers(e.start, e.end))
}

fn span(fix: Option<&Fix>) -> (usize, usize) {
    let edits = fix.map(|f| f.edits.as_slice()).unwrap_or_default();
    let start = edits.iter().map(|e| e.start).min().unwrap_or(0);
    let end = edits.iter().map(|e| e.end).max().unwrap_or(0);
    (start, end)
}

/// An edit within the file's text (BOM included), on character boundaries.
fn valid_edit(doc: &Document, edit: &Edit) -> bool {
    let boundary = |at: usize| match at.checked_sub(doc.bom) {
        Some(at) => doc.text.is_char_boundary(at),
        None => at == 0,
    };
    edit.start <= edit.end
        && boundary(edit.start)
        && boundary(edit.end)
        && doc.replacement_fits(edit.start, edit.end, &edit.replacement)
}

/// The baseline key of each line a finding is on, cut once per line: a long line with many
/// findings is neither scanned nor copied per finding.
struct LineKeys<'d> {
    doc: &'d Document<'d>,
    last: Option<(usize, &'d str)>,
}

impl<'d> LineKeys<'d> {
    fn new(doc: &'d Document<'d>) -> Self {
        LineKeys { doc, last: None }
    }

    /// The key of the 1-based line `line`.
    fn key(&mut self, line: usize) -> &'d str {
        match self.last {
            Some((at, key)) if at == line => key,
            _ => {
                let text = self.doc.text;
                let key = line_key(&text[self.doc.line_index().line_range(text, line)]);
                self.last = Some((line, key));
                key
            }
        }
    }
}

/// Apply sorted, non-overlapping edits to `text`.
pub(crate) fn apply(text: &str, edits: &[&Edit]) -> String {
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
            chosen: Default::default(),
        };
        fix_text(text, "a.md", None, &guide(yaml), &options)
    }

    const GUIDE: &str = "version: 1\nbrand: {names: [PowerSpec]}\nterms:\n  - {use: customer, instead_of: [client], safe_fix: true}\nbanned:\n  - {term: leverage, replacement: use}\n";

    #[test]
    fn safe_fixes_only_by_default() {
        let out = fix(
            GUIDE,
            "Our Clients leverage the Powerspec.\n",
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
            chosen: Default::default(),
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
