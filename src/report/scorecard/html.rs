//! The scorecard as one self-contained HTML page: inline CSS and SVG charts, no JavaScript,
//! nothing loaded from elsewhere, readable offline and printable. Every text from documents
//! and guides is escaped.

use super::charts::{gauge, score_bars, score_colour, usage_bars};
use super::{
    changed_files, count, delta, drift_gone, lowest_files, out_of_100, phrase_label,
    phrases_by_use, plural, score, section_delta, unused_phrases,
};
use crate::guide::schema::Team;
use crate::scorecard::delta::SectionDelta;
use crate::scorecard::{GuideSection, Scorecard, FORMULA, WORKED_EXAMPLE};
use std::fmt::Write;

/// Files listed in the lowest-scoring table.
const FILES_SHOWN: usize = 25;
/// Entries of the other lists.
const LIST_SHOWN: usize = 20;

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

/// Our own text with `code` spans: the spans become `<code>`, everything is escaped.
fn escape_with_code(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && !part.is_empty() {
                format!("<code>{}</code>", escape(part))
            } else {
                escape(part)
            }
        })
        .collect()
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
            let _ = write!(
                out,
                "Alignment <strong>{} → {}</strong> <span class=\"{}\">{}</span>",
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
    channels(out, section, d, n);
    benefit(out, section, d, n);
    folders_and_files(out, section, d, n);
    phrases(out, section, d, n);
    drift(out, section, d, n);
    super::stale::html(out, section, n, LIST_SHOWN);
    field(out, section, d, n);
    out.push_str("</section>\n");
}

fn pill(value: Option<f64>) -> String {
    format!(
        "<span class=\"pill\" style=\"background:{}\">{}</span>",
        score_colour(value),
        score(value)
    )
}

fn delta_cell(change: Option<&crate::scorecard::delta::Change>, since: bool) -> String {
    if since {
        format!("<td class=\"num\">{}</td>", escape(&delta(change)))
    } else {
        String::new()
    }
}

fn channels(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let _ = writeln!(
        out,
        "<section class=\"part channels\" id=\"channels-{n}\"><h3>Channels</h3>"
    );
    if section.channels.is_empty() {
        out.push_str("<p>No channels: n/a.</p></section>\n");
        return;
    }
    let rows: Vec<(String, Option<f64>)> = section
        .channels
        .iter()
        .map(|c| (c.aggregate.name.clone(), c.aggregate.score))
        .collect();
    out.push_str(&score_bars(&rows, "score per channel"));
    let since = d.is_some();
    let _ = writeln!(
        out,
        "<table><tr><th>channel</th><th>team</th><th>requires</th><th class=\"num\">score</th>{}<th class=\"num\">files</th><th class=\"num\">words</th></tr>",
        if since { "<th class=\"num\">Δ</th>" } else { "" }
    );
    for c in &section.channels {
        let change = d.and_then(|d| d.channels.iter().find(|x| x.name == c.aggregate.name));
        let team = match c.team {
            Some(Team::Sales) => "sales",
            Some(Team::Marketing) => "marketing",
            None => "",
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{team}</td><td>{}</td><td class=\"num\">{}</td>{}<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&c.aggregate.name),
            escape(&c.requirements.join(", ")),
            pill(c.aggregate.score),
            delta_cell(change.map(|x| &x.score), since),
            count(c.aggregate.files),
            count(c.aggregate.words)
        );
    }
    out.push_str("</table></section>\n");
}

fn benefit(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let _ = writeln!(
        out,
        "<section class=\"part benefit\" id=\"benefit-{n}\"><h3>Benefit coverage</h3>"
    );
    if !section.has_benefit {
        out.push_str("<p>The guide has no benefit expressions: n/a.</p></section>\n");
        return;
    }
    let rows: Vec<(String, Option<f64>)> = section
        .channels
        .iter()
        .map(|c| {
            (
                c.aggregate.name.clone(),
                c.benefit.as_ref().and_then(|b| b.share),
            )
        })
        .collect();
    out.push_str(&score_bars(
        &rows,
        "percent of files carrying the benefit, per channel",
    ));
    let since = d.is_some();
    let _ = writeln!(
        out,
        "<table><tr><th>channel</th><th class=\"num\">files carrying the benefit</th><th class=\"num\">share</th>{}<th class=\"num\">median words before it</th></tr>",
        if since { "<th class=\"num\">Δ</th>" } else { "" }
    );
    for c in &section.channels {
        let Some(b) = &c.benefit else { continue };
        let change = d.and_then(|d| d.channels.iter().find(|x| x.name == c.aggregate.name));
        // A channel without files: nothing to share.
        let (carrying, share) = match b.share {
            Some(_) => (
                format!("{} of {}", b.files_with_benefit, c.aggregate.files),
                format!("{}%", score(b.share)),
            ),
            None => ("n/a".to_string(), "n/a".to_string()),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{carrying}</td><td class=\"num\">{share}</td>{}<td class=\"num\">{}</td></tr>",
            escape(&c.aggregate.name),
            delta_cell(change.and_then(|x| x.benefit_share.as_ref()), since),
            score(b.median_position)
        );
    }
    out.push_str("</table></section>\n");
}

