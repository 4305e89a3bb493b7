//! Prose regions of Markdown and MDX, in one pulldown-cmark pass: text, link text and image alt
//! text are prose; code, link destinations, autolinks, HTML tags and comments, template tags
//! (`{{< youtube … >}}`, `{% include … %}`), front matter (YAML or TOML) and (in MDX) import/export blocks and
//! `{…}` expressions are not. Text between HTML tags is prose.

use super::comments::{comments, Fence, Unclosed};
use super::mdx::{blank, blank_mdx};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::ops::Range;

/// The end of the front matter block at the start of `text`: YAML (`---` … `---` or `...`) or
/// TOML (`+++` … `+++`).
pub fn front_matter_end(text: &str) -> Option<usize> {
    super::front_matter::block(text).map(|(_, end)| end)
}

/// Where prose and code are in a Markdown text.
#[derive(Debug, Default)]
pub struct Regions {
    /// Prose ranges, sorted and disjoint.
    pub prose: Vec<Range<usize>>,
    /// Code blocks and inline code spans, sorted.
    pub code: Vec<Range<usize>>,
    /// Comments and (MDX) expressions that are never closed, sorted.
    pub unclosed: Vec<Unclosed>,
    /// Markdown `>` blockquotes, callouts included (`quotes.rs` tells them apart), sorted by
    /// start; nested ones are listed too.
    pub blockquotes: Vec<Range<usize>>,
    /// Link and image destinations, as written (paths and URLs the identifier set learns from).
    pub destinations: Vec<String>,
    /// Headings (ATX and setext), as the parser reads them: never a `#` line in code or a
    /// `#hashtag`, sorted and disjoint.
    pub headings: Vec<Range<usize>>,
}

/// Prose ranges of a Markdown text (`mdx`: treat it as MDX), sorted and disjoint.
pub fn prose_ranges(text: &str, mdx: bool) -> Vec<Range<usize>> {
    regions(text, mdx).prose
}

/// Prose and code regions of a Markdown text, in one parse.
pub fn regions(text: &str, mdx: bool) -> Regions {
    let body_start = front_matter_end(text).unwrap_or(0);
    let source = &text[body_start..];
    let (mut view, mut holes, mut unclosed) = if mdx {
        let blanked = blank_mdx(source);
        (Cow::Owned(blanked.text), blanked.holes, blanked.unclosed)
    } else {
        (Cow::Borrowed(source), Vec::new(), Vec::new())
    };
    // Comments are found in the view, where MDX expressions are blanked already.
    let comments = comments(&view);
    if !comments.unclosed.is_empty() {
        // An unclosed comment ends with its paragraph: blank it there, so the parser does not
        // run it to the end of the file.
        let mut bytes = view.into_owned().into_bytes();
        for comment in &comments.unclosed {
            blank(&mut bytes[comment.extent.clone()], b' ');
        }
        // Only ASCII bytes were written, each over a whole character's bytes.
        view = Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| source.to_string()));
    }
    holes.extend(comments.ranges);
    unclosed.extend(comments.unclosed);
    // MDX has no indented code: its view is parsed with each line's indentation moved away.
    let dedented = mdx.then(|| super::mdx::dedent(&view));
    let body = dedented.as_ref().map_or(view.as_ref(), |d| d.text.as_str());
    let original = |offset: usize| dedented.as_ref().map_or(offset, |d| d.original(offset));
    let mut prose = Vec::new();
    let mut code = Vec::new();
    let mut code_start = 0usize;
    let mut code_depth = 0usize;
    let mut autolink_depth = 0usize;
    let mut html_block: Option<usize> = None;
    let mut blockquotes = Vec::new();
    let mut destinations = Vec::new();
    let mut headings = Vec::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = original(range.start) + body_start..original(range.end) + body_start;
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
            destinations.push(dest_url.to_string());
        }
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                code_depth += 1;
                code_start = range.start;
            }
            Event::End(TagEnd::CodeBlock) => {
                code_depth = code_depth.saturating_sub(1);
                code.push(code_start..range.end);
            }
            Event::Code(_) => code.push(range),
            Event::Start(Tag::BlockQuote(_)) => blockquotes.push(range),
            Event::Start(Tag::Heading { .. }) => headings.push(range),
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => autolink_depth += 1,
            Event::End(TagEnd::Link) if autolink_depth > 0 => autolink_depth -= 1,
            Event::Start(Tag::HtmlBlock) => html_block = Some(range.start),
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(start) = html_block.take() {
                    let block = start..range.end;
                    let mut block_prose = Vec::new();
                    html_text(text, block.clone(), &mut block_prose);
                    // Fenced code written inside an HTML block (`<details>` then ```sh) is code,
                    // though CommonMark reads the block raw.
                    let fenced = fenced_lines(text, block.clone());
                    subtract_all(&mut block_prose, &fenced);
                    code.extend(fenced);
                    // Backticks keep meaning code in an HTML block's text, which CommonMark
                    // reads raw (a tweet's "`docker build`" embedded as its HTML).
                    let spans = super::comments::code_spans(text, block.start, block.end);
                    subtract_all(&mut block_prose, &spans);
                    code.extend(spans);
                    for range in block_prose {
                        push(&mut prose, range);
                    }
                }
            }
            Event::Text(_) if code_depth == 0 && autolink_depth == 0 => push(&mut prose, range),
            _ => {}
        }
    }
    let holes: Vec<Range<usize>> = holes
        .into_iter()
        .map(|h| h.start + body_start..h.end + body_start)
        .collect();
    subtract_all(&mut prose, &holes);
    let tags = super::template_tags::template_tags_in(text, &prose);
    subtract_all(&mut prose, &tags);
    code.sort_by_key(|r| r.start);
    for u in &mut unclosed {
        u.range = u.range.start + body_start..u.range.end + body_start;
    }
    unclosed.sort_by_key(|u| u.range.start);
    Regions {
        prose,
        code,
        unclosed,
        blockquotes,
        destinations,
        headings,
    }
}

