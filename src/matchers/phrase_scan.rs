//! The anchor words of all phrases, in every form a document may write them.
//!
//! Every form of every anchor word (the phrases' content words: their inflections, their
//! synonyms, number words for digits) goes into one hash table, built the first time a document
//! is scanned: each word of a document costs one lookup ([`super::phrase_paragraphs`] uses it).

use forms::surface_forms;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// The anchor words of all phrases, in every form a document may write them.
pub(super) struct AnchorScanner {
    /// Lowercase form, as bytes → anchor key (an index into `postings`): the forms too long
    /// for `short`.
    forms: FxHashMap<Box<[u8]>, usize>,
    /// The forms of up to [`PACKED`] bytes, packed into one integer ([`pack`]): most words are
    /// short, and an integer key hashes and compares without a byte-slice compare.
    short: FxHashMap<u128, usize>,
    /// The forms of up to [`SMALL`] bytes again, packed into a `u64` ([`pack_small`]): most
    /// words of a text are this short, and a `u64` is loaded, lowercased, hashed and compared
    /// in fewer instructions than the `u128` of `short` (every prose word is looked up).
    small: FxHashMap<u64, usize>,
    /// A bit per [`sketch_small`] of the forms in `small`, as `sketches` is of `short`'s.
    small_sketches: Box<Sketches>,
    /// A bit per length (0 to [`SMALL`]) of the forms in `small`: an ASCII word of a length
    /// with no form is none of them, told by one bit test instead of `shortest..=longest`.
    small_lengths: u32,
    /// The longest form, in bytes: longer ASCII words are never looked up.
    longest: usize,
    /// The shortest form, in bytes: shorter ASCII words ("a", "to", "of": many of any text)
    /// are never looked up.
    shortest: usize,
    /// A bit per [`sketch`] of the forms in `short`: a word whose bit is clear is none of them,
    /// and most words are ruled out here without a table lookup.
    sketches: Box<Sketches>,
    /// Per anchor key, the (phrase, position in phrase) pairs it anchors.
    pub(super) postings: Vec<Vec<(usize, usize)>>,
    /// Per anchor key, with each of its postings, the bit of the phrase word's id that counts
    /// distinct anchors ([`PhraseMatcher::qualify`]): every anchor of a document asks.
    pub(super) bits: Vec<Vec<u64>>,
}

impl AnchorScanner {
    /// `bit` gives the bit of a (phrase, position) pair's word id.
    pub(super) fn new(
        index: &FxHashMap<String, Vec<(usize, usize)>>,
        bit: impl Fn(usize, usize) -> u64,
    ) -> Self {
        let mut forms: FxHashMap<Box<[u8]>, usize> = FxHashMap::default();
        // A key has a handful of forms (its endings and possessives): sized once, not regrown.
        let mut short = FxHashMap::with_capacity_and_hasher(index.len() * 8, Default::default());
        let mut postings = Vec::new();
        let mut bits = Vec::new();
        let mut longest = 0;
        let mut shortest = usize::MAX;
        let mut sketches = Box::new([0u64; SKETCH_BITS / 64]);
        let mut small = FxHashMap::with_capacity_and_hasher(index.len() * 8, Default::default());
        let mut small_sketches = Box::new([0u64; SKETCH_BITS / 64]);
        let mut small_lengths = 0u32;
        for (key, entries) in index {
            let id = postings.len();
            surface_forms(key, |form| {
                let form = form.as_bytes();
                longest = longest.max(form.len());
                shortest = shortest.min(form.len());
                if let Some(packed) = pack_small(form) {
                    let bit = sketch_small(packed);
                    small_sketches[bit / 64] |= 1 << (bit % 64);
                    small_lengths |= 1 << form.len();
                    small.insert(packed, id);
                }
                match pack(form) {
                    Some(packed) => {
                        let bit = sketch(packed);
                        sketches[bit / 64] |= 1 << (bit % 64);
                        short.insert(packed, id)
                    }
                    None => forms.insert(form.into(), id),
                };
            });
            postings.push(entries.clone());
            bits.push(entries.iter().map(|&(p, k)| bit(p, k)).collect());
        }
        AnchorScanner {
            forms,
            short,
            small,
            small_sketches,
            small_lengths,
            longest,
            shortest,
            sketches,
            postings,
            bits,
        }
    }

    /// The anchor key of the word `text[range]`, if it is an anchor; `ascii` says whether the
    /// word is ASCII.
    #[inline]
    pub(super) fn key(&self, text: &str, range: Range<usize>, ascii: bool) -> Option<usize> {
        if ascii {
            // ASCII lowercase keeps the length; other scripts may not ("ẞ" → "ß").
            if range.len() > self.longest || range.len() < self.shortest {
                return None;
            }
            // Lowercase into one integer: this runs for every word of every document.
            if let Some(packed) = pack_lowercase_at(text.as_bytes(), range.clone()) {
                let bit = sketch(packed);
                if self.sketches[bit / 64] & (1 << (bit % 64)) == 0 {
                    return None;
                }
                return self.short.get(&packed).copied();
            }
            self.lookup(text[range].to_ascii_lowercase().as_bytes())
        } else {
            self.lookup(text[range].to_lowercase().as_bytes())
        }
    }

