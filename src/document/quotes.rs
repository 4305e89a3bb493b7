//! Quotations: someone else's words, which a fix must never rewrite: Markdown `>` blockquotes
//! (not callouts such as `> [!NOTE]` or `> **Note:**`, which are the writer's own words),
//! `<blockquote>` and `<q>` elements, containers styled as quotations
//! ([`super::styled_quotes`]), quotations over several paragraphs
//! ([`super::quoted_answers`]), the messages of a chat transcript ([`super::transcripts`]) and
//! the answers of an interview under its questions ([`super::interviews`]), found once per
//! document, and quoted sentences — quotation marks
//! around three or more words within one paragraph — looked for in the paragraph of a match.

use super::callouts::is_callout;
use super::{words, Document, Kind};
use std::ops::Range;

/// The quotations of `doc`, sorted and disjoint.
pub(super) fn find(doc: &Document, blockquotes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = structural(doc, blockquotes);
    scan_sentences(doc, 0, |_, _| false, &mut found);
    merged(found)
}

/// The quotations that are not quoted sentences — blockquotes that are not callouts, HTML
/// elements — sorted and disjoint: cheap to find, unlike quoted sentences, which take a pass
/// over every character of the text.
pub(super) fn structural(doc: &Document, blockquotes: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = doc.text;
    let mut found: Vec<Range<usize>> = blockquotes
        .iter()
        .filter(|b| !is_callout(&text[(*b).clone()]))
        .cloned()
        .collect();
    if doc.kind != Kind::Text && !doc.kind.is_extracted() {
        html_quotes(doc, &mut found);
        super::styled_quotes::find(doc, &mut found);
    }
    super::quoted_answers::find(doc, &mut found);
    if matches!(doc.kind, Kind::Markdown | Kind::Mdx) {
        super::transcripts::find(doc.text, &mut found);
        super::interviews::find(doc, &mut found);
    }
    merged(found)
}

/// Sorted, with overlapping or touching ranges merged.
fn merged(mut found: Vec<Range<usize>>) -> Vec<Range<usize>> {
    found.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for range in found {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Whether any of the sorted, disjoint `ranges` overlaps `start..end`.
pub(super) fn touches(ranges: &[Range<usize>], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|q| q.end <= start);
    ranges.get(i).is_some_and(|q| q.start < end)
}

/// Bytes a scan for the quoted sentences around a match may cover before the whole text is
/// scanned once instead (a long paragraph with many matches would otherwise be scanned again
/// for each).
const MAX_WINDOW: usize = 64 * 1024;

/// Whether a quoted sentence overlaps `start..end` (`end > start`), scanning only the paragraph
/// around it (in a JSON or YAML file, a line: its values hold no paragraph breaks, and a value
/// never quotes across lines); `None` when that paragraph is too long (see [`MAX_WINDOW`]).
pub(super) fn sentence_touches(doc: &Document, start: usize, end: usize) -> Option<bool> {
    let text = doc.text;
    // A paragraph break closes every quotation, so one touching the match opens after the last
    // break before it: the scan starts there as a scan of the whole text would be there.
    let mut from = 0;
    let mut before = start;
    while let Some(j) = text[..before].rfind('\n') {
        if start - j > MAX_WINDOW {
            return None;
        }
        if doc.kind.is_content_file() || breaks_paragraph(&text[j + 1..], doc.kind.is_html()) {
            from = j;
            break;
        }
        before = j;
    }
    if start - from > MAX_WINDOW {
        return None;
    }
    let mut found = Vec::new();
    let mut too_long = false;
    // Past `end` with no quotation open before it, no later quotation can touch the match.
    let done = |i: usize, open: Option<usize>| {
        too_long = i - from > 2 * MAX_WINDOW;
        too_long || (i >= end && open.is_none_or(|o| o >= end))
    };
    scan_sentences(doc, from, done, &mut found);
    if too_long {
        return None;
    }
    Some(found.iter().any(|q| q.start < end && q.end > start))
}

/// `<blockquote>…</blockquote>` and `<q>…</q>` outside code; an element never closed is no
/// quotation.
fn html_quotes(doc: &Document, found: &mut Vec<Range<usize>>) {
    // One stack per element, so each tag is looked at once.
    let mut open: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for tag in html_tags(doc, &["blockquote", "q"]) {
        if !tag.closing {
            open[tag.which].push(tag.range.start);
        } else if let Some(start) = open[tag.which].pop() {
            found.push(start..tag.range.end);
        }
    }
}

/// An HTML tag outside code: which of the names asked for it has, and whether it closes.
pub(super) struct HtmlTag {
    pub which: usize,
    pub closing: bool,
    /// From its `<` to after its `>` (the text's end if never closed).
    pub range: Range<usize>,
    /// Where its name ends: its attributes follow.
    pub name_end: usize,
}

/// The tags named one of `names` (any case) in `doc`, outside code, in order.
pub(super) fn html_tags<'a>(
    doc: &'a Document,
    names: &'a [&'a str],
) -> impl Iterator<Item = HtmlTag> + 'a {
    let text = doc.text;
    let bytes = text.as_bytes();
    text.match_indices('<').filter_map(move |(i, _)| {
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        let which = names.iter().position(|name| {
            bytes
                .get(name_start..name_start + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                && bytes
                    .get(name_start + name.len())
                    .is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
        })?;
        if doc.in_code(i) {
            return None;
        }
        let end = text[i..].find('>').map_or(text.len(), |e| i + e + 1);
        Some(HtmlTag {
            which,
            closing,
            range: i..end,
            name_end: name_start + names[which].len(),
        })
    })
}

