//! The scorecard as Markdown for a pull-request comment: tables, deltas, the top 10 of each
//! list, and never more than [`MAX_CHARS`] characters (GitHub refuses longer comments). Text
//! from documents and guides is escaped, so a `|` cannot break a table and `<script>` or
//! `@name` is shown, not run or notified.

use super::{
    changed_files, count, delta, drift_gone, lowest_files, out_of_100, phrase_label,
    phrases_by_use, plural, score, section_delta, unused_phrases, TOP,
};
use crate::scorecard::delta::{Change, SectionDelta};
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
/// Channels named in a phrase's "by channel" cell; the rest are counted.
const CHANNELS_PER_PHRASE: usize = 5;

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
        let text = ROWS
            .iter()
            .map(|&rows| render_section(card, section, rows))
            .find(|text| text.chars().count() <= room)
            .or_else(|| (n == 0).then(|| render_section(card, section, ROWS[ROWS.len() - 1])));
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

/// Our own text with `code` spans: the spans become Markdown code (whose content needs no
/// escaping: it cannot hold a backtick), the rest is escaped.
fn escape_with_code(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && !part.is_empty() {
                format!("`{part}`")
            } else {
                escape_long(part)
            }
        })
        .collect()
}

/// Escape without the cell length limit (the formula and notes are ours, but kept safe).
fn escape_long(text: &str) -> String {
    text.chars().map(|c| escape(&c.to_string())).collect()
}

/// One guide's section, each list cut to `rows` entries.
fn render_section(card: &Scorecard, section: &GuideSection, rows: usize) -> String {
    let d = section_delta(card, section);
    let mut out = String::new();
    let _ = writeln!(out, "### Guide: {}\n", escape(&section.guide));
    let headline = match (d, card.since.as_ref()) {
        (Some(d), Some(since)) => format!(
            "**Alignment {} → {}** ({}) since {} ({})",
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
    channels(&mut out, section, d, rows);
    folders(&mut out, section, d, rows);
    files(&mut out, section, d, rows);
    phrases(&mut out, section, d, rows);
    drift(&mut out, section, d, rows);
    super::stale::md(&mut out, section, rows);
    field(&mut out, section, d, rows);
    out
}

fn delta_or_dash(change: &Change) -> String {
    let text = delta(Some(change));
    if text.is_empty() {
        "—".to_string()
    } else {
        text
    }
}

fn channels(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    let since = d.is_some();
    out.push_str("#### Channels\n\n");
    if section.channels.is_empty() {
        out.push_str("No channels: n/a.\n\n");
        return;
    }
    let _ = writeln!(
        out,
        "| channel | team | score |{} files | words | carry the benefit |{} median benefit position |",
        if since { " Δ |" } else { "" },
        if since { " Δ |" } else { "" },
    );
    let _ = writeln!(
        out,
        "|---|---|--:|{}--:|--:|--:|{}--:|",
        if since { "--:|" } else { "" },
        if since { "--:|" } else { "" },
    );
    for c in section.channels.iter().take(rows) {
        let change = d.and_then(|d| d.channels.iter().find(|n| n.name == c.aggregate.name));
        let (carry, median) = match &c.benefit {
            Some(b) if b.share.is_some() => (
                format!(
                    "{} of {} ({}%)",
                    b.files_with_benefit,
                    c.aggregate.files,
                    score(b.share)
                ),
                score(b.median_position),
            ),
            // No benefit expressions, or a channel without files.
            _ => ("n/a".to_string(), "n/a".to_string()),
        };
        let team = c.team.map_or("", |t| match t {
            crate::guide::schema::Team::Sales => "sales",
            crate::guide::schema::Team::Marketing => "marketing",
        });
        let score_delta = if since {
            format!(" {} |", delta(change.map(|c| &c.score)))
        } else {
            String::new()
        };
        let benefit_delta = if since {
            format!(
                " {} |",
                delta(change.and_then(|c| c.benefit_share.as_ref()))
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {team} | {} |{score_delta} {} | {} | {carry} |{benefit_delta} {median} |",
            escape(&c.aggregate.name),
            score(c.aggregate.score),
            count(c.aggregate.files),
            count(c.aggregate.words),
        );
    }
    if section.channels.len() > rows {
        let _ = writeln!(
            out,
            "\n_The first {rows} of {} channels, in guide order: see `--format html` or `--format json` for the rest._",
            count(section.channels.len())
        );
    }
    out.push('\n');
}

fn folders(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    if section.folders.is_empty() {
        return;
    }
    let since = d.is_some();
    out.push_str("#### Folders\n\n");
    let _ = writeln!(
        out,
        "| folder | score |{} files | words |",
        if since { " Δ |" } else { "" }
    );
    let _ = writeln!(out, "|---|--:|{}--:|--:|", if since { "--:|" } else { "" });
    let mut folders: Vec<_> = section.folders.iter().collect();
    folders.sort_by_key(|f| std::cmp::Reverse(f.words));
    for f in folders.iter().take(rows) {
        let change = d.and_then(|d| d.folders.iter().find(|n| n.name == f.name));
        let change = if since {
            format!(" {} |", delta(change.map(|c| &c.score)))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} |{change} {} | {} |",
            escape(&f.name),
            score(f.score),
            count(f.files),
            count(f.words)
        );
    }
    more(out, folders.len(), rows, "folders (by words)");
}

fn files(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    let lowest = lowest_files(section);
    if !lowest.is_empty() {
        out.push_str("#### Lowest-scoring files\n\n");
        out.push_str("| file | channel | score | errors | warnings | requirements met |\n|---|---|--:|--:|--:|--:|\n");
        for f in lowest.iter().take(rows) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                escape(&f.path),
                escape(&f.channel),
                score(f.score),
                f.errors,
                f.warnings,
                if f.requirements == 0 {
                    "—".to_string()
                } else {
                    format!("{} of {}", f.requirements_met, f.requirements)
                }
            );
        }
        more(out, lowest.len(), rows, "files with words");
    }
    if let Some(d) = d {
        if !d.files.is_empty() {
            out.push_str(
                "#### Files whose score changed\n\n| file | then | now | Δ |\n|---|--:|--:|--:|\n",
            );
            let changed = changed_files(d);
            for f in changed.iter().take(rows) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    escape(&f.name),
                    score(f.score.then),
                    score(f.score.now),
                    delta(Some(&f.score))
                );
            }
            more(out, changed.len(), rows, "changed files");
        }
    }
}

