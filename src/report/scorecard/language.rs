//! The sections about words: approved phrases in use, drift to banned and non-preferred terms,
//! and the field's own language.

use super::model::{Block, Cell, Chart, Column, List, More, Noun, Order, Section, Span, Table};
use super::sections::HTML_LIST;
use super::{count, drift_gone, phrase_label, phrases_by_use, plural, unused_phrases};
use crate::scorecard::delta::{CountChange, SectionDelta};
use crate::scorecard::GuideSection;

/// Channels a phrase's "by channel" cell names in Markdown; the rest are counted.
const MD_CHANNELS_PER_PHRASE: usize = 5;
/// Files a drift term's "most in" cell names in Markdown (HTML names all the figures keep).
const MD_FILES_PER_TERM: usize = 3;

/// What a count was at the ref, if it changed.
fn was(changes: Option<&Vec<CountChange>>, name: &str) -> Option<usize> {
    changes?.iter().find(|c| c.name == name).map(|c| c.then)
}

/// Uses of each approved phrase and call to action, most used first, and the ones nobody uses
/// word for word.
pub fn phrases(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let part = Section::new("phrases", "Approved phrases");
    if section.phrases.is_empty() {
        return part.para(vec![Span::ours(
            "The guide has no approved phrases or calls to action: n/a.",
        )]);
    }
    let ordered = phrases_by_use(section);
    let bars = ordered
        .iter()
        .map(|p| (p.text.clone(), p.exact, p.drifted))
        .collect();
    let rows = ordered
        .iter()
        .map(|p| {
            let mut by_channel: Vec<_> = p.channels.iter().collect();
            // Most uses first (guide order among equals).
            by_channel.sort_by_key(|c| std::cmp::Reverse(c.exact + c.drifted));
            let items = by_channel
                .iter()
                .map(|c| {
                    vec![
                        Span::data(&c.channel),
                        Span::ours(format!(" {} + {}", count(c.exact), count(c.drifted))),
                    ]
                })
                .collect();
            vec![
                Cell::data(phrase_label(p)),
                Cell::data(&p.text),
                Cell::count(p.exact, was(d.map(|d| &d.phrase_uses), &p.text)),
                Cell::count(p.drifted, None),
                Cell::count(p.files, None),
                Cell::Items {
                    items,
                    md_items: MD_CHANNELS_PER_PHRASE,
                    html_items: None,
                    more: Some(Noun::new("channel", "channels")),
                },
            ]
        })
        .collect();
    let part = part
        .block(Block::Chart(Chart::Uses {
            rows: bars,
            label: "uses per approved phrase",
            noun: Noun::new("phrase", "phrases"),
        }))
        .block(Block::Table(Table {
            title: None,
            columns: vec![
                Column::text("phrase"),
                Column::text("text"),
                Column::num("exact"),
                Column::num("drifted"),
                Column::num("files"),
                Column::text("by channel (exact + drifted)"),
            ],
            rows,
            html_rows: None,
            more: More {
                noun: Noun::new("phrase", "phrases"),
                order: Order::Ranked(""),
            },
        }));
    let unused = unused_phrases(section);
    if unused.is_empty() {
        return part.para(vec![Span::ours(
            "Every approved phrase is used word for word somewhere.",
        )]);
    }
    let items = unused
        .iter()
        .map(|(p, advice)| {
            vec![
                Span::data(phrase_label(p)),
                Span::ours(": "),
                Span::quoted(&p.text),
                Span::ours(format!(
                    " ({}): {advice}",
                    plural(p.drifted, "drifted use", "drifted uses")
                )),
            ]
        })
        .collect();
    part.block(Block::List(List {
        lead: vec![
            Span::strong("Nobody uses these word for word"),
            Span::ours(" — candidates to retire or to teach:"),
        ],
        items,
        html_items: None,
        noun: Noun::new("phrase", "phrases"),
    }))
}

