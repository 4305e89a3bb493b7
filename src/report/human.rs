//! Human output: one miette report per finding — file:line:col, the source line with the match
//! underlined, the rule, the message and the suggestion — then a summary line.

use super::escape::{defuse_commands, visible, visible_span};
use crate::document::Document;
use crate::finding::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;

/// The source lines a finding sits on, kept after the file's text is dropped.
#[derive(Debug, Clone)]
pub struct Snippet {
    name: String,
    /// The whole lines from the finding's first line to its last.
    text: String,
    /// 0-based number of the first line.
    first_line: usize,
    /// The finding's range within `text`.
    span: std::ops::Range<usize>,
    /// 0-based character column of the finding, for the header (miette counts bytes).
    column: usize,
}

/// Lines longer than this are shown as a window around the match.
const MAX_LINE_CHARS: usize = 100;
/// Characters of context kept on each side of the match in a long line.
const WINDOW_CONTEXT: usize = 40;

impl Snippet {
    /// Cut the lines of `finding` out of its document, control characters made visible.
    pub fn new(doc: &Document, finding: &Finding) -> Self {
        let lines = doc.line_index();
        let start = lines.line_range(doc.text, finding.line).start;
        let end = lines.line_range(doc.text, finding.end_line).end;
        // Saturating and clamped: a finding from another text version must not panic the report.
        let text_start = finding
            .start
            .saturating_sub(doc.bom)
            .clamp(start, doc.text.len());
        let text_end = finding
            .end
            .saturating_sub(doc.bom)
            .clamp(text_start, doc.text.len());
        let end = end.max(text_end);
        let mut snippet = Snippet {
            name: visible(&finding.path).into_owned(),
            text: doc.text[start..end].to_string(),
            first_line: finding.line.saturating_sub(1),
            span: text_start - start..text_end - start,
            column: finding.column.saturating_sub(1),
        };
        if finding.line == finding.end_line && snippet.text.chars().count() > MAX_LINE_CHARS {
            snippet.shorten();
        }
        let (text, span) = visible_span(&snippet.text, snippet.span.clone());
        snippet.text = text;
        snippet.span = span;
        snippet
    }

    /// Keep a window of the (single, long) line around the match, marked with ellipses.
    fn shorten(&mut self) {
        let text = &self.text;
        let from = back_chars(text, self.span.start, WINDOW_CONTEXT);
        let to = forward_chars(text, self.span.end, WINDOW_CONTEXT);
        let (prefix, suffix) = (
            if from > 0 { "…" } else { "" },
            if to < text.len() { "…" } else { "" },
        );
        let window = format!("{prefix}{}{suffix}", &text[from..to]);
        self.span = self.span.start - from + prefix.len()..self.span.end - from + prefix.len();
        self.text = window;
    }
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            self.column,
            inner.line_count(),
        )))
    }
}

/// The byte offset `n` characters before `at` (or 0).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

/// A finding as a miette diagnostic.
struct Report<'a> {
    finding: &'a Finding,
    snippet: &'a Snippet,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.finding.message))
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.finding.message))
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!(
            "{}({})",
            self.finding.severity, self.finding.rule
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.snippet)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = match &self.finding.suggestion {
            Some(suggestion) => format!("write \"{}\"", visible(suggestion)),
            None => self.finding.rule.clone(),
        };
        let span = self.snippet.span.clone();
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(label),
            span,
        ))))
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!("onmessage explain {}", self.finding.rule)))
    }
}

pub struct HumanRenderer {
    handler: GraphicalReportHandler,
}

impl HumanRenderer {
    pub fn new(color: bool, width: usize) -> Self {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(width)
            .with_context_lines(1)
            .with_links(false);
        HumanRenderer { handler }
    }

    /// One finding, rendered. Its data was made visible on the way in; the wrapped lines are
    /// checked once more, so none reads as a workflow command.
    pub fn render(&self, finding: &Finding, snippet: &Snippet) -> String {
        let mut out = String::new();
        let report = Report { finding, snippet };
        // Writing into a String cannot fail.
        let _ = self.handler.render_report(&mut out, &report);
        match defuse_commands(&out) {
            std::borrow::Cow::Borrowed(_) => out,
            std::borrow::Cow::Owned(defused) => defused,
        }
    }
}

/// "2 errors, 1 warning in 2 of 14 files", or "No findings in 14 files".
pub fn summary<'f>(
    findings: impl IntoIterator<Item = &'f Finding>,
    files_checked: usize,
) -> String {
    let mut findings: Vec<&Finding> = findings.into_iter().collect();
    findings.sort_by(|a, b| a.path.cmp(&b.path));
    let mut tally = Tally::default();
    for finding in findings {
        tally.add(finding);
    }
    tally.summary(files_checked)
}

/// Counts for the summary, kept as findings stream past. Findings of one file arrive together.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    fn finding(path: &str, severity: Severity) -> Finding {
        Finding {
            path: path.into(),
            severity,
            ..Finding::sample("banned-term", 1)
        }
    }

    #[test]
    fn summary_counts_severities_and_files() {
        assert_eq!(summary(&[], 3), "No findings in 3 files");
        assert_eq!(summary(Vec::new(), 1), "No findings in 1 file");
        let findings = [
            finding("a.md", Severity::Error),
            finding("a.md", Severity::Error),
            finding("b.md", Severity::Warning),
        ];
        assert_eq!(
            summary(&findings, 14),
            "2 errors, 1 warning in 2 of 14 files"
        );
    }
}
