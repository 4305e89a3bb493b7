//! Calibration files: the guide's `calibration.good` files must produce no finding at or above
//! the failing severity, its `calibration.bad` files exactly the findings their `expect:`
//! comments name. Files are read and checked by the pipeline's own stages, but never left out
//! by `ignore` (calibration files are ignored by every other walk).

use super::expect::{self, BadExpectation, Expectation};
use crate::compiled::CompiledGuide;
use crate::finding::{Finding, Scope, Severity};
use crate::guide::Seg;
use crate::guide_path;
use crate::pipeline::source::{self, NotChecked};
use crate::Kind;
use globset::{Glob, GlobMatcher};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A calibration file, found under the guide's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalibrationFile {
    pub path: PathBuf,
    /// The path relative to the guide's folder, forward slashes.
    pub relative: String,
    /// Under `good` (else `bad`; a file both name is bad: its comments say what it holds).
    pub good: bool,
}

/// A `calibration` glob that names no file: its tests would silently not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedGlob {
    pub path: Vec<Seg>,
    pub glob: String,
}

/// The calibration files of a guide, in path order, and the globs that matched none.
pub fn find(compiled: &CompiledGuide) -> (Vec<CalibrationFile>, Vec<UnmatchedGlob>) {
    let Some(calibration) = &compiled.guide.calibration else {
        return (Vec::new(), Vec::new());
    };
    // Globs are checked when the guide loads; one that does not compile names nothing here.
    let globs: Vec<(Vec<Seg>, &String, bool, Option<GlobMatcher>)> = [
        (&calibration.good, "good", true),
        (&calibration.bad, "bad", false),
    ]
    .into_iter()
    .flat_map(|(list, key, good)| {
        list.iter().enumerate().map(move |(i, glob)| {
            let matcher = Glob::new(glob).ok().map(|g| g.compile_matcher());
            (guide_path!["calibration", key, i], glob, good, matcher)
        })
    })
    .collect();
    let mut used = vec![false; globs.len()];
    let mut files = Vec::new();
    let walk = ignore::WalkBuilder::new(&compiled.root)
        .hidden(true)
        .build();
    for entry in walk.flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(&compiled.root) else {
            continue;
        };
        let mut good = None;
        for (g, (_, _, is_good, matcher)) in globs.iter().enumerate() {
            if matcher.as_ref().is_some_and(|m| m.is_match(relative)) {
                used[g] = true;
                good = Some(good.unwrap_or(true) && *is_good);
            }
        }
        if let Some(good) = good {
            files.push(CalibrationFile {
                path: entry.path().to_path_buf(),
                relative: relative.to_string_lossy().replace('\\', "/"),
                good,
            });
        }
    }
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    let unmatched = globs
        .into_iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|((path, glob, _, _), _)| UnmatchedGlob {
            path,
            glob: glob.clone(),
        })
        .collect();
    (files, unmatched)
}

/// What checking one calibration file found.
#[derive(Debug, Clone, Default)]
pub struct FileOutcome {
    /// Expectations met, with the finding that met each.
    pub found: Vec<(Expectation, Finding)>,
    /// Expectations no finding met.
    pub missed: Vec<Expectation>,
    /// Findings at or above the failing severity that no expectation names.
    pub unexpected: Vec<Finding>,
    /// `expect:` comments that cannot be read (or stand in a good file).
    pub bad_comments: Vec<BadExpectation>,
    /// Why the file could not be checked.
    pub unreadable: Option<String>,
    /// Every finding the file produced, whatever its severity (what `test --since` compares).
    pub all: Vec<Finding>,
}

impl FileOutcome {
    pub fn passed(&self) -> bool {
        self.missed.is_empty()
            && self.unexpected.is_empty()
            && self.bad_comments.is_empty()
            && self.unreadable.is_none()
    }
}

