//! The stale-figures part of the scorecard: per approved claim, which files still state another
//! figure and what they say (`conflicting-claim` findings), so a team can update them. Shown
//! only when there are some: a guide without approved claims has nothing to go stale.

use super::{count, plural};
use crate::scorecard::{GuideSection, StaleFigure};
use std::fmt::Write;

/// How many places a row names before "…and N more" (JSON lists them all).
const PLACES_SHOWN: usize = 5;

fn places(row: &StaleFigure, escape: fn(&str) -> String) -> String {
    let mut shown: Vec<String> = row
        .places
        .iter()
        .take(PLACES_SHOWN)
        .map(|p| format!("\"{}\" ({}:{})", escape(&p.says), escape(&p.path), p.line))
        .collect();
    if row.places.len() > PLACES_SHOWN {
        shown.push(format!(
            "…and {} more",
            count(row.places.len() - PLACES_SHOWN)
        ));
    }
    shown.join(", ")
}

/// Markdown: a table of at most `rows` approved figures.
pub fn md(out: &mut String, section: &GuideSection, rows: usize) {
    if section.stale_figures.is_empty() {
        return;
    }
    out.push_str("#### Stale figures\n\nFigures that contradict an approved claim (`conflicting-claim`): which files still say what.\n\n| approved | stale | still says (file:line) |\n|---|--:|---|\n");
    for s in section.stale_figures.iter().take(rows) {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            super::md::escape(&s.approved),
            s.count,
            places(s, super::md::escape)
        );
    }
    if section.stale_figures.len() > rows {
        let _ = writeln!(
            out,
            "\n_Top {rows} of {} approved figures._",
            count(section.stale_figures.len())
        );
    }
    out.push('\n');
}

/// HTML: the same table, at most `shown` approved figures.
pub fn html(out: &mut String, section: &GuideSection, n: usize, shown: usize) {
    if section.stale_figures.is_empty() {
        return;
    }
    let _ = writeln!(out, "<section class=\"part stale\" id=\"stale-{n}\"><h3>Stale figures</h3><p>Figures that contradict an approved claim (<code>conflicting-claim</code>): which files still say what.</p>");
    out.push_str("<table><tr><th>approved</th><th class=\"num\">stale</th><th>still says (file:line)</th></tr>\n");
    for s in section.stale_figures.iter().take(shown) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            super::html::escape(&s.approved),
            s.count,
            places(s, super::html::escape)
        );
    }
    out.push_str("</table>");
    if section.stale_figures.len() > shown {
        let _ = write!(
            out,
            "<p class=\"note more\">{} not shown; <code>--format json</code> lists them all.</p>",
            plural(
                section.stale_figures.len() - shown,
                "more approved figure",
                "more approved figures"
            )
        );
    }
    out.push_str("</section>\n");
}
