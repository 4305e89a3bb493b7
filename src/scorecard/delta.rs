//! What changed between the figures at a ref and now, matched by guide, channel, folder,
//! file, phrase and term names: "alignment 78 → 84, sell sheets now all carry the benefit".

use super::{round1, Aggregate, GuideSection};
use serde::Serialize;
use std::collections::BTreeMap;

/// A figure then and now; `delta` = now − then when both exist.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Change {
    pub then: Option<f64>,
    pub now: Option<f64>,
    pub delta: Option<f64>,
}

impl Change {
    pub fn new(then: Option<f64>, now: Option<f64>) -> Self {
        let delta = match (then, now) {
            (Some(a), Some(b)) => Some(round1(b - a)),
            _ => None,
        };
        Change { then, now, delta }
    }

    /// Whether anything moved (a figure appeared, vanished or changed).
    pub fn moved(&self) -> bool {
        self.then != self.now
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NamedChange {
    pub name: String,
    pub score: Change,
    /// Channels only, when the guide has a benefit: the share of files carrying it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit_share: Option<Change>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CountChange {
    pub name: String,
    pub then: usize,
    pub now: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SectionDelta {
    pub guide: String,
    pub overall: Change,
    /// Every channel of either tree.
    pub channels: Vec<NamedChange>,
    /// Every folder of either tree.
    pub folders: Vec<NamedChange>,
    /// Files whose score changed, appeared or vanished.
    pub files: Vec<NamedChange>,
    /// Exact uses per approved phrase or call to action, where they changed.
    pub phrase_uses: Vec<CountChange>,
    /// Findings per drift term, where they changed.
    pub drift: Vec<CountChange>,
    /// Field phrases listed now but not then.
    pub new_field_phrases: Vec<String>,
    /// The files the change touched: the pull-request view.
    pub touched: super::touched::Touched,
}

/// The deltas of each current section against the section of the same guide then (a guide
/// that covered no files then compares with nothing: every `then` is `None`).
pub fn compare(now: &[GuideSection], then: &[GuideSection]) -> Vec<SectionDelta> {
    now.iter()
        .map(|section| {
            let old = then.iter().find(|s| s.guide == section.guide);
            section_delta(section, old)
        })
        .collect()
}

fn section_delta(now: &GuideSection, then: Option<&GuideSection>) -> SectionDelta {
    let empty = Vec::new();
    let then_channels = then.map_or(&empty, |t| &t.channels);
    let channels = merge(
        now.channels
            .iter()
            .map(|c| (&c.aggregate, c.benefit.as_ref())),
        then_channels
            .iter()
            .map(|c| (&c.aggregate, c.benefit.as_ref())),
        now.has_benefit,
    );
    let no_folders = Vec::new();
    let folders = merge(
        now.folders.iter().map(|a| (a, None)),
        then.map_or(&no_folders, |t| &t.folders)
            .iter()
            .map(|a| (a, None)),
        false,
    );
    let mut then_files: BTreeMap<&str, Option<f64>> = BTreeMap::new();
    for file in then.iter().flat_map(|t| &t.files) {
        then_files.insert(&file.path, file.score);
    }
    let mut files = Vec::new();
    for file in &now.files {
        let before = then_files.remove(file.path.as_str()).flatten();
        let change = Change::new(before, file.score);
        if change.moved() {
            files.push(named(&file.path, change));
        }
    }
    for (path, before) in then_files {
        if before.is_some() {
            files.push(named(path, Change::new(before, None)));
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));

    let phrase_then: BTreeMap<&str, usize> = then
        .iter()
        .flat_map(|t| &t.phrases)
        .map(|p| (p.text.as_str(), p.exact))
        .collect();
    let phrase_uses = now
        .phrases
        .iter()
        .map(|p| CountChange {
            name: p.text.clone(),
            then: phrase_then.get(p.text.as_str()).copied().unwrap_or(0),
            now: p.exact,
        })
        .filter(|c| c.then != c.now)
        .collect();

    let mut drift_counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for term in then.iter().flat_map(|t| &t.drift) {
        drift_counts.entry(&term.term).or_default().0 += term.count;
    }
    for term in &now.drift {
        drift_counts.entry(&term.term).or_default().1 += term.count;
    }
    let mut drift: Vec<CountChange> = drift_counts
        .into_iter()
        .filter(|(_, (a, b))| a != b)
        .map(|(name, (then, now))| CountChange {
            name: name.to_string(),
            then,
            now,
        })
        .collect();
    drift.sort_by_key(|c| std::cmp::Reverse(c.now.abs_diff(c.then)));

    let old_field: Vec<&str> = then
        .iter()
        .flat_map(|t| &t.field_language.phrases)
        .map(|p| p.text.as_str())
        .collect();
    let new_field_phrases = now
        .field_language
        .phrases
        .iter()
        .filter(|p| !old_field.contains(&p.text.as_str()))
        .map(|p| p.text.clone())
        .collect();

    SectionDelta {
        guide: now.guide.clone(),
        overall: Change::new(then.and_then(|t| t.overall.score), now.overall.score),
        channels,
        folders,
        files,
        phrase_uses,
        drift,
        new_field_phrases,
        touched: super::touched::touched(now, then),
    }
}

fn named(name: &str, score: Change) -> NamedChange {
    NamedChange {
        name: name.to_string(),
        score,
        benefit_share: None,
    }
}

type Row<'a> = (&'a Aggregate, Option<&'a super::BenefitCoverage>);

/// Now's rows in order, then the rows only `then` has.
fn merge<'a>(
    now: impl Iterator<Item = Row<'a>>,
    then: impl Iterator<Item = Row<'a>> + Clone,
    benefit: bool,
) -> Vec<NamedChange> {
    let mut out: Vec<NamedChange> = Vec::new();
    for (aggregate, coverage) in now {
        let old = then.clone().find(|(a, _)| a.name == aggregate.name);
        out.push(NamedChange {
            name: aggregate.name.clone(),
            score: Change::new(old.and_then(|(a, _)| a.score), aggregate.score),
            benefit_share: benefit.then(|| {
                Change::new(
                    old.and_then(|(_, b)| b).and_then(|b| b.share),
                    coverage.and_then(|b| b.share),
                )
            }),
        });
    }
    for (aggregate, coverage) in then {
        if !out.iter().any(|c| c.name == aggregate.name) {
            out.push(NamedChange {
                name: aggregate.name.clone(),
                score: Change::new(aggregate.score, None),
                benefit_share: benefit.then(|| Change::new(coverage.and_then(|b| b.share), None)),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_round_and_handle_missing_figures() {
        let c = Change::new(Some(78.3), Some(84.1));
        assert_eq!(c.delta, Some(5.8));
        assert!(c.moved());
        let gone = Change::new(Some(50.0), None);
        assert_eq!(gone.delta, None);
        assert!(!Change::new(None, None).moved());
        assert!(compare(&[], &[]).is_empty());
    }
}
