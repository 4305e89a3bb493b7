//! The names an open word's side may still be one edit from. A window one edit from a name keeps
//! the name's head or tail key (see [`super::ends`]), so the windows a word's open head (tail)
//! lets through can be near only the names sharing that key, and most of those cannot be near
//! any window holding the word: the word's ASCII letters and digits are each a character of the
//! folded window, while one edit adds at most one character the name lacks and makes the string
//! at most one character longer. So a word with two letters or digits no name's character is,
//! or more letters and digits than the name has characters and one, is in no window near that
//! name. A window near a name of one word is one word (see [`super::BrandTypos::near`]): the
//! word alone, so the name's letters the word lacks (two or more) and the word's length rule it
//! out too. A side none of whose names is left misses that key length; a side some are left of
//! lets through their lengths, and windows of at most their most words.
//!
//! Before any key is read, a side is first asked of the names whose key starts with the word's
//! own first (last) two bytes, taken together (see [`PairShape`]): most open words are ruled out
//! there, by a look-up in a small table and the word's letters.

use super::lengths::{length_bit, Lengths};
use super::letters::LETTER_BIT;
use super::word_ends::{pack, Key, MAX_KEY};
use rustc_hash::FxHashMap as HashMap;

/// What the test of a word against a name reads of the name.
#[derive(Debug, Clone)]
struct NameShape {
    /// The ASCII letters and digits of its folded spaced form (see [`super::letters`]).
    letters: u64,
    /// Characters in its folded spaced form.
    chars: usize,
    /// Its prose words.
    words: usize,
    /// The lengths a window one edit from it may have, its prose words run together: its own
    /// length and one more or less.
    lengths: Lengths,
    /// Its head and tail keys (`None` for a key with a byte that is no ASCII letter or digit:
    /// only an undecided side may meet it).
    head: Option<u32>,
    tail: Option<u32>,
}

/// What the test of a word against a name reads of the word.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordShape {
    letters: u64,
    /// Its ASCII letters and digits.
    alnum: usize,
    /// Its bytes.
    len: usize,
    ascii: bool,
}

impl WordShape {
    /// A word no name is ruled out for: what a side reads with no word to narrow it.
    #[cfg(test)]
    pub(super) const ANY: WordShape = WordShape {
        letters: 0,
        alnum: 0,
        len: 0,
        ascii: false,
    };

    pub(super) fn of(bytes: &[u8]) -> Self {
        let (mut letters, mut alnum, mut any) = (0u64, 0usize, 0u8);
        for &b in bytes {
            let bit = LETTER_BIT[usize::from(b)];
            letters |= bit;
            alnum += usize::from(bit != 0);
            any |= b;
        }
        WordShape {
            letters,
            alnum,
            len: bytes.len(),
            ascii: any.is_ascii(),
        }
    }

    /// Its ASCII letters and digits as bits (see [`super::letters`]).
    #[inline]
    pub(super) fn letters(&self) -> u64 {
        self.letters
    }

    /// Whether every byte is an ASCII letter or digit.
    #[inline]
    pub(super) fn all_alnum(&self) -> bool {
        self.alnum == self.len
    }

    /// [`WordShape::may_be_near`] for every name of `names` at once: `false` only when it is
    /// `false` for each of them.
    #[inline]
    fn may_be_near_any(&self, names: &PairShape) -> bool {
        if self.alnum > names.max_chars + 1 || (self.letters & !names.letters).count_ones() > 1 {
            return false;
        }
        names.max_words > 1
            || !self.ascii
            || ((names.common & !self.letters).count_ones() <= 1 && self.len + 1 >= names.min_chars)
    }

    /// Whether some window holding this word, as its first (last) word, may be one edit from
    /// `name` (see the module's comment).
    #[inline]
    fn may_be_near(&self, name: &NameShape) -> bool {
        if self.alnum > name.chars + 1 || (self.letters & !name.letters).count_ones() > 1 {
            return false;
        }
        // One word: the window is this word.
        name.words > 1
            || !self.ascii
            || ((name.letters & !self.letters).count_ones() <= 1 && self.len + 1 >= name.chars)
    }
}

/// A side of an open word, narrowed to the names left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Side {
    /// The key lengths it misses, as bits.
    pub(super) miss: u8,
    /// The window lengths it lets through.
    pub(super) lengths: Lengths,
    /// The most words of the names left (a `u32`, so two sides fill 32 bytes of a slot of the
    /// side cache, see [`super::side_cache`]).
    pub(super) words: u32,
}

