//! The rules: each file holds one rule's check and its documentation (`DOC`, which
//! `onmessage explain` prints). A rule sees a document and the compiled guide, and returns
//! findings; it never reads files or prints.

mod context;
mod gate;
pub mod replacement;

pub mod audience_term;
pub mod banned_term;
pub mod brand_name;
pub mod conflicting_claim;
pub mod invalid_suppression;
pub mod late_benefit;
pub mod missing_benefit;
pub mod missing_cta;
pub mod missing_phrase;
pub mod partial_check;
pub mod phrase_drift;
pub mod preferred_term;
pub mod too_long;
pub mod unapproved_claim;
pub mod unknown_channel;
pub mod unused_suppression;

pub use context::Context;

use crate::finding::Finding;
use crate::matchers::terms::TermMatch;

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
    /// The text as it should be: the rule stays quiet on it. When the finding has a
    /// suggestion, applying it to `example` gives exactly this text.
    pub fixed: &'static str,
}

/// A rule: its id, its documentation and its check. The suppression rules have no check of
/// their own: the suppression stage reports them.
pub struct Rule {
    pub id: &'static str,
    pub doc: &'static RuleDoc,
    pub check: Option<fn(&Context, &mut Vec<Finding>)>,
}

macro_rules! rule {
    ($module:ident) => {
        Rule {
            id: $module::ID,
            doc: &$module::DOC,
            check: Some($module::check),
        }
    };
    ($module:ident, stage) => {
        Rule {
            id: $module::ID,
            doc: &$module::DOC,
            check: None,
        }
    };
}

/// Every rule, in registry order.
pub const ALL: &[Rule] = &[
    rule!(banned_term),
    rule!(preferred_term),
    rule!(brand_name),
    rule!(phrase_drift),
    rule!(missing_benefit),
    rule!(late_benefit),
    rule!(missing_cta),
    rule!(missing_phrase),
    rule!(unapproved_claim),
    rule!(conflicting_claim),
    rule!(audience_term),
    rule!(too_long),
    rule!(unknown_channel),
    rule!(unused_suppression, stage),
    rule!(invalid_suppression, stage),
    rule!(partial_check),
];

/// The documentation of a rule by id.
pub fn doc(id: &str) -> Option<&'static RuleDoc> {
    ALL.iter().find(|rule| rule.id == id).map(|rule| rule.doc)
}

