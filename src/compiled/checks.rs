//! Checks a guide can only have once compiled: entries whose inflected forms collide,
//! suggestions the guide itself would flag. (Its example sentences are run by
//! [`crate::calibration::entries`].)

use super::{CompiledGuide, Origin};
use crate::document::{Document, Kind};
use crate::guide::schema::Guide;
use crate::guide::{self, Problem};
use crate::guide_path;
use crate::matchers::terms::{Target, TermMatcherBuilder};
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
