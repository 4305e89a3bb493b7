//! Words closed by their length before the look-up of their sides ([`Ends::closed_by_length`])
//! against the narrowing of those sides.

use super::tests::text_of;
use super::*;
use crate::matchers::brand_typos::word_ends::{head_key, tail_key};
use proptest::prelude::*;

/// The misses a word's keys alone give it, read from the text as the one pass reads them.
fn keys_misses(ends: &Ends, text: &[u8], ranges: &[Range<usize>], i: usize) -> (u8, u8) {
    (
        ends.misses(false, head_key(text, ranges, i)),
        ends.misses(true, tail_key(text, ranges, i)),
    )
}

#[test]
fn a_word_too_long_or_short_for_the_one_word_names_by_its_ends_is_closed_by_its_length() {
    // Pester's tail "er" opens most agent nouns; Node.js (two words) lets any length through.
    let ends = Ends::new([("pester", "pester", 1), ("nodejs", "node js", 2)].into_iter());
    let (text, ranges) = text_of(&[
        "parameter",
        "user",
        "server",
        "Pestr",
        "don't",
        "notebook",
        "x_er",
        "nodes",
        "computer",
    ]);
    let text = text.as_bytes();
    let closed: Vec<bool> = (0..ranges.len())
        .map(|i| {
            let (head, tail) = keys_misses(&ends, text, &ranges, i);
            head & tail != ends.all_keys && ends.closed_by_length(text, &ranges[i], head, tail)
        })
        .collect();
    assert_eq!(
        closed,
        [true, true, false, false, false, false, false, false, true]
    );
}

proptest! {
    /// A word closed by its length is one whose sides the names left by its letters narrow to
    /// miss every key length, as [`Ends::open_word`] narrows them.
    #[test]
    fn a_word_closed_by_its_length_has_no_name_left_on_either_side(
        words in prop::collection::vec(
            "[a-zA-Z0-9]{1,14}(er|el|ub|js|ify|doc|ight|ript)|(pe|ve|gi|no|net|ope|star|type)[a-z0-9'_]{1,14}|[a-z'_\u{e9}]{2,17}",
            1..6,
        ),
    ) {
        let ends = Ends::new(
            [
                ("pester", "pester", 1),
                ("vercel", "vercel", 1),
                ("github", "github", 1),
                ("nodejs", "node js", 2),
                ("netlify", "netlify", 1),
                ("markdoc", "markdoc", 1),
                ("starlight", "starlight", 1),
                ("typescript", "typescript", 1),
                ("openssh", "openssh", 1),
            ]
            .into_iter(),
        );
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let (text, ranges) = text_of(&words);
        let text = text.as_bytes();
        for i in 0..ranges.len() {
            let (head, tail) = keys_misses(&ends, text, &ranges, i);
            if head & tail == ends.all_keys || !ends.closed_by_length(text, &ranges[i], head, tail) {
                continue;
            }
            let word = WordShape::of(words[i].as_bytes());
            let (head_key, tail_key) = (head_key(text, &ranges, i), tail_key(text, &ranges, i));
            let narrowed = |tail: bool, miss: u8, key: Key| {
                if miss == ends.all_keys
                    || !ends.side_names.pair_may_meet(tail, words[i].as_bytes(), &word)
                {
                    ends.all_keys
                } else {
                    ends.side(tail, miss, key, &word).miss
                }
            };
            prop_assert_eq!(narrowed(false, head, head_key), ends.all_keys, "{}", words[i]);
            prop_assert_eq!(narrowed(true, tail, tail_key), ends.all_keys, "{}", words[i]);
        }
    }
}
