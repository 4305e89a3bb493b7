//! The one-pass misses against their plain definition: each window's head and tail read
//! through the window's own words, one word at a time.

use super::*;
use crate::document::normalized::normalize_term;
use crate::matchers::brand_typos::word_ends::{
    head_four, inner_head_four, inner_tail_four, tail_four, FOLDED_ALNUM,
};
use crate::matchers::one_edit_apart;
use proptest::prelude::*;

/// A word's leading (trailing) run as a window reads it: its first (last) four ASCII letters
/// and digits at most, folded and packed first read highest, their count, and whether the run
/// is the whole word (the key may then go on into the next word).
fn parts(word: &[u8]) -> ((u32, usize, bool), (u32, usize, bool)) {
    let run = |bytes: &mut dyn Iterator<Item = &u8>| {
        let (mut key, mut len) = (0u32, 0usize);
        for &b in bytes.take(MAX_KEY) {
            match FOLDED_ALNUM[usize::from(b)] {
                0 => break,
                folded => key = key << 8 | u32::from(folded),
            }
            len += 1;
        }
        (key, len)
    };
    let (head, head_len) = run(&mut word.iter());
    let (tail, tail_len) = run(&mut word.iter().rev());
    let whole = head_len == word.len();
    ((head, head_len, whole), (tail, tail_len, whole))
}

/// `key` read on into `run` (a word's packed run of `len` bytes, first read highest), up to
/// [`MAX_KEY`] bytes in all.
fn then(key: Key, run: u32, len: usize) -> Key {
    let got = usize::from(key.got);
    let take = (MAX_KEY - got).min(len);
    let first = u64::from(run) >> (8 * (len - take));
    Key {
        bytes: ((u64::from(key.bytes) << (8 * take)) | first) as u32,
        got: (got + take) as u8,
    }
}

/// The first `k` packed bytes read through `parts`; `None` when a byte that is no ASCII letter
/// or digit, or the end of the parts, comes first.
fn window_key(k: usize, parts: impl Iterator<Item = (u32, usize, bool)>) -> Option<u32> {
    let (mut key, mut got) = (0u64, 0usize);
    for (run, len, whole) in parts {
        let take = (k - got).min(len);
        key = key << (8 * take) | u64::from(run) >> (8 * (len - take));
        got += take;
        if got == k {
            return Some(key as u32);
        }
        if !whole {
            return None;
        }
    }
    None
}

/// As many bytes (up to four) as `parts` give before such a byte or their end.
fn read_on(parts: impl Iterator<Item = (u32, usize, bool)>) -> Key {
    let mut key = Key::default();
    for (run, len, whole) in parts.take(MAX_KEY) {
        key = then(key, run, len);
        if usize::from(key.got) == MAX_KEY || !whole {
            break;
        }
    }
    key
}

/// Whether some name of `names` has the head (tail) key `key` of `k` bytes and a length within
/// one of `len`.
fn name_has_key(names: &[&str], tail: bool, k: usize, key: u32, len: usize) -> bool {
    names.iter().any(|name| {
        let bytes = name.as_bytes();
        let own = if tail {
            pack(bytes[bytes.len() - k..].iter().rev())
        } else {
            pack(bytes[..k].iter())
        };
        (name.len().saturating_sub(1) / 2).min(MAX_KEY) == k
            && name.len().abs_diff(len) <= 1
            && own == Some(key)
    })
}

/// Whether the window `words[i..i + n]` may be one edit from a name of `names`, by the plain
/// reading: its first and last words' misses as read on past the window, then its own keys
/// read through its own words, looked for among the names' own.
fn plain_may_match(ends: &Ends, names: &[&str], words: &[&str], i: usize, n: usize) -> bool {
    let all: Vec<_> = words.iter().map(|w| parts(w.as_bytes())).collect();
    let head_miss = ends.misses(false, read_on(all[i..].iter().map(|p| p.0)));
    let tail_miss = ends.misses(true, read_on(all[..i + n].iter().rev().map(|p| p.1)));
    if !ends.all_ascii {
        return true;
    }
    let open = ends.all_keys & !(head_miss & tail_miss);
    if open == 0 {
        return false;
    }
    let window = &words[i..i + n];
    if !window.iter().all(|w| w.is_ascii()) {
        return true;
    }
    let len: usize = window.iter().map(|w| w.len()).sum();
    let shortest = names.iter().map(|name| name.len()).min().unwrap_or(0);
    if len + 1 < shortest || len > ends.longest + 1 {
        return false;
    }
    let own = &all[i..i + n];
    ends.key_lengths.iter().enumerate().any(|(j, &k)| {
        let bit = 1u8 << j;
        if open & bit == 0 {
            return false;
        }
        let side = |tail: bool, miss: u8, key: Option<u32>| {
            if miss & bit != 0 {
                return Some(false);
            }
            key.map(|key| name_has_key(names, tail, k, key, len))
        };
        let head = side(false, head_miss, window_key(k, own.iter().map(|p| p.0)));
        let tail = side(
            true,
            tail_miss,
            window_key(k, own.iter().rev().map(|p| p.1)),
        );
        match (head, tail) {
            (Some(head), Some(tail)) => head || tail,
            _ => true,
        }
    })
}

