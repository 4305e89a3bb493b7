//! Open words' sides kept by the word's packed keys, so a word seen before (the names spelled
//! right, "PowerShell", "Windows", and the words that share their keys) skips its letters and
//! the names' look-ups. A word of four bytes or more whose first and last four bytes are ASCII
//! letters and digits has its own head and tail keys (those bytes, folded: see
//! [`super::word_ends::head_key`]), and its sides (see [`super::ends::OpenWord`]) depend only on
//! them and on its shape (see [`super::side_names::WordShape`]). A word of at most eight bytes
//! is all in those bytes, and is kept by them and its length alone, before its letters are
//! read; a longer one whose every byte is an ASCII letter or digit is kept by them, its length
//! and its letters. No bytes are hashed: the slot is picked from the packed keys, which it
//! holds to compare, so a slot taken by another word is read as empty, never as this word's.

use super::side_names::{Side, WordShape};

/// Slots in the table: a power of two.
const SLOTS: usize = 1 << 12;

/// The longest word kept (its length is packed in the low byte of a slot's shape).
const MAX_KEPT: usize = 255;

/// How a word is looked up: its first and last four bytes, folded, packed in a `u64`, and its
/// length (and for a word of more than eight bytes its letters above it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WordTag {
    ends: u64,
    shape: u64,
}

impl WordTag {
    /// A word's tag and, for a word of more than eight bytes, its shape (read to make the tag);
    /// `None` for a word whose sides may depend on more than its own bytes. Its first and last
    /// four bytes are two loads, tested and folded eight at a time (see [`folded_alnum8`]).
    #[inline]
    pub(super) fn of(bytes: &[u8]) -> Option<(WordTag, Option<WordShape>)> {
        let len = bytes.len();
        if !(4..=MAX_KEPT).contains(&len) {
            return None;
        }
        let four = |at: usize| {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[at..at + 4]);
            u64::from(u32::from_le_bytes(b))
        };
        let ends = folded_alnum8(four(0) | four(len - 4) << 32)?;
        if len <= 8 {
            return Some((
                WordTag {
                    ends,
                    shape: len as u64,
                },
                None,
            ));
        }
        let word = WordShape::of(bytes);
        word.all_alnum().then(|| {
            let tag = WordTag {
                ends,
                shape: len as u64 | word.letters() << 8,
            };
            (tag, Some(word))
        })
    }

    #[inline]
    fn slot(self) -> usize {
        let mixed = (self.ends ^ self.shape.rotate_left(32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> (64 - SLOTS.trailing_zeros())) as usize
    }
}

/// `eight` bytes with each ASCII letter folded to lowercase, or `None` when one of them is no
/// ASCII letter or digit: each byte is tested as a lane of the `u64` (no lane carries into the
/// next, since every lane is under 0x80 when it is added to).
#[inline(always)]
pub(super) fn folded_alnum8(eight: u64) -> Option<u64> {
    const fn lanes(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    const HIGH: u64 = lanes(0x80);
    if eight & HIGH != 0 {
        return None;
    }
    // A lane's high bit once `at_least` (below 0x80) is added: set when it is at least `lo`.
    let at_least = |v: u64, lo: u8| v.wrapping_add(lanes(0x80 - lo)) & HIGH;
    let above = |v: u64, hi: u8| v.wrapping_add(lanes(0x7f - hi)) & HIGH;
    let folded = eight | lanes(0x20);
    let digit = at_least(eight, b'0') & !above(eight, b'9');
    let letter = at_least(folded, b'a') & !above(folded, b'z');
    ((digit | letter) == HIGH).then_some(folded)
}

/// A kept word's tag and sides: 48 bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// A shape of 0 is an empty slot: a kept word has four bytes or more.
    tag_ends: u64,
    tag_shape: u64,
    head: Side,
    tail: Side,
}

/// The kept sides of one guide's names (see [`super::ends::Ends`]), by `owner`, the guide's
/// id: another guide's empties the table.
#[derive(Debug, Default)]
pub(super) struct SideCache {
    owner: u64,
    slots: Vec<Slot>,
}

impl SideCache {
    pub(super) const fn new() -> Self {
        SideCache {
            owner: 0,
            slots: Vec::new(),
        }
    }

    /// Makes the table that of `owner`'s names, empty unless it was already.
    pub(super) fn own(&mut self, owner: u64) {
        if self.owner != owner || self.slots.is_empty() {
            self.slots.clear();
            self.slots.resize(SLOTS, Slot::default());
            self.owner = owner;
        }
    }

    /// The head and tail sides kept for `tag`.
    #[inline]
    pub(super) fn get(&self, tag: WordTag) -> Option<(Side, Side)> {
        let slot = &self.slots[tag.slot()];
        (slot.tag_shape == tag.shape && slot.tag_ends == tag.ends).then_some((slot.head, slot.tail))
    }

    #[inline]
    pub(super) fn put(&mut self, tag: WordTag, (head, tail): (Side, Side)) {
        self.slots[tag.slot()] = Slot {
            tag_ends: tag.ends,
            tag_shape: tag.shape,
            head,
            tail,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::super::word_ends::FOLDED_ALNUM;
    use super::*;

    #[test]
    fn a_slot_is_48_bytes() {
        assert_eq!(std::mem::size_of::<Slot>(), 48);
    }

    #[test]
    fn eight_bytes_fold_as_the_byte_table_folds_them() {
        // The old reading: eight byte look-ups, `None` at the first byte that does not fold.
        let by_table = |eight: [u8; 8]| {
            let folded = eight.map(|b| FOLDED_ALNUM[usize::from(b)]);
            folded
                .iter()
                .all(|&b| b != 0)
                .then(|| u64::from_le_bytes(folded))
        };
        // Every byte in every lane, the others a letter, a digit or an uppercase letter.
        for fill in [b'a', b'7', b'Q'] {
            for lane in 0..8 {
                for b in 0..=255u8 {
                    let mut eight = [fill; 8];
                    eight[lane] = b;
                    assert_eq!(
                        folded_alnum8(u64::from_le_bytes(eight)),
                        by_table(eight),
                        "{eight:?}"
                    );
                }
            }
        }
        // Every pair of bytes in two lanes (carries between neighbouring lanes).
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let eight = [b'x', a, b, b'Z', b'0', b'9', b, a];
                assert_eq!(folded_alnum8(u64::from_le_bytes(eight)), by_table(eight));
            }
        }
    }

    #[test]
    fn a_word_is_tagged_by_its_folded_ends_and_shape_when_they_are_all_its_sides_read() {
        let tag = |w: &str| WordTag::of(w.as_bytes()).map(|(tag, _)| tag);
        // Case does not change a word's sides.
        assert_eq!(tag("Windows"), tag("WINDOWS"));
        assert_eq!(tag("PowerShell"), tag("powershell"));
        assert!(tag("Windows").is_some() && tag("PowerShell").is_some());
        // Same ends, other letters in between, or another length: another tag.
        assert_ne!(tag("PowerShell"), tag("PowerSmell"));
        assert_ne!(tag("PowerShell"), tag("Powerrrhell"));
        assert_ne!(tag("abcdefgh"), tag("abcdfgh"));
        // A byte that is no letter or digit in the ends or (past eight bytes) anywhere, a word
        // under four bytes: no tag, the sides are worked out every time.
        for word in ["it's", "user's", "Power-Shell", "Node", "caf\u{e9}s", "git"] {
            assert_eq!(tag(word).is_some(), word == "Node", "{word}");
        }
    }
}