/// Quotation marks around three or more words within one paragraph, scanning from `from` (the
/// start of the text or a line break) until `done(offset, opening mark's offset)` says so.
/// Straight quotes open after a space or an opening bracket and close before a non-word
/// character, so inches (`5"`) and apostrophes pair with nothing; a mark left open at the
/// paragraph's end quotes nothing.
fn scan_sentences(
    doc: &Document,
    from: usize,
    mut done: impl FnMut(usize, Option<usize>) -> bool,
    found: &mut Vec<Range<usize>>,
) {
    let text = doc.text;
    // (offset of the opening mark, the closing marks that end it)
    let mut open: Option<(usize, &[char])> = None;
    let mut prev: Option<char> = None;
    let mut chars = text[from..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let i = from + i;
        if done(i, open.map(|(start, _)| start)) {
            return;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if c == '\n'
            && (doc.kind.is_content_file() || breaks_paragraph(&text[i + 1..], doc.kind.is_html()))
        {
            open = None;
        }
        let is_mark = matches!(c, '"' | '“' | '”' | '„' | '‘' | '’' | '«' | '»');
        // Only a mark that would open or close is looked up in the prose regions.
        let prose = |c: char| doc.is_prose(i..i + c.len_utf8());
        if is_mark {
            match open {
                Some((start, closers)) if closers.contains(&c) && closes(c, prev, next) => {
                    if prose(c) {
                        let end = i + c.len_utf8();
                        if words(&text[start..end]).take(3).count() == 3 {
                            found.push(start..end);
                        }
                        open = None;
                    }
                }
                Some(_) => {}
                None => {
                    open = opens(c, prev, next)
                        .filter(|_| prose(c))
                        .map(|closers| (i, closers))
                }
            }
        }
        prev = Some(c);
    }
}

/// The closing marks of an opening mark, if `c` opens a quotation here.
pub(super) fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<&'static [char]> {
    let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-*_>".contains(p));
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        // Writers mix curly and straight marks: a straight mark may close a curly quotation.
        '“' => Some(&['”', '“', '"']),
        '„' => Some(&['“', '”', '"']),
        '«' => Some(&['»']),
        '"' if after_space && before_word => Some(&['"']),
        '‘' if after_space && before_word => Some(&['’']),
        _ => None,
    }
}

/// Whether a closing mark closes here: curly double marks always; straight and single ones
/// after a non-space and before a non-word character ("don’t" does not close a quotation).
pub(super) fn closes(c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '"' | '’' => {
            prev.is_some_and(|p| !p.is_whitespace())
                && !next.is_some_and(crate::document::identifiers::is_word_char)
        }
        _ => true,
    }
}

/// Whether the line starting at `rest` ends a paragraph: blank, or a heading, list item or
/// table row begins there.
fn breaks_paragraph(rest: &str, html: bool) -> bool {
    let line = rest.split('\n').next().unwrap_or("");
    // In HTML files a line opening with a block element's tag starts a new block, as one does
    // in CommonMark; emails rarely have blank lines, and without this a whole file would be one
    // paragraph, scanned again for each match.
    if html && opens_with_block_tag(line.trim_start()) {
        return true;
    }
    let content = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    if content.is_empty() {
        return true;
    }
    let digits = content.len()
        - content
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    content.starts_with(['#', '|'])
        || ["- ", "* ", "+ "].iter().any(|m| content.starts_with(m))
        || (digits > 0 && content[digits..].starts_with(['.', ')']))
}

/// Elements that open a block (CommonMark's HTML block names, and MJML's `mj-` elements).
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Whether `line` starts with an opening or closing block tag, or a comment.
fn opens_with_block_tag(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('<') else {
        return false;
    };
    if rest.starts_with("!--") {
        return true;
    }
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let name = rest[..name_len].to_ascii_lowercase();
    name.starts_with("mj-") || BLOCK_TAGS.contains(&name.as_str())
}

#[cfg(test)]
#[path = "quotes_tests.rs"]
mod tests;
