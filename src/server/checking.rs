//! One check of one revision of an open document, done off the main loop: a [`Job`] is a
//! snapshot taken under the documents' lock, [`run`] is the work (no lock held, so the editor's
//! messages keep flowing), and the [`Checked`] result is stored only if the document has not
//! changed meanwhile.

use super::documents::diagnostic;
use super::guides;
use crate::guide_set::GuideSet;
use crate::limits::MAX_DOCUMENT_BYTES;
use crate::pipeline::{source, Keep, Outcome, Pipeline, Source};
use crate::{CompiledGuide, Finding, Kind};
use lsp_types::{Diagnostic, Uri};
use std::path::PathBuf;
use std::sync::Arc;

/// A document's text at one revision, with the guides to check it with.
pub struct Job {
    pub uri: Uri,
    pub revision: u64,
    pub text: String,
    pub path: PathBuf,
    pub guides: Arc<GuideSet>,
}

/// What a check found, for the revision it checked.
pub struct Checked {
    pub uri: Uri,
    pub revision: u64,
    pub findings: Vec<Finding>,
    /// The guide the findings were made with.
    pub guide: Option<Arc<CompiledGuide>>,
    pub diagnostics: Vec<Diagnostic>,
    /// A problem for the log (a guide that does not load, a document too large).
    pub problem: Option<String>,
}

/// Check a job's text: a guide is validated, any other document checked with its guide by the
/// same pipeline as `onmessage check` (the nearest guide of its path, its channel, audience and
/// `ignore`), so the editor shows exactly what `check` reports for the same text.
pub fn run(job: Job) -> Checked {
    let mut checked = Checked {
        uri: job.uri,
        revision: job.revision,
        findings: Vec::new(),
        guide: None,
        diagnostics: Vec::new(),
        problem: None,
    };
    let (text, path) = (&job.text, &job.path);
    if guides::is_guide(path) {
        checked.diagnostics = guides::diagnostics(text, &guides::compile(path, text));
        return checked;
    }
    checked.guide = source::resolve(&job.guides, path).ok().map(|(g, _)| g);
    let display = path.to_string_lossy().into_owned();
    let kind = Kind::for_named(path);
    if kind.is_extracted() {
        // The editor's buffer is not the package: positions in the extracted text would point
        // nowhere in it, and a fix would corrupt the file.
        checked.problem = Some(format!(
            "{display}: Word, PowerPoint, OpenDocument and PDF files are not checked in the editor; run `onmessage check` on them"
        ));
        return checked;
    }
    let source = Source {
        path,
        display: &display,
        kind,
        named: true,
        chosen: Default::default(),
    };
    if text.len() as u64 > MAX_DOCUMENT_BYTES {
        checked.problem = Some(format!(
            "{display}: larger than {MAX_DOCUMENT_BYTES} bytes, not checked"
        ));
        return checked;
    }
    let pipeline = Pipeline::new(&job.guides, Keep::default());
    match pipeline.check_bytes(source, text.as_bytes()) {
        Outcome::Checked { items, .. } => {
            checked.findings = items.into_iter().map(|i| i.finding).collect();
        }
        Outcome::Ignored => {}
        Outcome::Skipped { message, .. } => checked.problem = Some(format!("{display}: {message}")),
        Outcome::BadGuide(err) => checked.problem = Some(format!("guide not loaded: {err}")),
    }
    checked.diagnostics = checked
        .findings
        .iter()
        .map(|f| diagnostic(text, f))
        .collect();
    checked
}
