//! The message guide: its schema, loading (the only YAML code), validation and built-in packs.

mod forms;
pub mod json_schema;
pub mod load;
pub mod nesting;
pub mod packs;
mod places;
mod references;
pub mod schema;
pub mod shape;
pub mod source;
pub mod validate;

use crate::limits::{self, ReadError};
use miette::{Diagnostic, NamedSource, SourceSpan};
use source::GuideSource;
use std::ops::Range;
use std::path::{Path, PathBuf};

pub use schema::Guide;

/// One step of a path into the guide: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Build a path into the guide: `path!["banned", 2, "pattern"]`.
#[macro_export]
macro_rules! guide_path {
    ($($seg:expr),* $(,)?) => { vec![$($crate::guide::Seg::from($seg)),*] };
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_string())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// A problem found in a guide, located by its path in the YAML (or directly by a span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Seg>,
    /// Point at the key rather than its value (unknown keys).
    pub at_key: bool,
    pub span: Option<Range<usize>>,
    pub message: String,
    pub help: Option<String>,
}

impl Problem {
    pub fn at(path: Vec<Seg>, message: impl Into<String>) -> Self {
        Problem {
            path,
            at_key: false,
            span: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn at_root(message: impl Into<String>) -> Self {
        Problem::at(Vec::new(), message)
    }

    pub fn at_key(mut self) -> Self {
        self.at_key = true;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// A guide that cannot be used, as a diagnostic pointing into the YAML.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(onmessage::invalid_guide))]
pub struct InvalidGuide {
    pub message: String,
    #[source_code]
    pub source_code: NamedSource<GuideSource>,
    #[label("here")]
    pub span: Option<SourceSpan>,
    #[help]
    pub help: Option<String>,
    /// Further problems in the same guide.
    #[related]
    pub others: Vec<InvalidGuide>,
}

/// A problem in a guide that does not stop it from working (an `overrides` glob that matches
/// no file), located like an error; the front end shows it as a warning.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(onmessage::guide_warning), severity(Warning))]
pub struct GuideWarning {
    pub message: String,
    #[source_code]
    pub source_code: NamedSource<GuideSource>,
    #[label("here")]
    pub span: Option<SourceSpan>,
    #[help]
    pub help: Option<String>,
}

impl GuideWarning {
    pub fn from_problems(
        name: &str,
        text: &str,
        spans: &load::SpanMap,
        problems: Vec<Problem>,
    ) -> Vec<Self> {
        problems
            .into_iter()
            .map(|problem| {
                let located = locate(text, Some(spans), &problem);
                GuideWarning {
                    message: problem.message,
                    source_code: NamedSource::new(name, GuideSource::new(text)),
                    span: located,
                    help: problem.help,
                }
            })
            .collect()
    }
}

/// Where a problem points in the guide text, fitted to it.
fn locate(text: &str, spans: Option<&load::SpanMap>, problem: &Problem) -> Option<SourceSpan> {
    let span = problem
        .span
        .clone()
        .or_else(|| spans.and_then(|s| s.span_of(&problem.path, problem.at_key)))
        .map(|span| load::SpanMap::token_at(text, span));
    let source = GuideSource::new(text);
    span.map(|span| source.fit(span))
        .map(|s| SourceSpan::from(s.start..s.end))
}

#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum GuideError {
    #[error("cannot read guide {}: {reason}", path.display())]
    #[diagnostic(code(onmessage::unreadable_guide))]
    Read {
        path: PathBuf,
        reason: ReadError,
        #[help]
        help: Option<String>,
    },
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(Box<InvalidGuide>),
}

impl GuideError {
    /// Turn located problems into one diagnostic (the first problem, the others related).
    pub fn from_problems(
        name: &str,
        text: &str,
        spans: Option<&load::SpanMap>,
        problems: Vec<Problem>,
    ) -> Self {
        let mut diagnostics: Vec<InvalidGuide> = problems
            .into_iter()
            .map(|problem| {
                let span = locate(text, spans, &problem);
                InvalidGuide {
                    message: problem.message,
                    source_code: NamedSource::new(name, GuideSource::new(text)),
                    span,
                    help: problem.help,
                    others: Vec::new(),
                }
            })
            .collect();
        if diagnostics.is_empty() {
            diagnostics.push(InvalidGuide {
                message: "invalid guide".to_string(),
                source_code: NamedSource::new(name, GuideSource::new(text)),
                span: None,
                help: None,
                others: Vec::new(),
            });
        }
        let mut first = diagnostics.remove(0);
        first.others = diagnostics;
        GuideError::Invalid(Box::new(first))
    }
}

/// Read a guide file: a regular file (a FIFO would block, `/dev/zero` never ends) of at most
/// [`limits::MAX_GUIDE_BYTES`], in UTF-8.
pub fn read(path: &Path) -> Result<String, GuideError> {
    let fail = |reason: ReadError, help: bool| GuideError::Read {
        path: path.to_path_buf(),
        reason,
        help: help.then(|| {
            "a guide is a regular file: remove or replace this one (it is not skipped, so a \
             broken guide never silently gives way to another)"
                .to_string()
        }),
    };
    let bytes = limits::read_regular_file(path, limits::MAX_GUIDE_BYTES).map_err(|err| {
        let dangling = matches!(&err, ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
            && path.symlink_metadata().is_ok();
        if dangling {
            // Say so, rather than "No such file" for a name that is there.
            let message = "a symbolic link to a missing file";
            fail(
                std::io::Error::new(std::io::ErrorKind::NotFound, message).into(),
                true,
            )
        } else {
            let not_regular = matches!(err, ReadError::NotRegular);
            fail(err, not_regular)
        }
    })?;
    String::from_utf8(bytes).map_err(|_| {
        let message = "not UTF-8 text";
        fail(
            std::io::Error::new(std::io::ErrorKind::InvalidData, message).into(),
            false,
        )
    })
}

/// Parse guide text into the schema, validated but not compiled. `name` labels diagnostics.
pub fn parse(name: &str, text: &str) -> Result<(Guide, load::SpanMap), GuideError> {
    let (guide, spans) = load::parse::<Guide>(text)
        .map_err(|problem| GuideError::from_problems(name, text, None, vec![problem]))?;
    let mut problems = shape::check(&guide);
    if problems.is_empty() {
        problems = validate::validate(&guide);
    }
    if !problems.is_empty() {
        return Err(GuideError::from_problems(
            name,
            text,
            Some(&spans),
            problems,
        ));
    }
    Ok((guide, spans))
}

/// The 1-based line and column (in characters) where the guide text at `path` starts, as a
/// diagnostic would point at it; `None` when the path is not in the text.
pub fn line_column(text: &str, spans: &load::SpanMap, path: &[Seg]) -> Option<(usize, usize)> {
    let problem = Problem::at(path.to_vec(), "");
    let offset = locate(text, Some(spans), &problem)?.offset();
    let before = text.get(..offset)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Some((line, column))
}