/// The names whose head (tail) key, of any length, starts with a given pair of bytes, taken
/// together: a word that [`WordShape::may_be_near_any`] rules out for them is near none of them.
#[derive(Debug, Clone, Copy)]
struct PairShape {
    /// The letters any of them has, and those all of them have.
    letters: u64,
    common: u64,
    /// The most and the fewest characters, and the most prose words, of any of them.
    max_chars: usize,
    min_chars: usize,
    max_words: usize,
}

impl PairShape {
    fn of(name: &NameShape) -> Self {
        PairShape {
            letters: name.letters,
            common: name.letters,
            max_chars: name.chars,
            min_chars: name.chars,
            max_words: name.words,
        }
    }

    fn add(&mut self, name: &NameShape) {
        self.letters |= name.letters;
        self.common &= name.letters;
        self.max_chars = self.max_chars.max(name.chars);
        self.min_chars = self.min_chars.min(name.chars);
        self.max_words = self.max_words.max(name.words);
    }
}

/// Pairs of ASCII letters and digits, folded, as indices of [`SideNames::by_pair`]: each byte's
/// code (1 to 36; 0 for any other byte) in base [`CODES`].
const CODES: usize = 37;
const PAIR_CODE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = (b as u8).to_ascii_lowercase();
        if byte.is_ascii_digit() {
            table[b] = 1 + byte - b'0';
        } else if byte.is_ascii_lowercase() {
            table[b] = 11 + byte - b'a';
        }
        b += 1;
    }
    table
};

/// The names by their head and tail keys.
#[derive(Debug, Clone)]
pub(super) struct SideNames {
    /// By (head or tail, key length, key), the names that have that key.
    by_key: HashMap<u64, Vec<NameShape>>,
    /// By key length, every name of that key length (what an undecided key may meet).
    by_k: [Vec<NameShape>; MAX_KEY + 1],
    /// By head (0) or tail (1), then by the code of a key's first two bytes (see [`PAIR_CODE`]),
    /// one more than the index in `pair_shapes` of the names whose key starts with them (0: no
    /// name's does).
    by_pair: [Box<[u16; CODES * CODES]>; 2],
    pair_shapes: Vec<PairShape>,
    /// By head (0) or tail (1), then by the code of a key's first two bytes as `by_pair`, the
    /// lengths of the one-word windows one edit from a name whose key starts with them (within
    /// one of its characters), or every length when one of those names has several words: what
    /// [`SideNames::pair_lengths`] reads.
    by_pair_lengths: [Box<[Lengths; CODES * CODES]>; 2],
    /// A side with a name whose key has fewer than two bytes or a byte that is no ASCII letter
    /// or digit: an undecided key may meet it whatever its first two bytes, so the pairs rule
    /// out nothing there.
    unpaired: [bool; 2],
}

impl Default for SideNames {
    fn default() -> Self {
        SideNames {
            by_key: HashMap::default(),
            by_k: Default::default(),
            by_pair: [Box::new([0; CODES * CODES]), Box::new([0; CODES * CODES])],
            pair_shapes: Vec::new(),
            by_pair_lengths: [Box::new([0; CODES * CODES]), Box::new([0; CODES * CODES])],
            unpaired: [false; 2],
        }
    }
}

fn slot(tail: bool, k: usize, key: u32) -> u64 {
    u64::from(key) << 8 | (k as u64) << 1 | u64::from(tail)
}

impl SideNames {
    /// Record a name: its prose words run together (as [`super::ends::Ends::new`] reads them,
    /// `k` its key length), its folded spaced form and its prose words.
    pub(super) fn insert(&mut self, joined: &str, k: usize, spaced: &str, words: usize) {
        let (len, bytes) = (joined.len(), joined.as_bytes());
        let (head, tail) = if joined.is_ascii() {
            (pack(bytes[..k].iter()), pack(bytes[len - k..].iter().rev()))
        } else {
            (None, None)
        };
        let name = NameShape {
            letters: super::letters::name_letters(spaced),
            chars: spaced.chars().count(),
            words,
            lengths: length_bit(len.saturating_sub(1)) | length_bit(len) | length_bit(len + 1),
            head,
            tail,
        };
        for (is_tail, key) in [(false, head), (true, tail)] {
            let Some(key) = key.filter(|_| k >= 2) else {
                self.unpaired[usize::from(is_tail)] = true;
                continue;
            };
            let [first, second] =
                [k - 1, k - 2].map(|at| PAIR_CODE[(key >> (8 * at)) as u8 as usize]);
            let code = usize::from(first) * CODES + usize::from(second);
            // A window of one word is near a name of one word only with its length within one
            // of the name's characters (it is the name with one letter changed, added or
            // dropped); a name of several words may be near a window of any length.
            self.by_pair_lengths[usize::from(is_tail)][code] |= if words > 1 {
                Lengths::MAX
            } else {
                let chars = name.chars;
                length_bit(chars.saturating_sub(1)) | length_bit(chars) | length_bit(chars + 1)
            };
            match self.by_pair[usize::from(is_tail)][code] {
                0 => {
                    self.pair_shapes.push(PairShape::of(&name));
                    // At most one shape for each side and pair of codes: the count fits.
                    self.by_pair[usize::from(is_tail)][code] = self.pair_shapes.len() as u16;
                }
                at => self.pair_shapes[usize::from(at) - 1].add(&name),
            }
            self.by_key
                .entry(slot(is_tail, k, key))
                .or_default()
                .push(name.clone());
        }
        self.by_k[k].push(name);
    }

