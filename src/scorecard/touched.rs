//! The pull-request view of `--since`: the files a change touched (added, removed, or with
//! figures that moved), their score before and after, the score of the files it added, and the
//! findings it introduced and fixed, by rule. A repository-wide word-weighted score hardly
//! moves when one post of hundreds changes; these figures do.

use super::delta::Change;
use super::{round1, FileFigures, GuideSection};
use crate::registry::RuleId;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Touched {
    /// Files added, removed, or whose figures (words, findings, requirements met) changed.
    pub files: usize,
    pub added: usize,
    pub removed: usize,
    /// The word-weighted score of the touched files at the ref and now.
    pub score: Change,
    /// The word-weighted score of the added files; `None` without one (or without words).
    pub added_score: Option<f64>,
    /// Errors and warnings in the touched files at the ref and now.
    pub errors: Counts,
    pub warnings: Counts,
    /// Findings (errors and warnings) introduced and fixed, per rule; most introduced first.
    pub by_rule: Vec<RuleChange>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub then: usize,
    pub now: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RuleChange {
    pub rule: RuleId,
    /// Per file, the findings of this rule now beyond those at the ref, summed.
    pub introduced: usize,
    /// Per file, the findings at the ref beyond those now, summed.
    pub fixed: usize,
}

/// Whether a file's figures moved between the trees.
fn moved(then: &FileFigures, now: &FileFigures) -> bool {
    (
        then.words,
        then.errors,
        then.warnings,
        then.requirements_met,
    ) != (now.words, now.errors, now.warnings, now.requirements_met)
        || then.by_rule != now.by_rule
}

/// The word-weighted mean of the (rounded) scores of `files`, those without words left out.
fn weighted(files: &[&FileFigures]) -> Option<f64> {
    let scored = files.iter().filter_map(|f| Some((f.score?, f.words)));
    let (sum, words) = scored.fold((0.0, 0), |(s, w), (score, words)| {
        (s + score * words as f64, w + words)
    });
    (words > 0).then(|| round1(sum / words as f64))
}

pub fn touched(now: &GuideSection, then: Option<&GuideSection>) -> Touched {
    let before: BTreeMap<&str, &FileFigures> = then
        .iter()
        .flat_map(|t| &t.files)
        .map(|f| (f.path.as_str(), f))
        .collect();
    let after: BTreeMap<&str, &FileFigures> =
        now.files.iter().map(|f| (f.path.as_str(), f)).collect();
    let (mut touched_then, mut touched_now, mut added) = (Vec::new(), Vec::new(), Vec::new());
    for (path, file) in &after {
        match before.get(path) {
            Some(old) if !moved(old, file) => {}
            Some(old) => {
                touched_then.push(*old);
                touched_now.push(*file);
            }
            None => {
                touched_now.push(*file);
                added.push(*file);
            }
        }
    }
    let removed: Vec<&FileFigures> = before
        .iter()
        .filter(|(path, _)| !after.contains_key(*path))
        .map(|(_, f)| *f)
        .collect();
    touched_then.extend(&removed);
    let sum = |files: &[&FileFigures], of: fn(&FileFigures) -> usize| {
        files.iter().map(|f| of(f)).sum::<usize>()
    };
    let mut rules: BTreeMap<usize, (RuleId, usize, usize)> = BTreeMap::new();
    let count = |f: Option<&&FileFigures>, rule: RuleId| {
        f.and_then(|f| f.by_rule.iter().find(|(r, _)| *r == rule))
            .map_or(0, |(_, n)| *n)
    };
    for path in before
        .keys()
        .chain(after.keys().filter(|p| !before.contains_key(*p)))
    {
        let (old, new) = (before.get(path), after.get(path));
        let mut seen: Vec<RuleId> = old
            .iter()
            .chain(new.iter())
            .flat_map(|f| f.by_rule.iter().map(|(r, _)| *r))
            .collect();
        seen.sort_by_key(|r| r.index());
        seen.dedup();
        for rule in seen {
            let (then_n, now_n) = (count(old, rule), count(new, rule));
            let entry = rules.entry(rule.index()).or_insert((rule, 0, 0));
            entry.1 += now_n.saturating_sub(then_n);
            entry.2 += then_n.saturating_sub(now_n);
        }
    }
    let mut by_rule: Vec<RuleChange> = rules
        .into_values()
        .filter(|(_, i, f)| i + f > 0)
        .map(|(rule, introduced, fixed)| RuleChange {
            rule,
            introduced,
            fixed,
        })
        .collect();
    by_rule.sort_by(|a, b| b.introduced.cmp(&a.introduced).then(b.fixed.cmp(&a.fixed)));
    Touched {
        files: touched_now.len() + removed.len(),
        added: added.len(),
        removed: removed.len(),
        score: Change::new(weighted(&touched_then), weighted(&touched_now)),
        added_score: weighted(&added),
        errors: Counts {
            then: sum(&touched_then, |f| f.errors),
            now: sum(&touched_now, |f| f.errors),
        },
        warnings: Counts {
            then: sum(&touched_then, |f| f.warnings),
            now: sum(&touched_now, |f| f.warnings),
        },
        by_rule,
    }
}