/// Check a calibration file as `display` and match its findings to its `expect:` comments.
/// `fail_at`: the severity from which an unexpected finding fails (`None`: none does).
pub fn check_file(
    compiled: &CompiledGuide,
    file: &CalibrationFile,
    display: &str,
    fail_at: Option<Severity>,
) -> FileOutcome {
    let unreadable = |reason: NotChecked| FileOutcome {
        unreadable: Some(match reason {
            NotChecked::Unreadable(message) | NotChecked::NoText(message) => message,
            NotChecked::Ignored | NotChecked::BadGuide(_) => "not checked".to_string(),
        }),
        ..FileOutcome::default()
    };
    let (text, findings) = match read_and_check(compiled, file, display) {
        Ok(checked) => checked,
        Err(reason) => return unreadable(reason),
    };
    let all = findings.clone();
    let (expectations, mut bad_comments) = expect::parse(&text);
    if file.good {
        bad_comments.extend(expectations.iter().map(|e| BadExpectation {
            line: e.line,
            column: e.column,
            message: "an `expect:` comment in a good calibration file: move the file under a `bad` glob".into(),
        }));
        return FileOutcome {
            unexpected: unexpected(findings, fail_at),
            bad_comments,
            all,
            ..FileOutcome::default()
        };
    }
    let (found, missed, rest) = match_findings(expectations, findings);
    FileOutcome {
        found,
        missed,
        unexpected: unexpected(rest, fail_at),
        bad_comments,
        unreadable: None,
        all,
    }
}

/// The file's text and every finding the guide produces in it, as `display`.
pub fn read_and_check(
    compiled: &CompiledGuide,
    file: &CalibrationFile,
    display: &str,
) -> Result<(String, Vec<Finding>), NotChecked> {
    let kind = Kind::for_named(&file.path);
    let bytes = source::read(&file.path)?;
    let text = source::text(kind, &bytes)?;
    let doc = text.document(kind);
    let findings = crate::check_document(&doc, display, Some(&file.path), compiled);
    Ok((text.as_str().to_string(), findings))
}

fn unexpected(findings: Vec<Finding>, fail_at: Option<Severity>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|f| fail_at.is_some_and(|at| f.severity >= at))
        .collect()
}

/// Pair each expectation with the first finding it names that no earlier one took: same rule,
/// on its target line (or about the whole file), matching its quoted text when it has one.
/// Returns the pairs, the expectations left over and the findings left over.
pub fn match_findings(
    expectations: Vec<Expectation>,
    mut findings: Vec<Finding>,
) -> (Vec<(Expectation, Finding)>, Vec<Expectation>, Vec<Finding>) {
    let mut found = Vec::new();
    let mut missed = Vec::new();
    for expectation in expectations {
        let names = |f: &Finding| {
            f.rule == expectation.rule
                && (f.scope == Scope::File || f.line == expectation.target)
                && expectation
                    .term
                    .as_ref()
                    .is_none_or(|term| f.matched.to_lowercase().contains(&term.to_lowercase()))
        };
        match findings.iter().position(names) {
            Some(i) => found.push((expectation, findings.remove(i))),
            None => missed.push(expectation),
        }
    }
    (found, missed, findings)
}

/// One rule's calibration score.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RuleScore {
    pub rule: String,
    /// Findings the bad files' comments expect.
    pub expected: usize,
    pub found: usize,
    pub missed: usize,
    /// Findings no comment expects (in good files, and bad ones), at or above `--fail-on`.
    pub unexpected: usize,
    /// found / (found + unexpected); `None` when the rule reported nothing.
    pub precision: Option<f64>,
    /// found / expected; `None` when nothing was expected of the rule.
    pub recall: Option<f64>,
}

/// Per rule, in rule-id order: what was expected, found, missed and unexpected.
pub fn scores<'a>(outcomes: impl IntoIterator<Item = &'a FileOutcome>) -> Vec<RuleScore> {
    // (expected, found, missed, unexpected) per rule id.
    let mut counts: BTreeMap<&'static str, [usize; 4]> = BTreeMap::new();
    for outcome in outcomes {
        for (e, _) in &outcome.found {
            let c = counts.entry(e.rule.as_str()).or_default();
            c[0] += 1;
            c[1] += 1;
        }
        for e in &outcome.missed {
            let c = counts.entry(e.rule.as_str()).or_default();
            c[0] += 1;
            c[2] += 1;
        }
        for f in &outcome.unexpected {
            counts.entry(f.rule.as_str()).or_default()[3] += 1;
        }
    }
    let ratio = |n: usize, d: usize| (d > 0).then(|| n as f64 / d as f64);
    counts
        .into_iter()
        .map(|(rule, [expected, found, missed, unexpected])| RuleScore {
            rule: rule.to_string(),
            expected,
            found,
            missed,
            unexpected,
            precision: ratio(found, found + unexpected),
            recall: ratio(found, expected),
        })
        .collect()
}
