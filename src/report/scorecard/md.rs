//! The scorecard as Markdown for a pull-request comment: tables, deltas, the top 10 of each
//! list, and never more than [`MAX_CHARS`] characters (GitHub refuses longer comments). Text
//! from documents and guides is escaped, so a `|` cannot break a table and `<script>` or
//! `@name` is shown, not run or notified.

use super::model::{
    joined_items, shown_in, Block, Cell, Format, Order, Section as Part, Span, Style, Table,
};
use super::{count, delta, out_of_100, plural, score, section_delta, TOP};
use crate::scorecard::delta::Change;
use crate::scorecard::{GuideSection, Scorecard, FORMULA, WORKED_EXAMPLE};
use std::fmt::Write;

/// The longest report, in characters.
pub const MAX_CHARS: usize = 65_000;
/// Longest text from a document or guide in a table cell, in characters.
const CELL_CHARS: usize = 120;
/// Room kept for the notes after the sections, in characters.
const CLOSING_ROOM: usize = 1_500;
/// How many entries each list of a section shows: [`TOP`], or fewer when the section would not
/// fit otherwise.
const ROWS: [usize; 4] = [TOP, 5, 3, 1];

/// Escape text for a Markdown table cell (or a line of prose): one line, no table breaks, no
/// markup, no HTML, no mentions.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().take(CELL_CHARS) {
        match c {
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            '\n' | '\r' | '\t' => out.push(' '),
            // Other controls in their visible form, its backslash escaped for Markdown.
            c if crate::report::escape::is_control(c) => {
                out.push_str(&crate::report::escape::visible(&c.to_string()).replace('\\', "\\\\"))
            }
            c => out.push(c),
        }
    }
    if text.chars().nth(CELL_CHARS).is_some() {
        out.push('…');
    }
    // `#` and `[` are escaped above, so no `##[`; a cell or prose line may still begin with
    // data, so no line may read as a workflow command when the report is printed in CI.
    crate::report::escape::defuse_commands(&out).into_owned()
}

pub fn render(card: &Scorecard) -> String {
    let mut out = String::new();
    out.push_str("## onmessage alignment scorecard\n\n");
    if card.sections.is_empty() {
        out.push_str("No files to score: alignment n/a.\n");
    }
    let mut left_out = 0;
    for (n, section) in card.sections.iter().enumerate() {
        // Keep room for the closing notes. A section too big for what is left is shown with
        // shorter lists; only when even the shortest does not fit is it left out, and never
        // the first one (the hard limit below cuts that one if it must).
        let room = MAX_CHARS.saturating_sub(out.chars().count() + CLOSING_ROOM);
        let parts = super::sections::sections(section, section_delta(card, section));
        let text = ROWS
            .iter()
            .map(|&rows| render_section(card, section, &parts, rows))
            .find(|text| text.chars().count() <= room)
            .or_else(|| {
                (n == 0).then(|| render_section(card, section, &parts, ROWS[ROWS.len() - 1]))
            });
        match text {
            Some(text) => out.push_str(&text),
            None => left_out += 1,
        }
    }
    if left_out > 0 {
        let _ = writeln!(
            out,
            "_{} left out to fit a comment: see `onmessage report --format html` or `--format json`._\n",
            plural(left_out, "more guide section", "more guide sections")
        );
    }
    if card.files_unreadable > 0 {
        let _ = writeln!(
            out,
            "_{} not be read and {} not counted._\n",
            plural(card.files_unreadable, "file could", "files could"),
            if card.files_unreadable == 1 {
                "is"
            } else {
                "are"
            }
        );
    }
    let _ = writeln!(
        out,
        "<details><summary>How the score works</summary>\n\n{}. Info and suppressed findings do not count; front matter, code and URLs are not words. Folders, channels and the overall score are word-weighted means of file scores; files without words are left out.\n\n{}\n\n</details>",
        escape_long(FORMULA),
        escape_long(WORKED_EXAMPLE),
    );
    fit(out)
}

/// The hard limit, whatever the content: cut at a line break and say so.
fn fit(text: String) -> String {
    if text.chars().count() <= MAX_CHARS {
        return text;
    }
    let note = "\n\n_Report cut to fit a comment: see `--format json` for every figure._\n";
    let budget = MAX_CHARS - note.chars().count();
    let cut = text
        .char_indices()
        .nth(budget)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..cut].rfind('\n').unwrap_or(cut);
    format!("{}{note}", &text[..cut])
}

/// Escape without the cell length limit (the formula and notes are ours, but kept safe).
fn escape_long(text: &str) -> String {
    text.chars().map(|c| escape(&c.to_string())).collect()
}

/// One guide's section, each list cut to `rows` entries.
fn render_section(card: &Scorecard, section: &GuideSection, parts: &[Part], rows: usize) -> String {
    let d = section_delta(card, section);
    let mut out = String::new();
    let _ = writeln!(out, "### Guide: {}\n", escape(&section.guide));
    if let Some(d) = d {
        // The change first: the whole repository's score hardly moves for one file.
        let _ = writeln!(
            out,
            "**{}**\n\n{}\n",
            escape_long(&super::pull_request::first_line(&d.touched)),
            escape_long(&super::pull_request::touched_line(&d.touched)),
        );
    }
    let headline = match (d, card.since.as_ref()) {
        (Some(d), Some(since)) => format!(
            "Whole repository: **alignment {} → {}** ({}) since {} ({})",
            score(d.overall.then),
            score(d.overall.now),
            delta_or_dash(&d.overall),
            escape(&since.reference),
            escape(&since.commit.chars().take(10).collect::<String>()),
        ),
        _ => format!("**Alignment {}**", out_of_100(section.overall.score)),
    };
    let _ = writeln!(
        out,
        "{headline} · {} · {}\n",
        plural(section.overall.files, "file", "files"),
        plural(section.overall.words, "word", "words")
    );
    if rows < TOP {
        let _ = writeln!(
            out,
            "_Lists shortened to {} to fit a comment: see `onmessage report --format html` or `--format json`._\n",
            plural(rows, "entry", "entries")
        );
    }
    for part in parts {
        render_part(&mut out, part, rows);
    }
    out
}

