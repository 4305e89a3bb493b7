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

/// The first four bytes a head reads from `word` on, as they load (the first lowest), given
/// `next`, those it reads from the next word on (zeros past the last word: no letters or digits,
/// which leave a key undecided as the end of the words does): the word's own, then `next`. Read
/// last word first, each word's head is the next one's and a load, however short the words.
#[inline(always)]
pub(super) fn head_four(text: &[u8], word: &Range<usize>, next: u32) -> u32 {
    let len = word.len();
    match text.get(word.start..word.start + 4) {
        Some(&[a, b, c, d]) => own_four(u32::from_le_bytes([a, b, c, d]), len, next),
        _ => text[word.clone()]
            .iter()
            .rev()
            .fold(next, |four, &b| four << 8 | u32::from(b)),
    }
}

/// The last four bytes a tail reads back from `word`, the last lowest, given `before`, those it
/// reads back from the word before (zeros before the first word): see [`head_four`].
#[inline(always)]
pub(super) fn tail_four(text: &[u8], word: &Range<usize>, before: u32) -> u32 {
    let len = word.len();
    match word
        .end
        .checked_sub(4)
        .and_then(|at| text.get(at..word.end))
    {
        Some(&[a, b, c, d]) => own_four(u32::from_be_bytes([a, b, c, d]), len, before),
        _ => text[word.clone()]
            .iter()
            .fold(before, |four, &b| four << 8 | u32::from(b)),
    }
}

/// [`head_four`] of a word whose first four bytes lie in `text`, loaded with no bounds test.
///
/// # Safety
/// `word.start + 4 <= text.len()`.
#[inline(always)]
pub(super) unsafe fn inner_head_four(text: &[u8], word: &Range<usize>, next: u32) -> u32 {
    debug_assert!(word.start + 4 <= text.len());
    // SAFETY: the four bytes from `word.start` lie in `text` (the caller's promise);
    // `read_unaligned` takes any alignment.
    let four = unsafe {
        text.as_ptr()
            .add(word.start)
            .cast::<[u8; 4]>()
            .read_unaligned()
    };
    own_four(u32::from_le_bytes(four), word.len(), next)
}

/// [`tail_four`] of a word whose last four bytes' place lies in `text` (it ends four bytes or
/// more from the start), loaded with no bounds test.
///
/// # Safety
/// `4 <= word.end <= text.len()`.
#[inline(always)]
pub(super) unsafe fn inner_tail_four(text: &[u8], word: &Range<usize>, before: u32) -> u32 {
    debug_assert!(4 <= word.end && word.end <= text.len());
    // SAFETY: the four bytes before `word.end` lie in `text` (the caller's promise);
    // `read_unaligned` takes any alignment.
    let four = unsafe {
        text.as_ptr()
            .add(word.end - 4)
            .cast::<[u8; 4]>()
            .read_unaligned()
    };
    own_four(u32::from_be_bytes(four), word.len(), before)
}

/// A word's end from `four`, loaded from the text (its own bytes, then anything), and `on`, the
/// next (previous) word's: a word under four bytes keeps only its own and reads on into `on`.
/// Shifts in 64 bits instead of a branch on the length: words of under four bytes and of four
/// or more alternate unpredictably, and this runs for both ends of every prose word.
#[inline(always)]
fn own_four(four: u32, len: usize, on: u32) -> u32 {
    let bits = 8 * len.min(4);
    // For four bytes or more: all of `four`, and `on` shifted out of the low 32 bits.
    let own = ((1u64 << bits) - 1) as u32;
    four & own | (u64::from(on) << bits) as u32
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
