//! "Disable onmessage rule … for this line": a suppression comment on its own line above the
//! finding's line, in the syntax `check` reads for the document's kind (an HTML comment in
//! Markdown and plain text, `{/* … */}` in MDX), with the line's indentation and blockquote
//! markers so the comment stays in the same block.

use super::documents::Open;
use super::text;
use crate::document::{Document, Kind};
use crate::finding::{Finding, Scope};
use crate::registry::RuleId;
use crate::suppress::{INVALID, UNUSED};
use lsp_types::TextEdit;

/// A suppression comment to offer: the rule, the start of the line it silences, the edit.
pub struct Disable {
    pub rule: RuleId,
    pub line_start: usize,
    pub edit: TextEdit,
}

/// One comment per rule among `findings` that a comment can silence, by the line it starts on.
pub fn comments<'f>(doc: &Open, findings: impl Iterator<Item = &'f Finding>) -> Vec<Disable> {
    let kind = Kind::for_named(&doc.path);
    let parsed = Document::new(&doc.text, kind);
    let mut seen: Vec<(usize, RuleId)> = Vec::new();
    let mut out = Vec::new();
    for finding in findings {
        let Some(line_start) = suppressible_line(&doc.text, &parsed, finding) else {
            continue;
        };
        if seen.contains(&(line_start, finding.rule)) {
            continue;
        }
        seen.push((line_start, finding.rule));
        out.push(Disable {
            rule: finding.rule,
            line_start,
            edit: insert_comment(&doc.text, line_start, kind, finding.rule),
        });
    }
    out
}

/// The start of the line a comment above would silence `finding` on; `None` for findings no
/// comment may silence (the suppression rules themselves, whole-file findings) and lines where
/// a comment is text or would break the structure (code, front matter, a table row).
fn suppressible_line(text: &str, parsed: &Document, finding: &Finding) -> Option<usize> {
    if finding.scope == Scope::File || finding.rule == UNUSED || finding.rule == INVALID {
        return None;
    }
    let start = finding.start.min(text.len());
    let at = start.checked_sub(parsed.bom)?;
    let in_front_matter = parsed
        .front_matter
        .as_ref()
        .is_some_and(|fm| fm.contains(&at));
    if in_front_matter || parsed.in_code(at) {
        return None;
    }
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default();
    let rest = &line[block_prefix(line, parsed.kind)..];
    (!rest.starts_with('|')).then_some(line_start)
}

/// The bytes of `line` that place it in its block: its indentation, and in Markdown its
/// blockquote markers (`> > `).
fn block_prefix(line: &str, kind: Kind) -> usize {
    let mut end = line.len() - line.trim_start().len();
    if matches!(kind, Kind::Markdown | Kind::Mdx) {
        while line[end..].starts_with('>') {
            end += 1;
            end += line[end..].len() - line[end..].trim_start().len();
        }
    }
    end
}

/// The edit inserting the comment above the line at `line_start`, with its prefix and line
/// ending.
fn insert_comment(text: &str, line_start: usize, kind: Kind, rule: RuleId) -> TextEdit {
    let line = text[line_start..].lines().next().unwrap_or_default();
    let prefix = &line[..block_prefix(line, kind)];
    let comment = match kind {
        Kind::Mdx => format!("{{/* onmessage-disable-next-line {rule} */}}"),
        _ => format!("<!-- onmessage-disable-next-line {rule} -->"),
    };
    let crlf = text[line_start..]
        .split_inclusive('\n')
        .next()
        .is_some_and(|l| l.ends_with("\r\n"));
    let eol = if crlf { "\r\n" } else { "\n" };
    let at = text::position_of(text, line_start);
    TextEdit::new(
        lsp_types::Range::new(at, at),
        format!("{prefix}{comment}{eol}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_keep_indentation_and_blockquotes() {
        let text = "  > > quoted\n";
        assert_eq!(block_prefix(text, Kind::Markdown), 6);
        assert_eq!(block_prefix(text, Kind::Text), 2);
        let rule = RuleId::parse("banned-term").unwrap();
        let edit = insert_comment("a\r\n\tsynergy\r\n", 3, Kind::Mdx, rule);
        assert_eq!(
            edit.new_text,
            "\t{/* onmessage-disable-next-line banned-term */}\r\n"
        );
        assert_eq!(edit.range.start, lsp_types::Position::new(1, 0));
    }
}
