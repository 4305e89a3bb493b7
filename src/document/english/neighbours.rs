//! The words around a match in its sentence, for the cues that tell a word's senses apart from
//! its grammar ("we allow …", "are only allowed", "failed to breakthrough").

use crate::document::{words, words_rev};

/// How far the words around a match are read, and what ends the reading besides a sentence end.
#[derive(Debug, Clone, Copy)]
pub struct Reach {
    /// Bytes on each side: enough for a few long words and markup.
    pub bytes: usize,
    /// A colon ends the reading too ("Note: …" starts a new thought for a word-sense cue).
    pub colon_ends: bool,
}

/// The reach of the word-sense cues.
pub const CUES: Reach = Reach {
    bytes: 300,
    colon_ends: true,
};

/// A word next to a match. `tight`: nothing but spaces and emphasis markup separates it from
/// the word before it on the way out from the match (or from the match itself), so a comma or a
/// quotation mark between them breaks the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbour<'a> {
    pub word: &'a str,
    pub tight: bool,
}

impl Neighbour<'_> {
    /// The word in lowercase, with a curly apostrophe read as a straight one.
    pub fn lower(&self) -> String {
        self.word.to_lowercase().replace('’', "'")
    }

    /// Whether the word is one of `list` (lowercase).
    pub fn is_one_of(&self, list: &[&str]) -> bool {
        // An ASCII word's lowercase form is its ASCII lowercase (and holds no curly
        // apostrophe): compared byte by byte in place, with no `String` made.
        if self.word.is_ascii() {
            let word = self.word.as_bytes();
            return list.iter().any(|w| {
                w.len() == word.len()
                    && w.bytes()
                        .zip(word)
                        .all(|(a, b)| a == b.to_ascii_lowercase())
            });
        }
        list.contains(&self.lower().as_str())
    }
}

/// The words of the match's sentence: up to `n` before it (nearest first) and up to `n` after
/// it, stopping at a sentence end, a paragraph break or a new list item or heading.
pub fn around(
    text: &str,
    start: usize,
    end: usize,
    n: usize,
) -> (Vec<Neighbour<'_>>, Vec<Neighbour<'_>>) {
    around_within(text, start, end, n, CUES)
}

/// [`around`] with another [`Reach`].
pub fn around_within(
    text: &str,
    start: usize,
    end: usize,
    n: usize,
    reach: Reach,
) -> (Vec<Neighbour<'_>>, Vec<Neighbour<'_>>) {
    let lo = floor(text, start.saturating_sub(reach.bytes));
    let hi = floor(text, (end + reach.bytes).min(text.len()));
    let ends_sentence = |gap: &str| ends_sentence(gap, reach.colon_ends);
    let mut before = Vec::new();
    let mut boundary = start;
    // Read backwards from the match: only the words kept (and the one after them) are read,
    // not every word of the reach.
    for range in words_rev(&text[lo..start]) {
        let (s, e) = (lo + range.start, lo + range.end);
        let gap = &text[e..boundary];
        if before.len() == n || ends_sentence(gap) {
            break;
        }
        before.push(Neighbour {
            word: &text[s..e],
            tight: is_tight(gap),
        });
        boundary = s;
    }
    let mut after = Vec::new();
    let mut boundary = end;
    for range in words(&text[end..hi]) {
        let (s, e) = (end + range.start, end + range.end);
        let gap = &text[boundary..s];
        if after.len() == n || ends_sentence(gap) {
            break;
        }
        after.push(Neighbour {
            word: &text[s..e],
            tight: is_tight(gap),
        });
        boundary = e;
    }
    (before, after)
}

/// Spaces, one line break and emphasis markup only.
fn is_tight(gap: &str) -> bool {
    gap.chars()
        .all(|c| matches!(c, ' ' | '\t' | '*' | '_' | '\n' | '\r'))
        && gap.matches('\n').count() <= 1
}

