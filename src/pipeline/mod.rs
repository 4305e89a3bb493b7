//! The checking pipeline, one document at a time: document → rules (suppressed findings are
//! dropped as they are made) → baseline → changed lines → fix selection. A caller configures a
//! [`Pipeline`] once (the guides, an optional baseline, optional changed lines, a fix mode, what
//! to keep of each finding's document) and calls it per document; the command line, an editor
//! server and the scorecard share it, so a finding is reported, hidden or fixed the same way
//! by each.
//!
//! The steps of reading a document (guide, bytes, text) are in [`source`]; the baseline and
//! changed-lines stages in [`filters`]; the fix stage is [`Pipeline::fix`].

pub mod filters;
mod fixing;
mod package_fix;
pub mod source;
#[cfg(test)]
mod tests;

use crate::baseline::line_key;
use crate::document::office;
use crate::finding::Applicability;
use crate::guide_set::GuideSet;
use crate::profile::Chosen;
use crate::report::human::Snippet;
use crate::{check_document_as, Document, Finding, GuideError, Kind};
pub use filters::{BaselineCounts, Changes, Filters, LoadedBaseline};
pub use fixing::{Fixed, PackageBytes};
use source::NotChecked;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A finding with the context later stages need, cut from its document while it was loaded.
#[derive(Debug, Clone)]
pub struct Item {
    pub finding: Finding,
    /// The source lines, for the human report; `None` unless [`Keep::snippets`].
    pub snippet: Option<Snippet>,
    /// The finding's first line as a baseline keys it, trimmed and bounded (baseline key,
    /// SARIF fingerprint); empty unless [`Keep::lines`].
    pub line_text: String,
    /// The file as given or walked (for root- and baseline-relative paths).
    pub file: PathBuf,
}

/// What to keep of each finding's document beyond the finding: only what a later stage or the
/// chosen format needs, so findings stay small on large repositories.
#[derive(Debug, Default, Clone, Copy)]
pub struct Keep {
    /// Source lines for the human report.
    pub snippets: bool,
    /// The finding's line text (baselines, fixes, SARIF fingerprints).
    pub lines: bool,
}

/// A document to check: where it is and how findings name it.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Where the file is (or would be): it picks the guide, channel and audience.
    pub path: &'a Path,
    /// How findings name it.
    pub display: &'a str,
    pub kind: Kind,
    /// Named by the user: a file that cannot be read is an error, not a note.
    pub named: bool,
    /// The channel and audience the caller chose (the check page's draft); default: none,
    /// the path and front matter decide.
    pub chosen: Chosen,
}

/// What the pipeline made of one document.
#[derive(Debug)]
pub enum Outcome {
    /// Checked: the findings still reported after every stage.
    Checked {
        items: Vec<Item>,
        /// Checked with the built-in packs: no guide file was found.
        builtin: bool,
        /// What the baseline hid; `None` without a baseline.
        baseline: Option<BaselineCounts>,
        /// The fixed text and its findings, when the pipeline fixes and a reported finding
        /// has a fix it applies ([`Pipeline::with_fixes`]).
        fixed: Option<Box<Fixed>>,
    },
    /// Excluded by the guide's `ignore`.
    Ignored,
    /// Not checked; the message says why. `fatal` for named files.
    Skipped { message: String, fatal: bool },
    /// The file's guide is invalid.
    BadGuide(Arc<GuideError>),
}

/// The stages, configured once for a run.
pub struct Pipeline<'g> {
    guides: &'g GuideSet,
    filters: Filters,
    fix: Option<Applicability>,
    keep: Keep,
}

impl<'g> Pipeline<'g> {
    /// A pipeline that checks with `guides`, keeps `keep` of each finding's document, and
    /// neither filters nor fixes.
    pub fn new(guides: &'g GuideSet, keep: Keep) -> Self {
        Pipeline {
            guides,
            filters: Filters::default(),
            fix: None,
            keep,
        }
    }

    /// Hide the findings a baseline records, and keep only those of changed lines.
    pub fn with_filters(mut self, filters: Filters) -> Self {
        self.filters = filters;
        self
    }

