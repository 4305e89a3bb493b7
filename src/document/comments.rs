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
    /// What is taken as the comment or expression: up to the end of its paragraph.
    pub extent: Range<usize>,
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
/// One pass: every line is scanned once, whatever the number of comments on it.
pub fn comments(body: &str) -> Comments {
    let mut found = Comments::default();
    if !body.contains("<!--") {
        return found;
    }
    let last_close = body.rfind("-->");
    let mut fence = Fence::default();
    let mut spans = CodeSpans::default();
    let mut at = 0;
    let mut end_of_line = 0;
    while at < body.len() {
        if at >= end_of_line {
            end_of_line = line_end(body, at);
        }
        let line_end = end_of_line;
        let line_start = at == 0 || body.as_bytes()[at - 1] == b'\n';
        if line_start && fence.line(&body[at..line_end]) {
            at = line_end;
            continue;
        }
        let Some(start) = spans.next_comment(body, at, line_end) else {
            at = line_end;
            continue;
        };
        if last_close.is_some_and(|close| close >= start + 4) {
            let close = body[start + 4..]
                .find("-->")
                .map_or(body.len(), |e| start + 4 + e + 3);
            found.ranges.push(start..close);
            at = close;
        } else {
            let end = paragraph_end(body, start);
            found.ranges.push(start..end);
            let shown_end = start.max(body[..line_end].trim_end().len());
            found.unclosed.push(Unclosed {
                range: start..shown_end,
                extent: start..end,
                kind: UnclosedKind::Comment,
            });
            at = end;
        }
    }
    found
}

/// The inline code spans of the line being scanned, found once per line.
#[derive(Debug, Default)]
struct CodeSpans {
    line_end: usize,
    spans: Vec<Range<usize>>,
}

impl CodeSpans {
    /// The first `<!--` in `body[from..line_end]` outside a code span.
    fn next_comment(&mut self, body: &str, from: usize, line_end: usize) -> Option<usize> {
        let mut at = from;
        loop {
            let start = at + body[at..line_end].find("<!--")?;
            if self.line_end != line_end {
                self.line_end = line_end;
                self.spans = code_spans(body, from, line_end);
            }
            let k = self.spans.partition_point(|s| s.end <= start);
            match self.spans.get(k).filter(|s| s.start <= start) {
                Some(span) => at = span.end,
                None => return Some(start),
            }
        }
    }
}

/// Code spans in `text[from..to]`: a run of backticks opens one, closed by the next run of the
/// same length (CommonMark's rule, within one line).
pub(super) fn code_spans(text: &str, from: usize, to: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = from;
    while i < to {
        if bytes[i] == b'`' {
            let len = bytes[i..to].iter().take_while(|&&b| b == b'`').count();
            runs.push((i, len));
            i += len;
        } else {
            i += 1;
        }
    }
    // For each run, the next run of the same length.
    let mut next_same = vec![None; runs.len()];
    let mut last_of_length = std::collections::HashMap::new();
    for (k, &(_, len)) in runs.iter().enumerate().rev() {
        next_same[k] = last_of_length.insert(len, k);
    }
    let mut spans = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        match next_same[k] {
            Some(close) => {
                let (open_at, _) = runs[k];
                let (close_at, len) = runs[close];
                spans.push(open_at..close_at + len);
                k = close + 1;
            }
            None => k += 1,
        }
    }
    spans
}

/// The end of the line at `at`, after its `\n`.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
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
    /// Whether no fence is open (after its closing line, or before any).
    pub fn is_closed(&self) -> bool {
        self.open.is_none()
    }

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
        let body =
            "Intro.\n\n<!-- onmessage-disable-next-line x\nstill in it\n\nChecked.\n<!-- late";
        let found = comments(body);
        assert_eq!(
            texts(body, &found.ranges),
            [
                "<!-- onmessage-disable-next-line x\nstill in it\n",
                "<!-- late"
            ]
        );
        let unclosed: Vec<&str> = found
            .unclosed
            .iter()
            .map(|u| &body[u.range.clone()])
            .collect();
        assert_eq!(
            unclosed,
            ["<!-- onmessage-disable-next-line x", "<!-- late"]
        );
    }

    #[test]
    fn code_is_not_a_comment() {
        let body =
            "```html\n<!-- in a fence\n```\n\nUse `<!--` to open one.\n~~~\n<!--\n```\n~~~\n";
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
