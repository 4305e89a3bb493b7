//! Placeholder, ICU and markup syntax inside a string value: never prose.
//!
//! `{count}`, `{{name}}`, `${name}`, `%s`, `%d`, `%1$s`, `%{name}`, `%(name)s`, `:name`
//! (Laravel), `$t(key)` (i18next nesting), `@:key` (vue-i18n links), HTML tags (`<strong>`,
//! `</0>`) and character references (`&amp;`). An ICU `plural`, `select` or `selectordinal`
//! (`{count, plural, one {# item} other {# items}}`) is syntax except its branch texts, which
//! are prose (their `#` and placeholders again syntax).

use std::ops::Range;

/// ICU messages nested deeper than this are one hole: real messages nest two or three levels.
const MAX_ICU_DEPTH: usize = 8;

/// The placeholder holes of `content` (offsets into it), sorted.
pub fn holes(content: &str) -> Vec<Range<usize>> {
    let mut holes = Vec::new();
    let mut i = 0;
    scan(content, &mut i, 0, &mut holes);
    holes
}

/// Scan from `*i` to the end of `content`, or, inside an ICU branch (`depth > 0`), to the `}`
/// closing it (left at `*i`).
fn scan(content: &str, i: &mut usize, depth: usize, holes: &mut Vec<Range<usize>>) {
    let bytes = content.as_bytes();
    while let Some(&b) = bytes.get(*i) {
        let start = *i;
        match b {
            b'}' if depth > 0 => return,
            b'#' if depth > 0 => {
                holes.push(start..start + 1);
                *i += 1;
            }
            b'{' => *i = brace(content, start, depth, holes),
            b'$' if bytes.get(start + 1) == Some(&b'{') => {
                holes.push(start..start + 1);
                *i = brace(content, start + 1, depth, holes);
            }
            _ => {
                let end = match b {
                    b'%' => percent(bytes, start),
                    b':' => colon_name(bytes, start),
                    b'$' => nesting(bytes, start),
                    b'@' => linked(bytes, start),
                    b'<' => tag(bytes, start),
                    b'&' => reference(bytes, start),
                    _ => None,
                };
                match end {
                    Some(end) => {
                        holes.push(start..end);
                        *i = end;
                    }
                    None => *i += 1,
                }
            }
        }
    }
}

/// The group opening at `open` (`{`): an ICU plural/select, with prose branches, or a
/// placeholder, one hole with its braces. Returns where scanning goes on.
fn brace(content: &str, open: usize, depth: usize, holes: &mut Vec<Range<usize>>) -> usize {
    let bytes = content.as_bytes();
    if let Some(branches) = icu_header(content, open).filter(|_| depth < MAX_ICU_DEPTH) {
        holes.push(open..branches);
        let mut i = branches;
        loop {
            // A selector (`one`, `=0`, `other`) and its `{`.
            let selector = i;
            while bytes.get(i).is_some_and(|&b| b != b'{' && b != b'}') {
                i += 1;
            }
            match bytes.get(i) {
                Some(b'{') => {
                    holes.push(selector..i + 1);
                    i += 1;
                    scan(content, &mut i, depth + 1, holes);
                    if i < bytes.len() {
                        holes.push(i..i + 1);
                        i += 1;
                    }
                }
                Some(_) => {
                    holes.push(selector..i + 1);
                    return i + 1;
                }
                None => {
                    holes.push(selector..i);
                    return i;
                }
            }
        }
    }
    // A placeholder: to its balanced close, or the end of the value.
    let mut level = 0usize;
    let mut i = open;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'{' => level += 1,
            b'}' => {
                level -= 1;
                if level == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    holes.push(open..i);
    i
}

/// After `{name, plural|select|selectordinal,` (with an optional `offset:n`): where the branches
/// start.
fn icu_header(content: &str, open: usize) -> Option<usize> {
    let rest = &content[open + 1..];
    let (name, rest) = rest.split_once(',')?;
    let name = name.trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || "_.".contains(c))
    {
        return None;
    }
    let (kind, after) = rest.split_once(',')?;
    if !matches!(kind.trim(), "plural" | "select" | "selectordinal") {
        return None;
    }
    let mut at = content.len() - after.len();
    let trimmed = after.trim_start();
    if let Some(offset) = trimmed.strip_prefix("offset:") {
        let digits = offset.trim_start();
        let n = digits.len()
            - digits
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        at = content.len() - digits.len() + n;
    }
    Some(at)
}

/// `%%`, `%s`, `%d`, `%1$s`, `%.2f`, `%@`, `%{name}`, `%(name)s`, `%<name>s`.
fn percent(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    match bytes.get(i)? {
        b'%' => return Some(i + 1),
        b'{' => return close(bytes, i, b'}'),
        b'(' | b'<' => {
            let end = close(bytes, i, if bytes[i] == b'(' { b')' } else { b'>' })?;
            return bytes
                .get(end)
                .filter(|b| b.is_ascii_alphabetic())
                .map(|_| end + 1);
        }
        _ => {}
    }
    // Position (`1$`), flags, width and precision, then the conversion.
    let digits = |mut at: usize| {
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        at
    };
    let after = digits(i);
    if after > i && bytes.get(after) == Some(&b'$') {
        i = after + 1;
    }
    while bytes.get(i).is_some_and(|b| b"-+0#".contains(b)) {
        i += 1;
    }
    i = digits(i);
    if bytes.get(i) == Some(&b'.') {
        i = digits(i + 1);
    }
    if bytes.get(i) == Some(&b'l') {
        i += 1;
    }
    bytes
        .get(i)
        .filter(|b| b"sdifuxXeEgGc@".contains(b))
        .map(|_| i + 1)
}

