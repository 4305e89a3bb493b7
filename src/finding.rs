//! Findings: the plain data every rule returns and every renderer reads. This is the public
//! contract of the JSON output, so field names and meanings change only on purpose.

use crate::document::location::Location;
use crate::registry::RuleId;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The level a guide sets for a rule: a severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

impl Level {
    pub const NAMES: [&'static str; 4] = ["error", "warning", "info", "off"];

    /// The severity findings get at this level; `None` when the rule is off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Off => None,
        }
    }
}

/// One reported problem, with positions in the file as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The file as reached from the given arguments, forward slashes, no leading `./`.
    pub path: String,
    /// 1-based line of the first character of the match.
    pub line: usize,
    /// 1-based column, counted in Unicode characters (a BOM is not counted).
    pub column: usize,
    /// Line and column just after the match.
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the file as stored (a BOM counts here).
    pub start: usize,
    pub end: usize,
    /// The rule that fired; serialised as its id (`"banned-term"`).
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    /// The exact text of the file at `start..end`.
    pub matched: String,
    /// What to write instead, when there is one.
    pub suggestion: Option<String>,
    /// The edits that apply the suggestion, when they can be made mechanically.
    pub fix: Option<Fix>,
    /// A stretch of text, or the whole file. Not in the JSON: there a whole-file finding is an
    /// empty match at line 1, column 1.
    #[serde(skip)]
    pub scope: Scope,
    /// The guide entry that produced the finding, for the scorecard and the editor server
    /// (`None` for rules about the file as a whole or about suppression comments). Not in the
    /// JSON: indexes are only meaningful for the compiled guide they came from.
    #[serde(skip)]
    pub entry: Option<EntryRef>,
    /// Where the match sits in the document's structure, for formats whose line and column are
    /// not enough to find it (a locale key path, a PDF page, a slide): in the JSON only then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// `start..end` of the file.
    #[default]
    Span,
    /// The file as a whole (a missing benefit, a page too long): `start..end` is empty.
    File,
}

/// A guide entry, as an index into the compiled guide's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryRef {
    /// `banned` (built-in pack entries included, after the guide's own).
    Banned(usize),
    /// `terms`.
    Preferred(usize),
    /// `brands`.
    Brand(usize),
    /// An audience's `avoid` word: (audience, word).
    Avoid(usize, usize),
    /// `phrases`.
    Phrase(usize),
    /// `calls_to_action`.
    Cta(usize),
}

impl Finding {
    /// The same finding, recording the guide entry that produced it.
    pub fn with_entry(self, entry: EntryRef) -> Finding {
        Finding {
            entry: Some(entry),
            ..self
        }
    }
}

/// Whether a fix can be applied without a human reading the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning: a brand's case, a preferred word (`--fix`).
    Safe,
    /// The sentence around it may need a human (`--unsafe-fixes`).
    Unsafe,
}

/// Byte-range replacements that apply a finding's suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub applicability: Applicability,
    /// Non-overlapping, sorted by start; offsets into the file as stored.
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

#[cfg(test)]
impl Finding {
    /// A finding of `rule` on `line`, for tests of the stages that sort, filter and render.
    pub fn sample(rule: RuleId, line: usize) -> Finding {
        Finding {
            path: "a.md".into(),
            line,
            column: 1,
            end_line: line,
            end_column: 2,
            start: 0,
            end: 1,
            rule,
            severity: Severity::Error,
            message: String::new(),
            matched: String::new(),
            suggestion: None,
            fix: None,
            scope: Scope::Span,
            entry: None,
            location: None,
        }
    }
}