fn folders_and_files(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let since = d.is_some();
    let _ = writeln!(out, "<section class=\"part folders\" id=\"folders-{n}\"><h3>Folders</h3>\n<table><tr><th>folder</th><th class=\"num\">score</th>{}<th class=\"num\">files</th><th class=\"num\">words</th></tr>",
        if since { "<th class=\"num\">Δ</th>" } else { "" });
    for f in &section.folders {
        let change = d.and_then(|d| d.folders.iter().find(|x| x.name == f.name));
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td>{}<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&f.name),
            pill(f.score),
            delta_cell(change.map(|x| &x.score), since),
            count(f.files),
            count(f.words)
        );
    }
    out.push_str("</table></section>\n");
    let lowest = lowest_files(section);
    let _ = writeln!(
        out,
        "<section class=\"part files\" id=\"files-{n}\"><h3>Lowest-scoring files</h3>"
    );
    if lowest.is_empty() {
        out.push_str("<p>No file has words: n/a.</p>");
    } else {
        out.push_str("<table><tr><th>file</th><th>channel</th><th class=\"num\">score</th><th class=\"num\">language</th><th class=\"num\">errors</th><th class=\"num\">warnings</th><th class=\"num\">requirements met</th><th class=\"num\">words</th></tr>\n");
        for f in lowest.iter().take(FILES_SHOWN) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&f.path),
                escape(&f.channel),
                pill(f.score),
                score(f.language),
                f.errors,
                f.warnings,
                if f.requirements == 0 { "—".to_string() } else { format!("{} of {}", f.requirements_met, f.requirements) },
                count(f.words)
            );
        }
        out.push_str("</table>");
        if lowest.len() > FILES_SHOWN {
            let _ = write!(out, "<p class=\"note\">The lowest {FILES_SHOWN} of {} files with words; <code>--format json</code> lists every file.</p>", count(lowest.len()));
        }
    }
    if let Some(d) = d.filter(|d| !d.files.is_empty()) {
        out.push_str("<h3>Files whose score changed</h3><table><tr><th>file</th><th class=\"num\">then</th><th class=\"num\">now</th><th class=\"num\">Δ</th></tr>\n");
        for f in changed_files(d).into_iter().take(FILES_SHOWN) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&f.name),
                score(f.score.then),
                score(f.score.now),
                escape(&delta(Some(&f.score)))
            );
        }
        out.push_str("</table>");
        more_note(
            out,
            d.files.len(),
            FILES_SHOWN,
            ("changed file", "changed files"),
        );
    }
    out.push_str("</section>\n");
}

/// " (was N)" after a count that changed since the ref.
fn was(changes: Option<&Vec<crate::scorecard::delta::CountChange>>, name: &str) -> String {
    changes
        .and_then(|c| c.iter().find(|c| c.name == name))
        .map(|c| format!(" <span class=\"note\">(was {})</span>", c.then))
        .unwrap_or_default()
}

