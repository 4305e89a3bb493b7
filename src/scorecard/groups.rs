//! `report --by KEY`: the files grouped by a front-matter value (author, tag, any key) or by the
//! month of their date, each group with the figures a channel has. A file with several values
//! (three tags) counts in each of their groups.

use super::front::NO_VALUE;
use super::kept::{aggregate, benefit, Kept};
use super::{Aggregate, BenefitCoverage};
use serde::Serialize;
use std::collections::BTreeMap;

/// The groups of one section.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Groups {
    /// What the files are grouped by ("author", "month", a front-matter key).
    pub by: String,
    /// By name (months in time order), files without a value last.
    pub rows: Vec<GroupFigures>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GroupFigures {
    #[serde(flatten)]
    pub aggregate: Aggregate,
    /// `None` when the guide has no benefit expressions.
    pub benefit: Option<BenefitCoverage>,
    pub errors: usize,
    pub warnings: usize,
    /// The group's files per channel, by channel name: what a chart of score by month per
    /// channel draws.
    pub channels: Vec<Aggregate>,
}

/// The groups `files` fall into.
pub(super) fn group(by: &str, files: &[Kept], has_benefit: bool) -> Groups {
    let mut members: BTreeMap<&str, Vec<&Kept>> = BTreeMap::new();
    for kept in files {
        for name in &kept.groups {
            members.entry(name.as_str()).or_default().push(kept);
        }
    }
    let mut rows: Vec<GroupFigures> = members
        .iter()
        .map(|(name, members)| GroupFigures {
            aggregate: aggregate(name, members),
            benefit: has_benefit.then(|| benefit(members)),
            errors: members.iter().map(|k| k.figures.errors).sum(),
            warnings: members.iter().map(|k| k.figures.warnings).sum(),
            channels: per_channel(members),
        })
        .collect();
    // "(none)" sorts before letters and digits; it belongs last.
    rows.sort_by_key(|r| r.aggregate.name == NO_VALUE);
    Groups {
        by: by.to_string(),
        rows,
    }
}

fn per_channel(members: &[&Kept]) -> Vec<Aggregate> {
    let mut by_channel: BTreeMap<&str, Vec<&Kept>> = BTreeMap::new();
    for kept in members {
        by_channel
            .entry(kept.figures.channel.as_str())
            .or_default()
            .push(kept);
    }
    by_channel
        .iter()
        .map(|(name, members)| aggregate(name, members))
        .collect()
}