/// One section, unless it is HTML's only; its lists cut to `rows` entries.
pub(super) fn render_part(out: &mut String, part: &Part, rows: usize) {
    if !shown_in(part.only, Format::Markdown) {
        return;
    }
    let _ = writeln!(out, "#### {}\n", escape_long(part.title));
    for block in &part.blocks {
        render_block(out, block, rows);
    }
}

fn delta_or_dash(change: &Change) -> String {
    let text = delta(Some(change));
    if text.is_empty() {
        "—".to_string()
    } else {
        text
    }
}

fn render_block(out: &mut String, block: &Block, rows: usize) {
    match block {
        Block::Para { spans: text, .. } => {
            let _ = writeln!(out, "{}\n", spans(text));
        }
        // Charts are HTML's; the table beside each has the figures.
        Block::Chart(_) => {}
        Block::Table(table) => render_table(out, table, rows),
        Block::List(list) => {
            let _ = writeln!(out, "{}\n", spans(&list.lead));
            for item in list.items.iter().take(rows) {
                let _ = writeln!(out, "- {}", spans(item));
            }
            if list.items.len() > rows {
                let _ = writeln!(out, "- …and {} more", count(list.items.len() - rows));
            }
            out.push('\n');
        }
    }
}

fn render_table(out: &mut String, table: &Table, rows: usize) {
    if let Some(title) = table.title {
        let _ = writeln!(out, "#### {}\n", escape_long(title));
    }
    let shown: Vec<usize> = (0..table.columns.len())
        .filter(|&i| shown_in(table.columns[i].only, Format::Markdown))
        .collect();
    let headers: Vec<String> = shown
        .iter()
        .map(|&i| escape_long(table.columns[i].header))
        .collect();
    let _ = writeln!(out, "| {} |", headers.join(" | "));
    out.push('|');
    for &i in &shown {
        out.push_str(if table.columns[i].numeric {
            "--:|"
        } else {
            "---|"
        });
    }
    out.push('\n');
    for row in table.rows.iter().take(rows) {
        let cells: Vec<String> = shown
            .iter()
            .map(|&i| row.get(i).map(cell).unwrap_or_default())
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    let total = table.rows.len();
    if total > rows {
        let many = table.more.noun.many;
        let _ = match table.more.order {
            Order::Guide => writeln!(
                out,
                "\n_The first {rows} of {} {many}, in guide order: see `--format html` or `--format json` for the rest._",
                count(total)
            ),
            Order::Ranked(how) => writeln!(out, "\n_Top {rows} of {} {many}{how}._", count(total)),
        };
    }
    out.push('\n');
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => spans(text),
        Cell::Score(value) => score(*value),
        Cell::Items {
            items,
            md_items,
            more,
            ..
        } => joined_items(items, *md_items, *more, spans),
    }
}

/// Spans as Markdown: every text escaped (data also cut to a cell's length); only the markup
/// added here is not.
fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span.style {
            Style::Data | Style::Muted => escape(&span.text),
            Style::Ours | Style::Good => escape_long(&span.text),
            Style::Code => code(&span.text),
            Style::Strong => format!("**{}**", escape_long(&span.text)),
            Style::Quoted | Style::Example => format!("\"{}\"", escape(&span.text)),
            Style::Break => " — ".to_string(),
        })
        .collect()
}

/// Our own code as a code span, whose content needs no escaping; text that could end the span
/// or break a table row is escaped as prose instead.
fn code(text: &str) -> String {
    let plain = |c: char| {
        !matches!(c, '`' | '|' | '<' | '>' | '&' | '@') && !crate::report::escape::is_control(c)
    };
    if !text.is_empty() && text.chars().all(plain) {
        format!("`{text}`")
    } else {
        escape_long(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_tables_and_comments_safe() {
        assert_eq!(
            escape("a | b <script>alert(1)</script> @team *x*\nnext"),
            "a \\| b &lt;script&gt;alert(1)&lt;/script&gt; &#64;team \\*x\\* next"
        );
        let long = "x".repeat(CELL_CHARS + 5);
        assert_eq!(escape(&long).chars().count(), CELL_CHARS + 1);
    }

    #[test]
    fn code_spans_in_our_notes_stay_code() {
        assert_eq!(
            spans(&Span::ours_with_code(
                "no channel has `team: sales` | *yet*"
            )),
            "no channel has `team: sales` \\| \\*yet\\*"
        );
        // Code that would break a table row or run as markup is escaped as prose.
        assert_eq!(code("a|b"), "a\\|b");
        assert_eq!(code("<b>"), "&lt;b&gt;");
    }

    #[test]
    fn fit_cuts_at_a_line_and_says_so() {
        let text = "line of text\n".repeat(10_000);
        let fitted = fit(text);
        assert!(fitted.chars().count() <= MAX_CHARS);
        assert!(fitted.ends_with("for every figure._\n"));
        assert_eq!(fit("short\n".to_string()), "short\n");
    }
}
