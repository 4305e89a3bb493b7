//! The pull-request view of `--since`: the line a reviewer reads first ("This change adds 7
//! errors in 1 new file (score 40.0)"), the touched files' score before and after, and the
//! findings the change introduced and fixed, by rule.

use super::model::{Block, Cell, Column, More, Noun, Order, Section, Span, Table};
use super::{count, delta, plural, score};
use crate::scorecard::delta::SectionDelta;
use crate::scorecard::touched::Touched;

/// "This change adds 7 errors in 1 new file (score 40.0)."
pub fn first_line(t: &Touched) -> String {
    if t.files == 0 {
        return "This change touches no scored file.".to_string();
    }
    let errors = t.errors.now as i64 - t.errors.then as i64;
    let what = match errors {
        0 => "adds no errors".to_string(),
        n if n > 0 => format!("adds {}", plural(n as usize, "error", "errors")),
        n => format!(
            "removes {}",
            plural(n.unsigned_abs() as usize, "error", "errors")
        ),
    };
    let where_ = if t.added == t.files {
        format!(
            "{} (score {})",
            plural(t.added, "new file", "new files"),
            score(t.added_score)
        )
    } else if t.added > 0 {
        format!(
            "{}, {} new (score of the new: {})",
            plural(t.files, "file", "files"),
            count(t.added),
            score(t.added_score)
        )
    } else {
        plural(t.files, "changed file", "changed files")
    };
    format!("This change {what} in {where_}.")
}

/// "Touched files 72.0 → 40.0 (−32.0)": the score of the files the change touched.
pub fn touched_line(t: &Touched) -> String {
    format!(
        "Files it touched: {} → {} ({}), {} → {} errors, {} → {} warnings.",
        score(t.score.then),
        score(t.score.now),
        match delta(Some(&t.score)) {
            d if d.is_empty() => "—".to_string(),
            d => d,
        },
        count(t.errors.then),
        count(t.errors.now),
        count(t.warnings.then),
        count(t.warnings.now),
    )
}

/// Findings introduced and fixed by the change, by rule; none, no section.
pub fn section(d: Option<&SectionDelta>) -> Option<Section> {
    let t = &d?.touched;
    if t.by_rule.is_empty() {
        return None;
    }
    let rows = t
        .by_rule
        .iter()
        .map(|r| {
            vec![
                Cell::Text(vec![Span::code(r.rule.as_str())]),
                Cell::ours(count(r.introduced)),
                Cell::ours(count(r.fixed)),
            ]
        })
        .collect();
    Some(
        Section::new("change", "Findings this change introduced and fixed").block(Block::Table(
            Table {
                title: None,
                columns: vec![
                    Column::text("rule"),
                    Column::num("introduced"),
                    Column::num("fixed"),
                ],
                rows,
                html_rows: None,
                more: More {
                    noun: Noun::new("rule", "rules"),
                    order: Order::Ranked(" (most introduced first)"),
                },
            },
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scorecard::delta::Change;
    use crate::scorecard::touched::Counts;

    fn touched(files: usize, added: usize, errors: (usize, usize)) -> Touched {
        Touched {
            files,
            added,
            removed: 0,
            score: Change::new(None, Some(40.0)),
            added_score: (added > 0).then_some(40.0),
            errors: Counts {
                then: errors.0,
                now: errors.1,
            },
            warnings: Counts { then: 0, now: 0 },
            by_rule: Vec::new(),
        }
    }

    #[test]
    fn the_first_line_says_what_the_change_does() {
        assert_eq!(
            first_line(&touched(1, 1, (0, 7))),
            "This change adds 7 errors in 1 new file (score 40.0)."
        );
        assert_eq!(
            first_line(&touched(3, 0, (4, 1))),
            "This change removes 3 errors in 3 changed files."
        );
        assert_eq!(
            first_line(&touched(2, 1, (1, 1))),
            "This change adds no errors in 2 files, 1 new (score of the new: 40.0)."
        );
        assert_eq!(
            first_line(&touched(0, 0, (0, 0))),
            "This change touches no scored file."
        );
    }
}
