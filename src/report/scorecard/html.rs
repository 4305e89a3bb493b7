//! The scorecard as one self-contained HTML page: inline CSS and SVG charts, no JavaScript,
//! nothing loaded from elsewhere, readable offline and printable. Every text from documents
//! and guides is escaped.

use super::charts::{gauge, score_bars, score_colour, small_bars, usage_bars};
use super::model::{
    joined_items, shown_in, Block, Cell, Chart, Format, Noun, Section, Span, Style, Table,
};
use super::sections::HTML_LIST;
use super::{count, delta, out_of_100, plural, score, section_delta};
use crate::scorecard::{GuideSection, Scorecard, FORMULA, WORKED_EXAMPLE};
use std::fmt::Write;

/// Inline CSS: the page loads nothing from elsewhere.
const STYLE: &str = include_str!("scorecard.css");

/// Escape text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls are shown, never passed to a terminal that prints the page.
            c if crate::report::escape::is_control(c) && c != '\n' => {
                out.push_str(&crate::report::escape::visible(&c.to_string()))
            }
            c => out.push(c),
        }
    }
    // Printed to a CI log, no line of the page may read as a workflow command.
    crate::report::escape::defuse_commands(&out).into_owned()
}

pub fn render(card: &Scorecard) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>onmessage alignment scorecard</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>Alignment scorecard</h1><p class=\"meta\">onmessage · {} read{}{}</p></header>",
        plural(card.files_read, "file", "files"),
        if card.files_unreadable > 0 {
            format!(" · {} could not be read", count(card.files_unreadable))
        } else {
            String::new()
        },
        match &card.since {
            Some(since) => format!(
                " · compared with {} ({})",
                escape(&since.reference),
                escape(&since.commit.chars().take(10).collect::<String>())
            ),
            None => String::new(),
        }
    );
    if card.sections.is_empty() {
        out.push_str("<section class=\"guide\" id=\"guide-0\"><h2>No files to score</h2><p>Alignment: n/a.</p></section>\n");
    }
    for (n, section) in card.sections.iter().enumerate() {
        render_section(&mut out, card, section, n);
    }
    let _ = writeln!(
        out,
        "<footer id=\"how-the-score-works\"><h3>How the score works</h3><p>{}. Info and suppressed findings do not count; front matter, code and URLs are not words. Folders, channels and the overall score are word-weighted means of file scores; files without words are left out.</p><p>{}</p></footer>\n</body>\n</html>",
        escape(FORMULA),
        escape(WORKED_EXAMPLE)
    );
    out
}

fn render_section(out: &mut String, card: &Scorecard, section: &GuideSection, n: usize) {
    let d = section_delta(card, section);
    let _ = write!(
        out,
        "<section class=\"guide\" id=\"guide-{n}\">\n<h2>Guide: {}</h2>\n<div class=\"summary\" id=\"alignment-score-{n}\">{}<div class=\"headline\">",
        escape(&section.guide),
        gauge(section.overall.score, "overall alignment"),
    );
    match d {
        Some(d) => {
            // The change first: the whole repository's score hardly moves for one file.
            let _ = write!(
                out,
                "<p class=\"change\"><strong>{}</strong><br><span class=\"meta\">{}</span></p>",
                escape(&super::pull_request::first_line(&d.touched)),
                escape(&super::pull_request::touched_line(&d.touched)),
            );
            let _ = write!(
                out,
                "Whole repository: alignment <strong>{} → {}</strong> <span class=\"{}\">{}</span>",
                score(d.overall.then),
                score(d.overall.now),
                if d.overall.delta.unwrap_or(0.0) < 0.0 {
                    "down"
                } else {
                    "up"
                },
                escape(&delta(Some(&d.overall))),
            );
        }
        None => {
            let _ = write!(
                out,
                "Alignment <strong>{}</strong>",
                out_of_100(section.overall.score)
            );
        }
    }
    let _ = writeln!(
        out,
        "<br><span class=\"meta\">{} ({} with words) · {}</span></div></div>",
        plural(section.overall.files, "file", "files"),
        count(section.overall.scored_files),
        plural(section.overall.words, "word", "words")
    );
    let parts = super::sections::sections(section, d);
    for part in &parts {
        render_part(out, part, n);
    }
    out.push_str("</section>\n");
}

/// One section of guide `n`, unless it is Markdown's only.
pub(super) fn render_part(out: &mut String, part: &Section, n: usize) {
    if !shown_in(part.only, Format::Html) {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"part {id}\" id=\"{id}-{n}\"><h3>{}</h3>",
        escape(part.title),
        id = escape(part.id),
    );
    for block in &part.blocks {
        render_block(out, block);
    }
    out.push_str("</section>\n");
}

