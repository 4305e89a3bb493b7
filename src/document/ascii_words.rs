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

/// The words of `run`, the bytes of a text from `offset`, pushed onto `out` as ranges of the
/// text, in order: runs of ASCII letters, digits and `_`, an apostrophe between two of them
/// joining them. `false` as soon as a block holds a byte that is not ASCII (the words pushed by
/// then are the caller's to drop): one pass both reads the words and asks whether `run` is
/// ASCII, and the words go straight into `out`, with no call a word.
#[cfg(target_arch = "x86_64")]
pub(super) fn push_ascii_words(run: &[u8], offset: usize, out: &mut Vec<Range<usize>>) -> bool {
    let mut base = 0;
    // Bit 0: whether the byte before `base` is a word byte (`raw`), or in a word (`in_word`).
    let mut raw_before = 0;
    let mut in_word = 0;
    let mut start = 0;
    while base < run.len() {
        let [raw, apostrophes, high] = super::sixteen::masks_at(run, base, classes);
        if high != 0 {
            return false;
        }
        let mut word = raw;
        if apostrophes != 0 {
            // An apostrophe joins two word bytes: its neighbours, in this block or beside it.
            let next = run
                .get(base + 16)
                .map_or(0, |&b| u32::from(WORD_BYTE[usize::from(b)]));
            word |= apostrophes & ((raw << 1) | raw_before) & ((raw >> 1) | (next << 15));
        }
        // A bit for each byte that is in a word and the byte before it is not, or the reverse.
        let edges = (word ^ ((word << 1) | in_word)) & 0xFFFF;
        // The edges alternate start, end, start: written in order past `out`'s words as the
        // fields of its ranges, after the start of a word the block goes on with, if any.
        // Room for that start and sixteen edges.
        out.reserve(9);
        let len = out.len();
        let slots = out.spare_capacity_mut().as_mut_ptr().cast::<usize>();
        let filled = in_word as usize + edges.count_ones() as usize;
        // SAFETY: `reserve` left room for nine ranges, eighteen `usize` slots (a range is two
        // in order, as asserted below): `write_edges` writes at most the seventeen from
        // `in_word`. The slots read and the `filled / 2` ranges taken into `out` were written
        // here: slot 0 holds `start`, slots `in_word..filled` the edges.
        unsafe {
            slots.write(start);
            write_edges(slots.add(in_word as usize), offset + base, edges);
            // The start of the word the block ends in, if it ends in one.
            start = slots.add(filled.max(1) - 1).read();
            out.set_len(len + filled / 2);
        }
        raw_before = raw >> 15;
        in_word = word >> 15;
        base += 16;
    }
    // Bytes past the end read as no word bytes, so a word reaches it only at a block's end.
    if in_word == 1 {
        out.push(start..offset + run.len());
    }
    true
}

// What `push_ascii_words` writes its edges by: a `Range<usize>` is its start, then its end.
#[cfg(target_arch = "x86_64")]
const _: () = assert!(
    std::mem::offset_of!(Range<usize>, start) == 0
        && std::mem::offset_of!(Range<usize>, end) == std::mem::size_of::<usize>()
        && std::mem::size_of::<Range<usize>>() == 2 * std::mem::size_of::<usize>()
);

/// Writes `at` plus the place of each bit of `edges` (sixteen bits), lowest first, to `slots`
/// on; eight slots always and eight more past eight edges (words of a byte or two), so the
/// number of edges, which varies from block to block, decides no branch in most blocks.
///
/// # Safety
/// The sixteen slots from `slots` are writable.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn write_edges(slots: *mut usize, at: usize, mut edges: u32) {
    for k in 0..8 {
        // SAFETY: `k` < 16, by the caller's promise.
        unsafe { slots.add(k).write(at + edges.trailing_zeros() as usize) };
        edges &= edges.wrapping_sub(1);
    }
    if edges != 0 {
        for k in 8..16 {
            // SAFETY: `k` < 16, by the caller's promise.
            unsafe { slots.add(k).write(at + edges.trailing_zeros() as usize) };
            edges &= edges.wrapping_sub(1);
        }
    }
}

/// [`push_ascii_words`] a byte class at a time, after a test that `run` is ASCII.
#[cfg(not(target_arch = "x86_64"))]
pub(super) fn push_ascii_words(run: &[u8], offset: usize, out: &mut Vec<Range<usize>>) -> bool {
    if !run.is_ascii() {
        return false;
    }
    scalar_words(run, |w| out.push(w.start + offset..w.end + offset));
    true
}

/// The word bytes, the apostrophes and the bytes that are not ASCII among the sixteen bytes of
/// `chunk` (bit `i` for byte `i`), as three masks (the last is each byte's high bit).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn classes(chunk: &[u8; 16]) -> [u32; 3] {
    use super::sixteen::{bits, equal, load, word_lanes};
    let x = load(chunk);
    [bits(word_lanes(x)), bits(equal(x, b'\'')), bits(x)]
}

/// The words of `bytes`, handed to `found` in order as ranges of `bytes` ([`super::words`] over
/// ASCII text; any byte that is not ASCII separates words), a byte class at a time: the reading
/// on targets other than x86-64, and the reference the SSE2 reading is held to.
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
    use std::ops::Range;

    /// The words each reading finds in `bytes` (as read from `offset` of a text), or `None` for
    /// the SSE2 reading if it turns `bytes` down as not ASCII, which it must exactly then.
    fn both_at(bytes: &[u8], offset: usize) -> (Option<Vec<Range<usize>>>, Vec<Range<usize>>) {
        let (mut new, mut old): (Vec<_>, _) = (std::iter::once(0..0).collect(), Vec::new());
        let ascii = super::push_ascii_words(bytes, offset, &mut new);
        assert_eq!(ascii, bytes.is_ascii(), "{bytes:?}");
        super::scalar_words(bytes, |w| old.push(w.start + offset..w.end + offset));
        // The words go after what `out` held.
        assert_eq!(new.first(), Some(&(0..0)));
        (ascii.then(|| new[1..].to_vec()), old)
    }

    fn both(bytes: &[u8]) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let (new, old) = both_at(bytes, 0);
        // A run that is not ASCII is read by the general reader: nothing to compare.
        (new.unwrap_or_else(|| old.clone()), old)
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

        /// ... and the words are ranges of the text the run lies in, from any offset.
        #[test]
        fn words_are_placed_at_the_offset(
            bytes in prop::collection::vec(prop::sample::select(&b"aZ09_' .-"[..]), 0..60),
            offset in 0usize..1000,
        ) {
            let (new, old) = both_at(&bytes, offset);
            prop_assert_eq!(new, Some(old));
        }
    }
}
