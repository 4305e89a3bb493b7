//! A zip package (Office Open XML, OpenDocument) read with limits: a zip bomb or a package of
//! millions of entries is refused with the reason before its parts are inflated past them.

use super::Unreadable;
use crate::limits::{MAX_ENTRIES, MAX_PART_BYTES, MAX_TOTAL_BYTES};
use std::io::{Cursor, Read};
use zip::ZipArchive;

pub(super) struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    format: &'static str,
    inflated: u64,
}

impl<'a> Package<'a> {
    /// Open the zip in `bytes` as a `format` file (`Word`, `PowerPoint`, `OpenDocument`).
    pub fn open(bytes: &'a [u8], format: &'static str) -> Result<Package<'a>, Unreadable> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|err| Unreadable::Corrupt {
            format,
            reason: format!("not a zip package: {err}"),
        })?;
        if archive.len() > MAX_ENTRIES {
            return Err(Unreadable::TooLarge(format!(
                "the package has {} entries, more than the limit of {MAX_ENTRIES}",
                archive.len()
            )));
        }
        Ok(Package {
            archive,
            format,
            inflated: 0,
        })
    }

    pub fn corrupt(&self, reason: String) -> Unreadable {
        Unreadable::Corrupt {
            format: self.format,
            reason,
        }
    }

    /// The names of the entries, in the archive's order.
    pub fn names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .flatten()
            .map(|name| name.into_owned())
            .collect()
    }

    /// The text of the part `name`, or `None` when the package has no such part. A part that
    /// inflates past [`MAX_PART_BYTES`], or past [`MAX_TOTAL_BYTES`] with the parts read
    /// before it, is refused; reading stops at the limit, so a bomb is never inflated whole.
    pub fn part(&mut self, name: &str) -> Result<Option<String>, Unreadable> {
        let format = self.format;
        let mut entry = match self.archive.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(err) => {
                return Err(Unreadable::Corrupt {
                    format,
                    reason: format!("cannot read {name}: {err}"),
                })
            }
        };
        let left = MAX_TOTAL_BYTES.saturating_sub(self.inflated);
        let limit = MAX_PART_BYTES.min(left);
        let too_large = || {
            Unreadable::TooLarge(format!(
                "part {name} inflates past the limit of {} MiB per part and {} MiB per file (a zip bomb?)",
                MAX_PART_BYTES / (1024 * 1024),
                MAX_TOTAL_BYTES / (1024 * 1024)
            ))
        };
        if entry.size() > limit {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        // The declared size may lie: read one byte past the limit to know.
        let read = (&mut entry)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|err| Unreadable::Corrupt {
                format,
                reason: format!("cannot inflate {name}: {err}"),
            })?;
        if read as u64 > limit {
            return Err(too_large());
        }
        self.inflated += read as u64;
        let text = String::from_utf8(bytes).map_err(|_| Unreadable::Corrupt {
            format: self.format,
            reason: format!("part {name} is not UTF-8 XML"),
        })?;
        Ok(Some(text))
    }

    /// The part `name`, which the format requires.
    pub fn required(&mut self, name: &str) -> Result<String, Unreadable> {
        self.part(name)?
            .ok_or_else(|| self.corrupt(format!("it has no {name}")))
    }
}

/// `target` of a relationship, resolved against the folder of the part that holds it
/// (`ppt/slides` + `../notesSlides/notesSlide1.xml` → `ppt/notesSlides/notesSlide1.xml`). An
/// absolute target (`/ppt/slides/slide1.xml`) is from the package root.
pub(super) fn resolve(folder: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        folder.split('/').filter(|p| !p.is_empty()).collect()
    };
    for piece in target.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(piece),
        }
    }
    parts.join("/")
}
