//! The window lengths each head and tail key of the names lets through: an open word's side is
//! worked out once as a set of lengths, and a window starting (ending) there is then decided
//! by its length alone.

use rustc_hash::FxHashMap as HashMap;

/// A set of window lengths (joined, in bytes) as bits: bit `n` for length `n`, bit 63 for 63
/// and more (so a longer window is never ruled out by it).
pub(super) type Lengths = u64;

/// The bit of `len` in [`Lengths`].
#[inline]
pub(super) fn length_bit(len: usize) -> Lengths {
    1 << len.min(63)
}

/// Each name's head and tail keys, by key length, with the lengths of the strings one edit
/// from the name: its own and one more or less. Exact, unlike the hashed filter of
/// [`super::ends`], which it follows for the few words that filter lets through.
#[derive(Debug, Clone, Default)]
pub(super) struct KeyLengths {
    by_key: HashMap<u64, Lengths>,
}

impl KeyLengths {
    fn slot(tail: bool, k: usize, key: u32) -> u64 {
        u64::from(key) << 8 | (k as u64) << 1 | u64::from(tail)
    }

    /// Record a name of `len` bytes (joined) whose head (tail) key of `k` bytes is `key`.
    pub(super) fn insert(&mut self, tail: bool, k: usize, key: u32, len: usize) {
        let lengths = length_bit(len.saturating_sub(1)) | length_bit(len) | length_bit(len + 1);
        *self.by_key.entry(Self::slot(tail, k, key)).or_default() |= lengths;
    }

    /// The lengths a window whose head (tail) key of `k` bytes is `key` may be one edit from
    /// a name at (none when no name's key of `k` bytes is `key`).
    pub(super) fn of(&self, tail: bool, k: usize, key: u32) -> Lengths {
        self.by_key
            .get(&Self::slot(tail, k, key))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_lets_through_its_names_lengths_and_one_either_side() {
        let mut lengths = KeyLengths::default();
        let star = u32::from_be_bytes(*b"star");
        lengths.insert(false, 4, star, 9); // "starlight"
        lengths.insert(false, 4, star, 70);
        let of = lengths.of(false, 4, star);
        assert_eq!(of & 0xffff, length_bit(8) | length_bit(9) | length_bit(10));
        assert_ne!(of & length_bit(100), 0, "long names keep the long windows");
        assert_eq!(lengths.of(true, 4, star), 0);
        assert_eq!(lengths.of(false, 3, star >> 8), 0);
    }
}
