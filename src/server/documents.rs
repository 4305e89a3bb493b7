//! The open documents, their findings, and the requests waiting for a document's findings to
//! catch up with its text. Shared by the main loop (which applies the editor's changes) and the
//! checking thread (which checks each revision, see [`super::checking`]).

use super::checking::{Checked, Job};
use super::{guides, log, text};
use crate::finding::Severity;
use crate::guide_set::{lexical_normalize, GuideSet};
use crate::{CompiledGuide, Finding};
use lsp_server::Request;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, PublishDiagnosticsParams, Uri,
};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

/// An open document: its text as the editor has it and the findings of that text.
pub struct Open {
    pub text: String,
    pub version: i32,
    pub path: PathBuf,
    pub findings: Vec<Finding>,
    /// The guide the findings were made with: their entry references index into it.
    pub guide: Option<Arc<CompiledGuide>>,
    /// This text's revision, unique in the session (a document closed and opened again does
    /// not reuse one), and the revision `findings` were made from.
    pub revision: u64,
    pub checked: Option<u64>,
}

impl Open {
    pub fn new(path: PathBuf, text: String, version: i32, revision: u64) -> Self {
        Open {
            text,
            version,
            path,
            findings: Vec::new(),
            guide: None,
            revision,
            checked: None,
        }
    }
}

pub struct Documents {
    pub guides: Arc<GuideSet>,
    pub open: HashMap<Uri, Open>,
    /// Requests about a document whose findings are older than its text, answered when its
    /// check is done (a quick fix for an old text would edit the wrong place).
    pub waiting: Vec<(Uri, Request)>,
    /// The last revision given out.
    revisions: u64,
    /// Guides saved valid in the editor, or kept at their last valid version while saved
    /// broken, by path: they outlive a rediscovery of the guide set.
    pinned: HashMap<PathBuf, Arc<CompiledGuide>>,
    /// Problems already logged (a guide that fails to load), so each is logged once.
    logged: HashSet<String>,
}

impl Documents {
    pub fn new(guides: GuideSet) -> Self {
        Documents {
            guides: Arc::new(guides),
            open: HashMap::new(),
            waiting: Vec::new(),
            revisions: 0,
            pinned: HashMap::new(),
            logged: HashSet::new(),
        }
    }

    fn log_once(&mut self, problem: String) {
        if self.logged.insert(problem.clone()) {
            log(&problem);
        }
    }

    /// A new revision, for a text just opened or changed.
    pub fn next_revision(&mut self) -> u64 {
        self.revisions += 1;
        self.revisions
    }

    /// Whether the findings of the document at `uri` are those of its text (a document not
    /// open has none to wait for).
    pub fn is_fresh(&self, uri: &Uri) -> bool {
        self.open
            .get(uri)
            .is_none_or(|doc| doc.checked == Some(doc.revision))
    }

    /// The check the document at `uri` needs: none when it is not open or already checked.
    pub fn job(&self, uri: &Uri) -> Option<Job> {
        let doc = self.open.get(uri)?;
        (doc.checked != Some(doc.revision)).then(|| Job {
            uri: uri.clone(),
            revision: doc.revision,
            text: doc.text.clone(),
            path: doc.path.clone(),
            guides: self.guides.clone(),
        })
    }

    /// Keep a check's findings if the document still has the text checked; then its
    /// diagnostics to publish. A result for an older text is dropped: a newer check is queued.
    pub fn store(&mut self, checked: Checked) -> Option<PublishDiagnosticsParams> {
        let doc = self.open.get_mut(&checked.uri)?;
        if doc.revision != checked.revision || doc.checked == Some(checked.revision) {
            return None;
        }
        doc.findings = checked.findings;
        doc.guide = checked.guide;
        doc.checked = Some(checked.revision);
        let version = Some(doc.version);
        if let Some(problem) = checked.problem {
            self.log_once(problem);
        }
        Some(PublishDiagnosticsParams {
            uri: checked.uri,
            diagnostics: checked.diagnostics,
            version,
        })
    }

