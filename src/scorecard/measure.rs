//! What the scorecard needs of one file, taken while its document is loaded: the same rules
//! `check` runs (through [`crate::check_context`]), plus word counts, requirements met, phrase
//! uses, drift terms and — for files of a team's channel — its sentences. Nothing here reads a
//! file; a file is measured once for every section of the report.

use super::claims::{ClaimSeen, ClaimStatus};
use super::field::Sentence;
use crate::compiled::{CompiledGuide, Requirement};
use crate::document::sentences::Gap;
use crate::document::{self, Document};
use crate::finding::{EntryRef, Severity};
use crate::guide::schema::Team;
use crate::matchers::phrases::PhraseKind;
use crate::matchers::terms::Target;
use crate::profile::Chosen;
use crate::rules::Context;
use std::ops::Range;
use std::path::{Component, Path};

/// The folder of files directly in the guide's folder.
pub const TOP_FOLDER: &str = ".";
/// The folder of files outside the guide's folder (possible with `--guide`).
pub const OUTSIDE_FOLDER: &str = "(outside the guide's folder)";

/// A guide entry a drift finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DriftKey {
    /// Index into the compiled guide's banned entries (packs included).
    Banned(usize),
    /// Index into the guide's `terms`.
    Preferred(usize),
}

/// One use of an approved phrase or call to action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseUse {
    pub kind: PhraseKind,
    /// Word for word; otherwise a near miss (drift).
    pub exact: bool,
}

/// The figures of one file.
#[derive(Debug, Clone)]
pub struct FileMeasure {
    /// How the report names the file (as `check` names it).
    pub path: String,
    /// Its folder relative to the guide's folder ("sales/calls"), [`TOP_FOLDER`] or
    /// [`OUTSIDE_FOLDER`]; the section groups it at a depth ([`super::folders`]).
    pub folder: String,
    /// Index into the guide's channels.
    pub channel: Option<usize>,
    /// Prose words: front matter, code, URLs and identifiers left out.
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
    /// The channel's `require` entries, and how many the file meets.
    pub requirements: usize,
    pub requirements_met: usize,
    /// The indexes of the `require` entries the file misses.
    pub unmet: Vec<usize>,
    /// The errors and warnings per rule, by rule index.
    pub by_rule: Vec<(crate::registry::RuleId, usize)>,
    /// How many prose words come before the first benefit expression.
    pub benefit_position: Option<usize>,
    pub phrase_uses: Vec<PhraseUse>,
    /// One entry per reported `banned-term` or `preferred-term` finding.
    pub drift: Vec<DriftKey>,
    /// Stale figures (`conflicting-claim` findings): the approved figure, the line and the
    /// figure the file states instead.
    pub stale: Vec<(String, usize, String)>,
    /// Every figure the claim rules reported or let pass as approved, in text order.
    pub claims: Vec<ClaimSeen>,
    /// Its front matter's text values (author, date, tags, any key `--by` may name).
    pub front: super::front::FrontValues,
    /// The sentences of a file in a channel with a `team`.
    pub team_text: Option<(Team, Vec<Sentence>)>,
}

/// Measure one document. `path` names it in the report; `file` is where it is (or, for an old
/// tree of `--since`, where it is now), which places it in a channel by the guide's globs.
pub fn measure(
    doc: &Document,
    path: &str,
    file: Option<&Path>,
    guide: &CompiledGuide,
) -> FileMeasure {
    measure_as(doc, path, file, guide, Chosen::default()).0
}

/// [`measure`] in a channel and audience the caller chose (a draft on the check page), with the
/// findings it counted: the same as `check` reports for the document.
pub fn measure_as(
    doc: &Document,
    path: &str,
    file: Option<&Path>,
    guide: &CompiledGuide,
    chosen: Chosen,
) -> (FileMeasure, Vec<crate::Finding>) {
    let relative = file.and_then(|f| guide.relative_path(f));
    let ctx = Context::new(doc, guide, path, relative.as_deref(), chosen);
    // The same rules and suppressions as `check`: suppressed findings are gone already.
    let findings = crate::check_context(&ctx);
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let hits = ctx.phrase_hits();
    let first_benefit = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Benefit(_)))
        .map(|m| m.start)
        .min();
    let channel = ctx.profile.channel;
    let require = ctx.channel().map_or(&[][..], |c| c.require.as_slice());
    let unmet: Vec<usize> = require
        .iter()
        .enumerate()
        .filter(|(_, r)| match r {
            Requirement::Benefit => first_benefit.is_none(),
            Requirement::Cta => !hits.iter().any(|h| matches!(h.kind, PhraseKind::Cta(_))),
            Requirement::Phrase(i) => !hits.iter().any(|h| h.kind == PhraseKind::Phrase(*i)),
        })
        .map(|(i, _)| i)
        .collect();
    let team = channel
        .and_then(|c| guide.guide.channels.get_index(c))
        .and_then(|(_, c)| c.team);
    let measure = FileMeasure {
        path: path.to_string(),
        folder: folder_of(relative.as_deref()),
        channel,
        words: ctx.words().len(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        requirements: require.len(),
        requirements_met: require.len() - unmet.len(),
        unmet,
        benefit_position: first_benefit.map(|start| ctx.word_position(start)),
        phrase_uses: hits
            .iter()
            .map(|h| PhraseUse {
                kind: h.kind,
                exact: h.exact,
            })
            .collect(),
        drift: drift_keys(&findings),
        stale: findings
            .iter()
            .filter(|f| f.rule == crate::rules::conflicting_claim::ID)
            .filter_map(|f| Some((f.suggestion.clone()?, f.line, f.matched.clone())))
            .collect(),
        claims: claims_seen(&ctx, &findings),
        by_rule: counted_by_rule(&findings),
        front: super::front::read(doc),
        team_text: team.map(|team| {
            (
                team,
                sentences(
                    doc.text,
                    ctx.words(),
                    |at| doc.in_heading(at),
                    team == Team::Sales,
                ),
            )
        }),
    };
    (measure, findings)
}