fn render_block(out: &mut String, block: &Block) {
    match block {
        Block::Para { spans: text, note } => {
            let class = if *note { " class=\"note\"" } else { "" };
            let _ = writeln!(out, "<p{class}>{}</p>", spans(text));
        }
        Block::Chart(Chart::Scores { rows, label }) => out.push_str(&score_bars(rows, label)),
        Block::Chart(Chart::Panels { panels, label }) => {
            let _ = write!(
                out,
                "<div class=\"panels\" role=\"group\" aria-label=\"{}\">",
                escape(label)
            );
            for (title, rows) in panels {
                let _ = write!(
                    out,
                    "<figure><figcaption>{}</figcaption>{}</figure>",
                    escape(title),
                    small_bars(rows, &format!("{label}: {title}"))
                );
            }
            out.push_str("</div>");
        }
        Block::Chart(Chart::Uses { rows, label, noun }) => {
            let shown = &rows[..rows.len().min(HTML_LIST)];
            out.push_str(&usage_bars(shown, label));
            if rows.len() > HTML_LIST {
                let _ = write!(
                    out,
                    "<p class=\"note\">The chart shows the {HTML_LIST} most used of {} {}; the table lists them all.</p>",
                    count(rows.len()),
                    escape(noun.many)
                );
            }
        }
        Block::Table(table) => render_table(out, table),
        Block::List(list) => {
            let _ = write!(out, "<p>{}</p><ul>", spans(&list.lead));
            let shown = list.html_items.unwrap_or(usize::MAX);
            for item in list.items.iter().take(shown) {
                let _ = write!(out, "<li>{}</li>", spans(item));
            }
            out.push_str("</ul>");
            more_note(out, list.items.len(), shown, list.noun);
            out.push('\n');
        }
    }
}

fn render_table(out: &mut String, table: &Table) {
    if let Some(title) = table.title {
        let _ = write!(out, "<h3>{}</h3>", escape(title));
    }
    let shown: Vec<usize> = (0..table.columns.len())
        .filter(|&i| shown_in(table.columns[i].only, Format::Html))
        .collect();
    out.push_str("<table><tr>");
    for &i in &shown {
        let column = &table.columns[i];
        let class = if column.numeric { " class=\"num\"" } else { "" };
        let _ = write!(out, "<th{class}>{}</th>", escape(column.header));
    }
    out.push_str("</tr>\n");
    let rows = table.html_rows.unwrap_or(usize::MAX);
    for row in table.rows.iter().take(rows) {
        out.push_str("<tr>");
        for &i in &shown {
            let class = if table.columns[i].numeric {
                " class=\"num\""
            } else {
                ""
            };
            let content = row.get(i).map(cell).unwrap_or_default();
            let _ = write!(out, "<td{class}>{content}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>");
    more_note(out, table.rows.len(), rows, table.more.noun);
    out.push('\n');
}

fn pill(value: Option<f64>) -> String {
    format!(
        "<span class=\"pill\" style=\"background:{}\">{}</span>",
        score_colour(value),
        score(value)
    )
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => spans(text),
        Cell::Score(value) => pill(*value),
        Cell::Items {
            items,
            html_items,
            more,
            ..
        } => joined_items(items, html_items.unwrap_or(usize::MAX), *more, spans),
    }
}

/// Spans as HTML: every text escaped; only the markup added here is not.
fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| {
            let text = escape(&span.text);
            match span.style {
                Style::Data | Style::Ours => text,
                Style::Code => format!("<code>{text}</code>"),
                Style::Strong => format!("<strong>{text}</strong>"),
                Style::Good => format!("<span class=\"up\">{text}</span>"),
                Style::Muted => format!("<span class=\"note\">{text}</span>"),
                Style::Quoted => format!("“{text}”"),
                Style::Example => format!("<span class=\"example\">“{text}”</span>"),
                Style::Break => "<br>".to_string(),
            }
        })
        .collect()
}

/// "N more … not shown" under a list cut to `shown` entries.
fn more_note(out: &mut String, total: usize, shown: usize, noun: Noun) {
    if total > shown {
        let _ = write!(
            out,
            "<p class=\"note more\">{} not shown; <code>--format json</code> lists them all.</p>",
            escape(&plural(
                total - shown,
                &format!("more {}", noun.one),
                &format!("more {}", noun.many)
            ))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
