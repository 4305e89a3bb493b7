//! `check --statistics`: counts per rule and per guide entry instead of every finding, as ruff's
//! `--statistics` does — what a new guide would do to a repository, on one screen.

use crate::compiled::CompiledGuide;
use crate::finding::{EntryRef, Finding, Severity};
use crate::registry::RuleId;
use crate::report::escape::visible;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

/// How many entries the statistics list, most frequent first.
pub const TOP_ENTRIES: usize = 10;
/// How many file names an entry's line names before "and N more".
const FILES_NAMED: usize = 3;

/// Counts gathered finding by finding.
#[derive(Default)]
pub struct Statistics {
    rules: HashMap<RuleId, RuleCount>,
    entries: HashMap<(RuleId, String), EntryCount>,
}

#[derive(Default)]
struct RuleCount {
    findings: usize,
    fixable: usize,
    /// The most serious severity seen (a rule's level may differ by channel or override).
    severity: Option<Severity>,
    files: BTreeSet<String>,
}

#[derive(Default)]
struct EntryCount {
    findings: usize,
    files: BTreeSet<String>,
}

/// One rule's line of the statistics (the JSON's `rules` items).
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct RuleLine {
    pub rule: String,
    pub severity: Severity,
    pub findings: usize,
    pub fixable: usize,
    pub files: usize,
}

/// One guide entry's line (the JSON's `entries` items): the entry as the guide writes it (a
/// banned term, a preferred word, a brand name, a phrase), or the text matched where no entry
/// stands behind a finding (a claim's figure).
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct EntryLine {
    pub rule: String,
    pub entry: String,
    pub findings: usize,
    pub files: Vec<String>,
}

/// The JSON form of `check --statistics`, one object.
#[derive(Debug, Serialize)]
pub struct StatisticsJson {
    pub version: u32,
    pub files_checked: usize,
    pub rules: Vec<RuleLine>,
    pub entries: Vec<EntryLine>,
}

impl Statistics {
    /// The JSON document for a run that checked `files_checked` files.
    pub fn json(&self, files_checked: usize) -> StatisticsJson {
        StatisticsJson {
            version: 1,
            files_checked,
            rules: self.rules(),
            entries: self.top_entries(),
        }
    }

    /// Count `finding`; `guide` is the guide that checked its file, for the entry's own words.
    pub fn add(&mut self, finding: &Finding, guide: Option<&CompiledGuide>) {
        let rule = self.rules.entry(finding.rule).or_default();
        rule.findings += 1;
        rule.fixable += usize::from(finding.fix.is_some());
        rule.severity = rule.severity.max(Some(finding.severity));
        rule.files.insert(finding.path.clone());
        let label = finding
            .entry
            .and_then(|entry| guide.and_then(|g| entry_words(g, entry)))
            .or_else(|| (!finding.matched.is_empty()).then(|| finding.matched.to_lowercase()));
        if let Some(label) = label {
            let entry = self.entries.entry((finding.rule, label)).or_default();
            entry.findings += 1;
            entry.files.insert(finding.path.clone());
        }
    }

    /// Every rule that fired, most findings first (then by rule id).
    pub fn rules(&self) -> Vec<RuleLine> {
        let mut lines: Vec<RuleLine> = self
            .rules
            .iter()
            .map(|(rule, count)| RuleLine {
                rule: rule.to_string(),
                severity: count.severity.unwrap_or(Severity::Info),
                findings: count.findings,
                fixable: count.fixable,
                files: count.files.len(),
            })
            .collect();
        lines.sort_by(|a, b| b.findings.cmp(&a.findings).then(a.rule.cmp(&b.rule)));
        lines
    }

