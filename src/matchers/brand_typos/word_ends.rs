//! A word's packed ends for the heads-and-tails filter of the brand typo search (see
//! [`super::ends`]): its first and last (up to) four ASCII letters and digits, folded, read once
//! per prose word of every document.

#[cfg(test)]
use super::ends::MAX_KEY;
use crate::document::word_shape::{WordShape, FOLDED_ALNUM};

/// ASCII letters and digits, lowercased, packed first byte first; `None` for any other byte.
pub(super) fn pack<'a>(bytes: impl Iterator<Item = &'a u8>) -> Option<u32> {
    bytes.into_iter().try_fold(0u32, |key, &b| {
        let folded = FOLDED_ALNUM[usize::from(b)];
        (folded != 0).then(|| key << 8 | u32::from(folded))
    })
}

/// A word's first and last (up to) four bytes as [`Ends`] reads them, worked out once per word.
/// Small (16 bytes): a document has one of these per prose word, read in order.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordEnds {
    /// The leading ASCII letters and digits (at most four), lowercased, packed first byte first.
    pub(super) head: u32,
    /// The trailing ones, packed last byte first.
    pub(super) tail: u32,
    /// The word's length in bytes if it is ASCII (its folded length then), else [`NOT_ASCII`].
    pub(super) ascii_len: u32,
    pub(super) head_len: u8,
    pub(super) tail_len: u8,
    /// The whole word is those (at most four) bytes: a window's key may go on into the next word.
    pub(super) whole: bool,
    /// Bit `j` for the `j`th key length of [`Ends`]: the word alone decides that a window's
    /// head (or tail) meets no name's.
    pub(super) head_miss: u8,
    pub(super) tail_miss: u8,
}

/// [`WordEnds::ascii_len`] of a word that is not ASCII (or absurdly long): its folded length is
/// unknown.
pub(super) const NOT_ASCII: u32 = u32::MAX;

impl WordEnds {
    /// The ends of a word of `len` bytes with this shape (read with the document's prose words).
    #[inline]
    pub(super) fn of_shape(shape: &WordShape, len: usize) -> Self {
        WordEnds {
            head: shape.head,
            tail: shape.tail,
            ascii_len: match u32::try_from(len) {
                Ok(len) if len < NOT_ASCII && shape.ascii => len,
                _ => NOT_ASCII,
            },
            head_len: shape.head_len,
            tail_len: shape.tail_len,
            whole: usize::from(shape.head_len) == len,
            head_miss: 0,
            tail_miss: 0,
        }
    }

    /// The ends of a word (its bytes).
    #[cfg(test)]
    pub(super) fn of(bytes: &[u8]) -> Self {
        Self::of_shape(&WordShape::of(bytes), bytes.len())
    }
}

impl WordEnds {
    /// The leading run as a window's head reads it: packed bytes, their count, whole word.
    pub(super) fn head_part(&self) -> (u32, usize, bool) {
        (self.head, usize::from(self.head_len), self.whole)
    }

    /// The trailing run as a window's tail reads it.
    pub(super) fn tail_part(&self) -> (u32, usize, bool) {
        (self.tail, usize::from(self.tail_len), self.whole)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A word's ends by their plain definition: up to four leading (trailing) ASCII letters and
    /// digits, folded, one byte at a time.
    fn plain_ends(word: &[u8]) -> (u32, usize, u32, usize, bool) {
        let run = |bytes: &mut dyn Iterator<Item = &u8>| {
            let (mut key, mut len) = (0u32, 0usize);
            for &b in bytes.take(MAX_KEY) {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                key = key << 8 | u32::from(b.to_ascii_lowercase());
                len += 1;
            }
            (key, len)
        };
        let (head, head_len) = run(&mut word.iter());
        let (tail, tail_len) = run(&mut word.iter().rev());
        (head, head_len, tail, tail_len, head_len == word.len())
    }

    proptest! {
        /// The four-bytes-at-once reading of a word's ends is the plain one.
        #[test]
        fn a_words_ends_are_read_as_defined(word in "[a-zA-Z0-9_.'é-]{0,9}") {
            let ends = WordEnds::of(word.as_bytes());
            let (head, head_len, tail, tail_len, whole) = plain_ends(word.as_bytes());
            prop_assert_eq!(
                (ends.head, usize::from(ends.head_len), ends.tail, usize::from(ends.tail_len)),
                (head, head_len, tail, tail_len)
            );
            prop_assert_eq!(ends.whole, whole);
            let ascii_len = u32::try_from(word.len()).expect("short");
            prop_assert_eq!(ends.ascii_len == ascii_len, word.is_ascii());
        }

    }
}