/// Names of one word each, spelled as given.
fn ends_of(names: &[&str]) -> Ends {
    Ends::new(names.iter().map(|name| (*name, *name, 1)))
}

/// Whether the window `words[i..i + n]` (one space apart) is, folded, one edit from a name of
/// `spaced` (folded spaced forms) of at least `n` words: what the exact test finds.
fn one_edit_from_a_name(spaced: &[(&str, usize)], words: &[&str], i: usize, n: usize) -> bool {
    let folded = normalize_term(&words[i..i + n].join(" "));
    let joined: String = folded.split(' ').collect();
    spaced.iter().any(|&(name, name_words)| {
        let name_joined: String = name.split(' ').collect();
        name_words >= n && (one_edit_apart(&folded, name) || one_edit_apart(&joined, &name_joined))
    })
}

/// `words` laid out one space apart: the text and each word's range.
pub(super) fn text_of(words: &[&str]) -> (String, Vec<Range<usize>>) {
    let mut ranges = Vec::new();
    let mut at = 0;
    for w in words {
        ranges.push(at..at + w.len());
        at += w.len() + 1;
    }
    (words.join(" "), ranges)
}

proptest! {
    /// The one pass gives each word the misses of the keys read on through the words around
    /// it, and every window the decision of its own words' keys.
    #[test]
    fn one_pass_misses_decide_as_the_windows_own_words(
        words in prop::collection::vec(prop::sample::select(&[
            "a", "i", "st", "ar", "Git", "hub", "Pester", "pestre", "the", "of", "Star", "light",
            "starlite", "astro", "db", "Typescript", "typ", "escript", "net", "lify", "don't",
            "x_y", "caf\u{e9}", "42", "user", "order", "ni", "mbus", "gi", "thub", "_", "'s",
            "ST", "Peste", "tsil", "it's", "Pestr", "Netlfy", "githbu", "Starlihgt", "bd",
            "astrr", "dbb", "Typescirpt", "sever", "parameter", "computer", "jester", "Gitlab",
            "types", "netflix", "Starry", "ASTRO", "x-ray", "vision", "X-rays", "ub", "hubs",
            "PESTER", "TypeScript", "Typesxript", "STARLIGHT", "Star-light",
        ][..]), 1..9),
        non_ascii_name in any::<bool>(),
        odd_key_name in any::<bool>(),
    ) {
        // Each name's prose words run together, its spaced form and its words.
        let mut all_names = vec![
            ("pester", "pester", 1),
            ("github", "github", 1),
            ("astrodb", "astro db", 2),
            ("starlight", "starlight", 1),
            ("typescript", "typescript", 1),
            ("netlify", "netlify", 1),
        ];
        if non_ascii_name {
            all_names.push(("caf\u{e9}bar", "caf\u{e9} bar", 2));
        }
        if odd_key_name {
            // A head key with a byte that is no letter or digit: the heads' pairs rule out
            // nothing.
            all_names.push(("x-rayvision", "x-ray vision", 2));
        }
        let names: Vec<&str> = all_names.iter().map(|n| n.0).collect();
        let spaced: Vec<(&str, usize)> = all_names.iter().map(|n| (n.1, n.2)).collect();
        let ends = Ends::new(all_names.iter().copied());
        prop_assume!(ends.all_ascii); // otherwise no window is ruled out (`windows_near`)
        let (text, ranges) = text_of(&words);
        let text = text.as_bytes();
        let mut open = Vec::new();
        let misses = ends.word_misses(text, &ranges, &mut open);
        // Again: the words' sides now come from the thread's table of open words' sides
        // (`side_cache`), the same as worked out (and checked below) the first time.
        let mut open_again = Vec::new();
        prop_assert_eq!(ends.word_misses(text, &ranges, &mut open_again), misses.clone());
        let sides = |open: &[OpenWord]| -> Vec<_> {
            open.iter().map(|w| (w.at, w.head, w.tail)).collect()
        };
        prop_assert_eq!(sides(&open_again), sides(&open));
        let all: Vec<_> = words.iter().map(|w| parts(w.as_bytes())).collect();
        for i in 0..words.len() {
            let head = read_on(all[i..].iter().map(|p| p.0));
            let tail = read_on(all[..=i].iter().rev().map(|p| p.1));
            prop_assert_eq!((head_key(text, &ranges, i), tail_key(text, &ranges, i)), (head, tail));
            let (head_miss, tail_miss) = (ends.misses(false, head), ends.misses(true, tail));
            // A word open by its keys has its sides narrowed by its own letters; a side keeps
            // the lengths its key lets through of the names left.
            let (head_side, tail_side) = if head_miss & tail_miss != ends.all_keys {
                let word = WordShape::of(words[i].as_bytes());
                (
                    ends.side(false, head_miss, head, &word),
                    ends.side(true, tail_miss, tail, &word),
                )
            } else {
                (Side { miss: head_miss, ..Side::default() }, Side { miss: tail_miss, ..Side::default() })
            };
            // The names by the word's own end bytes, taken together, are asked first: they
            // rule out a side only where the names sharing its key do.
            let word = WordShape::of(words[i].as_bytes());
            for (tail, miss, key) in [(false, head_miss, head), (true, tail_miss, tail)] {
                if !ends.side_names.pair_may_meet(tail, words[i].as_bytes(), &word) {
                    prop_assert_eq!(
                        ends.side(tail, miss, key, &word).miss, ends.all_keys,
                        "word {} ({}), tail {}", i, words[i], tail
                    );
                }
            }
            prop_assert_eq!(head_side.miss & head_miss, head_miss, "narrowing only misses more");
            prop_assert_eq!(tail_side.miss & tail_miss, tail_miss, "narrowing only misses more");
            prop_assert_eq!(misses[i], head_side.miss | tail_side.miss << 4, "word {}", i);
            let kept = open.iter().find(|w| w.at == i);
            prop_assert_eq!(kept.is_some(), head_side.miss & tail_side.miss != ends.all_keys);
            if let Some(kept) = kept {
                prop_assert_eq!(kept.head, head_side);
                prop_assert_eq!(kept.tail, tail_side);
                let raw = ends.side_lengths(false, head_miss, head);
                prop_assert_eq!(kept.head.lengths & raw, kept.head.lengths);
                let raw = ends.side_lengths(true, tail_miss, tail);
                prop_assert_eq!(kept.tail.lengths & raw, kept.tail.lengths);
            }
        }
        for i in 0..words.len() {
            for n in 1..=(words.len() - i).min(3) {
                let last = i + n - 1;
                let sides = |w: usize| open.iter().find(|o| o.at == w).copied();
                let sides = (
                    sides(i).map_or(0, |o| o.head.lengths),
                    sides(last).map_or(0, |o| o.tail.lengths),
                );
                let passes = !ends.rules_out(misses[i], misses[last])
                    && ends.may_match(text, &ranges, (i, last), sides);
                // The narrowed sides let through no window the keys alone do not, and every
                // window one edit from a name.
                prop_assert!(
                    !passes || plain_may_match(&ends, &names, &words, i, n),
                    "window {}..{}", i, i + n
                );
                prop_assert!(
                    passes || !one_edit_from_a_name(&spaced, &words, i, n),
                    "window {}..{} is one edit from a name", i, i + n
                );
            }
        }
    }
}

