//! The guide as an open document: `message-guide.yml` is validated as the writer edits it
//! (its errors and warnings are diagnostics at their line and column, from the same located
//! problems `check` prints), and saving it valid makes it the guide every open document is
//! checked with. A guide saved invalid leaves the last valid one in use.

use super::text;
use crate::guide::{GuideError, GuideWarning, InvalidGuide};
use crate::guide_set::GUIDE_FILE;
use crate::CompiledGuide;
use lsp_types::{Diagnostic, DiagnosticSeverity, NumberOrString};
use miette::SourceSpan;
use std::path::Path;

/// Whether `path` names a guide: the file name discovery looks for.
pub fn is_guide(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == GUIDE_FILE)
}

/// Compile guide text as the guide file at `path` would be (globs relative to its folder).
pub fn compile(path: &Path, text: &str) -> Result<CompiledGuide, GuideError> {
    let name = path
        .file_name()
        .map_or_else(|| GUIDE_FILE.into(), |n| n.to_string_lossy());
    let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
    CompiledGuide::from_text(&name, text, Some(path.to_path_buf()), root)
}

/// The problems of a guide's text as diagnostics: every error of an invalid guide, or the
/// warnings of a valid one (none when it is clean).
pub fn diagnostics(text: &str, compiled: &Result<CompiledGuide, GuideError>) -> Vec<Diagnostic> {
    match compiled {
        Ok(guide) => guide.warnings.iter().map(|w| warning(text, w)).collect(),
        Err(GuideError::Invalid(invalid)) => std::iter::once(invalid.as_ref())
            .chain(&invalid.others)
            .map(|problem| error(text, problem))
            .collect(),
        Err(other) => vec![located(
            text,
            None,
            other.to_string(),
            None,
            DiagnosticSeverity::ERROR,
        )],
    }
}

fn error(text: &str, problem: &InvalidGuide) -> Diagnostic {
    located(
        text,
        problem.span,
        problem.message.clone(),
        problem.help.as_deref(),
        DiagnosticSeverity::ERROR,
    )
}

fn warning(text: &str, problem: &GuideWarning) -> Diagnostic {
    located(
        text,
        problem.span,
        problem.message.clone(),
        problem.help.as_deref(),
        DiagnosticSeverity::WARNING,
    )
}

/// A problem at its span of the guide text (the start of the guide when it has none).
fn located(
    text: &str,
    span: Option<SourceSpan>,
    message: String,
    help: Option<&str>,
    severity: DiagnosticSeverity,
) -> Diagnostic {
    let (start, end) = span.map_or((0, 0), |s| (s.offset(), s.offset() + s.len()));
    let message = match help {
        Some(help) => format!("{message}\nhelp: {help}"),
        None => message,
    };
    Diagnostic {
        range: text::range_of(text, start, end),
        severity: Some(severity),
        code: Some(NumberOrString::String(match severity {
            DiagnosticSeverity::WARNING => "guide-warning".to_string(),
            _ => "invalid-guide".to_string(),
        })),
        source: Some("onmessage".to_string()),
        message,
        ..Diagnostic::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_is_a_diagnostic_at_its_place() {
        let text = "version: 1\nbanned:\n  - {term: a, pattern: b}\nrules: {banned-terms: off}\n";
        let path = Path::new("/nowhere/message-guide.yml");
        let found = diagnostics(text, &compile(path, text));
        assert!(found.len() >= 2, "{found:?}");
        assert!(found
            .iter()
            .all(|d| d.severity == Some(DiagnosticSeverity::ERROR)));
        let lines: Vec<u32> = found.iter().map(|d| d.range.start.line).collect();
        assert!(lines.contains(&2) && lines.contains(&3), "{found:?}");
        let valid = "version: 1\n";
        assert!(diagnostics(valid, &compile(path, valid)).is_empty());
        assert!(is_guide(path) && !is_guide(Path::new("guide.yml")));
    }
}
