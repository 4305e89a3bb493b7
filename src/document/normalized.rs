//! The matching view of a text: lowercased, with every separator that may sit between the words
//! of a multi-word term collapsed to one space, and a map back to the original bytes. Terms are
//! normalised the same way, so one automaton pass finds "best in class", "Best-in-class" and
//! "best in\nclass" alike.

use super::identifiers::is_word_char;

pub struct Normalized {
    pub text: String,
    /// For every byte of `text`, the offset of the original character it came from.
    map: Vec<u32>,
}

impl Normalized {
    /// Normalise `source`. A run of whitespace with at most one line break (plus the `>` quote
    /// markers that continue a paragraph after it) becomes one space; a run with a blank line
    /// becomes `\n`, which no term contains. A single hyphen between two word characters becomes
    /// a space. Everything else is lowercased.
    pub fn new(source: &str) -> Self {
        let mut text = String::with_capacity(source.len());
        let mut map = Vec::with_capacity(source.len());
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                let (end, newlines) = whitespace_run(bytes, i);
                text.push(if newlines > 1 { '\n' } else { ' ' });
                map.push(i as u32);
                i = end;
            } else if b == b'-' && hyphen_joins_words(source, i) {
                text.push(' ');
                map.push(i as u32);
                i += 1;
            } else if b.is_ascii() {
                text.push(b.to_ascii_lowercase() as char);
                map.push(i as u32);
                i += 1;
            } else {
                let c = source[i..].chars().next().unwrap_or(' ');
                let before = text.len();
                if c.is_whitespace() {
                    text.push(' ');
                } else {
                    text.extend(c.to_lowercase());
                }
                map.extend(std::iter::repeat_n(i as u32, text.len() - before));
                i += c.len_utf8();
            }
        }
        Normalized { text, map }
    }

    /// The original byte range of the normalised range `start..end` (`end > start`).
    pub fn original(&self, source: &str, start: usize, end: usize) -> (usize, usize) {
        let from = self.map[start] as usize;
        let last = self.map[end - 1] as usize;
        let last_len = source[last..].chars().next().map_or(0, char::len_utf8);
        (from, last + last_len)
    }
}

/// The end of the whitespace run at `i` and how many line breaks it holds. Quote markers right
/// after a line break belong to the run.
fn whitespace_run(bytes: &[u8], mut i: usize) -> (usize, usize) {
    let mut newlines = 0;
    let mut after_newline = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                newlines += 1;
                after_newline = true;
            }
            b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => {}
            b'>' if after_newline => {}
            _ => break,
        }
        i += 1;
    }
    (i, newlines)
}

fn hyphen_joins_words(source: &str, i: usize) -> bool {
    let before = source[..i].chars().next_back().is_some_and(is_word_char);
    let after = source[i + 1..].chars().next().is_some_and(is_word_char);
    before && after
}

/// Normalise a term the way [`Normalized::new`] normalises text.
pub fn normalize_term(term: &str) -> String {
    Normalized::new(term.trim()).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_separators_and_folds_case() {
        let n = Normalized::new("Best-in-Class\n> PRODUCTS\n\nnext - x");
        assert_eq!(n.text, "best in class products\nnext - x");
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let source = "Ünïcode  Wörds-here";
        let n = Normalized::new(source);
        let start = n.text.find("wörds").expect("found");
        let (from, to) = n.original(source, start, start + "wörds here".len());
        assert_eq!(&source[from..to], "Wörds-here");
    }

    #[test]
    fn expanding_lowercase_maps_to_one_character() {
        let source = "İstanbul office";
        let n = Normalized::new(source);
        let start = n.text.find("office").expect("found");
        let (from, to) = n.original(source, start, start + 6);
        assert_eq!(&source[from..to], "office");
    }

    #[test]
    fn terms_normalise_like_text() {
        assert_eq!(normalize_term(" Circle  Back "), "circle back");
        assert_eq!(normalize_term("best-in-class"), "best in class");
    }
}
