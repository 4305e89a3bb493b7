//! `report --since` scores two trees that, in a pull request, share almost every file. A file's
//! measure depends only on its bytes, its place (guide, channel and folder globs are path-based),
//! the name the report gives it, its kind and its guide: when all of these are the same in both
//! trees the measure is the same, so the old tree takes the one the current tree made instead
//! of checking the file again.

use onmessage::guide_set::lexical_normalize;
use onmessage::scorecard::FileMeasure;
use onmessage::{CompiledGuide, Kind};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file's bytes in 128 bits (two SipHash keys drawn at random for each run, so no file can be
/// made to collide with another on purpose) and its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    first: u64,
    second: u64,
}

/// Makes [`Fingerprint`]s: the same keys for both trees of a run.
#[derive(Clone)]
pub struct Fingerprinter {
    first: RandomState,
    second: RandomState,
}

impl Fingerprinter {
    pub fn new() -> Self {
        // Each `RandomState` of a thread has its own keys.
        Fingerprinter {
            first: RandomState::new(),
            second: RandomState::new(),
        }
    }

    pub fn of(&self, bytes: &[u8]) -> Fingerprint {
        let hash = |state: &RandomState| {
            let mut hasher = state.build_hasher();
            hasher.write(bytes);
            hasher.finish()
        };
        Fingerprint {
            len: bytes.len(),
            first: hash(&self.first),
            second: hash(&self.second),
        }
    }
}

impl Default for Fingerprinter {
    fn default() -> Self {
        Self::new()
    }
}

/// Everything a measure was made from, besides the place it is filed under.
pub struct Known {
    pub display: String,
    pub kind: Kind,
    pub guide: Arc<CompiledGuide>,
    pub builtin: bool,
    pub fingerprint: Fingerprint,
    pub measure: Arc<FileMeasure>,
}

/// The measures of one tree, by the place of their file.
pub struct Memo {
    fingerprinter: Fingerprinter,
    /// Places are compared as absolute paths without `.` or `..`: a measure sees its place only
    /// that way (a guide's globs match the place relative to the guide's folder), and the two
    /// trees spell places differently (`./a.md` now, `a.md` at the ref).
    cwd: PathBuf,
    known: HashMap<PathBuf, Known>,
}

impl Default for Memo {
    fn default() -> Self {
        Memo {
            fingerprinter: Fingerprinter::new(),
            cwd: std::env::current_dir().unwrap_or_default(),
            known: HashMap::new(),
        }
    }
}

impl Memo {
    fn key(&self, place: &Path) -> PathBuf {
        lexical_normalize(&self.cwd.join(place))
    }

    pub fn fingerprinter(&self) -> &Fingerprinter {
        &self.fingerprinter
    }

    pub fn remember(&mut self, place: &Path, known: Known) {
        self.known.insert(self.key(place), known);
    }

    /// The measure of the file at `place`, if it was made from the same name, kind, guide and
    /// bytes.
    pub fn recall(
        &self,
        place: &Path,
        display: &str,
        kind: Kind,
        guide: &Arc<CompiledGuide>,
        builtin: bool,
        fingerprint: Fingerprint,
    ) -> Option<&Arc<FileMeasure>> {
        let known = self.known.get(&self.key(place))?;
        let same = known.fingerprint == fingerprint
            && known.kind == kind
            && known.builtin == builtin
            && Arc::ptr_eq(&known.guide, guide)
            && known.display == display;
        same.then_some(&known.measure)
    }
}

/// How a scoring run uses a [`Memo`].
pub enum Reuse<'a> {
    /// Neither: a plain report.
    Off,
    /// Remember every file measured (the current tree).
    Learn(&'a mut Memo),
    /// Take what the memo knows (the tree at the ref).
    Recall(&'a Memo),
}

#[cfg(test)]
mod tests {
    use super::Fingerprinter;

    #[test]
    fn fingerprints_tell_bytes_apart() {
        let fingerprinter = Fingerprinter::new();
        let a = fingerprinter.of(b"Get started in minutes.\n");
        assert_eq!(a, fingerprinter.of(b"Get started in minutes.\n"));
        assert_ne!(a, fingerprinter.of(b"Get started in minutes.\r\n"));
        assert_ne!(a, fingerprinter.of(b"Get started in minutes!\n"));
        assert_ne!(fingerprinter.of(b""), fingerprinter.of(b"\0"));
    }
}
