//! What the heads-and-tails filter of the brand typo search (see [`super::ends`]) keeps of each
//! prose word: the first (last) bytes a window starting (ending) at it reads, and which key
//! lengths they already rule out. Worked out in one pass over the words' shapes, which asks the
//! names' key tables as it goes.

use crate::document::word_shape::{WordShape, FOLDED_ALNUM};

/// The longest key, in bytes: four fit a `u32`.
pub(super) const MAX_KEY: usize = 4;

/// ASCII letters and digits, lowercased, packed first byte first; `None` for any other byte.
pub(super) fn pack<'a>(bytes: impl Iterator<Item = &'a u8>) -> Option<u32> {
    bytes.into_iter().try_fold(0u32, |key, &b| {
        let folded = FOLDED_ALNUM[usize::from(b)];
        (folded != 0).then(|| key << 8 | u32::from(folded))
    })
}

/// The packed bytes a window's head (or tail) reads from a word on: `got` of them (at most
/// [`MAX_KEY`]), first read highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Key {
    pub(super) bytes: u32,
    pub(super) got: u8,
}

impl Key {
    /// `self` read on into `run` (a word's packed run of `len` bytes, first read highest), up to
    /// [`MAX_KEY`] bytes in all.
    #[inline]
    pub(super) fn then(self, run: u32, len: usize) -> Key {
        let got = usize::from(self.got);
        let take = (MAX_KEY - got).min(len);
        // At most four bytes in all: a shift in `u64` never overflows, and the key fits.
        let first = u64::from(run) >> (8 * (len - take));
        Key {
            bytes: ((u64::from(self.bytes) << (8 * take)) | first) as u32,
            got: (got + take) as u8,
        }
    }

    /// Its first `k` bytes, if it has them.
    #[inline]
    pub(super) fn first(self, k: usize) -> Option<u32> {
        let got = usize::from(self.got);
        (got >= k).then(|| self.bytes >> (8 * (got - k)))
    }
}

/// One prose word as the filter reads it. Small (16 bytes): a document has one per prose word.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct WordKeys {
    /// The first bytes a window starting here reads: the word's leading ASCII letters and
    /// digits (folded), and when the word is nothing else and shorter than a key, on into the
    /// words after it.
    pub(super) head: Key,
    /// The last bytes a window ending here reads (last byte first), on into the words before.
    pub(super) tail: Key,
    /// Bit `j` for the `j`th key length of [`super::ends::Ends`]: the head (tail) alone
    /// decides that a window's head (tail) meets no name's.
    pub(super) head_miss: u8,
    pub(super) tail_miss: u8,
    /// Every byte of the word is ASCII (its folded length is then its length).
    pub(super) ascii: bool,
}

/// A word read from its shape: whether a window's head reads on past it (the word is all ASCII
/// letters and digits and shorter than a key), and its own head and tail.
#[inline]
pub(super) fn own_keys(shape: &WordShape, len: usize) -> (bool, Key, Key) {
    let short = usize::from(shape.head_len) == len && len < MAX_KEY;
    let head = Key {
        bytes: shape.head,
        got: shape.head_len,
    };
    let tail = Key {
        bytes: shape.tail,
        got: shape.tail_len,
    };
    (short, head, tail)
}
