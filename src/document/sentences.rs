//! Sentences and clauses of a run of prose words: where one word ends and the next begins, a
//! word joins the next ("all-day"), continues its clause, starts a new clause (a comma, a
//! bracket, a dash) or a new sentence (end punctuation, a blank line, a list item, a heading).
//! The scorecard's field language counts phrases within clauses; any surface that needs
//! sentences cuts them here, from the document's own headings.

use std::ops::Range;

/// What separates two neighbouring words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// A hyphen joins two words into one ("30-day", "all-day").
    Joined,
    Same,
    Clause,
    Sentence,
}

/// The gap between the words `before` and `after` of `text`; `heading` says the word before
/// is in a heading (a heading is a sentence of its own).
pub fn gap(text: &str, before: &Range<usize>, after: &Range<usize>, heading: bool) -> Gap {
    let gap = &text[before.end..after.start];
    if gap == "-" || gap == "‑" {
        return Gap::Joined;
    }
    if gap.contains(['.', '!', '?', '…']) {
        return Gap::Sentence;
    }
    if let Some(last) = gap.rfind('\n') {
        let blank_line = gap.matches('\n').count() > 1
            && gap.split('\n').skip(1).any(|line| {
                line.trim_matches(|c: char| c.is_whitespace() || c == '>')
                    .is_empty()
            });
        let marker = gap[last + 1..].trim_matches(|c: char| c.is_whitespace() || c == '>');
        if blank_line || heading || !marker.is_empty() {
            return Gap::Sentence;
        }
    }
    if gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '*' | '_' | '~' | '>'))
    {
        Gap::Same
    } else {
        Gap::Clause
    }
}

/// The sentences of `words` (word ranges of `text`, in order), as ranges of indices into
/// `words`. `in_heading` tells whether an offset is in a heading (the document's parser knows;
/// a guide string has none).
pub fn sentences(
    text: &str,
    words: &[Range<usize>],
    in_heading: impl Fn(usize) -> bool,
) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 1..=words.len() {
        let ends_here = i == words.len() || {
            let before = &words[i - 1];
            gap(text, before, &words[i], in_heading(before.start)) == Gap::Sentence
        };
        if ends_here {
            sentences.push(start..i);
            start = i;
        }
    }
    sentences
}

/// A sentence as shown: one line, emphasis markers and quote markers dropped, its end
/// punctuation kept. `start..end` runs from its first word to its last.
pub fn shown(text: &str, start: usize, end: usize) -> String {
    let end = match text[end..].chars().next() {
        Some(c @ ('.' | '!' | '?')) => end + c.len_utf8(),
        _ => end,
    };
    let raw = &text[start..end];
    let mut out = String::with_capacity(raw.len());
    // Emphasis and code marks are left out; a word of nothing else is left out whole.
    let mark = |c: char| matches!(c, '*' | '`');
    for line in raw.split('\n') {
        let line = line.trim_start().trim_start_matches('>');
        for word in line.split_whitespace() {
            if word.chars().all(mark) {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.chars().filter(|&c| !mark(c)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{words, Document, Kind};

    fn split(text: &str) -> Vec<String> {
        let doc = Document::new(text, Kind::Markdown);
        let prose = doc.prose_words();
        sentences(doc.text, prose, |at| doc.in_heading(at))
            .into_iter()
            .map(|s| shown(doc.text, prose[s.start].start, prose[s.end - 1].end))
            .collect()
    }

    #[test]
    fn sentences_end_at_punctuation_blank_lines_list_items_and_headings() {
        let text = "# Our pitch\nNo pressure, just a **friendly** chat. We talk\nabout all-day battery!\n\n- first item\n- second item\n\nA last one\n\nand after a blank line";
        assert_eq!(
            split(text),
            [
                "Our pitch",
                "No pressure, just a friendly chat.",
                "We talk about all-day battery!",
                "first item",
                "second item",
                "A last one",
                "and after a blank line",
            ]
        );
    }

    #[test]
    fn gaps_join_continue_or_split() {
        let text = "all-day battery, fast (really) — yes";
        let w: Vec<_> = words(text).collect();
        let kinds: Vec<Gap> = w
            .windows(2)
            .map(|p| gap(text, &p[0], &p[1], false))
            .collect();
        assert_eq!(kinds[0], Gap::Joined);
        assert_eq!(kinds[1], Gap::Same);
        assert!(kinds[2..].iter().all(|&k| k == Gap::Clause), "{kinds:?}");
    }

    proptest::proptest! {
        /// A sentence is shown as its words were before marks were dropped in place: each word
        /// without `*` and `` ` ``, words of marks only left out.
        #[test]
        fn shown_text_drops_marks_word_by_word(text in "[a-z*` >.\n]{0,40}") {
            let mut expected = String::new();
            for line in text.split('\n') {
                for word in line.trim_start().trim_start_matches('>').split_whitespace() {
                    let word = word.replace(['*', '`'], "");
                    if !word.is_empty() {
                        if !expected.is_empty() {
                            expected.push(' ');
                        }
                        expected.push_str(&word);
                    }
                }
            }
            proptest::prop_assert_eq!(shown(&text, 0, text.len()), expected);
        }
    }
}
