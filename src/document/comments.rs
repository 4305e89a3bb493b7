//! HTML comments in Markdown, and what to do with one that is never closed. CommonMark lets an
//! unclosed `<!--` run to the end of the file, which would hide every later line from the
//! rules; here it ends where its paragraph ends (the next blank line or code fence), and is
//! reported, so the rest of the file is still checked.

use std::ops::Range;

/// An opening that is never closed: an HTML comment's `<!--` or an MDX expression's `{`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unclosed {
    /// From the opening to the end of its line: what a finding shows.
    pub range: Range<usize>,
    pub kind: UnclosedKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnclosedKind {
    /// `<!--` without a `-->` after it.
    Comment,
    /// `{` without its `}` (MDX).
    Expression,
}

/// The comments of a Markdown body, outside fenced code and code spans.
#[derive(Debug, Default)]
pub struct Comments {
    /// Every comment's range; an unclosed one runs to the end of its paragraph.
    pub ranges: Vec<Range<usize>>,
    pub unclosed: Vec<Unclosed>,
}

/// Find the comments of `body`. A comment is closed by the first `-->` after its `<!--`
/// wherever that is (as in CommonMark); a `<!--` with no `-->` anywhere after it is unclosed.
pub fn comments(body: &str) -> Comments {
    let mut found = Comments::default();
    if !body.contains("<!--") {
        return found;
    }
    let last_close = body.rfind("-->");
    let bytes = body.as_bytes();
    let mut fence = Fence::default();
    let mut at = 0;
    while at < body.len() {
        let line_end = line_end(body, at);
        if fence.line(&body[at..line_end]) {
            at = line_end;
            continue;
        }
        let mut i = at;
        let mut next_line = line_end;
        while i < line_end {
            match bytes[i] {
                b'`' => i = skip_code_span(body, i, line_end),
                b'<' if body[i..].starts_with("<!--") => {
                    if last_close.is_some_and(|close| close >= i + 4) {
                        let close = body[i + 4..].find("-->").map_or(body.len(), |e| i + 4 + e + 3);
                        found.ranges.push(i..close);
                        if close > line_end {
                            // The comment spans lines: go on after it, on its last line.
                            next_line = close;
                            break;
                        }
                        i = close;
                    } else {
                        let end = paragraph_end(body, i);
                        found.ranges.push(i..end);
                        found.unclosed.push(Unclosed {
                            range: i..body[..line_end].trim_end().len().max(i),
                            kind: UnclosedKind::Comment,
                        });
                        next_line = end;
                        break;
                    }
                }
                _ => i += 1,
            }
        }
        at = if next_line > line_end && next_line < body.len() && bytes[next_line - 1] != b'\n' {
            // Resume mid-line after a multi-line comment: scan the rest of that line.
            resume_mid_line(body, next_line, &mut found, last_close)
        } else {
            next_line
        };
    }
    found
}

/// Scan the rest of the line from `from` (just after a multi-line comment) for more comments on
/// that line; returns where scanning goes on.
fn resume_mid_line(body: &str, from: usize, found: &mut Comments, last_close: Option<usize>) -> usize {
    let line_end = line_end(body, from);
    let rest = &body[from..line_end];
    match rest.find("<!--") {
        // Rare enough (a comment closed and another opened on one line) to hand back to the
        // line scan by treating the line's remainder as a line of its own.
        Some(_) => {
            let sub = comments_in_line(body, from, line_end, last_close, found);
            sub.max(line_end)
        }
        None => line_end,
    }
}

/// The comments that start in `body[from..line_end]`; returns where scanning goes on.
fn comments_in_line(
    body: &str,
    from: usize,
    line_end: usize,
    last_close: Option<usize>,
    found: &mut Comments,
) -> usize {
    let mut i = from;
    while i < line_end {
        let Some(open) = body[i..line_end].find("<!--") else {
            break;
        };
        let start = i + open;
        if last_close.is_some_and(|close| close >= start + 4) {
            let close = body[start + 4..]
                .find("-->")
                .map_or(body.len(), |e| start + 4 + e + 3);
            found.ranges.push(start..close);
            if close > line_end {
                return close;
            }
            i = close;
        } else {
            let end = paragraph_end(body, start);
            found.ranges.push(start..end);
            found.unclosed.push(Unclosed {
                range: start..body[..line_end].trim_end().len().max(start),
                kind: UnclosedKind::Comment,
            });
            return end;
        }
    }
    line_end
}

