//! The guide text as a diagnostic shows it. A long line (a one-line JSON guide, a 60,000-letter
//! name) is shown as a window around the problem: the renderer pads to the column with a width
//! that must fit in 16 bits, and a screen-wide excerpt helps nobody. Line and column stay those
//! of the whole file.

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::ops::Range;

/// Lines longer than this many bytes are shown as a window.
const LONG_LINE: usize = 400;
/// Bytes shown on each side of the span in a window.
const MARGIN: usize = 60;
/// The longest span shown on a long line, in bytes.
const MAX_SPAN: usize = 120;

#[derive(Debug)]
pub struct GuideSource(String);

impl GuideSource {
    pub fn new(text: &str) -> Self {
        GuideSource(text.to_string())
    }

    /// Shorten `span` to fit the window a long line is shown in (whole characters, within
    /// the line).
    pub fn fit(&self, span: Range<usize>) -> Range<usize> {
        let text = &self.0;
        let start = floor_char(text, span.start.min(text.len()));
        let line = line_around(text, start);
        let end = span.end.max(start).min(text.len());
        let long_inside = text[start..floor_char(text, end)]
            .split('\n')
            .any(|l| l.len() > LONG_LINE);
        if line.len() <= LONG_LINE && !long_inside {
            return start..end;
        }
        let end = span.end.max(start).min(line.end).min(start + MAX_SPAN);
        start..floor_char(text, end)
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The byte range of the line holding `offset`, without its line break.
fn line_around(text: &str, offset: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let start = bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[offset..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(text.len(), |i| offset + i);
    start..end
}

impl SourceCode for GuideSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = &self.0;
        let offset = span.offset();
        if offset > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let line = line_around(text, floor_char(text, offset));
        if line.len() <= LONG_LINE {
            let contents = text.as_str().read_span(span, before, after)?;
            let long_context = contents
                .data()
                .split(|&b| b == b'\n')
                .any(|l| l.len() > LONG_LINE);
            if !long_context {
                return Ok(contents);
            }
        }
        // Only the window of the line, with its true line number and column (counted in bytes
        // like the renderer's own).
        let (from, to) = if before == 0 && after == 0 {
            (offset, (offset + span.len()).min(line.end))
        } else if line.len() <= LONG_LINE {
            (line.start, line.end)
        } else {
            (
                floor_char(text, offset.saturating_sub(MARGIN).max(line.start)),
                ceil_char(text, (offset + span.len() + MARGIN).min(line.end)),
            )
        };
        let bytes = text.as_bytes();
        let line_number = bytes[..line.start].iter().filter(|&&b| b == b'\n').count();
        Ok(Box::new(MietteSpanContents::new(
            &bytes[from..to],
            (from, to - from).into(),
            line_number,
            from - line.start,
            1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, NamedSource};

    #[derive(Debug, thiserror::Error, Diagnostic)]
    #[error("bad")]
    struct Bad {
        #[source_code]
        source_code: NamedSource<GuideSource>,
        #[label("here")]
        span: SourceSpan,
    }

    fn render(text: &str, span: Range<usize>) -> String {
        let source = GuideSource::new(text);
        let span = source.fit(span);
        let bad = Bad {
            source_code: NamedSource::new("g.yml", source),
            span: (span.start..span.end).into(),
        };
        let mut out = String::new();
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .render_report(&mut out, &bad)
            .expect("renders");
        out
    }

    #[test]
    fn a_problem_far_along_a_long_line_shows_a_window_with_the_true_column() {
        let text = format!(
            "{{\"version\": 1, \"x\": \"{}\", \"bogus\": 1}}\n",
            "é".repeat(40_000)
        );
        let at = text.find("\"bogus\"").expect("present");
        let out = render(&text, at..at + 7);
        assert!(out.contains(&format!("[g.yml:1:{}]", at + 1)), "{out}");
        assert!(out.contains("\"bogus\""), "{out}");
        assert!(out.len() < 2_000, "{out}");
    }

    #[test]
    fn a_long_span_is_shortened_and_short_lines_are_untouched() {
        let text = format!("version: 1\nbrand: {{names: [{}]}}\n", "a".repeat(70_000));
        let at = text.find("aaa").expect("present");
        let out = render(&text, at..at + 70_000);
        assert!(out.contains(&format!("[g.yml:2:{}]", at - 11 + 1)), "{out}");
        assert!(out.len() < 2_000, "{out}");
        let short = render("version: 1\nbanned: x\n", 19..20);
        assert!(short.contains("[g.yml:2:9]"), "{short}");
        assert!(short.contains("banned: x"), "{short}");
    }
}
