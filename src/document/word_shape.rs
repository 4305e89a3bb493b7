//! What a prose word's bytes say once read: whether it is ASCII, and its first and last (up to)
//! four ASCII letters and digits, folded. Worked out in the pass that finds the prose words
//! ([`super::Document::prose_word_shapes`]), so the matchers that read every prose word (the
//! brand typo search's heads and tails, phrase drift's anchor look-up) do not read its bytes
//! again: a word of an ASCII run is known ASCII without a scan, and its ends are folded four
//! bytes at a time.

/// A prose word's script and packed ends. Small (12 bytes): a document has one per prose word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordShape {
    /// The leading ASCII letters and digits (at most four), lowercased, packed first byte first
    /// (the first byte highest).
    pub head: u32,
    /// The trailing ones, packed last byte first.
    pub tail: u32,
    pub head_len: u8,
    pub tail_len: u8,
    /// Every byte of the word is ASCII.
    pub ascii: bool,
}

/// The longest run packed at each end, in bytes: four fit a `u32`.
pub const SHAPE_BYTES: usize = 4;

impl WordShape {
    /// The shape of any word (its bytes), one byte at a time.
    pub fn of(bytes: &[u8]) -> Self {
        let run = |bytes: &mut dyn Iterator<Item = &u8>| {
            let (mut key, mut len) = (0u32, 0u8);
            for &b in bytes.take(SHAPE_BYTES) {
                let folded = FOLDED_ALNUM[usize::from(b)];
                if folded == 0 {
                    break;
                }
                key = key << 8 | u32::from(folded);
                len += 1;
            }
            (key, len)
        };
        let (head, head_len) = run(&mut bytes.iter());
        let (tail, tail_len) = run(&mut bytes.iter().rev());
        WordShape {
            head,
            tail,
            head_len,
            tail_len,
            ascii: bytes.is_ascii(),
        }
    }

    /// The shape of the word `text[range]`, which holds only ASCII letters, digits, `_` and
    /// `'` (a word of an ASCII run): its ends folded four bytes at once where the text has four
    /// bytes to load, else as [`WordShape::of`].
    #[inline]
    pub(super) fn of_ascii_word(text: &[u8], start: usize, end: usize) -> Self {
        let len = end - start;
        let head = text.get(start..start + SHAPE_BYTES);
        let tail = end
            .checked_sub(SHAPE_BYTES)
            .and_then(|from| text.get(from..end));
        let (Some(head), Some(tail)) = (head, tail) else {
            return Self::of(&text[start..end]);
        };
        let load = |bytes: &[u8]| u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        // Little-endian: the word's first byte lowest; the tail reversed, its last byte lowest.
        // A run ends at the word's end too.
        let (head, head_len) = ascii_run(load(head), len);
        let (tail, tail_len) = ascii_run(load(tail).swap_bytes(), len);
        WordShape {
            head,
            tail,
            head_len,
            tail_len,
            ascii: true,
        }
    }
}

/// The run of ASCII letters and digits from the lowest byte of `bytes` (four bytes of an ASCII
/// word's letters, digits, `_` and `'`, then of whatever follows a word shorter than four),
/// lowercased and packed first byte highest, and its length, at most `word_len`.
#[inline]
fn ascii_run(bytes: u32, word_len: usize) -> (u32, u8) {
    // Setting 0x20 lowercases a letter and keeps a digit (0x30–0x39); it makes `'` 0x27 and
    // `_` 0x7f. So a byte of the word is a letter or digit exactly when it is then from 0x30
    // to 0x7a: the top bit of the byte plus 0x50 says "at least 0x30", plus 0x05 "past 0x7a".
    // Bytes past the word's end may be anything: cut off by `word_len`.
    let lower = bytes | 0x2020_2020;
    let low7 = lower & 0x7f7f_7f7f;
    let alnum = (low7 + 0x5050_5050) & !(low7 + 0x0505_0505) & !lower & 0x8080_8080;
    let run = ((!alnum & 0x8080_8080).trailing_zeros() as usize / 8).min(word_len);
    // Shifted in `u64`: a run of none shifts out all four bytes without a branch.
    let key = (u64::from(lower.swap_bytes()) >> (8 * (SHAPE_BYTES - run))) as u32;
    (key, run as u8)
}

/// Each byte's lowercase form if it is an ASCII letter or digit, else 0: one load per byte.
pub const FOLDED_ALNUM: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Folding an ASCII word four bytes at a time gives the shape read a byte at a time,
        /// wherever it sits in the text (near either end too, where four bytes cannot load).
        #[test]
        fn an_ascii_words_shape_is_read_as_defined(
            before in "[a-zA-Z0-9_' .]{0,5}",
            word in "[a-zA-Z0-9_']{1,9}",
            after in "[a-zA-Z0-9_' .]{0,5}",
        ) {
            let text = format!("{before}{word}{after}");
            let (start, end) = (before.len(), before.len() + word.len());
            prop_assert_eq!(
                WordShape::of_ascii_word(text.as_bytes(), start, end),
                WordShape::of(word.as_bytes())
            );
        }
    }

    #[test]
    fn a_words_ends_stop_at_a_byte_that_is_no_letter_or_digit() {
        let shape = WordShape::of(b"Don't");
        assert_eq!(
            (shape.head, shape.head_len),
            (u32::from_be_bytes(*b"\0don"), 3)
        );
        assert_eq!((shape.tail, shape.tail_len), (u32::from(b't'), 1));
        let shape = WordShape::of_ascii_word(b"a Starlight b", 2, 11);
        assert_eq!(
            (shape.head, shape.head_len),
            (u32::from_be_bytes(*b"star"), 4)
        );
        assert_eq!(
            (shape.tail, shape.tail_len),
            (u32::from_be_bytes(*b"thgi"), 4)
        );
        assert!(!WordShape::of("café".as_bytes()).ascii);
    }
}
