//! Every size limit in one place. Each is documented in the README's "Limits" section and has a
//! test: past a limit a file is named and skipped (or a guide refused) with a clear message,
//! never a crash, a hang or memory without bound.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The largest document read, in bytes (100 MiB). Larger files are named and skipped.
pub const MAX_DOCUMENT_BYTES: u64 = 100 * 1024 * 1024;

/// The longest line of a document, in bytes (1 MiB). A file with a longer line is not prose a
/// writer edits (minified or generated text): it is named and skipped.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// The largest guide file, in bytes (4 MiB).
pub const MAX_GUIDE_BYTES: u64 = 4 * 1024 * 1024;

/// The deepest nesting of YAML collections a guide may have. A real guide needs 4.
pub const MAX_GUIDE_NESTING: usize = 32;

/// The longest single guide string a matcher compiles (a term, a brand name, a phrase, a claim,
/// a call to action, a pattern), in characters.
pub const MAX_ENTRY_CHARS: usize = 200;

/// The most words an approved phrase or call to action may have: a tagline, not a paragraph.
pub const MAX_PHRASE_WORDS: usize = 30;

/// The most findings reported for one file; the rest are counted in one summary note.
pub const MAX_FINDINGS_PER_FILE: usize = 1_000;

/// The most characters of a finding's line kept for baselines and fingerprints.
pub const MAX_LINE_TEXT_CHARS: usize = 400;

/// The largest baseline file read, in bytes (64 MiB).
pub const MAX_BASELINE_BYTES: u64 = 64 * 1024 * 1024;

/// How far a fix run may grow a file past twice its size, in bytes (64 KiB). A text that would
/// grow beyond `2 × size + MAX_FIX_GROWTH_BYTES` has a fix feeding on its own replacement: the
/// run stops and the file is left as it was.
pub const MAX_FIX_GROWTH_BYTES: usize = 64 * 1024;

/// The longest prose a guide entry carries (a `reason`, an `example`, the benefit `statement`),
/// in characters.
pub const MAX_GUIDE_NOTE_CHARS: usize = 1_000;

/// The most items in any one list of a guide (banned entries, terms, a term's `instead_of`,
/// brand names, phrases, channels, globs…).
pub const MAX_GUIDE_LIST_ENTRIES: usize = 5_000;

/// The most banned `pattern` entries in a guide: each one is a regex run over every document.
pub const MAX_GUIDE_PATTERNS: usize = 200;

/// How far the sentence around a claim is read for a citation, in bytes on each side: a sentence
/// is short, and a figure in a huge unbroken run is read in a bounded window.
pub const CLAIM_SENTENCE_REACH: usize = 400;

/// How many files and folders under a guide's folder are looked at to tell whether each
/// `overrides` glob matches something (a glob that matches nothing is a warning); past it, no
/// warning is given, so loading a guide at the top of a huge tree stays quick.
pub const MAX_OVERRIDE_WALK_ENTRIES: usize = 50_000;

/// The longest MDX JSX tag taken as one (`<Card title="…" …>`, over lines): a `<` with no `>`
/// within this many bytes is text, so a paragraph of unclosed tags is read in linear time.
pub const MAX_JSX_TAG_BYTES: usize = 4 * 1024;

/// How far the line around a brand match is read on each side, in bytes, to tell a heading, a
/// table cell, a quoted label or an all-caps line: a huge unbroken line is read in a bounded
/// window around each match.
pub const LINE_CONTEXT_REACH: usize = 1024;

/// Entries a Word, PowerPoint or OpenDocument package may hold (a large deck has a few
/// thousand).
pub const MAX_ENTRIES: usize = 20_000;

/// Bytes one XML part of a package may inflate to.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Bytes all the parts read from one package may inflate to, together: reading stops at the
/// limit, so a zip bomb is refused without being inflated.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// Elements open at once in one XML part of a package (real documents nest a few dozen deep).
pub const MAX_XML_DEPTH: usize = 1_000;

/// PDF pages read from one file; the rest are left out (named in the marker after the last).
pub const MAX_PDF_PAGES: u32 = 5_000;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("not a regular file")]
    NotRegular,
    #[error("larger than {} MiB", .limit / (1024 * 1024))]
    TooLarge { limit: u64 },
}

/// Read a regular file of at most `limit` bytes. A FIFO, a device or a folder is refused before
/// it is read (a FIFO would block, `/dev/zero` never ends); a file that grows past the limit
/// while being read is refused too.
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    // Sized from the metadata: a read for the file and one to see its end, where a growing
    // buffer takes several.
    let capacity = usize::try_from(meta.len()).map_or(0, |len| len.saturating_add(1));
    read_into(file, limit, Vec::with_capacity(capacity))
}

/// Open for reading without waiting for a FIFO's writer (`O_NONBLOCK` changes nothing for a
/// regular file, which is all that is read after the check).
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Read a stream of at most `limit` bytes (standard input).
pub fn read_bounded(reader: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_into(reader, limit, Vec::new())
}

fn read_into(reader: impl Read, limit: u64, mut bytes: Vec<u8>) -> Result<Vec<u8>, ReadError> {
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_within_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        std::fs::write(&path, "hello").expect("write");
        assert_eq!(read_regular_file(&path, 5).expect("read"), b"hello");
        assert!(matches!(
            read_regular_file(&path, 4),
            Err(ReadError::TooLarge { .. })
        ));
    }

    #[test]
    fn refuses_folders_and_bounds_streams() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(matches!(
            read_regular_file(dir.path(), 10),
            Err(ReadError::NotRegular)
        ));
        let endless = std::io::repeat(b'a');
        assert!(matches!(
            read_bounded(endless, 1000),
            Err(ReadError::TooLarge { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_fifo_without_blocking() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("pipe.md");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        // Opening a FIFO for reading blocks until a writer comes, so it must not be opened.
        assert!(matches!(
            read_regular_file(&fifo, 10),
            Err(ReadError::NotRegular)
        ));
    }
}
