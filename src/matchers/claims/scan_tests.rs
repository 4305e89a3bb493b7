//! The claim scan's tests: it finds what asking every byte, and an unanchored search of the
//! claim pattern, find.

use super::super::pattern::{claim_pattern, groups};
use super::*;
use proptest::prelude::*;
use std::ops::Range;

proptest! {
    /// Passing over runs of word bytes finds the starts that asking every byte finds.
    #[test]
    fn next_start_skips_only_what_cannot_start(
        pieces in prop::collection::vec(prop::sample::select(&[
            "a", "A", "about", "thirty", "one", "x", "_", "9", "12", "$", "#", "€", "£", "ſ",
            "é", "٣", " ", "\n", "-", ".", "a mil", "a bil", "seven", "twenty-one",
        ][..]), 0..24),
        from_piece in 0usize..24,
    ) {
        let text = pieces.concat();
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let from = bounds[from_piece.min(bounds.len() - 1)];
        let mut at = from;
        loop {
            let fast = next_start(&text, at);
            prop_assert_eq!(fast, next_start_plain(&text, at), "{:?} from {}", text, at);
            match fast {
                Some(start) => {
                    at = start + 1;
                    while !text.is_char_boundary(at) {
                        at += 1;
                    }
                }
                None => break,
            }
        }
    }
}

/// Every group of every match, as the scan finds them.
fn scanned(text: &str) -> Vec<Vec<Option<Range<usize>>>> {
    scanned_where(text, |_| true)
}

/// The same, for matches starting where `wanted` says.
fn scanned_where(text: &str, wanted: impl Fn(usize) -> bool) -> Vec<Vec<Option<Range<usize>>>> {
    let mut out = Vec::new();
    each_figure(text, wanted, |figure| out.push(groups(figure)));
    out
}

/// Every group of every match, as an unanchored search over the whole text finds them.
fn unanchored(text: &str) -> Vec<Vec<Option<Range<usize>>>> {
    let regex = regex::Regex::new(&claim_pattern()).expect("the claim pattern compiles");
    regex
        .captures_iter(text)
        .map(|caps| caps.iter().map(|g| g.map(|g| g.range())).collect())
        .collect()
}

#[test]
fn finds_what_an_unanchored_search_finds() {
    for text in [
        "Set up in 45 seconds, 2,000 laptops, 99.9% uptime, $500 off, #1 rated, 10x faster.",
        "a million users, A\u{0B}thousand teams, a\u{A0}billion rows, about a Million, a thouſand",
        "ſixty ſeconds, thouſand, Seventy-five, TWENTY days, twentyfive, x5 é5% ٣ days",
        "v12345 abc123 9:30 1-1 3–5 total interviews 24/7 support €12/mo £5 per seat",
        "10k/month 12.5M downloads $27m 4K 1920×1080 0x1F 1B+ updates 5 min read",
        "$12/month, $5 PER seat, $99 a year, $ 5/ wee\u{212A}, $5 /uſer, $5  /mo, $3/months",
        "1,0000 users, 1234,567 rows, 1,000,00 items, 12.5.3, 5 %, 5\u{A0}%, 1.5X, 10xyz",
        "seventeen sixteen fourteen thirteen fifteen twelve tens eleventh dozens hundreds",
        "#12a #1 #1234 ##5 a#3 2-3 12-345 1234-5 5-day 5 - day 5secs 5hrs 5h 5mins 5ms5",
        "٣٣ days ５ days 5² users ½ day Ⅻ days 5—days “5 days” 5 days… 5\u{2003}million",
        "twenty thirty forty fifty sixty seventy eighty ninety two three four five six seven",
        "Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen",
        "NINETEEN HUNDRED THOUSAND DOZEN a thousand A MILLION a billion a trillion",
    ] {
        assert_eq!(scanned(text), unanchored(text), "{text}");
    }
}

