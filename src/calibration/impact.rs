//! A guide change's impact (`onmessage test --since REF`): the calibration files checked with
//! the guide as it was at a ref and as it is now, and which files gain or lose findings. The
//! files are the same bytes in both runs (today's calibration set), so a finding is the same
//! finding when its rule, place, severity and message are the same.

use super::CheckedFile;
use crate::compiled::CompiledGuide;
use crate::finding::Finding;
use std::collections::HashMap;

/// The guide at the ref, as far as the comparison could use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Baseline {
    /// The guide's text at the ref is the text now: nothing to compare.
    Unchanged,
    /// The guide did not exist at the ref: every finding is new.
    Missing,
    /// The guide at the ref does not load (the first line of why): compared against no
    /// findings.
    Invalid(String),
    /// Loaded and compared.
    Compared,
}

/// One calibration file whose findings differ between the two guides.
#[derive(Debug, Clone)]
pub struct FileImpact {
    /// How the file is named in output.
    pub display: String,
    /// Findings the guide now produces that the guide at the ref did not.
    pub gained: Vec<Finding>,
    /// Findings the guide at the ref produced that the guide now does not.
    pub lost: Vec<Finding>,
}

/// What the guide change does to the calibration set.
#[derive(Debug, Clone)]
pub struct GuideImpact {
    /// The ref as the user gave it.
    pub reference: String,
    pub baseline: Baseline,
    /// Files that gain or lose findings, in path order.
    pub files: Vec<FileImpact>,
}

impl GuideImpact {
    pub fn gained(&self) -> usize {
        self.files.iter().map(|f| f.gained.len()).sum()
    }

    pub fn lost(&self) -> usize {
        self.files.iter().map(|f| f.lost.len()).sum()
    }
}

/// Compare `files` (checked with the guide now) with the same files checked by `old` (`None`:
/// no guide, so no findings). A file that cannot be read is left out: neither guide sees it.
pub fn compare(
    reference: &str,
    baseline: Baseline,
    old: Option<&CompiledGuide>,
    files: &[CheckedFile],
) -> GuideImpact {
    let mut impacts = Vec::new();
    if baseline != Baseline::Unchanged {
        for file in files.iter().filter(|f| f.outcome.unreadable.is_none()) {
            let before = match old {
                Some(old) => match super::files::read_and_check(old, &file.file, &file.display) {
                    Ok((_, findings)) => findings,
                    Err(_) => continue,
                },
                None => Vec::new(),
            };
            let (gained, lost) = difference(&file.outcome.all, &before);
            if !gained.is_empty() || !lost.is_empty() {
                impacts.push(FileImpact {
                    display: file.display.clone(),
                    gained,
                    lost,
                });
            }
        }
    }
    GuideImpact {
        reference: reference.to_string(),
        baseline,
        files: impacts,
    }
}

/// What identifies a finding across two runs over the same bytes.
type Key<'a> = (
    &'a str,
    usize,
    usize,
    usize,
    crate::finding::Severity,
    &'a str,
);

fn key(f: &Finding) -> Key<'_> {
    (
        f.rule.as_str(),
        f.start,
        f.end,
        f.line,
        f.severity,
        f.message.as_str(),
    )
}

/// The findings only in `now` and those only in `before`, as multisets (two identical findings
/// at one place count twice), each in the order it came.
fn difference(now: &[Finding], before: &[Finding]) -> (Vec<Finding>, Vec<Finding>) {
    (only_in(now, before), only_in(before, now))
}

/// The findings of `these` that `those` has no match left for.
fn only_in(these: &[Finding], those: &[Finding]) -> Vec<Finding> {
    let mut left: HashMap<Key<'_>, usize> = HashMap::new();
    for f in those {
        *left.entry(key(f)).or_default() += 1;
    }
    these
        .iter()
        .filter(|f| match left.get_mut(&key(f)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Scope, Severity};
    use crate::registry::RuleId;

    const BANNED: RuleId = RuleId::named("banned-term");
    const PREFERRED: RuleId = RuleId::named("preferred-term");

    fn finding(rule: RuleId, start: usize, message: &str) -> Finding {
        Finding {
            path: "a.md".into(),
            line: 1,
            column: start + 1,
            end_line: 1,
            end_column: start + 2,
            start,
            end: start + 1,
            rule,
            severity: Severity::Warning,
            message: message.into(),
            matched: "x".into(),
            suggestion: None,
            fix: None,
            scope: Scope::Span,
            entry: None,
            location: None,
        }
    }

    #[test]
    fn a_finding_in_both_runs_is_neither_gained_nor_lost() {
        let kept = finding(BANNED, 0, "kept");
        let old_only = finding(BANNED, 4, "old");
        let new_only = finding(PREFERRED, 4, "new");
        let (gained, lost) = difference(
            &[kept.clone(), new_only.clone()],
            &[old_only.clone(), kept.clone()],
        );
        assert_eq!(gained.len(), 1);
        assert_eq!(gained[0].message, "new");
        assert_eq!(lost.len(), 1);
        assert_eq!(lost[0].message, "old");
    }

    #[test]
    fn findings_count_as_a_multiset() {
        let twice = finding(BANNED, 0, "same");
        let (gained, lost) = difference(
            &[twice.clone(), twice.clone()],
            std::slice::from_ref(&twice),
        );
        assert_eq!((gained.len(), lost.len()), (1, 0));
        let (gained, lost) = difference(
            std::slice::from_ref(&twice),
            &[twice.clone(), twice.clone()],
        );
        assert_eq!((gained.len(), lost.len()), (0, 1));
    }

    #[test]
    fn a_severity_change_is_a_lost_and_a_gained_finding() {
        let warning = finding(BANNED, 0, "same");
        let mut error = warning.clone();
        error.severity = Severity::Error;
        let (gained, lost) = difference(&[error], &[warning]);
        assert_eq!(gained[0].severity, Severity::Error);
        assert_eq!(lost[0].severity, Severity::Warning);
    }
}
