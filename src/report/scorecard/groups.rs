//! `report --by KEY`: the files grouped by a front-matter value or by month, as a table (score,
//! files, words, benefit coverage, errors, warnings), and in HTML a chart: score by group, or
//! for months one small chart per channel (small multiples) so each channel's trend reads on
//! its own.

use super::model::{Block, Cell, Chart, Column, More, Noun, Order, Panel, Section, Span, Table};
use super::{count, score};
use crate::scorecard::front::NO_VALUE;
use crate::scorecard::GuideSection;

pub fn section(section: &GuideSection) -> Option<Section> {
    let groups = section.groups.as_ref()?;
    let mut part = Section::new("groups", "Groups").para(vec![
        Span::ours("Files grouped by "),
        Span::code(&groups.by),
        Span::ours(if groups.by == "month" {
            " (of their date); a file counts in each of its groups."
        } else {
            " in their front matter; a file counts in each of its values."
        }),
    ]);
    if groups.rows.is_empty() {
        return Some(part.para(vec![Span::ours("No files: n/a.")]));
    }
    let mut columns = vec![
        Column::text("group"),
        Column::num("score"),
        Column::num("files"),
        Column::num("words"),
    ];
    if section.has_benefit {
        columns.push(Column::num("benefit"));
    }
    columns.extend([Column::num("errors"), Column::num("warnings")]);
    let rows = groups
        .rows
        .iter()
        .map(|g| {
            let mut row = vec![
                Cell::data(&g.aggregate.name),
                Cell::Score(g.aggregate.score),
                Cell::ours(count(g.aggregate.files)),
                Cell::ours(count(g.aggregate.words)),
            ];
            if let Some(b) = &g.benefit {
                row.push(Cell::ours(match b.share {
                    Some(share) => format!("{}%", score(Some(share))),
                    None => "n/a".to_string(),
                }));
            }
            row.extend([Cell::ours(count(g.errors)), Cell::ours(count(g.warnings))]);
            row
        })
        .collect();
    let chart = if groups.by == "month" {
        Chart::Panels {
            panels: month_panels(section),
            label: "Score by month, per channel",
        }
    } else {
        Chart::Scores {
            rows: groups
                .rows
                .iter()
                .map(|g| (g.aggregate.name.clone(), g.aggregate.score))
                .collect(),
            label: "Score by group",
        }
    };
    part = part.block(Block::Chart(chart)).block(Block::Table(Table {
        title: None,
        columns,
        rows,
        html_rows: None,
        more: More {
            noun: Noun::new("group", "groups"),
            order: Order::Guide,
        },
    }));
    Some(part)
}

/// One panel per channel: its score in each month it has files (undated files left out).
fn month_panels(section: &GuideSection) -> Vec<Panel> {
    let Some(groups) = &section.groups else {
        return Vec::new();
    };
    section
        .channels
        .iter()
        .map(|c| c.aggregate.name.as_str())
        .map(|channel| {
            let months = groups
                .rows
                .iter()
                .filter(|g| g.aggregate.name != NO_VALUE)
                .filter_map(|g| {
                    let in_channel = g.channels.iter().find(|a| a.name == channel)?;
                    Some((g.aggregate.name.clone(), in_channel.score))
                })
                .collect::<Vec<_>>();
            (channel.to_string(), months)
        })
        .filter(|(_, months)| !months.is_empty())
        .collect()
}
