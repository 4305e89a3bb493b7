//! The heads-and-tails filter of the brand typo search: which windows of words can be one edit
//! from some name, decided from packed keys of their first and last words before any folding.

/// The names' first and last `k` characters, `k` = min((length − 1) / 2, 4), packed in a `u32`,
/// by `k`. A string one edit (a letter replaced, added, dropped, or two neighbours swapped) from
/// a name of length L keeps its first or its last (L − 1) / 2 characters, and an edit in the
/// spaced form is at most one in the joined form. So a window whose joined head and tail meet no
/// name's of the same `k` is no typo of any. A window whose head or tail is not plain ASCII
/// letters and digits (or is shorter than `k`) is undecided, and may be.
use super::pairs::{FirstPairs, NOT_ALNUM};
use super::word_ends::{head_bytes, head_key, pack, tail_bytes, tail_key, Key, MAX_KEY};
use std::ops::Range;

#[derive(Debug, Clone, Default)]
pub(super) struct Ends {
    /// The key lengths in use (at most three: 2, 3 and 4), bit `j` of a word's masks for the `j`th.
    key_lengths: Vec<usize>,
    /// Every name is ASCII; otherwise no window is ruled out.
    pub(super) all_ascii: bool,
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

/// A word whose head or tail rules out not every key length, with the keys read for them
/// (by [`head_key`] and [`tail_key`]; the default for a side that misses every key length,
/// whose key no window asks for).
#[derive(Debug, Clone, Copy)]
pub(super) struct OpenWord {
    pub(super) at: usize,
    pub(super) head: Key,
    pub(super) tail: Key,
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
                pairs.spread_to_unfolded()
            },
            all_ascii,
        }
    }

    /// Each prose word's misses as a window's first word (its head, the low four bits) and as
    /// its last (its tail, the high four bits), in one pass over the words (`words`: ranges of
    /// `text`, in order). Most words are decided from their own bytes by one load (see
    /// [`Ends::head_closed`]); any other word's key is read from the text (on into the words
    /// around it, see [`head_key`]) and asks the key tables. `open` gets the words whose head
    /// or tail rules out not every key length, in order.
    pub(super) fn word_misses(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        open: &mut Vec<OpenWord>,
    ) -> Vec<u8> {
        let mut misses = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            let (mut head, mut tail) = (Key::default(), Key::default());
            let head_miss = if self.head_closed(text, words, i) {
                self.all_keys
            } else {
                head = head_key(text, words, i);
                self.misses(false, head)
            };
            let tail_miss = if self.tail_closed(text, words, i) {
                self.all_keys
            } else {
                tail = tail_key(text, words, i);
                self.misses(true, tail)
            };
            if head_miss & tail_miss != self.all_keys {
                open.push(OpenWord { at: i, head, tail });
            }
            misses.push(head_miss | tail_miss << 4);
        }
        misses
    }

    /// Whether the head of `words[i]` misses every key length, seen from its first four bytes
    /// (see [`head_bytes`]): all four are ASCII letters and digits, so the head has a key of
    /// every length, and no name's head of any key length starts with the first two (folded).
    /// `false` when these bytes do not settle it (the key is then read in full).
    #[inline]
    fn head_closed(&self, text: &[u8], words: &[Range<usize>], i: usize) -> bool {
        head_bytes(text, words, i).is_some_and(|four| self.closed(false, four))
    }

    /// [`Ends::head_closed`] for the tail of `words[i]` (see [`tail_bytes`]).
    #[inline]
    fn tail_closed(&self, text: &[u8], words: &[Range<usize>], i: usize) -> bool {
        tail_bytes(text, words, i).is_some_and(|four| self.closed(true, four))
    }

    /// Whether four bytes as a head (tail) reads them, the first lowest, are all ASCII letters
    /// and digits and the first two start no name's head (tail) of any key length.
    #[inline]
    fn closed(&self, tail: bool, four: u32) -> bool {
        self.pairs.of(tail, four as u16) == 0
            && self.pairs.of(tail, (four >> 16) as u16) & NOT_ALNUM == 0
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

    /// Whether a word's tail, by its misses ([`Ends::word_misses`]), rules out not every key
    /// length: windows ending at it may pass.
    #[inline]
    pub(super) fn tail_open(&self, misses: u8) -> bool {
        misses >> 4 != self.all_keys
    }

    /// Whether a word's head (tail) misses, by [`Ends::word_misses`], rule out a window.
    #[inline]
    pub(super) fn rules_out(&self, head_miss: u8, tail_miss: u8) -> bool {
        head_miss & 0xf & (tail_miss >> 4) == self.all_keys
    }

    /// Whether the window `words[i..=last]` of `text` may be one edit from some name, its
    /// first word's head misses and its last word's tail misses (by [`Ends::word_misses`])
    /// not ruling it out alone, and their keys (see [`OpenWord`]; any key for a side that
    /// misses every key length). The window's own head key is its first word's read-on key cut
    /// at the window's end; they differ only when the window holds fewer letters and digits
    /// than the key, all in words of nothing else: fewer than four bytes, which the length test
    /// rules out (every name searched has at least six). Likewise its tail.
    pub(super) fn may_match(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        (i, last): (usize, usize),
        (head_miss, tail_miss): (u8, u8),
        (head, tail): (Key, Key),
    ) -> bool {
        let (head_miss, tail_miss) = (head_miss & 0xf, tail_miss >> 4);
        let open = self.all_keys & !(head_miss & tail_miss);
        if open == 0 {
            return false;
        }
        // The window's folded length without its separators; unknown unless all ASCII (most
        // windows are: one test over the window's bytes settles it).
        let window = &words[i..=last];
        let ascii = text[window[0].start..words[last].end].is_ascii()
            || window.iter().all(|w| text[w.clone()].is_ascii());
        if !ascii {
            return true;
        }
        let len: usize = window.iter().map(|w| w.len()).sum();
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
            match (side(false, head_miss, head), side(true, tail_miss, tail)) {
                (Some(head), Some(tail)) => head || tail,
                _ => true,
            }
        })
    }
}

#[cfg(test)]
mod tests;