/// Run every rule on a document. Findings come sorted by position, then rule order.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in ALL {
        if let (true, Some(check)) = (ctx.is_on(rule.id), rule.check) {
            check(ctx, &mut findings);
        }
    }
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
        findings_at(guide, text, kind, None)
    }

    /// Findings for a file at `relative` (to the guide's folder), for channel and audience paths.
    pub fn findings_at(
        guide: &CompiledGuide,
        text: &str,
        kind: Kind,
        relative: Option<&str>,
    ) -> Vec<Finding> {
        let doc = Document::new(text, kind);
        let relative = relative.map(std::path::Path::new);
        let ctx = super::Context::new(&doc, guide, "test.md", relative);
        crate::check_context(&ctx)
    }

    /// Findings of one rule, as (matched, message) pairs.
    pub fn messages(
        guide: &CompiledGuide,
        rule: &str,
        text: &str,
        relative: Option<&str>,
    ) -> Vec<(String, String)> {
        findings_at(guide, text, Kind::Markdown, relative)
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.matched, f.message))
            .collect()
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
    fn fixes_carry_the_documented_applicability() {
        use crate::finding::Applicability::{Safe, Unsafe};
        let guide = test_support::guide(
            "version: 1\nbrand: {names: [PowerSpec]}\nterms:\n  - {use: customer, instead_of: [client]}\nbanned:\n  - {term: leverage, replacement: use}\n  - {term: synergy}\nphrases:\n  - {id: t, text: \"Three laptops in 60 seconds\"}\naudiences:\n  gamers: {avoid: [workstation], prefer: [rig]}\n",
        );
        let cases = [
            ("powerspec here", "brand-name", Some(Safe)),
            ("PowerSpek here", "brand-name", Some(Unsafe)),
            ("a client", "preferred-term", Some(Safe)),
            ("we leveraged it", "banned-term", Some(Unsafe)),
            ("pure synergy", "banned-term", None),
            ("3 laptops in sixty seconds", "phrase-drift", Some(Unsafe)),
            (
                "---\naudience: gamers\n---\na workstation",
                "audience-term",
                Some(Unsafe),
            ),
            ("a **client** and a cli\nent", "preferred-term", Some(Safe)),
            ("we leverage\n> it", "banned-term", Some(Unsafe)),
        ];
        for (text, rule, expected) in cases {
            let found = test_support::findings(&guide, text, Kind::Markdown);
            let finding = found
                .iter()
                .find(|f| f.rule == rule)
                .unwrap_or_else(|| panic!("{rule} on {text:?}: {found:?}"));
            assert_eq!(
                finding.fix.as_ref().map(|f| f.applicability),
                expected,
                "{rule} on {text:?}"
            );
        }
        // A match that spans markup or a line break has a suggestion but no fix.
        let found =
            test_support::findings(&guide, "Three laptops\nin sixty seconds", Kind::Markdown);
        let drift = found
            .iter()
            .find(|f| f.rule == "phrase-drift")
            .expect("drift across a line break");
        assert!(drift.suggestion.is_some() && drift.fix.is_none());
    }

    #[test]
    fn findings_record_the_guide_entry_that_fired_and_their_scope() {
        use crate::finding::{EntryRef, Scope};
        let guide = test_support::guide(
            "version: 1\nbrand: {names: [Acme, PowerSpec]}\nterms:\n  - {use: user, instead_of: [end user]}\n  - {use: customer, instead_of: [client]}\nbanned:\n  - {term: synergy}\n  - {pattern: 'best[- ]in[- ]class'}\nphrases:\n  - {id: a, text: \"Experts who speak your language\"}\n  - {id: t, text: \"Three laptops in 60 seconds\"}\ncta: [\"Call us\", \"Book a demo\"]\naudiences:\n  gamers: {avoid: [spreadsheet, workstation], prefer: [sheet, rig]}\nbenefit: {statement: Calm, expressions: [peace of mind]}\nchannels:\n  sheet: {require: [benefit]}\n",
        );
        let text = "---\naudience: gamers\nchannel: sheet\n---\nA client loves powerspec synergy and a best in class \
                    workstation: 3 laptops in sixty seconds. Book the demo.\n";
        let found = test_support::findings(&guide, text, Kind::Markdown);
        let entry = |rule: &str| found.iter().find(|f| f.rule == rule).map(|f| f.entry);
        assert_eq!(entry("preferred-term"), Some(Some(EntryRef::Preferred(1))));
        assert_eq!(entry("brand-name"), Some(Some(EntryRef::Brand(1))));
        let banned: Vec<_> = found
            .iter()
            .filter(|f| f.rule == "banned-term")
            .map(|f| f.entry)
            .collect();
        assert_eq!(
            banned,
            [Some(EntryRef::Banned(0)), Some(EntryRef::Banned(1))]
        );
        assert_eq!(entry("audience-term"), Some(Some(EntryRef::Avoid(0, 1))));
        let drift: Vec<_> = found
            .iter()
            .filter(|f| f.rule == "phrase-drift")
            .map(|f| f.entry)
            .collect();
        assert_eq!(drift, [Some(EntryRef::Phrase(1)), Some(EntryRef::Cta(1))]);
        for f in &found {
            let whole_file = f.rule == "missing-benefit";
            assert_eq!(f.scope == Scope::File, whole_file, "{f:?}");
            assert_eq!(f.entry.is_none(), whole_file, "{f:?}");
        }
        assert!(found.iter().any(|f| f.rule == "missing-benefit"));
    }

    #[test]
    fn every_rule_has_a_doc_whose_example_fires_and_whose_fix_is_clean() {
        assert_eq!(ALL.len(), RULES.len());
        for (rule, meta) in ALL.iter().zip(RULES) {
            assert_eq!(
                rule.id, meta.id,
                "rules::ALL and the registry list rules in the same order"
            );
            let doc = doc(rule.id).unwrap_or_else(|| panic!("{} has no DOC", rule.id));
            let guide = test_support::guide(&format!("version: 1\n{}", doc.guide));
            let found = test_support::findings(&guide, doc.example, Kind::Markdown);
            let finding = found
                .iter()
                .find(|f| f.rule == rule.id)
                .unwrap_or_else(|| panic!("{}: example does not fire: {found:?}", rule.id));
            if let Some(suggestion) = &finding.suggestion {
                let fixed = format!(
                    "{}{}{}",
                    &doc.example[..finding.start],
                    suggestion,
                    &doc.example[finding.end..]
                );
                assert_eq!(
                    fixed, doc.fixed,
                    "{}: the suggestion does not give the documented fix",
                    rule.id
                );
            }
            let after = test_support::findings(&guide, doc.fixed, Kind::Markdown);
            assert!(
                after.iter().all(|f| f.rule != rule.id),
                "{}: the fixed text still fires: {after:?}",
                rule.id
            );
        }
    }
}
