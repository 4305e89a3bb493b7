//! The joined tokens of a document's code, link destinations, URLs and paths, looked up on
//! demand.
//!
//! Learning every joined run of these sources into a set costs a hash insert per run, yet
//! prose asks about a few tokens at most. So the ASCII lines of the sources are kept
//! lowercased in one buffer, and each token asked about is searched for in it and checked
//! against the run it lies in, exactly as [`super::IdentifierSet`] would have learnt that run.
//! Lines with other characters (whose lowercase may change length or split a run) are learnt
//! as before. A document that asks about many tokens (a huge paste with thousands of joined
//! words) would search its sources once per token: after [`SEARCHES_BEFORE_LEARNING`] searches
//! the keys are learnt once, and later questions are one hash lookup.

use super::{has_inner_joiner, learn_runs, MAX_KEY_BYTES};
use memchr::memmem;
use rustc_hash::FxHashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Searches of the sources before their keys are learnt all at once: a few questions are
/// cheaper searched, many are cheaper learnt (and searching for each is quadratic).
pub(super) const SEARCHES_BEFORE_LEARNING: usize = 32;

/// The ASCII lines of a document's sources of identifiers, lowercased, each ended by a line break (which no run
/// crosses).
#[derive(Debug, Default)]
pub(super) struct SourceKeys {
    lower: Vec<u8>,
    /// Searches made so far.
    searches: AtomicUsize,
    /// Every key of `lower`, once searching has been asked too often.
    learnt: OnceLock<FxHashSet<String>>,
}

/// Whether the ASCII byte `b` is a word character or a joiner (see `is_run_char`).
fn is_run_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/' | b'@')
}

/// Joiners trimmed from both ends of a run before it is learnt.
fn is_trimmed(b: u8) -> bool {
    matches!(b, b'-' | b'.' | b'/')
}

/// Where a run splits into pieces (`@acme/nimbus-pay` names `nimbus-pay`).
fn is_piece_break(b: u8) -> bool {
    matches!(b, b'/' | b'@')
}

impl SourceKeys {
    /// Keeps the ASCII lines of `sources`; every other line goes to `learn`.
    pub(super) fn gather<'t>(
        sources: impl Iterator<Item = &'t str>,
        mut learn: impl FnMut(&'t str),
    ) -> Self {
        let mut keys = SourceKeys::default();
        for source in sources {
            if source.is_ascii() {
                keys.push(source);
            } else {
                for line in source.split('\n') {
                    if line.is_ascii() {
                        keys.push(line);
                    } else {
                        learn(line);
                    }
                }
            }
        }
        keys
    }

    pub(super) fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    fn push(&mut self, ascii: &str) {
        let from = self.lower.len();
        self.lower.extend_from_slice(ascii.as_bytes());
        self.lower[from..].make_ascii_lowercase();
        self.lower.push(b'\n');
    }

    /// Whether a run of the kept lines yields `lower` (a lowercase token) as a key: the run
    /// itself, one of its pieces, or a piece's stem before a short extension.
    pub(super) fn holds(&self, lower: &str) -> bool {
        let token = lower.as_bytes();
        if self.lower.is_empty()
            || token.is_empty()
            || token.len() > MAX_KEY_BYTES
            || !token.iter().all(|&b| is_run_byte(b))
            || !has_inner_joiner(lower)
        {
            return false;
        }
        if let Some(learnt) = self.learnt() {
            return learnt.contains(lower);
        }
        let finder = memmem::Finder::new(token);
        // The trimmed bounds of the run of the last hit: later hits in it reuse them, so a
        // long run is walked once however many hits it holds.
        let mut run = 0..0;
        let mut from = 0;
        while let Some(at) = finder.find(&self.lower[from..]) {
            let start = from + at;
            let end = start + token.len();
            if !(run.start <= start && end <= run.end) {
                run = self.trimmed_run_around(start, end);
            }
            if self.is_key(run.clone(), start, end) {
                return true;
            }
            from = start + 1; // hits may overlap
        }
        false
    }

    /// The keys of every run, learnt the first time searching has been asked too often.
    fn learnt(&self) -> Option<&FxHashSet<String>> {
        if let Some(learnt) = self.learnt.get() {
            return Some(learnt);
        }
        if self.searches.fetch_add(1, Ordering::Relaxed) < SEARCHES_BEFORE_LEARNING {
            return None;
        }
        Some(self.learnt.get_or_init(|| {
            let mut keys = FxHashSet::default();
            // `lower` is ASCII: its lines are text.
            for line in self.lower.split(|&b| b == b'\n') {
                learn_runs(&mut keys, std::str::from_utf8(line).unwrap_or_default());
            }
            keys
        }))
    }

    /// The run of run bytes around `start..end`, joiners trimmed from its ends.
    fn trimmed_run_around(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let b = &self.lower;
        let mut from = start;
        while from > 0 && is_run_byte(b[from - 1]) {
            from -= 1;
        }
        let mut to = end;
        while to < b.len() && is_run_byte(b[to]) {
            to += 1;
        }
        while from < to && is_trimmed(b[from]) {
            from += 1;
        }
        while to > from && is_trimmed(b[to - 1]) {
            to -= 1;
        }
        from..to
    }

    /// Whether `start..end`, a hit in `run` (trimmed), is a key learnt from that run.
    fn is_key(&self, run: std::ops::Range<usize>, start: usize, end: usize) -> bool {
        let b = &self.lower;
        if start < run.start || end > run.end || run.len() > MAX_KEY_BYTES {
            return false;
        }
        // `run` is ASCII: its bytes are characters.
        let run_text = std::str::from_utf8(&b[run.clone()]).unwrap_or("");
        if !has_inner_joiner(run_text) {
            return false;
        }
        if start == run.start && end == run.end {
            return true;
        }
        let piece_starts = start == run.start || is_piece_break(b[start - 1]);
        if !piece_starts || b[start..end].iter().any(|&c| is_piece_break(c)) {
            return false;
        }
        if end == run.end || is_piece_break(b[end]) {
            return true;
        }
        // A stem: the rest of the piece is `.` and an extension of one to five letters or digits.
        let piece_end = b[end..run.end]
            .iter()
            .position(|&c| is_piece_break(c))
            .map_or(run.end, |i| end + i);
        let extension = &b[(end + 1).min(piece_end)..piece_end];
        b[end] == b'.'
            && (1..=5).contains(&extension.len())
            && extension.iter().all(u8::is_ascii_alphanumeric)
    }
}
