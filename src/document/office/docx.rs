//! Word (`.docx`): the body's paragraphs in order (tables cell by cell, a text box's paragraphs
//! just before the paragraph it is anchored in, which closes after them), then headers, footers, footnotes and endnotes. Comments are never read as
//! text: only a comment holding a suppression directive is kept, with the paragraphs it is
//! anchored on ([`super::comments`]). Heading and Title paragraph styles are headings. Each
//! paragraph's location is its number in this order.

use super::comments::{self, Anchors};
use super::package::{resolve, Package};
use super::properties;
use super::xml::{attr, local, walk, Step};
use super::{Builder, Extracted, Piece, Unreadable};
use crate::document::location::Location;

const FORMAT: &str = "Word";

pub(super) fn extract(bytes: &[u8]) -> Result<Extracted, Unreadable> {
    let mut package = Package::open(bytes, FORMAT)?;
    let main = main_part(&mut package)?;
    let folder = main.rsplit_once('/').map_or("", |(folder, _)| folder);
    let mut out = Builder::default();
    let mut paragraphs = 0u32;
    let mut anchors = Anchors::default();
    let body = package.required(&main)?;
    out.marker("body".into());
    read_part(&body, &main, &mut out, &mut paragraphs, &mut anchors)?;
    let names = package.names();
    for (kind, label) in [
        ("header", "header"),
        ("footer", "footer"),
        ("footnotes", "footnotes"),
        ("endnotes", "endnotes"),
    ] {
        for name in parts_named(&names, folder, kind) {
            if let Some(xml) = package.part(&name)? {
                let before = out.len();
                out.marker(label.into());
                read_part(&xml, &name, &mut out, &mut paragraphs, &mut anchors)?;
                if out.len() == before {
                    out.out.markers.pop();
                }
            }
        }
    }
    let comments_part = if folder.is_empty() {
        "comments.xml".to_string()
    } else {
        format!("{folder}/comments.xml")
    };
    let directives = match package.part(&comments_part)? {
        Some(xml) => comments::directives(&xml, &comments_part)?,
        None => Default::default(),
    };
    let mut extracted = out.finish();
    extracted.annotations = anchors.annotations(directives);
    extracted.channel = properties::channel(&mut package)?;
    Ok(extracted)
}

/// The main document part, as the package relationships name it (`word/document.xml` in
/// every file Word writes).
fn main_part(package: &mut Package) -> Result<String, Unreadable> {
    let mut main = None;
    if let Some(rels) = package.part("_rels/.rels")? {
        walk(&rels, "_rels/.rels", |step| {
            if let Step::Open(element) = step {
                let kind = attr(element, "Type").unwrap_or_default();
                if local(element.name().as_ref()) == "Relationship"
                    && kind.ends_with("/officeDocument")
                    && main.is_none()
                {
                    main = attr(element, "Target").map(|target| resolve("", &target));
                }
            }
            Ok(())
        })?;
    }
    Ok(main.unwrap_or_else(|| "word/document.xml".into()))
}

/// `folder/header1.xml`, `folder/header2.xml`… in numeric order (`footnotes`: the one part).
fn parts_named(names: &[String], folder: &str, kind: &str) -> Vec<String> {
    let prefix = if folder.is_empty() {
        kind.to_string()
    } else {
        format!("{folder}/{kind}")
    };
    let mut found: Vec<(u32, String)> = names
        .iter()
        .filter_map(|name| {
            let digits = name.strip_prefix(&prefix)?.strip_suffix(".xml")?;
            if !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            Some((digits.parse().unwrap_or(0), name.clone()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, name)| name).collect()
}

/// A paragraph being read; a text box's paragraphs open inside their anchor's.
#[derive(Default)]
struct Paragraph {
    text: String,
    heading: bool,
    /// The text held literally by runs outside fields, which a fix may rewrite.
    pieces: Vec<Piece>,
    /// The comments that start and end in it.
    comments_started: Vec<String>,
    comments_ended: Vec<String>,
}

/// Read one WordprocessingML part's paragraphs into `out`.
fn read_part(
    xml: &str,
    part: &str,
    out: &mut Builder,
    paragraphs: &mut u32,
    anchors: &mut Anchors,
) -> Result<(), Unreadable> {
    let mut open: Vec<Paragraph> = Vec::new();
    let mut in_text = false;
    let part_id = out.out.runs.part(part);
    // Inside a run (`w:r`), and inside a field, whose shown text Word computes again (a page
    // number, a table of contents): only a run's text outside fields is ever fixed.
    let mut runs = 0usize;
    let mut fields = 0usize;
    // Inside `mc:Fallback`: a copy of a text box or shape for older readers, already read.
    let mut skipped = 0usize;
    walk(xml, part, |step| {
        match step {
            Step::Open(element) => {
                let name = element.name();
                let name = local(name.as_ref());
                if skipped > 0 || name == "Fallback" {
                    skipped += 1;
                    return Ok(());
                }
                match name {
                    "p" => open.push(Paragraph::default()),
                    "t" => in_text = true,
                    "r" => runs += 1,
                    "fldSimple" => fields += 1,
                    "commentRangeStart" => {
                        let id = attr(element, "id").unwrap_or_default();
                        match open.last_mut() {
                            Some(p) => p.comments_started.push(id),
                            None => anchors.start_outside(id),
                        }
                    }
                    "commentRangeEnd" | "commentReference" => {
                        let id = attr(element, "id").unwrap_or_default();
                        match open.last_mut() {
                            Some(p) => p.comments_ended.push(id),
                            None => anchors.end_outside(id),
                        }
                    }
                    "fldChar" => match attr(element, "fldCharType").as_deref() {
                        Some("begin") => fields += 1,
                        Some("end") => fields = fields.saturating_sub(1),
                        _ => {}
                    },
                    "ta" | "br" | "cr" => {
                        if let Some(p) = open.last_mut() {
                            p.text.push(' ');
                        }
                    }
                    "pStyle" => {
                        let style = attr(element, "val")
                            .unwrap_or_default()
                            .to_ascii_lowercase();
                        if let Some(p) = open.last_mut() {
                            p.heading = style.starts_with("heading") || style == "title";
                        }
                    }
                    _ => {}
                }
            }
            Step::Close(name) => {
                if skipped > 0 {
                    skipped -= 1;
                    return Ok(());
                }
                match name {
                    "t" => in_text = false,
                    "r" => runs = runs.saturating_sub(1),
                    "fldSimple" => fields = fields.saturating_sub(1),
                    "p" => {
                        if let Some(p) = open.pop() {
                            let range = out.mapped_paragraph(&p.text, &p.pieces, p.heading);
                            if let Some(range) = range.clone() {
                                *paragraphs += 1;
                                let paragraph = *paragraphs;
                                out.locate(range, Location::Paragraph { paragraph });
                            }
                            anchors.paragraph(range, p.comments_started, p.comments_ended);
                        }
                    }
                    _ => {}
                }
            }
            Step::Text(text, literal) => {
                if in_text && skipped == 0 {
                    if let Some(p) = open.last_mut() {
                        if let (Some(xml), true, 0) = (literal, runs > 0, fields) {
                            p.pieces.push(Piece {
                                at: p.text.len(),
                                len: text.len(),
                                part: part_id,
                                xml,
                            });
                        }
                        p.text.push_str(text);
                    }
                }
            }
        }
        Ok(())
    })
}
