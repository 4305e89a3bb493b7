//! The requirements part of the scorecard: per channel, how many files miss each thing it
//! requires or run too long, most failing first, with the lowest-scoring of those files.

use super::model::{Block, Cell, Column, More, Noun, Order, Section, Span, Table};
use super::{count, score};
use crate::scorecard::GuideSection;

/// Files a row names in Markdown (HTML names all the figures keep).
const MD_FILES: usize = 3;

pub fn section(section: &GuideSection) -> Option<Section> {
    if section.requirements.is_empty() {
        return None;
    }
    let mut failing: Vec<(&str, usize, &crate::scorecard::RequirementFailures)> = section
        .requirements
        .iter()
        .flat_map(|c| {
            c.requirements
                .iter()
                .map(move |r| (c.channel.as_str(), c.files, r))
        })
        .collect();
    // Most failing files first; guide order among equals (the sort is stable).
    failing.sort_by_key(|(_, _, r)| std::cmp::Reverse(r.failing));
    let rows = failing
        .iter()
        .map(|(channel, files, r)| {
            let worst = r
                .worst_files
                .iter()
                .map(|f| {
                    vec![
                        Span::data(&f.path),
                        Span::muted(format!(" ({})", score(f.score))),
                    ]
                })
                .collect();
            let share = if *files == 0 {
                "n/a".to_string()
            } else {
                format!("{}%", score(Some(100.0 * r.failing as f64 / *files as f64)))
            };
            vec![
                Cell::data(*channel),
                Cell::Text(vec![Span::code(&r.requirement)]),
                Cell::ours(format!("{} of {}", count(r.failing), count(*files))),
                Cell::ours(share),
                Cell::Items {
                    items: worst,
                    md_items: MD_FILES,
                    html_items: None,
                    more: None,
                },
            ]
        })
        .collect();
    Some(
        Section::new("requirements", "Requirements")
            .para(vec![Span::ours(
                "What each channel requires, and how many of its files miss it (or run longer than its word limit); the lowest-scoring of them, with their scores.",
            )])
            .block(Block::Table(Table {
                title: None,
                columns: vec![
                    Column::text("channel"),
                    Column::text("requirement"),
                    Column::num("files failing"),
                    Column::num("share"),
                    Column::text("lowest-scoring"),
                ],
                rows,
                html_rows: None,
                more: More {
                    noun: Noun::new("requirement", "requirements"),
                    order: Order::Ranked(" (by files failing)"),
                },
            })),
    )
}
