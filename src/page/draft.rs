//! A draft pasted into the check page: checked, scored and fixed by the same pipeline as
//! `check`, `report` and `--fix`, in the channel and audience the writer picked.

use crate::compiled::CompiledGuide;
use crate::document::{Document, Kind};
use crate::finding::{Applicability, Finding};
use crate::guide_set::GuideSet;
use crate::pipeline::source::{self, NotChecked};
use crate::pipeline::{Keep, Outcome, Pipeline, Source};
use crate::profile::Chosen;
use crate::scorecard::measure::{measure_as, FileMeasure};
use crate::scorecard::{file_score, language_score, round1};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the page sends: the draft and where it belongs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    pub text: String,
    /// A channel of the guide, by name; none: the draft has no channel.
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub audience: Option<String>,
    /// The file name the draft came from (an upload), for its kind: Markdown, MDX or text.
    #[serde(default)]
    pub name: Option<String>,
}

/// One finding as `--format json` writes it, with its place in UTF-16 code units, which is how
/// the page's text area counts.
#[derive(Debug, Clone, Serialize)]
pub struct PageFinding {
    #[serde(flatten)]
    pub finding: Finding,
    pub start16: usize,
    pub end16: usize,
}

/// The check of a draft.
#[derive(Debug, Clone, Serialize)]
pub struct DraftCheck {
    pub findings: Vec<PageFinding>,
    /// Prose words, as `report` counts them.
    pub words: usize,
    /// The draft's alignment score as `report` computes a file's; none for a draft without
    /// prose.
    pub score: Option<f64>,
    pub errors: usize,
    pub warnings: usize,
    /// The channel's requirements and how many the draft meets.
    pub requirements: usize,
    pub requirements_met: usize,
}

/// A draft after fixes.
#[derive(Debug, Clone, Serialize)]
pub struct DraftFix {
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Why a draft could not be checked or fixed: shown to the writer as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("the guide has no channel named \"{0}\"")]
    UnknownChannel(String),
    #[error("the guide has no audience named \"{0}\"")]
    UnknownAudience(String),
    #[error("this finding is no longer in the text: check again")]
    Stale,
    #[error("this finding has no fix")]
    NoFix,
    #[error("the fixes did not settle (a fix matches its own replacement): nothing was changed")]
    Unsettled,
    #[error("{0}")]
    NotChecked(String),
}

/// Which finding to fix: the one the page showed, by rule and place.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingRef {
    pub rule: String,
    pub start: usize,
    pub end: usize,
}

/// The draft as the library sees it: its virtual file, kind and chosen place.
struct Placed<'r> {
    request: &'r DraftRequest,
    file: PathBuf,
    display: String,
    kind: Kind,
    chosen: Chosen,
}

impl<'r> Placed<'r> {
    fn new(request: &'r DraftRequest, guide: &CompiledGuide) -> Result<Self, DraftError> {
        let index =
            |names: Vec<&str>, wanted: &Option<String>, unknown: fn(String) -> _| match wanted
                .as_deref()
                .filter(|w| !w.is_empty())
            {
                None => Ok(None),
                Some(w) => names
                    .iter()
                    .position(|n| *n == w)
                    .map(Some)
                    .ok_or_else(|| unknown(w.to_string())),
            };
        let channel = index(
            guide.channels.iter().map(|c| c.name.as_str()).collect(),
            &request.channel,
            DraftError::UnknownChannel,
        )?;
        let audience = index(
            guide.audiences.iter().map(|a| a.name.as_str()).collect(),
            &request.audience,
            DraftError::UnknownAudience,
        )?;
        let display = file_name(request.name.as_deref());
        // The draft lives nowhere: a name in the guide's folder, so `ignore` and `overrides`
        // globs for top-level files apply as they would to a file saved there.
        let file = guide.root.join(&display);
        // A draft is typed text: one named after a Word or PDF file is its extracted text.
        let kind = Kind::for_named(Path::new(&display));
        Ok(Placed {
            kind: if kind.is_extracted() {
                Kind::Text
            } else {
                kind
            },
            request,
            file,
            display,
            chosen: Chosen { channel, audience },
        })
    }

    fn source(&self) -> Source<'_> {
        Source {
            path: &self.file,
            display: &self.display,
            kind: self.kind,
            named: true,
            chosen: self.chosen,
        }
    }

    /// The findings `check` reports for the draft, and the guide that checked it.
    fn findings(&self, pipeline: &Pipeline) -> Result<Vec<Finding>, DraftError> {
        match pipeline.check_bytes(self.source(), self.request.text.as_bytes()) {
            Outcome::Checked { items, .. } => Ok(items.into_iter().map(|i| i.finding).collect()),
            Outcome::Ignored => Err(not_checked_error(NotChecked::Ignored, &self.display)),
            Outcome::Skipped { message, .. } => Err(DraftError::NotChecked(message)),
            Outcome::BadGuide(err) => Err(DraftError::NotChecked(err.to_string())),
        }
    }
}

/// What a draft is called when it was typed or pasted, not uploaded.
const DEFAULT_NAME: &str = "draft.md";

