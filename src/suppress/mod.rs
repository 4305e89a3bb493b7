//! Inline suppressions: comments that silence findings where a human decided the text is right.
//!
//! ```markdown
//! <!-- onmessage-disable-next-line banned-term -->
//! <!-- onmessage-disable banned-term, brand-name -->  …  <!-- onmessage-enable -->
//! <!-- onmessage-disable-file -->
//! ```
//! In `.mdx`, which rejects HTML comments, the same words go inside `{/* … */}`. With no rule
//! named, a directive covers all rules. "Next line" is the next non-blank line; a finding is
//! suppressed by the line where it starts. Comments inside code are text, not directives.
//! A reason may follow the rules after ` -- ` (as in ESLint and ruff):
//! `<!-- onmessage-disable-next-line banned-term -- customer quote, keep verbatim -->`.
//!
//! Word, PowerPoint and OpenDocument files hold the same words in notes about the text: a
//! comment applies to the paragraphs it is anchored on, a speaker notes line to its slide
//! ([`notes`]).

use crate::document::Document;
use crate::finding::Finding;
use crate::registry::RuleId;
use std::ops::Range;

mod comments;
mod index;
mod notes;
#[cfg(test)]
mod tests;
mod words;

pub use comments::is_directive_opening;

pub const UNUSED: RuleId = crate::rules::unused_suppression::ID;
pub const INVALID: RuleId = crate::rules::invalid_suppression::ID;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    NextLine(usize),
    /// Lines `start + 1..=end`.
    Lines(usize, usize),
    File,
}

#[derive(Debug, Clone)]
struct Directive {
    /// The comment's range in the text (a note's: empty, where its anchor starts).
    range: Range<usize>,
    scope: Scope,
    /// Empty: every rule.
    rules: Vec<RuleId>,
    used: bool,
    /// A note about the text, named (`the Word comment `…``): it is not in the text.
    note: Option<String>,
}

impl Directive {
    fn new(range: Range<usize>, scope: Scope, rules: Vec<RuleId>) -> Self {
        Directive {
            range,
            scope,
            rules,
            used: false,
            note: None,
        }
    }
}

/// A problem with a comment that looks like a directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub range: Range<usize>,
    pub message: String,
    pub suggestion: Option<String>,
}

/// The suppressions of one document.
#[derive(Debug, Default)]
pub struct Suppressions {
    directives: Vec<Directive>,
    pub invalid: Vec<Invalid>,
    /// Which directive covers a finding, built once the directives are known.
    index: index::Index,
}

impl Suppressions {
    pub fn parse(doc: &Document) -> Self {
        let mut found = Suppressions::default();
        comments::parse(doc, &mut found);
        if !doc.annotations.is_empty() {
            notes::parse(doc, &mut found);
            // The index takes ranges in document order; the unused ones are reported in it.
            found.directives.sort_by_key(|d| d.range.start);
            found.invalid.sort_by_key(|i| i.range.start);
        }
        found.index = index::Index::new(&found.directives);
        found
    }

    /// Whether a directive silences a finding of `rule` starting on `line`; the directive is
    /// then used.
    pub fn suppresses(&mut self, rule: RuleId, line: usize) -> bool {
        match self.index.covering(rule, line) {
            Some(id) => {
                self.directives[id].used = true;
                true
            }
            None => false,
        }
    }

    /// The `unused-suppression` and `invalid-suppression` findings, once every finding has been
    /// offered to [`Suppressions::suppresses`] (made by `make`, which knows the document and the
    /// guide's levels).
    pub fn findings(
        mut self,
        mut make: impl FnMut(RuleId, Range<usize>, String, Option<String>) -> Option<Finding>,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        for directive in self.directives.iter().filter(|d| !d.used) {
            let what = if directive.rules.is_empty() {
                "any finding".to_string()
            } else {
                let names: Vec<&str> = directive.rules.iter().map(|r| r.as_str()).collect();
                names.join(", ")
            };
            let message = match &directive.note {
                None => format!("This suppression silences nothing ({what}): remove it"),
                Some(note) => {
                    format!("This suppression, {note}, silences nothing ({what}): remove it")
                }
            };
            out.extend(make(UNUSED, directive.range.clone(), message, None));
        }
        for invalid in self.invalid.drain(..) {
            out.extend(make(
                INVALID,
                invalid.range,
                invalid.message,
                invalid.suggestion,
            ));
        }
        out
    }

    /// Drop suppressed findings and add `unused-suppression` and `invalid-suppression` findings.
    pub fn apply(
        mut self,
        findings: Vec<Finding>,
        make: impl FnMut(RuleId, Range<usize>, String, Option<String>) -> Option<Finding>,
    ) -> Vec<Finding> {
        let mut kept: Vec<Finding> = findings
            .into_iter()
            .filter(|f| !self.suppresses(f.rule, f.line))
            .collect();
        kept.extend(self.findings(make));
        kept
    }
}

impl Directive {
    /// The plain definition of what a directive covers, which the index must agree with.
    #[cfg(test)]
    fn covers(&self, rule: RuleId, line: usize) -> bool {
        let rule_matches = self.rules.is_empty() || self.rules.contains(&rule);
        rule_matches
            && match self.scope {
                Scope::File => true,
                Scope::NextLine(next) => line == next,
                Scope::Lines(start, end) => line > start && line <= end,
            }
    }
}
