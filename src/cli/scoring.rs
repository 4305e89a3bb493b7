//! Scoring a tree of files for the report: every file is read once and measured on all cores
//! (the same rules as `check`, through the library), and the measures are folded into one
//! section per guide in path order as they arrive, so only small per-file figures are kept.

use super::ordered::each_in_order;
use super::output::Output;
use super::walk::Target;
use onmessage::baseline::relative_to;
use onmessage::guide_set::{lexical_normalize, GuideSet, Resolved};
use onmessage::limits::{read_regular_file, MAX_DOCUMENT_BYTES};
use onmessage::scorecard::{measure, FileMeasure, GuideSection, SectionBuilder};
use onmessage::{document, CompiledGuide, Document, GuideError, Kind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file to score: where to read it, and where it belongs (for its guide and channel).
#[derive(Debug, Clone)]
pub struct Job {
    /// Where the bytes are (a temporary folder for `--since`).
    pub read_from: PathBuf,
    /// Where the file is in the working tree: it picks the guide, channel and folder.
    pub place: PathBuf,
    /// How the report names it.
    pub display: String,
    pub kind: Kind,
}

impl Job {
    /// A file of the working tree.
    pub fn current(target: &Target) -> Self {
        Job {
            read_from: target.path.clone(),
            place: target.path.clone(),
            display: target.display(),
            kind: target.kind,
        }
    }
}

/// The figures of one tree.
#[derive(Default)]
pub struct Tree {
    pub sections: Vec<GuideSection>,
    pub files_read: usize,
    pub unreadable: usize,
    /// A guide was invalid (its diagnostic is printed).
    pub bad_guide: bool,
}

enum Measured {
    File {
        guide: Arc<CompiledGuide>,
        builtin: bool,
        measure: Box<FileMeasure>,
    },
    Ignored,
    Unreadable(String),
    BadGuide(Arc<GuideError>),
}

/// Score every job; `label` prefixes the notes about unreadable files (`--since` trees).
pub fn score(jobs: &[Job], guides: &GuideSet, label: &str, out: &mut Output) -> Tree {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut tree = Tree::default();
    let mut builders: Vec<SectionBuilder> = Vec::new();
    let mut by_guide: HashMap<*const CompiledGuide, usize> = HashMap::new();
    let mut bad_guides: Vec<Arc<GuideError>> = Vec::new();
    each_in_order(
        jobs,
        |job| measure_job(job, guides),
        |job, measured| match measured {
            Measured::File {
                guide,
                builtin,
                measure,
            } => {
                tree.files_read += 1;
                let slot = *by_guide.entry(Arc::as_ptr(&guide)).or_insert_with(|| {
                    let name = section_name(&guide, builtin, &cwd);
                    builders.push(SectionBuilder::new(guide.clone(), name));
                    builders.len() - 1
                });
                builders[slot].add(*measure);
            }
            Measured::Ignored => {}
            Measured::Unreadable(message) => {
                tree.unreadable += 1;
                out.error(&format!("skipped {label}{}: {message}", job.display));
            }
            Measured::BadGuide(err) => {
                if !bad_guides.iter().any(|seen| Arc::ptr_eq(seen, &err)) {
                    out.diagnostic(err.as_ref());
                    bad_guides.push(err);
                }
                tree.bad_guide = true;
            }
        },
    );
    tree.sections = builders.into_iter().map(SectionBuilder::build).collect();
    tree
}

/// How a section names its guide: relative to the current folder when it is a file.
fn section_name(guide: &CompiledGuide, builtin: bool, cwd: &Path) -> String {
    match (&guide.path, builtin) {
        (Some(path), false) => {
            let absolute = lexical_normalize(&cwd.join(path));
            relative_to(&absolute, &lexical_normalize(cwd))
        }
        _ => "built-in packs".to_string(),
    }
}

fn measure_job(job: &Job, guides: &GuideSet) -> Measured {
    let Resolved { guide, builtin } = guides.for_path(&job.place);
    let guide = match guide {
        Ok(guide) => guide,
        Err(err) => return Measured::BadGuide(err),
    };
    if guide.ignores(&job.place) {
        return Measured::Ignored;
    }
    let bytes = match read_regular_file(&job.read_from, MAX_DOCUMENT_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => return Measured::Unreadable(err.to_string()),
    };
    let text = match document::decode(&bytes) {
        Ok(text) => text,
        Err(err) => return Measured::Unreadable(err.to_string()),
    };
    let doc = Document::new(text, job.kind);
    let measure = measure(&doc, &job.display, Some(&job.place), &guide);
    Measured::File {
        guide,
        builtin,
        measure: Box::new(measure),
    }
}
