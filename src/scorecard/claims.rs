//! The claims part of the scorecard: every figure the files state, per unit, with whether it is
//! approved, conflicts with an approved figure (`conflicting-claim`) or nobody approved it
//! (`unapproved-claim`), in how many files; and the approved claims no file states. The figures
//! are the ones the claim rules read (their findings, and the approved figures they let pass):
//! nothing here reads a document.

use crate::matchers::claims::{find_claims, Claim, ClaimMatch};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// How many files a figure names (JSON and HTML); the count is always whole.
pub const LISTED_FILES: usize = 10;

/// What the guide says about a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimStatus {
    /// Another number for an approved claim's unit: the ones to update first.
    Conflicting,
    /// A figure nobody approved.
    Unapproved,
    Approved,
}

/// One figure a file states, as the claim rules read it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimSeen {
    /// What it counts or measures ("update", "% uptime", "$"): figures are grouped by it.
    pub unit: String,
    pub claim: Claim,
    /// As the file writes it ("12.5 million updates").
    pub written: String,
    pub status: ClaimStatus,
}

impl ClaimSeen {
    pub fn new(found: &ClaimMatch, text: &str, status: ClaimStatus) -> ClaimSeen {
        ClaimSeen {
            unit: unit_of(found),
            claim: found.claim.clone(),
            written: text[found.range.clone()].trim().to_string(),
            status,
        }
    }
}

/// The group a figure is shown in: what makes two figures comparable (see
/// [`ClaimMatch::conflict_key`]), else its unit.
fn unit_of(found: &ClaimMatch) -> String {
    found
        .conflict_key()
        .unwrap_or_else(|| found.claim.unit.clone())
}

