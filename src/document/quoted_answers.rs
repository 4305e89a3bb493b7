//! Quotations over several paragraphs: an interview answer or a long quoted statement opens
//! with a quotation mark at the start of a paragraph and closes paragraphs later. Writers either
//! leave the later paragraphs unmarked or open each with a mark again (the print convention);
//! both are read as one quotation. A quotation that closes in its first paragraph is a quoted
//! sentence, found elsewhere ([`super::quotes`]).

use super::quotes::{closes, opens};
use super::Document;
use std::ops::Range;

/// The multi-paragraph quotations of `doc`, appended to `found`.
pub(super) fn find(doc: &Document, found: &mut Vec<Range<usize>>) {
    let text = doc.text;
    let mut resume = 0;
    // Only quotation marks are looked at, not every line: `"`, and the lead bytes of `“`, `„`,
    // `‘` (0xE2) and `«` (0xC2). This runs on every document a word rule asks about.
    for mark in memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()) {
        if mark < resume || !text.is_char_boundary(mark) || !opens_a_line(text, mark) {
            continue;
        }
        let mut chars = text[mark..].chars();
        let (Some(c), next) = (chars.next(), chars.next()) else {
            continue;
        };
        let Some(closers) = opens(c, None, next) else {
            continue;
        };
        if !starts_paragraph(doc, mark) || !doc.is_prose(mark..mark + c.len_utf8()) {
            continue;
        }
        if let Some(end) = end_of_quotation(doc, mark + c.len_utf8(), closers) {
            found.push(mark..end);
            resume = end;
        }
    }
}

/// Whether only white space comes before `at` on its line.
fn opens_a_line(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        if c == '\n' {
            return true;
        }
        if !c.is_whitespace() {
            return false;
        }
    }
    true
}

/// Whether the line holding `at` starts a paragraph: the text's first line, or the line before
/// is blank or a heading (an interview's question is often a heading right above its answer).
fn starts_paragraph(doc: &Document, at: usize) -> bool {
    let text = doc.text;
    let Some(break_before) = text[..at].rfind('\n') else {
        return true;
    };
    let previous_start = text[..break_before].rfind('\n').map_or(0, |i| i + 1);
    let previous = &text[previous_start..break_before];
    let content = previous.trim_start();
    content.trim().is_empty() || doc.in_heading(previous_start + (previous.len() - content.len()))
}

/// Where a quotation opened just before `from` ends, if it runs past its first paragraph: after
/// its closing mark, or where the section ends (a heading, a thematic break, the end of the text)
/// when no mark closes it. `None` when it closes in its first paragraph, or is left open there
/// and followed by no paragraph.
fn end_of_quotation(doc: &Document, from: usize, closers: &[char]) -> Option<usize> {
    let text = doc.text;
    let mut paragraphs = 0;
    let mut after_blank = false;
    let mut prev: Option<char> = None;
    let mut chars = text[from..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = from + i;
        let next = chars.peek().map(|&(_, n)| n);
        if c == '\n' {
            let rest = &text[at + 1..];
            let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let line = rest.split('\n').next().unwrap_or("").trim();
            if doc.in_heading(at + 1 + indent) || thematic_break(line) {
                return (paragraphs > 0).then_some(at + 1);
            }
            if line.is_empty() {
                after_blank = true;
            } else if after_blank {
                after_blank = false;
                paragraphs += 1;
                // A later paragraph may open with a mark of its own: it continues the quotation.
                let mut own = rest[indent..].chars();
                if own
                    .next()
                    .is_some_and(|m| opens(m, None, own.next()).is_some())
                {
                    prev = None;
                    skip_one(&mut chars, at + 1 + indent - from);
                    continue;
                }
            }
        } else if closers.contains(&c)
            && closes(c, prev, next)
            && doc.is_prose(at..at + c.len_utf8())
        {
            return (paragraphs > 0).then_some(at + c.len_utf8());
        }
        prev = Some(c);
    }
    (paragraphs > 0).then_some(text.len())
}

/// Advance `chars` past the character at relative offset `mark` (and the indentation before it).
fn skip_one(chars: &mut std::iter::Peekable<std::str::CharIndices>, mark: usize) {
    while chars.next_if(|&(i, _)| i <= mark).is_some() {}
}

/// A thematic break (`---`, `***`, `___`) ends a section like a heading, and with it any
/// quotation left open.
fn thematic_break(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|&c| c != ' ').collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&m| marks.iter().all(|&c| c == m))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Kind};

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::new(text, Kind::Markdown);
        doc.quotations().iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn an_answer_over_several_paragraphs_is_one_quotation() {
        // As interviews on a company blog write it: one mark opens, one closes paragraphs later.
        let text = "### What is Tigris?\n\n\"Tigris is a data platform that allows users to search.\n\nWe chose these services because apps need them.\n\nIt lets you build fast.\"\n\n### Next question\n\nOur own words allow this.\n";
        assert_eq!(
            quoted(text),
            ["\"Tigris is a data platform that allows users to search.\n\nWe chose these services because apps need them.\n\nIt lets you build fast.\""]
        );
        // A heading right above the answer, no blank line between.
        let text = "### How has it been?\n“Unified is five months old.\n\nThat allowed our customers a lot.\n\n### Next\nOwn words.\n";
        assert_eq!(
            quoted(text),
            ["“Unified is five months old.\n\nThat allowed our customers a lot.\n\n"]
        );
    }

    #[test]
    fn each_paragraph_may_open_with_a_mark_again() {
        let text = "“The first paragraph of the answer goes here.\n\n“The second one opens again and closes.”\n\nThe writer's own words.\n";
        assert_eq!(
            quoted(text),
            ["“The first paragraph of the answer goes here.\n\n“The second one opens again and closes.”"]
        );
    }

    #[test]
    fn quotations_within_one_paragraph_or_mid_paragraph_are_not_stretched() {
        // Closed in its first paragraph: a quoted sentence, as before.
        let text = "\"Quoted words here\" opened it.\n\nOwn words allow this.\n";
        assert_eq!(quoted(text), ["\"Quoted words here\""]);
        // A mark mid-paragraph left open quotes nothing.
        assert!(quoted("He said \"we leverage it\n\nand more\" later.\n").is_empty());
        // Left open with nothing after it.
        assert!(quoted("\"An open mark and then nothing\n").is_empty());
    }

    #[test]
    fn marks_outside_prose_open_and_close_nothing() {
        // Curly marks are several bytes long: asking about them must never split one.
        let text = "```\n\n“Inside a fence the answer opens.\n\nAnd goes on”\n```\n\nOwn words.\n";
        assert!(quoted(text).is_empty());
        let text = "“Opened in prose.\n\n`code ”` and on.”\n";
        assert_eq!(quoted(text), [text.trim_end()]);
    }

    #[test]
    fn a_curly_quotation_may_close_with_a_straight_mark() {
        let text =
            "“Besides,” Diego says, “analytics is a core competency. It is a must.\" Then more.\n";
        assert_eq!(
            quoted(text),
            ["“analytics is a core competency. It is a must.\""]
        );
    }
}
