//! The rules: each file holds one rule's check and its documentation (`DOC`, which
//! `onmessage explain` prints). A rule sees a document and the compiled guide, and returns
//! findings; it never reads files or prints.

mod context;
mod gate;
pub mod replacement;

pub use context::Context;

use crate::finding::{Finding, Level};
use crate::matchers::terms::TermMatch;
use crate::registry::{RuleId, RuleMeta};

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

/// The registry: every rule, once, in the order `onmessage rules` lists them and findings at one
/// position sort in. Each line declares the rule's module (`rules/<module>.rs`, which defines
/// `ID`, `DOC` and, unless the line says `stage`, `check`), its id, default level and summary.
/// Adding a rule is its file plus one line here (see CONTRIBUTING.md).
macro_rules! registry {
    ($($module:ident $(($stage:ident))?: $id:literal, $level:ident, $summary:literal;)*) => {
        $(pub mod $module;)*

        /// Every rule id, in registry order: what [`RuleId::named`] searches.
        pub(crate) const NAMES: &[&str] = &[$($id),*];

        /// Every rule, in registry order.
        pub const RULES: &[RuleMeta] = &[$(RuleMeta {
            id: RuleId::named($id),
            default_level: Level::$level,
            summary: $summary,
            doc: &$module::DOC,
            check: registry!(@check $module $($stage)?),
        }),*];

        // Each module's `ID` is the id of its registry line.
        $(const _: () = assert!(
            $module::ID.index() == RuleId::named($id).index(),
            concat!("rules::", stringify!($module), "::ID is not ", $id)
        );)*
    };
    (@check $module:ident) => { Some($module::check) };
    (@check $module:ident stage) => { None };
}

registry! {
    banned_term: "banned-term", Error,
        "A word or pattern the guide bans (jargon, hype, internal code words)";
    preferred_term: "preferred-term", Warning,
        "A word the guide replaces with the one word both teams use";
    brand_name: "brand-name", Error,
        "A brand name spelled wrong: case, split or joined, or one letter off";
    phrase_drift: "phrase-drift", Warning,
        "An approved phrase or call to action, paraphrased or misquoted";
    missing_benefit: "missing-benefit", Warning,
        "A document whose channel requires the core benefit never states it";
    late_benefit: "late-benefit", Info,
        "The core benefit first appears later than `within_words` words";
    missing_cta: "missing-cta", Warning,
        "A document whose channel requires a call to action has none";
    missing_phrase: "missing-phrase", Warning,
        "A document lacks an approved phrase its channel requires";
    unapproved_claim: "unapproved-claim", Warning,
        "A number claim (\"45 seconds\", \"$500 off\", \"99.9% uptime\") nobody approved";
    conflicting_claim: "conflicting-claim", Error,
        "A figure the guide approved with another number (\"12.5M updates\" vs \"1B+ updates\")";
    audience_term: "audience-term", Warning,
        "A word the document's audience should not hear";
    too_long: "too-long", Info,
        "A document longer than its channel's `max_words`";
    unknown_channel: "unknown-channel", Error,
        "Front matter names a channel or audience the guide does not define";
    unused_suppression (stage): "unused-suppression", Info,
        "An onmessage-disable comment that silences nothing";
    invalid_suppression (stage): "invalid-suppression", Error,
        "A malformed onmessage-disable comment, or one naming an unknown rule";
    partial_check: "partial-check", Warning,
        "A comment or MDX expression never closed, or findings past the per-file cap";
}

/// The documentation of a rule by id.
pub fn doc(id: &str) -> Option<&'static RuleDoc> {
    crate::registry::lookup(id).map(|rule| rule.doc)
}

