//! YAML string values, read with the `yaml-rust2` event parser (its state machine keeps a stack,
//! not recursion, and it refuses flow collections nested past 255 levels). The parser gives each
//! scalar's start line and column; where the scalar's content ends, and which parts of it are
//! escape sequences (`\n`, `\u00e9`, `''`), block headers or indentation, is read here from the
//! text as stored. A scalar whose stored text does not line up with its value is skipped, never
//! guessed at.

use super::path::{KeyPath, Slot};
use super::{Quoting, Scalar, SyntaxError};
use crate::document::LineIndex;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

const FORMAT: &str = "YAML";

/// Call `found` with each string value of the YAML `text` (every document of it) and its key
/// path.
pub fn values(text: &str, found: &mut dyn FnMut(Scalar, Option<&str>)) -> Result<(), SyntaxError> {
    let mut cursor = Cursor::new(text);
    let mut parser = Parser::new_from_str(text);
    let mut path = KeyPath::default();
    loop {
        let (event, mark) = parser.next_token().map_err(|err| {
            let mark = err.marker();
            let at = cursor.offset(mark.line(), mark.col());
            SyntaxError::at(FORMAT, text, at, err.info())
        })?;
        match event {
            Event::StreamEnd => return Ok(()),
            Event::DocumentStart => path = KeyPath::default(),
            Event::MappingStart(..) => path.open(true),
            Event::SequenceStart(..) => path.open(false),
            Event::MappingEnd | Event::SequenceEnd => path.close(),
            Event::Alias(_) => match path.next_slot() {
                Slot::Key => path.key("*"),
                _ => path.done(),
            },
            Event::Scalar(value, style, _, tag) => match path.next_slot() {
                Slot::Key => path.key(&value),
                Slot::InKey => path.done(),
                Slot::Value => {
                    let start = cursor.offset(mark.line(), mark.col());
                    let scalar = scalar(text, start, style, value);
                    if let Some(scalar) = scalar.filter(|_| tag.is_none()) {
                        found(scalar, Some(path.as_str()));
                    }
                    path.done();
                }
            },
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
        }
    }
}

/// Byte offsets of the parser's marks (lines from 1, columns from 0, in characters). Marks come
/// in file order, so each is found from the last one: a long line of flow YAML is walked once.
struct Cursor<'a> {
    text: &'a str,
    lines: LineIndex,
    /// The last mark found and its offset.
    line: usize,
    col: usize,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            text,
            lines: LineIndex::new(text),
            line: 1,
            col: 0,
            at: 0,
        }
    }

    fn offset(&mut self, line: usize, col: usize) -> usize {
        let (from, skip) = if line == self.line && col >= self.col {
            (self.at, col - self.col)
        } else {
            (self.lines.line_range(self.text, line).start, col)
        };
        let at = self.text[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(i, _)| from + i);
        (self.line, self.col, self.at) = (line, col, at);
        at
    }
}

/// The scalar starting at byte `start` written in `style`, whose value is `value`; `None` when
/// it is not a string (a plain `true`, `42`, `~`) or its text does not line up with the value.
fn scalar(text: &str, start: usize, style: TScalarStyle, value: String) -> Option<Scalar> {
    let rest = &text[start..];
    let (quoting, content, literal) = match style {
        TScalarStyle::DoubleQuoted if rest.starts_with('"') => {
            let (content, literal) = double_quoted(text, start + 1)?;
            (Quoting::Double, content, literal)
        }
        TScalarStyle::SingleQuoted if rest.starts_with('\'') => {
            let (content, literal) = single_quoted(text, start + 1)?;
            (Quoting::Single, content, literal)
        }
        TScalarStyle::Plain if !is_plain_non_string(&value) => {
            let literal = words(text, start, &value)?;
            (Quoting::Plain, span(&literal, start), literal)
        }
        TScalarStyle::Literal | TScalarStyle::Folded => {
            // The parser marks a block scalar's first content character; should a version mark
            // its `|` or `>` header, the content starts on the next line.
            let header = rest
                .starts_with(['|', '>'])
                .then(|| rest.find('\n').map_or(text.len(), |i| start + i + 1));
            let (body, literal) = match words(text, start, &value) {
                Some(literal) => (start, literal),
                None => {
                    let body = header?;
                    (body, words(text, body, &value)?)
                }
            };
            (Quoting::Block, span(&literal, body), literal)
        }
        _ => return None,
    };
    let quotes = matches!(quoting, Quoting::Double | Quoting::Single).then(|| (start, content.end));
    Some(Scalar {
        content,
        quoting,
        literal,
        decoded: value,
        quotes,
    })
}

/// From the first region's start to the last one's end (`at..at` when there is none).
fn span(literal: &[std::ops::Range<usize>], at: usize) -> std::ops::Range<usize> {
    match (literal.first(), literal.last()) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => at..at,
    }
}

/// A plain scalar YAML reads as null, a boolean or a number (the core schema).
fn is_plain_non_string(value: &str) -> bool {
    matches!(
        value,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | ".inf"
            | "-.inf"
            | ".nan"
    ) || value.parse::<f64>().is_ok()
        || value.starts_with("0x")
        || value.starts_with("0o")
}

/// The words of `value` found in order in `text` from `at`, with only white space (line breaks
/// and indentation) between them: the stored form of a plain or block scalar. `None` when the
/// text holds anything else.
fn words(text: &str, mut at: usize, value: &str) -> Option<Vec<std::ops::Range<usize>>> {
    let mut found = Vec::new();
    for word in value.split_whitespace() {
        let rest = &text[at..];
        let skipped = rest.len() - rest.trim_start().len();
        at += skipped;
        if !text[at..].starts_with(word) {
            return None;
        }
        found.push(at..at + word.len());
        at += word.len();
    }
    Some(found)
}

/// A double-quoted scalar's content from `start` (after the quote) to its closing quote, and
/// the text between its escape sequences.
type Content = (std::ops::Range<usize>, Vec<std::ops::Range<usize>>);

fn double_quoted(text: &str, start: usize) -> Option<Content> {
    let bytes = text.as_bytes();
    let mut literal = Vec::new();
    let (mut run, mut i) = (start, start);
    loop {
        match bytes.get(i)? {
            b'"' => break,
            b'\\' => {
                if run < i {
                    literal.push(run..i);
                }
                i += match bytes.get(i + 1)? {
                    b'x' => 4,
                    b'u' => 6,
                    b'U' => 10,
                    b'\r' if bytes.get(i + 2) == Some(&b'\n') => 3,
                    _ => 2,
                };
                // Escapes are ASCII; a truncated one at the end is refused by the parser.
                if i > text.len() || !text.is_char_boundary(i) {
                    return None;
                }
                run = i;
            }
            _ => i += 1,
        }
    }
    if run < i {
        literal.push(run..i);
    }
    Some((start..i, literal))
}

/// A single-quoted scalar's content from `start` to its closing quote; `''` is an escape.
fn single_quoted(text: &str, start: usize) -> Option<Content> {
    let bytes = text.as_bytes();
    let mut literal = Vec::new();
    let (mut run, mut i) = (start, start);
    loop {
        match bytes.get(i)? {
            b'\'' if bytes.get(i + 1) == Some(&b'\'') => {
                if run < i {
                    literal.push(run..i);
                }
                i += 2;
                run = i;
            }
            b'\'' => break,
            _ => i += 1,
        }
    }
    if run < i {
        literal.push(run..i);
    }
    Some((start..i, literal))
}
