//! The sections of a guide's scorecard, each built once by one function from the figures and
//! the delta since the ref (if `--since`); both renderers show the same [`Section`]s. A new
//! section is one more function here (or in a file beside it) and one line in [`sections`].

use super::language::{drift, field, phrases};
use super::model::{Block, Cell, Chart, Column, Format, More, Noun, Order, Section, Span, Table};
use super::{changed_files, count, delta, lowest_files, score};
use crate::guide::schema::Team;
use crate::scorecard::delta::{Change, SectionDelta};
use crate::scorecard::GuideSection;

/// Entries of the lists HTML cuts (drift, fixed terms, stale figures, field language).
pub const HTML_LIST: usize = 20;
/// Files listed by HTML in the lowest-scoring and changed tables.
const HTML_FILES: usize = 25;

/// Every section of a guide, in the order shown.
pub fn sections(section: &GuideSection, d: Option<&SectionDelta>) -> Vec<Section> {
    let mut all: Vec<Section> = super::pull_request::section(d).into_iter().collect();
    all.extend([channels(section, d), benefit(section, d)]);
    all.extend(super::requirements::section(section));
    all.extend(folders(section, d));
    all.extend(super::groups::section(section));
    all.push(files(section, d));
    all.push(phrases(section, d));
    all.push(drift(section, d));
    all.extend(super::claims::section(section));
    all.extend(super::stale::section(section));
    all.push(field(section, d));
    all
}

/// A Δ column when there is something to compare.
fn delta_column(columns: &mut Vec<Column>, d: Option<&SectionDelta>, column: Column) {
    if d.is_some() {
        columns.push(column);
    }
}

/// A Δ cell when there is something to compare.
fn delta_cell(row: &mut Vec<Cell>, d: Option<&SectionDelta>, change: Option<&Change>) {
    if d.is_some() {
        row.push(Cell::ours(delta(change)));
    }
}

/// Scores and sizes per channel. Markdown folds the benefit coverage in (one table for a
/// comment); HTML gives it a section and a chart of its own, and names what each requires.
fn channels(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let part = Section::new("channels", "Channels");
    if section.channels.is_empty() {
        return part.para(vec![Span::ours("No channels: n/a.")]);
    }
    let bars = section
        .channels
        .iter()
        .map(|c| (c.aggregate.name.clone(), c.aggregate.score))
        .collect();
    let mut columns = vec![
        Column::text("channel"),
        Column::text("team"),
        Column::text("requires").only(Format::Html),
        Column::num("score"),
    ];
    delta_column(&mut columns, d, Column::num("Δ"));
    columns.extend([
        Column::num("files"),
        Column::num("words"),
        Column::num("carry the benefit").only(Format::Markdown),
    ]);
    delta_column(&mut columns, d, Column::num("Δ").only(Format::Markdown));
    columns.push(Column::num("median benefit position").only(Format::Markdown));
    let rows = section
        .channels
        .iter()
        .map(|c| {
            let change = d.and_then(|d| d.channels.iter().find(|n| n.name == c.aggregate.name));
            let team = c.team.map_or("", Team::as_str);
            let mut row = vec![
                Cell::data(&c.aggregate.name),
                Cell::ours(team),
                Cell::data(c.requirements.join(", ")),
                Cell::Score(c.aggregate.score),
            ];
            delta_cell(&mut row, d, change.map(|c| &c.score));
            row.push(Cell::ours(count(c.aggregate.files)));
            row.push(Cell::ours(count(c.aggregate.words)));
            let (carry, median) = match &c.benefit {
                Some(b) if b.share.is_some() => (
                    format!(
                        "{} of {} ({}%)",
                        count(b.files_with_benefit),
                        count(c.aggregate.files),
                        score(b.share)
                    ),
                    score(b.median_position),
                ),
                // No benefit expressions, or a channel without files.
                _ => ("n/a".to_string(), "n/a".to_string()),
            };
            row.push(Cell::ours(carry));
            delta_cell(&mut row, d, change.and_then(|c| c.benefit_share.as_ref()));
            row.push(Cell::ours(median));
            row
        })
        .collect();
    part.block(Block::Chart(Chart::Scores {
        rows: bars,
        label: "score per channel",
    }))
    .block(Block::Table(Table {
        title: None,
        columns,
        rows,
        html_rows: None,
        more: More {
            noun: Noun::new("channel", "channels"),
            order: Order::Guide,
        },
    }))
}

