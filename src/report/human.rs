//! Human output: one miette report per finding — file:line:col, the source line with the match
//! underlined, the rule, the message and the suggestion — then a summary line.

use super::emitter::{Emitter, Entry, Needs, Totals};
use super::escape::{defuse_commands, visible, visible_span};
use crate::document::Document;
use crate::finding::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::io::{self, Write};

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
            name: match &finding.location {
                // The line is in the extracted text; the location is how a writer finds it.
                Some(location) => visible(&format!("{}, {location}", finding.path)).into_owned(),
                None => visible(&finding.path).into_owned(),
            },
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
            None => self.finding.rule.to_string(),
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

/// Human output as an [`Emitter`]: each finding rendered with its snippet, then the summary
/// line. `quiet` leaves only the summary.
pub struct HumanEmitter {
    renderer: HumanRenderer,
    quiet: bool,
}

impl HumanEmitter {
    pub fn new(color: bool, width: usize, quiet: bool) -> Self {
        HumanEmitter {
            renderer: HumanRenderer::new(color, width),
            quiet,
        }
    }
}

impl Emitter for HumanEmitter {
    fn needs(&self) -> Needs {
        Needs {
            snippets: !self.quiet,
            ..Needs::default()
        }
    }

    /// A finding without a snippet (not kept) is counted but not shown.
    fn file(&mut self, out: &mut dyn Write, entries: &[Entry<'_>]) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        for entry in entries {
            if let Some(snippet) = entry.snippet {
                // A blank line after each report separates them.
                writeln!(out, "{}", self.renderer.render(entry.finding, snippet))?;
            }
        }
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        _notes: &mut dyn Write,
        totals: &Totals<'_>,
    ) -> io::Result<()> {
        if totals.summary {
            writeln!(out, "{}", totals.summary_line())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::emitter::emit_all;

    const DOC: &str = "# Title\n\nWe leverage synergy.\n";

    fn finding() -> Finding {
        Finding {
            path: "docs/a.md".into(),
            line: 3,
            column: 4,
            end_line: 3,
            end_column: 12,
            start: 12,
            end: 20,
            matched: "leverage".into(),
            message: "Avoid \"leverage\"".into(),
            suggestion: Some("use".into()),
            ..Finding::sample(crate::rules::banned_term::ID, 3)
        }
    }

    #[test]
    fn emitter_shows_each_snippet_then_the_summary() {
        let doc = Document::new(DOC, crate::document::Kind::Markdown);
        let finding = finding();
        let snippet = Snippet::new(&doc, &finding);
        let entry = Entry {
            snippet: Some(&snippet),
            ..Entry::bare(&finding)
        };
        let mut emitter = HumanEmitter::new(false, 100, false);
        let emitted = emit_all(&mut emitter, &[&[entry]], 2, None).expect("writing to a Vec");
        let text = String::from_utf8_lossy(&emitted.out);
        let shown = HumanRenderer::new(false, 100).render(&finding, &snippet);
        assert!(shown.contains("We leverage synergy."), "{shown}");
        assert!(shown.contains("write \"use\""), "{shown}");
        assert_eq!(text, format!("{shown}\n1 error in 1 of 2 files\n"));
        assert!(emitted.notes.is_empty());
    }

    #[test]
    fn quiet_emitter_writes_only_the_summary() {
        let doc = Document::new(DOC, crate::document::Kind::Markdown);
        let finding = finding();
        let snippet = Snippet::new(&doc, &finding);
        let entry = Entry {
            snippet: Some(&snippet),
            ..Entry::bare(&finding)
        };
        let mut emitter = HumanEmitter::new(false, 100, true);
        assert!(!emitter.needs().snippets);
        let emitted = emit_all(&mut emitter, &[&[entry]], 1, Some(2)).expect("writing to a Vec");
        assert_eq!(
            String::from_utf8_lossy(&emitted.out),
            "1 error in 1 of 1 file (2 fixed)\n"
        );
    }
}
