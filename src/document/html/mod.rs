//! Prose regions of HTML documents — web pages, email templates, MJML emails — and of the HTML
//! part of site templates (Astro, Vue, Svelte), read with the html5gum tokenizer.
//!
//! Prose is the text between tags, the `alt`, `title`, `aria-label` and `placeholder`
//! attributes, and the description `<meta>` tags; never scripts, styles, other attributes,
//! comments, template and merge tags (`{{ … }}`, `{% … %}`, `*|FNAME|*`, `%%= … =%%`),
//! character references (`&amp;`) or, in site templates, `{…}` expressions and front matter.
//! Every range points into the file's own text, so positions and fixes work as in Markdown.

mod references;
mod scan;
mod template;

use super::comments::{paragraph_end, Unclosed, UnclosedKind};
use super::markdown::Regions;
use super::Kind;
use std::ops::Range;

/// Unclosed comments handled one by one (each costs a pass); past this many the rest of the
/// file stays inside the last one, as a browser reads it.
const MAX_UNCLOSED_COMMENTS: usize = 8;

/// Where prose is in an HTML-family document, and the channel its `<meta>` names.
#[derive(Debug, Default)]
pub struct Html {
    pub regions: Regions,
    /// The `content` of `<meta name="onmessage-channel" content="…">`.
    pub channel: Option<Range<usize>>,
}

/// Read `text` as a document of `kind` (one of the HTML family).
pub fn regions(text: &str, kind: Kind) -> Html {
    // Svelte and Astro expressions are `{…}`, found below with their braces balanced: read as
    // merge tags, `{#if x}` would be a Jinja comment never closed.
    let expressions = matches!(kind, Kind::Astro | Kind::Svelte);
    let mut holes = if expressions {
        Vec::new()
    } else {
        template::merge_tags(text)
    };
    let mut code = Vec::new();
    if kind == Kind::Astro {
        if let Some(fence) = template::code_fence(text) {
            holes.retain(|h| h.start >= fence.end);
            holes.insert(0, fence.clone());
            code.push(fence);
        }
    }
    let mut view = template::blanked(text, &holes);
    if expressions {
        let skipped = scan::scan(&view).skipped;
        holes.extend(template::expressions(&view, &skipped));
        holes.sort_by_key(|h| h.start);
        view = template::blanked(text, &holes);
    }
    let mut unclosed = Vec::new();
    let mut scanned = scan::scan(&view);
    while let Some(start) = scanned.unclosed_comment {
        if unclosed.len() == MAX_UNCLOSED_COMMENTS {
            break;
        }
        // As in Markdown: the comment ends with its paragraph, and the rest is checked.
        let end = paragraph_end(&view, start);
        let line_end = view[start..].find('\n').map_or(view.len(), |i| start + i);
        unclosed.push(Unclosed {
            range: start..start.max(text[..line_end].trim_end().len()),
            extent: start..end,
            kind: UnclosedKind::Comment,
        });
        holes.push(start..end);
        view = template::blanked(&view, std::slice::from_ref(&(start..end)));
        scanned = scan::scan(&view);
    }
    let mut prose = scanned.prose;
    holes.extend(references::within(text, &prose));
    super::markdown::subtract_all(&mut prose, &holes);
    code.extend(scanned.code);
    code.sort_by_key(|r| r.start);
    Html {
        regions: Regions {
            prose,
            code,
            unclosed,
            blockquotes: scanned.blockquotes,
            destinations: scanned.destinations,
            headings: scanned.headings,
        },
        channel: scanned.channel,
    }
}

/// Whether `replacement` can be written into HTML prose as it is: no markup characters, which
/// would open a tag, start a character reference or end an attribute value. A fix writing one
/// is not applied (reported, never written unread).
pub fn markup_safe(replacement: &str) -> bool {
    !replacement.contains(['<', '>', '&', '"', '\''])
}

#[cfg(test)]
mod tests;