fn phrases(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    out.push_str("#### Approved phrases\n\n");
    if section.phrases.is_empty() {
        out.push_str("The guide has no approved phrases or calls to action: n/a.\n\n");
        return;
    }
    out.push_str("| phrase | text | exact | drifted | files | by channel (exact + drifted) |\n|---|---|--:|--:|--:|---|\n");
    let ordered = phrases_by_use(section);
    for p in ordered.iter().take(rows) {
        let mut by_channel: Vec<_> = p.channels.iter().collect();
        // Most uses first (guide order among equals), the first few named.
        by_channel.sort_by_key(|c| std::cmp::Reverse(c.exact + c.drifted));
        let mut cell: Vec<String> = by_channel
            .iter()
            .take(CHANNELS_PER_PHRASE)
            .map(|c| format!("{} {} + {}", escape(&c.channel), c.exact, c.drifted))
            .collect();
        if by_channel.len() > CHANNELS_PER_PHRASE {
            let rest = by_channel.len() - CHANNELS_PER_PHRASE;
            cell.push(format!(
                "+{} more {}",
                count(rest),
                if rest == 1 { "channel" } else { "channels" }
            ));
        }
        let change = d
            .and_then(|d| d.phrase_uses.iter().find(|c| c.name == p.text))
            .map(|c| format!(" (was {})", c.then))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {}{change} | {} | {} | {} |",
            escape(&phrase_label(p)),
            escape(&p.text),
            p.exact,
            p.drifted,
            p.files,
            cell.join(", ")
        );
    }
    more(out, ordered.len(), rows, "phrases");
    let unused = unused_phrases(section);
    if unused.is_empty() {
        out.push_str("Every approved phrase is used word for word somewhere.\n\n");
    } else {
        out.push_str("**Nobody uses these word for word:**\n\n");
        for (p, advice) in unused.iter().take(rows) {
            let _ = writeln!(
                out,
                "- {}: \"{}\" ({}): {advice}",
                escape(&phrase_label(p)),
                escape(&p.text),
                plural(p.drifted, "drifted use", "drifted uses")
            );
        }
        if unused.len() > rows {
            let _ = writeln!(out, "- …and {} more", count(unused.len() - rows));
        }
        out.push('\n');
    }
}