/// Where `open_at`'s group closes with `close_byte` (past it), on the same value.
fn close(bytes: &[u8], open_at: usize, close_byte: u8) -> Option<usize> {
    let len = bytes[open_at + 1..].iter().position(|&b| b == close_byte)?;
    Some(open_at + 1 + len + 1)
}

fn name_end(bytes: &[u8], mut i: usize, extra: &[u8]) -> usize {
    while bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || extra.contains(&b))
    {
        i += 1;
    }
    i
}

/// Laravel's `:name`: a colon after a non-word character (or at the start) and before a letter.
fn colon_name(bytes: &[u8], start: usize) -> Option<usize> {
    let before_ok = start == 0
        || bytes
            .get(start - 1)
            .is_some_and(|&b| b.is_ascii_whitespace() || b"([\"'".contains(&b));
    let first = bytes.get(start + 1)?;
    (before_ok && (first.is_ascii_alphabetic() || *first == b'_'))
        .then(|| name_end(bytes, start + 1, b""))
}

/// i18next nesting: `$t(key)` or `$t(key, { … })`.
fn nesting(bytes: &[u8], start: usize) -> Option<usize> {
    if !bytes[start..].starts_with(b"$t(") {
        return None;
    }
    close(bytes, start + 2, b')')
}

/// vue-i18n linked messages: `@:key`, `@.lower:key`.
fn linked(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if bytes.get(i) == Some(&b'.') {
        i = name_end(bytes, i + 1, b"");
    }
    if bytes.get(i) != Some(&b':') {
        return None;
    }
    let end = name_end(bytes, i + 1, b".-");
    (end > i + 1).then_some(end)
}

/// An HTML tag (`<strong>`, `</a>`, `<br/>`, `<a href="…">`) or a numbered Trans tag (`<0>`).
fn tag(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    if !bytes.get(i)?.is_ascii_alphanumeric() {
        return None;
    }
    close(bytes, start, b'>')
}

/// `&amp;`, `&#8217;`, `&#x2019;`.
fn reference(bytes: &[u8], start: usize) -> Option<usize> {
    let end = name_end(bytes, start + 1, b"#");
    (end > start + 1 && bytes.get(end) == Some(&b';')).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::holes;

    /// The text left between the holes, joined with `|`.
    fn prose(content: &str) -> String {
        let mut left = Vec::new();
        let mut at = 0;
        for hole in holes(content) {
            if hole.start > at {
                left.push(&content[at..hole.start]);
            }
            at = at.max(hole.end);
        }
        left.push(&content[at..]);
        left.retain(|s| !s.trim().is_empty());
        left.join("|")
    }

    #[test]
    fn placeholders_are_holes() {
        assert_eq!(prose("Hello {name}, welcome"), "Hello |, welcome");
        assert_eq!(prose("Hi {{ user.name }}!"), "Hi |!");
        assert_eq!(prose("Total: ${amount} due"), "Total: | due");
        assert_eq!(prose("%s left, %1$s of %d"), " left, | of ");
        assert_eq!(prose("%{count} seats, %(n)s more"), " seats, | more");
        assert_eq!(prose("Hello :name, your :role"), "Hello |, your ");
        assert_eq!(prose("Read $t(common.terms) now"), "Read | now");
        assert_eq!(prose("See @:common.brand today"), "See | today");
        assert_eq!(prose("<strong>Fast</strong> &amp; safe"), "Fast| safe");
        assert_eq!(prose("Click <0>here</0>"), "Click |here");
    }

    #[test]
    fn percent_and_colon_in_prose_stay_prose() {
        assert_eq!(prose("Save 50% today"), "Save 50% today");
        assert_eq!(prose("Note: it works at 10:30"), "Note: it works at 10:30");
        assert_eq!(prose("Q&A and R & D"), "Q&A and R & D");
        assert_eq!(prose("a < b"), "a < b");
    }

    #[test]
    fn icu_branch_texts_are_prose() {
        assert_eq!(
            prose("{count, plural, one {# seat left} other {# seats left}}"),
            " seat left| seats left"
        );
        assert_eq!(
            prose("{gender, select, female {She joined {team}} other {They joined}}"),
            "She joined |They joined"
        );
        assert_eq!(
            prose("{n, plural, offset:1 =0 {Nobody} other {You and # others}}"),
            "Nobody|You and | others"
        );
    }

    #[test]
    fn broken_and_deep_syntax_is_bounded() {
        assert_eq!(prose("{count, plural, one {# seat"), " seat");
        assert_eq!(prose("unclosed {name and more"), "unclosed ");
        let deep = "{n, plural, one {".repeat(10_000);
        let _ = holes(&deep);
        let braces = "{".repeat(100_000);
        let found = holes(&braces);
        assert_eq!((found.len(), found[0].clone()), (1, 0..100_000));
    }
}
