//! Checks a guide can only have once compiled: entries whose inflected forms collide,
//! suggestions the guide itself would flag, examples that do not fire their own entry.

use super::{CompiledGuide, Origin};
use crate::document::{Document, Kind};
use crate::guide::schema::Guide;
use crate::guide::{self, Problem};
use crate::guide_path;
use crate::matchers::terms::{Target, TermMatcherBuilder};
use crate::registry::RuleId;
use crate::rules;
use std::collections::{HashMap, HashSet};

/// Which guide entry a folded term form belongs to, for duplicate detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryRef {
    Banned(usize),
    Instead(usize, usize),
}

impl EntryRef {
    fn path(self) -> Vec<guide::Seg> {
        match self {
            EntryRef::Banned(i) => guide_path!["banned", i, "term"],
            EntryRef::Instead(i, j) => guide_path!["terms", i, "instead_of", j],
        }
    }
}

/// Two entries of the guide whose forms (case-folded, inflected) collide are an error: the same
/// text would be reported twice, with two different messages. Returns every form the guide's own
/// entries and `use` words claim, so they can override pack entries.
pub(super) fn check_collisions(
    guide: &Guide,
    problems: &mut Vec<Problem>,
    builder: &mut TermMatcherBuilder,
) -> HashSet<String> {
    // Per form, the entries that claim it, with the separators an exact entry keeps.
    let mut owner: HashMap<String, Vec<(EntryRef, String, Option<String>)>> = HashMap::new();
    let mut entries: Vec<(EntryRef, &str, bool)> = Vec::new();
    for (i, entry) in guide.banned.iter().enumerate() {
        if let Some(term) = &entry.term {
            entries.push((EntryRef::Banned(i), term, entry.exact));
        }
    }
    for (i, term) in guide.terms.iter().enumerate() {
        for (j, word) in term.instead_of.iter().enumerate() {
            entries.push((EntryRef::Instead(i, j), word, term.exact));
        }
    }
    for (entry, text, exact) in entries {
        // `exact` keeps separators: "open-source" and "open source" are different terms.
        let separators = exact.then(|| separators_of(text));
        let mut reported = false;
        for (form, _, _) in builder.expand(text, exact).iter() {
            let claimed = owner.entry(form.clone()).or_default();
            let clash = claimed.iter().find(|(other, _, seps)| {
                *other != entry && (seps.is_none() || separators.is_none() || *seps == separators)
            });
            if let (Some((_, other_text, _)), false) = (clash, reported) {
                problems.push(
                    Problem::at(entry.path(), format!("`{text}` duplicates `{other_text}`: both match \"{form}\""))
                        .with_help("list each term once; inflections are matched automatically (`exact: true` turns them off)"),
                );
                reported = true;
            }
            if !claimed.iter().any(|(other, _, _)| *other == entry) {
                claimed.push((entry, text.to_string(), separators.clone()));
            }
        }
    }
    let mut forms: HashSet<String> = owner.into_keys().collect();
    for term in &guide.terms {
        forms.extend(
            builder
                .expand(&term.use_, term.exact)
                .iter()
                .map(|(f, _, _)| f.clone()),
        );
    }
    for name in guide.brand.iter().flat_map(|b| &b.names) {
        forms.extend(builder.expand(name, true).iter().map(|(f, _, _)| f.clone()));
    }
    forms
}

/// The separators between a term's words as written, hyphens kept and spaces folded.
fn separators_of(term: &str) -> String {
    term.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|&c| c == ' ' || c == '-')
        .collect()
}

/// A word the guide suggests must not itself be banned, replaced or avoided: otherwise fixes
/// would chain (`client` → `customer` → `buyer`) or cycle, and never settle.
pub(super) fn check_replacements(compiled: &CompiledGuide, problems: &mut Vec<Problem>) {
    let mut suggested: Vec<(Vec<guide::Seg>, &str)> = Vec::new();
    for (i, term) in compiled.terms.iter().enumerate() {
        suggested.push((guide_path!["terms", i, "use"], &term.use_));
    }
    for banned in &compiled.banned {
        if let (Origin::Guide(g), Some(replacement)) = (&banned.origin, &banned.entry.replacement) {
            suggested.push((guide_path!["banned", *g, "replacement"], replacement));
        }
    }
    for (name, audience) in &compiled.guide.audiences {
        for (i, prefer) in audience.prefer.iter().enumerate() {
            suggested.push((guide_path!["audiences", name.as_str(), "prefer", i], prefer));
        }
    }
    // Approved phrases and calls to action are what phrase-drift writes.
    for (i, phrase) in compiled.guide.phrases.iter().enumerate() {
        suggested.push((guide_path!["phrases", i, "text"], &phrase.text));
    }
    for (i, cta) in compiled.guide.cta.iter().enumerate() {
        suggested.push((guide_path!["cta", i], cta));
    }
    for (path, word) in suggested {
        let doc = Document::new(word, Kind::Text);
        let conflict = compiled
            .sentence_term_matches(&doc)
            .into_iter()
            .find_map(|m| match m.target {
                Target::Banned(b) => Some(format!(
                    "is itself banned (`{}`)",
                    compiled.banned[b].entry.term.as_deref().unwrap_or_default()
                )),
                Target::Preferred(t) => Some(format!(
                    "is itself replaced by `{}` in `terms`",
                    compiled.terms[t].use_
                )),
                Target::Avoid(a, _) => Some(format!(
                    "is avoided for the `{}` audience",
                    compiled.audiences[a].name
                )),
                Target::Brand(_) | Target::Benefit(_) => None,
            })
            .or_else(|| {
                // A pattern that matches its own (or another's) replacement would rewrite it
                // again on every pass: "data" → "big data" → "big big data"…
                compiled.pattern_matches(&doc).first().map(|m| {
                    let pattern = compiled.banned[m.banned].entry.pattern.as_deref();
                    format!(
                        "is itself matched by the banned pattern `{}`",
                        pattern.unwrap_or_default()
                    )
                })
            });
        if let Some(conflict) = conflict {
            problems.push(
                Problem::at(path, format!("the suggested wording `{word}` {conflict}")).with_help(
                    "a suggestion must be a word the guide accepts, so fixes settle in one step",
                ),
            );
        }
    }
}

