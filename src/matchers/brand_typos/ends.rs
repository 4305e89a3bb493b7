//! The heads-and-tails filter of the brand typo search: which windows of words can be one edit
//! from some name, decided from packed keys of their first and last words before any folding.

/// The names' first and last `k` characters, `k` = min((length − 1) / 2, 4), packed in a `u32`,
/// by `k`. A string one edit (a letter replaced, added, dropped, or two neighbours swapped) from
/// a name of length L keeps its first or its last (L − 1) / 2 characters, and an edit in the
/// spaced form is at most one in the joined form. So a window whose joined head and tail meet no
/// name's of the same `k` is no typo of any. A window whose head or tail is not plain ASCII
/// letters and digits (or is shorter than `k`) is undecided, and may be.
use super::pairs::FirstPairs;
use super::word_ends::pack;
use super::word_ends::{WordEnds, NOT_ASCII};
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

/// The longest key, in bytes: four fit a `u32`.
pub(super) const MAX_KEY: usize = 4;

/// The first `k` packed bytes of a window read through `parts` (each a word's packed run, its
/// length and whether it is the whole word); `None` when a byte that is no ASCII letter or digit,
/// or the window's end, comes first.
pub(super) fn window_key(k: usize, parts: impl Iterator<Item = (u32, usize, bool)>) -> Option<u32> {
    let (mut key, mut got) = (0u32, 0usize);
    for (run, len, whole) in parts {
        let take = (k - got).min(len);
        if take > 0 {
            // At most four bytes in all: a shift in `u64` never overflows, and the key fits.
            let first = u64::from(run >> (8 * (len - take)));
            key = ((u64::from(key) << (8 * take)) | first) as u32;
        }
        got += take;
        if got == k {
            return Some(key);
        }
        if !whole {
            return None;
        }
    }
    None
}

/// The first [`MAX_KEY`] packed bytes of a window read through `parts` as [`window_key`] reads
/// them, or as many as come before a byte that is no ASCII letter or digit or the window's end:
/// `window_key(k, ..)` is `Some` exactly for the `k` up to the count, with its first `k` bytes.
fn read_on(parts: impl Iterator<Item = (u32, usize, bool)>) -> (u32, usize) {
    let (mut key, mut got) = (0u32, 0usize);
    for (run, len, whole) in parts {
        let take = (MAX_KEY - got).min(len);
        if take > 0 {
            let first = u64::from(run >> (8 * (len - take)));
            key = ((u64::from(key) << (8 * take)) | first) as u32;
        }
        got += take;
        if got == MAX_KEY || !whole {
            break;
        }
    }
    (key, got)
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

    /// The ends of a document's words (with their shapes, read with the words), in order, each
    /// with what it decides for every key
    /// length: as a window's first word (its head) and as its last (its tail). A short word's
    /// key goes on into the words after it (before it, for a tail): every window that can be
    /// one edit from a name is at least five letters long, longer than any key, so its key is
    /// the one read on from its first word whatever the window's length.
    pub(super) fn words_ends(&self, words: &[Range<usize>], shapes: &[WordShape]) -> Vec<WordEnds> {
        let mut ends: Vec<WordEnds> = words
            .iter()
            .zip(shapes)
            .map(|(w, shape)| WordEnds::of_shape(shape, w.len()))
            .collect();
        for i in 0..ends.len() {
            let word = ends[i];
            // The first (last) bytes a window starting (ending) here reads, read once for
            // every key length: most words hold them; a short one reads on into its neighbours.
            let head = if word.whole && usize::from(word.head_len) < MAX_KEY {
                read_on(ends[i..].iter().take(MAX_KEY).map(WordEnds::head_part))
            } else {
                (word.head, usize::from(word.head_len))
            };
            let tail = if word.whole && usize::from(word.tail_len) < MAX_KEY {
                let before = ends[..=i].iter().rev().take(MAX_KEY);
                read_on(before.map(WordEnds::tail_part))
            } else {
                (word.tail, usize::from(word.tail_len))
            };
            ends[i].head_miss = self.misses(false, head);
            ends[i].tail_miss = self.misses(true, tail);
        }
        ends
    }

    /// The key lengths (as bits) that a window's head (or tail) reading these `got` packed
    /// bytes meets no name's key of. A key longer than the bytes read is undecided: no miss.
    #[inline]
    fn misses(&self, tail: bool, (key, got): (u32, usize)) -> u8 {
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

    /// Whether a window's first and last words alone rule out every key length.
    #[inline]
    pub(super) fn rules_out(&self, first: &WordEnds, last: &WordEnds) -> bool {
        self.all_ascii && first.head_miss & last.tail_miss == self.all_keys
    }

    /// Whether a window of words with these ends may be one edit from some name.
    #[inline]
    pub(super) fn may_match(&self, words: &[WordEnds]) -> bool {
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
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
        let Some(len) = words.iter().try_fold(0usize, |sum, w| {
            (w.ascii_len != NOT_ASCII).then(|| sum + w.ascii_len as usize)
        }) else {
            return true;
        };
        if len + 1 < self.shortest || len > self.longest + 1 {
            return false; // one edit changes the length by one at most
        }
        self.key_lengths.iter().enumerate().any(|(j, &k)| {
            let bit = 1u8 << j;
            if open & bit == 0 {
                return false;
            }
            let side =
                |tail: bool, miss: u8, parts: &mut dyn Iterator<Item = (u32, usize, bool)>| {
                    if miss & bit != 0 {
                        return Some(false);
                    }
                    // `None`: undecided (a byte that is no ASCII letter or digit, or too short).
                    window_key(k, parts).map(|key| self.at_length.may_hold(tail, k, key, len))
                };
            let head = side(
                false,
                first.head_miss,
                &mut words.iter().map(WordEnds::head_part),
            );
            let tail = side(
                true,
                last.tail_miss,
                &mut words.iter().rev().map(WordEnds::tail_part),
            );
            match (head, tail) {
                (Some(head), Some(tail)) => head || tail,
                _ => true,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Reading on once gives every key length's window key.
        #[test]
        fn reading_on_once_is_every_window_key(words in prop::collection::vec("[a-z0-9.']{1,6}", 1..6)) {
            let ends: Vec<WordEnds> = words.iter().map(|w| WordEnds::of(w.as_bytes())).collect();
            let parts = || ends.iter().take(MAX_KEY).map(WordEnds::head_part);
            let (key, got) = read_on(parts());
            for k in 1..=MAX_KEY {
                let expected = (got >= k).then(|| key >> (8 * (got - k)));
                prop_assert_eq!(window_key(k, parts()), expected, "k = {}", k);
            }
        }
    }

    #[test]
    fn a_window_key_of_four_bytes_from_one_word() {
        // The first word gives all four bytes: no shift past the key's width.
        let word = WordEnds::of(b"Starlight");
        let parts = [word.head_part()];
        assert_eq!(window_key(4, parts.into_iter()), pack(b"star".iter()));
        // Short words carry the key on into the next word.
        let (a, b) = (WordEnds::of(b"St"), WordEnds::of(b"arlight"));
        let parts = [a.head_part(), b.head_part()];
        assert_eq!(window_key(4, parts.into_iter()), pack(b"star".iter()));
    }
}
