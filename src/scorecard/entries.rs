//! What the scorecard says about guide entries: how a drift entry is named, and which strings
//! of a guide field language leaves out.

use super::measure::DriftKey;
use crate::compiled::{CompiledGuide, Origin};

/// (rule, term, suggestion, source) of a drift entry.
pub fn describe(
    guide: &CompiledGuide,
    key: DriftKey,
) -> (crate::registry::RuleId, String, Option<String>, String) {
    match key {
        DriftKey::Banned(i) => {
            let entry = &guide.banned[i];
            let term = match (&entry.entry.term, &entry.entry.pattern) {
                (Some(term), _) => term.clone(),
                (None, Some(pattern)) => format!("/{pattern}/"),
                (None, None) => String::new(),
            };
            let source = match entry.origin {
                Origin::Guide(_) => "guide".to_string(),
                Origin::Pack(pack, _) => pack.to_string(),
            };
            (
                crate::rules::banned_term::ID,
                term,
                entry.entry.replacement.clone(),
                source,
            )
        }
        DriftKey::Preferred(i) => {
            let entry = &guide.terms[i];
            (
                crate::rules::preferred_term::ID,
                entry.instead_of.join(", "),
                Some(entry.use_.clone()),
                "guide".to_string(),
            )
        }
    }
}

/// Every string of the guide a phrase could come from: field language leaves these out.
pub fn guide_texts(guide: &CompiledGuide) -> Vec<&str> {
    let g = &guide.guide;
    let mut texts: Vec<&str> = Vec::new();
    texts.extend(g.phrases.iter().map(|p| p.text.as_str()));
    texts.extend(g.cta.iter().map(String::as_str));
    if let Some(benefit) = &g.benefit {
        texts.push(&benefit.statement);
        texts.extend(benefit.expressions.iter().map(String::as_str));
    }
    texts.extend(g.brand.iter().flat_map(|b| &b.names).map(String::as_str));
    for term in &g.terms {
        texts.push(&term.use_);
        texts.extend(term.instead_of.iter().map(String::as_str));
    }
    for banned in &guide.banned {
        texts.extend(banned.entry.term.as_deref());
        texts.extend(banned.entry.replacement.as_deref());
    }
    for audience in g.audiences.values() {
        texts.extend(audience.avoid.iter().map(String::as_str));
        texts.extend(audience.prefer.iter().map(String::as_str));
    }
    texts.extend(
        g.claims
            .iter()
            .flat_map(|c| &c.approved)
            .map(String::as_str),
    );
    texts
}
