//! The words of a text, forward and backward: runs of word characters joined across an
//! apostrophe between two of them.

use super::identifiers;
use std::ops::Range;

/// Word ranges in `text`: runs of word characters, joined across an apostrophe between two word
/// characters ("don't" is one word).
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator [`words`] returns. It goes bytewise over ASCII (most text, and this runs over
/// every word of every document) and by character otherwise.
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl Words<'_> {
    /// The length of the word character at byte `i`, or 0.
    #[inline(always)]
    fn word_char(&self, i: usize) -> usize {
        match self.text.as_bytes().get(i) {
            Some(&b) if b < 0x80 => usize::from(b.is_ascii_alphanumeric() || b == b'_'),
            Some(_) => self.text[i..]
                .chars()
                .next()
                .filter(|&c| identifiers::is_word_char(c))
                .map_or(0, char::len_utf8),
            None => 0,
        }
    }
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i < bytes.len() && self.word_char(i) == 0 {
            i += if bytes[i] < 0x80 {
                1
            } else {
                self.text[i..].chars().next().map_or(1, char::len_utf8)
            };
        }
        if i >= bytes.len() {
            self.at = i;
            return None;
        }
        let start = i;
        loop {
            let len = self.word_char(i);
            if len == 0 {
                break;
            }
            i += len;
            // An apostrophe joins two word characters.
            let apostrophe = match bytes.get(i) {
                Some(b'\'') => 1,
                Some(0xE2) if self.text[i..].starts_with('’') => '’'.len_utf8(),
                _ => 0,
            };
            if apostrophe > 0 && self.word_char(i + apostrophe) > 0 {
                i += apostrophe;
            }
        }
        self.at = i;
        Some(start..i)
    }
}

/// The ranges of [`words`] in reverse order, last word first, read backwards from the end of
/// `text`: a caller that wants only the few words before a place reads no others. A word is a
/// run of word characters and of apostrophes with a word character on both sides, which reads
/// the same either way.
pub fn words_rev(text: &str) -> WordsRev<'_> {
    WordsRev {
        text,
        at: text.len(),
    }
}

/// The iterator [`words_rev`] returns: bytewise over ASCII, by character otherwise.
pub struct WordsRev<'a> {
    text: &'a str,
    at: usize,
}

impl WordsRev<'_> {
    /// The length of the word character that ends at byte `i`, or 0.
    #[inline(always)]
    fn word_char_before(&self, i: usize) -> usize {
        match i.checked_sub(1).map(|j| self.text.as_bytes()[j]) {
            Some(b) if b < 0x80 => usize::from(b.is_ascii_alphanumeric() || b == b'_'),
            Some(_) => self.text[..i]
                .chars()
                .next_back()
                .filter(|&c| identifiers::is_word_char(c))
                .map_or(0, char::len_utf8),
            None => 0,
        }
    }
}

impl Iterator for WordsRev<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i > 0 && self.word_char_before(i) == 0 {
            i -= if bytes[i - 1] < 0x80 {
                1
            } else {
                self.text[..i].chars().next_back().map_or(1, char::len_utf8)
            };
        }
        if i == 0 {
            self.at = 0;
            return None;
        }
        let end = i;
        loop {
            let len = self.word_char_before(i);
            if len == 0 {
                break;
            }
            i -= len;
            // An apostrophe joins two word characters.
            let apostrophe = match i.checked_sub(1).map(|j| bytes[j]) {
                Some(b'\'') => 1,
                Some(0x99) if self.text[..i].ends_with('’') => '’'.len_utf8(),
                _ => 0,
            };
            if apostrophe > 0 && self.word_char_before(i - apostrophe) > 0 {
                i -= apostrophe;
            }
        }
        self.at = i;
        Some(i..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_apostrophes_only_inside() {
        // A one-letter start joins too: "I'll" is one word, as "don't" is.
        let text = "Don't stop, 'quoted' client's café-bar; I'll call";
        let found: Vec<&str> = words(text).map(|r| &text[r]).collect();
        assert_eq!(
            found,
            ["Don't", "stop", "quoted", "client's", "café", "bar", "I'll", "call"]
        );
        let back: Vec<&str> = words_rev(text).map(|r| &text[r]).collect();
        assert_eq!(
            back,
            ["call", "I'll", "bar", "café", "client's", "quoted", "stop", "Don't"]
        );
        // An apostrophe at either end of the text joins nothing.
        let text = "'x’y' ’a'";
        let back: Vec<&str> = words_rev(text).map(|r| &text[r]).collect();
        assert_eq!(back, ["a", "x’y"]);
    }

    /// The plain character-by-character definition `words` must agree with.
    fn reference_words(text: &str) -> Vec<Range<usize>> {
        let mut chars = text.char_indices().peekable();
        let mut found = Vec::new();
        while let Some((start, first)) = chars.find(|&(_, c)| identifiers::is_word_char(c)) {
            let mut end = start + first.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                if identifiers::is_word_char(c) {
                    end = i + c.len_utf8();
                    chars.next();
                } else if (c == '\'' || c == '’') && end == i {
                    let after = text[i + c.len_utf8()..].chars().next();
                    if !after.is_some_and(identifiers::is_word_char) {
                        break;
                    }
                    chars.next();
                } else {
                    break;
                }
            }
            found.push(start..end);
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn words_agree_with_the_character_definition(
            text in "[a-zA-Z0-9_ '’.\\-é\u{301}ß日\n]{0,40}"
        ) {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), reference_words(&text));
        }

        #[test]
        fn words_rev_reads_the_words_last_first(
            text in "[a-zA-Z0-9_ '’.\\-é\u{301}ß日\n]{0,40}"
        ) {
            let mut forward = reference_words(&text);
            forward.reverse();
            proptest::prop_assert_eq!(words_rev(&text).collect::<Vec<_>>(), forward);
        }
    }
}