    /// Whether the head (tail) of a word (`bytes`, its shape `word`) may meet some name, by the
    /// names whose key starts with the word's own first (last) two bytes: `false` only when
    /// [`SideNames::side`] finds no name left at any key length (then the word's key, read on
    /// from those two bytes, starts with them, decided or not). `true` when they are not two
    /// ASCII letters or digits.
    #[inline]
    pub(super) fn pair_may_meet(&self, tail: bool, bytes: &[u8], word: &WordShape) -> bool {
        let len = bytes.len();
        if self.unpaired[usize::from(tail)] || len < 2 {
            return true;
        }
        let (first, second) = if tail {
            (bytes[len - 1], bytes[len - 2])
        } else {
            (bytes[0], bytes[1])
        };
        let (first, second) = (
            PAIR_CODE[usize::from(first)],
            PAIR_CODE[usize::from(second)],
        );
        if first == 0 || second == 0 {
            return true;
        }
        match self.by_pair[usize::from(tail)][usize::from(first) * CODES + usize::from(second)] {
            0 => false,
            at => word.may_be_near_any(&self.pair_shapes[usize::from(at) - 1]),
        }
    }

    /// The lengths of the words, all ASCII letters and digits, whose head (tail) may meet some
    /// name by the names whose key starts with the word's first (last) two bytes `first`,
    /// `second` (for a tail, its last byte first): a length outside them is a side that
    /// [`SideNames::pair_may_meet`] rules out, or whose every name [`SideNames::side`] does.
    /// Such a word has as many letters and digits as bytes, and is the only word of a window
    /// near a name of one word ([`WordShape::may_be_near`]); a name of several words lets every
    /// length through, and so does a side whose names' keys may not start with two letters or
    /// digits, or two bytes that are not.
    #[inline]
    pub(super) fn pair_lengths(&self, tail: bool, first: u8, second: u8) -> Lengths {
        let side = usize::from(tail);
        let (first, second) = (
            PAIR_CODE[usize::from(first)],
            PAIR_CODE[usize::from(second)],
        );
        if self.unpaired[side] || first == 0 || second == 0 {
            return Lengths::MAX;
        }
        self.by_pair_lengths[side][usize::from(first) * CODES + usize::from(second)]
    }

    /// The head (tail) of `word`, reading `key` and missing the key lengths `miss` (of
    /// `key_lengths`), narrowed to the names a window holding the word may be one edit from.
    /// An undecided key (fewer bytes than the key length) meets the names whose key starts
    /// with its bytes, and lets through `any_length` while one is left.
    #[inline]
    pub(super) fn side(
        &self,
        key_lengths: &[usize],
        tail: bool,
        mut miss: u8,
        key: Key,
        word: &WordShape,
        any_length: Lengths,
    ) -> Side {
        let (mut lengths, mut words) = (0, 0);
        for (j, &k) in key_lengths.iter().enumerate() {
            if miss & (1 << j) != 0 {
                continue;
            }
            let mut left = false;
            match key.first(k) {
                Some(key) => {
                    for name in self.by_key.get(&slot(tail, k, key)).into_iter().flatten() {
                        if word.may_be_near(name) {
                            left = true;
                            lengths |= name.lengths;
                            words = words.max(name.words);
                        }
                    }
                }
                None => {
                    let got = usize::from(key.got);
                    for name in &self.by_k[k] {
                        let own = if tail { name.tail } else { name.head };
                        let starts_alike = own.is_none_or(|own| {
                            u64::from(own) >> (8 * (k - got)) == u64::from(key.bytes)
                        });
                        if starts_alike && word.may_be_near(name) {
                            left = true;
                            lengths |= any_length;
                            words = words.max(name.words);
                        }
                    }
                }
            }
            if !left {
                miss |= 1 << j;
            }
        }
        Side {
            miss,
            lengths,
            words: u32::try_from(words).unwrap_or(u32::MAX),
        }
    }
}

#[cfg(test)]
mod tests;