/// The claims figures of one guide's files.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ClaimsFigures {
    /// Units with a conflicting figure first, then those with an unapproved one, then the rest;
    /// most files with such figures first among equals, then by unit.
    pub units: Vec<ClaimUnit>,
    /// `claims.approved` entries no file states, in guide order.
    pub unused_approved: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimUnit {
    /// The unit ("update", "% uptime", "$"); empty for a bare figure ("480 million").
    pub unit: String,
    /// Approved figures first, then conflicting, then unapproved; most files first within each.
    pub figures: Vec<ClaimFigure>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimFigure {
    /// As the first file (by path) writes it.
    pub figure: String,
    pub status: ClaimStatus,
    /// Files stating it, and how many times in all.
    pub files: usize,
    pub uses: usize,
    /// The first files stating it, by path (at most [`LISTED_FILES`]).
    pub in_files: Vec<String>,
}

struct Tally {
    unit: String,
    written: String,
    status: ClaimStatus,
    files: usize,
    uses: usize,
    in_files: Vec<String>,
    /// The order first seen, for a stable result.
    first: usize,
}

/// Folds the files' figures, one file at a time in path order.
pub struct ClaimsCounter {
    /// The `claims.approved` entries with the claims each holds.
    approved: Vec<(String, Vec<Claim>)>,
    tallies: HashMap<(String, Claim, ClaimStatus), Tally>,
    used_approved: HashSet<Claim>,
}

impl ClaimsCounter {
    /// `approved`: the guide's `claims.approved` entries.
    pub fn new(approved: &[String]) -> ClaimsCounter {
        ClaimsCounter {
            approved: approved
                .iter()
                .map(|entry| {
                    let claims = find_claims(entry).into_iter().map(|m| m.claim).collect();
                    (entry.clone(), claims)
                })
                .collect(),
            tallies: HashMap::new(),
            used_approved: HashSet::new(),
        }
    }

    pub fn add(&mut self, path: &str, seen: &[ClaimSeen]) {
        let mut in_this_file: HashSet<(&str, &Claim, ClaimStatus)> = HashSet::new();
        for s in seen {
            if s.status == ClaimStatus::Approved {
                self.used_approved.insert(s.claim.clone());
            }
            let next = self.tallies.len();
            let tally = self
                .tallies
                .entry((s.unit.clone(), s.claim.clone(), s.status))
                .or_insert_with(|| Tally {
                    unit: s.unit.clone(),
                    written: s.written.clone(),
                    status: s.status,
                    files: 0,
                    uses: 0,
                    in_files: Vec::new(),
                    first: next,
                });
            tally.uses += 1;
            if in_this_file.insert((&s.unit, &s.claim, s.status)) {
                tally.files += 1;
                if tally.in_files.len() < LISTED_FILES {
                    tally.in_files.push(path.to_string());
                }
            }
        }
    }

    pub fn finish(self) -> ClaimsFigures {
        let mut by_unit: HashMap<String, Vec<Tally>> = HashMap::new();
        for tally in self.tallies.into_values() {
            by_unit.entry(tally.unit.clone()).or_default().push(tally);
        }
        let mut units: Vec<(ClaimStatus, usize, ClaimUnit)> = by_unit
            .into_iter()
            .map(|(unit, mut tallies)| {
                tallies.sort_by(|a, b| {
                    let rank = |s: ClaimStatus| match s {
                        ClaimStatus::Approved => 0,
                        ClaimStatus::Conflicting => 1,
                        ClaimStatus::Unapproved => 2,
                    };
                    rank(a.status)
                        .cmp(&rank(b.status))
                        .then(b.files.cmp(&a.files))
                        .then(b.uses.cmp(&a.uses))
                        .then(a.first.cmp(&b.first))
                });
                let worst = tallies
                    .iter()
                    .map(|t| t.status)
                    .min()
                    .unwrap_or(ClaimStatus::Approved);
                let off: usize = tallies
                    .iter()
                    .filter(|t| t.status != ClaimStatus::Approved)
                    .map(|t| t.files)
                    .sum();
                let figures = tallies
                    .into_iter()
                    .map(|t| ClaimFigure {
                        figure: t.written,
                        status: t.status,
                        files: t.files,
                        uses: t.uses,
                        in_files: t.in_files,
                    })
                    .collect();
                (worst, off, ClaimUnit { unit, figures })
            })
            .collect();
        units.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then(a.2.unit.cmp(&b.2.unit))
        });
        let used = &self.used_approved;
        ClaimsFigures {
            units: units.into_iter().map(|(_, _, unit)| unit).collect(),
            unused_approved: self
                .approved
                .into_iter()
                .filter(|(_, claims)| !claims.iter().any(|c| used.contains(c)))
                .map(|(entry, _)| entry)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(text: &str, status: ClaimStatus) -> ClaimSeen {
        let found = find_claims(text);
        ClaimSeen::new(&found[0], text, status)
    }

    #[test]
    fn figures_are_grouped_by_unit_with_the_stale_ones_first() {
        let mut counter = ClaimsCounter::new(&["1B+ updates".to_string(), "50 apps".to_string()]);
        let approved = seen("1B+ updates", ClaimStatus::Approved);
        let stale = seen("12.5 million updates", ClaimStatus::Conflicting);
        let price = seen("$500", ClaimStatus::Unapproved);
        counter.add("a.md", &[approved.clone(), stale.clone(), stale.clone()]);
        counter.add("b.md", &[stale.clone(), price]);
        counter.add("c.md", &[approved]);
        let figures = counter.finish();
        assert_eq!(figures.unused_approved, ["50 apps"]);
        let units: Vec<&str> = figures.units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(units, ["update", "$"]);
        let updates = &figures.units[0].figures;
        assert_eq!(updates[0].figure, "1B+ updates");
        assert_eq!(
            (updates[0].status, updates[0].files, updates[0].uses),
            (ClaimStatus::Approved, 2, 2)
        );
        assert_eq!(updates[0].in_files, ["a.md", "c.md"]);
        assert_eq!(updates[1].figure, "12.5 million updates");
        assert_eq!(
            (updates[1].status, updates[1].files, updates[1].uses),
            (ClaimStatus::Conflicting, 2, 3)
        );
    }
}
