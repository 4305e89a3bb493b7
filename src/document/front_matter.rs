//! Front matter: the metadata block at the start of a Markdown file, never prose. YAML between
//! `---` lines (Jekyll, Hugo, Astro, Docusaurus) and TOML between `+++` lines (Hugo, Zola).
//! The YAML is read by the guide's YAML parser where a key is needed; this module reads the
//! top-level keys of TOML front matter, which is all a profile, a title or a scorecard label
//! asks of it.

use std::ops::Range;

/// The language of a front matter block, told by its fence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `---` … `---` (or `...`).
    Yaml,
    /// `+++` … `+++`.
    Toml,
}

impl Syntax {
    /// The line that opens a block of this syntax.
    pub fn fence(self) -> &'static str {
        match self {
            Syntax::Yaml => "---",
            Syntax::Toml => "+++",
        }
    }
}

/// The syntax and end of the front matter block at the start of `text`: a fence line, then a
/// matching closing line. No closing line, no front matter.
pub fn block(text: &str) -> Option<(Syntax, usize)> {
    let first = text.lines().next()?;
    let syntax = [Syntax::Yaml, Syntax::Toml]
        .into_iter()
        .find(|syntax| first.trim_end() == syntax.fence())?;
    let mut offset = first.len() + 1;
    while offset <= text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = text[offset..line_end].trim_end();
        let closes = match syntax {
            Syntax::Yaml => line == "---" || line == "...",
            Syntax::Toml => line == syntax.fence(),
        };
        if closes {
            return Some((syntax, (line_end + 1).min(text.len())));
        }
        offset = line_end + 1;
    }
    None
}

/// One top-level key of TOML front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlField {
    pub key: String,
    /// A string's text (escapes read), each string of an array, or a bare value (a number, a
    /// date, a boolean) as written. An inline table gives none.
    pub values: Vec<String>,
    /// A string value's text without its quotes, else the whole value as written.
    pub range: Range<usize>,
    /// Whether the value is one string (not an array, table or bare value).
    pub is_string: bool,
}

/// The top-level keys of TOML front matter (the text between the fences), in the order written,
/// up to the first table header. Reading stops quietly at anything it cannot read: front
/// matter belongs to the site's own tooling, and a key we cannot read is no key to us.
pub fn toml_fields(toml: &str) -> Vec<TomlField> {
    let mut fields = Vec::new();
    let mut at = 0;
    while at < toml.len() {
        at = skip_blank(toml, at, true);
        let Some(&byte) = toml.as_bytes().get(at) else {
            break;
        };
        if byte == b'[' {
            break; // a table header: what follows is not top-level
        }
        let Some((key, after_key)) = read_key(toml, at) else {
            break;
        };
        let Some(value_at) = after_equals(toml, after_key) else {
            break;
        };
        let Some((value, end)) = read_value(toml, value_at) else {
            break;
        };
        fields.push(TomlField {
            key,
            values: value.values,
            range: value.range,
            is_string: value.is_string,
        });
        // The rest of the line may hold only a comment.
        at = toml[end..].find('\n').map_or(toml.len(), |i| end + i + 1);
    }
    fields
}

/// The first position at or after `at` that is not a space, tab or comment (nor a line break,
/// with `lines`).
fn skip_blank(text: &str, mut at: usize, lines: bool) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        match b {
            b' ' | b'\t' | b'\r' => at += 1,
            b'\n' if lines => at += 1,
            b'#' if lines => at = text[at..].find('\n').map_or(text.len(), |i| at + i),
            _ => break,
        }
    }
    at
}

/// A bare or quoted key at `at`, and where it ends. Dotted keys (`a.b = 1`) belong to a table:
/// not read.
fn read_key(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    match bytes[at] {
        b'"' | b'\'' => {
            let (value, end) = read_string(text, at)?;
            Some((value.values.into_iter().next()?, end))
        }
        _ => {
            let len = bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
                .count();
            (len > 0).then(|| (text[at..at + len].to_string(), at + len))
        }
    }
}

/// The position of the value after `key =`.
fn after_equals(text: &str, at: usize) -> Option<usize> {
    let at = skip_blank(text, at, false);
    (text.as_bytes().get(at) == Some(&b'=')).then(|| skip_blank(text, at + 1, false))
}

struct Value {
    values: Vec<String>,
    range: Range<usize>,
    is_string: bool,
}