fn drift(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    out.push_str("#### Drift: banned and non-preferred terms\n\n");
    if section.drift.is_empty() {
        out.push_str("None found.\n\n");
    } else {
        drift_table(out, section, d, rows);
    }
    let gone = drift_gone(d);
    if !gone.is_empty() {
        out.push_str("**No longer found:**\n\n");
        for c in gone.iter().take(rows) {
            let _ = writeln!(out, "- {} {} → 0, gone", escape(&c.name), c.then);
        }
        if gone.len() > rows {
            let _ = writeln!(out, "- …and {} more", count(gone.len() - rows));
        }
        out.push('\n');
    }
}

fn drift_table(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    out.push_str(
        "| term | rule | instead | found | files | most in |\n|---|---|---|--:|--:|---|\n",
    );
    for t in section.drift.iter().take(rows) {
        let change = d
            .and_then(|d| d.drift.iter().find(|c| c.name == t.term))
            .map(|c| format!(" (was {})", c.then))
            .unwrap_or_default();
        let most: Vec<String> = t
            .top_files
            .iter()
            .take(3)
            .map(|f| format!("{} ({})", escape(&f.path), f.count))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {}{change} | {} | {} |",
            escape(&t.term),
            t.rule,
            escape(t.instead.as_deref().unwrap_or("")),
            t.count,
            t.files,
            most.join(", ")
        );
    }
    more(out, section.drift.len(), rows, "terms");
}

fn field(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, rows: usize) {
    let f = &section.field_language;
    out.push_str("#### Field language\n\n");
    if let Some(reason) = &f.not_available {
        let _ = writeln!(out, "n/a: {}.\n", escape_with_code(reason));
        return;
    }
    let _ = writeln!(
        out,
        "Phrases of 2–4 words in at least {} of the {} of sales channels ({}) that neither the guide nor any marketing file ({}) uses: candidates for marketing to adopt or to answer.\n",
        f.min_files,
        plural(f.sales_files, "file", "files"),
        escape(&f.sales_channels.join(", ")),
        if f.marketing_channels.is_empty() {
            "none".to_string()
        } else {
            escape(&f.marketing_channels.join(", "))
        }
    );
    if f.phrases.is_empty() {
        out.push_str("None yet.\n\n");
        return;
    }
    out.push_str("| phrase | files | example |\n|---|--:|---|\n");
    for p in f.phrases.iter().take(rows) {
        let new = d.is_some_and(|d| d.new_field_phrases.contains(&p.text));
        let _ = writeln!(
            out,
            "| {}{} | {} | {}: \"{}\" |",
            escape(&p.text),
            if new { " (new)" } else { "" },
            p.files,
            escape(&p.example.path),
            escape(&p.example.sentence)
        );
    }
    more(out, f.phrases.len(), rows, "phrases");
}

/// "Top N of M" under a list cut to `rows` entries, then a blank line.
fn more(out: &mut String, total: usize, rows: usize, what: &str) {
    if total > rows {
        let _ = writeln!(out, "\n_Top {rows} of {} {what}._", count(total));
    }
    out.push('\n');
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
            escape_with_code("no channel has `team: sales` | *yet*"),
            "no channel has `team: sales` \\| \\*yet\\*"
        );
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