    /// [`AnchorScanner::key`] of a word whose script is not known: a word of up to [`SMALL`]
    /// bytes is told ASCII from the same 8-byte load that packs it, instead of a pass of its
    /// own (every prose word of every document is looked up).
    #[inline]
    pub(super) fn key_of(&self, text: &str, range: Range<usize>) -> Option<usize> {
        let len = range.len();
        if len <= SMALL {
            if let Some(eight) = text.as_bytes().get(range.start..range.start + 8) {
                let mut buffer = [0u8; 8];
                buffer.copy_from_slice(eight);
                if let Some(key) = self.small_key(u64::from_le_bytes(buffer), len) {
                    return key;
                }
            }
        }
        self.key_of_longer(text, range)
    }

    /// [`AnchorScanner::key_of`] of a word whose eight bytes from its start lie in the text,
    /// loaded with no bounds test (every prose word but the last few of a document).
    ///
    /// # Safety
    /// `range.start + 8 <= text.len()`.
    #[inline(always)]
    pub(super) unsafe fn inner_key_of(&self, text: &str, range: &Range<usize>) -> Option<usize> {
        // Words are never empty or reversed: the plain difference, not `len`'s saturating one
        // (a compare and a move a word).
        let len = range.end - range.start;
        if len <= SMALL {
            // SAFETY: the eight bytes from `range.start` lie in `text`, by the caller's bound.
            let raw = unsafe {
                text.as_ptr()
                    .add(range.start)
                    .cast::<u64>()
                    .read_unaligned()
            };
            if let Some(key) = self.small_key(u64::from_le(raw), len) {
                return key;
            }
        } else if len <= PACKED {
            // SAFETY: the eight bytes from `range.start` lie in `text`, by the caller's bound,
            // and so do the eight up to `range.end`: the word has more than eight bytes, and
            // it ends inside the text.
            let (first, last) = unsafe {
                let at = |i: usize| text.as_ptr().add(i).cast::<u64>().read_unaligned();
                (at(range.start), at(range.end - 8))
            };
            if let Some(key) = self.medium_key(u64::from_le(first), u64::from_le(last), len) {
                return key;
            }
        }
        self.key_of_longer(text, range.clone())
    }

    /// The anchor key (outer `Some`) of a word of `len` bytes, more than [`SMALL`] and at most
    /// [`PACKED`], whose first eight bytes as they load are `first` and last eight `last`, if
    /// it is ASCII; `None` if it is not. Read as [`AnchorScanner::key_of_longer`] reads it, from
    /// two loads in place instead of a copy through a call (a prose word in five has eight
    /// bytes or more).
    #[inline(always)]
    fn medium_key(&self, first: u64, last: u64, len: usize) -> Option<Option<usize>> {
        // The bytes after the first eight: the top `len - 8` of `last` (none for eight bytes).
        let rest = last.checked_shr(8 * (16 - len) as u32).unwrap_or(0);
        if (first | rest) & HIGH_BITS_SMALL != 0 {
            return None;
        }
        Some(self.ascii_key(u128::from(first) | u128::from(rest) << 64, len))
    }

