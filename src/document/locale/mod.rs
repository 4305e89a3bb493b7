//! Locale and content files (`.json`, `.yaml`, `.yml`) as documents: the prose is the string
//! values, never keys, numbers, booleans or nulls, and never a value that is not prose (a URL,
//! an email, a path, an identifier, a colour, a date, an all-caps constant). Inside a value,
//! placeholder and ICU syntax, HTML tags and escape sequences are skipped regions.
//!
//! Every range points into the file's text as stored (escapes are never decoded into it), so
//! positions and fixes work as in Markdown. Each value gets its key path as a [`Location`]:
//! `home.hero.title`, `items[2].label`, and `errors["not.found"]` for a key holding a dot, a
//! bracket or a quote (see [`path::KeyPath`]).

mod json;
mod path;
mod placeholders;
mod values;
mod yaml;

use super::location::{Location, Locations};
use super::Kind;
use std::fmt;
use std::ops::Range;

/// How a string value is written in the file: what a fix may write into it unescaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quoting {
    /// A JSON string, or a double-quoted YAML scalar: `"` and `\` need escaping.
    Double,
    /// A single-quoted YAML scalar: `'` needs doubling.
    Single,
    /// A plain YAML scalar: indicators and `: ` / ` #` change what it is.
    Plain,
    /// A literal (`|`) or folded (`>`) YAML block scalar: a line break or indentation would.
    Block,
}

/// A string value as stored: where its content is, how it is quoted, the text between its
/// escape sequences, and its decoded value.
#[derive(Debug)]
struct Scalar {
    /// From the first to the last character of the content (quotes and block header excluded).
    content: Range<usize>,
    quoting: Quoting,
    /// The content minus escape sequences, sorted and disjoint.
    literal: Vec<Range<usize>>,
    /// The value as a program reads it.
    decoded: String,
    /// The offsets of its opening and closing quotes, when it is quoted.
    quotes: Option<(usize, usize)>,
}

/// Where the prose of a locale file is.
#[derive(Debug, Default)]
pub struct Strings {
    /// Sorted and disjoint.
    pub prose: Vec<Range<usize>>,
    /// Each prose value's content and its key path.
    pub locations: Locations,
    /// Each prose value's content and quoting, sorted: what a fix may write there.
    pub quoting: Vec<(Range<usize>, Quoting)>,
    /// The offsets of the quotes that delimit strings (`"` and `'`, one byte each).
    pub delimiters: Vec<usize>,
}

impl Strings {
    /// `text` with the quotes that delimit strings made spaces: the text the rules read for the
    /// context of a match (a quoted value is not a quotation, and a list of values is not a
    /// list of quoted examples). Offsets are the same as in `text`.
    pub fn context_text(&self, text: &str) -> String {
        let mut bytes = text.as_bytes().to_vec();
        for &at in &self.delimiters {
            if let Some(b @ (b'"' | b'\'')) = bytes.get_mut(at) {
                *b = b' ';
            }
        }
        // Only ASCII quotes were replaced by ASCII spaces: still UTF-8.
        String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
    }
}

/// Why a JSON or YAML file was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{format} syntax error at line {line}, column {column}: {reason}")]
pub struct SyntaxError {
    pub format: &'static str,
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

impl SyntaxError {
    /// An error at byte `offset` of `text`.
    fn at(format: &'static str, text: &str, offset: usize, reason: impl fmt::Display) -> Self {
        let offset = floor_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            format,
            line,
            column: before[line_start..].chars().count() + 1,
            reason: reason.to_string(),
        }
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Read `text` as a JSON (`Kind::Json`) or YAML file.
pub fn regions(text: &str, kind: Kind) -> Result<Strings, SyntaxError> {
    let mut collected = Collected::default();
    match kind {
        Kind::Yaml => yaml::values(text, &mut |scalar, key| collected.add(text, scalar, key))?,
        _ => json::values(text, &mut |scalar, key| collected.add(text, scalar, key))?,
    }
    Ok(collected.finish())
}

#[derive(Default)]
struct Collected {
    prose: Vec<Range<usize>>,
    locations: Vec<(Range<usize>, Location)>,
    quoting: Vec<(Range<usize>, Quoting)>,
    delimiters: Vec<usize>,
}

impl Collected {
    /// Take the prose of one string value at key path `key` (`None`: a key, never prose).
    fn add(&mut self, text: &str, scalar: Scalar, key: Option<&str>) {
        if let Some((open, close)) = scalar.quotes {
            self.delimiters.extend([open, close]);
        }
        let Some(key) = key else {
            return;
        };
        if !values::is_prose(&scalar.decoded) {
            return;
        }

        let content = &text[scalar.content.clone()];
        let holes: Vec<Range<usize>> = placeholders::holes(content)
            .into_iter()
            .map(|h| h.start + scalar.content.start..h.end + scalar.content.start)
            .collect();
        let mut prose = scalar.literal;
        super::markdown::subtract_all(&mut prose, &holes);
        prose.retain(|r| text[r.clone()].chars().any(char::is_alphanumeric));
        if prose.is_empty() {
            return;
        }
        self.prose.extend(prose);
        self.locations.push((
            scalar.content.clone(),
            Location::Key {
                key: key.to_string(),
            },
        ));
        self.quoting.push((scalar.content, scalar.quoting));
    }

    fn finish(mut self) -> Strings {
        // Values come in file order; sorting keeps the lookups binary searches whatever a parser
        // does.
        self.prose.sort_by_key(|r| r.start);
        self.locations.sort_by_key(|(r, _)| r.start);
        self.quoting.sort_by_key(|(r, _)| r.start);
        Strings {
            prose: self.prose,
            locations: Locations::new(self.locations),
            quoting: self.quoting,
            delimiters: self.delimiters,
        }
    }
}

/// Whether `replacement` may be written over `range` (offsets in the text) of a locale file
/// unescaped: the range lies in one prose value, crosses no escape sequence or placeholder, and
/// the replacement needs no escaping in that value's quoting. Anything else is reported without
/// a fix.
pub fn fix_fits(strings: &Strings, text: &str, range: Range<usize>, replacement: &str) -> bool {
    let i = strings
        .quoting
        .partition_point(|(r, _)| r.end < range.start);
    let Some((content, quoting)) = strings.quoting.get(i) else {
        return false;
    };
    if range.start < content.start || range.end > content.end || range.start > range.end {
        return false;
    }
    // Only prose and the white space between its regions may be rewritten.
    let covered = if range.is_empty() {
        let at = range.start;
        let j = strings.prose.partition_point(|r| r.end < at);
        strings.prose.get(j).is_some_and(|r| r.start <= at)
    } else {
        super::spans::in_prose(text, &strings.prose, range.clone())
    };
    covered && replacement_fits(*quoting, replacement, range.start == content.start)
}

/// Whether `replacement` needs no escaping in a value quoted `quoting`; `at_start`: it is
/// written at the start of the value, where a plain scalar's first character is an indicator.
fn replacement_fits(quoting: Quoting, replacement: &str, at_start: bool) -> bool {
    if replacement.chars().any(char::is_control) {
        return false;
    }
    match quoting {
        Quoting::Double => !replacement.contains(['"', '\\']),
        Quoting::Single => !replacement.contains('\''),
        Quoting::Plain => {
            let starts_well = !at_start
                || replacement
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            starts_well
                && !replacement.contains([
                    ':', '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%',
                    '@', '`',
                ])
        }
        Quoting::Block => !(at_start && replacement.starts_with(char::is_whitespace)),
    }
}

#[cfg(test)]
mod tests;