/// Banned and non-preferred terms found, most frequent first, and the ones fixed since the ref.
pub fn drift(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let mut part = Section::new("drift", "Drift: banned and non-preferred terms");
    if section.drift.is_empty() {
        part = part.para(vec![Span::ours("None found.")]);
    } else {
        let rows = section
            .drift
            .iter()
            .map(|t| {
                let most = t
                    .top_files
                    .iter()
                    .map(|f| vec![Span::data(&f.path), Span::ours(format!(" ({})", f.count))])
                    .collect();
                vec![
                    Cell::data(&t.term),
                    Cell::ours(t.rule.to_string()),
                    Cell::data(t.instead.as_deref().unwrap_or("")),
                    Cell::count(t.count, was(d.map(|d| &d.drift), &t.term)),
                    Cell::count(t.files, None),
                    // The files column counts them all; these are the top few.
                    Cell::Items {
                        items: most,
                        md_items: MD_FILES_PER_TERM,
                        html_items: None,
                        more: None,
                    },
                ]
            })
            .collect();
        part = part.block(Block::Table(Table {
            title: None,
            columns: vec![
                Column::text("term"),
                Column::text("rule"),
                Column::text("instead"),
                Column::num("found"),
                Column::num("files"),
                Column::text("most in"),
            ],
            rows,
            html_rows: Some(HTML_LIST),
            more: More {
                noun: Noun::new("term", "terms"),
                order: Order::Ranked(""),
            },
        }));
    }
    let gone = drift_gone(d);
    if gone.is_empty() {
        return part;
    }
    let items = gone
        .iter()
        .map(|c| {
            vec![
                Span::data(&c.name),
                Span::ours(format!(" {} → 0, ", count(c.then))),
                Span::good("gone"),
            ]
        })
        .collect();
    part.block(Block::List(List {
        lead: vec![Span::strong("No longer found:")],
        items,
        html_items: Some(HTML_LIST),
        noun: Noun::new("fixed term", "fixed terms"),
    }))
}

/// Phrases the sales channels use and marketing does not, with up to two examples each.
pub fn field(section: &GuideSection, d: Option<&SectionDelta>) -> Section {
    let f = &section.field_language;
    let part = Section::new("field-language", "Field language");
    if let Some(reason) = &f.not_available {
        let mut spans = vec![Span::ours("n/a: ")];
        spans.extend(Span::ours_with_code(reason));
        spans.push(Span::ours("."));
        return part.para(spans);
    }
    let marketing = if f.marketing_channels.is_empty() {
        Span::ours("none")
    } else {
        Span::data(f.marketing_channels.join(", "))
    };
    let part = part.note(vec![
        Span::ours(format!(
            "Phrases of 2–4 words in at least {} of the {} of sales channels (",
            f.min_files,
            plural(f.sales_files, "file", "files"),
        )),
        Span::data(f.sales_channels.join(", ")),
        Span::ours(") that neither the guide nor any marketing file ("),
        marketing,
        Span::ours(") uses: candidates for marketing to adopt or to answer."),
    ]);
    if f.phrases.is_empty() {
        return part.para(vec![Span::ours("None yet.")]);
    }
    let rows = f
        .phrases
        .iter()
        .map(|p| {
            let mut phrase = vec![Span::data(&p.text)];
            if d.is_some_and(|d| d.new_field_phrases.contains(&p.text)) {
                phrase.extend([Span::ours(" ("), Span::good("new"), Span::ours(")")]);
            }
            let mut examples = Vec::new();
            for (i, e) in p.examples.iter().enumerate() {
                if i > 0 {
                    examples.push(Span::line_break());
                }
                examples.extend([
                    Span::example(&e.sentence),
                    Span::line_break(),
                    Span::muted(&e.path),
                ]);
            }
            vec![
                Cell::Text(phrase),
                Cell::count(p.files, None),
                Cell::ours(count(p.writers)),
                Cell::Text(examples),
            ]
        })
        .collect();
    part.block(Block::Table(Table {
        title: None,
        columns: vec![
            Column::text("phrase"),
            Column::num("files"),
            Column::num("writers"),
            Column::text("examples"),
        ],
        rows,
        html_rows: Some(HTML_LIST),
        more: More {
            noun: Noun::new("phrase", "phrases"),
            order: Order::Ranked(""),
        },
    }))
}
