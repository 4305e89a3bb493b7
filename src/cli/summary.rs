//! `check --summary FILE`: appends a Markdown table of the run's findings, counted per rule and
//! severity, to FILE — GitHub's job summary (`$GITHUB_STEP_SUMMARY`) — whatever `--format`
//! prints. Counting in the binary spares the Action parsing its own output a second way.

use onmessage::finding::Finding;
use onmessage::Severity;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The findings reported so far, per rule, with one count per severity.
pub struct Summary {
    file: PathBuf,
    /// Rule id → findings at info, warning and error (in that order).
    per_rule: BTreeMap<&'static str, [usize; 3]>,
    /// Files with at least one finding (findings arrive grouped by file).
    files_with_findings: usize,
    last_path: Option<String>,
}

impl Summary {
    pub fn new(file: &Path) -> Self {
        Summary {
            file: file.to_path_buf(),
            per_rule: BTreeMap::new(),
            files_with_findings: 0,
            last_path: None,
        }
    }

    pub fn add(&mut self, finding: &Finding) {
        let counts = self.per_rule.entry(finding.rule.as_str()).or_default();
        counts[column(finding.severity)] += 1;
        if self.last_path.as_deref() != Some(finding.path.as_str()) {
            self.files_with_findings += 1;
            self.last_path = Some(finding.path.clone());
        }
    }

    /// The Markdown appended: a heading, one sentence, and the table when there are findings.
    pub fn markdown(&self, files_checked: usize) -> String {
        let files = |n: usize| if n == 1 { "file" } else { "files" };
        let mut text = String::from("### onmessage\n\n");
        if self.per_rule.is_empty() {
            text.push_str(&format!(
                "No findings in {files_checked} {} checked.\n",
                files(files_checked)
            ));
            return text;
        }
        let mut totals = [0usize; 3];
        let mut rows = String::new();
        for (rule, counts) in &self.per_rule {
            for (total, count) in totals.iter_mut().zip(counts) {
                *total += count;
            }
            rows.push_str(&row(&format!("`{rule}`"), counts));
        }
        let all: usize = totals.iter().sum();
        text.push_str(&format!(
            "{all} finding{} in {} of {files_checked} {} checked.\n\n",
            if all == 1 { "" } else { "s" },
            self.files_with_findings,
            files(files_checked)
        ));
        text.push_str("| Rule | Errors | Warnings | Info | Total |\n");
        text.push_str("| --- | ---: | ---: | ---: | ---: |\n");
        text.push_str(&rows);
        text.push_str(&row("**Total**", &totals));
        text
    }

    /// Append the summary to its file (created when missing), after a blank line.
    pub fn append(&self, files_checked: usize) -> Result<(), String> {
        let text = format!("\n{}", self.markdown(files_checked));
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.file)
            .and_then(|mut file| file.write_all(text.as_bytes()))
            .map_err(|err| {
                format!(
                    "cannot write the summary to {}: {err}",
                    onmessage::report::escape::visible(&self.file.display().to_string())
                )
            })
    }
}

/// Where a severity is counted: info, warning, error.
fn column(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// One table row: the label, then errors, warnings, info and their total.
fn row(label: &str, [info, warning, error]: &[usize; 3]) -> String {
    let total = info + warning + error;
    format!("| {label} | {error} | {warning} | {info} | {total} |\n")
}
