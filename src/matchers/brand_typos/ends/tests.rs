//! The one-pass keys against their plain definition: each window's head and tail read through
//! the window's own words, one word at a time.

use super::*;
use proptest::prelude::*;

/// A word's leading (trailing) run as a window reads it: packed bytes, their count, and
/// whether the run is the whole word (the key may then go on into the next word).
fn parts(word: &[u8]) -> ((u32, usize, bool), (u32, usize, bool)) {
    let shape = WordShape::of(word);
    let whole = usize::from(shape.head_len) == word.len();
    (
        (shape.head, usize::from(shape.head_len), whole),
        (shape.tail, usize::from(shape.tail_len), whole),
    )
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
        key = key.then(run, len);
        if usize::from(key.got) == MAX_KEY || !whole {
            break;
        }
    }
    key
}

/// Whether the window `words[i..i + n]` may be one edit from a name, by the plain reading: its
/// first and last words' misses as read on past the window, then its own keys read through
/// its own words.
fn plain_may_match(ends: &Ends, words: &[&str], i: usize, n: usize) -> bool {
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
    if len + 1 < ends.shortest || len > ends.longest + 1 {
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
            key.map(|key| ends.at_length.may_hold(tail, k, key, len))
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

fn ends_of(names: &[&str]) -> Ends {
    Ends::new(names.iter().copied())
}

/// The keys of `words` laid out one space apart.
fn keys_of(ends: &Ends, words: &[&str]) -> (Vec<Range<usize>>, Vec<WordKeys>, Vec<usize>) {
    let mut ranges = Vec::new();
    let mut at = 0;
    for w in words {
        ranges.push(at..at + w.len());
        at += w.len() + 1;
    }
    let shapes = words.iter().map(|w| WordShape::of(w.as_bytes()));
    let mut tail_open = Vec::new();
    let keys = ends.word_keys(&ranges, shapes, &mut tail_open);
    (ranges, keys, tail_open)
}

proptest! {
    /// The one pass gives each word the keys and misses read on through the words around it,
    /// and every window the decision of its own words' keys.
    #[test]
    fn one_pass_keys_decide_as_the_windows_own_words(
        words in prop::collection::vec(prop::sample::select(&[
            "a", "i", "st", "ar", "Git", "hub", "Pester", "pestre", "the", "of", "Star", "light",
            "starlite", "astro", "db", "Typescript", "typ", "escript", "net", "lify", "don't",
            "x_y", "caf\u{e9}", "42", "user", "order", "ni", "mbus", "gi", "thub", "_", "'s",
        ][..]), 1..9),
        non_ascii_name in any::<bool>(),
    ) {
        let mut names = vec!["pester", "github", "astrodb", "starlight", "typescript", "netlify"];
        if non_ascii_name {
            names.push("caf\u{e9}bar");
        }
        let ends = ends_of(&names);
        let (ranges, keys, tail_open) = keys_of(&ends, &words);
        let all: Vec<_> = words.iter().map(|w| parts(w.as_bytes())).collect();
        for (i, word) in keys.iter().enumerate() {
            let head = read_on(all[i..].iter().map(|p| p.0));
            let tail = read_on(all[..=i].iter().rev().map(|p| p.1));
            prop_assert_eq!((word.head, word.tail), (head, tail), "word {}", i);
            prop_assert_eq!(word.head_miss, ends.misses(false, head));
            prop_assert_eq!(word.tail_miss, ends.misses(true, tail));
            prop_assert_eq!(tail_open.contains(&i), word.tail_miss != ends.all_keys);
        }
        for i in 0..words.len() {
            for n in 1..=(words.len() - i).min(3) {
                prop_assert_eq!(
                    ends.may_match(&keys[i..i + n], &ranges[i..i + n]),
                    plain_may_match(&ends, &words, i, n),
                    "window {}..{}", i, i + n
                );
            }
        }
    }
}

#[test]
fn a_short_words_head_reads_on_into_the_words_after_it() {
    let ends = ends_of(&["starlight"]);
    // "St" + "arlight": the head key "star", as the name's; a tail "thgi" read from "light".
    let (_, keys, _) = keys_of(&ends, &["a", "St", "arlight"]);
    let star = pack(b"star".iter()).expect("ASCII");
    assert_eq!(keys[1].head.first(4), Some(star));
    assert_eq!(keys[0].head.first(4), pack(b"asta".iter()));
    assert_eq!(keys[1].head_miss, 0);
    assert_eq!(keys[0].head_miss, ends.all_keys);
    // One word gives all four bytes: no shift past the key's width.
    let (_, keys, _) = keys_of(&ends, &["Starlight"]);
    assert_eq!(keys[0].head.first(4), Some(star));
    assert_eq!(keys[0].tail.first(4), pack(b"thgi".iter()));
}
