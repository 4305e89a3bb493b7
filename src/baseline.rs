//! Baselines: record today's findings, then report only new ones. The file is versioned, sorted
//! JSON (reviewable in a diff) with paths relative to its own folder; entries match findings as a
//! multiset on (rule, path, matched text, trimmed line content) — never on line numbers — so they
//! survive edits above them, and repeated identical lines are counted. A line is stored as its
//! [`line_key`]: at most [`MAX_LINE_TEXT_CHARS`] characters, so one long line with many findings
//! costs a bounded key per finding, not a copy of the line.

use crate::finding::Finding;
use crate::limits::MAX_LINE_TEXT_CHARS;
use crate::registry::RuleId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// A rule that exists: a baseline naming another is refused, saying which.
    pub rule: RuleId,
    pub matched: String,
    /// The finding's line: its [`line_key`].
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

/// What a baseline keeps of a finding's line: the line trimmed, cut to its first
/// [`MAX_LINE_TEXT_CHARS`] characters (on a character boundary) and trimmed again. A line within
/// the limit keeps exactly its trimmed text, so baselines written before the limit still match;
/// applying it to a key changes nothing.
pub fn line_key(line: &str) -> &str {
    let line = line.trim();
    match line.char_indices().nth(MAX_LINE_TEXT_CHARS) {
        Some((cut, _)) => line[..cut].trim_end(),
        None => line,
    }
}

/// A finding with what the baseline keys on besides its own fields.
pub struct Keyed<'a> {
    pub finding: &'a Finding,
    /// The file's path relative to the baseline's folder.
    pub path: String,
    /// The finding's line (its [`line_key`] is taken).
    pub line: &'a str,
}

type Key = (String, RuleId, String, String);

