//! The words of a run of ASCII prose ([`super::words`] over ASCII text), read sixteen bytes at a
//! time with SSE2 on x86-64 (part of its baseline: no target feature or runtime test needed), a
//! byte class at a time elsewhere. This runs over every word of every document the brand typo
//! search and phrase drift read.

use std::ops::Range;

/// Whether each byte is an ASCII word character: one load a byte.
pub(super) const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// The words of `bytes`, handed to `found` in order as ranges of `bytes`: runs of ASCII letters,
/// digits and `_`, an apostrophe between two of them joining them (any other byte, non-ASCII
/// included, separates words).
#[cfg(target_arch = "x86_64")]
pub(super) fn ascii_words(bytes: &[u8], mut found: impl FnMut(Range<usize>)) {
    let mut base = 0;
    // Bit 0: whether the byte before `base` is a word byte (`raw`), or in a word (`in_word`).
    let mut raw_before = 0;
    let mut in_word = 0;
    let mut start = 0;
    while base < bytes.len() {
        let [raw, apostrophes] = super::sixteen::masks_at(bytes, base, classes);
        let mut word = raw;
        if apostrophes != 0 {
            // An apostrophe joins two word bytes: its neighbours, in this block or beside it.
            let next = bytes
                .get(base + 16)
                .map_or(0, |&b| u32::from(WORD_BYTE[usize::from(b)]));
            word |= apostrophes & ((raw << 1) | raw_before) & ((raw >> 1) | (next << 15));
        }
        // A bit for each byte that is in a word and the byte before it is not, or the reverse.
        let mut edges = (word ^ ((word << 1) | in_word)) & 0xFFFF;
        while edges != 0 {
            let i = edges.trailing_zeros() as usize;
            edges &= edges - 1;
            if (word >> i) & 1 == 1 {
                start = base + i;
            } else {
                found(start..base + i);
            }
        }
        raw_before = raw >> 15;
        in_word = word >> 15;
        base += 16;
    }
    // Bytes past the end read as no word bytes, so a word reaches it only at a block's end.
    if in_word == 1 {
        found(start..bytes.len());
    }
}

#[cfg(not(target_arch = "x86_64"))]
pub(super) use scalar_words as ascii_words;

/// The word bytes and the apostrophes among the sixteen bytes of `chunk` (bit `i` for byte
/// `i`), as two masks.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn classes(chunk: &[u8; 16]) -> [u32; 2] {
    use super::sixteen::{bits, equal, load, word_lanes};
    let x = load(chunk);
    [bits(word_lanes(x)), bits(equal(x, b'\''))]
}

/// [`ascii_words`] a byte class at a time: the reading on targets other than x86-64, and the
/// reference the SSE2 reading is held to.
#[cfg_attr(all(target_arch = "x86_64", not(test)), allow(dead_code))]
pub(super) fn scalar_words(bytes: &[u8], mut found: impl FnMut(Range<usize>)) {
    let is_word = |b: u8| WORD_BYTE[usize::from(b)];
    let mut i = 0;
    loop {
        while i < bytes.len() && !is_word(bytes[i]) {
            i += 1;
        }
        if i >= bytes.len() {
            return;
        }
        let start = i;
        loop {
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            // An apostrophe joins two word characters.
            if bytes.get(i) == Some(&b'\'') && bytes.get(i + 1).is_some_and(|&b| is_word(b)) {
                i += 1;
                continue;
            }
            break;
        }
        found(start..i);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    fn both(bytes: &[u8]) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
        let (mut new, mut old) = (Vec::new(), Vec::new());
        super::ascii_words(bytes, |w| new.push(w));
        super::scalar_words(bytes, |w| old.push(w));
        (new, old)
    }

    #[test]
    fn every_byte_is_classed_as_the_table_says() {
        for b in 0..=255u8 {
            for len in [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 33] {
                for at in [0, len / 2, len - 1] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let (new, old) = both(&bytes);
                    assert_eq!(new, old, "byte {b:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn apostrophes_join_across_blocks() {
        for at in 12..20 {
            for len in at + 1..at + 4 {
                let mut bytes = vec![b'x'; len];
                bytes[at] = b'\'';
                let (new, old) = both(&bytes);
                assert_eq!(new, old, "apostrophe at {at} of {len}");
                let mut spaced = bytes.clone();
                spaced[at - 1] = b' ';
                let (new, old) = both(&spaced);
                assert_eq!(new, old, "space before an apostrophe at {at} of {len}");
            }
        }
    }

    proptest! {
        /// The SSE2 reading and the byte-class reading agree on arbitrary bytes.
        #[test]
        fn readings_agree_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..80)) {
            let (new, old) = both(&bytes);
            prop_assert_eq!(new, old);
        }

        /// ... and on text made of word bytes, apostrophes and separators, where the words are
        /// long and cross the sixteen-byte blocks.
        #[test]
        fn readings_agree_on_wordy_bytes(bytes in prop::collection::vec(
            prop::sample::select(&b"aZ09_'' .-\n\x80\xe9"[..]), 0..100)
        ) {
            let (new, old) = both(&bytes);
            prop_assert_eq!(new, old);
        }
    }
}
