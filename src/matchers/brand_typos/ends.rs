//! The heads-and-tails filter of the brand typo search: which windows of words can be one edit
//! from some name, decided from packed keys of their first and last words before any folding.

/// The names' first and last `k` characters, `k` = min((length − 1) / 2, 4), packed in a `u32`,
/// by `k`. A string one edit (a letter replaced, added, dropped, or two neighbours swapped) from
/// a name of length L keeps its first or its last (L − 1) / 2 characters, and an edit in the
/// spaced form is at most one in the joined form. So a window whose joined head and tail meet no
/// name's of the same `k` is no typo of any. A window whose head or tail is not plain ASCII
/// letters and digits (or is shorter than `k`) is undecided, and may be.
use super::pairs::FirstPairs;
use super::word_ends::{own_keys, pack, Key, WordKeys, MAX_KEY};
use crate::document::word_shape::WordShape;
use std::ops::Range;

#[derive(Debug, Clone, Default)]
pub(super) struct Ends {
    /// The key lengths in use (at most three: 2, 3 and 4), bit `j` of a word's masks for the `j`th.
    key_lengths: Vec<usize>,
    /// Every name is ASCII; otherwise no window is ruled out.
    all_ascii: bool,
    /// One bit per key length.
    all_keys: u8,
    /// The shortest and longest name, joined (bytes: names with a key are ASCII).
    shortest: usize,
    longest: usize,
    /// Each head and tail with every length (in bytes, joined) a string one edit from its name
    /// may have: a window's key must meet a name's at the window's own length.
    at_length: KeyLengths,
    /// The names' keys by their first two bytes: a word's misses, mostly without hashing.
    pairs: FirstPairs,
    /// By a count of bytes read (up to [`MAX_KEY`]), the key lengths (as bits) no longer.
    up_to: [u8; MAX_KEY + 1],
}

/// A set of (head or tail, key length, key, string length) as a 65,536-bit filter: no false
/// negatives, a few false positives (which only let a window through to the exact test).
#[derive(Debug, Clone)]
struct KeyLengths(Box<[u64; 1024]>);

impl Default for KeyLengths {
    fn default() -> Self {
        KeyLengths(Box::new([0; 1024]))
    }
}

impl KeyLengths {
    fn bit(tail: bool, k: usize, key: u32, len: usize) -> usize {
        let packed = (u64::from(key) << 24) | ((len as u64 & 0xffff) << 8) | ((k as u64) << 1);
        let mixed = (packed | u64::from(tail)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 48) as usize
    }