/// Run every rule on a document. Findings come sorted by position, then rule order.
pub fn check(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in RULES {
        if let (true, Some(check)) = (ctx.is_on(rule.id), rule.check) {
            check(ctx, &mut findings);
        }
    }
    findings.sort_by_key(|f| (f.start, f.rule.index()));
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
    use crate::registry::RuleId;
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
        rule: RuleId,
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
        let ctx = super::Context::new(&doc, guide, "test.md", relative, Default::default());
        crate::check_context(&ctx)
    }

    /// Findings of one rule, as (matched, message) pairs.
    pub fn messages(
        guide: &CompiledGuide,
        rule: RuleId,
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

    #[test]
    fn fixes_carry_the_documented_applicability() {
        use crate::finding::Applicability::{Safe, Unsafe};
        let guide = test_support::guide(
            "version: 1\nbrand: {names: [PowerSpec]}\nterms:\n  - {use: customer, instead_of: [client]}\n  - {use: email, instead_of: [e-mail]}\nbanned:\n  - {term: leverage, replacement: use}\n  - {term: synergy}\nphrases:\n  - {id: t, text: \"Three laptops in 60 seconds\"}\naudiences:\n  gamers: {avoid: [workstation], prefer: [rig]}\n",
        );
        let cases = [
            ("Powerspec here", crate::rules::brand_name::ID, Some(Safe)),
            // One word in one case may be an identifier (a user, a command): never safe.
            ("powerspec here", crate::rules::brand_name::ID, Some(Unsafe)),
            ("PowerSpek here", crate::rules::brand_name::ID, Some(Unsafe)),
            // Another word is a suggestion to read; a respelling is safe.
            ("a client", crate::rules::preferred_term::ID, Some(Unsafe)),
            ("an e-mail", crate::rules::preferred_term::ID, Some(Safe)),
            (
                "we leveraged it",
                crate::rules::banned_term::ID,
                Some(Unsafe),
            ),
            ("pure synergy", crate::rules::banned_term::ID, None),
            (
                "3 laptops in sixty seconds",
                crate::rules::phrase_drift::ID,
                Some(Unsafe),
            ),
            (
                "---\naudience: gamers\n---\na workstation",
                crate::rules::audience_term::ID,
                Some(Unsafe),
            ),
            (
                "a **e-mail** and a cli\nent",
                crate::rules::preferred_term::ID,
                Some(Safe),
            ),
            (
                "we leverage\n> it",
                crate::rules::banned_term::ID,
                Some(Unsafe),
            ),
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
            .find(|f| f.rule == crate::rules::phrase_drift::ID)
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
        let entry = |rule: RuleId| found.iter().find(|f| f.rule == rule).map(|f| f.entry);
        assert_eq!(
            entry(crate::rules::preferred_term::ID),
            Some(Some(EntryRef::Preferred(1)))
        );
        assert_eq!(
            entry(crate::rules::brand_name::ID),
            Some(Some(EntryRef::Brand(1)))
        );
        let banned: Vec<_> = found
            .iter()
            .filter(|f| f.rule == crate::rules::banned_term::ID)
            .map(|f| f.entry)
            .collect();
        assert_eq!(
            banned,
            [Some(EntryRef::Banned(0)), Some(EntryRef::Banned(1))]
        );
        assert_eq!(
            entry(crate::rules::audience_term::ID),
            Some(Some(EntryRef::Avoid(0, 1)))
        );
        let drift: Vec<_> = found
            .iter()
            .filter(|f| f.rule == crate::rules::phrase_drift::ID)
            .map(|f| f.entry)
            .collect();
        assert_eq!(drift, [Some(EntryRef::Phrase(1)), Some(EntryRef::Cta(1))]);
        for f in &found {
            let whole_file = f.rule == crate::rules::missing_benefit::ID;
            assert_eq!(f.scope == Scope::File, whole_file, "{f:?}");
            assert_eq!(f.entry.is_none(), whole_file, "{f:?}");
        }
        assert!(found
            .iter()
            .any(|f| f.rule == crate::rules::missing_benefit::ID));
    }

    /// A rule file is only compiled through its registry line: one without a line would sit
    /// there unused, so every file that defines a rule `ID` must be registered (under its id
    /// with `_` for `-`, the naming the registry line follows).
    #[test]
    fn every_rule_file_is_in_the_registry() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let entries = std::fs::read_dir(&dir).expect("src/rules is readable");
        let mut files = 0;
        for entry in entries.flatten() {
            let path = entry.path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let Some(module) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if !text.contains("\npub const ID: ") {
                continue;
            }
            files += 1;
            let id = module.replace('_', "-");
            assert!(
                crate::registry::lookup(&id).is_some(),
                "src/rules/{module}.rs defines a rule but the registry (src/rules/mod.rs) has no `{module}: \"{id}\", ...` line"
            );
        }
        assert_eq!(files, RULES.len(), "one file per registered rule");
    }

    #[test]
    fn every_rule_has_a_doc_whose_example_fires_and_whose_fix_is_clean() {
        for rule in RULES {
            let doc = rule.doc;
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
