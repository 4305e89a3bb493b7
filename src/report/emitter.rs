//! One interface for every output format: the CLI (and any other front end) drives an
//! [`Emitter`] — `begin`, one `file` call per checked file's findings, `finish` — and never
//! needs to know which format it is writing. Streaming, so a run over a large repository
//! keeps no more than one file's findings (SARIF, one document whose results need every
//! finding, buffers them itself and writes at `finish`).
//!
//! Emitters write to a given `&mut dyn Write` and return its IO errors: what to do about a
//! closed pipe or a full disk is the caller's decision, never swallowed here.

use super::human::Snippet;
use crate::finding::{Finding, Severity};
use std::io::{self, Write};

/// One finding as an emitter receives it, with the context its format may need. What is kept
/// of the document is what [`Emitter::needs`] asked for; the rest is empty.
#[derive(Clone, Copy)]
pub struct Entry<'a> {
    pub finding: &'a Finding,
    /// How this format names the file: relative to the repository root when the emitter asked
    /// for [`Needs::root_paths`], else the finding's own path.
    pub path: &'a str,
    /// The source lines around the finding (human output); `None` when not kept.
    pub snippet: Option<&'a Snippet>,
    /// The finding's first line, trimmed and bounded as a baseline keys it (the SARIF
    /// fingerprint); empty when not kept.
    pub line_text: &'a str,
}

impl<'a> Entry<'a> {
    /// A finding with nothing but itself: its own path, no snippet, no line text.
    pub fn bare(finding: &'a Finding) -> Self {
        Entry {
            finding,
            path: &finding.path,
            snippet: None,
            line_text: "",
        }
    }
}

/// What an emitter needs of each finding beyond the finding, so the caller keeps only that
/// (snippets and line texts cost memory; root-relative paths cost file-system calls).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// [`Entry::snippet`]: the source lines.
    pub snippets: bool,
    /// [`Entry::line_text`]: the finding's first line.
    pub line_texts: bool,
    /// [`Entry::path`] relative to the repository root, as annotations and code scanning expect.
    pub root_paths: bool,
}

/// What is known only at the end of a run.
pub struct Totals<'a> {
    pub files_checked: usize,
    /// Findings fixed, when the run fixed (`--fix`).
    pub fixed: Option<usize>,
    /// Every reported finding, counted.
    pub tally: &'a Tally,
    /// Whether a one-line summary is wanted: false when it would mislead (nothing was checked
    /// after an error). Whole-document formats (JSON, SARIF) are written either way.
    pub summary: bool,
}

impl Totals<'_> {
    /// The summary line on `notes`, when one is wanted: for formats whose stdout is only data
    /// (CSV, GitHub workflow commands).
    pub fn note_summary(&self, notes: &mut dyn Write) -> io::Result<()> {
        if self.summary {
            writeln!(notes, "{}", self.summary_line())?;
        }
        Ok(())
    }

    /// "2 errors, 1 warning in 2 of 14 files", with " (3 fixed)" after a fix.
    pub fn summary_line(&self) -> String {
        let line = self.tally.summary(self.files_checked);
        match self.fixed {
            Some(n) => format!("{line} ({n} fixed)"),
            None => line,
        }
    }
}

/// An output format, fed findings as they arrive.
pub trait Emitter {
    /// What each [`Entry`] must carry for this format.
    fn needs(&self) -> Needs;

    /// Before any finding (the JSON object opens here).
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// The findings of one checked file, in order (possibly none). Files arrive in the order
    /// they are reported; a caller holding several files' findings may pass them together.
    fn file(&mut self, out: &mut dyn Write, entries: &[Entry<'_>]) -> io::Result<()>;

    /// After the last finding. `notes` takes lines meant for the person running the check
    /// rather than for the consumer of `out` (the CLI prints them on stderr): the GitHub
    /// format's summary, which must not reach the workflow-command stream.
    fn finish(
        &mut self,
        out: &mut dyn Write,
        notes: &mut dyn Write,
        totals: &Totals<'_>,
    ) -> io::Result<()>;
}

/// Counts for the summary and for `--fail-on`, kept as findings stream past. Findings of one
/// file arrive together, so a change of path is a new file.
#[derive(Default)]
pub struct Tally {
    errors: usize,
    warnings: usize,
    infos: usize,
    files: usize,
    last_path: Option<String>,
}

impl Tally {
    pub fn add(&mut self, finding: &Finding) {
        match finding.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        if self.last_path.as_deref() != Some(finding.path.as_str()) {
            self.files += 1;
            self.last_path = Some(finding.path.clone());
        }
    }

    /// Whether a finding at or above `severity` was counted.
    pub fn any_at_least(&self, severity: Severity) -> bool {
        match severity {
            Severity::Info => self.errors + self.warnings + self.infos > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Error => self.errors > 0,
        }
    }

    /// "2 errors, 1 warning in 2 of 14 files", or "No findings in 14 files".
    pub fn summary(&self, files_checked: usize) -> String {
        let files = |n: usize| if n == 1 { "file" } else { "files" };
        if self.files == 0 {
            return format!("No findings in {files_checked} {}", files(files_checked));
        }
        let mut parts = Vec::new();
        for (count, one, many) in [
            (self.errors, "error", "errors"),
            (self.warnings, "warning", "warnings"),
            (self.infos, "info", "infos"),
        ] {
            match count {
                0 => {}
                1 => parts.push(format!("1 {one}")),
                n => parts.push(format!("{n} {many}")),
            }
        }
        format!(
            "{} in {} of {files_checked} {}",
            parts.join(", "),
            self.files,
            files(files_checked)
        )
    }
}

/// What a whole run wrote: the output and the notes.
#[derive(Debug, Default)]
pub struct Emitted {
    pub out: Vec<u8>,
    pub notes: Vec<u8>,
}

/// Drive `emitter` over a whole run held in memory — each slice of `files` one file's
/// findings — into buffers (tests, tools, and callers that need the text at once).
pub fn emit_all(
    emitter: &mut dyn Emitter,
    files: &[&[Entry<'_>]],
    files_checked: usize,
    fixed: Option<usize>,
) -> io::Result<Emitted> {
    let mut emitted = Emitted::default();
    let mut tally = Tally::default();
    emitter.begin(&mut emitted.out)?;
    for entries in files {
        for entry in *entries {
            tally.add(entry.finding);
        }
        emitter.file(&mut emitted.out, entries)?;
    }
    let totals = Totals {
        files_checked,
        fixed,
        tally: &tally,
        summary: true,
    };
    emitter.finish(&mut emitted.out, &mut emitted.notes, &totals)?;
    Ok(emitted)
}

#[cfg(test)]
#[path = "emitter_tests.rs"]
mod tests;