    fn insert(&mut self, tail: bool, k: usize, key: u32, len: usize) {
        let bit = Self::bit(tail, k, key, len);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn may_hold(&self, tail: bool, k: usize, key: u32, len: usize) -> bool {
        let bit = Self::bit(tail, k, key, len);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// `KeyLengths` length standing for "any length": the word-level test.
const ANY_LENGTH: usize = 0xffff;

impl Ends {
    pub(super) fn new<'a>(joined_names: impl Iterator<Item = &'a str>) -> Self {
        let mut key_lengths: Vec<usize> = Vec::new();
        let mut at_length = KeyLengths::default();
        let mut pairs = FirstPairs::default();
        let mut all_ascii = true;
        let (mut shortest, mut longest) = (usize::MAX, 0);
        // A key under two bytes has no pair: the pairs then rule nothing out.
        let mut short_key = false;
        for joined in joined_names {
            let len = joined.len();
            shortest = shortest.min(len);
            longest = longest.max(len);
            if !joined.is_ascii() {
                // Keys are ASCII: a name that is not lets every window through (it is found only
                // by undecided windows), keeping the filter exact.
                all_ascii = false;
                continue;
            }
            let k = (len.saturating_sub(1) / 2).min(MAX_KEY);
            let j = match key_lengths.iter().position(|&l| l == k) {
                Some(j) => j,
                None => {
                    key_lengths.push(k);
                    key_lengths.len() - 1
                }
            };
            let bytes = joined.as_bytes();
            // A head or tail with a byte that is no ASCII letter or digit never equals a
            // decided window's. Tails are packed last byte first, as a window's is read.
            for (tail, key) in [
                (false, pack(bytes[..k].iter())),
                (true, pack(bytes[len - k..].iter().rev())),
            ] {
                if let Some(key) = key {
                    for l in [ANY_LENGTH, len.saturating_sub(1), len, len + 1] {
                        at_length.insert(tail, k, key, l);
                    }
                    if k >= 2 {
                        pairs.insert(tail, k, key, j);
                    } else {
                        short_key = true;
                    }
                }
            }
        }
        let mut up_to = [0u8; MAX_KEY + 1];
        for (got, bits) in up_to.iter_mut().enumerate() {
            for (j, &k) in key_lengths.iter().enumerate() {
                if k <= got {
                    *bits |= 1 << j;
                }
            }
        }
        Ends {
            up_to,
            shortest,
            longest,
            all_keys: ((1u16 << key_lengths.len()) - 1) as u8,
            key_lengths,
            at_length,
            pairs: if short_key {
                FirstPairs::everything()
            } else {
                pairs
            },
            all_ascii,
        }
    }

    /// Each prose word's keys and misses (`words`: ranges of a text, in order, with their
    /// shapes), in one pass that asks the names' key tables as it reads the shapes: as a
    /// window's first word (its head) and as its last (its tail). A short word's key goes on
    /// into the words after it (before it, for a tail): its head waits until they are read.
    /// Every window that can be one edit from a name is at least five letters long, longer than
    /// any key, so its key is the one read on from its first word whatever the window's length.
    /// `tail_open` gets the words whose tails rule out not every key length, in order.
    pub(super) fn word_keys(
        &self,
        words: &[Range<usize>],
        shapes: impl Iterator<Item = WordShape>,
        tail_open: &mut Vec<usize>,
    ) -> Vec<WordKeys> {
        let mut keys: Vec<WordKeys> = Vec::with_capacity(words.len());
        let mut tail_before = Key::default();
        // `keys[waiting..]`: short words whose heads read on into the words still to come
        // (the earlier of them have read more, so they are done first).
        let mut waiting = 0;
        for (w, shape) in words.iter().zip(shapes) {
            let (short, head, tail) = own_keys(&shape, w.len());
            for word in &mut keys[waiting..] {
                word.head = word.head.then(head.bytes, usize::from(head.got));
                if usize::from(word.head.got) == MAX_KEY || !short {
                    word.head_miss = self.misses(false, word.head);
                    waiting += 1;
                }
            }
            let tail = if short {
                tail.then(tail_before.bytes, usize::from(tail_before.got))
            } else {
                tail
            };
            tail_before = tail;
            let tail_miss = self.misses(true, tail);
            if tail_miss != self.all_keys {
                tail_open.push(keys.len());
            }
            let head_miss = if short {
                0 // worked out when the words after it are read
            } else {
                waiting += 1;
                self.misses(false, head)
            };
            keys.push(WordKeys {
                head,
                tail,
                head_miss,
                tail_miss,
                ascii: shape.ascii,
            });
        }
        for word in &mut keys[waiting..] {
            word.head_miss = self.misses(false, word.head);
        }
        keys
    }

    /// The key lengths (as bits) that a window's head (or tail) reading these `got` packed
    /// bytes meets no name's key of. A key longer than the bytes read is undecided: no miss.
    #[inline]
    fn misses(&self, tail: bool, key: Key) -> u8 {
        let (key, got) = (key.bytes, usize::from(key.got));
        let eligible = self.up_to.get(got).copied().unwrap_or(self.all_keys);
        let paired = self.pairs.lengths(tail, key, got);
        let mut miss = eligible & !paired;
        // A known pair: the hashed filter decides.
        let mut ask = eligible & paired;
        while ask != 0 {
            let j = ask.trailing_zeros() as usize;
            ask &= ask - 1;
            let k = self.key_lengths[j];
            if !self
                .at_length
                .may_hold(tail, k, key >> (8 * (got - k)), ANY_LENGTH)
            {
                miss |= 1 << j;
            }
        }
        miss
    }

    /// Whether a window starting at a word with these keys may pass: its head decides
    /// nothing alone only if it is open for some key length (or names are not all ASCII).
    #[inline]
    pub(super) fn head_open(&self, first: &WordKeys) -> bool {
        !self.all_ascii || first.head_miss != self.all_keys
    }

    /// Whether a window's first and last words alone rule out every key length.
    #[inline]
    pub(super) fn rules_out(&self, first: &WordKeys, last: &WordKeys) -> bool {
        self.all_ascii && first.head_miss & last.tail_miss == self.all_keys
    }

    /// Whether a window of words with these keys (and these ranges) may be one edit from some
    /// name. The window's own head key is its first word's read-on key cut at the window's
    /// end; they differ only when the window holds fewer letters and digits than the key, all
    /// in words of nothing else: fewer than four bytes, which the length test rules out (every
    /// name searched has at least six). Likewise its tail.
    #[inline]
    pub(super) fn may_match(&self, window: &[WordKeys], words: &[Range<usize>]) -> bool {
        let (Some(first), Some(last)) = (window.first(), window.last()) else {
            return false;
        };
        if !self.all_ascii {
            return true;
        }
        let open = self.all_keys & !(first.head_miss & last.tail_miss);
        if open == 0 {
            return false; // the common case: decided by the two words alone
        }
        // The window's folded length without its separators; unknown unless all ASCII.
        let mut len = 0;
        for (word, range) in window.iter().zip(words) {
            if !word.ascii {
                return true;
            }
            len += range.len();
        }
        if len + 1 < self.shortest || len > self.longest + 1 {
            return false; // one edit changes the length by one at most
        }
        self.key_lengths.iter().enumerate().any(|(j, &k)| {
            let bit = 1u8 << j;
            if open & bit == 0 {
                return false;
            }
            // `None`: undecided (a byte that is no ASCII letter or digit comes first).
            let side = |tail: bool, miss: u8, key: Key| {
                if miss & bit != 0 {
                    return Some(false);
                }
                key.first(k)
                    .map(|key| self.at_length.may_hold(tail, k, key, len))
            };
            match (
                side(false, first.head_miss, first.head),
                side(true, last.tail_miss, last.tail),
            ) {
                (Some(head), Some(tail)) => head || tail,
                _ => true,
            }
        })
    }
}

#[cfg(test)]
mod tests;