fn push(prose: &mut Vec<Range<usize>>, range: Range<usize>) {
    if range.is_empty() {
        return;
    }
    match prose.last_mut() {
        Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
        _ => prose.push(range),
    }
}

/// Text between the tags of an HTML block; comments and the insides of `script`, `style`,
/// `pre` and `code` elements are not prose.
fn html_text(text: &str, block: Range<usize>, prose: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut i = block.start;
    let mut text_start = i;
    let mut raw_until: Option<&'static str> = None;
    while i < block.end {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &text[i..block.end];
        let tag_end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(block.end, |e| i + e + 3)
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            tag_close(text, i, block.end)
        } else {
            i += 1;
            continue;
        };
        if raw_until.is_none() {
            push(prose, text_start..i);
        }
        let name = tag_name(rest).to_ascii_lowercase();
        match raw_until {
            Some(closing) if name.strip_prefix('/') == Some(closing) => raw_until = None,
            None => raw_until = RAW_ELEMENTS.iter().copied().find(|raw| *raw == name),
            _ => {}
        }
        i = tag_end;
        text_start = i;
    }
    if raw_until.is_none() {
        push(prose, text_start..block.end);
    }
}

/// The fenced code blocks (opening to closing line) among the lines of `block`.
fn fenced_lines(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let mut fence = Fence::default();
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut open: Option<usize> = None;
    let mut at = block.start;
    for line in text[block.clone()].split_inclusive('\n') {
        let inside = fence.line(line);
        match (inside, open) {
            (true, None) => open = Some(at),
            (false, Some(start)) => {
                found.push(start..at);
                open = None;
            }
            _ => {}
        }
        at += line.len();
        if inside && fence.is_closed() {
            if let Some(start) = open.take() {
                found.push(start..at);
            }
        }
    }
    if let Some(start) = open {
        found.push(start..block.end);
    }
    found
}

/// Elements whose content is code, not prose.
const RAW_ELEMENTS: &[&str] = &["script", "style", "pre", "code"];

/// The end of the tag opening at `start`, respecting quoted attribute values.
fn tag_close(text: &str, start: usize, limit: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (offset, &b) in text.as_bytes()[start..limit].iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return start + offset + 1,
            _ => {}
        }
    }
    limit
}

fn tag_name(tag: &str) -> &str {
    let inner = &tag[1..];
    let end = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '-'))
        .unwrap_or(inner.len());
    &inner[..end]
}

