//! The fix stage: fix exactly the findings a document reported (after suppressions, the
//! baseline and changed lines), then, in later passes, the findings inside text a fix wrote
//! that the filters would still report.

use super::{Item, Pipeline, Source};
use crate::finding::Applicability;
use crate::fix::{fix_text, FixOptions, FixOutcome};
use crate::{CompiledGuide, Document, Finding};
use std::collections::HashMap;

/// The reported findings with a fix of at most `applicability`, by start: the first pass fixes
/// these and no others (a baseline hides some copies of a finding and not others; positions
/// tell them apart).
pub(super) struct ReportedFixes<'a> {
    by_start: HashMap<usize, Vec<&'a Finding>>,
}

impl<'a> ReportedFixes<'a> {
    pub(super) fn new(
        reported: impl IntoIterator<Item = &'a Finding>,
        applicability: Applicability,
    ) -> Self {
        let mut by_start: HashMap<usize, Vec<&Finding>> = HashMap::new();
        for finding in reported {
            if finding
                .fix
                .as_ref()
                .is_some_and(|f| f.applicability <= applicability)
            {
                by_start.entry(finding.start).or_default().push(finding);
            }
        }
        ReportedFixes { by_start }
    }

    fn is_empty(&self) -> bool {
        self.by_start.is_empty()
    }

    /// Whether `finding` (of the text as it was checked) is one of these: same start, same rule.
    pub(super) fn contains(&self, finding: &Finding) -> bool {
        self.by_start
            .get(&finding.start)
            .is_some_and(|found| found.iter().any(|f| f.rule == finding.rule))
    }
}

/// A document the fix stage changed, or tried to.
#[derive(Debug)]
pub struct Fixed {
    /// The text as it was checked (a writer compares it with the file before replacing it).
    pub original: String,
    /// The fixed text, the fixes applied, and whether they settled (its `remaining` findings
    /// moved to `items` when the text changed).
    pub outcome: FixOutcome,
    /// The findings still reported in the fixed text, at positions in it; empty when the text
    /// did not change or the fixes did not settle (that text must not be used).
    pub items: Vec<Item>,
    /// For a Word or PowerPoint file, whose text is extracted: the package as read, and as
    /// fixed (the bytes to write) or why the fixes could not be written into it. `original`
    /// and `outcome.text` are then the extracted texts, for `--diff`.
    pub package: Option<PackageBytes>,
}

#[derive(Debug)]
pub struct PackageBytes {
    pub original: Vec<u8>,
    pub fixed: Result<Vec<u8>, String>,
}

impl Pipeline<'_> {
    /// Whether any of a document's reported findings has a fix this pipeline applies.
    pub fn has_fixes<'a>(&self, reported: impl IntoIterator<Item = &'a Finding>) -> bool {
        self.fix
            .is_some_and(|applicability| !ReportedFixes::new(reported, applicability).is_empty())
    }

    /// The fix stage of [`Pipeline::check_bytes`]: `text` fixed, and the findings of the
    /// fixed text after the filters (the baseline's counts were taken from `text`). `None` when
    /// the pipeline does not fix or no reported finding has a fix it applies.
    pub(super) fn fixed(
        &self,
        source: Source,
        text: &str,
        guide: &CompiledGuide,
        reported: &[Item],
    ) -> Option<Box<Fixed>> {
        let reported = reported.iter().map(|item| &item.finding);
        if !self.has_fixes(reported.clone()) {
            return None;
        }
        let mut outcome = self.fix(source, text, guide, reported)?;
        let items = if outcome.converged && outcome.text != text {
            // The fix stage's last pass checked the fixed text already: its findings are those
            // the check of that text reports, before the filters.
            let findings = std::mem::take(&mut outcome.remaining);
            let doc = Document::new(&outcome.text, source.kind);
            let mut items = self.items(&doc, source.path, findings);
            self.filters.apply(source.path, &mut items);
            items
        } else {
            Vec::new()
        };
        Some(Box::new(Fixed {
            original: text.to_string(),
            outcome,
            items,
            package: None,
        }))
    }

    /// Fix `text`, the document `file` (named `display`) whose findings the check reported as
    /// `reported`, with the guide that checks it. `None` when the pipeline does not fix.
    pub fn fix<'a>(
        &self,
        source: Source,
        text: &str,
        guide: &CompiledGuide,
        reported: impl IntoIterator<Item = &'a Finding>,
    ) -> Option<FixOutcome> {
        let applicability = self.fix?;
        let first = ReportedFixes::new(reported, applicability);
        let select = |finding: &Finding, line: &str, pass: usize| {
            if pass == 0 {
                first.contains(finding)
            } else {
                self.filters.reported(source.path, finding, line)
            }
        };
        let options = FixOptions {
            applicability,
            select: &select,
            chosen: source.chosen,
        };
        Some(fix_text(
            text,
            source.display,
            Some(source.path),
            guide,
            &options,
        ))
    }
}