    /// Fix the reported findings whose fix is at most `applicability` ([`Pipeline::fix`]).
    pub fn with_fixes(mut self, applicability: Option<Applicability>) -> Self {
        self.fix = applicability;
        self
    }

    pub fn guides(&self) -> &'g GuideSet {
        self.guides
    }

    /// Read the file and check it ([`Pipeline::check_bytes`]).
    pub fn check_file(&self, source: Source) -> Outcome {
        // A walked site template is read only when its guide's `include` names it.
        if source.kind.needs_include() && !source.named {
            match source::resolve(self.guides, source.path) {
                Ok((guide, _)) if source::left_out(&guide, source.path, source.kind, false) => {
                    return Outcome::Ignored
                }
                Err(not_checked) => return outcome_of(not_checked, source.named),
                Ok(_) => {}
            }
        }
        match source::read(source.path) {
            Ok(bytes) => self.check_bytes(source, &bytes),
            Err(not_checked) => outcome_of(not_checked, source.named),
        }
    }

    /// Check a document's bytes (a file's, or standard input's named by `source`): its guide,
    /// its text, the rules, then the baseline and changed-lines stages, and, when the pipeline
    /// fixes, the fix stage with the findings of the fixed text.
    pub fn check_bytes(&self, source: Source, bytes: &[u8]) -> Outcome {
        let (guide, builtin) = match source::resolve(self.guides, source.path) {
            Ok(resolved) => resolved,
            Err(not_checked) => return outcome_of(not_checked, source.named),
        };
        if source::left_out(&guide, source.path, source.kind, source.named) {
            return Outcome::Ignored;
        }
        let text = match source::text(source.kind, bytes) {
            Ok(text) => text,
            Err(not_checked) => return outcome_of(not_checked, source.named),
        };
        let doc = text.document(source.kind);
        if let Some(not_checked) = source::unparsed(&doc) {
            return outcome_of(not_checked, source.named);
        }
        let mut findings = check_document_as(
            &doc,
            source.display,
            Some(source.path),
            &guide,
            source.chosen,
        );
        if let Some(extracted) = text.extracted() {
            // Only a fix inside one Word or PowerPoint text run can be written into the file.
            office::keep_fixable(source.kind, extracted, &mut findings);
        }
        let mut items = self.items(&doc, source.path, findings);
        let baseline = self.filters.apply(source.path, &mut items);
        let fixed = match text.extracted() {
            Some(extracted) => self.fixed_package(source, bytes, extracted, &guide, &items),
            None => self.fixed(source, text.as_str(), &guide, &items),
        };
        Outcome::Checked {
            items,
            builtin,
            baseline,
            fixed,
        }
    }

    /// The findings of `doc`, with what [`Keep`] asks of it.
    pub(crate) fn items(&self, doc: &Document, file: &Path, findings: Vec<Finding>) -> Vec<Item> {
        findings
            .into_iter()
            .map(|finding| Item {
                snippet: self.keep.snippets.then(|| Snippet::new(doc, &finding)),
                line_text: if self.keep.lines {
                    line_key(&doc.text[doc.line_index().line_range(doc.text, finding.line)])
                        .to_string()
                } else {
                    String::new()
                },
                file: file.to_path_buf(),
                finding,
            })
            .collect()
    }
}

impl Outcome {
    /// The fixed text of a checked document, taken out of the outcome.
    pub fn take_fixed(&mut self) -> Option<Box<Fixed>> {
        match self {
            Outcome::Checked { fixed, .. } => fixed.take(),
            _ => None,
        }
    }
}

fn outcome_of(not_checked: NotChecked, named: bool) -> Outcome {
    match not_checked {
        NotChecked::Ignored => Outcome::Ignored,
        NotChecked::BadGuide(err) => Outcome::BadGuide(err),
        NotChecked::Unreadable(message) => Outcome::Skipped {
            message,
            fatal: named,
        },
        NotChecked::NoText(message) => Outcome::Skipped {
            message,
            fatal: false,
        },
    }
}