/// Remove `holes` from the prose ranges (sorted and disjoint), in one sweep: an MDX file may
/// have hundreds of each.
pub(super) fn subtract_all(prose: &mut Vec<Range<usize>>, holes: &[Range<usize>]) {
    let mut holes: Vec<&Range<usize>> = holes.iter().filter(|h| h.start < h.end).collect();
    if holes.is_empty() {
        return;
    }
    holes.sort_by_key(|h| h.start);
    let mut result = Vec::with_capacity(prose.len());
    // Holes ending before a range cannot touch it or any later one.
    let mut first = 0;
    for range in prose.drain(..) {
        while holes.get(first).is_some_and(|h| h.end <= range.start) {
            first += 1;
        }
        let mut start = range.start;
        for hole in holes[first..].iter().take_while(|h| h.start < range.end) {
            if hole.start > start {
                result.push(start..hole.start);
            }
            start = start.max(hole.end);
        }
        if start < range.end {
            result.push(start..range.end);
        }
    }
    *prose = result;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str, mdx: bool) -> Vec<&str> {
        prose_ranges(text, mdx)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn code_urls_html_and_front_matter_are_not_prose() {
        let text = "---\ntitle: Client\n---\n# Hello client\n\nUse `client_id` and <https://x.io/client>.\n\n```\nclient\n```\n\n    indented client\n\n<!-- client -->\n[link client](http://client.example/)\n";
        let joined = prose(text, false).join("|");
        assert!(!joined.contains("title"), "{joined}");
        assert!(joined.contains("Hello client"));
        assert!(joined.contains("link client"));
        assert_eq!(joined.matches("client").count(), 2, "{joined}");
    }

    #[test]
    fn alt_text_and_text_between_html_tags_are_prose() {
        let text = "![a client photo](img/client.png)\n\n<div class=\"client\">\nDear client\n<!-- client -->\n<script>client()</script>\n</div>\n";
        let joined = prose(text, false).join("|");
        assert!(joined.contains("a client photo"));
        assert!(joined.contains("Dear client"));
        assert_eq!(joined.matches("client").count(), 2, "{joined}");
    }

    #[test]
    fn code_spans_and_template_tags_in_html_and_text_are_not_prose() {
        // Tilt's blog (Apache-2.0), `2021-11-04-docker-build-alternatives.md`: an embedded tweet,
        // its code spans written with backticks inside the HTML.
        let text = "<blockquote class=\"twitter-tweet\"><p lang=\"en\">You don&#39;t need `docker build` to build a container image.</p></blockquote>\n\n{{< youtube sq8nsjuJqO4 >}}\n\nWatch the docker talk.\n";
        let joined = prose(text, false).join("|");
        assert!(joined.contains("You don&#39;t need "), "{joined}");
        assert!(joined.contains("to build a container image."), "{joined}");
        assert!(joined.contains("Watch the docker talk."), "{joined}");
        assert_eq!(joined.matches("docker").count(), 1, "{joined}");
        assert!(!joined.contains("youtube"), "{joined}");
    }

    #[test]
    fn mdx_imports_and_expressions_are_not_prose() {
        let text = "import Card from './client.astro';\nexport const client = 1;\n\n# Title\n\nHello {client.name}, dear client.\n\n<Card title={client}>\nClient text\n</Card>\n\n{/* client comment */}\n";
        let joined = prose(text, true).join("|");
        assert!(joined.contains("dear client"));
        assert!(joined.contains("Client text"));
        assert_eq!(
            joined.to_lowercase().matches("client").count(),
            2,
            "{joined}"
        );
        assert!(!joined.contains('0'), "{joined}");
    }

    #[test]
    fn mdx_component_children_are_markdown() {
        // From the Astro docs: fences and code spans among component children are code, and
        // children indented as CommonMark code would be are prose (MDX has no indented code).
        let text = "<PackageManagerTabs>\n  <Fragment slot=\"npm\">\n  ```shell\n  npx astro add client\n  ```\n  </Fragment>\n</PackageManagerTabs>\n\n<Steps>\n1. Install `client-kit`.\n\n    <details>\n    <summary>See the client code</summary>\n    ```astro title=\"client.astro\"\n    client\n    ```\n    </details>\n</Steps>\n\n<Option>\n        dear client, all of the above\n</Option>\n";
        let joined = prose(text, true).join("|");
        assert!(joined.contains("See the client code"), "{joined}");
        assert!(joined.contains("dear client, all of the above"), "{joined}");
        assert_eq!(joined.matches("client").count(), 2, "{joined}");
        let code: Vec<&str> = regions(text, true)
            .code
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert!(
            code.iter().any(|c| c.contains("npx astro add client")),
            "{code:?}"
        );
        assert!(code.contains(&"`client-kit`"), "{code:?}");
        // In Markdown the tags open an HTML block, as CommonMark says, but a fence written in
        // one is still code.
        let md = prose(text, false).join("|");
        assert!(!md.contains("npx astro"), "{md}");
        assert!(md.contains("dear client"), "{md}");
    }

    #[test]
    fn front_matter_needs_a_closing_line() {
        assert_eq!(front_matter_end("---\na: 1\n---\nbody"), Some(13));
        assert_eq!(front_matter_end("---\nno end"), None);
        assert_eq!(front_matter_end("text\n---\n"), None);
        assert_eq!(front_matter_end("+++\na = 1\n+++\nbody"), Some(14));
    }
}

#[cfg(test)]
mod subtraction {
    use super::subtract_all;
    use proptest::prelude::*;
    use std::ops::Range;

    /// Byte by byte: what is in some prose range and in no hole.
    fn kept(prose: &[Range<usize>], holes: &[Range<usize>]) -> Vec<usize> {
        (0..200)
            .filter(|&i| prose.iter().any(|r| r.contains(&i)))
            .filter(|&i| !holes.iter().any(|h| h.contains(&i)))
            .collect()
    }

    proptest! {
        #[test]
        fn subtracting_holes_keeps_exactly_the_bytes_outside_them(
            cuts in prop::collection::btree_set(0usize..200, 0..20),
            holes in prop::collection::vec((0usize..200, 0usize..30), 0..12),
        ) {
            // Sorted, disjoint prose ranges from sorted cut points.
            let cuts: Vec<usize> = cuts.into_iter().collect();
            let prose: Vec<Range<usize>> = cuts.chunks(2).filter(|c| c.len() == 2).map(|c| c[0]..c[1]).collect();
            let holes: Vec<Range<usize>> = holes.into_iter().map(|(s, len)| s..s + len).collect();
            let mut result = prose.clone();
            subtract_all(&mut result, &holes);
            let bytes: Vec<usize> = result.iter().flat_map(|r| r.clone()).collect();
            prop_assert_eq!(bytes, kept(&prose, &holes));
            prop_assert!(result.iter().all(|r| !r.is_empty()));
            prop_assert!(result.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }
}
