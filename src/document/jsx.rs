//! JSX tags on lines of their own in MDX (`<PackageManagerTabs>`, `<Fragment slot="npm">`,
//! `</Steps>`). CommonMark reads such a line as the start of an HTML block that runs to the next
//! blank line, so the fenced code and code spans among a component's children would be read as
//! raw text — commands as prose. MDX parses those children as Markdown; blanking the tag lines
//! (same length, newlines kept) lets the Markdown parser do the same.

use super::comments::Fence;
use crate::limits::MAX_JSX_TAG_BYTES;
use std::ops::Range;

/// Elements whose content is code, not Markdown: their lines are left to the HTML reading.
const RAW_ELEMENTS: &[&str] = &["script", "style", "pre", "code"];

/// JSX tags that open lines of the MDX `view` (one tag may span lines), outside fenced code:
/// each range runs from the first tag's `<` to the last tag's `>`. Text after them stays
/// (`<summary>See the code</summary>` leaves a paragraph, not an HTML block).
pub fn flow_tag_lines(view: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut fence = Fence::default();
    let mut at = 0;
    while at < view.len() {
        let line_end = view[at..].find('\n').map_or(view.len(), |i| at + i + 1);
        if fence.line(&view[at..line_end]) {
            at = line_end;
            continue;
        }
        match leading_tags(view, at) {
            Some(range) => {
                at = view[range.end..]
                    .find('\n')
                    .map_or(view.len(), |i| range.end + i + 1);
                found.push(range);
            }
            None => at = line_end,
        }
    }
    found
}

/// The tags at the start of the line at `start` (after indentation).
fn leading_tags(view: &str, start: usize) -> Option<Range<usize>> {
    let bytes = view.as_bytes();
    let first = start + view[start..].len() - view[start..].trim_start_matches([' ', '\t']).len();
    let mut at = first;
    let mut any = false;
    while bytes.get(at) == Some(&b'<') {
        at = tag_end(view, at)?;
        any = true;
        while matches!(bytes.get(at), Some(b' ' | b'\t')) {
            at += 1;
        }
    }
    any.then_some(first..at)
}

/// The end of the JSX tag opening at `start` (`<Name …>`, `</Name>`, `<Name />`, `<>`, `</>`),
/// or `None` when it is no tag, names a raw element, or is not closed before a blank line or
/// within [`MAX_JSX_TAG_BYTES`].
fn tag_end(view: &str, start: usize) -> Option<usize> {
    let rest = &view[start + 1..];
    let closing = rest.starts_with('/');
    let name_from = usize::from(closing);
    let name_len = rest[name_from..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':')))
        .unwrap_or(rest.len() - name_from);
    let name = &rest[name_from..name_from + name_len];
    if !name.is_empty()
        && (!name.starts_with(|c: char| c.is_ascii_alphabetic()) || name.ends_with(':'))
    {
        return None; // `<3`, `<https://…>`
    }
    if RAW_ELEMENTS.contains(&name.to_ascii_lowercase().as_str()) {
        return None;
    }
    let mut i = start + 1 + name_from + name_len;
    let after = view[i..].chars().next()?;
    if !(after == '>' || after == '/' || after.is_whitespace()) {
        return None; // `<a@b.io>`, `<x+y>`
    }
    let bytes = view.as_bytes();
    let mut quote: Option<u8> = None;
    let limit = (start + MAX_JSX_TAG_BYTES).min(bytes.len());
    while i < limit {
        let b = bytes[i];
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(i + 1),
            (None, b'<') => return None,
            (_, b'\n')
                if view[i + 1..]
                    .trim_start_matches([' ', '\t', '\r'])
                    .starts_with('\n') =>
            {
                return None; // a blank line: no tag runs past its paragraph
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::flow_tag_lines;
    use crate::limits::MAX_JSX_TAG_BYTES;

    fn tags(view: &str) -> Vec<&str> {
        flow_tag_lines(view).into_iter().map(|r| &view[r]).collect()
    }

    #[test]
    fn component_tag_lines_are_found() {
        let view = "<PackageManagerTabs>\n  <Fragment slot=\"npm\">\n  ```shell\n  <NotATag>\n  ```\n  </Fragment>\n</PackageManagerTabs>\n<Card\n  title=\"x\"\n/>\n<a></a>\n<>\n";
        assert_eq!(
            tags(view),
            [
                "<PackageManagerTabs>",
                "<Fragment slot=\"npm\">",
                "</Fragment>",
                "</PackageManagerTabs>",
                "<Card\n  title=\"x\"\n/>",
                "<a></a>",
                "<>"
            ]
        );
    }

    #[test]
    fn crlf_lines_work_and_a_blank_crlf_line_ends_an_open_tag() {
        let view = "<Tabs>\r\n  <Open\r\n\r\n  text>\r\n</Tabs>\r\n";
        assert_eq!(tags(view), ["<Tabs>", "</Tabs>"]);
    }

    #[test]
    fn leading_tags_go_and_text_after_them_stays() {
        let view = "    <summary>See the code</summary>\n<Badge text=\"x\" /> and prose\n";
        assert_eq!(tags(view), ["<summary>", "<Badge text=\"x\" /> "]);
    }

    #[test]
    fn a_paragraph_of_unclosed_tags_is_read_in_bounded_steps() {
        // Each `<a "` opens a quote no line closes: without the bound every tag would scan to
        // the paragraph's end.
        let view = "<a \"\n".repeat(20_000);
        assert!(tags(&view).is_empty());
        let long = format!("<Card title=\"{}\">\n", "x".repeat(MAX_JSX_TAG_BYTES));
        assert!(tags(&long).is_empty());
    }

    #[test]
    fn raw_elements_and_non_tags_are_left() {
        let view =
            "<pre>\ncode\n</pre>\n<https://x.io>\n<a@b.io>\n<3 you\n<Open\n\nnever closed>\n";
        assert!(tags(view).is_empty(), "{:?}", tags(view));
    }
}