/// The figures of the claim rules' findings (as reported: suppressed ones are gone), and the
/// approved figures the rules let pass, in text order.
fn claims_seen(ctx: &Context, findings: &[crate::Finding]) -> Vec<ClaimSeen> {
    use crate::rules::{conflicting_claim, unapproved_claim};
    let text = ctx.doc.text;
    let mut seen: Vec<(usize, ClaimSeen)> = findings
        .iter()
        .filter_map(|f| {
            let status = match f.rule {
                r if r == conflicting_claim::ID => ClaimStatus::Conflicting,
                r if r == unapproved_claim::ID => ClaimStatus::Unapproved,
                _ => return None,
            };
            let start = f.start.checked_sub(ctx.doc.bom)?;
            let found = unapproved_claim::claim_at(ctx, start)?;
            Some((start, ClaimSeen::new(found, text, status)))
        })
        .collect();
    if ctx.guide.guide.claims.is_some() {
        seen.extend(unapproved_claim::approved_uses(ctx).map(|found| {
            let seen = ClaimSeen::new(found, text, ClaimStatus::Approved);
            (found.range.start, seen)
        }));
    }
    seen.sort_by_key(|(start, _)| *start);
    seen.into_iter().map(|(_, seen)| seen).collect()
}

/// The errors and warnings (the findings the score counts) per rule, by rule index.
fn counted_by_rule(findings: &[crate::Finding]) -> Vec<(crate::registry::RuleId, usize)> {
    let mut counts: Vec<(crate::registry::RuleId, usize)> = Vec::new();
    for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
        match counts.iter_mut().find(|(r, _)| *r == f.rule) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.rule, 1)),
        }
    }
    counts.sort_by_key(|(r, _)| r.index());
    counts
}

/// The folder of a guide-relative path ("sales/calls" for `sales/calls/a.md`).
fn folder_of(relative: Option<&Path>) -> String {
    let Some(relative) = relative else {
        return OUTSIDE_FOLDER.to_string();
    };
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    match parts.split_last() {
        Some((_, folders)) if !folders.is_empty() => folders.join("/"),
        _ => TOP_FOLDER.to_string(),
    }
}

/// The guide entry behind each reported banned-term and preferred-term finding, as the rule
/// recorded it.
fn drift_keys(findings: &[crate::Finding]) -> Vec<DriftKey> {
    findings
        .iter()
        .filter_map(|f| match f.entry? {
            EntryRef::Banned(i) => Some(DriftKey::Banned(i)),
            EntryRef::Preferred(i) => Some(DriftKey::Preferred(i)),
            _ => None,
        })
        .collect()
}

/// The sentences of the prose words ([`crate::document::sentences`]), with their clauses as
/// normalised words: a hyphen keeps two words one ("all-day"). With `shown`, each keeps its
/// text as a report shows it (a sales file's examples); a marketing file's phrases are only
/// counted, so its sentences' text is left empty.
pub fn sentences(
    text: &str,
    words: &[Range<usize>],
    in_heading: impl Fn(usize) -> bool,
    shown: bool,
) -> Vec<Sentence> {
    document::sentences::sentences(text, words, &in_heading)
        .into_iter()
        .map(|run| {
            let run = &words[run];
            let (first, last) = (&run[0], &run[run.len() - 1]);
            let mut sentence = Sentence::new(match shown {
                true => document::sentences::shown(text, first.start, last.end),
                false => String::new(),
            });
            for (k, word) in run.iter().enumerate() {
                let gap = match k.checked_sub(1).map(|b| &run[b]) {
                    Some(before) => {
                        document::sentences::gap(text, before, word, in_heading(before.start))
                    }
                    None => Gap::Same,
                };
                if gap == Gap::Clause {
                    sentence.break_clause();
                }
                sentence.push_word(&text[word.clone()], gap == Gap::Joined);
            }
            sentence
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;

    fn split(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Document::new(text, Kind::Markdown);
        let prose = doc.prose_words();
        sentences(doc.text, prose, |at| doc.in_heading(at), true)
            .into_iter()
            .map(|s| {
                let clauses = s
                    .clauses()
                    .map(|c| c.collect::<Vec<_>>().join(" "))
                    .collect();
                (s.text, clauses)
            })
            .collect()
    }

    #[test]
    fn sentences_and_clauses_end_at_punctuation_lines_and_headings() {
        let text = "# Our pitch\nNo pressure, just a **friendly** chat. We talk\nabout all-day battery!\n\n- first item\n- second item\n";
        assert_eq!(
            split(text),
            [
                ("Our pitch".to_string(), vec!["our pitch".to_string()]),
                (
                    "No pressure, just a friendly chat.".to_string(),
                    vec![
                        "no pressure".to_string(),
                        "just a friendly chat".to_string()
                    ]
                ),
                (
                    "We talk about all-day battery!".to_string(),
                    vec!["we talk about all-day battery".to_string()]
                ),
                ("first item".to_string(), vec!["first item".to_string()]),
                ("second item".to_string(), vec!["second item".to_string()]),
            ]
        );
    }

    #[test]
    fn folders_are_the_folders_of_the_guide_relative_path() {
        assert_eq!(
            folder_of(Some(Path::new("sales/calls/a.md"))),
            "sales/calls"
        );
        assert_eq!(folder_of(Some(Path::new("a.md"))), TOP_FOLDER);
        assert_eq!(folder_of(None), OUTSIDE_FOLDER);
    }
}
