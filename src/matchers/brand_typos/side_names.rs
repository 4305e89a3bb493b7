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
    /// The most words of the names left.
    pub(super) words: usize,
}

/// The names by their head and tail keys.
#[derive(Debug, Clone, Default)]
pub(super) struct SideNames {
    /// By (head or tail, key length, key), the names that have that key.
    by_key: HashMap<u64, Vec<NameShape>>,
    /// By key length, every name of that key length (what an undecided key may meet).
    by_k: [Vec<NameShape>; MAX_KEY + 1],
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
            if let Some(key) = key {
                self.by_key
                    .entry(slot(is_tail, k, key))
                    .or_default()
                    .push(name.clone());
            }
        }
        self.by_k[k].push(name);
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
            words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(spaced: &str, words: usize) -> NameShape {
        NameShape {
            letters: super::super::letters::name_letters(spaced),
            chars: spaced.chars().count(),
            words,
            lengths: 0,
            head: None,
            tail: None,
        }
    }

    fn near(word: &str, name: &NameShape) -> bool {
        WordShape::of(word.as_bytes()).may_be_near(name)
    }

    #[test]
    fn a_word_is_near_a_name_only_with_at_most_one_letter_the_name_lacks() {
        // "Pester" shares its tail "er" with most of a text's agent nouns.
        let pester = name("pester", 1);
        for word in ["pester", "pestr", "peter", "pesters", "pestar"] {
            assert!(near(word, &pester), "{word}");
        }
        for word in ["parameter", "computer", "user", "pe", "pestering"] {
            assert!(!near(word, &pester), "{word}");
        }
        // A word of a name of several words is part of a longer window: only its own letters
        // and length rule it out.
        let node_js = name("node js", 2);
        assert!(near("no", &node_js));
        assert!(near("nodes", &node_js));
        assert!(!near("notebook", &node_js));
    }
}
