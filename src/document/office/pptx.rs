//! PowerPoint (`.pptx`): slides in presentation order (the `sldIdLst` of `presentation.xml`
//! through its relationships, not file-name order), each slide's shapes' text in the order
//! the slide lists them, then the slide's speaker notes (the notes placeholder only, not the
//! slide image or slide number). Slide titles are headings; a slide's text and its notes are
//! `{"slide": n, "part": "slide"}` and `{"slide": n, "part": "notes"}`. A notes paragraph that
//! is a suppression directive (`onmessage-disable-next-line …`) is not text: it applies to its
//! slide and the slide's notes.

use super::comments::one_line;
use super::package::{resolve, Package};
use super::properties;
use super::xml::{attr, local, walk, Step};
use super::{Builder, Extracted, Piece, Unreadable};
use crate::document::annotations::{is_directive, Annotation, Source};
use crate::document::location::{Location, SlidePart};
use quick_xml::events::BytesStart;
use std::collections::HashMap;

const FORMAT: &str = "PowerPoint";

pub(super) fn extract(bytes: &[u8]) -> Result<Extracted, Unreadable> {
    let mut package = Package::open(bytes, FORMAT)?;
    let presentation = "ppt/presentation.xml";
    let xml = package.required(presentation)?;
    let rels = relationships(&mut package, presentation)?;
    let mut slides = Vec::new();
    walk(&xml, presentation, |step| {
        if let Step::Open(element) = step {
            if local(element.name().as_ref()) == "sldId" {
                if let Some(target) = relationship_id(element).and_then(|id| rels.get(&id)) {
                    slides.push(resolve("ppt", target));
                }
            }
        }
        Ok(())
    })?;
    let mut out = Builder::default();
    let mut annotations = Vec::new();
    for (i, slide) in slides.iter().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let Some(xml) = package.part(slide)? else {
            continue;
        };
        let start = out.len();
        read_part(&xml, slide, &mut out, number, SlidePart::Slide)?;
        let folder = slide.rsplit_once('/').map_or("", |(folder, _)| folder);
        let notes = relationships(&mut package, slide)?
            .into_values()
            .find(|target| target.contains("notesSlide"))
            .map(|target| resolve(folder, &target));
        if let Some(notes) = notes {
            if let Some(xml) = package.part(&notes)? {
                let directives = read_part(&xml, &notes, &mut out, number, SlidePart::Notes)?;
                // The slide's text and notes, without the blank line after them.
                let end = out.out.text.trim_end().len().max(start);
                annotations.extend(directives.into_iter().map(|text| Annotation {
                    text,
                    anchor: start..end,
                    source: Source::SpeakerNotes,
                }));
            }
        }
    }
    let mut extracted = out.finish();
    extracted.annotations = annotations;
    extracted.channel = properties::channel(&mut package)?;
    Ok(extracted)
}

/// The `r:id` of a `sldId` (its plain `id` is a number, not a relationship).
fn relationship_id(element: &BytesStart) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() != "id" && local(a.key.as_ref()) == "id")
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

/// The relationships of `part` (`ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`):
/// id → target. None when the part has no relationships.
fn relationships(package: &mut Package, part: &str) -> Result<HashMap<String, String>, Unreadable> {
    let (folder, file) = part.rsplit_once('/').unwrap_or(("", part));
    let name = format!("{folder}/_rels/{file}.rels");
    let mut found = HashMap::new();
    if let Some(xml) = package.part(&name)? {
        walk(&xml, &name, |step| {
            if let Step::Open(element) = step {
                if let (Some(id), Some(target)) = (attr(element, "Id"), attr(element, "Target")) {
                    found.insert(id, target);
                }
            }
            Ok(())
        })?;
    }
    Ok(found)
}

/// A shape being read: whether it is the title, and whether its text is read at all.
struct Shape {
    title: bool,
    read: bool,
}

/// Read one slide's or notes page's text into `out` as slide `number`'s `part`; the notes
/// paragraphs that are suppression directives are returned instead.
fn read_part(
    xml: &str,
    name: &str,
    out: &mut Builder,
    number: u32,
    part: SlidePart,
) -> Result<Vec<String>, Unreadable> {
    let mut directives = Vec::new();
    let start = out.len();
    out.marker(match part {
        SlidePart::Slide => format!("slide {number}"),
        SlidePart::Notes => format!("slide {number} (notes)"),
    });
    let mut shapes: Vec<Shape> = Vec::new();
    let mut paragraph: Option<(String, Vec<Piece>)> = None;
    let mut in_text = false;
    let part_id = out.out.runs.part(name);
    // Inside a text run (`a:r`): a field's text (`a:fld`, a slide number or date PowerPoint
    // fills in) is read but never fixed.
    let mut runs = 0usize;
    let mut skipped = 0usize;
    walk(xml, name, |step| {
        match step {
            Step::Open(element) => {
                let qualified = element.name();
                let tag = local(qualified.as_ref());
                if skipped > 0 || tag == "Fallback" {
                    skipped += 1;
                    return Ok(());
                }
                match tag {
                    "sp" | "graphicFrame" | "cxnSp" => shapes.push(Shape {
                        title: false,
                        read: true,
                    }),
                    "ph" => {
                        let kind = attr(element, "type").unwrap_or_default();
                        if let Some(shape) = shapes.last_mut() {
                            shape.title = kind == "title" || kind == "ctrTitle";
                            shape.read = match part {
                                // The notes page also holds the slide image and its number.
                                SlidePart::Notes => kind == "body",
                                SlidePart::Slide => kind != "sldNum",
                            };
                        }
                    }
                    "p" => paragraph = Some((String::new(), Vec::new())),
                    "t" => in_text = true,
                    "r" => runs += 1,
                    "br" | "ta" => {
                        if let Some((p, _)) = paragraph.as_mut() {
                            p.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Step::Close(tag) => {
                if skipped > 0 {
                    skipped -= 1;
                    return Ok(());
                }
                match tag {
                    "sp" | "graphicFrame" | "cxnSp" => {
                        shapes.pop();
                    }
                    "t" => in_text = false,
                    "r" => runs = runs.saturating_sub(1),
                    "p" => {
                        let shape = shapes.last();
                        if let Some((text, pieces)) = paragraph.take() {
                            if shape.is_none_or(|s| s.read) {
                                let title = shape.is_some_and(|s| s.title);
                                if part == SlidePart::Notes && is_directive(&text) {
                                    directives.push(one_line(&text));
                                } else {
                                    out.mapped_paragraph(&text, &pieces, title);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Step::Text(text, literal) => {
                if in_text && skipped == 0 {
                    if let Some((p, pieces)) = paragraph.as_mut() {
                        if let (Some(xml), true) = (literal, runs > 0) {
                            pieces.push(Piece {
                                at: p.len(),
                                len: text.len(),
                                part: part_id,
                                xml,
                            });
                        }
                        p.push_str(text);
                    }
                }
            }
        }
        Ok(())
    })?;
    let end = out.len();
    if end == start {
        out.out.markers.pop();
    } else {
        out.locate(
            start..end,
            Location::Slide {
                slide: number,
                part,
            },
        );
    }
    Ok(directives)
}