proptest! {
    #[test]
    fn finds_what_an_unanchored_search_finds_in_any_text(tokens in proptest::collection::vec(
        proptest::sample::select(vec![
            "0", "1", "12", "2,000", "3.5", "24/7", "$", "€", "£", "#", "%", "x", "X", "×", "+",
            "k", "K", "M", "m", "bn", "million", "billion", "thou", "a", "A", "a ", "ſ", "\u{212A}", "six", "ſix",
            "seventy", "twenty", "thousand", "dozen", "per", "per ", "/", "month", "mo", "days",
            "users", "ms", "hrs", "secs", "h", " ", " ", " ", "\t", "\n", "\u{A0}", "\u{0B}", "-", "–",
            ",", ".", "é", "٣", "５", "²", "½", "—", "“", "\u{2003}", "\u{85}", "_", "v", "the",
            "s", "e", "t", "wee", "uſer", "seventeen", "year",
        ]),
        0..40,
    )) {
        let text = tokens.concat();
        prop_assert_eq!(scanned(&text), unanchored(&text));
        // Matches skipped still end where they end: the others are the same.
        let odd = |start: usize| start % 2 == 1;
        let mut expected = unanchored(&text);
        expected.retain(|groups| groups[0].as_ref().is_some_and(|m| odd(m.start)));
        prop_assert_eq!(scanned_where(&text, odd), expected);
    }
}