fn key(k: &Keyed) -> Key {
    (
        k.path.clone(),
        k.finding.rule,
        k.finding.matched.clone(),
        line_key(k.line).to_string(),
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
    /// no finding matched (fixed since the baseline was written). Builds an [`Index`]; a caller
    /// filtering many times should build one and keep it.
    pub fn filter(&self, findings: &[Keyed], checked: &HashSet<String>) -> (Vec<bool>, usize) {
        Index::new(self).filter(findings, checked)
    }
}

/// (rule, matched, line key) of an entry within its file.
type FileKey = (RuleId, String, String);

/// One file's entries: a slot per key, and each slot's count.
#[derive(Debug, Default)]
struct FileEntries {
    slots: HashMap<FileKey, usize>,
    counts: Vec<usize>,
}

/// A baseline indexed by path, then key: filtering a file's findings costs those findings and
/// that file's entries, never the whole baseline.
#[derive(Debug, Default)]
pub struct Index {
    files: HashMap<String, FileEntries>,
}

impl Index {
    pub fn new(baseline: &Baseline) -> Self {
        let mut files: HashMap<String, FileEntries> = HashMap::new();
        for e in &baseline.entries {
            let file = files.entry(e.path.clone()).or_default();
            // Through `line_key`, so an entry of a long line written before the limit matches.
            let key = (e.rule, e.matched.clone(), line_key(&e.line).to_string());
            match file.slots.get(&key) {
                Some(&slot) => file.counts[slot] += e.count,
                None => {
                    file.slots.insert(key, file.counts.len());
                    file.counts.push(e.count);
                }
            }
        }
        Index { files }
    }

    fn slot(&self, path: &str, finding: &Finding, line: &str) -> Option<(&FileEntries, usize)> {
        let file = self.files.get(path)?;
        let key = (
            finding.rule,
            finding.matched.clone(),
            line_key(line).to_string(),
        );
        file.slots.get(&key).map(|&slot| (file, slot))
    }

    /// Whether the baseline records a finding like this one (on a line reading `line`) in the
    /// file at `path` (relative to the baseline's folder), however many times.
    pub fn contains(&self, path: &str, finding: &Finding, line: &str) -> bool {
        self.slot(path, finding, line).is_some()
    }

    /// Which findings are new (`true`) and how many recorded findings in the `checked` files
    /// no finding matched. Each call starts from the recorded counts.
    pub fn filter(&self, findings: &[Keyed], checked: &HashSet<String>) -> (Vec<bool>, usize) {
        // The counts left of each file met, copied from the index when first met.
        let mut left: HashMap<&str, Vec<usize>> = HashMap::new();
        let new = findings
            .iter()
            .map(|k| {
                let Some((file, slot)) = self.slot(&k.path, k.finding, k.line) else {
                    return true;
                };
                let counts = left
                    .entry(k.path.as_str())
                    .or_insert_with(|| file.counts.clone());
                match &mut counts[slot] {
                    0 => true,
                    count => {
                        *count -= 1;
                        false
                    }
                }
            })
            .collect();
        let stale = checked
            .iter()
            .filter_map(|path| {
                let counts = left
                    .get(path.as_str())
                    .or_else(|| self.files.get(path).map(|f| &f.counts))?;
                Some(counts.iter().sum::<usize>())
            })
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

    fn finding(rule: RuleId, matched: &str, line: usize) -> Finding {
        Finding {
            matched: matched.into(),
            ..Finding::sample(rule, line)
        }
    }

    fn keyed<'a>(f: &'a Finding, line: &'a str) -> Keyed<'a> {
        Keyed {
            finding: f,
            path: "docs/a.md".into(),
            line,
        }
    }

    #[test]
    fn matches_as_a_multiset_without_line_numbers() {
        let a = finding(crate::rules::banned_term::ID, "synergy", 3);
        let b = finding(crate::rules::banned_term::ID, "synergy", 9);
        let baseline = Baseline::new(&[keyed(&a, "Our synergy."), keyed(&b, "Our synergy.")]);
        assert_eq!(baseline.entries.len(), 1);
        assert_eq!(baseline.entries[0].count, 2);
        // Moved down by an edit above, plus one new identical line: one new finding.
        let moved = [
            finding(crate::rules::banned_term::ID, "synergy", 5),
            finding(crate::rules::banned_term::ID, "synergy", 11),
            finding(crate::rules::banned_term::ID, "synergy", 12),
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
    fn the_index_keeps_files_apart_and_counts_stale_entries_of_checked_files_only() {
        fn keyed_in<'a>(f: &'a Finding, path: &str) -> Keyed<'a> {
            Keyed {
                finding: f,
                path: path.into(),
                line: "Our synergy.",
            }
        }
        let a = &finding(crate::rules::banned_term::ID, "synergy", 1);
        let baseline = Baseline::new(&[
            keyed_in(a, "a.md"),
            keyed_in(a, "a.md"),
            keyed_in(a, "b.md"),
        ]);
        let index = Index::new(&baseline);
        assert!(index.contains("a.md", a, "  Our synergy.  "));
        assert!(!index.contains("c.md", a, "Our synergy."));
        assert!(!index.contains("a.md", a, "Our synergy!"));
        // Three copies in c.md are new; one in a.md is recorded; b.md was not met.
        let findings = [
            keyed_in(a, "c.md"),
            keyed_in(a, "a.md"),
            keyed_in(a, "c.md"),
        ];
        let checked: HashSet<String> = ["a.md", "b.md", "c.md"].map(String::from).into();
        assert_eq!(
            index.filter(&findings, &checked),
            (vec![true, false, true], 2)
        );
        let only_a: HashSet<String> = ["a.md".to_string()].into();
        assert_eq!(
            index.filter(&findings, &only_a),
            (vec![true, false, true], 1)
        );
        // Each call starts again from the recorded counts.
        assert_eq!(
            index.filter(&findings, &only_a),
            (vec![true, false, true], 1)
        );
    }

    #[test]
    fn line_keys_are_bounded_on_a_char_boundary_and_short_lines_keep_their_text() {
        assert_eq!(line_key("  Our synergy.\t"), "Our synergy.");
        let long = format!("{} x", "é".repeat(MAX_LINE_TEXT_CHARS));
        let key = line_key(&long);
        assert_eq!(key, "é".repeat(MAX_LINE_TEXT_CHARS));
        assert_eq!(line_key(key), key);
        // A cut that ends in spaces is trimmed, so the key is its own key.
        let spaced = format!(
            "{}   {}",
            "a".repeat(MAX_LINE_TEXT_CHARS - 2),
            "b".repeat(9)
        );
        let key = line_key(&spaced);
        assert_eq!(key, "a".repeat(MAX_LINE_TEXT_CHARS - 2));
        assert_eq!(line_key(key), key);
        let exact = "z".repeat(MAX_LINE_TEXT_CHARS);
        assert_eq!(line_key(&exact), exact);
    }

    #[test]
    fn round_trips_and_refuses_other_json() {
        let a = finding(crate::rules::brand_name::ID, "Powerspec", 1);
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
    fn refuses_an_entry_of_a_rule_that_does_not_exist() {
        let a = finding(crate::rules::brand_name::ID, "Powerspec", 1);
        let text = Baseline::new(&[keyed(&a, "Powerspec rocks")]).to_json();
        let assert_names_it = |text: &str, wanted: &str| {
            let message = Baseline::parse("b.json", text)
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert!(
                message.as_ref().is_err_and(|m| m.contains(wanted)),
                "{message:?}"
            );
        };
        let typo = text.replace("\"brand-name\"", "\"brandname\"");
        assert_names_it(
            &typo,
            "unknown rule `brandname` (did you mean `brand-name`?)",
        );
        let gone = text.replace("\"brand-name\"", "\"spell-check\"");
        assert_names_it(&gone, "unknown rule `spell-check`");
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
