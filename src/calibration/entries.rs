//! Entry tests: the sentences a guide entry carries to show what it does. `example` and
//! `examples` must fire the entry, `counter_examples` must stay quiet, and `fixed` is what the
//! entry's fix makes of its first example. The loader runs them (a failing one refuses the
//! guide); `onmessage test` runs them on a guide loaded without them and reports every failure.

use crate::compiled::{CompiledGuide, Origin};
use crate::document::{Document, Kind};
use crate::finding::{Applicability, EntryRef, Finding, Level};
use crate::fix::{fix_text, FixOptions};
use crate::guide::{Problem, Seg};
use crate::guide_path;
use crate::matchers::terms::Target;
use crate::profile::Chosen;
use crate::registry::RuleId;
use crate::rules;

/// One entry test that did not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFailure {
    /// The sentence's place in the guide (`banned[2].examples[0]`).
    pub path: Vec<Seg>,
    /// What went wrong, as the loader says it.
    pub message: String,
    pub help: String,
    /// What the test expected, and what happened instead.
    pub expected: String,
    pub actual: String,
}

impl EntryFailure {
    /// The failure as a guide problem, for the loader.
    pub fn problem(&self) -> Problem {
        Problem::at(self.path.clone(), self.message.clone()).with_help(self.help.clone())
    }
}

/// What running a guide's entry tests found.
#[derive(Debug, Default)]
pub struct EntryTests {
    /// Sentences run.
    pub run: usize,
    pub failures: Vec<EntryFailure>,
}

impl EntryTests {
    pub(super) fn fail(
        &mut self,
        path: Vec<Seg>,
        message: &str,
        help: &str,
        expected: String,
        actual: String,
    ) {
        self.failures.push(EntryFailure {
            path,
            message: message.to_string(),
            help: help.to_string(),
            expected,
            actual,
        });
    }
}

/// `path` with more segments.
fn at(path: &[Seg], more: impl IntoIterator<Item = Seg>) -> Vec<Seg> {
    path.iter().cloned().chain(more).collect()
}

/// Run every entry test of the guide.
pub fn run(compiled: &CompiledGuide) -> EntryTests {
    let mut tests = EntryTests::default();
    single_examples(compiled, &mut tests);
    super::counter::run(compiled, &mut tests);
    for entry in entries(compiled) {
        entry.run(compiled, &mut tests);
    }
    benefit_examples(compiled, &mut tests);
    tests
}

/// The `example` of banned and term entries: matched by the entry's own words, as the loader
/// has always checked it.
fn single_examples(compiled: &CompiledGuide, tests: &mut EntryTests) {
    const MESSAGE: &str = "this example does not match its own entry";
    for (t, term) in compiled.guide.terms.iter().enumerate() {
        let Some(example) = &term.example else {
            continue;
        };
        tests.run += 1;
        if !compiled
            .target_hits(example)
            .contains(&Target::Preferred(t))
        {
            tests.fail(
                guide_path!["terms", t, "example"],
                MESSAGE,
                "an example must contain one of the `instead_of` words as prose (not in a URL, code or file name)",
                "one of its `instead_of` words, as prose".into(),
                "none of them".into(),
            );
        }
    }
    for (i, banned) in compiled.banned.iter().enumerate() {
        let (Origin::Guide(g), Some(example)) = (&banned.origin, &banned.entry.example) else {
            continue;
        };
        tests.run += 1;
        if !compiled.banned_hits(example).contains(&i) {
            tests.fail(
                guide_path!["banned", *g, "example"],
                MESSAGE,
                "an example must contain the term as prose (not in a URL, code or file name)",
                "the banned term or pattern, as prose".into(),
                "no match".into(),
            );
        }
    }
}

/// `benefit.examples`: each must carry the benefit, that is match one of its expressions.
fn benefit_examples(compiled: &CompiledGuide, tests: &mut EntryTests) {
    let Some(benefit) = &compiled.guide.benefit else {
        return;
    };
    for (k, sentence) in benefit.examples.iter().enumerate() {
        tests.run += 1;
        let hits = compiled.target_hits(sentence);
        if !hits.iter().any(|t| matches!(t, Target::Benefit(_))) {
            tests.fail(
                guide_path!["benefit", "examples", k],
                "this example does not carry the benefit",
                "an example of the benefit must contain one of its `expressions` as prose",
                "one of the benefit's `expressions`".into(),
                "none of them".into(),
            );
        }
    }
}

/// An entry whose `examples` must fire one of its rules, and whose `fixed` is the fix of its
/// first example.
struct Entry<'a> {
    path: Vec<Seg>,
    rules: &'static [RuleId],
    /// The findings that are this entry's (a rule fires for many entries).
    owns: Box<dyn Fn(&Finding) -> bool + 'a>,
    /// The `example` a banned or term entry has besides `examples`.
    example: Option<&'a str>,
    examples: &'a [String],
    fixed: Option<&'a str>,
    /// The audience an `avoid` word is checked in.
    chosen: Chosen,
}