#[test]
fn a_short_words_head_reads_on_into_the_words_after_it() {
    // A name of two words: a window of several words may be near it ("St arlight").
    let ends = Ends::new([("starlight", "star light", 2)].into_iter());
    // "St" + "arlight": the head key "star", as the name's; a tail "thgi" read from "light".
    let (text, ranges) = text_of(&["a", "St", "arlight"]);
    let text = text.as_bytes();
    let star = pack(b"star".iter()).expect("ASCII");
    assert_eq!(head_key(text, &ranges, 1).first(4), Some(star));
    assert_eq!(head_key(text, &ranges, 0).first(4), pack(b"asta".iter()));
    let misses = ends.word_misses(text, &ranges, &mut Vec::new());
    assert_eq!(misses[1] & 0xf, 0);
    assert_eq!(misses[0] & 0xf, ends.all_keys);
    // One word gives all four bytes: no shift past the key's width.
    let (text, ranges) = text_of(&["Starlight"]);
    let text = text.as_bytes();
    assert_eq!(head_key(text, &ranges, 0).first(4), Some(star));
    assert_eq!(tail_key(text, &ranges, 0).first(4), pack(b"thgi".iter()));
}

#[test]
fn an_undecided_key_lets_through_every_length_of_the_names_even_past_63() {
    let ends = ends_of(&["starlight"]);
    assert_eq!(
        ends.any_length,
        length_bit(8) | length_bit(9) | length_bit(10)
    );
    let long = "x".repeat(70);
    let ends = ends_of(&[long.as_str()]);
    assert_eq!(ends.any_length, length_bit(70));
}

proptest! {
    /// A head's and a tail's first four bytes loaded with no bounds test are those read with
    /// them ([`head_four`], [`tail_four`]), for words of 1 to 20 bytes of any bytes, at the
    /// text's edges and inside it, whatever the next (previous) word's.
    #[test]
    fn ends_loaded_in_place_are_the_ends_read(
        text in prop::collection::vec(any::<u8>(), 1..48),
        at in any::<prop::sample::Index>(),
        len in 1usize..=20,
        on in any::<u32>(),
    ) {
        let start = at.index(text.len());
        let word = start..(start + len).min(text.len());
        if word.start + 4 <= text.len() {
            // SAFETY: just tested.
            let head = unsafe { inner_head_four(&text, &word, on) };
            prop_assert_eq!(head, head_four(&text, &word, on));
        }
        if word.end >= 4 {
            // SAFETY: just tested, and `word` lies in `text`.
            let tail = unsafe { inner_tail_four(&text, &word, on) };
            prop_assert_eq!(tail, tail_four(&text, &word, on));
        }
    }
}
