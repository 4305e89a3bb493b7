//! The stale-figures part of the scorecard: per approved claim, which files still state another
//! figure and what they say (`conflicting-claim` findings), so a team can update them. Shown
//! only when there are some: a guide without approved claims has nothing to go stale.

use super::model::{Block, Cell, Column, More, Noun, Order, Section, Span, Table};
use super::sections::HTML_LIST;
use crate::scorecard::GuideSection;

/// How many places a row names before "+N more places" (JSON lists them all).
const PLACES_SHOWN: usize = 5;

pub fn section(section: &GuideSection) -> Option<Section> {
    if section.stale_figures.is_empty() {
        return None;
    }
    let rows = section
        .stale_figures
        .iter()
        .map(|s| {
            let places = s
                .places
                .iter()
                .map(|p| {
                    vec![
                        Span::quoted(&p.says),
                        Span::ours(" ("),
                        Span::data(&p.path),
                        Span::ours(format!(":{})", p.line)),
                    ]
                })
                .collect();
            vec![
                Cell::data(&s.approved),
                Cell::count(s.count, None),
                Cell::Items {
                    items: places,
                    md_items: PLACES_SHOWN,
                    html_items: Some(PLACES_SHOWN),
                    more: Some(Noun::new("place", "places")),
                },
            ]
        })
        .collect();
    let intro = vec![
        Span::ours("Figures that contradict an approved claim ("),
        Span::code("conflicting-claim"),
        Span::ours("): which files still say what."),
    ];
    Some(
        Section::new("stale", "Stale figures")
            .para(intro)
            .block(Block::Table(Table {
                title: None,
                columns: vec![
                    Column::text("approved"),
                    Column::num("stale"),
                    Column::text("still says (file:line)"),
                ],
                rows,
                html_rows: Some(HTML_LIST),
                more: More {
                    noun: Noun::new("approved figure", "approved figures"),
                    order: Order::Ranked(""),
                },
            })),
    )
}
