//! What the one-letter brand typo search needs of a guide's brand names, built once per guide:
//! each long name's spellings and allowed forms, sorted by length so a window of text only
//! looks at names of about its length, and every correct spelling in a set.

use super::inflect::inflections;
use crate::document::normalized::normalize_term;
use crate::document::words;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

mod ends;
mod lengths;
mod letters;
mod pairs;
mod side_cache;
mod side_names;
mod word_ends;
use ends::Ends;
use std::ops::Range;

/// Names shorter than this (without spaces) are never searched for typos: one letter off a
/// short name is usually another word.
pub const MIN_TYPO_LEN: usize = 6;

/// A brand's spellings for the one-edit check: its normalised form with and without spaces.
#[derive(Debug, Clone)]
pub struct TypoTarget {
    /// Index into the guide's brand names.
    pub index: usize,
    pub spaced: String,
    pub joined: String,
    /// Prose words in `spaced`: "Node.js" is two ("Node", "js"), as a text's prose words read.
    pub words: usize,
    /// Whether something other than a space lies between two of those words (the "." of
    /// "Node.js"): only such a name is near a window whose words are that far apart.
    pub odd_gaps: bool,
    /// Characters in `spaced`.
    pub len: usize,
    /// Forms at one edit that are fine: plural and inflections of the name.
    pub allowed: Vec<String>,
    /// The ASCII letters and digits of `spaced` (see [`letters`]).
    letters: u64,
}

#[derive(Debug, Clone, Default)]
pub struct BrandTypos {
    /// By `len`, then guide order.
    targets: Vec<TypoTarget>,
    /// Every brand's normalised spelling, spaced and joined: a window equal to one is no typo.
    pub every_spelling: HashSet<String>,
    /// What lies between two prose words of a searched name other than a space (the "." of
    /// "Node.js"): a window's words this far apart may still be one edit from that name.
    pub odd_gaps: Vec<String>,
    /// The most words of a searched name.
    pub max_words: usize,
    /// No window longer than this (in characters) can be one edit from a name.
    pub max_len: usize,
    /// The spaced forms, then the joined forms, by their halves (see [`Halves`]).
    spaced: Halves,
    joined: Halves,
    /// The names' heads and tails (see [`Ends`]).
    ends: Ends,
    /// By a window's length in characters (up to `max_len`), the words and letters (see
    /// [`letters`]) of each name a window of that length may be one edit from, in order of
    /// length: what [`BrandTypos::letters_may_be_near`] reads, worked out once per guide.
    by_length: Vec<Vec<(usize, u64)>>,
}

/// Names by length, then by their first and by their last `(length - 1) / 2` characters. A
/// string one edit (a letter replaced, added, dropped, or two neighbours swapped) from a name of
/// length L keeps that name's first or last (L - 1) / 2 characters: the edit touches one side of
/// the middle character or the middle itself. So a window meets only names sharing a half.
#[derive(Debug, Clone, Default)]
struct Halves {
    prefixes: HashMap<usize, HashMap<String, Vec<usize>>>,
    suffixes: HashMap<usize, HashMap<String, Vec<usize>>>,
}

/// `text`'s first and last `n` characters (`None` when it is shorter).
fn ends(text: &str, n: usize) -> Option<(&str, &str)> {
    let mut chars = text.char_indices();
    let head_end = match chars.nth(n) {
        Some((at, _)) => at,
        None if text.chars().count() == n => text.len(),
        None => return None,
    };
    let tail_start = if n == 0 {
        text.len()
    } else {
        text.char_indices().rev().nth(n - 1)?.0
    };
    Some((&text[..head_end], &text[tail_start..]))
}

impl Halves {
    fn add(&mut self, form: &str, position: usize) {
        let len = form.chars().count();
        if let Some((head, tail)) = ends(form, (len.saturating_sub(1)) / 2) {
            self.prefixes
                .entry(len)
                .or_default()
                .entry(head.to_string())
                .or_default()
                .push(position);
            self.suffixes
                .entry(len)
                .or_default()
                .entry(tail.to_string())
                .or_default()
                .push(position);
        }
    }

    /// Positions of the names that may be one edit from `query`.
    fn near(&self, query: &str, out: &mut Vec<usize>) {
        let len = query.chars().count();
        for name_len in len.saturating_sub(1)..=len + 1 {
            let half = name_len.saturating_sub(1) / 2;
            let Some((head, tail)) = ends(query, half) else {
                continue;
            };
            for (index, key) in [(&self.prefixes, head), (&self.suffixes, tail)] {
                if let Some(found) = index.get(&name_len).and_then(|by| by.get(key)) {
                    out.extend_from_slice(found);
                }
            }
        }
    }
}