    /// The editor saved the document at `uri`: when it is a guide that compiles, it checks its
    /// files from now on (true: check every open document again). A guide saved broken leaves
    /// its last valid version in use, and says so once.
    pub fn saved(&mut self, uri: &Uri) -> bool {
        let path = lexical_normalize(&path_of(uri));
        if !guides::is_guide(&path) {
            return false;
        }
        let text = match self.open.get(uri) {
            Some(doc) => Ok(doc.text.clone()),
            None => crate::guide::read(&path),
        };
        let shown = path.display().to_string();
        match text.and_then(|text| guides::compile(&path, &text)) {
            Ok(guide) => {
                self.pinned.insert(path, Arc::new(guide));
                // A fresh set finds a guide new in its folder; the pinned ones are put back.
                match GuideSet::discover() {
                    Ok(fresh) => self.guides = Arc::new(fresh),
                    Err(err) => log(&format!("guides not rediscovered: {err}")),
                }
                for (file, guide) in &self.pinned {
                    self.guides.pin(file, guide.clone());
                }
                // Problems of the old guides may come back: say so again.
                self.logged.clear();
                // A new revision each: a check still running with the old guides is dropped.
                let uris: Vec<Uri> = self.open.keys().cloned().collect();
                for uri in uris {
                    let revision = self.next_revision();
                    if let Some(doc) = self.open.get_mut(&uri) {
                        doc.revision = revision;
                    }
                }
                true
            }
            Err(_) => {
                let last = self.pinned.get(&path).cloned();
                match last.or_else(|| self.guides.loaded(&path)) {
                    Some(last) => {
                        self.guides.pin(&path, last.clone());
                        self.pinned.insert(path, last);
                        self.log_once(format!(
                            "{shown} is invalid: checking with its last valid version until it is saved valid"
                        ));
                    }
                    None => self.log_once(format!("{shown} is invalid and was never valid here")),
                }
                false
            }
        }
    }
}

/// Where a rule's documentation is: the README's rule table (`onmessage explain RULE` prints
/// the rest, and hover shows it).
fn rule_docs() -> Option<CodeDescription> {
    let href = format!("{}#rules", env!("CARGO_PKG_REPOSITORY"));
    Uri::from_str(&href)
        .ok()
        .map(|href| CodeDescription { href })
}

/// A finding as the editor shows it: its range in UTF-16 positions (a finding about the whole
/// file at the start), its severity, the rule id as the code.
pub fn diagnostic(text: &str, finding: &Finding) -> Diagnostic {
    Diagnostic {
        range: text::range_of(text, finding.start, finding.end),
        severity: Some(match finding.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(finding.rule.as_str().to_string())),
        code_description: rule_docs(),
        source: Some("onmessage".to_string()),
        message: finding.message.clone(),
        ..Diagnostic::default()
    }
}

/// The file a document URI names: a `file:` URI's path, percent-decoded; any other URI (an
/// unsaved buffer) a file of its last segment's name in the current folder, so it is checked
/// with the guide found from there.
pub fn path_of(uri: &Uri) -> PathBuf {
    let s = uri.as_str();
    if let Some(rest) = s.strip_prefix("file://") {
        let path = rest.strip_prefix("localhost").unwrap_or(rest);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        return PathBuf::from(percent_decode(path));
    }
    let name = s.rsplit(['/', ':']).next().unwrap_or_default();
    PathBuf::from(percent_decode(name))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn file_uris_become_paths() {
        let uri = Uri::from_str("file:///tmp/a%20b/caf%C3%A9.md").unwrap();
        assert_eq!(path_of(&uri), PathBuf::from("/tmp/a b/café.md"));
        let untitled = Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(path_of(&untitled), PathBuf::from("Untitled-1"));
        // A broken escape is kept as written.
        let odd = Uri::from_str("file:///x/100%25.md").unwrap();
        assert_eq!(path_of(&odd), PathBuf::from("/x/100%.md"));
    }
}
