//! Scoring a tree of files for the report: every file is read once and measured on all cores
//! (the same rules as `check`, through the library), and the measures are folded into one
//! section per guide in path order as they arrive, so only small per-file figures are kept.

use super::ordered::{each_in_order, LARGE_RESULTS};
use super::output::Output;
use super::reuse::{Fingerprint, Fingerprinter, Known, Memo, Reuse};
use super::walk::Target;
use onmessage::baseline::relative_to;
use onmessage::guide_set::{lexical_normalize, GuideSet};
use onmessage::pipeline::source::{self, NotChecked};
use onmessage::scorecard::front::GroupBy;
use onmessage::scorecard::{field_examples, measure, FileMeasure, GuideSection, SectionBuilder};
use onmessage::{CompiledGuide, GuideError, Kind};
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
    /// Scoring a file panicked (a bug): the file is left out, its error printed, and the run
    /// fails.
    pub internal_error: bool,
}

enum Measured {
    File {
        guide: Arc<CompiledGuide>,
        builtin: bool,
        /// Shared with the [`Memo`] of a `--since` run: never copied.
        measure: Arc<FileMeasure>,
        /// Of the bytes measured, when the run uses a [`Memo`].
        fingerprint: Option<Fingerprint>,
    },
    Ignored,
    Unreadable(String),
    BadGuide(Arc<GuideError>),
    /// Scoring the file panicked: the error to print.
    Failed(String),
}

/// How the report groups files beyond channels: `--depth`, `--by` and `--dates git`.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub depth: Option<usize>,
    pub by: Option<GroupBy>,
    /// Last commit dates by report path (`--dates git`).
    pub dates: Option<Arc<HashMap<String, String>>>,
}

/// Score every job; `label` prefixes the notes about unreadable files (`--since` trees);
/// `layout` says how to group files. `reuse` says whether the measures are remembered, or
/// taken from an earlier run when a file is the same.
pub fn score(
    jobs: &[Job],
    guides: &GuideSet,
    label: &str,
    layout: &Layout,
    reuse: Reuse,
    out: &mut Output,
) -> Tree {
    let (mut learn, recall) = match reuse {
        Reuse::Off => (None, None),
        Reuse::Learn(memo) => (Some(memo), None),
        Reuse::Recall(memo) => (None, Some(memo)),
    };
    let fingerprinter: Option<Fingerprinter> = match (&learn, recall) {
        (Some(memo), _) => Some(memo.fingerprinter().clone()),
        (None, Some(memo)) => Some(memo.fingerprinter().clone()),
        (None, None) => None,
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut tree = Tree::default();
    let mut builders: Vec<SectionBuilder> = Vec::new();
    let mut by_guide: HashMap<*const CompiledGuide, usize> = HashMap::new();
    let mut bad_guides: Vec<Arc<GuideError>> = Vec::new();
    each_in_order(
        jobs,
        LARGE_RESULTS,
        |job| {
            super::panics::caught(|| measure_job(job, guides, fingerprinter.as_ref(), recall))
                .unwrap_or_else(Measured::Failed)
        },
        |job, measured| match measured {
            Measured::File {
                guide,
                builtin,
                measure,
                fingerprint,
            } => {
                tree.files_read += 1;
                if let (Some(memo), Some(fingerprint)) = (learn.as_deref_mut(), fingerprint) {
                    let known = Known {
                        display: job.display.clone(),
                        kind: job.kind,
                        guide: guide.clone(),
                        builtin,
                        fingerprint,
                        measure: Arc::clone(&measure),
                    };
                    memo.remember(&job.place, known);
                }
                let slot = *by_guide.entry(Arc::as_ptr(&guide)).or_insert_with(|| {
                    let name = section_name(&guide, builtin, &cwd);
                    builders.push(
                        SectionBuilder::new(guide.clone(), name)
                            .with_depth(layout.depth)
                            .with_groups(layout.by.clone(), layout.dates.clone()),
                    );
                    builders.len() - 1
                });
                builders[slot].add(&measure);
            }
            Measured::Ignored => {}
            Measured::Unreadable(message) => {
                tree.unreadable += 1;
                out.error(&format!("skipped {label}{}: {message}", job.display));
            }
            Measured::Failed(message) => {
                tree.unreadable += 1;
                tree.internal_error = true;
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
    complete_field_examples(&mut tree.sections, jobs, guides);
    tree
}

/// A field phrase in exactly three sales files has one example after counting: read its first
/// file again (the few the report shows, each once) for a second.
fn complete_field_examples(sections: &mut [GuideSection], jobs: &[Job], guides: &GuideSet) {
    if sections.iter().all(|s| {
        s.field_language
            .phrases
            .iter()
            .all(|p| p.examples.len() > 1)
    }) {
        return;
    }
    let by_display: HashMap<&str, &Job> = jobs.iter().map(|j| (j.display.as_str(), j)).collect();
    for section in sections {
        field_examples::complete(&mut section.field_language, |path| {
            let job = by_display.get(path)?;
            match measure_job(job, guides, None, None) {
                Measured::File { measure, .. } => Arc::unwrap_or_clone(measure)
                    .team_text
                    .map(|(_, sentences)| sentences),
                _ => None,
            }
        });
    }
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

fn measure_job(
    job: &Job,
    guides: &GuideSet,
    fingerprinter: Option<&Fingerprinter>,
    recall: Option<&Memo>,
) -> Measured {
    let (guide, builtin) = match source::resolve(guides, &job.place) {
        Ok(resolved) => resolved,
        Err(not_checked) => return not_checked.into(),
    };
    // Reports walk their folders: site templates count when `include` names them.
    if source::left_out(&guide, &job.place, job.kind, false) {
        return Measured::Ignored;
    }
    let bytes = match source::read(&job.read_from) {
        Ok(bytes) => bytes,
        Err(not_checked) => return not_checked.into(),
    };
    let fingerprint = fingerprinter.map(|f| f.of(&bytes));
    if let (Some(memo), Some(fingerprint)) = (recall, fingerprint) {
        let same = memo.recall(
            &job.place,
            &job.display,
            job.kind,
            &guide,
            builtin,
            fingerprint,
        );
        if let Some(measure) = same {
            return Measured::File {
                measure: Arc::clone(measure),
                guide,
                builtin,
                fingerprint: Some(fingerprint),
            };
        }
    }
    let text = match source::text(job.kind, &bytes) {
        Ok(text) => text,
        Err(not_checked) => return not_checked.into(),
    };
    let doc = text.document(job.kind);
    if let Some(not_checked) = source::unparsed(&doc) {
        return not_checked.into();
    }
    let measure = measure(&doc, &job.display, Some(&job.place), &guide);
    Measured::File {
        guide,
        builtin,
        measure: Arc::new(measure),
        fingerprint,
    }
}

impl From<NotChecked> for Measured {
    fn from(not_checked: NotChecked) -> Self {
        match not_checked {
            NotChecked::Ignored => Measured::Ignored,
            NotChecked::BadGuide(err) => Measured::BadGuide(err),
            NotChecked::Unreadable(message) | NotChecked::NoText(message) => {
                Measured::Unreadable(message)
            }
        }
    }
}