fn entries(compiled: &CompiledGuide) -> Vec<Entry<'_>> {
    let guide = &compiled.guide;
    let mut list = Vec::new();
    for (i, banned) in compiled.banned.iter().enumerate() {
        let Origin::Guide(g) = banned.origin else {
            continue;
        };
        list.push(Entry {
            path: guide_path!["banned", g],
            rules: &[rules::banned_term::ID],
            owns: Box::new(move |f| f.entry == Some(EntryRef::Banned(i))),
            example: banned.entry.example.as_deref(),
            examples: &banned.entry.examples,
            fixed: banned.entry.fixed.as_deref(),
            chosen: Chosen::default(),
        });
    }
    for (t, term) in guide.terms.iter().enumerate() {
        list.push(Entry {
            path: guide_path!["terms", t],
            rules: &[rules::preferred_term::ID],
            owns: Box::new(move |f| f.entry == Some(EntryRef::Preferred(t))),
            example: term.example.as_deref(),
            examples: &term.examples,
            fixed: term.fixed.as_deref(),
            chosen: Chosen::default(),
        });
    }
    if let Some(brand) = &guide.brand {
        list.push(Entry {
            path: guide_path!["brand"],
            rules: &[rules::brand_name::ID],
            owns: Box::new(|_| true),
            example: None,
            examples: &brand.examples,
            fixed: brand.fixed.as_deref(),
            chosen: Chosen::default(),
        });
    }
    for (a, (name, audience)) in guide.audiences.iter().enumerate() {
        list.push(Entry {
            path: guide_path!["audiences", name.as_str()],
            rules: &[rules::audience_term::ID],
            owns: Box::new(move |f| matches!(f.entry, Some(EntryRef::Avoid(x, _)) if x == a)),
            example: None,
            examples: &audience.examples,
            fixed: audience.fixed.as_deref(),
            chosen: Chosen {
                channel: None,
                audience: Some(a),
            },
        });
    }
    for (i, phrase) in guide.phrases.iter().enumerate() {
        list.push(Entry {
            path: guide_path!["phrases", i],
            rules: &[rules::phrase_drift::ID],
            owns: Box::new(move |f| f.entry == Some(EntryRef::Phrase(i))),
            example: None,
            examples: &phrase.examples,
            fixed: phrase.fixed.as_deref(),
            chosen: Chosen::default(),
        });
    }
    for (i, examples) in guide.cta.examples.iter().enumerate() {
        list.push(Entry {
            path: guide_path!["cta", i],
            rules: &[rules::phrase_drift::ID],
            owns: Box::new(move |f| f.entry == Some(EntryRef::Cta(i))),
            example: None,
            examples,
            fixed: guide.cta.fixed.get(i).and_then(Option::as_deref),
            chosen: Chosen::default(),
        });
    }
    if let Some(claims) = &guide.claims {
        list.push(Entry {
            path: guide_path!["claims"],
            rules: &[rules::unapproved_claim::ID, rules::conflicting_claim::ID],
            owns: Box::new(|_| true),
            example: None,
            examples: &claims.examples,
            fixed: claims.fixed.as_deref(),
            chosen: Chosen::default(),
        });
    }
    list
}

/// The rule ids, for messages: `banned-term`, `unapproved-claim or conflicting-claim`.
fn named(rules: &[RuleId]) -> String {
    rules
        .iter()
        .map(|r| format!("`{}`", r.as_str()))
        .collect::<Vec<_>>()
        .join(" or ")
}

/// What the rules reported of a sentence, in a few words.
pub(super) fn reported(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "no finding".to_string();
    }
    findings
        .iter()
        .map(|f| format!("{} ({})", f.message, f.rule))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Entry<'_> {
    fn mine(&self, finding: &Finding) -> bool {
        self.rules.contains(&finding.rule) && (self.owns)(finding)
    }

    fn run(&self, compiled: &CompiledGuide, tests: &mut EntryTests) {
        // A rule the guide turns off fires for no entry: its examples wait until it is on.
        if self.rules.iter().all(|r| compiled.level(*r) == Level::Off) {
            return;
        }
        for (k, sentence) in self.examples.iter().enumerate() {
            tests.run += 1;
            let findings = check(compiled, sentence, self.chosen);
            if !findings.iter().any(|f| self.mine(f)) {
                tests.fail(
                    at(&self.path, [Seg::from("examples"), Seg::from(k)]),
                    "this example is not flagged by its own entry",
                    "an example must contain the entry's words as prose (not in a URL, code or file name)",
                    format!("a {} finding from this entry", named(self.rules)),
                    reported(&findings),
                );
            }
        }
        let (Some(fixed), Some(first)) = (
            self.fixed,
            self.example.or(self.examples.first().map(String::as_str)),
        ) else {
            return;
        };
        tests.run += 1;
        let written = self.fix(compiled, first);
        if written != fixed {
            let actual = if written == first {
                format!("\"{written}\" (unchanged: no fix of this entry applies)")
            } else {
                format!("\"{written}\"")
            };
            tests.fail(
                at(&self.path, [Seg::from("fixed")]),
                "the entry's fix does not write this sentence",
                "`fixed` is the entry's first example (`example`, else the first of `examples`) with the entry's fix applied",
                format!("\"{fixed}\""),
                actual,
            );
        }
    }

    /// `sentence` with this entry's fixes applied, safe and unsafe alike.
    fn fix(&self, compiled: &CompiledGuide, sentence: &str) -> String {
        let select = |finding: &Finding, _: &str, _: usize| self.mine(finding);
        let options = FixOptions {
            applicability: Applicability::Unsafe,
            select: &select,
            chosen: self.chosen,
        };
        fix_text(sentence, "example", None, compiled, &options).text
    }
}

/// The findings of `sentence` as a plain text in no channel (in `chosen`'s audience).
pub(super) fn check(compiled: &CompiledGuide, sentence: &str, chosen: Chosen) -> Vec<Finding> {
    let doc = Document::new(sentence, Kind::Text);
    crate::check_document_as(&doc, "example", None, compiled, chosen)
}