impl BrandTypos {
    pub fn new(brands: &[String]) -> Self {
        let mut targets: Vec<TypoTarget> = brands
            .iter()
            .enumerate()
            .filter_map(|(index, name)| {
                let spaced = normalize_term(name);
                let joined: String = spaced.split(' ').collect();
                (joined.chars().count() >= MIN_TYPO_LEN).then(|| {
                    let mut allowed: Vec<String> =
                        inflections(&joined).into_iter().map(|(f, _)| f).collect();
                    allowed.extend(inflections(&spaced).into_iter().map(|(f, _)| f));
                    allowed.push(format!("{spaced}s"));
                    let gaps = gaps(&spaced);
                    TypoTarget {
                        index,
                        letters: letters::name_letters(&spaced),
                        words: gaps.len() + 1,
                        odd_gaps: gaps.iter().any(|g| *g != " "),
                        len: spaced.chars().count(),
                        spaced,
                        joined,
                        allowed,
                    }
                })
            })
            .collect();
        targets.sort_by_key(|t| (t.len, t.index));
        let every_spelling = brands
            .iter()
            .flat_map(|name| {
                let spaced = normalize_term(name);
                [spaced.split(' ').collect::<String>(), spaced]
            })
            .collect();
        let (mut spaced, mut joined) = (Halves::default(), Halves::default());
        for (position, t) in targets.iter().enumerate() {
            spaced.add(&t.spaced, position);
            joined.add(&t.joined, position);
        }
        // The names as the words of a window read them: their prose words run together,
        // without what lies between ("nodejs" for "node.js"; the joined form elsewhere).
        let word_bytes: Vec<String> = targets.iter().map(|t| word_bytes(&t.spaced)).collect();
        let ends = Ends::new(
            word_bytes
                .iter()
                .zip(&targets)
                .map(|(joined, t)| (joined.as_str(), t.spaced.as_str(), t.words)),
        );
        let mut odd_gaps: Vec<String> = targets
            .iter()
            .flat_map(|t| gaps(&t.spaced))
            .filter(|g| *g != " ")
            .map(str::to_string)
            .collect();
        odd_gaps.sort();
        odd_gaps.dedup();
        let mut typos = BrandTypos {
            spaced,
            joined,
            ends,
            max_words: targets.iter().map(|t| t.words).max().unwrap_or(1),
            max_len: targets
                .iter()
                .map(|t| t.len + 1 + t.words)
                .max()
                .unwrap_or(0),
            targets,
            every_spelling,
            odd_gaps,
            by_length: Vec::new(),
        };
        typos.by_length = (0..=typos.max_len)
            .map(|len| {
                typos
                    .of_length(1, len)
                    .map(|t| (t.words, t.letters))
                    .collect()
            })
            .collect();
        typos
    }

