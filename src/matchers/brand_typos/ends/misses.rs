//! Each prose word's head and tail misses (see [`Ends::word_misses`]): a pass over the words for
//! heads and one for tails, most ends settled by their first four bytes.

use super::{Ends, OpenWord, SideCache, ANY_LENGTH, SIDE_CACHE, UNDECIDED};
use crate::matchers::brand_typos::lengths::length_bit;
use crate::matchers::brand_typos::pairs::NOT_ALNUM;
use crate::matchers::brand_typos::side_cache::folded_alnum8;
use crate::matchers::brand_typos::word_ends::{
    head_four, inner_head_four, inner_tail_four, tail_four, MAX_KEY,
};
use std::ops::Range;

impl Ends {
    /// Each prose word's misses as a window's first word (its head, the low four bits) and as
    /// its last (its tail, the high four bits), in a pass over the words for heads, last word
    /// first, and one for tails (`words`: ranges of `text`, in order). A head's first four bytes
    /// are its word's own and then the next word's head, a tail's likewise (see [`head_four`]):
    /// one load a word, however short the words, and most ends are then settled by two loads
    /// each (see [`Ends::four_misses`]). An end those bytes do not settle has its key read from
    /// the text (see [`head_key`]) out of the loop. `open` gets the words whose head or tail
    /// rules out not every key length, in order, with their keys read again.
    /// The words' ends are loaded from `text` with no bounds test, but for the few words near
    /// its edges (a head past four bytes before its end, a tail less than four bytes from its
    /// start), read first (last) as [`head_four`] and [`tail_four`] read them.
    pub(in crate::matchers::brand_typos) fn word_misses(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        open: &mut Vec<OpenWord>,
    ) -> Vec<u8> {
        // The loads below lean on the words being ranges of `text`, in order and apart, as the
        // reader makes them: the order is checked in tests, the bound here once (with the order,
        // the last word's end bounds every word's).
        debug_assert!(words.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(words
            .last()
            .is_none_or(|w| w.start <= w.end && w.end <= text.len()));
        let (heads, tails) = (self.pairs.heads(), self.pairs.tails());
        let mut misses = vec![0u8; words.len()];
        // Words are in order: those whose head (tail) loads in place are all before (after) these.
        let heads_in = words.partition_point(|w| w.start + 4 <= text.len());
        let tails_in = words.partition_point(|w| w.end < 4);
        let mut next = 0;
        let (inner, edge) = misses.split_at_mut(heads_in);
        for (i, (word, miss)) in words[heads_in..].iter().zip(edge).enumerate().rev() {
            next = head_four(text, word, next);
            *miss = self.head_misses(heads, text, words, heads_in + i, next);
        }
        for (i, (word, miss)) in words.iter().zip(inner).enumerate().rev() {
            // SAFETY: `word.start + 4 <= text.len()`, by `heads_in`.
            next = unsafe { inner_head_four(text, word, next) };
            *miss = self.head_misses(heads, text, words, i, next);
        }
        SIDE_CACHE.with_borrow_mut(|cache| {
            cache.own(self.id);
            let mut before = 0;
            let (edge, inner) = misses.split_at_mut(tails_in);
            for (i, (word, miss)) in words.iter().zip(edge).enumerate() {
                before = tail_four(text, word, before);
                self.tail_misses(cache, (tails, text, words), i, miss, before, open);
            }
            for (i, (word, miss)) in words[tails_in..].iter().zip(inner).enumerate() {
                // SAFETY: `4 <= word.end <= text.len()`, by `tails_in` (words are ranges of
                // `text`).
                before = unsafe { inner_tail_four(text, word, before) };
                let i = tails_in + i;
                self.tail_misses(cache, (tails, text, words), i, miss, before, open);
            }
        });
        misses
    }

    /// The head misses of `words[i]`, its head's first four bytes `four` (`heads`: the heads'
    /// pair table).
    #[inline(always)]
    fn head_misses(
        &self,
        heads: &[u8; 1 << 16],
        text: &[u8],
        words: &[Range<usize>],
        i: usize,
        four: u32,
    ) -> u8 {
        match self.four_misses(heads, false, four) {
            UNDECIDED => self.read_misses(false, text, words, i),
            head => head,
        }
    }

    /// Adds the tail misses of `words[i]`, its tail's first four bytes `four`, to its head
    /// misses `miss`, narrowing both and keeping it in `open` if the word is open.
    #[inline(always)]
    fn tail_misses(
        &self,
        cache: &mut SideCache,
        (tails, text, words): (&[u8; 1 << 16], &[u8], &[Range<usize>]),
        i: usize,
        miss: &mut u8,
        four: u32,
        open: &mut Vec<OpenWord>,
    ) {
        let tail = match self.four_misses(tails, true, four) {
            UNDECIDED => self.read_misses(true, text, words, i),
            tail => tail,
        };
        if *miss & tail != self.all_keys {
            if self.closed_by_length(text, &words[i], *miss, tail) {
                // As `open_word` would narrow it: both sides miss every key length.
                *miss = self.all_keys | self.all_keys << 4;
                return;
            }
            let word = self.open_word(cache, text, words, i, (*miss, tail));
            *miss = word.head.miss | word.tail.miss << 4;
            if word.head.miss & word.tail.miss != self.all_keys {
                open.push(word);
            }
        } else {
            *miss |= tail << 4;
        }
    }

    /// Whether `word`, open by its head misses `head` and tail misses `tail`, is closed by its
    /// length alone: a word of four to sixteen ASCII letters and digits whose every side not
    /// missing every key length lets its length through for none of the names by its end
    /// bytes (see [`SideNames::pair_lengths`]). [`Ends::open_word`] narrows such a word's sides
    /// to miss every key length (most words open by a short key, "user" or "parameter" by
    /// Pester's tail "er", are closed so), but only after its call and the look-up of its sides.
    ///
    /// [`SideNames::pair_lengths`]: super::SideNames::pair_lengths
    #[inline(always)]
    pub(super) fn closed_by_length(
        &self,
        text: &[u8],
        word: &Range<usize>,
        head: u8,
        tail: u8,
    ) -> bool {
        let bytes = &text[word.clone()];
        let len = bytes.len();
        if !(4..=16).contains(&len) {
            return false;
        }
        let bit = length_bit(len);
        let closed = |tail: bool, miss: u8, first: u8, second: u8| {
            miss == self.all_keys || self.side_names.pair_lengths(tail, first, second) & bit == 0
        };
        closed(false, head, bytes[0], bytes[1])
            && closed(true, tail, bytes[len - 1], bytes[len - 2])
            && all_alnum(bytes)
    }

    /// The misses of a head (tail) whose first four bytes, as they load from the text (the
    /// first read lowest, see [`head_four`]), are `four`: [`UNDECIDED`] unless all four are
    /// ASCII letters and digits. Then the head has a key of every length, which misses where
    /// no name's key of that length starts with the first two bytes (one load: most words) or
    /// the hashed filter holds no such key. `pairs`: the pair table of heads (tails).
    #[inline(always)]
    fn four_misses(&self, pairs: &[u8; 1 << 16], tail: bool, four: u32) -> u8 {
        let first = pairs[usize::from(four as u16)];
        let second = pairs[(four >> 16) as usize];
        if (first | second) & NOT_ALNUM != 0 {
            return UNDECIDED;
        }
        if first == 0 {
            return self.all_keys;
        }
        self.paired_misses(tail, first, four)
    }

    /// [`Ends::four_misses`] for four ASCII letters and digits whose first two start some
    /// name's key of the key lengths `paired` (as bits): the hashed filter decides those.
    #[inline(never)]
    fn paired_misses(&self, tail: bool, paired: u8, four: u32) -> u8 {
        // A letter or digit folds by one bit; a key is packed first read highest.
        let key = (four | 0x2020_2020).swap_bytes();
        self.all_keys & !paired | self.filtered_misses(tail, self.all_keys & paired, key, MAX_KEY)
    }

    /// The key lengths among `ask` (as bits) at which the hashed filter holds no name's head
    /// (tail) key for `key`, its `got` bytes packed first read highest.
    #[inline(always)]
    pub(super) fn filtered_misses(&self, tail: bool, mut ask: u8, key: u32, got: usize) -> u8 {
        let mut miss = 0;
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
}

/// Whether `bytes` (four to sixteen of them) are all ASCII letters and digits: their first and
/// last four (eight) bytes, tested eight at a time.
#[inline(always)]
fn all_alnum(bytes: &[u8]) -> bool {
    match bytes.len() {
        4..=8 => {
            let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>())
            else {
                return false;
            };
            let eight =
                u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
            folded_alnum8(eight).is_some()
        }
        9..=16 => {
            let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>())
            else {
                return false;
            };
            folded_alnum8(u64::from_le_bytes(*first)).is_some()
                && folded_alnum8(u64::from_le_bytes(*last)).is_some()
        }
        _ => false,
    }
}
