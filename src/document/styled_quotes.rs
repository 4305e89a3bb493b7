//! Containers a site styles as quotations: `<div class="quote">`, `<figure
//! class="testimonial">`, `<div style="background: var(--blockquote-bg-color); border-left: …">`
//! (how the Rust blog's project-goal updates set off each comment they quote). Their text is
//! someone's words, as a `<blockquote>` element's is.

use super::quotes::html_tags;
use super::Document;
use std::ops::Range;

/// Elements a site wraps a quotation in.
const CONTAINERS: [&str; 4] = ["div", "figure", "aside", "section"];

/// Words of an attribute that name a quotation's style; "quote" alone is one only as a whole
/// class name ("quote-form" is a form for a price quote).
const QUOTE_WORDS: [&str; 4] = ["blockquote", "pullquote", "quotation", "testimonial"];

/// Adds to `found` each container, outside code, whose attributes style it as a quotation; an
/// element never closed is none.
pub(super) fn find(doc: &Document, found: &mut Vec<Range<usize>>) {
    let text = doc.text;
    // Most documents name no such style: one search rules them out.
    if !(text.contains("quot") || text.contains("testimonial")) {
        return;
    }
    let mut open: [Vec<(usize, bool)>; 4] = Default::default();
    for tag in html_tags(doc, &CONTAINERS) {
        if !tag.closing {
            let attributes = &text[tag.name_end..tag.range.end];
            open[tag.which].push((tag.range.start, styled_as_a_quote(attributes)));
        } else if let Some((start, true)) = open[tag.which].pop() {
            found.push(start..tag.range.end);
        }
    }
}

/// Whether a tag's attributes style it as a quotation.
fn styled_as_a_quote(attributes: &str) -> bool {
    let styled = attributes
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| QUOTE_WORDS.iter().any(|q| word.eq_ignore_ascii_case(q)));
    styled || class_names(attributes).any(|class| class.eq_ignore_ascii_case("quote"))
}

/// The names in a tag's `class` attribute.
fn class_names(attributes: &str) -> impl Iterator<Item = &str> {
    let lower = attributes.to_ascii_lowercase();
    let value = lower.find("class=").and_then(|at| {
        let rest = &attributes[at + "class=".len()..];
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let inner = &rest[1..];
        Some(&inner[..inner.find(quote).unwrap_or(inner.len())])
    });
    value.unwrap_or_default().split_ascii_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::new(text, Kind::Markdown);
        let mut found = Vec::new();
        find(&doc, &mut found);
        found.iter().map(|r| &text[r.clone()]).collect()
    }

    /// A comment quoted in a project-goal update on the Rust blog (rust-lang/blog.rust-lang.org,
    /// MIT or Apache-2.0), in the page's own markup.
    #[test]
    fn a_container_styled_as_a_blockquote_is_a_quotation() {
        let text = "<div style=\"margin-bottom: 16px;\">\n<a href=\"https://github.com/x\">Comment by @lcnr posted on 2025-11-13:</a>\n<div style=\"margin-top: 8px; padding: 12px; background: var(--blockquote-bg-color); border-left: 4px solid #e1e4e8;\">\n<p>The new solver is now officially used by Rust Analyzer.</p>\n</div>\n</div>\n";
        let found = quoted(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("used by Rust Analyzer"));
        assert!(!found[0].contains("Comment by"));
    }

    #[test]
    fn quote_classes_and_testimonials_are_quotations() {
        assert_eq!(
            quoted("<figure class=\"testimonial\">We leverage Nimbus daily.</figure>"),
            ["<figure class=\"testimonial\">We leverage Nimbus daily.</figure>"]
        );
        assert_eq!(
            quoted("<div class='card quote'>Best in class.</div>"),
            ["<div class='card quote'>Best in class.</div>"]
        );
    }

    #[test]
    fn other_containers_and_price_quote_forms_are_not() {
        assert!(quoted("<div class=\"quote-form\">Request a quote today.</div>").is_empty());
        assert!(quoted("<div class=\"note\">We quote prices in dollars.</div>").is_empty());
        assert!(quoted("<div class=\"testimonial\">never closed").is_empty());
        assert!(quoted("```html\n<div class=\"testimonial\">code</div>\n```\n").is_empty());
    }
}
