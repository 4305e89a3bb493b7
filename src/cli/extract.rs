//! `onmessage extract FILE...`: the text the rules see, with region markers, so a writer or a
//! bug report can see what was checked. Word, PowerPoint, OpenDocument and PDF files print
//! their extracted text part by part (`--- slide 3 (notes) ---`, `--- page 2 ---`); Markdown,
//! HTML and the other text formats print their prose regions (`--- prose, line 4 ---`).

use super::check::{EXIT_CLEAN, EXIT_ERROR};
use super::output::Output;
use onmessage::pipeline::source::{self, NotChecked, Text};
use onmessage::report::escape::visible;
use onmessage::Kind;
use std::path::PathBuf;

pub fn run(files: &[PathBuf], out: &mut Output) -> u8 {
    let mut failed = false;
    for (i, file) in files.iter().enumerate() {
        let name = visible(&file.display().to_string()).into_owned();
        let kind = Kind::for_named(file);
        let text = source::read(file)
            .and_then(|bytes| source::text(kind, &bytes).map(|text| rendered(&text, kind)));
        match text {
            Ok(rendered) => {
                if files.len() > 1 {
                    out.emit(&format!(
                        "{}=== {name} ===\n",
                        if i > 0 { "\n" } else { "" }
                    ));
                }
                out.emit(&rendered);
            }
            Err(NotChecked::NoText(why)) => out.note(&format!("{name}: {why}")),
            Err(NotChecked::Unreadable(why)) => {
                out.error(&format!("skipped {name}: {why}"));
                failed = true;
            }
            Err(NotChecked::Ignored | NotChecked::BadGuide(_)) => {}
        }
    }
    if failed {
        EXIT_ERROR
    } else {
        EXIT_CLEAN
    }
}

/// The text with a marker line before each region. Between markers the text is exactly the
/// checked text's bytes.
fn rendered(text: &Text, kind: Kind) -> String {
    let checked = text.as_str();
    let regions: Vec<(usize, usize, String)> = match text {
        Text::Extracted(extracted) => {
            let mut regions = Vec::new();
            for (i, (start, label)) in extracted.markers.iter().enumerate() {
                let end = extracted
                    .markers
                    .get(i + 1)
                    .map_or(checked.len(), |(next, _)| *next);
                regions.push((*start, end, label.clone()));
            }
            regions
        }
        Text::Plain(_) => {
            let doc = text.document(kind);
            match doc.match_spans() {
                None => vec![(0, checked.len(), "text".to_string())],
                Some(spans) => spans
                    .into_iter()
                    .filter(|span| !checked[span.clone()].trim().is_empty())
                    .map(|span| {
                        let (line, _) = doc.position(span.start);
                        (span.start, span.end, format!("prose, line {line}"))
                    })
                    .collect(),
            }
        }
    };
    let mut shown = String::new();
    for (start, end, label) in regions {
        let body = checked.get(start..end).unwrap_or_default();
        shown.push_str(&format!("--- {label} ---\n"));
        shown.push_str(body.trim_end_matches('\n'));
        shown.push('\n');
    }
    shown
}
