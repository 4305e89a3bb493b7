//! Reading a document: which guide checks it, its bytes, and its text. `check`, `report` and
//! `--fix` take these steps from here, so a file is refused for the same reasons (unreadable,
//! binary, invalid UTF-8, a line too long) with the same words everywhere.

use crate::guide_set::{GuideSet, Resolved};
use crate::limits::{read_regular_file, MAX_DOCUMENT_BYTES};
use crate::{document, CompiledGuide, GuideError};
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

/// Whether a file the walk found is left out: a site template (Astro, Vue, Svelte) that its
/// guide's `include` does not name. Files named on the command line are always read.
pub fn left_out(guide: &CompiledGuide, place: &Path, kind: document::Kind, named: bool) -> bool {
    !named && kind.is_site_template() && !guide.includes(place)
}

/// The bytes of the regular file at `path`, at most [`MAX_DOCUMENT_BYTES`]: a FIFO, a device
/// or a folder is refused before it is read.
pub fn read(path: &Path) -> Result<Vec<u8>, NotChecked> {
    read_regular_file(path, MAX_DOCUMENT_BYTES)
        .map_err(|err| NotChecked::Unreadable(err.to_string()))
}

/// The text of a document's bytes; binary files (NUL bytes), invalid UTF-8 and overlong lines
/// are refused.
pub fn decode(bytes: &[u8]) -> Result<&str, NotChecked> {
    document::decode(bytes).map_err(|err| NotChecked::Unreadable(err.to_string()))
}
