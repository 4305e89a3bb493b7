//! MDX syntax that is not Markdown — `import`/`export` blocks, `{…}` expressions and JSX tags
//! on lines of their own — blanked out before the Markdown parser sees the text.

use super::comments::{paragraph_end, Unclosed, UnclosedKind};
use std::ops::Range;

/// An MDX body with its non-Markdown syntax blanked.
pub struct Blanked {
    /// The body, same length, MDX syntax replaced by filler.
    pub text: String,
    /// The blanked ranges.
    pub holes: Vec<Range<usize>>,
    /// Expressions never closed.
    pub unclosed: Vec<Unclosed>,
}

/// MDX syntax that is not Markdown, blanked with same-length filler so offsets stay valid:
/// `import`/`export` blocks (up to a blank line) become spaces, `{…}` expressions become `0`s
/// (a valid unquoted attribute value inside a JSX tag).
pub fn blank_mdx(body: &str) -> Blanked {
    let mut holes = Vec::new();
    let mut out = body.as_bytes().to_vec();
    let mut in_fence = false;
    let mut in_esm = false;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        }
        if !in_fence {
            if !in_esm && (line.starts_with("import ") || line.starts_with("export ")) {
                in_esm = true;
            }
            if in_esm && line.trim().is_empty() {
                in_esm = false;
            }
            if in_esm {
                blank(&mut out[offset..offset + line.len()], b' ');
                holes.push(offset..offset + line.len());
            }
        }
        offset += line.len();
    }
    let unclosed = blank_expressions(body, &mut out, &mut holes);
    // JSX tags on lines of their own go last: attribute expressions are blanked by now, so a
    // `>` inside `{a > b}` does not end a tag.
    if let Ok(view) = std::str::from_utf8(&out) {
        for range in super::jsx::flow_tag_lines(view) {
            blank(&mut out[range], b' ');
        }
    }
    // Only ASCII bytes were written, each over a whole character's bytes, so this is UTF-8.
    Blanked {
        text: String::from_utf8(out).unwrap_or_else(|_| body.to_string()),
        holes,
        unclosed,
    }
}

pub fn blank(bytes: &mut [u8], filler: u8) {
    for b in bytes.iter_mut().filter(|b| **b != b'\n') {
        *b = filler;
    }
}

/// Blank `{…}` expressions outside code fences and inline code. One never closed ends where its
/// paragraph ends (MDX could not go on past it either) and is returned.
fn blank_expressions(body: &str, out: &mut [u8], holes: &mut Vec<Range<usize>>) -> Vec<Unclosed> {
    let mut unclosed = Vec::new();
    let bytes = body.as_bytes();
    let never_closed = never_closed(bytes);
    let runs = BacktickRuns::new(bytes);
    let mut i = 0;
    let mut line_start = true;
    let mut in_fence = false;
    while i < bytes.len() {
        if line_start {
            let rest = body[i..].trim_start_matches([' ', '\t']);
            if rest.starts_with("```") || rest.starts_with("~~~") {
                in_fence = !in_fence;
            }
        }
        line_start = bytes[i] == b'\n';
        if in_fence {
            i += 1;
            continue;
        }
        match bytes[i] {
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                // A code span ends at the next run of exactly as many backticks.
                i = runs
                    .next(run, i + run)
                    .map_or(i + run, |closer| closer + run);
            }
            b'{' if never_closed.binary_search(&i).is_ok() => {
                let end = paragraph_end(body, i);
                let line_end = body[i..].find('\n').map_or(body.len(), |n| i + n);
                unclosed.push(Unclosed {
                    range: i..i.max(body[..line_end].trim_end().len()),
                    extent: i..end,
                    kind: UnclosedKind::Expression,
                });
                blank(&mut out[i..end], b'0');
                holes.push(i..end);
                i = end;
            }
            b'{' => {
                // Closed: its `}` is where the braces from here balance.
                let mut depth = 0usize;
                let mut j = i;
                while j < bytes.len() {
                    match bytes[j] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let end = (j + 1).min(bytes.len());
                blank(&mut out[i..end], b'0');
                holes.push(i..end);
                i = end;
            }
            _ => i += 1,
        }
    }
    unclosed
}

/// Every maximal run of backticks, by length: where the next run of a length starts is a binary
/// search, so a file of many unmatched backticks is not scanned to its end once per run.
struct BacktickRuns(std::collections::HashMap<usize, Vec<usize>>);

impl BacktickRuns {
    fn new(bytes: &[u8]) -> Self {
        let mut runs: std::collections::HashMap<usize, Vec<usize>> = Default::default();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'`' {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                runs.entry(run).or_default().push(i);
                i += run;
            } else {
                i += 1;
            }
        }
        BacktickRuns(runs)
    }

    /// The start of the first run of exactly `len` backticks at or after `from`.
    fn next(&self, len: usize, from: usize) -> Option<usize> {
        let starts = self.0.get(&len)?;
        starts.get(starts.partition_point(|&s| s < from)).copied()
    }
}

