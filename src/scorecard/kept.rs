//! A file as a section keeps it until the end, and the figures of a group of them: the
//! word-weighted score and benefit coverage every table (channels, folders, `--by` groups)
//! shows.

use super::{round1, Aggregate, BenefitCoverage, FileFigures};

/// A file as the section keeps it until the end.
#[derive(Debug)]
pub(super) struct Kept {
    pub figures: FileFigures,
    /// The unrounded score, for aggregates.
    pub score: Option<f64>,
    /// Channel slot: a guide channel, or the last slot for unassigned files.
    pub slot: usize,
    /// The channel's `require` entries the file misses.
    pub unmet: Vec<usize>,
    /// The `--by` groups the file is in (empty without `--by`).
    pub groups: Vec<String>,
}

/// A word-weighted mean of the scores of `members`.
pub(super) fn aggregate(name: &str, members: &[&Kept]) -> Aggregate {
    let scored: Vec<&&Kept> = members.iter().filter(|k| k.score.is_some()).collect();
    let words: usize = scored.iter().map(|k| k.figures.words).sum();
    let weighted: f64 = scored
        .iter()
        .map(|k| k.score.unwrap_or(0.0) * k.figures.words as f64)
        .sum();
    Aggregate {
        name: name.to_string(),
        score: (words > 0).then(|| round1(weighted / words as f64)),
        files: members.len(),
        scored_files: scored.len(),
        words: members.iter().map(|k| k.figures.words).sum(),
    }
}

pub(super) fn benefit(members: &[&Kept]) -> BenefitCoverage {
    let mut positions: Vec<usize> = members
        .iter()
        .filter_map(|k| k.figures.benefit_position)
        .collect();
    positions.sort_unstable();
    let with = positions.len();
    let median = match with {
        0 => None,
        n if n % 2 == 1 => Some(positions[n / 2] as f64),
        n => Some((positions[n / 2 - 1] + positions[n / 2]) as f64 / 2.0),
    };
    BenefitCoverage {
        files_with_benefit: with,
        share: (!members.is_empty()).then(|| round1(100.0 * with as f64 / members.len() as f64)),
        median_position: median,
    }
}
