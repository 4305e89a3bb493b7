//! The anchor scanner's packed readings held to plain ones.

use super::{pack, pack_lowercase_at, AnchorScanner, PACKED};
use proptest::prelude::*;
use rustc_hash::FxHashMap;

#[test]
fn packed_forms_are_equal_only_for_equal_words() {
    let lower =
        |text: &str, range: std::ops::Range<usize>| pack_lowercase_at(text.as_bytes(), range);
    assert_eq!(pack(b"laptops"), lower("LapTops", 0..7));
    assert_eq!(
        pack(b"laptops"),
        lower("my LapTops are here, at last", 3..10)
    );
    assert_ne!(pack(b"a"), pack(b"a\0"));
    assert_ne!(pack(b""), pack(b"\0"));
    assert_ne!(pack(b"caf\xc3\xa9"), pack(b"cafe"));
    let longest = "x".repeat(PACKED);
    assert!(pack(longest.as_bytes()).is_some());
    assert_eq!(pack(format!("{longest}x").as_bytes()), None);
    assert_eq!(lower(&format!("{longest}X"), 0..PACKED + 1), None);
}

#[test]
fn ascii_lowercase_changes_only_capital_letters() {
    let all: Vec<u8> = (0u8..0x80).collect();
    for chunk in all.chunks(15) {
        let text = format!("{}tail of sixteen bytes", String::from_utf8_lossy(chunk));
        let expected = pack(&chunk.to_ascii_lowercase());
        assert_eq!(pack_lowercase_at(text.as_bytes(), 0..chunk.len()), expected);
        let at_end = String::from_utf8_lossy(chunk).to_string();
        assert_eq!(
            pack_lowercase_at(at_end.as_bytes(), 0..chunk.len()),
            expected
        );
    }
}

proptest! {
    /// Telling a word ASCII from its packed load gives the key that asking first gives.
    #[test]
    fn a_words_key_is_the_same_however_its_script_is_told(
        words in prop::collection::vec(prop::sample::select(&[
            "a", "to", "Cloud", "clouds", "CLOUD’s", "cloud's", "deploy", "Deploying",
            "redeploy", "sixty", "60", "caf\u{e9}", "\u{c9}t\u{e9}", "deploymentsandmore",
            "DEPLOYMENTSANDMORE", "ẞig", "straße", "x",
        ][..]), 1..6),
        tail in 0usize..20,
    ) {
        let index: rustc_hash::FxHashMap<String, Vec<(usize, usize)>> = [
            ("cloud", 0), ("deploy", 1), ("60", 2), ("deploymentsandmor", 3), ("straß", 4),
        ]
        .into_iter()
        .map(|(key, phrase)| (key.to_string(), vec![(phrase, 0)]))
        .collect();
        let scanner = AnchorScanner::new(&index, |_, _| 1);
        // Words near the end of the text too, where no sixteen bytes can be loaded.
        let text = format!("{}{}", words.join(" "), " ".repeat(tail));
        let mut at = 0;
        for word in &words {
            let range = at..at + word.len();
            let ascii = word.is_ascii();
            prop_assert_eq!(
                scanner.key_of(&text, range.clone()),
                scanner.key(&text, range, ascii),
                "{}", word
            );
            at += word.len() + 1;
        }
    }
}

/// A scanner of a few anchors, short and long, one of them with a non-ASCII form.
fn scanner() -> AnchorScanner {
    let index: FxHashMap<String, Vec<(usize, usize)>> = [
        ("cloud", 0),
        ("ai", 1),
        ("deploy", 2),
        ("60", 3),
        ("deploymentsandmor", 4),
        ("straß", 5),
    ]
    .into_iter()
    .map(|(key, phrase)| (key.to_string(), vec![(phrase, 0)]))
    .collect();
    AnchorScanner::new(&index, |_, _| 1)
}

