//! The names' first two head (and tail) bytes, by key length: a word whose head starts with a
//! pair no name's head of that key length starts with misses it, decided by one load before
//! the hashed filter is asked (most words, since few pairs start a name). The tables are
//! indexed by two bytes as the text has them, folded or not, the first read lowest (as two
//! bytes load from the text), so a word's own bytes index them.

use super::word_ends::FOLDED_ALNUM;

/// The entry of a pair of bytes either of which is no ASCII letter or digit: no name's key
/// holds one, but a window reading one is undecided, so it must not read as a plain miss.
pub(super) const NOT_ALNUM: u8 = 0x80;

/// For each pair of bytes (first byte low), bit `j` when some name's key of the `j`th key
/// length starts with the pair folded ([`NOT_ALNUM`] when a byte does not fold): one table for
/// heads, one for tails (whose keys are read last byte first).
#[derive(Debug, Clone)]
pub(super) struct FirstPairs {
    heads: Box<[u8; 1 << 16]>,
    tails: Box<[u8; 1 << 16]>,
}

impl Default for FirstPairs {
    fn default() -> Self {
        FirstPairs {
            heads: Box::new([0; 1 << 16]),
            tails: Box::new([0; 1 << 16]),
        }
    }
}

impl FirstPairs {
    /// Pairs that rule nothing out.
    pub(super) fn everything() -> Self {
        FirstPairs {
            heads: Box::new([u8::MAX; 1 << 16]),
            tails: Box::new([u8::MAX; 1 << 16]),
        }
    }

    /// Record a name's packed key of `k` bytes (`k >= 2`), the `j`th key length.
    pub(super) fn insert(&mut self, tail: bool, k: usize, key: u32, j: usize) {
        let pair = usize::from(first_two(key, k));
        let table = if tail {
            &mut self.tails
        } else {
            &mut self.heads
        };
        table[pair] |= 1 << j;
    }

    /// Once every name is in: each pair of bytes as written gets its folded pair's entry, or
    /// [`NOT_ALNUM`]. Folded pairs keep their own (folding them again changes nothing).
    pub(super) fn spread_to_unfolded(mut self) -> Self {
        for table in [&mut self.heads, &mut self.tails] {
            let folded = table.clone();
            for (pair, entry) in table.iter_mut().enumerate() {
                let (a, b) = (FOLDED_ALNUM[pair & 0xff], FOLDED_ALNUM[pair >> 8]);
                *entry = if a == 0 || b == 0 {
                    *entry | NOT_ALNUM
                } else {
                    folded[usize::from(a) | usize::from(b) << 8]
                };
            }
        }
        self
    }

    /// The key lengths (as bits) some name's key of which starts like the first two of the
    /// `got` packed bytes of `key`; every bit when there are fewer than two.
    #[inline]
    pub(super) fn lengths(&self, tail: bool, key: u32, got: usize) -> u8 {
        if got < 2 {
            return u8::MAX;
        }
        self.of(tail, first_two(key, got))
    }

    /// The table of heads, indexed as [`FirstPairs::of`] reads it.
    #[inline]
    pub(super) fn heads(&self) -> &[u8; 1 << 16] {
        &self.heads
    }

    /// The table of tails, likewise.
    #[inline]
    pub(super) fn tails(&self) -> &[u8; 1 << 16] {
        &self.tails
    }

    /// The entry of two bytes as the text has them, the first read in the low byte of `pair`
    /// (for a tail, the last byte of the word).
    #[inline]
    pub(super) fn of(&self, tail: bool, pair: u16) -> u8 {
        let pair = usize::from(pair);
        if tail {
            self.tails[pair]
        } else {
            self.heads[pair]
        }
    }
}

/// The first two of `got` packed bytes (first read highest) as a table index: first read low.
#[inline]
fn first_two(key: u32, got: usize) -> u16 {
    ((key >> (8 * (got - 2))) as u16).swap_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_known_only_at_its_key_length() {
        let mut pairs = FirstPairs::default();
        // "star" as a head of key length index 1 (four bytes).
        pairs.insert(false, 4, u32::from_be_bytes(*b"star"), 1);
        let pairs = pairs.spread_to_unfolded();
        let st = u32::from_be_bytes([0, 0, b's', b't']);
        assert_eq!(pairs.lengths(false, st, 2), 0b10);
        assert_eq!(pairs.lengths(false, u32::from_be_bytes(*b"stop"), 4), 0b10);
        assert_eq!(pairs.lengths(true, st, 2), 0);
        assert_eq!(pairs.lengths(false, u32::from(b't'), 1), u8::MAX);
        // As written in the text: either case, and a byte that does not fold is marked.
        let of = |tail, pair: &[u8; 2]| pairs.of(tail, u16::from_le_bytes(*pair));
        assert_eq!(of(false, b"ST"), 0b10);
        assert_eq!(of(false, b"so"), 0);
        assert_eq!(of(false, b"s'"), NOT_ALNUM);
        assert_eq!(of(true, &[0xc3, b'a']), NOT_ALNUM);
    }
}
