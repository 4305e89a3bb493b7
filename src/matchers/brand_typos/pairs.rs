//! The names' first two head (and tail) bytes, by key length: a word whose head starts with a
//! pair no name's head of that key length starts with misses it, decided by one load before
//! the hashed filter is asked (most words, since few pairs start a name).

/// For each pair of packed bytes (first byte high), bit `j` when some name's key of the `j`th
/// key length starts with it: one table for heads, one for tails.
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
        let pair = (key >> (8 * (k - 2))) as usize & 0xffff;
        let table = if tail {
            &mut self.tails
        } else {
            &mut self.heads
        };
        table[pair] |= 1 << j;
    }

    /// The key lengths (as bits) some name's key of which starts like the first two of the
    /// `got` packed bytes of `key`; every bit when there are fewer than two.
    #[inline]
    pub(super) fn lengths(&self, tail: bool, key: u32, got: usize) -> u8 {
        if got < 2 {
            return u8::MAX;
        }
        let pair = (key >> (8 * (got - 2))) as usize & 0xffff;
        if tail {
            self.tails[pair]
        } else {
            self.heads[pair]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_known_only_at_its_key_length() {
        let mut pairs = FirstPairs::default();
        // "star" as a head of key length index 1 (four bytes).
        pairs.insert(false, 4, u32::from_be_bytes(*b"star"), 1);
        let st = u32::from_be_bytes([0, 0, b's', b't']);
        assert_eq!(pairs.lengths(false, st, 2), 0b10);
        assert_eq!(pairs.lengths(false, u32::from_be_bytes(*b"stop"), 4), 0b10);
        assert_eq!(pairs.lengths(true, st, 2), 0);
        assert_eq!(pairs.lengths(false, u32::from(b't'), 1), u8::MAX);
    }
}