/// Benefit coverage per channel: HTML only (Markdown has it in the channel table).
fn benefit(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let mut part = Section::new("benefit", "Benefit coverage");
    part.only = Some(Format::Html);
    if !section.has_benefit {
        return part.para(vec![Span::ours(
            "The guide has no benefit expressions: n/a.",
        )]);
    }
    let bars = section
        .channels
        .iter()
        .map(|c| {
            let share = c.benefit.as_ref().and_then(|b| b.share);
            (c.aggregate.name.clone(), share)
        })
        .collect();
    let mut columns = vec![
        Column::text("channel"),
        Column::num("files carrying the benefit"),
        Column::num("share"),
    ];
    delta_column(&mut columns, d, Column::num("Δ"));
    columns.push(Column::num("median words before it"));
    let rows = section
        .channels
        .iter()
        .filter_map(|c| {
            let b = c.benefit.as_ref()?;
            let change = d.and_then(|d| d.channels.iter().find(|x| x.name == c.aggregate.name));
            // A channel without files: nothing to share.
            let (carrying, share) = match b.share {
                Some(_) => (
                    format!(
                        "{} of {}",
                        count(b.files_with_benefit),
                        count(c.aggregate.files)
                    ),
                    format!("{}%", score(b.share)),
                ),
                None => ("n/a".to_string(), "n/a".to_string()),
            };
            let mut row = vec![
                Cell::data(&c.aggregate.name),
                Cell::ours(carrying),
                Cell::ours(share),
            ];
            delta_cell(&mut row, d, change.and_then(|x| x.benefit_share.as_ref()));
            row.push(Cell::ours(score(b.median_position)));
            Some(row)
        })
        .collect();
    part.block(Block::Chart(Chart::Scores {
        rows: bars,
        label: "percent of files carrying the benefit, per channel",
    }))
    .block(Block::Table(Table {
        title: None,
        columns,
        rows,
        html_rows: None,
        more: More {
            noun: Noun::new("channel", "channels"),
            order: Order::Guide,
        },
    }))
}

/// Top-level folders, most words first (by name among equals); none, no section.
fn folders(section: &GuideSection, d: Option<&SectionDelta>) -> Option<Section> {
    if section.folders.is_empty() {
        return None;
    }
    let mut folders: Vec<_> = section.folders.iter().collect();
    folders.sort_by_key(|f| std::cmp::Reverse(f.words));
    let mut columns = vec![Column::text("folder"), Column::num("score")];
    delta_column(&mut columns, d, Column::num("Δ"));
    columns.extend([Column::num("files"), Column::num("words")]);
    let rows = folders
        .iter()
        .map(|f| {
            let change = d.and_then(|d| d.folders.iter().find(|n| n.name == f.name));
            let mut row = vec![Cell::data(&f.name), Cell::Score(f.score)];
            delta_cell(&mut row, d, change.map(|c| &c.score));
            row.extend([Cell::ours(count(f.files)), Cell::ours(count(f.words))]);
            row
        })
        .collect();
    Some(
        Section::new("folders", "Folders").block(Block::Table(Table {
            title: None,
            columns,
            rows,
            html_rows: None,
            more: More {
                noun: Noun::new("folder", "folders"),
                order: Order::Ranked(" (by words)"),
            },
        })),
    )
}

/// The lowest-scoring files (Markdown leaves out their language score and words), then, with
/// `--since`, the files whose score changed.
fn files(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let lowest = lowest_files(section);
    let mut part = Section::new("files", "Lowest-scoring files");
    if lowest.is_empty() {
        part = part.para(vec![Span::ours("No file has words: n/a.")]);
    } else {
        let rows = lowest
            .iter()
            .map(|f| {
                let met = if f.requirements == 0 {
                    "—".to_string()
                } else {
                    format!("{} of {}", f.requirements_met, f.requirements)
                };
                vec![
                    Cell::data(&f.path),
                    Cell::data(&f.channel),
                    Cell::Score(f.score),
                    Cell::ours(score(f.language)),
                    Cell::ours(count(f.errors)),
                    Cell::ours(count(f.warnings)),
                    Cell::ours(met),
                    Cell::ours(count(f.words)),
                ]
            })
            .collect();
        part = part.block(Block::Table(Table {
            title: None,
            columns: vec![
                Column::text("file"),
                Column::text("channel"),
                Column::num("score"),
                Column::num("language").only(Format::Html),
                Column::num("errors"),
                Column::num("warnings"),
                Column::num("requirements met"),
                Column::num("words").only(Format::Html),
            ],
            rows,
            html_rows: Some(HTML_FILES),
            more: More {
                noun: Noun::new("file with words", "files with words"),
                order: Order::Ranked(""),
            },
        }));
    }
    let Some(d) = d.filter(|d| !d.files.is_empty()) else {
        return part;
    };
    let rows = changed_files(d)
        .into_iter()
        .map(|f| {
            vec![
                Cell::data(&f.name),
                Cell::ours(score(f.score.then)),
                Cell::ours(score(f.score.now)),
                Cell::ours(delta(Some(&f.score))),
            ]
        })
        .collect();
    part.block(Block::Table(Table {
        title: Some("Files whose score changed"),
        columns: vec![
            Column::text("file"),
            Column::num("then"),
            Column::num("now"),
            Column::num("Δ"),
        ],
        rows,
        html_rows: Some(HTML_FILES),
        more: More {
            noun: Noun::new("changed file", "changed files"),
            order: Order::Ranked(""),
        },
    }))
}
