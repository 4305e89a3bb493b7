//! Reading a document: which guide checks it, its bytes, and its text. `check`, `report` and
//! `--fix` take these steps from here, so a file is refused for the same reasons (unreadable,
//! binary, invalid UTF-8, a line too long) with the same words everywhere.

use crate::document::office::{self, Extracted};
use crate::guide_set::{GuideSet, Resolved};
use crate::limits::{read_regular_file, MAX_DOCUMENT_BYTES};
use crate::{document, CompiledGuide, Document, GuideError, Kind};
use std::path::Path;
use std::sync::Arc;

/// Why a document is not checked.
#[derive(Debug, Clone)]
pub enum NotChecked {
    /// Excluded by its guide's `ignore`.
    Ignored,
    /// Its guide is invalid (one error shared by every file of that guide).
    BadGuide(Arc<GuideError>),
    /// It cannot be read, or is not text; the message says why.
    Unreadable(String),
    /// It has no text to check (a PDF without a text layer): named, not an error.
    NoText(String),
}

/// The guide that checks the file at `place`, and whether it is the built-in packs (no guide
/// file was found). An ignored file or an invalid guide is refused.
pub fn resolve(guides: &GuideSet, place: &Path) -> Result<(Arc<CompiledGuide>, bool), NotChecked> {
    let Resolved { guide, builtin } = guides.for_path(place);
    let guide = guide.map_err(NotChecked::BadGuide)?;
    if guide.ignores(place) {
        return Err(NotChecked::Ignored);
    }
    Ok((guide, builtin))
}

/// Whether a file the walk found is left out: a site template (Astro, Vue, Svelte) or a JSON or
/// YAML file that its guide's `include` does not name, or a guide file itself. Files named on
/// the command line are always read.
pub fn left_out(guide: &CompiledGuide, place: &Path, kind: document::Kind, named: bool) -> bool {
    !named && kind.needs_include() && (!guide.includes(place) || is_guide_file(guide, place))
}

/// A `message-guide.yml`, or the file the guide was read from: never checked as copy when a
/// walk meets it, whatever `include` says.
fn is_guide_file(guide: &CompiledGuide, place: &Path) -> bool {
    place.file_name() == Some(std::ffi::OsStr::new(crate::guide_set::GUIDE_FILE))
        || guide.path.as_deref().is_some_and(|path| {
            std::fs::canonicalize(path).ok() == std::fs::canonicalize(place).ok()
        })
}

/// The bytes of the regular file at `path`, at most [`MAX_DOCUMENT_BYTES`]: a FIFO, a device
/// or a folder is refused before it is read.
pub fn read(path: &Path) -> Result<Vec<u8>, NotChecked> {
    read_regular_file(path, MAX_DOCUMENT_BYTES)
        .map_err(|err| NotChecked::Unreadable(err.to_string()))
}

/// A JSON or YAML document that did not parse: named with the reason and position, skipped.
pub fn unparsed(doc: &document::Document) -> Option<NotChecked> {
    doc.syntax_error()
        .map(|err| NotChecked::Unreadable(err.to_string()))
}

/// The text of a document's bytes; binary files (NUL bytes), invalid UTF-8 and overlong lines
/// are refused.
pub fn decode(bytes: &[u8]) -> Result<&str, NotChecked> {
    document::decode(bytes).map_err(|err| NotChecked::Unreadable(err.to_string()))
}

/// A document's text: the file's own bytes, or the text extracted from a Word, PowerPoint,
/// OpenDocument or PDF file (with where its paragraphs, slides and pages are).
pub enum Text<'a> {
    Plain(&'a str),
    Extracted(Box<Extracted>),
}

impl Text<'_> {
    /// The text the rules see.
    pub fn as_str(&self) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Extracted(extracted) => &extracted.text,
        }
    }

    /// The text extracted from a binary document, with where its parts and runs are.
    pub fn extracted(&self) -> Option<&Extracted> {
        match self {
            Text::Plain(_) => None,
            Text::Extracted(extracted) => Some(extracted),
        }
    }

    /// The document to check: extracted text carries its locations and headings.
    pub fn document(&self, kind: Kind) -> Document<'_> {
        match self {
            Text::Plain(text) => Document::new(text, kind),
            Text::Extracted(extracted) => Document::new(&extracted.text, kind)
                .with_locations(extracted.locations())
                .with_headings(extracted.headings.clone())
                .with_channel_property(extracted.channel.clone())
                .with_annotations(extracted.annotations.clone()),
        }
    }
}

/// The text of a `kind` document's bytes: extracted from a binary format, else decoded
/// ([`decode`]). `check`, `report`, `extract` and the check page all read documents here.
pub fn text(kind: Kind, bytes: &[u8]) -> Result<Text<'_>, NotChecked> {
    match office::extract(kind, bytes) {
        None => decode(bytes).map(Text::Plain),
        Some(Ok(extracted)) => Ok(Text::Extracted(Box::new(extracted))),
        Some(Err(why)) if why.is_empty_document() => Err(NotChecked::NoText(why.to_string())),
        Some(Err(why)) => Err(NotChecked::Unreadable(why.to_string())),
    }
}
