//! The claims part of the scorecard: every figure in use per unit, the ones to update first
//! (conflicting, then unapproved) with their files, and the approved claims nobody states.
//! Shown only when the guide has approved claims or a file states a figure.

use super::model::{Block, Cell, Column, List, More, Noun, Order, Section, Span, Table};
use super::sections::HTML_LIST;
use crate::scorecard::{ClaimStatus, GuideSection};

/// Files a figure's row names before "+N more files".
const FILES_SHOWN: usize = 3;

/// How a unit is named: "bare figure" for one without.
fn unit_label(unit: &str) -> String {
    if unit.is_empty() {
        "(bare figure)".to_string()
    } else {
        unit.to_string()
    }
}

fn status_label(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Approved => "approved",
        ClaimStatus::Conflicting => "conflicts",
        ClaimStatus::Unapproved => "unapproved",
    }
}

pub fn section(section: &GuideSection) -> Option<Section> {
    let claims = &section.claims;
    if claims.units.is_empty() && claims.unused_approved.is_empty() {
        return None;
    }
    let mut part = Section::new("claims", "Claims").para(vec![
        Span::ours("Every figure the files state, per unit: the ones to update first ("),
        Span::code("conflicting-claim"),
        Span::ours(", then "),
        Span::code("unapproved-claim"),
        Span::ours("), with their files."),
    ]);
    let rows: Vec<Vec<Cell>> = claims
        .units
        .iter()
        .flat_map(|unit| {
            unit.figures.iter().map(move |f| {
                let files = f.in_files.iter().map(|p| vec![Span::data(p)]).collect();
                let status = match f.status {
                    ClaimStatus::Approved => Cell::Text(vec![Span::good("approved")]),
                    other => Cell::Text(vec![Span::strong(status_label(other))]),
                };
                vec![
                    Cell::data(unit_label(&unit.unit)),
                    Cell::Text(vec![Span::quoted(&f.figure)]),
                    status,
                    Cell::count(f.files, None),
                    Cell::count(f.uses, None),
                    Cell::Items {
                        // Unlisted files are counted in "files": the "+N more" says so.
                        items: pad(files, f.files),
                        md_items: FILES_SHOWN,
                        html_items: Some(crate::scorecard::claims::LISTED_FILES),
                        more: Some(Noun::new("file", "files")),
                    },
                ]
            })
        })
        .collect();
    if !rows.is_empty() {
        part = part.block(Block::Table(Table {
            title: None,
            columns: vec![
                Column::text("unit"),
                Column::text("figure"),
                Column::text("status"),
                Column::num("files"),
                Column::num("uses"),
                Column::text("in files"),
            ],
            rows,
            html_rows: Some(HTML_LIST * 2),
            more: More {
                noun: Noun::new("figure", "figures"),
                order: Order::Ranked(" (the ones to update first)"),
            },
        }));
    }
    if !claims.unused_approved.is_empty() {
        part = part.block(Block::List(List {
            lead: vec![Span::ours("Approved claims no file states:")],
            items: claims
                .unused_approved
                .iter()
                .map(|entry| vec![Span::quoted(entry)])
                .collect(),
            html_items: None,
            noun: Noun::new("approved claim", "approved claims"),
        }));
    }
    Some(part)
}

/// The listed files, then one empty entry per file not listed, so the "+N more files" of the
/// cell counts every file stating the figure.
fn pad(mut files: Vec<Vec<Span>>, total: usize) -> Vec<Vec<Span>> {
    while files.len() < total {
        files.push(Vec::new());
    }
    files
}
