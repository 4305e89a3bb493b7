//! What fails where: per channel, how many files miss each thing the channel requires (the
//! benefit, a call to action, a phrase) or run past its `max_words`, with the lowest-scoring of
//! them. Worked out from the per-file figures the section keeps: nothing is read again.

use super::FileFigures;
use crate::compiled::CompiledGuide;
use serde::Serialize;

/// How many failing files a requirement names, lowest score first.
pub const WORST_FILES: usize = 5;

/// The requirements of one channel and how many of its files fail each.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChannelRequirements {
    pub channel: String,
    pub files: usize,
    /// The `require` entries in guide order, then `max_words` when the channel sets it.
    pub requirements: Vec<RequirementFailures>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RequirementFailures {
    /// As the guide writes it: "benefit", "cta", "phrase:ID", or "max_words: N".
    pub requirement: String,
    /// Files that miss it (or, for `max_words`, run longer).
    pub failing: usize,
    /// The failing files with the lowest scores, lowest first (by path among equals; files
    /// without words last).
    pub worst_files: Vec<PathScore>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PathScore {
    pub path: String,
    pub score: Option<f64>,
}

/// A file as the requirements see it: its channel slot, figures and the indexes of the
/// channel's `require` entries it misses.
pub struct FileRequirements<'a> {
    pub slot: usize,
    pub figures: &'a FileFigures,
    pub unmet: &'a [usize],
}

/// Every channel with requirements or a `max_words`, in guide order.
pub fn requirements(guide: &CompiledGuide, files: &[FileRequirements]) -> Vec<ChannelRequirements> {
    guide
        .channels
        .iter()
        .enumerate()
        .zip(guide.guide.channels.values())
        .filter(|((_, compiled), _)| !compiled.require.is_empty() || compiled.max_words.is_some())
        .map(|((slot, compiled), written)| {
            let members: Vec<&FileRequirements> = files.iter().filter(|f| f.slot == slot).collect();
            let mut requirements: Vec<RequirementFailures> = (0..compiled.require.len())
                .map(|r| {
                    let name = written.require.get(r).cloned().unwrap_or_default();
                    failures(name, members.iter().filter(|f| f.unmet.contains(&r)))
                })
                .collect();
            if let Some(max) = compiled.max_words {
                let long = members.iter().filter(|f| f.figures.words > max);
                requirements.push(failures(format!("max_words: {max}"), long));
            }
            ChannelRequirements {
                channel: compiled.name.clone(),
                files: members.len(),
                requirements,
            }
        })
        .collect()
}

fn failures<'a, 'b: 'a>(
    requirement: String,
    failing: impl Iterator<Item = &'a &'a FileRequirements<'b>>,
) -> RequirementFailures {
    let mut failing: Vec<&FileFigures> = failing.map(|f| f.figures).collect();
    let count = failing.len();
    failing.sort_by(|a, b| {
        let key = |s: Option<f64>| s.unwrap_or(f64::INFINITY);
        key(a.score)
            .partial_cmp(&key(b.score))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.path.cmp(&b.path))
    });
    RequirementFailures {
        requirement,
        failing: count,
        worst_files: failing
            .into_iter()
            .take(WORST_FILES)
            .map(|f| PathScore {
                path: f.path.clone(),
                score: f.score,
            })
            .collect(),
    }
}