    /// Whether `window` is spelled as some name is, without folding it into a new string: for a
    /// window of ASCII letters, digits, `_`, `'` and `.` between single spaces, folding is its
    /// ASCII lowercase, so its lowercase (and that without spaces) is looked up from the stack.
    /// `false` when the window is not such (the caller folds it), or is no spelling. About one
    /// window in eight that reaches the exact test is a name spelled right ("PowerShell").
    pub fn spelled_as_a_name(&self, window: &str) -> bool {
        const MAX: usize = 64;
        let bytes = window.as_bytes();
        if bytes.len() > MAX {
            return false;
        }
        let (mut lower, mut joined) = ([0u8; MAX], [0u8; MAX]);
        let mut j = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let plain = b.is_ascii_alphanumeric() || matches!(b, b'_' | b'\'' | b'.');
            let space = b == b' ' && i > 0 && bytes[i - 1] != b' ';
            if !plain && !space {
                return false;
            }
            lower[i] = b.to_ascii_lowercase();
            if plain {
                joined[j] = lower[i];
                j += 1;
            }
        }
        // Only ASCII bytes were copied: both are UTF-8.
        [&lower[..bytes.len()], &joined[..j]].iter().any(|folded| {
            std::str::from_utf8(folded).is_ok_and(|folded| self.every_spelling.contains(folded))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Calls `each(i, n)` for every window of `n` prose words starting at word `i` (`words`:
    /// ranges of `text`, in order; `n` up to the most words of a name) whose head and tail may
    /// be one edit from some name (see [`Ends`]), in order of `i`, then of `n`: most windows
    /// are ruled out here, before any folding, and most words start none, so only the words
    /// whose own head or some near tail is open are visited. `each` returns whether to go on to
    /// the longer windows starting at `i`.
    pub fn windows_near(
        &self,
        text: &[u8],
        words: &[Range<usize>],
        mut each: impl FnMut(usize, usize) -> bool,
    ) {
        let reach = |i: usize| i..words.len().min(i + self.max_words);
        if !self.ends.all_ascii {
            // A name that is not ASCII has no keys: every window may be near it.
            for i in 0..words.len() {
                for last in reach(i) {
                    if !each(i, last + 1 - i) {
                        break;
                    }
                }
            }
            return;
        }
        let mut open = Vec::new();
        let misses = self.ends.word_misses(text, words, &mut open);
        // The windows that may pass start at an open word, or up to `max_words - 1` words
        // before a word whose tail is open; each start is visited once, in order. A window's
        // open head or tail has the lengths it lets through kept with its open word; a closed one
        // lets none through.
        let starts = starts(open.iter().map(|w| {
            let o = w.at;
            if self.ends.tail_open(misses[o]) {
                (o + 1).saturating_sub((w.tail.words as usize).min(self.max_words))..o + 1
            } else {
                o..o + 1
            }
        }));
        let mut at_start = 0; // the first open word at or after the start
        for i in starts.into_iter().flatten() {
            while open[at_start].at < i {
                at_start += 1;
            }
            let in_reach = &open[at_start..];
            let head = in_reach
                .first()
                .filter(|w| w.at == i)
                .map(|w| w.head.lengths);
            for last in reach(i) {
                if self.ends.rules_out(misses[i], misses[last]) {
                    continue;
                }
                let tail = in_reach
                    .iter()
                    .take_while(|w| w.at <= last)
                    .find(|w| w.at == last)
                    .map(|w| w.tail.lengths);
                let sides = (head.unwrap_or_default(), tail.unwrap_or_default());
                if self.ends.may_match(text, words, (i, last), sides) && !each(i, last + 1 - i) {
                    break;
                }
            }
        }
    }

    /// The names of at least `words` words that a window, folded (`spaced`) and without its
    /// spaces (`joined`), may be one edit from, in guide order: a superset of those
    /// [`super::one_edit_apart`] accepts, found by the names' halves.
    pub fn near(&self, words: usize, spaced: &str, joined: &str) -> Vec<&TypoTarget> {
        let mut positions = Vec::new();
        self.spaced.near(spaced, &mut positions);
        self.joined.near(joined, &mut positions);
        positions.sort_unstable();
        positions.dedup();
        let mut out: Vec<&TypoTarget> = positions
            .into_iter()
            .map(|p| &self.targets[p])
            .filter(|t| t.words >= words)
            .collect();
        out.sort_by_key(|t| t.index);
        out
    }

    /// Whether some name of at least `words` words has about `len` characters: a window of
    /// that size may be one edit from it (its separators may differ by up to one per word).
    pub fn any_of_length(&self, words: usize, len: usize) -> bool {
        self.of_length(words, len).next().is_some()
    }

    /// [`BrandTypos::any_of_length`], narrowed to the names whose letters a window with this
    /// text may be one edit from (see [`letters`]): a window failing it is near no name.
    pub fn letters_may_be_near(&self, words: usize, len: usize, window: &str) -> bool {
        self.letters_near(words, len, letters::letters(window))
    }

    /// A window's length in characters and its letters (see [`letters`]; `None` when it is not
    /// ASCII), in one pass over an ASCII window's bytes: what the search asks of every window
    /// its heads and tails let through.
    pub fn measure(window: &str) -> (usize, Option<u64>) {
        match letters::letters(window) {
            Some(mask) => (window.len(), Some(mask)),
            None => (window.chars().count(), None),
        }
    }

    /// [`BrandTypos::letters_may_be_near`] for a window whose letters, by [`letters`], are
    /// `letters`.
    pub fn letters_near(&self, words: usize, len: usize, letters: Option<u64>) -> bool {
        // No name is near a window longer than `max_len`.
        let Some(names) = self.by_length.get(len) else {
            return false;
        };
        let mut names = names.iter().filter(|&&(w, _)| w >= words);
        match letters {
            Some(mask) => names.any(|&(_, name)| letters::may_be_one_edit(mask, name)),
            None => names.next().is_some(),
        }
    }

    fn of_length(&self, words: usize, len: usize) -> impl Iterator<Item = &TypoTarget> {
        let low = len.saturating_sub(1 + self.max_words);
        let from = self.targets.partition_point(|t| t.len < low);
        self.targets[from..]
            .iter()
            .take_while(move |t| t.len <= len + 1 + self.max_words)
            .filter(move |t| t.words >= words && len.abs_diff(t.len) <= 1 + t.words)
    }
}

/// The union of `spans` (ranges of word indices, in order of their ends) as sorted disjoint
/// ranges. A span may start before the one ahead of it (a word whose tail is open reaches back
/// past an open word before it), so a start is kept only once every span ending before it is in.
fn starts(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut union: Vec<Range<usize>> = Vec::new();
    for mut span in spans {
        while let Some(last) = union.last() {
            if last.end < span.start {
                break;
            }
            span.start = span.start.min(last.start);
            span.end = span.end.max(last.end);
            union.pop();
        }
        union.push(span);
    }
    union
}

/// What lies between each two prose words of `text` (see [`words`]), in order.
fn gaps(text: &str) -> Vec<&str> {
    let words: Vec<Range<usize>> = words(text).collect();
    words
        .windows(2)
        .map(|w| &text[w[0].end..w[1].start])
        .collect()
}

/// The prose words of `text` (see [`words`]) run together.
fn word_bytes(text: &str) -> String {
    words(text).map(|w| &text[w]).collect()
}

#[cfg(test)]
mod tests;