fn phrases(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let _ = writeln!(
        out,
        "<section class=\"part phrases\" id=\"phrases-{n}\"><h3>Approved phrases</h3>"
    );
    if section.phrases.is_empty() {
        out.push_str(
            "<p>The guide has no approved phrases or calls to action: n/a.</p></section>\n",
        );
        return;
    }
    let ordered = phrases_by_use(section);
    let rows: Vec<(String, usize, usize)> = ordered
        .iter()
        .take(LIST_SHOWN)
        .map(|p| (p.text.clone(), p.exact, p.drifted))
        .collect();
    out.push_str(&usage_bars(&rows, "uses per approved phrase"));
    if ordered.len() > LIST_SHOWN {
        let _ = write!(
            out,
            "<p class=\"note\">The chart shows the {LIST_SHOWN} most used of {} phrases; the table lists them all.</p>",
            count(ordered.len())
        );
    }
    out.push_str("<table><tr><th>phrase</th><th>text</th><th class=\"num\">word for word</th><th class=\"num\">drifted</th><th class=\"num\">files</th><th>by channel (exact + drifted)</th></tr>\n");
    for p in &ordered {
        let by_channel: Vec<String> = p
            .channels
            .iter()
            .map(|c| format!("{} {} + {}", escape(&c.channel), c.exact, c.drifted))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&phrase_label(p)),
            escape(&p.text),
            p.exact,
            was(d.map(|d| &d.phrase_uses), &p.text),
            p.drifted,
            p.files,
            by_channel.join(", ")
        );
    }
    out.push_str("</table>");
    let unused = unused_phrases(section);
    if !unused.is_empty() {
        out.push_str("<p><strong>Nobody uses these word for word</strong> — candidates to retire or to teach:</p><ul>");
        for (p, advice) in &unused {
            let _ = write!(
                out,
                "<li>{}: “{}” ({}): {}</li>",
                escape(&phrase_label(p)),
                escape(&p.text),
                plural(p.drifted, "drifted use", "drifted uses"),
                escape(advice)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>\n");
}

fn drift(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let _ = writeln!(out, "<section class=\"part drift\" id=\"drift-{n}\"><h3>Drift: banned and non-preferred terms</h3>");
    if section.drift.is_empty() {
        out.push_str("<p>None found.</p>");
    } else {
        drift_table(out, section, d);
    }
    let gone = drift_gone(d);
    if !gone.is_empty() {
        out.push_str("<p><strong>No longer found:</strong></p><ul>");
        for c in gone.iter().take(LIST_SHOWN) {
            let _ = write!(
                out,
                "<li>{} {} → 0, <span class=\"up\">gone</span></li>",
                escape(&c.name),
                c.then
            );
        }
        out.push_str("</ul>");
        more_note(out, gone.len(), LIST_SHOWN, ("fixed term", "fixed terms"));
    }
    out.push_str("</section>\n");
}

fn drift_table(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>) {
    out.push_str("<table><tr><th>term</th><th>rule</th><th>instead</th><th class=\"num\">found</th><th class=\"num\">files</th><th>where it clusters</th></tr>\n");
    for t in section.drift.iter().take(LIST_SHOWN) {
        let most: Vec<String> = t
            .top_files
            .iter()
            .map(|f| format!("{} ({})", escape(&f.path), f.count))
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&t.term),
            t.rule,
            escape(t.instead.as_deref().unwrap_or("")),
            t.count,
            was(d.map(|d| &d.drift), &t.term),
            t.files,
            most.join(", ")
        );
    }
    out.push_str("</table>");
    more_note(out, section.drift.len(), LIST_SHOWN, ("term", "terms"));
}

/// "N more … not shown" under a list cut to `shown` entries; `what` is the singular and
/// plural of what the list holds.
fn more_note(out: &mut String, total: usize, shown: usize, what: (&str, &str)) {
    if total > shown {
        let (one, many) = what;
        let _ =
            write!(
            out,
            "<p class=\"note more\">{} not shown; <code>--format json</code> lists them all.</p>",
            plural(total - shown, &format!("more {one}"), &format!("more {many}"))
        );
    }
}

fn field(out: &mut String, section: &GuideSection, d: Option<&SectionDelta>, n: usize) {
    let f = &section.field_language;
    let _ = writeln!(
        out,
        "<section class=\"part field-language\" id=\"field-language-{n}\"><h3>Field language</h3>"
    );
    if let Some(reason) = &f.not_available {
        let _ = writeln!(out, "<p>n/a: {}.</p></section>", escape_with_code(reason));
        return;
    }
    let _ = write!(
        out,
        "<p class=\"note\">Phrases of 2–4 words in at least {} of the {} of sales channels ({}) that neither the guide nor any marketing file ({}) uses: candidates for marketing to adopt or to answer.</p>",
        f.min_files,
        plural(f.sales_files, "file", "files"),
        escape(&f.sales_channels.join(", ")),
        escape(&if f.marketing_channels.is_empty() { "none".to_string() } else { f.marketing_channels.join(", ") })
    );
    if f.phrases.is_empty() {
        out.push_str("<p>None yet.</p></section>\n");
        return;
    }
    out.push_str("<table><tr><th>phrase</th><th class=\"num\">files</th><th>example</th></tr>\n");
    for p in f.phrases.iter().take(LIST_SHOWN) {
        let new = d.is_some_and(|d| d.new_field_phrases.contains(&p.text));
        let _ = writeln!(
            out,
            "<tr><td>{}{}</td><td class=\"num\">{}</td><td><span class=\"example\">“{}”</span><br><span class=\"note\">{}</span></td></tr>",
            escape(&p.text),
            if new { " <span class=\"up\">new</span>" } else { "" },
            p.files,
            escape(&p.example.sentence),
            escape(&p.example.path)
        );
    }
    out.push_str("</table>");
    more_note(out, f.phrases.len(), LIST_SHOWN, ("phrase", "phrases"));
    out.push_str("</section>\n");
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