/// `counter_examples`: sentences where the entry's words are literal, or otherwise fine. Each
/// must stay quiet — for term entries, that entry; for the brand, phrases, claims, benefit and
/// audiences, their rules — or the guide does not load.
pub(super) fn check_counter_examples(compiled: &CompiledGuide, problems: &mut Vec<Problem>) {
    let mut fail = |path: Vec<guide::Seg>, k: usize, why: String| {
        let mut path = path;
        path.extend([guide::Seg::from("counter_examples"), guide::Seg::from(k)]);
        problems.push(
            Problem::at(path, format!("this counter-example is flagged: {why}")).with_help(
                "a counter-example must stay quiet: reword the entry, or add `unless_near` words that mark this sense",
            ),
        );
    };
    for (i, banned) in compiled.banned.iter().enumerate() {
        let Origin::Guide(g) = banned.origin else {
            continue;
        };
        for (k, sentence) in banned.entry.counter_examples.iter().enumerate() {
            if compiled.banned_hits(sentence).contains(&i) {
                fail(guide_path!["banned", g], k, "its own entry matches".into());
            }
        }
    }
    let guide = &compiled.guide;
    for (t, term) in guide.terms.iter().enumerate() {
        for (k, sentence) in term.counter_examples.iter().enumerate() {
            if compiled
                .target_hits(sentence)
                .contains(&Target::Preferred(t))
            {
                fail(guide_path!["terms", t], k, "its own entry matches".into());
            }
        }
    }
    for (a, (name, audience)) in guide.audiences.iter().enumerate() {
        for (k, sentence) in audience.counter_examples.iter().enumerate() {
            let hits = compiled.target_hits(sentence);
            if hits
                .iter()
                .any(|t| matches!(t, Target::Avoid(x, _) if *x == a))
            {
                let why = "an `avoid` word of this audience matches".to_string();
                fail(guide_path!["audiences", name.as_str()], k, why);
            }
        }
    }
    if let Some(benefit) = &guide.benefit {
        for (k, sentence) in benefit.counter_examples.iter().enumerate() {
            let hits = compiled.target_hits(sentence);
            if hits.iter().any(|t| matches!(t, Target::Benefit(_))) {
                let why = "a benefit expression matches".to_string();
                fail(guide_path!["benefit"], k, why);
            }
        }
    }
    // Whole rules decide these: run them on the sentence as a plain text in no channel.
    let fired = |sentence: &str, rules: &[RuleId]| -> Option<String> {
        let doc = Document::new(sentence, Kind::Text);
        crate::check_document(&doc, "counter-example", None, compiled)
            .into_iter()
            .find(|f| rules.contains(&f.rule))
            .map(|f| format!("{} ({})", f.message, f.rule))
    };
    let groups: Vec<(Vec<guide::Seg>, &[String], &[RuleId])> = guide
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
            if let Some(why) = fired(sentence, rules) {
                fail(path.clone(), k, why);
            }
        }
    }
}

/// A guide's `example` sentences must fire their own entry.
pub(super) fn check_examples(compiled: &CompiledGuide, problems: &mut Vec<Problem>) {
    for (t, term) in compiled.guide.terms.iter().enumerate() {
        let Some(example) = &term.example else {
            continue;
        };
        if !compiled
            .target_hits(example)
            .contains(&Target::Preferred(t))
        {
            problems.push(
                Problem::at(
                    guide_path!["terms", t, "example"],
                    "this example does not match its own entry",
                )
                .with_help(
                    "an example must contain one of the `instead_of` words as prose (not in a URL, code or file name)",
                ),
            );
        }
    }
    for (i, banned) in compiled.banned.iter().enumerate() {
        let (Origin::Guide(g), Some(example)) = (&banned.origin, &banned.entry.example) else {
            continue;
        };
        if !compiled.banned_hits(example).contains(&i) {
            problems.push(
                Problem::at(
                    guide_path!["banned", *g, "example"],
                    "this example does not match its own entry",
                )
                .with_help(
                    "an example must contain the term as prose (not in a URL, code or file name)",
                ),
            );
        }
    }
}

pub(super) fn regex_error_help(err: &regex::Error) -> String {
    let text = err.to_string();
    // The regex crate's message spans several lines with its own caret; keep the last line,
    // which says what is wrong.
    let reason = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(&text);
    let reason = reason.trim().trim_start_matches("error: ");
    format!("{reason} (patterns use the Rust regex crate's syntax)")
}
