//! What the heads-and-tails filter of the brand typo search (see [`super::ends`]) reads of the
//! prose words: the first (last) bytes a window starting (ending) at a word reads, gathered from
//! the text when a word's own bytes do not settle its misses.

use std::ops::Range;

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
    /// Its first `k` bytes, if it has them.
    #[inline]
    pub(super) fn first(self, k: usize) -> Option<u32> {
        let got = usize::from(self.got);
        (got >= k).then(|| self.bytes >> (8 * (got - k)))
    }

    /// Reads `bytes` on (in the order given) until a byte that is no ASCII letter or digit or
    /// [`MAX_KEY`] bytes in all; whether it may read on past them (all were read, none such).
    #[inline]
    fn read<'a>(&mut self, bytes: impl Iterator<Item = &'a u8>) -> bool {
        for &b in bytes {
            let folded = FOLDED_ALNUM[usize::from(b)];
            if folded == 0 || usize::from(self.got) == MAX_KEY {
                return false;
            }
            self.bytes = self.bytes << 8 | u32::from(folded);
            self.got += 1;
        }
        usize::from(self.got) < MAX_KEY
    }
}

/// The head a window starting at `words[i]` reads: the word's leading ASCII letters and digits
/// (folded, at most [`MAX_KEY`]), and when the word is nothing else and shorter than a key, on
/// into the words after it. Every window that can be one edit from a name is at least five
/// letters long, longer than any key, so this is its head whatever the window's length.
pub(super) fn head_key(text: &[u8], words: &[Range<usize>], i: usize) -> Key {
    let mut key = Key::default();
    for w in &words[i..] {
        if !key.read(text[w.clone()].iter()) {
            break;
        }
    }
    key
}

/// The tail a window ending at `words[i]` reads, last byte first: the word's trailing ASCII
/// letters and digits, and on into the words before it likewise.
pub(super) fn tail_key(text: &[u8], words: &[Range<usize>], i: usize) -> Key {
    let mut key = Key::default();
    for w in words[..=i].iter().rev() {
        if !key.read(text[w.clone()].iter().rev()) {
            break;
        }
    }
    key
}

/// The first four bytes a head reads from `words[i]` on, as they load from `text` (the first
/// lowest), if the word and the one after it hold them: the word's own, or when it is shorter,
/// all of it and then the next word's first. `None` when the next word is too short or the text
/// ends. (Whether the bytes are letters and digits, so that a head reads on past the word,
/// is the caller's to test.)
#[inline]
pub(super) fn head_bytes(text: &[u8], words: &[Range<usize>], i: usize) -> Option<u32> {
    let word = &words[i];
    let own = load(text, word.start)?;
    let len = word.len();
    if len >= 4 {
        return Some(own);
    }
    let next = words.get(i + 1).filter(|next| next.len() >= 4 - len)?;
    Some(own & low_bytes(len) | load(text, next.start)? << (8 * len))
}

/// The last four bytes a tail reads from `words[i]` back, last byte lowest: the word's own, or
/// when it is shorter, all of it and then the previous word's last (see [`head_bytes`]).
#[inline]
pub(super) fn tail_bytes(text: &[u8], words: &[Range<usize>], i: usize) -> Option<u32> {
    let word = &words[i];
    let own = load(text, word.end.checked_sub(4)?)?.swap_bytes();
    let len = word.len();
    if len >= 4 {
        return Some(own);
    }
    let before = i.checked_sub(1).map(|j| &words[j]);
    let before = before.filter(|before| before.len() >= 4 - len)?;
    let last = load(text, before.end.checked_sub(4)?)?.swap_bytes();
    Some(own & low_bytes(len) | last << (8 * len))
}

/// Four bytes of `text` from `at`, the first lowest, if it has them.
#[inline]
fn load(text: &[u8], at: usize) -> Option<u32> {
    let four = text.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([four[0], four[1], four[2], four[3]]))
}

/// The low `n` bytes (`n` < 4) of a `u32` set.
#[inline]
fn low_bytes(n: usize) -> u32 {
    (1u32 << (8 * n)) - 1
}

/// Each byte's lowercase form if it is an ASCII letter or digit, else 0: one load per byte.
pub(super) const FOLDED_ALNUM: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};