    /// The anchor key of an ASCII word of `len` bytes (at most [`PACKED`]) whose bytes, as they
    /// load, are `raw`: the length window, then the sketch, then the table.
    #[inline(always)]
    fn ascii_key(&self, raw: u128, len: usize) -> Option<usize> {
        if len > self.longest || len < self.shortest {
            return None;
        }
        let packed = ascii_lowercase(raw) | ((len as u128) << (8 * PACKED));
        let bit = sketch(packed);
        if self.sketches[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.short.get(&packed).copied()
    }

    /// The anchor key (outer `Some`) of a word of `len` bytes, at most [`SMALL`], whose first
    /// eight bytes as they load are `eight`, if it is ASCII; `None` if it is not.
    #[inline(always)]
    fn small_key(&self, eight: u64, len: usize) -> Option<Option<usize>> {
        // `len` is at most 7: the shift stays inside the integer.
        let raw = eight & ((1u64 << (8 * len)) - 1);
        if raw & HIGH_BITS_SMALL != 0 {
            return None;
        }
        // Every form in `small` has one of these lengths, and `packed` holds the length: a word
        // of another is none of them (`len` is at most 7: the shift stays inside the integer).
        if self.small_lengths & (1 << len) == 0 {
            return Some(None);
        }
        let packed = ascii_lowercase_small(raw) | ((len as u64) << (8 * SMALL));
        let bit = sketch_small(packed);
        if self.small_sketches[bit / 64] & (1 << (bit % 64)) == 0 {
            return Some(None);
        }
        Some(self.small.get(&packed).copied())
    }

    /// [`AnchorScanner::key_of`] of a word of more than [`SMALL`] bytes, one that is not
    /// ASCII, or one too near the end of the text for an 8-byte load.
    fn key_of_longer(&self, text: &str, range: Range<usize>) -> Option<usize> {
        let Some(raw) = load_short(text.as_bytes(), range.clone()) else {
            let ascii = text.as_bytes()[range.clone()].is_ascii();
            return self.key(text, range, ascii);
        };
        if raw & HIGH_BITS != 0 {
            return self.key(text, range, false);
        }
        self.ascii_key(raw, range.len())
    }

    /// The anchor key of a lowercase form, from whichever table holds forms of its length.
    fn lookup(&self, lower: &[u8]) -> Option<usize> {
        match pack(lower) {
            Some(packed) => self.short.get(&packed).copied(),
            None => self.forms.get(lower).copied(),
        }
    }
}

/// The longest form, in bytes, that [`pack`] packs: the last byte of the integer holds the length.
const PACKED: usize = 15;

/// `bytes` (up to [`PACKED`] of them) and their length in one integer; equal only for equal
/// byte strings.
fn pack(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > PACKED {
        return None;
    }
    let mut buffer = [0u8; 16];
    buffer[..bytes.len()].copy_from_slice(bytes);
    buffer[PACKED] = bytes.len() as u8;
    Some(u128::from_le_bytes(buffer))
}

/// [`pack`] of the ASCII lowercase of the ASCII word `text[range]`, read as one 16-byte load
/// where the text is long enough (a copy of a few bytes of varying length costs more).
#[inline]
fn pack_lowercase_at(text: &[u8], range: Range<usize>) -> Option<u128> {
    let len = range.len();
    let bytes = load_short(text, range)?;
    Some(ascii_lowercase(bytes) | ((len as u128) << (8 * PACKED)))
}

/// The bytes `text[range]` (up to [`PACKED`] of them) as the low bytes of an integer, the rest
/// zero; `None` for a longer range.
#[inline]
fn load_short(text: &[u8], range: Range<usize>) -> Option<u128> {
    let len = range.len();
    if len > PACKED {
        return None;
    }
    Some(match text.get(range.start..range.start + 16) {
        Some(sixteen) => {
            let mut buffer = [0u8; 16];
            buffer.copy_from_slice(sixteen);
            // `len` is at most 15: the shift stays inside the integer.
            u128::from_le_bytes(buffer) & ((1u128 << (8 * len)) - 1)
        }
        None => {
            let mut buffer = [0u8; 16];
            buffer[..len].copy_from_slice(text.get(range)?);
            u128::from_le_bytes(buffer)
        }
    })
}

/// The longest form, in bytes, that [`pack_small`] packs: the last byte of the `u64` holds
/// the length.
const SMALL: usize = 7;

/// [`pack`] into a `u64`, for forms of up to [`SMALL`] bytes.
fn pack_small(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > SMALL {
        return None;
    }
    let mut buffer = [0u8; 8];
    buffer[..bytes.len()].copy_from_slice(bytes);
    buffer[SMALL] = bytes.len() as u8;
    Some(u64::from_le_bytes(buffer))
}

/// The top bit of every byte of a `u64`.
const HIGH_BITS_SMALL: u64 = (u64::MAX / 255) * 0x80;

/// [`ascii_lowercase`] of 8 ASCII bytes.
#[inline]
fn ascii_lowercase_small(bytes: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    let at_least_a = bytes + ONES * u64::from(0x80 - b'A');
    let past_z = bytes + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !past_z & (ONES * 0x80);
    bytes | (upper >> 2)
}

/// [`sketch`] of a form packed by [`pack_small`].
#[inline]
fn sketch_small(packed: u64) -> usize {
    (packed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_SHIFT)) as usize
}

/// The top bit of every byte: a byte with it set is not ASCII.
const HIGH_BITS: u128 = (u128::MAX / 255) * 0x80;

/// The ASCII lowercase of 16 ASCII bytes at once: a byte from `A` to `Z` gains 0x20. Adding to
/// a byte below 0x80 never carries into the next one, so each byte's top bit tells its range.
#[inline]
fn ascii_lowercase(bytes: u128) -> u128 {
    const ONES: u128 = u128::MAX / 255;
    let at_least_a = bytes + ONES * u128::from(0x80 - b'A');
    let past_z = bytes + ONES * u128::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !past_z & (ONES * 0x80);
    bytes | (upper >> 2)
}

// Forms are a few thousand (every ending and possessive of every anchor): a table of 8 KiB keeps
// the test selective and stays in the first-level cache.
const SKETCH_SHIFT: u32 = 16;
const SKETCH_BITS: usize = 1 << SKETCH_SHIFT;

/// A bit per sketch: an array of known length, so that a sketch (below [`SKETCH_BITS`]) indexes
/// it with no bounds test.
type Sketches = [u64; SKETCH_BITS / 64];

/// A cheap hash of a packed form (see [`pack`]), one of [`SKETCH_BITS`].
#[inline]
fn sketch(packed: u128) -> usize {
    let mixed = (packed as u64) ^ ((packed >> 64) as u64).rotate_left(29);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_SHIFT)) as usize
}

mod forms;

#[cfg(test)]
mod tests;
