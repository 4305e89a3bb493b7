//! Positions between the editor and the library: LSP counts columns in UTF-16 code units by
//! default, the library in bytes. Every conversion clamps: a position past the end of a line or
//! of the document means its end (as the protocol says), never a panic.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// The LSP position of byte `offset` of `text` (clamped to the text, and back to a character
/// boundary).
pub fn position_of(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count();
    let character: usize = before[line_start..].chars().map(char::len_utf16).sum();
    Position::new(to_u32(line), to_u32(character))
}

/// The LSP range of bytes `start..end` of `text`.
pub fn range_of(text: &str, start: usize, end: usize) -> Range {
    Range::new(position_of(text, start), position_of(text, end))
}

/// The byte offset of an LSP position in `text`: a line past the end is the end of the text, a
/// column past the end of its line is the line's end (before its `\r\n` or `\n`), and a column
/// inside a surrogate pair is the start of that character.
pub fn offset_of(text: &str, position: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[line_start..];
    let line = rest.find('\n').map_or(rest, |i| &rest[..i]);
    let line = line.strip_suffix('\r').unwrap_or(line);
    let mut units = 0usize;
    for (i, c) in line.char_indices() {
        units += c.len_utf16();
        if units > position.character as usize {
            return line_start + i;
        }
    }
    line_start + line.len()
}

/// Apply one change the editor sent: a range replaced, or (without a range) the whole text.
pub fn apply_change(text: &mut String, change: TextDocumentContentChangeEvent) {
    match change.range {
        Some(range) => {
            let a = offset_of(text, range.start);
            let b = offset_of(text, range.end);
            text.replace_range(a.min(b)..a.max(b), &change.text);
        }
        None => *text = change.text,
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        // "é" is one unit (two bytes), "😀" two units (four bytes).
        let text = "café 😀 synergy\nnext";
        let synergy = text.find("synergy").unwrap();
        assert_eq!(position_of(text, synergy), Position::new(0, 8));
        assert_eq!(offset_of(text, Position::new(0, 8)), synergy);
        assert_eq!(position_of(text, text.len()), Position::new(1, 4));
    }

    #[test]
    fn positions_round_trip_on_every_boundary() {
        // Every character start but the `\n` of a `\r\n`, which sits inside the line break.
        let text = "a😀b\r\nçx\n\nend";
        for (offset, _) in text
            .char_indices()
            .filter(|&(i, _)| !text[..i].ends_with('\r'))
        {
            assert_eq!(
                offset_of(text, position_of(text, offset)),
                offset,
                "{offset}"
            );
        }
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let text = "ab\r\ncd";
        assert_eq!(offset_of(text, Position::new(0, 99)), 2);
        assert_eq!(offset_of(text, Position::new(7, 0)), text.len());
        // Inside the surrogate pair of 😀: the character's start.
        assert_eq!(offset_of("😀x", Position::new(0, 1)), 0);
        assert_eq!(position_of("é", 1), Position::new(0, 0));
    }

    #[test]
    fn changes_apply_in_place_and_reversed_ranges_do_not_panic() {
        let mut text = String::from("héllo world");
        let change = |range: Option<Range>, text: &str| TextDocumentContentChangeEvent {
            range,
            range_length: None,
            text: text.to_string(),
        };
        apply_change(
            &mut text,
            change(
                Some(Range::new(Position::new(0, 6), Position::new(0, 11))),
                "there",
            ),
        );
        assert_eq!(text, "héllo there");
        apply_change(
            &mut text,
            change(
                Some(Range::new(Position::new(3, 0), Position::new(0, 5))),
                "!",
            ),
        );
        assert_eq!(text, "héllo!");
        apply_change(&mut text, change(None, "new"));
        assert_eq!(text, "new");
    }
}