proptest! {
    /// The anchor look-up with no bounds test reads every word whose eight bytes from its
    /// start lie in the text as the checked look-up does: words of any bytes, at the text's
    /// start, inside it and up to eight bytes before its end.
    #[test]
    fn the_unchecked_look_up_reads_as_the_checked_one(
        text in "([a-zA-Z0-9' \\n.,’ẞßé\u{80}-\u{10ffff}]|cloud|CLOUDS|AI|deploy|sixty|60|straße){0,40}",
        cuts in prop::collection::vec((any::<prop::sample::Index>(), 1usize..20), 1..12),
    ) {
        let scanner = scanner();
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (at, len) in cuts {
            let start = bounds[at.index(bounds.len())];
            let Some(&end) = bounds.iter().find(|&&b| b >= start + len).or(bounds.last()) else {
                continue;
            };
            if end <= start || start + 8 > text.len() {
                continue;
            }
            let range = start..end;
            // SAFETY: `start + 8 <= text.len()`, tested above.
            let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
            prop_assert_eq!(unchecked, scanner.key_of(&text, range.clone()), "{:?}", &text[range]);
        }
    }

    /// Every word of a text, read by whichever look-up the pass over prose words gives it.
    #[test]
    fn every_word_reads_alike_at_the_edges_and_inside(
        words in prop::collection::vec(prop::sample::select(&[
            "a", "AI", "ai's", "Cloud", "clouds", "CLOUD’s", "deploy", "Deploying", "sixty", "60",
            "caf\u{e9}", "ẞig", "straße", "x", "deploymentsandmore", "clo\u{80}ud",
        ][..]), 1..12),
        tail in 0usize..10,
    ) {
        let scanner = scanner();
        let text = format!("{}{}", words.join(" "), " ".repeat(tail));
        let mut at = 0;
        for word in &words {
            let range = at..at + word.len();
            if range.start + 8 <= text.len() {
                // SAFETY: `range.start + 8 <= text.len()`, tested above.
                let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
                prop_assert_eq!(unchecked, scanner.key(&text, range.clone(), word.is_ascii()));
            }
            at += word.len() + 1;
        }
    }
}

/// The short forms' length bits are exactly the lengths of the forms in the `u64` table, and a
/// word of a length with none ("a", "x": no form of one byte) is no anchor.
#[test]
fn the_length_bits_are_the_short_forms_lengths() {
    let scanner = scanner();
    let lengths = scanner
        .small
        .keys()
        .fold(0u32, |bits, &packed| bits | 1 << (packed >> 56));
    assert_eq!(scanner.small_lengths, lengths);
    assert_eq!(scanner.small_lengths & 1 << 1, 0);
    for word in ["a", "x", "I"] {
        let text = format!("{word}         ");
        let range = 0..word.len();
        // SAFETY: the text has eight bytes after the word's start.
        let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
        assert_eq!(unchecked, None, "{word}");
        assert_eq!(scanner.key(&text, range, true), None, "{word}");
    }
}

proptest! {
    /// The short words' length test (one bit a length) reads every ASCII word of up to seven
    /// bytes as the length window of the general look-up does.
    #[test]
    fn the_length_bits_read_as_the_length_window(
        word in "[a-zA-Z'0-9]{1,7}|ai|AI's|cloud|Clouds|deploy|sixty|60",
        tail in 0usize..10,
    ) {
        let scanner = scanner();
        let text = format!("{word}{}", " ".repeat(8 + tail));
        let range = 0..word.len();
        // SAFETY: the text has at least eight bytes after the word's start.
        let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
        prop_assert_eq!(unchecked, scanner.key(&text, range, true));
    }
}

proptest! {
    /// Words of eight to fifteen bytes, read from their first and last eight bytes in place
    /// (`AnchorScanner::medium_key`), and the words just around those lengths read as the
    /// checked look-ups do: ASCII or not, anchors' forms or not, however much text follows.
    #[test]
    fn the_two_load_look_up_reads_as_the_checked_one(
        word in "[a-zA-Z'0-9]{7,17}|deploying|Deploying|DEPLOYED|deploying's|deployings|Clouds'|[a-z]{5}é[a-z]{2,6}|ßtraße[a-z]{2}",
        before in "[a-z ]{0,9}",
        tail in 0usize..10,
    ) {
        let scanner = scanner();
        let text = format!("{before}{word}{}", " ".repeat(8 + tail));
        let range = before.len()..before.len() + word.len();
        // SAFETY: the text has at least eight bytes after the word's start.
        let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
        prop_assert_eq!(unchecked, scanner.key(&text, range.clone(), word.is_ascii()), "{}", word);
        prop_assert_eq!(unchecked, scanner.key_of(&text, range), "{}", word);
    }
}

#[test]
fn a_medium_form_is_found_by_its_two_loads() {
    let scanner = scanner();
    for word in [
        "deploying",
        "Deploying",
        "DEPLOYING",
        "deployed",
        "deployings",
    ] {
        let text = format!("{word}        ");
        let range = 0..word.len();
        // SAFETY: eight spaces follow the word.
        let unchecked = unsafe { scanner.inner_key_of(&text, &range) };
        assert_eq!(unchecked, scanner.key(&text, range, true), "{word}");
    }
    let text = "deploying        ";
    // SAFETY: eight spaces follow the word.
    assert!(unsafe { scanner.inner_key_of(text, &(0..9)) }.is_some());
}
