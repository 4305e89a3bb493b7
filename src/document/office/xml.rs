//! A streaming walk over one XML part. Nothing is resolved but the five predefined entities and
//! character references: a DOCTYPE (and any external entity it declares) is skipped, and a
//! reference to any other entity is dropped, never fetched or expanded.

use super::Unreadable;
use crate::limits::MAX_XML_DEPTH;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// What the walk reports: an element opening (an empty element opens and closes), closing, or
/// a piece of character data with, when the part holds it literally (no reference, no CDATA,
/// no line ending normalised), the byte offset in the part where it starts: a fix may rewrite
/// only such text.
pub(super) enum Step<'x, 'e> {
    Open(&'e BytesStart<'x>),
    Close(&'e str),
    Text(&'e str, Option<usize>),
}

/// The local part of a qualified name (`w:p` → `p`).
pub(super) fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The value of the attribute whose local name is `name`, if any.
pub(super) fn attr(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

/// Walk `xml`, calling `on` with each step; element names are local names.
pub(super) fn walk(
    xml: &str,
    part: &str,
    mut on: impl FnMut(Step) -> Result<(), Unreadable>,
) -> Result<(), Unreadable> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let bad = |reason: String| Unreadable::Corrupt {
        format: "XML",
        reason: format!("{part}: {reason}"),
    };
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|err| bad(format!("at byte {}: {err}", reader.error_position())))?;
        match event {
            Event::Start(element) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(Unreadable::TooLarge(format!(
                        "{part} nests elements more than {MAX_XML_DEPTH} deep"
                    )));
                }
                on(Step::Open(&element))?;
            }
            Event::Empty(element) => {
                on(Step::Open(&element))?;
                on(Step::Close(local(element.name().as_ref())))?;
            }
            Event::End(element) => {
                depth = depth.saturating_sub(1);
                on(Step::Close(local(element.name().as_ref())))?;
            }
            Event::Text(text) => {
                let content = text.xml_content(XmlVersion::Implicit1_0);
                let after = reader.buffer_position() as usize;
                let literal = xml.get(before..after) == Some(content.as_ref());
                on(Step::Text(&content, literal.then_some(before)))?
            }
            Event::CData(data) => on(Step::Text(data.as_ref(), None))?,
            Event::GeneralRef(reference) => {
                let resolved = if reference.is_char_ref() {
                    reference.resolve_char_ref().ok().flatten()
                } else {
                    predefined(&reference)
                };
                if let Some(c) = resolved {
                    on(Step::Text(c.encode_utf8(&mut [0; 4]), None))?;
                }
            }
            Event::Eof => return Ok(()),
            // DOCTYPE, comments, processing instructions, the declaration.
            _ => {}
        }
    }
}

fn predefined(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}