/// [`next_start_before`] and the byte-class scan agree from every character boundary of `text`
/// with every `limit` up to past its end.
fn scans_agree(text: &str) -> Result<(), String> {
    for from in (0..=text.len() + 1).filter(|&i| i > text.len() || text.is_char_boundary(i)) {
        for limit in 0..=text.len() + 1 {
            let (new, old) = (
                next_start_before(text, from, limit),
                next_start_bytes(text, from, limit),
            );
            if new != old {
                return Err(format!(
                    "{text:?} from {from} limit {limit}: {new:?}, not {old:?}"
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn the_block_scan_reads_every_byte_as_the_classes_say() {
    // Every byte value (as a character where it is not ASCII) at the start, middle and end of
    // runs shorter than, as long as and longer than a block, after a word byte or a space.
    let odd = ["é", "€", "£", "ſ", "٣", "\u{A0}", "\u{212A}", "\u{2003}"];
    let ascii = (0..0x80u8).map(|b| char::from(b).to_string());
    for piece in ascii.chain(odd.iter().map(|s| s.to_string())) {
        for len in [1, 2, 3, 15, 16, 17, 31, 32, 33] {
            for filler in ["x", " ", "t"] {
                for at in [0, len / 2, len - 1] {
                    let mut text: Vec<String> = vec![filler.to_string(); len];
                    text[at] = piece.clone();
                    for next in ["", "wo", "en", "ho"] {
                        let text = text.concat() + next;
                        if let Err(why) = scans_agree(&text) {
                            panic!("{why}");
                        }
                    }
                }
            }
        }
    }
}

proptest! {
    /// The SSE2 scan and the byte-class scan agree on any text, from every place and with every
    /// limit.
    #[test]
    fn the_block_scan_agrees_on_any_text(text in any::<String>()) {
        prop_assert_eq!(scans_agree(&text), Ok(()));
    }

    /// ... and on text made of number words, signs, digits, separators and non-ASCII
    /// characters, in runs that cross the sixteen-byte blocks.
    #[test]
    fn the_block_scan_agrees_on_wordy_text(pieces in prop::collection::vec(prop::sample::select(&[
        "a", "A", "a ", "a\u{B}", "a\u{A0}", "about", "thirty", "Twelve", "two", "ten", "sixth",
        "the", "and", "dozen", "hundred", "x", "_", "9", "12", "$", "#", "€", "£", "ſ", "é", "٣",
        " ", "\n", "-", ".", "'", "a mil", "a bil", "seven", "twenty-one", "e", "n", "h", "d",
        "\u{80}", "\u{7FF}",
    ][..]), 0..30)) {
        prop_assert_eq!(scans_agree(&pieces.concat()), Ok(()));
    }
}

/// The number-word test after its first lines, as it read before the `u32` reading: three
/// letters, then four, folded a byte at a time.
fn number_word_may_start_bytes(rest: &[u8]) -> bool {
    if head_may_be(rest, |head| matches!(head, b"two" | b"six" | b"ten")) {
        return true;
    }
    let fourth = match rest.get(3) {
        Some(&b) if b >= 0x80 => return true,
        Some(&b) => b.to_ascii_lowercase(),
        None => return false,
    };
    head_may_be(rest, |head| {
        let mut four = [0; 4];
        four[..3].copy_from_slice(head);
        four[3] = fourth;
        matches!(
            &four,
            b"twen"
                | b"twel"
                | b"thir"
                | b"fort"
                | b"fift"
                | b"seve"
                | b"eigh"
                | b"nine"
                | b"thre"
                | b"four"
                | b"five"
                | b"elev"
                | b"hund"
                | b"thou"
                | b"doze"
        )
    })
}

#[test]
fn words_starting_the_tha_or_thi_but_thir_start_no_number_word() {
    for word in [
        "the", "The", "THE", "these", "that", "That", "than", "thaw", "Thatch", "this", "This",
        "THIS", "thin", "think", "Things",
    ] {
        assert!(!word_may_start(word.as_bytes()), "{word}");
        assert!(!number_word_may_start_bytes(word.as_bytes()), "{word}");
    }
    for word in [
        "three",
        "Thirty",
        "THOUSAND",
        "thir",
        "th\u{C5}e",
        "third",
        "THIRTEEN",
        "thIrd",
        "thi\u{C5}",
    ] {
        assert!(word_may_start(word.as_bytes()), "{word}");
    }
}

proptest! {
    /// The `u32` reading of a word's first four letters agrees with the byte reading, in either
    /// case, with non-ASCII bytes and at the end of the text.
    #[test]
    fn number_words_read_as_one_u32_as_byte_by_byte(
        pair in prop::sample::select(&[
            "tw", "th", "Th", "TH", "fo", "fi", "si", "Se", "ei", "ni", "te", "el", "hu", "do",
            "t\u{C5}", "E\u{80}",
        ][..]),
        tail in prop::collection::vec(
            prop::sample::select(&b"twoWsixSXtenEfrhuvlgdzTHIRaA\x80\xc5 "[..]), 0..4),
    ) {
        // Past the pair test, as the scan asks it.
        let rest = [pair.as_bytes(), &tail].concat();
        prop_assert!(pair_may_start(rest[0], rest[1]));
        prop_assert_eq!(word_may_start(&rest), number_word_may_start_bytes(&rest));
    }
}

proptest! {
    /// The number words' `match` reads as a walk of their lists, on any four bytes and on each
    /// listed word with a byte changed.
    #[test]
    fn number_word_matches_read_as_the_lists(four in any::<u32>(), lane in 0u32..4, byte in any::<u8>()) {
        let three = four & 0x00FF_FFFF;
        prop_assert_eq!(is_number_three(three), NUMBER_THREES.contains(&three));
        prop_assert_eq!(is_number_four(four), NUMBER_FOURS.contains(&four));
        let shift = 8 * lane;
        for &listed in NUMBER_FOURS.iter().chain(&NUMBER_THREES) {
            let changed = listed & !(0xFF << shift) | u32::from(byte) << shift;
            prop_assert_eq!(is_number_four(changed), NUMBER_FOURS.contains(&changed));
            let three = changed & 0x00FF_FFFF;
            prop_assert_eq!(is_number_three(three), NUMBER_THREES.contains(&three));
        }
    }
}

#[test]
fn every_listed_number_word_matches() {
    for &four in &NUMBER_FOURS {
        assert!(is_number_four(four));
        assert!(
            !is_number_three(four & 0x00FF_FFFF) || NUMBER_THREES.contains(&(four & 0x00FF_FFFF))
        );
    }
    for &three in &NUMBER_THREES {
        assert!(is_number_three(three));
    }
}