    /// The [`TOP_ENTRIES`] most frequent entries, with their files (sorted).
    pub fn top_entries(&self) -> Vec<EntryLine> {
        let mut lines: Vec<EntryLine> = self
            .entries
            .iter()
            .map(|((rule, entry), count)| EntryLine {
                rule: rule.to_string(),
                entry: entry.clone(),
                findings: count.findings,
                files: count.files.iter().cloned().collect(),
            })
            .collect();
        lines.sort_by(|a, b| {
            b.findings
                .cmp(&a.findings)
                .then(a.rule.cmp(&b.rule))
                .then(a.entry.cmp(&b.entry))
        });
        lines.truncate(TOP_ENTRIES);
        lines
    }

    /// The human table: one line per rule, then the most frequent entries with a few files.
    /// Guide words and file names are data: their control characters are made visible.
    pub fn human(&self) -> String {
        let mut out = String::new();
        let rules = self.rules();
        if rules.is_empty() {
            return "No findings\n".to_string();
        }
        let width = rules.iter().map(|r| r.rule.len()).max().unwrap_or(0);
        let _ = writeln!(
            out,
            "{:>8}  {:<width$}  {:<8} {:>7} {:>6}",
            "findings", "rule", "severity", "fixable", "files"
        );
        for r in &rules {
            let _ = writeln!(
                out,
                "{:>8}  {:<width$}  {:<8} {:>7} {:>6}",
                r.findings,
                r.rule,
                r.severity.as_str(),
                r.fixable,
                r.files
            );
        }
        let entries = self.top_entries();
        if !entries.is_empty() {
            let _ = writeln!(out, "\nMost frequent entries:");
            for e in entries {
                let named: Vec<String> = e
                    .files
                    .iter()
                    .take(FILES_NAMED)
                    .map(|f| visible(f).into_owned())
                    .collect();
                let more = e.files.len().saturating_sub(FILES_NAMED);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "{:>8}  {} \"{}\" in {}{more}",
                    e.findings,
                    e.rule,
                    visible(&e.entry),
                    named.join(", ")
                );
            }
        }
        out
    }
}

/// The words of the guide entry behind a finding, as the guide writes them.
fn entry_words(guide: &CompiledGuide, entry: EntryRef) -> Option<String> {
    match entry {
        EntryRef::Banned(i) => {
            let banned = &guide.banned.get(i)?.entry;
            banned.term.clone().or_else(|| banned.pattern.clone())
        }
        EntryRef::Preferred(i) => guide.terms.get(i).map(|t| t.use_.clone()),
        EntryRef::Brand(i) => guide.brands.get(i).cloned(),
        EntryRef::Avoid(a, w) => guide.audiences.get(a)?.avoid.get(w).cloned(),
        EntryRef::Phrase(i) => guide.guide.phrases.get(i).map(|p| p.text.clone()),
        EntryRef::Cta(i) => guide.guide.cta.get(i).cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: RuleId, path: &str, matched: &str) -> Finding {
        Finding {
            path: path.into(),
            matched: matched.into(),
            ..Finding::sample(rule, 1)
        }
    }

    #[test]
    fn counts_rules_and_entries_most_frequent_first() {
        let banned = crate::rules::banned_term::ID;
        let claim = crate::rules::unapproved_claim::ID;
        let mut stats = Statistics::default();
        for (rule, path, matched) in [
            (banned, "a.md", "Synergy"),
            (banned, "b.md", "synergy"),
            (banned, "b.md", "leverage"),
            (claim, "a.md", "45 seconds"),
        ] {
            stats.add(&finding(rule, path, matched), None);
        }
        let rules = stats.rules();
        assert_eq!(rules[0].rule, "banned-term");
        assert_eq!((rules[0].findings, rules[0].files), (3, 2));
        assert_eq!(rules[1].rule, "unapproved-claim");
        let top = stats.top_entries();
        assert_eq!(top[0].entry, "synergy");
        assert_eq!(top[0].files, ["a.md", "b.md"]);
        let human = stats.human();
        assert!(
            human.contains("banned-term \"synergy\" in a.md, b.md"),
            "{human}"
        );
    }
}