/// Whether the text between two words ends a sentence (a colon too, when `colon_ends`), a
/// paragraph, or a line that a list item or heading follows.
fn ends_sentence(gap: &str, colon_ends: bool) -> bool {
    gap.contains(['.', '!', '?', ';', '|'])
        || (colon_ends && gap.contains(':'))
        || gap.contains("\n\n")
        || {
            gap.split_once('\n')
                .is_some_and(|(_, next)| next.trim_start().starts_with(['#', '-', '*', '>']))
        }
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_around(text: &str, term: &str) -> (Vec<String>, Vec<String>) {
        let start = text.find(term).expect("term in text");
        let (before, after) = around(text, start, start + term.len(), 3);
        let show = |ws: Vec<Neighbour>| {
            ws.iter()
                .map(|w| format!("{}{}", if w.tight { "" } else { "~" }, w.word))
                .collect()
        };
        (show(before), show(after))
    }

    #[test]
    fn reads_the_sentence_outwards_and_marks_punctuation_between() {
        assert_eq!(
            words_around("So. We, in short, allow **24 hours** for it.", "allow"),
            (
                vec!["~short".into(), "in".into(), "~We".into()],
                vec!["24".into(), "hours".into(), "for".into()]
            )
        );
        assert_eq!(
            words_around("2. Allow at least 24 hours.", "Allow"),
            (vec![], vec!["at".into(), "least".into(), "24".into()])
        );
        assert_eq!(
            words_around("- a\n- allow it\n\nnext", "allow"),
            (vec![], vec!["it".into()])
        );
    }

    #[test]
    fn a_word_is_one_of_a_list_as_its_lowercase_form_is() {
        let is = |word: &str, list: &[&str]| Neighbour { word, tight: true }.is_one_of(list);
        for word in [
            "Sending", "SENDING", "sending", "Don’t", "DON'T", "Ärger", "ärger",
        ] {
            let list = ["by", "sending", "don't", "ärger"];
            assert!(is(word, &list), "{word}");
            assert_eq!(
                is(word, &list),
                list.contains(&Neighbour { word, tight: true }.lower().as_str())
            );
        }
        // Not a prefix, not another length, not a list item with capitals (no lowercase
        // form has them).
        for (word, list) in [
            ("send", &["sending"][..]),
            ("sendings", &["sending"]),
            ("By", &["By"]),
        ] {
            assert!(!is(word, list), "{word}");
        }
        assert!(!is("anything", &[]));
    }

    /// The reading before step 23: every word of the reach before the match collected, then
    /// walked last first.
    fn around_collecting(
        text: &str,
        start: usize,
        end: usize,
        n: usize,
        reach: Reach,
    ) -> (Vec<Neighbour<'_>>, Vec<Neighbour<'_>>) {
        let lo = floor(text, start.saturating_sub(reach.bytes));
        let mut before = Vec::new();
        let mut boundary = start;
        let ranges: Vec<_> = words(&text[lo..start]).collect();
        for range in ranges.into_iter().rev() {
            let (s, e) = (lo + range.start, lo + range.end);
            let gap = &text[e..boundary];
            if before.len() == n || ends_sentence(gap, reach.colon_ends) {
                break;
            }
            before.push(Neighbour {
                word: &text[s..e],
                tight: is_tight(gap),
            });
            boundary = s;
        }
        (before, around_within(text, start, end, n, reach).1)
    }

    #[test]
    fn words_before_a_match_are_read_as_when_all_were_collected() {
        let text = "Don’t stop: we’d say it's 'quoted' *client's* café-bar; I'll call \
                    on 10K nodes\n- under 5 ms, at 3,000 users? x'y’z the 1M rows";
        for n in [0, 1, 4, 7, 40] {
            for bytes in [0, 5, 12, 300] {
                for colon_ends in [false, true] {
                    let reach = Reach { bytes, colon_ends };
                    for (start, _) in text.char_indices() {
                        for end in [start, floor(text, (start + 3).min(text.len()))] {
                            assert_eq!(
                                around_within(text, start, end, n, reach),
                                around_collecting(text, start, end, n, reach),
                                "{n} {bytes} {start}"
                            );
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_before_agree_with_collecting_them(
            text in "[a-zA-Z0-9 '’.:;\\-é\u{301}日*\n]{0,60}",
            at in 0usize..60,
            n in 0usize..9,
            bytes in 0usize..40,
        ) {
            let start = floor(&text, at.min(text.len()));
            let reach = Reach { bytes, colon_ends: true };
            proptest::prop_assert_eq!(
                around_within(&text, start, start, n, reach),
                around_collecting(&text, start, start, n, reach)
            );
        }
    }
}
