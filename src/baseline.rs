//! Baselines: record today's findings, then report only new ones. The file is versioned, sorted
//! JSON (reviewable in a diff) with paths relative to its own folder; entries match findings as a
//! multiset on (rule, path, matched text, trimmed line content) — never on line numbers — so they
//! survive edits above them, and repeated identical lines are counted.

use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path, PathBuf};

pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Always "onmessage-baseline": tells a baseline from any other JSON file.
    pub kind: String,
    pub version: u32,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub matched: String,
    /// The finding's line, trimmed.
    pub line: String,
    /// How many identical findings.
    pub count: usize,
}

const KIND: &str = "onmessage-baseline";

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{0} is not an onmessage baseline: {1}")]
    Invalid(String, String),
    #[error("{0} is a baseline of version {1}; this onmessage reads version {VERSION}")]
    Version(String, u32),
}

/// A finding with what the baseline keys on besides its own fields.
pub struct Keyed<'a> {
    pub finding: &'a Finding,
    /// The file's path relative to the baseline's folder.
    pub path: String,
    pub line: String,
}

type Key = (String, String, String, String);

fn key(k: &Keyed) -> Key {
    (
        k.path.clone(),
        k.finding.rule.clone(),
        k.finding.matched.clone(),
        k.line.clone(),
    )
}

impl Baseline {
    /// A baseline of these findings.
    pub fn new(findings: &[Keyed]) -> Self {
        let mut counts: BTreeMap<Key, usize> = BTreeMap::new();
        for k in findings {
            *counts.entry(key(k)).or_default() += 1;
        }
        let entries = counts
            .into_iter()
            .map(|((path, rule, matched, line), count)| Entry {
                path,
                rule,
                matched,
                line,
                count,
            })
            .collect();
        Baseline {
            kind: KIND.to_string(),
            version: VERSION,
            entries,
        }
    }

    pub fn to_json(&self) -> String {
        // Strings and numbers only: serialising cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Parse a baseline file's text; `name` labels errors.
    pub fn parse(name: &str, text: &str) -> Result<Self, BaselineError> {
        let baseline: Baseline = serde_json::from_str(text)
            .map_err(|e| BaselineError::Invalid(name.to_string(), e.to_string()))?;
        if baseline.kind != KIND {
            return Err(BaselineError::Invalid(
                name.to_string(),
                format!("`kind` is {:?}", baseline.kind),
            ));
        }
        if baseline.version != VERSION {
            return Err(BaselineError::Version(name.to_string(), baseline.version));
        }
        Ok(baseline)
    }

    /// Which findings are new (`true`) and how many recorded findings in the `checked` files
    /// no finding matched (fixed since the baseline was written). Files not checked in this run
    /// are not counted: a partial run says nothing about them.
    pub fn filter(&self, findings: &[Keyed], checked: &HashSet<String>) -> (Vec<bool>, usize) {
        let mut left: BTreeMap<Key, usize> = self
            .entries
            .iter()
            .map(|e| {
                (
                    (
                        e.path.clone(),
                        e.rule.clone(),
                        e.matched.clone(),
                        e.line.clone(),
                    ),
                    e.count,
                )
            })
            .collect();
        let new = findings
            .iter()
            .map(|k| match left.get_mut(&key(k)) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    false
                }
                _ => true,
            })
            .collect();
        let stale = left
            .iter()
            .filter(|(key, _)| checked.contains(&key.0))
            .map(|(_, count)| count)
            .sum();
        (new, stale)
    }
}

/// `path` relative to `base` (both absolute), with `..` where needed and forward slashes.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for part in &path[common..] {
        out.push(part);
    }
    out.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, matched: &str, line: usize) -> Finding {
        Finding {
            matched: matched.into(),
            ..Finding::sample(rule, line)
        }
    }

    fn keyed<'a>(f: &'a Finding, line: &str) -> Keyed<'a> {
        Keyed {
            finding: f,
            path: "docs/a.md".into(),
            line: line.into(),
        }
    }

    #[test]
    fn matches_as_a_multiset_without_line_numbers() {
        let a = finding("banned-term", "synergy", 3);
        let b = finding("banned-term", "synergy", 9);
        let baseline = Baseline::new(&[keyed(&a, "Our synergy."), keyed(&b, "Our synergy.")]);
        assert_eq!(baseline.entries.len(), 1);
        assert_eq!(baseline.entries[0].count, 2);
        // Moved down by an edit above, plus one new identical line: one new finding.
        let moved = [
            finding("banned-term", "synergy", 5),
            finding("banned-term", "synergy", 11),
            finding("banned-term", "synergy", 12),
        ];
        let keys: Vec<Keyed> = moved.iter().map(|f| keyed(f, "Our synergy.")).collect();
        let checked: HashSet<String> = ["docs/a.md".to_string()].into();
        assert_eq!(
            baseline.filter(&keys, &checked),
            (vec![false, false, true], 0)
        );
        // Fixed since: nothing new, two stale; unless the file was not checked this time.
        assert_eq!(baseline.filter(&[], &checked), (vec![], 2));
        assert_eq!(baseline.filter(&[], &HashSet::new()), (vec![], 0));
    }

    #[test]
    fn round_trips_and_refuses_other_json() {
        let a = finding("brand-name", "Powerspec", 1);
        let baseline = Baseline::new(&[keyed(&a, "Powerspec rocks")]);
        let text = baseline.to_json();
        assert_eq!(Baseline::parse("b.json", &text).ok(), Some(baseline));
        assert!(Baseline::parse(
            "b.json",
            "{\"version\": 1, \"files_checked\": 0, \"findings\": []}"
        )
        .is_err());
        assert!(Baseline::parse("b.json", "not json").is_err());
        let future = text.replace("\"version\": 1", "\"version\": 9");
        assert!(matches!(
            Baseline::parse("b.json", &future),
            Err(BaselineError::Version(_, 9))
        ));
    }

    #[test]
    fn relative_paths_climb_where_needed() {
        assert_eq!(
            relative_to(Path::new("/r/docs/a.md"), Path::new("/r")),
            "docs/a.md"
        );
        assert_eq!(
            relative_to(Path::new("/r/docs/a.md"), Path::new("/r/ci")),
            "../docs/a.md"
        );
    }
}
