//! The fix stage for Word and PowerPoint files. The reported findings' fixes (each inside one
//! text run: [`office::keep_fixable`] dropped the others) are written into the package in one
//! pass, overlapping ones left out; the package is read back and checked again, so what
//! remains is reported at positions in the fixed text.

use super::fixing::{PackageBytes, ReportedFixes};
use super::source::Text;
use super::{Fixed, Item, Pipeline, Source};
use crate::document::office::{self, Extracted};
use crate::finding::{Applicability, Edit, Finding};
use crate::fix::FixOutcome;
use crate::{check_document_as, CompiledGuide};
use std::ops::Range;

impl Pipeline<'_> {
    /// `bytes` (the package `extracted` was read from) with the reported findings' fixes
    /// written in; `None` when the pipeline does not fix or no reported finding has a fix it
    /// applies.
    pub(super) fn fixed_package(
        &self,
        source: Source,
        bytes: &[u8],
        extracted: &Extracted,
        guide: &CompiledGuide,
        reported: &[Item],
    ) -> Option<Box<Fixed>> {
        let applicability = self.fix?;
        let chosen = choose(reported.iter().map(|item| &item.finding), applicability);
        if chosen.is_empty() {
            return None;
        }
        let mut edits: Vec<&Edit> = chosen
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .flat_map(|fix| &fix.edits)
            .collect();
        edits.sort_by_key(|e| (e.start, e.end));
        let original = extracted.text.clone();
        let (fixed, text, items) = match office::rewrite(source.kind, bytes, extracted, &edits) {
            Ok(rewritten) => {
                let text = Text::Extracted(Box::new(rewritten.extracted));
                let doc = text.document(source.kind);
                let mut findings = check_document_as(
                    &doc,
                    source.display,
                    Some(source.path),
                    guide,
                    source.chosen,
                );
                if let Some(extracted) = text.extracted() {
                    office::keep_fixable(source.kind, extracted, &mut findings);
                }
                let mut items = self.items(&doc, source.path, findings);
                self.filters.apply(source.path, &mut items);
                (Ok(rewritten.bytes), doc.text.to_string(), items)
            }
            Err(reason) => (Err(reason), original.clone(), Vec::new()),
        };
        Some(Box::new(Fixed {
            original,
            outcome: FixOutcome {
                text,
                applied: chosen,
                remaining: Vec::new(),
                converged: true,
                too_large: None,
            },
            items,
            package: Some(PackageBytes {
                original: bytes.to_vec(),
                fixed,
            }),
        }))
    }
}

/// The reported findings with a fix of at most `applicability`, without overlapping edits:
/// earliest first, then the longest, then rule order (as the text fix stage chooses).
fn choose<'a>(
    reported: impl Iterator<Item = &'a Finding> + Clone,
    applicability: Applicability,
) -> Vec<Finding> {
    let selected = ReportedFixes::new(reported.clone(), applicability);
    let mut candidates: Vec<&Finding> = reported
        .filter(|f| selected.contains(f))
        .filter(|f| f.fix.as_ref().is_some_and(|fix| !fix.edits.is_empty()))
        .collect();
    let span = |f: &Finding| {
        let edits = f
            .fix
            .as_ref()
            .map(|fix| fix.edits.as_slice())
            .unwrap_or_default();
        let start = edits.iter().map(|e| e.start).min().unwrap_or(0);
        let end = edits.iter().map(|e| e.end).max().unwrap_or(0);
        (start, std::cmp::Reverse(end), f.rule.index())
    };
    candidates.sort_by_key(|f| span(f));
    let mut taken: Vec<Range<usize>> = Vec::new();
    let mut chosen = Vec::new();
    for finding in candidates {
        let Some(fix) = &finding.fix else { continue };
        let overlaps = fix.edits.iter().any(|e| {
            taken.iter().any(|t| {
                (t.start < e.end && e.start < t.end) || (t.start == e.start && t.end == e.end)
            })
        });
        if !overlaps {
            taken.extend(fix.edits.iter().map(|e| e.start..e.end));
            chosen.push(finding.clone());
        }
    }
    chosen
}
