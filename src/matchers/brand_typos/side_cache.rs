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
use super::word_ends::FOLDED_ALNUM;

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
    /// `None` for a word whose sides may depend on more than its own bytes.
    #[inline]
    pub(super) fn of(bytes: &[u8]) -> Option<(WordTag, Option<WordShape>)> {
        let len = bytes.len();
        if !(4..=MAX_KEPT).contains(&len) {
            return None;
        }
        let mut ends = 0u64;
        for &b in bytes[..4].iter().chain(&bytes[len - 4..]) {
            let folded = FOLDED_ALNUM[usize::from(b)];
            if folded == 0 {
                return None;
            }
            ends = ends << 8 | u64::from(folded);
        }
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
    use super::*;

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
