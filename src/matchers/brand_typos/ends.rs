//! The heads-and-tails filter of the brand typo search: which windows of words can be one edit
//! from some name, decided from packed keys of their first and last words before any folding.

/// The names' first and last `k` characters, `k` = min((length − 1) / 2, 4), packed in a `u32`,
/// by `k`. A string one edit (a letter replaced, added, dropped, or two neighbours swapped) from
/// a name of length L keeps its first or its last (L − 1) / 2 characters. Both are read as a
/// window's words read: their bytes run together, without what lies between them ("nodejs"
/// for "Node.js"); an edit in the spaced or joined form is at most one there (an edit of what
/// lies between two words is none). So a window whose head and tail meet no name's of the same
/// `k` is no typo of any. A window whose head or tail is not plain ASCII letters and digits (or
/// is shorter than `k`) is undecided, and may be.
use super::lengths::{length_bit, Lengths};
use super::pairs::FirstPairs;
use super::side_cache::{SideCache, WordTag};
use super::side_names::{Side, SideNames, WordShape};
use super::word_ends::{head_key, pack, tail_key, Key, MAX_KEY};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Clone, Default)]
pub(super) struct Ends {
    /// This guide's names among every `Ends` made (0 for none): whose sides the thread's
    /// [`SIDE_CACHE`] holds.
    id: u64,
    /// The key lengths in use (at most three: 2, 3 and 4), bit `j` of a word's masks for the `j`th.
    key_lengths: Vec<usize>,
    /// Every name is ASCII; otherwise no window is ruled out.
    pub(super) all_ascii: bool,
    /// One bit per key length.
    all_keys: u8,
    /// The longest name, joined (bytes: names with a key are ASCII).
    longest: usize,
    /// Each head and tail with every length (in bytes, joined) a string one edit from its name
    /// may have, hashed: what decides a word's misses.
    at_length: KeyLengths,
    /// The names by their heads and tails, exactly: what an open word's side lets through (see
    /// [`super::side_names`]).
    side_names: SideNames,
    /// Every length from one less than the shortest name to one more than the longest: what a
    /// side whose key is undecided lets through.
    any_length: Lengths,
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

/// A word whose head or tail rules out not every key length, with each side narrowed to the
/// names a window holding the word may be one edit from (see [`SideNames::side`]): the key
/// lengths it misses, the window lengths it lets through (none for a side that misses every key
/// length) and the most words of those names.
#[derive(Debug, Clone, Copy)]
pub(super) struct OpenWord {
    pub(super) at: usize,
    pub(super) head: Side,
    pub(super) tail: Side,
}

thread_local! {
    /// Open words' sides by their packed keys (see [`super::side_cache`]): kept from document
    /// to document on a thread, for one guide's names at a time.
    static SIDE_CACHE: RefCell<SideCache> = const { RefCell::new(SideCache::new()) };
}

/// The next [`Ends::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// `KeyLengths` length standing for "any length": the word-level test.
const ANY_LENGTH: usize = 0xffff;

/// [`Ends::four_misses`] for four bytes that do not settle a word's misses (no key length's
/// bits reach it).
const UNDECIDED: u8 = 0xff;

impl Ends {
    /// `names`: each name's prose words run together (see the module's comment), its folded
    /// spaced form and its count of prose words.
    pub(super) fn new<'a>(names: impl Iterator<Item = (&'a str, &'a str, usize)>) -> Self {
        let mut key_lengths: Vec<usize> = Vec::new();
        let mut at_length = KeyLengths::default();
        let mut side_names = SideNames::default();
        let mut pairs = FirstPairs::default();
        let mut all_ascii = true;
        let (mut shortest, mut longest) = (usize::MAX, 0);
        // A key under two bytes has no pair: the pairs then rule nothing out.
        let mut short_key = false;
        for (joined, spaced, words) in names {
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
            side_names.insert(joined, k, spaced, words);
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
        // Lengths past 63 share bit 63 (see [`Lengths`]).
        let (low, high) = (shortest.saturating_sub(1), longest.saturating_add(1));
        let any_length = (low.min(63)..=high.min(63)).fold(0, |any, len| any | length_bit(len));
        Ends {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            up_to,
            side_names,
            any_length,
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

    /// The misses of the head (tail) of `words[i]`, its key read from the text.
    #[inline(never)]
    fn read_misses(&self, tail: bool, text: &[u8], words: &[Range<usize>], i: usize) -> u8 {
        let key = if tail {
            tail_key(text, words, i)
        } else {
            head_key(text, words, i)
        };
        self.misses(tail, key)
    }

    /// `words[i]`, open by its head and tail misses, with its sides narrowed: kept in `cache`
    /// when its own bytes decide them (see [`super::side_cache`]).
    #[inline(never)]
    fn open_word(
        &self,
        cache: &mut SideCache,
        text: &[u8],
        words: &[Range<usize>],
        i: usize,
        misses: (u8, u8),
    ) -> OpenWord {
        let bytes = &text[words[i].clone()];
        let Some((tag, shape)) = WordTag::of(bytes) else {
            let (head, tail) = self.sides(text, words, i, misses, &WordShape::of(bytes));
            return OpenWord { at: i, head, tail };
        };
        let (head, tail) = match cache.get(tag) {
            Some(sides) => sides,
            None => {
                let word = shape.unwrap_or_else(|| WordShape::of(bytes));
                let sides = self.sides(text, words, i, misses, &word);
                cache.put(tag, sides);
                sides
            }
        };
        OpenWord { at: i, head, tail }
    }

    /// The head and tail of `words[i]` (its shape `word`), open by its misses, narrowed.
    #[inline]
    fn sides(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        i: usize,
        (head_miss, tail_miss): (u8, u8),
        word: &WordShape,
    ) -> (Side, Side) {
        let bytes = &text[words[i].clone()];
        // The names by the word's own two end bytes first: most open words meet none there,
        // before any key is read from the text (see [`SideNames::pair_may_meet`]).
        let side = |tail: bool, miss: u8, read: fn(&[u8], &[Range<usize>], usize) -> Key| {
            if miss == self.all_keys || !self.side_names.pair_may_meet(tail, bytes, word) {
                Side {
                    miss: self.all_keys,
                    ..Side::default()
                }
            } else {
                self.side(tail, miss, read(text, words, i), word)
            }
        };
        (
            side(false, head_miss, head_key),
            side(true, tail_miss, tail_key),
        )
    }

    /// A head (tail) reading `key` (on past the window's end, see [`head_key`]) and missing the
    /// key lengths `miss`, narrowed to the names a window holding `word` may be one edit from
    /// (see [`SideNames::side`]): at each key length it does not miss, the lengths of those
    /// sharing its key, or any length when it has fewer bytes than the key (a byte that is no
    /// ASCII letter or digit comes first) and some name's key starts with them. A window's own
    /// key is this key cut at the window's end: they differ only when the window has fewer
    /// letters and digits than the key, which no length let through allows (every name searched
    /// has at least six).
    #[inline]
    fn side(&self, tail: bool, miss: u8, key: Key, word: &WordShape) -> Side {
        self.side_names
            .side(&self.key_lengths, tail, miss, key, word, self.any_length)
    }

    /// The window lengths a head (tail) reading `key` and missing the key lengths `miss` lets
    /// through with no word to narrow it (see [`Ends::side`]).
    #[cfg(test)]
    fn side_lengths(&self, tail: bool, miss: u8, key: Key) -> Lengths {
        self.side(tail, miss, key, &WordShape::ANY).lengths
    }

    /// The key lengths (as bits) that a window's head (or tail) reading these `got` packed
    /// bytes meets no name's key of. A key longer than the bytes read is undecided: no miss.
    #[inline]
    fn misses(&self, tail: bool, key: Key) -> u8 {
        let (key, got) = (key.bytes, usize::from(key.got));
        let eligible = self.up_to.get(got).copied().unwrap_or(self.all_keys);
        let paired = self.pairs.lengths(tail, key, got);
        // A known pair: the hashed filter decides.
        eligible & !paired | self.filtered_misses(tail, eligible & paired, key, got)
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

    /// Whether the window `words[i..=last]` of `text`, its first word's head misses and its
    /// last word's tail misses (by [`Ends::word_misses`]) not ruling it out alone, may be one
    /// edit from some name: its length (joined, in bytes) is one its first word's head or its
    /// last word's tail lets through (see [`OpenWord`]), or a character in it is not ASCII (its
    /// length in characters then differs, and its keys are undecided).
    #[inline]
    pub(super) fn may_match(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        (i, last): (usize, usize),
        (head, tail): (Lengths, Lengths),
    ) -> bool {
        let window = &words[i..=last];
        let len: usize = window.iter().map(|w| w.len()).sum();
        if (head | tail) & length_bit(len) != 0 && len <= self.longest + 1 {
            return true;
        }
        // Most windows are ASCII: one test over the window's bytes settles it.
        !(text[window[0].start..words[last].end].is_ascii()
            || window.iter().all(|w| text[w.clone()].is_ascii()))
    }
}

#[cfg(test)]
mod closed_tests;
mod misses;
#[cfg(test)]
mod tests;
