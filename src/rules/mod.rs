//! The rules: each file holds one rule's check and its documentation (`DOC`, which
//! `onmessage explain` prints). A rule sees a document and the compiled guide, and returns
//! findings; it never reads files or prints.

pub mod banned_term;
pub mod brand_name;
pub mod preferred_term;

use crate::compiled::CompiledGuide;
use crate::document::normalized::Normalized;
use crate::document::Document;
use crate::finding::Finding;
use crate::matchers::inflect::{inflect, Inflection};
use crate::matchers::terms::TermMatch;
use std::ops::Range;

/// A rule's documentation, in three parts: what it does, why it matters, and an example that
/// fires (a guide excerpt, a text and the text once fixed). Tests run every example.
#[derive(Debug, Clone, Copy)]
pub struct RuleDoc {
    pub what: &'static str,
    pub why: &'static str,
    /// Guide lines the example needs (after `version: 1`).
    pub guide: &'static str,
    /// A text the rule reports.
    pub example: &'static str,
    /// The same text once the suggestion is applied.
    pub fixed: &'static str,
}

/// The documentation of a rule by id.
pub fn doc(id: &str) -> Option<&'static RuleDoc> {
    match id {
        "banned-term" => Some(&banned_term::DOC),
        "preferred-term" => Some(&preferred_term::DOC),
        "brand-name" => Some(&brand_name::DOC),
        _ => None,
    }
}

/// Everything a rule may look at, computed once per document.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub guide: &'a CompiledGuide,
    pub path: &'a str,
    /// Literal term matches, shared by the vocabulary rules.
    pub terms: Vec<TermMatch>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>, guide: &'a CompiledGuide, path: &'a str) -> Self {
        let norm = Normalized::new(doc.text);
        let terms = guide.term_matches(doc, &norm);
        Context {
            doc,
            guide,
            path,
            terms,
        }
    }

    /// A finding of `rule` at text range `range`; `None` when the guide turns the rule off.
    pub fn finding(
        &self,
        rule: &'static str,
        range: Range<usize>,
        message: String,
        suggestion: Option<String>,
    ) -> Option<Finding> {
        let severity = self.guide.level(rule).severity()?;
        let (line, column) = self.doc.position(range.start);
        let (end_line, end_column) = self.doc.position(range.end);
        Some(Finding {
            path: self.path.to_string(),
            line,
            column,
            end_line,
            end_column,
            start: range.start + self.doc.bom,
            end: range.end + self.doc.bom,
            rule: rule.to_string(),
            severity,
            message,
            matched: self.doc.text[range].to_string(),
            suggestion,
        })
    }

    pub fn is_on(&self, rule: &str) -> bool {
        self.guide.level(rule).severity().is_some()
    }
}

/// Run every rule on a document. Findings come sorted by position, then rule order.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    banned_term::check(ctx, &mut findings);
    preferred_term::check(ctx, &mut findings);
    brand_name::check(ctx, &mut findings);
    findings.sort_by_key(|f| (f.start, crate::registry::index_of(&f.rule)));
    findings
}

/// Keep the leftmost, then longest, of overlapping matches (input sorted by start, longest first).
pub fn non_overlapping<'m>(matches: impl Iterator<Item = &'m TermMatch>) -> Vec<&'m TermMatch> {
    let mut kept: Vec<&TermMatch> = Vec::new();
    for m in matches {
        if kept.last().is_none_or(|last| m.start >= last.end) {
            kept.push(m);
        }
    }
    kept
}

/// A replacement adapted to the matched text: a single word copies the writer's case and
/// regular inflection ("Leveraged" → "Used", "client's" → "customer's"); longer replacements
/// are suggested as written.
pub fn adapt(replacement: &str, matched: &TermMatch, text: &str) -> String {
    let replacement = replacement.trim();
    if replacement.contains(char::is_whitespace) {
        return replacement.to_string();
    }
    let word_end = matched.end - matched.possessive.map_or(0, str::len);
    let written = &text[matched.start..word_end];
    let lower = replacement.to_lowercase();
    let mut out = if replacement == lower {
        inflect(&lower, matched.inflection).unwrap_or_else(|| replacement.to_string())
    } else if matched.inflection == Inflection::Plural {
        format!("{replacement}s")
    } else {
        replacement.to_string()
    };
    out = copy_case(written, &out);
    if let Some(possessive) = matched.possessive {
        out.push_str(possessive);
    }
    out
}

/// Copy the case pattern of `written` (ALL CAPS or Capitalised) onto `word`; otherwise keep
/// `word` as the guide writes it.
pub fn copy_case(written: &str, word: &str) -> String {
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return word.to_uppercase();
    }
    match (letters.first(), word.chars().next()) {
        (Some(first), Some(w)) if first.is_uppercase() && w.is_lowercase() => {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::compiled::CompiledGuide;
    use crate::document::{Document, Kind};
    use crate::finding::Finding;
    use std::path::PathBuf;

    /// Compile a guide from YAML text (panics with the diagnostic on an invalid guide).
    pub fn guide(yaml: &str) -> CompiledGuide {
        match CompiledGuide::from_text("test-guide.yml", yaml, None, PathBuf::new()) {
            Ok(guide) => guide,
            Err(err) => panic!("{:?}", miette::Report::new(err)),
        }
    }

    /// Findings of one rule on a text, as (matched, suggestion) pairs.
    pub fn run(
        guide: &CompiledGuide,
        rule: &str,
        text: &str,
        kind: Kind,
    ) -> Vec<(String, Option<String>)> {
        findings(guide, text, kind)
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.matched, f.suggestion))
            .collect()
    }

    pub fn findings(guide: &CompiledGuide, text: &str, kind: Kind) -> Vec<Finding> {
        let doc = Document::new(text, kind);
        let ctx = super::Context::new(&doc, guide, "test.md");
        super::check(&ctx)
    }

    pub fn pairs(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        expected
            .iter()
            .map(|(m, s)| (m.to_string(), s.map(str::to_string)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;
    use crate::registry::RULES;

    #[test]
    fn every_rule_has_a_doc_whose_example_fires_and_fixes() {
        for rule in RULES {
            let doc = doc(rule.id).unwrap_or_else(|| panic!("{} has no DOC", rule.id));
            let guide = test_support::guide(&format!("version: 1\n{}", doc.guide));
            let found = test_support::findings(&guide, doc.example, Kind::Markdown);
            let finding = found
                .iter()
                .find(|f| f.rule == rule.id)
                .unwrap_or_else(|| panic!("{}: example does not fire: {found:?}", rule.id));
            let suggestion = finding.suggestion.as_deref().unwrap_or_default();
            let fixed = format!(
                "{}{}{}",
                &doc.example[..finding.start],
                suggestion,
                &doc.example[finding.end..]
            );
            assert_eq!(fixed, doc.fixed, "{}: the fix in the doc differs", rule.id);
        }
    }

    #[test]
    fn case_is_copied_from_the_writer() {
        assert_eq!(copy_case("Clients", "customers"), "Customers");
        assert_eq!(copy_case("CLIENTS", "customers"), "CUSTOMERS");
        assert_eq!(copy_case("clients", "customers"), "customers");
        assert_eq!(copy_case("clients", "PowerSpec"), "PowerSpec");
        assert_eq!(copy_case("A", "customer"), "Customer");
    }
}
