//! The scorecard as CSV (`report --format csv`): one row per file, for spreadsheets, written and
//! defused as [`crate::report::csv`] writes every CSV cell.

use crate::report::csv::{record, text};
use crate::scorecard::Scorecard;

/// The header row: the columns are a contract, added to only at the end.
pub const HEADER: &[&str] = &[
    "guide",
    "path",
    "channel",
    "team",
    "folder",
    "author",
    "date",
    "tags",
    "words",
    "score",
    "language",
    "errors",
    "warnings",
    "requirements",
    "requirements_met",
];

pub fn render(card: &Scorecard) -> String {
    let mut out = record(HEADER.iter().map(|h| h.to_string()));
    for section in &card.sections {
        for file in &section.files {
            let team = section
                .channels
                .iter()
                .find(|c| c.aggregate.name == file.channel)
                .and_then(|c| c.team)
                .map_or("", |t| t.as_str())
                .to_string();
            let number = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_default();
            out.push_str(&record([
                text(&section.guide),
                text(&file.path),
                text(&file.channel),
                team,
                text(&file.folder),
                text(&file.authors.join("; ")),
                text(file.date.as_deref().unwrap_or_default()),
                text(&file.tags.join("; ")),
                file.words.to_string(),
                number(file.score),
                number(file.language),
                file.errors.to_string(),
                file.warnings.to_string(),
                file.requirements.to_string(),
                file.requirements_met.to_string(),
            ]));
        }
    }
    out
}
