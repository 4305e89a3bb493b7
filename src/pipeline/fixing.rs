//! The fix stage: fix exactly the findings a document reported (after suppressions, the
//! baseline and changed lines), then, in later passes, the findings inside text a fix wrote
//! that the filters would still report.

use super::{source, Pipeline, Source};
use crate::finding::Applicability;
use crate::fix::{fix_text, FixOptions, FixOutcome};
use crate::{CompiledGuide, Finding};
use std::collections::HashMap;
use std::path::Path;

/// The reported findings with a fix of at most `applicability`, by start: the first pass fixes
/// these and no others (a baseline hides some copies of a finding and not others; positions
/// tell them apart).
struct ReportedFixes<'a> {
    by_start: HashMap<usize, Vec<&'a Finding>>,
}

impl<'a> ReportedFixes<'a> {
    fn new(reported: impl IntoIterator<Item = &'a Finding>, applicability: Applicability) -> Self {
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
    fn contains(&self, finding: &Finding) -> bool {
        self.by_start
            .get(&finding.start)
            .is_some_and(|found| found.iter().any(|f| f.rule == finding.rule))
    }
}

impl Pipeline<'_> {
    /// Whether any of a document's reported findings has a fix this pipeline applies.
    pub fn has_fixes<'a>(&self, reported: impl IntoIterator<Item = &'a Finding>) -> bool {
        self.fix
            .is_some_and(|applicability| !ReportedFixes::new(reported, applicability).is_empty())
    }

    /// Fix a document's bytes (a file's, or standard input's named by `source`) as
    /// [`Pipeline::fix`] does, with the guide that checks it: its text and the outcome. `None`
    /// when the document is not checked (not text, ignored, its guide invalid: it is not fixed
    /// either) or the pipeline does not fix.
    pub fn fix_bytes<'b, 'a>(
        &self,
        source: Source,
        bytes: &'b [u8],
        reported: impl IntoIterator<Item = &'a Finding>,
    ) -> Option<(&'b str, FixOutcome)> {
        self.fix?;
        let text = source::decode(bytes).ok()?;
        let (guide, _) = source::resolve(self.guides, source.path).ok()?;
        let outcome = self.fix(source.path, source.display, text, &guide, reported)?;
        Some((text, outcome))
    }

    /// Fix `text`, the document `file` (named `display`) whose findings the check reported as
    /// `reported`, with the guide that checks it. `None` when the pipeline does not fix.
    pub fn fix<'a>(
        &self,
        file: &Path,
        display: &str,
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
                self.filters.reported(file, finding, line)
            }
        };
        let options = FixOptions {
            applicability,
            select: &select,
        };
        Some(fix_text(text, display, Some(file), guide, &options))
    }
}