/// The value at `at` and where it ends.
fn read_value(text: &str, at: usize) -> Option<(Value, usize)> {
    match *text.as_bytes().get(at)? {
        b'"' | b'\'' => read_string(text, at),
        b'[' => read_array(text, at, 0),
        b'{' => {
            // An inline table is one line in TOML 1.0; no label comes from it.
            let end = at + text[at..].find('}')? + 1;
            let value = Value {
                values: Vec::new(),
                range: at..end,
                is_string: false,
            };
            Some((value, end))
        }
        _ => {
            let line_end = text[at..].find(['\n', '#']).map_or(text.len(), |i| at + i);
            let end = at + text[at..line_end].trim_end().len();
            let value = Value {
                values: vec![text[at..end].to_string()],
                range: at..end,
                is_string: false,
            };
            (end > at).then_some((value, end))
        }
    }
}

/// A basic (`"…"`, escapes read), literal (`'…'`) or multi-line (`"""…"""`, `'''…'''`) string.
fn read_string(text: &str, at: usize) -> Option<(Value, usize)> {
    let quote = &text[at..at + 1];
    let triple = quote.repeat(3);
    let basic = quote == "\"";
    let (content_start, closing) = if text[at..].starts_with(&triple) {
        // A newline right after the opening quotes is not part of the string.
        let start = at + 3;
        let start = if text.as_bytes()[start..].starts_with(b"\r\n") {
            start + 2
        } else if text.as_bytes()[start..].starts_with(b"\n") {
            start + 1
        } else {
            start
        };
        (start, triple.as_str())
    } else {
        (at + 1, quote)
    };
    let mut i = content_start;
    let bytes = text.as_bytes();
    let content_end = loop {
        let b = *bytes.get(i)?;
        if basic && b == b'\\' {
            i += 2;
            continue;
        }
        if closing.len() == 1 && b == b'\n' {
            return None; // a one-line string left open
        }
        // Bytes, not `str`: an escape's second byte may fall inside a character.
        if bytes[i..].starts_with(closing.as_bytes()) {
            break i;
        }
        i += 1;
    };
    let raw = text.get(content_start..content_end)?;
    let value = if basic {
        unescape(raw)
    } else {
        raw.to_string()
    };
    let value = Value {
        values: vec![value],
        range: content_start..content_end,
        is_string: true,
    };
    Some((value, content_end + closing.len()))
}

/// Arrays nested deeper than this are not read: front matter that deep is no label, and a
/// hostile file must not exhaust the stack.
const MAX_ARRAY_NESTING: usize = 32;

/// An array's strings (other items are passed over), and where it ends. `depth`: how many arrays
/// hold it.
fn read_array(text: &str, at: usize, depth: usize) -> Option<(Value, usize)> {
    if depth >= MAX_ARRAY_NESTING {
        return None;
    }
    let mut values = Vec::new();
    let mut i = at + 1;
    loop {
        i = skip_blank(text, i, true);
        match *text.as_bytes().get(i)? {
            b']' => break,
            b',' => i += 1,
            b'"' | b'\'' => {
                let (item, end) = read_string(text, i)?;
                values.extend(item.values);
                i = end;
            }
            b'[' => i = read_array(text, i, depth + 1)?.1,
            b'{' => i += text[i..].find('}')? + 1,
            _ => {
                let len = text[i..]
                    .find([',', ']', '\n', '#'])
                    .unwrap_or(text.len() - i);
                i += len.max(1);
            }
        }
    }
    let value = Value {
        values,
        range: at..i + 1,
        is_string: false,
    };
    Some((value, i + 1))
}

/// A basic string's escapes read; an escape TOML does not know is kept as written.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        let simple = match e {
            'b' => Some('\u{8}'),
            't' => Some('\t'),
            'n' => Some('\n'),
            'f' => Some('\u{c}'),
            'r' => Some('\r'),
            '"' => Some('"'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(s) = simple {
            out.push(s);
            continue;
        }
        let digits = match e {
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        let hex: String = chars.clone().take(digits).collect();
        let code = (digits > 0 && hex.len() == digits)
            .then(|| u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32))
            .flatten();
        match code {
            Some(ch) => {
                out.push(ch);
                for _ in 0..digits {
                    chars.next();
                }
            }
            None => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