/// The end of the line at `at`, after its `\n`.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

/// Past the code span opening at the backtick run at `i`, when it closes on the same line;
/// otherwise just past the run (the backticks are literal).
fn skip_code_span(text: &str, i: usize, line_end: usize) -> usize {
    let run = text.as_bytes()[i..line_end]
        .iter()
        .take_while(|&&b| b == b'`')
        .count();
    let ticks = &text[i..i + run];
    let mut from = i + run;
    while let Some(found) = text[from..line_end].find(ticks) {
        let at = from + found;
        let length = text.as_bytes()[at..line_end]
            .iter()
            .take_while(|&&b| b == b'`')
            .count();
        if length == run {
            return at + run;
        }
        from = at + length;
    }
    i + run
}

/// Where the paragraph holding offset `at` ends: the start of the next blank line or code fence
/// line after `at`'s line, or the end of the text. An unclosed opening ends there.
pub fn paragraph_end(text: &str, at: usize) -> usize {
    let mut line = line_end(text, at);
    while line < text.len() {
        let next = line_end(text, line);
        let content = text[line..next].trim();
        if content.is_empty() || is_fence(content).is_some() {
            return line;
        }
        line = next;
    }
    text.len()
}

/// A fenced code block's opening: its character and length (three or more backticks or tildes).
fn is_fence(trimmed: &str) -> Option<(u8, usize)> {
    let first = *trimmed.as_bytes().first()?;
    if first != b'`' && first != b'~' {
        return None;
    }
    let run = trimmed.bytes().take_while(|&b| b == first).count();
    (run >= 3).then_some((first, run))
}

/// Whether lines are inside a fenced code block, line by line.
#[derive(Debug, Default)]
pub struct Fence {
    open: Option<(u8, usize)>,
}

impl Fence {
    /// Take the next line; true when it belongs to a fence (its opening, its code or its
    /// closing line).
    pub fn line(&mut self, line: &str) -> bool {
        let trimmed = line.trim_start_matches([' ', '\t']);
        match self.open {
            Some((ch, len)) => {
                let closing = trimmed.trim_end();
                let run = closing.bytes().take_while(|&b| b == ch).count();
                if run >= len && run == closing.len() {
                    self.open = None;
                }
                true
            }
            None => {
                self.open = is_fence(trimmed);
                self.open.is_some()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(body: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &body[r.clone()]).collect()
    }

    #[test]
    fn closed_comments_end_at_their_first_close() {
        let body = "a <!-- one --> b <!-- two\nlines --> c <!-- three --> d\n";
        let found = comments(body);
        assert_eq!(
            texts(body, &found.ranges),
            ["<!-- one -->", "<!-- two\nlines -->", "<!-- three -->"]
        );
        assert!(found.unclosed.is_empty());
    }

    #[test]
    fn an_unclosed_comment_ends_with_its_paragraph() {
        let body = "Intro.\n\n<!-- onmessage-disable-next-line x\nstill in it\n\nChecked.\n<!-- late";
        let found = comments(body);
        assert_eq!(
            texts(body, &found.ranges),
            ["<!-- onmessage-disable-next-line x\nstill in it\n", "<!-- late"]
        );
        let unclosed: Vec<&str> = found.unclosed.iter().map(|u| &body[u.range.clone()]).collect();
        assert_eq!(unclosed, ["<!-- onmessage-disable-next-line x", "<!-- late"]);
    }

    #[test]
    fn code_is_not_a_comment() {
        let body = "```html\n<!-- in a fence\n```\n\nUse `<!--` to open one.\n~~~\n<!--\n```\n~~~\n";
        let found = comments(body);
        assert!(found.ranges.is_empty(), "{:?}", texts(body, &found.ranges));
        assert!(found.unclosed.is_empty());
    }

    #[test]
    fn an_unclosed_comment_stops_before_a_fence() {
        let body = "<!-- draft\n```\ncode\n```\nafter\n";
        let found = comments(body);
        assert_eq!(texts(body, &found.ranges), ["<!-- draft\n"]);
    }
}
