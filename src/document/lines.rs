//! Byte offset → 1-based line and character column, computed only for findings.

/// Line starts of a text, and how many characters come before every `CHUNK`-th byte, so each
/// lookup is a binary search plus a count of at most `CHUNK` bytes — never a count from the
/// start of the line, which made a long line with many findings quadratic.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `chars[k]`: the characters in the first `k * CHUNK` bytes.
    chars: Vec<usize>,
}

const CHUNK: usize = 256;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        // Two plain passes (a search for line breaks, a count per chunk) rather than one that
        // looks at each byte twice: both run over whole words of bytes at a time.
        let mut starts = vec![0];
        // The memchr crate's search (AVX2 where there is one): `match_indices('\n')` goes through
        // the character searcher, which re-enters a byte search and compares the match for each
        // line, and cost as much again as the search on documents of short lines.
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let mut chars = Vec::with_capacity(bytes.len() / CHUNK + 2);
        let mut count = 0;
        for chunk in bytes.chunks(CHUNK) {
            chars.push(count);
            count += char_starts(chunk);
        }
        chars.push(count);
        LineIndex { starts, chars }
    }

    /// The characters in `text[..offset]` (`offset` on a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHUNK;
        self.chars[k] + char_starts(&text.as_bytes()[k * CHUNK..offset])
    }

    /// (line, column), both 1-based; the column counts Unicode characters.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start);
        (line, column + 1)
    }

    /// The byte range of the 1-based line `line`, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self
            .starts
            .get(line)
            .map(|&next| next - 1)
            .unwrap_or(text.len());
        let end = if end > start && text.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }
}

/// The characters starting in `bytes`: every byte but UTF-8 continuation bytes.
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_and_character_columns() {
        let text = "ab\r\ncafé x\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 4), (2, 1));
        assert_eq!(index.position(text, text.find('x').unwrap_or(0)), (2, 6));
        assert_eq!(index.position(text, text.len()), (3, 5));
        assert_eq!(&text[index.line_range(text, 1)], "ab");
        assert_eq!(&text[index.line_range(text, 2)], "café x");
        assert_eq!(&text[index.line_range(text, 3)], "last");
    }

    /// The plain definition: count the characters from the start of the line.
    fn reference(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        )
    }

    proptest::proptest! {
        #[test]
        fn positions_agree_with_counting_from_the_line_start(
            text in "([a-z é日\u{1F600}\r\n]{0,40}|[a-zé\n]{250,700})",
        ) {
            let index = LineIndex::new(&text);
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                proptest::prop_assert_eq!(index.position(&text, offset), reference(&text, offset));
            }
        }
    }
}
