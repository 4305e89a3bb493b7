//! Text without its invisible characters, for the matchers that cannot look through them.

/// A text without its invisible characters ([`is_invisible`]), with the way back to the
/// original's offsets. Borrowed as it is when it has none, which is nearly always.
pub struct Visible<'t> {
    text: std::borrow::Cow<'t, str>,
    /// For each removed run: its offset in the stripped text, and the bytes removed up to and
    /// including it.
    removed: Vec<(usize, usize)>,
}

impl<'t> Visible<'t> {
    pub fn new(original: &'t str) -> Self {
        if !has_invisible(original) {
            return Visible {
                text: std::borrow::Cow::Borrowed(original),
                removed: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut removed = Vec::new();
        let mut total = 0;
        for c in original.chars() {
            if is_invisible(c) {
                total += c.len_utf8();
                match removed.last_mut() {
                    Some((at, sum)) if *at == text.len() => *sum = total,
                    _ => removed.push((text.len(), total)),
                }
            } else {
                text.push(c);
            }
        }
        Visible {
            text: std::borrow::Cow::Owned(text),
            removed,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original range of a stripped range: invisible characters inside it are included,
    /// those just before or after it are not.
    pub fn original(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let shift = |at: usize, inclusive: bool| {
            let n = self
                .removed
                .partition_point(|&(pos, _)| if inclusive { pos <= at } else { pos < at });
            at + n.checked_sub(1).map_or(0, |i| self.removed[i].1)
        };
        shift(range.start, true)..shift(range.end, false)
    }
}

/// Whether `text` holds an invisible character ([`is_invisible`]): a search for their UTF-8
/// lead bytes, as every document is asked.
fn has_invisible(text: &str) -> bool {
    let bytes = text.as_bytes();
    !text.is_ascii()
        && bytes.iter().enumerate().any(|(i, &b)| match b {
            // U+00AD
            0xC2 => bytes.get(i + 1) == Some(&0xAD),
            // U+200B..=U+200D, U+2060
            0xE2 => matches!(
                bytes.get(i + 1..i + 3),
                Some([0x80, 0x8B..=0x8D] | [0x81, 0xA0])
            ),
            // U+FEFF
            0xEF => bytes.get(i + 1..i + 3) == Some(&[0xBB, 0xBF]),
            _ => false,
        })
}

/// Characters a reader does not see — a soft hyphen, zero-width spaces and joiners, the word
/// joiner and a BOM inside the text — which would otherwise hide a word from the matchers
/// ("syn\u{ad}ergy" reads as "synergy"). Matching looks through them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_text_maps_back_to_the_original() {
        let original = "a\u{ad}bc \u{200b}\u{200d}de\u{ad}";
        let visible = Visible::new(original);
        assert_eq!(visible.text(), "abc de");
        // "abc": the soft hyphen inside is part of the match.
        assert_eq!(&original[visible.original(0..3)], "a\u{ad}bc");
        // "de": the zero-width characters before it and the soft hyphen after it are not.
        let de = visible.original(4..6);
        assert_eq!(&original[de], "de");
        let plain = Visible::new("no invisible characters");
        assert_eq!(plain.original(3..12), 3..12);
    }

    proptest::proptest! {
        #[test]
        fn invisible_characters_are_found_by_their_bytes(
            text in "[a-z \u{ad}\u{ac}\u{200a}-\u{200e}\u{205f}-\u{2061}\u{feff}\u{fefe}é日]{0,12}"
        ) {
            proptest::prop_assert_eq!(has_invisible(&text), text.chars().any(is_invisible));
        }
    }
}
