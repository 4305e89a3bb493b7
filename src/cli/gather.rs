//! Checking files on all cores, and what the renderers and later stages need of each finding.

use super::ordered::each_in_order;
use super::walk::Target;
use onmessage::baseline::line_key;
use onmessage::guide_set::{GuideSet, Resolved};
use onmessage::limits::{read_regular_file, MAX_DOCUMENT_BYTES};
use onmessage::report::human::Snippet;
use onmessage::{check_document, document, Document, Finding, GuideError};
use std::path::PathBuf;
use std::sync::Arc;

/// A finding with the context later stages need, cut from its document while it was loaded.
pub struct Item {
    pub finding: Finding,
    /// The source lines, for the human report.
    pub snippet: Option<Snippet>,
    /// The finding's first line as a baseline keys it, trimmed and bounded (baseline key,
    /// SARIF fingerprint).
    pub line_text: String,
    /// The file as given or walked (for root- and baseline-relative paths).
    pub file: PathBuf,
}

/// What to keep of each finding's document beyond the finding: only what a later stage or the
/// chosen format needs, so findings stay small on large repositories.
#[derive(Clone, Copy)]
pub struct Keep {
    /// Source lines for the human report.
    pub snippets: bool,
    /// The finding's line text (baselines, fixes, SARIF fingerprints).
    pub lines: bool,
}

/// What checking one file produced.
pub enum Outcome {
    Checked {
        items: Vec<Item>,
        builtin: bool,
    },
    /// Excluded by the guide's `ignore`.
    Ignored,
    /// Not checked; the message says why. `fatal` for named files.
    Skipped {
        message: String,
        fatal: bool,
    },
    /// The file's guide is invalid; reported once per guide.
    BadGuide(Arc<GuideError>),
}

/// Check every target on all cores; results come back in target order.
pub fn check_all(targets: &[Target], guides: &GuideSet, keep: Keep) -> Vec<Outcome> {
    let mut outcomes = Vec::with_capacity(targets.len());
    each_in_order(
        targets,
        |target| check_file(target, guides, keep),
        |_, outcome| outcomes.push(outcome),
    );
    outcomes
}

pub fn check_file(target: &Target, guides: &GuideSet, keep: Keep) -> Outcome {
    let bytes = match read_regular_file(&target.path, MAX_DOCUMENT_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => {
            return Outcome::Skipped {
                message: err.to_string(),
                fatal: target.named,
            }
        }
    };
    check_bytes(target, &bytes, guides, keep)
}

/// Check the contents of a file (or of stdin, named by `target`).
pub fn check_bytes(target: &Target, bytes: &[u8], guides: &GuideSet, keep: Keep) -> Outcome {
    let Resolved { guide, builtin } = guides.for_path(&target.path);
    let guide = match guide {
        Ok(guide) => guide,
        Err(err) => return Outcome::BadGuide(err),
    };
    if guide.ignores(&target.path) {
        return Outcome::Ignored;
    }
    let text = match document::decode(bytes) {
        Ok(text) => text,
        Err(err) => {
            return Outcome::Skipped {
                message: err.to_string(),
                fatal: target.named,
            }
        }
    };
    let doc = Document::new(text, target.kind);
    let findings = check_document(&doc, &target.display(), Some(&target.path), &guide);
    let items = findings
        .into_iter()
        .map(|finding| Item {
            snippet: keep.snippets.then(|| Snippet::new(&doc, &finding)),
            line_text: if keep.lines {
                line_key(&doc.text[doc.line_index().line_range(doc.text, finding.line)]).to_string()
            } else {
                String::new()
            },
            file: target.path.clone(),
            finding,
        })
        .collect();
    Outcome::Checked { items, builtin }
}
