//! What a guide approves of figures, read once when it compiles: the claims its phrases, calls
//! to action and `claims.approved` state, and the approved entries by what makes another
//! figure conflict with them.

use super::claim_warnings;
use super::ApprovedFigure;
use crate::guide::schema::Guide;
use crate::guide::Problem;
use crate::guide_path;
use crate::matchers::claims::{
    compared_with, find_approved_claims, find_claims, measure_noun_after, period_of,
    price_without_result, Claim,
};
use std::collections::{HashMap, HashSet};

/// What the guide approves of figures: every claim its phrases, calls to action and
/// `claims.approved` state, the approved entries by what makes another figure conflict with
/// them, and the units of the prices they state.
pub(super) struct ApprovedClaims {
    pub(super) claims: HashSet<Claim>,
    pub(super) figures: HashMap<String, Vec<ApprovedFigure>>,
    pub(super) price_units: HashSet<String>,
}

impl ApprovedClaims {
    pub(super) fn read(
        guide: &Guide,
        problems: &mut Vec<Problem>,
        warnings: &mut Vec<Problem>,
    ) -> Self {
        let mut approved = ApprovedClaims {
            claims: HashSet::new(),
            figures: HashMap::new(),
            price_units: HashSet::new(),
        };
        let stated = guide
            .phrases
            .iter()
            .map(|p| &p.text)
            .chain(guide.cta.iter());
        for text in stated {
            let found = find_claims(text).into_iter().map(|m| m.claim);
            approved.claims.extend(found);
        }
        for (i, claim) in guide.claims.iter().flat_map(|c| &c.approved).enumerate() {
            approved.add_entry(i, claim, problems, warnings);
        }
        approved
    }

    /// The `claims.approved` entry `i`: refused when it holds no claim.
    fn add_entry(
        &mut self,
        i: usize,
        claim: &str,
        problems: &mut Vec<Problem>,
        warnings: &mut Vec<Problem>,
    ) {
        let found = find_approved_claims(claim);
        if found.is_empty() {
            problems.push(
                Problem::at(
                    guide_path!["claims", "approved", i],
                    format!("`{claim}` holds no claim"),
                )
                .with_help(claim_warnings::no_claim_help(claim)),
            );
        }
        let period = period_of(claim);
        warnings.extend(claim_warnings::duration_timing_nothing(
            i,
            claim,
            &found,
            period.as_deref(),
        ));
        let prices: Vec<String> = found
            .iter()
            .filter(|m| !m.scaled && price_without_result(claim, m))
            .map(|m| m.claim.unit.clone())
            .collect();
        for m in &found {
            let Some(key) = m.conflict_key() else {
                continue;
            };
            let set_against = matches!(m.claim.unit.as_str(), "x" | "%");
            self.figures.entry(key).or_default().push(ApprovedFigure {
                order: i,
                entry: claim.to_string(),
                figure: claim[m.range.clone()].to_string(),
                number: m.claim.number.clone(),
                price_units: prices.clone(),
                period: period.clone(),
                compared_with: set_against
                    .then(|| compared_with(claim, m.range.clone()))
                    .flatten(),
                measure_noun: set_against
                    .then(|| measure_noun_after(claim, m.range.end))
                    .flatten(),
            });
        }
        self.price_units.extend(prices);
        self.claims.extend(found.into_iter().map(|m| m.claim));
    }
}