/// The `{` that no `}` ever closes, in order: those left open when every brace is matched with
/// the nearest open one. Found in one pass, so a file of many never-closed braces is not
/// scanned to its end once per brace.
fn never_closed(bytes: &[u8]) -> Vec<usize> {
    let mut open = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'{' => open.push(i),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// An MDX view with each line's indentation moved to the end of its content: MDX has no
/// indented code blocks, so a component's children indented four spaces are prose (and its
/// indented fences are fences), which CommonMark would read as code. Lines keep their lengths
/// and places, so only offsets within a line move; [`Dedented::original`] maps them back.
pub struct Dedented {
    pub text: String,
    /// Per line: its start, its indentation and the length of its content (line ending apart).
    lines: Vec<(usize, usize, usize)>,
}

pub fn dedent(view: &str) -> Dedented {
    let mut text = String::with_capacity(view.len());
    let mut lines = Vec::new();
    let mut start = 0;
    for line in view.split_inclusive('\n') {
        let eol = if line.ends_with("\r\n") {
            2
        } else {
            usize::from(line.ends_with('\n'))
        };
        let body = &line[..line.len() - eol];
        let content = body.trim_start_matches([' ', '\t']);
        let indent = body.len() - content.len();
        text.push_str(content);
        text.push_str(&body[..indent]);
        text.push_str(&line[body.len()..]);
        lines.push((start, indent, content.len()));
        start += line.len();
    }
    Dedented { text, lines }
}

impl Dedented {
    /// The offset in the view of `offset` in the dedented text (monotonic: a range maps to a
    /// range; the moved indentation maps to the end of the line's content).
    pub fn original(&self, offset: usize) -> usize {
        let i = self.lines.partition_point(|&(start, _, _)| start <= offset);
        let Some(&(start, indent, content)) = i.checked_sub(1).and_then(|i| self.lines.get(i))
        else {
            return offset;
        };
        let within = offset - start;
        if within < content {
            start + indent + within
        } else if within < content + indent {
            start + indent + content
        } else {
            offset
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedenting_moves_indentation_after_the_content_and_maps_back() {
        let view = "<X>\n    indented prose\r\n  ```sh\n\n";
        let d = dedent(view);
        assert_eq!(d.text, "<X>\nindented prose    \r\n```sh  \n\n");
        let at = d.text.find("prose").expect("prose");
        assert_eq!(&view[d.original(at)..d.original(at + 5)], "prose");
        let sh = d.text.find("```sh").expect("fence");
        assert_eq!(&view[d.original(sh)..d.original(sh + 5)], "```sh");
        // The moved indentation maps to the end of the content, the line ending to itself.
        assert_eq!(d.original(at + 5), view.find("\r\n").expect("crlf"));
        assert_eq!(d.original(at + 9), view.find("\r\n").expect("crlf"));
        assert_eq!(d.original(view.len()), view.len());
    }

    #[test]
    fn a_never_closed_expression_ends_with_its_paragraph() {
        let body = "Intro {a {b} c\nsame paragraph\n\nAfter {d} and {e\n";
        let blanked = blank_mdx(body);
        let unclosed: Vec<&str> = blanked
            .unclosed
            .iter()
            .map(|u| &body[u.range.clone()])
            .collect();
        assert_eq!(unclosed, ["{a {b} c", "{e"]);
        assert_eq!(
            blanked.text,
            "Intro 00000000\n00000000000000\n\nAfter 000 and 00\n"
        );
    }

    #[test]
    fn many_never_closed_braces_are_found_in_one_pass() {
        let body = "{\n\n".repeat(50_000);
        assert_eq!(blank_mdx(&body).unclosed.len(), 50_000);
    }

    #[test]
    fn a_code_span_ends_at_a_run_of_as_many_backticks() {
        // "``a`b {c}``" is one span (the single backtick inside does not close it); {d} is not
        // in a span and is blanked.
        let body = "x ``a`b {c}`` {d} y\n";
        assert_eq!(blank_mdx(body).text, "x ``a`b {c}`` 000 y\n");
    }

    #[test]
    fn a_longer_run_inside_a_span_does_not_close_it() {
        // The span opened by "``" skips the "```" (CommonMark: only a run of equal length
        // closes), so {c} is code and {d} after the span is an expression.
        let body = "`` a ``` {c} `` {d}\n";
        assert_eq!(blank_mdx(body).text, "`` a ``` {c} `` 000\n");
    }
}