/// The base name of an uploaded file, or `draft.md`: nothing of a path the page sends reaches
/// the file system.
fn file_name(name: Option<&str>) -> String {
    let base = name
        .and_then(|n| n.rsplit(['/', '\\']).next())
        .map(|n| {
            n.trim()
                .chars()
                .filter(|c| !c.is_control())
                .collect::<String>()
        })
        .filter(|n| !n.is_empty() && n != "." && n != "..");
    base.unwrap_or_else(|| DEFAULT_NAME.to_string())
}

/// Check a draft: its findings (those `check` reports) and its figures (as `report` measures
/// a file), from one run of the rules.
pub fn check(guides: &GuideSet, request: &DraftRequest) -> Result<DraftCheck, DraftError> {
    let guide = live_guide(guides)?;
    let placed = Placed::new(request, &guide)?;
    let guide = match source::resolve(guides, &placed.file) {
        Ok((guide, _)) => guide,
        Err(not_checked) => return Err(not_checked_error(not_checked, &placed.display)),
    };
    let doc = Document::new(&request.text, placed.kind);
    let (measure, findings) = measure_as(
        &doc,
        &placed.display,
        Some(&placed.file),
        &guide,
        placed.chosen,
    );
    let score = score_of(&measure);
    let mut utf16 = Utf16::new(&request.text);
    Ok(DraftCheck {
        findings: findings
            .into_iter()
            .map(|finding| PageFinding {
                start16: utf16.at(finding.start),
                end16: utf16.at(finding.end),
                finding,
            })
            .collect(),
        words: measure.words,
        score,
        errors: measure.errors,
        warnings: measure.warnings,
        requirements: measure.requirements,
        requirements_met: measure.requirements_met,
    })
}

/// A file's alignment score as `report` computes it; none without prose words.
pub fn score_of(measure: &FileMeasure) -> Option<f64> {
    language_score(measure.words, measure.errors, measure.warnings).map(|language| {
        round1(file_score(
            language,
            measure.requirements_met,
            measure.requirements,
        ))
    })
}

/// The one guide a page checks with.
fn live_guide(guides: &GuideSet) -> Result<Arc<CompiledGuide>, DraftError> {
    guides
        .for_path(Path::new(DEFAULT_NAME))
        .guide
        .map_err(|err| DraftError::NotChecked(err.to_string()))
}

fn not_checked_error(not_checked: NotChecked, display: &str) -> DraftError {
    DraftError::NotChecked(match not_checked {
        NotChecked::Ignored => format!("the guide's `ignore` excludes {display}"),
        NotChecked::BadGuide(err) => err.to_string(),
        NotChecked::Unreadable(message) | NotChecked::NoText(message) => message,
    })
}

/// Apply every safe fix, as `check --fix` would.
pub fn fix_all_safe(guides: &GuideSet, request: &DraftRequest) -> Result<DraftFix, DraftError> {
    let guide = live_guide(guides)?;
    let placed = Placed::new(request, &guide)?;
    let pipeline = Pipeline::new(guides, Keep::default()).with_fixes(Some(Applicability::Safe));
    let findings = placed.findings(&pipeline)?;
    fixed(&pipeline, &placed, &guide, &findings)
}

/// Apply the fix of one finding the page showed (safe or unsafe: the writer chose it).
pub fn fix_one(
    guides: &GuideSet,
    request: &DraftRequest,
    which: &FindingRef,
) -> Result<DraftFix, DraftError> {
    let guide = live_guide(guides)?;
    let placed = Placed::new(request, &guide)?;
    let pipeline = Pipeline::new(guides, Keep::default()).with_fixes(Some(Applicability::Unsafe));
    let findings = placed.findings(&pipeline)?;
    let finding = findings
        .into_iter()
        .find(|f| f.rule.as_str() == which.rule && f.start == which.start && f.end == which.end)
        .ok_or(DraftError::Stale)?;
    if finding.fix.is_none() {
        return Err(DraftError::NoFix);
    }
    fixed(&pipeline, &placed, &guide, std::slice::from_ref(&finding))
}

fn fixed(
    pipeline: &Pipeline,
    placed: &Placed,
    guide: &CompiledGuide,
    findings: &[Finding],
) -> Result<DraftFix, DraftError> {
    let text = &placed.request.text;
    let Some(outcome) = pipeline.fix(placed.source(), text, guide, findings) else {
        return Ok(DraftFix {
            text: text.clone(),
            applied: 0,
        });
    };
    if !outcome.converged {
        return Err(DraftError::Unsettled);
    }
    Ok(DraftFix {
        applied: outcome.applied.len(),
        text: outcome.text,
    })
}

/// Byte offsets to UTF-16 offsets in one text. Findings come mostly in order: each look-up
/// counts on from the last one when it can.
struct Utf16<'t> {
    text: &'t str,
    last: (usize, usize),
}

impl<'t> Utf16<'t> {
    fn new(text: &'t str) -> Self {
        Utf16 { text, last: (0, 0) }
    }

    fn at(&mut self, byte: usize) -> usize {
        let mut end = byte.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let (from, counted) = if self.last.0 <= end {
            self.last
        } else {
            (0, 0)
        };
        let units = counted + self.text[from..end].encode_utf16().count();
        self.last = (end, units);
        units
    }
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
