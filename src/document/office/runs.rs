//! Where a Word or PowerPoint document's extracted text sits in its package: spans of the text
//! that one text run (`<w:t>`, `<a:t>` inside a run) holds literally, each with its part and
//! byte offset there. A fix is written into the package only through one such span, so the
//! run's formatting is kept and no markup, reference or other run is ever touched.

use std::ops::Range;

/// The spans of an extracted text held literally by text runs; empty for formats never fixed.
#[derive(Debug, Clone, Default)]
pub struct RunMap {
    /// Part names, indexed by [`Span::part`].
    parts: Vec<String>,
    /// Sorted by start in the text, disjoint.
    spans: Vec<Span>,
}

/// A stretch of the extracted text held byte for byte at `xml` in part `part`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: Range<usize>,
    pub part: usize,
    pub xml: usize,
}

/// A piece of a paragraph's raw text (before whitespace is collapsed) that a part holds
/// literally inside one text run: `len` bytes at `at` in the paragraph, at `xml` in `part`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Piece {
    pub at: usize,
    pub len: usize,
    pub part: usize,
    pub xml: usize,
}

impl RunMap {
    /// The index of the part `name`, registered on first use.
    pub(super) fn part(&mut self, name: &str) -> usize {
        match self.parts.iter().position(|p| p == name) {
            Some(i) => i,
            None => {
                self.parts.push(name.to_string());
                self.parts.len() - 1
            }
        }
    }

    pub fn part_name(&self, part: usize) -> Option<&str> {
        self.parts.get(part).map(String::as_str)
    }

    /// Record that `text` is held at `xml` in `part`; joined to the previous span when it
    /// continues it in both the text and the part (the same run's text, word after word).
    pub(super) fn push(&mut self, text: Range<usize>, part: usize, xml: usize) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.spans.last_mut() {
            if last.text.end == text.start && last.part == part && last.xml + last.text.len() == xml
            {
                last.text.end = text.end;
                return;
            }
        }
        self.spans.push(Span { text, part, xml });
    }

    /// The span holding all of `range` (an empty range at a span's end included).
    pub fn span_of(&self, range: &Range<usize>) -> Option<&Span> {
        let i = self.spans.partition_point(|s| s.text.end < range.start);
        self.spans[i..]
            .iter()
            .take_while(|s| s.text.start <= range.start)
            .find(|s| s.text.start <= range.start && range.end <= s.text.end)
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Map `len` bytes of a paragraph's raw text at `raw` (placed at `out` in the extracted
    /// text) through the paragraph's `pieces` (sorted by `at`).
    pub(super) fn map(&mut self, pieces: &[Piece], raw: usize, out: usize, len: usize) {
        let end = raw + len;
        let first = pieces.partition_point(|p| p.at + p.len <= raw);
        for piece in pieces[first..].iter().take_while(|p| p.at < end) {
            let lo = raw.max(piece.at);
            let hi = end.min(piece.at + piece.len);
            if lo < hi {
                let at = out + (lo - raw);
                self.push(at..at + (hi - lo), piece.part, piece.xml + (lo - piece.at));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_contiguous_spans_and_finds_the_one_holding_a_range() {
        let mut map = RunMap::default();
        let part = map.part("word/document.xml");
        map.push(0..4, part, 100);
        map.push(4..5, part, 104);
        map.push(5..9, part, 105);
        // The next run: contiguous in the text, not in the part.
        map.push(9..12, part, 140);
        assert_eq!(
            map.span_of(&(2..8)),
            Some(&Span {
                text: 0..9,
                part,
                xml: 100
            })
        );
        assert_eq!(map.span_of(&(9..9)).map(|s| s.text.clone()), Some(0..9));
        assert_eq!(map.span_of(&(8..10)), None, "across two runs");
        assert_eq!(map.span_of(&(10..12)).map(|s| s.xml), Some(140));
        assert_eq!(map.span_of(&(12..14)), None);
    }
}
