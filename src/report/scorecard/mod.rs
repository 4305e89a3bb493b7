//! Renderers of the alignment scorecard: [`md`] for pull-request comments, [`html`] for one
//! self-contained page. (The JSON is the scorecard's serde form.) Both render the same
//! [`model::Section`]s, built once per guide by [`sections::sections`] from the figures as
//! computed; nothing here re-runs a rule.

mod charts;
mod claims;
pub mod csv;
mod groups;
pub mod html;
mod language;
pub mod md;
pub mod model;
mod pull_request;
#[cfg(test)]
mod render_tests;
mod requirements;
pub mod sections;
mod stale;

use crate::scorecard::delta::{Change, CountChange, SectionDelta};
use crate::scorecard::{GuideSection, PhraseType, PhraseUsage, Scorecard};

/// Each list shows this many entries in Markdown (and the HTML's lists of files).
pub const TOP: usize = 10;

/// A score or share to one decimal, or "n/a".
pub fn score(value: Option<f64>) -> String {
    match value {
        Some(v) => format!("{v:.1}"),
        None => "n/a".to_string(),
    }
}

/// The headline score: "78.9 / 100", or just "n/a".
pub fn out_of_100(value: Option<f64>) -> String {
    match value {
        Some(_) => format!("{} / 100", score(value)),
        None => score(None),
    }
}

/// A signed change ("+5.8", "−1.2", "±0"), or "" when there is nothing to compare.
pub fn delta(change: Option<&Change>) -> String {
    match change.and_then(|c| c.delta) {
        Some(d) if d > 0.0 => format!("+{d:.1}"),
        Some(d) if d < 0.0 => format!("−{:.1}", -d),
        Some(_) => "±0".to_string(),
        None => match change {
            Some(c) if c.then.is_none() && c.now.is_some() => "new".to_string(),
            Some(c) if c.then.is_some() && c.now.is_none() => "gone".to_string(),
            _ => String::new(),
        },
    }
}

/// A whole number with thousands separators.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 file", "2 files": a count with the word in the right number (thousands separated).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", count(n), if n == 1 { one } else { many })
}

/// How a phrase is named: its id, or "call to action".
pub fn phrase_label(p: &PhraseUsage) -> String {
    match (&p.kind, &p.id) {
        (PhraseType::Phrase, Some(id)) => id.clone(),
        _ => "call to action".to_string(),
    }
}

/// The delta of the section of the same guide, if `--since` was given.
pub fn section_delta<'a>(card: &'a Scorecard, section: &GuideSection) -> Option<&'a SectionDelta> {
    card.since
        .as_ref()?
        .deltas
        .iter()
        .find(|d| d.guide == section.guide)
}

/// Drift terms found at the ref but no longer now (fixed since): the current section's drift
/// list cannot show them, so the renderers list them apart. Most fixed uses first.
pub fn drift_gone(d: Option<&SectionDelta>) -> Vec<&CountChange> {
    d.map_or_else(Vec::new, |d| {
        d.drift
            .iter()
            .filter(|c| c.now == 0 && c.then > 0)
            .collect()
    })
}

/// Files whose score changed since the ref, biggest change first (a file that appeared or
/// vanished first of all; by path among equals).
pub fn changed_files(d: &SectionDelta) -> Vec<&crate::scorecard::delta::NamedChange> {
    let mut changed: Vec<_> = d.files.iter().collect();
    let size = |c: &Change| c.delta.map_or(f64::INFINITY, f64::abs);
    changed.sort_by(|a, b| {
        size(&b.score)
            .partial_cmp(&size(&a.score))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    changed
}

/// The lowest-scoring files with words, lowest first (by path among equals).
pub fn lowest_files(section: &GuideSection) -> Vec<&crate::scorecard::FileFigures> {
    let mut files: Vec<_> = section.files.iter().filter(|f| f.score.is_some()).collect();
    files.sort_by(|a, b| {
        a.score
            .partial_cmp(&b.score)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.path.cmp(&b.path))
    });
    files
}

/// Approved phrases by total uses, most first (guide order among equals).
pub fn phrases_by_use(section: &GuideSection) -> Vec<&PhraseUsage> {
    let mut phrases: Vec<&PhraseUsage> = section.phrases.iter().collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.exact + p.drifted));
    phrases
}

/// Phrases nobody uses word for word, with what to do about each.
pub fn unused_phrases(section: &GuideSection) -> Vec<(&PhraseUsage, &'static str)> {
    section
        .phrases
        .iter()
        .filter(|p| p.exact == 0)
        .map(|p| {
            let advice = if p.drifted > 0 {
                "teach: written only in other words"
            } else {
                "retire or teach: never used"
            };
            (p, advice)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_changes_read_well() {
        assert_eq!(count(0), "0");
        assert_eq!(count(1234567), "1,234,567");
        assert_eq!(plural(1, "file", "files"), "1 file");
        assert_eq!(plural(0, "file", "files"), "0 files");
        assert_eq!(plural(1200, "file", "files"), "1,200 files");
        assert_eq!(score(None), "n/a");
        assert_eq!(score(Some(78.25)), "78.2");
        assert_eq!(out_of_100(Some(78.25)), "78.2 / 100");
        assert_eq!(out_of_100(None), "n/a");
        assert_eq!(delta(Some(&Change::new(Some(70.0), Some(75.5)))), "+5.5");
        assert_eq!(delta(Some(&Change::new(Some(70.0), Some(69.0)))), "−1.0");
        assert_eq!(delta(Some(&Change::new(Some(70.0), Some(70.0)))), "±0");
        assert_eq!(delta(Some(&Change::new(None, Some(70.0)))), "new");
        assert_eq!(delta(None), "");
    }
}
