//! The guide as a tested artefact (`onmessage test`): the sentences its entries carry
//! ([`entries`]) and its calibration files, whose `expect:` comments name the findings they
//! must produce ([`expect`], [`files`]). [`run`] does both for one guide file; [`render`]
//! writes the result as a table, JSON or JUnit XML.

mod counter;
pub mod entries;
pub mod expect;
pub mod files;
pub mod impact;
pub mod render;

use crate::compiled::{dotted, CompiledGuide};
use crate::finding::Severity;
use crate::guide::{self, GuideError};
use files::{CalibrationFile, FileOutcome, RuleScore};
use std::path::{Path, PathBuf};

/// Something in the guide, located for a reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InGuide {
    /// The entry's path in the guide (`banned[0].examples[1]`).
    pub entry: String,
    pub line: usize,
    pub column: usize,
}

/// A calibration file and what checking it found.
#[derive(Debug, Clone)]
pub struct CheckedFile {
    pub file: CalibrationFile,
    /// How the file is named in output: the guide's folder as given, then its path.
    pub display: String,
    pub outcome: FileOutcome,
}

/// Everything `onmessage test` found in one guide.
#[derive(Debug, Clone)]
pub struct GuideTest {
    /// The guide file as given.
    pub guide: String,
    pub entries_run: usize,
    pub entry_failures: Vec<(InGuide, entries::EntryFailure)>,
    pub files: Vec<CheckedFile>,
    /// `calibration` globs that name no file.
    pub unmatched: Vec<(InGuide, String)>,
    pub scores: Vec<RuleScore>,
    /// With `--since`: what the guide change does to the calibration files.
    pub impact: Option<impact::GuideImpact>,
}

impl GuideTest {
    pub fn passed(&self) -> bool {
        self.entry_failures.is_empty()
            && self.unmatched.is_empty()
            && self.files.iter().all(|f| f.outcome.passed())
    }
}

/// Load the guide at `path` without running its entry tests, then run them and its
/// calibration files (with globs relative to the guide's folder). `fail_at`: the severity from
/// which an unexpected finding fails (`None`: none does). An invalid guide is an error.
pub fn run(path: &Path, fail_at: Option<Severity>) -> Result<GuideTest, GuideError> {
    let name = path.display().to_string();
    let text = guide::read(path)?;
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let root = root_of(path);
    let compiled =
        CompiledGuide::from_text_tested(&name, &text, Some(path.to_path_buf()), root, false)?;
    let (_, spans) = guide::parse(&name, &text)?;
    let locate = |path: &[guide::Seg]| {
        let (line, column) = guide::line_column(&text, &spans, path).unwrap_or((1, 1));
        InGuide {
            entry: dotted(path),
            line,
            column,
        }
    };
    let tests = entries::run(&compiled);
    let entry_failures = tests
        .failures
        .into_iter()
        .map(|f| (locate(&f.path), f))
        .collect();
    let (found, unmatched) = files::find(&compiled);
    let files: Vec<CheckedFile> = found
        .into_iter()
        .map(|file| {
            let display = folder.join(&file.relative);
            let display = display.to_string_lossy().replace('\\', "/");
            let outcome = files::check_file(&compiled, &file, &display, fail_at);
            CheckedFile {
                file,
                display,
                outcome,
            }
        })
        .collect();
    Ok(GuideTest {
        guide: name,
        entries_run: tests.run,
        entry_failures,
        scores: files::scores(files.iter().map(|f| &f.outcome)),
        files,
        unmatched: unmatched
            .into_iter()
            .map(|u| (locate(&u.path), u.glob))
            .collect(),
        impact: None,
    })
}

/// Add to `test` (the result of [`run`] on the guide at `path`) what the guide as it was at
/// `reference` finds in the same calibration files: `old_text` is its text there (`None`: it
/// did not exist). Paths in the old guide are relative to the same folder.
pub fn compare_with(test: &mut GuideTest, path: &Path, reference: &str, old_text: Option<&str>) {
    let now = guide::read(path).ok();
    let name = format!("{} at {reference}", path.display());
    let old = old_text.map(|text| {
        CompiledGuide::from_text_tested(&name, text, Some(path.to_path_buf()), root_of(path), false)
    });
    let (baseline, old) = match (old_text, old) {
        (Some(text), _) if now.as_deref() == Some(text) => (impact::Baseline::Unchanged, None),
        (None, _) | (_, None) => (impact::Baseline::Missing, None),
        (_, Some(Err(err))) => {
            let why = err.to_string();
            let first = why.lines().next().unwrap_or("invalid").to_string();
            (impact::Baseline::Invalid(first), None)
        }
        (_, Some(Ok(old))) => (impact::Baseline::Compared, Some(old)),
    };
    test.impact = Some(impact::compare(
        reference,
        baseline,
        old.as_ref(),
        &test.files,
    ));
}

/// The folder a guide's globs are relative to, absolute and normalised.
fn root_of(path: &Path) -> PathBuf {
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    crate::guide_set::lexical_normalize(&absolute(&folder))
}

fn absolute(folder: &Path) -> PathBuf {
    if folder.is_absolute() {
        folder.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(folder)
    }
}
