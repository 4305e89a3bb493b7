//! The character tests of the claim grammar, with the meanings the `regex` crate gives them
//! with Unicode on and case folding on (the grammar was a regex; `pattern.rs` keeps it as the
//! reference): `\d` any decimal digit, `\s` any White_Space character, `\b` a Unicode word
//! boundary, and a letter its case forms ("ſ" is an s, the Kelvin sign a k). ASCII is answered
//! from the byte, the rest decoded. Each test takes a byte offset on a character boundary and
//! gives the end of what it read.

use regex_automata::meta::Regex;
use regex_automata::util::look::LookMatcher;
use std::sync::OnceLock;

/// "ſ": the long s, a case form of `s`.
const LONG_S: &str = "\u{17F}";
/// "K": the Kelvin sign, a case form of `k`.
const KELVIN: &str = "\u{212A}";

fn byte(text: &str, i: usize) -> Option<u8> {
    text.as_bytes().get(i).copied()
}

/// The (non-ASCII) character at `i`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// `\d`: one decimal digit.
pub(super) fn digit(text: &str, i: usize) -> Option<usize> {
    match byte(text, i)? {
        b'0'..=b'9' => Some(i + 1),
        b if b.is_ascii() => None,
        _ => {
            let c = char_at(text, i)?;
            is_decimal_digit(c).then(|| i + c.len_utf8())
        }
    }
}

/// `\d+`: a run of digits, as long as it goes.
pub(super) fn digits(text: &str, i: usize) -> Option<usize> {
    let mut end = digit(text, i)?;
    while let Some(next) = digit(text, end) {
        end = next;
    }
    Some(end)
}

/// `\d{1,3}`, as many as there are up to three.
pub(super) fn up_to_three_digits(text: &str, i: usize) -> Option<usize> {
    let mut end = digit(text, i)?;
    for _ in 0..2 {
        match digit(text, end) {
            Some(next) => end = next,
            None => break,
        }
    }
    Some(end)
}

/// A decimal digit of another script ("٣", "５"): general category Nd, as `\d` reads it, which
/// other numeric characters ("²", "½", "Ⅻ") are not. Asked of non-ASCII numerals only, so the
/// small pattern that knows the category is built only for a text that has one.
fn is_decimal_digit(c: char) -> bool {
    static DIGIT: OnceLock<Option<Regex>> = OnceLock::new();
    c.is_numeric()
        && DIGIT
            .get_or_init(|| Regex::new(r"\A\d\z").ok())
            .as_ref()
            .is_some_and(|digit| digit.is_match(c.encode_utf8(&mut [0; 4]) as &str))
}

/// `\s`: one whitespace character ("\t" to "\r", space, no-break space, …).
pub(super) fn space(text: &str, i: usize) -> Option<usize> {
    match byte(text, i)? {
        b'\t'..=b'\r' | b' ' => Some(i + 1),
        b if b.is_ascii() => None,
        _ => {
            let c = char_at(text, i)?;
            // `char::is_whitespace` is the White_Space property, which `\s` is.
            c.is_whitespace().then(|| i + c.len_utf8())
        }
    }
}

/// `lower` (an ASCII lowercase letter) in either case, or its other case form.
pub(super) fn letter(text: &str, i: usize, lower: u8) -> Option<usize> {
    let b = byte(text, i)?;
    if b.to_ascii_lowercase() == lower {
        return Some(i + 1);
    }
    let rest = &text.as_bytes()[i..];
    match lower {
        b's' if rest.starts_with(LONG_S.as_bytes()) => Some(i + LONG_S.len()),
        b'k' if rest.starts_with(KELVIN.as_bytes()) => Some(i + KELVIN.len()),
        _ => None,
    }
}

/// A word of the grammar (ASCII lowercase), case-insensitive.
pub(super) fn word(text: &str, i: usize, word: &str) -> Option<usize> {
    word.bytes()
        .try_fold(i, |at, lower| letter(text, at, lower))
}

/// `[a-z]` case-insensitive: an ASCII letter, "ſ" or "K".
pub(super) fn any_letter(text: &str, i: usize) -> Option<usize> {
    let b = byte(text, i)?;
    if b.is_ascii_alphabetic() {
        return Some(i + 1);
    }
    let rest = &text.as_bytes()[i..];
    [LONG_S, KELVIN]
        .into_iter()
        .find(|form| rest.starts_with(form.as_bytes()))
        .map(|form| i + form.len())
}

/// `[a-z]+` case-insensitive, as long as it goes.
pub(super) fn letters(text: &str, i: usize) -> Option<usize> {
    let mut end = any_letter(text, i)?;
    while let Some(next) = any_letter(text, end) {
        end = next;
    }
    Some(end)
}

/// `\b`: a word character on one side of `i` only.
pub(super) fn boundary(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let before = i.checked_sub(1).and_then(|j| bytes.get(j)).copied();
    let after = bytes.get(i).copied();
    if before.is_none_or(|b| b.is_ascii()) && after.is_none_or(|b| b.is_ascii()) {
        return is_ascii_word(before) != is_ascii_word(after);
    }
    // Unicode `\w` for the non-ASCII side; its tables are in the build, since `regex` (a
    // dependency) asks for them.
    LookMatcher::new()
        .is_word_unicode(bytes, i)
        .unwrap_or_else(|_| is_ascii_word(before) != is_ascii_word(after))
}

fn is_ascii_word(b: Option<u8>) -> bool {
    b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_any_script_but_not_other_numerals() {
        assert_eq!(digits("٣٣ days", 0), Some(4));
        assert_eq!(digits("12٣", 0), Some(4));
        assert_eq!(digits("5²", 0), Some(1));
        assert_eq!(digit("½", 0), None);
        assert_eq!(up_to_three_digits("12345", 0), Some(3));
        assert_eq!(up_to_three_digits("x", 0), None);
    }

    #[test]
    fn whitespace_of_any_kind() {
        assert_eq!(space("\u{A0}%", 0), Some(2));
        assert_eq!(space("\u{0B}", 0), Some(1));
        assert_eq!(space("\u{2003}", 0), Some(3));
        assert_eq!(space("_", 0), None);
        assert_eq!(space("é", 0), None);
    }

    #[test]
    fn letters_with_their_case_forms() {
        assert_eq!(word("THOUſAND", 0, "thousand"), Some(9));
        assert_eq!(word("wee\u{212A}", 0, "week"), Some(6));
        assert_eq!(word("thous", 0, "thousand"), None);
        assert_eq!(letters("daysé", 0), Some(4));
        assert_eq!(letters("ſ\u{212A}x", 0), Some(6));
    }

    #[test]
    fn word_boundaries_know_other_scripts() {
        assert!(boundary("5 days", 1));
        assert!(!boundary("ab", 1));
        assert!(boundary("—5", "—".len()));
        assert!(!boundary("é5", "é".len()));
        assert!(boundary("5", 0) && boundary("5", 1));
        assert!(!boundary("", 0));
    }
}
