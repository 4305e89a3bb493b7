//! `counter_examples`: sentences where the entry's words are literal, or otherwise fine. Each
//! must stay quiet — for term entries, that entry; for the brand, phrases, claims, benefit and
//! audiences, their rules.

use super::entries::{check, reported, EntryTests};
use crate::compiled::{CompiledGuide, Origin};
use crate::guide::Seg;
use crate::guide_path;
use crate::matchers::terms::Target;
use crate::profile::Chosen;
use crate::registry::RuleId;
use crate::rules;

const HELP: &str =
    "a counter-example must stay quiet: reword the entry, or add `unless_near` words that mark this sense";

/// Record a counter-example that fired: `why` says what matched.
fn fail(tests: &mut EntryTests, mut path: Vec<Seg>, k: usize, why: String) {
    path.extend([Seg::from("counter_examples"), Seg::from(k)]);
    let message = format!("this counter-example is flagged: {why}");
    tests.fail(path, &message, HELP, "no finding".into(), why);
}

pub(super) fn run(compiled: &CompiledGuide, tests: &mut EntryTests) {
    for (i, banned) in compiled.banned.iter().enumerate() {
        let Origin::Guide(g) = banned.origin else {
            continue;
        };
        for (k, sentence) in banned.entry.counter_examples.iter().enumerate() {
            tests.run += 1;
            if compiled.banned_hits(sentence).contains(&i) {
                fail(
                    tests,
                    guide_path!["banned", g],
                    k,
                    "its own entry matches".into(),
                );
            }
        }
    }
    let guide = &compiled.guide;
    for (t, term) in guide.terms.iter().enumerate() {
        for (k, sentence) in term.counter_examples.iter().enumerate() {
            tests.run += 1;
            if compiled
                .target_hits(sentence)
                .contains(&Target::Preferred(t))
            {
                fail(
                    tests,
                    guide_path!["terms", t],
                    k,
                    "its own entry matches".into(),
                );
            }
        }
    }
    for (a, (name, audience)) in guide.audiences.iter().enumerate() {
        for (k, sentence) in audience.counter_examples.iter().enumerate() {
            tests.run += 1;
            let hits = compiled.target_hits(sentence);
            if hits
                .iter()
                .any(|t| matches!(t, Target::Avoid(x, _) if *x == a))
            {
                let why = "an `avoid` word of this audience matches".to_string();
                fail(tests, guide_path!["audiences", name.as_str()], k, why);
            }
        }
    }
    if let Some(benefit) = &guide.benefit {
        for (k, sentence) in benefit.counter_examples.iter().enumerate() {
            tests.run += 1;
            let hits = compiled.target_hits(sentence);
            if hits.iter().any(|t| matches!(t, Target::Benefit(_))) {
                let why = "a benefit expression matches".to_string();
                fail(tests, guide_path!["benefit"], k, why);
            }
        }
    }
    // Whole rules decide these: run them on the sentence as a plain text in no channel.
    let fired = |sentence: &str, rules: &[RuleId]| -> Option<String> {
        let findings: Vec<_> = check(compiled, sentence, Chosen::default())
            .into_iter()
            .filter(|f| rules.contains(&f.rule))
            .take(1)
            .collect();
        (!findings.is_empty()).then(|| reported(&findings))
    };
    let groups: Vec<(Vec<Seg>, &[String], &[RuleId])> = guide
        .brand
        .iter()
        .map(|b| {
            let rules: &[RuleId] = &[rules::brand_name::ID];
            (guide_path!["brand"], b.counter_examples.as_slice(), rules)
        })
        .chain(guide.phrases.iter().enumerate().map(|(i, p)| {
            let rules: &[RuleId] = &[rules::phrase_drift::ID];
            (
                guide_path!["phrases", i],
                p.counter_examples.as_slice(),
                rules,
            )
        }))
        .chain(guide.cta.counter_examples.iter().enumerate().map(|(i, c)| {
            let rules: &[RuleId] = &[rules::phrase_drift::ID];
            (guide_path!["cta", i], c.as_slice(), rules)
        }))
        .chain(guide.claims.iter().map(|c| {
            let rules: &[RuleId] = &[rules::unapproved_claim::ID, rules::conflicting_claim::ID];
            (guide_path!["claims"], c.counter_examples.as_slice(), rules)
        }))
        .collect();
    for (path, sentences, rules) in groups {
        for (k, sentence) in sentences.iter().enumerate() {
            tests.run += 1;
            if let Some(why) = fired(sentence, rules) {
                fail(tests, path.clone(), k, why);
            }
        }
    }
}
