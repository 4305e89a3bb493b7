//! Headings the document links to by their anchor (`[font options](#granular-font-configuration)`):
//! rewriting such a heading's words changes its anchor and breaks the link, so a fix there is not
//! offered (the finding stays).

use super::Document;

impl Document<'_> {
    /// Whether `offset` lies in a heading whose anchor, as GitHub and most site generators make
    /// it, the document links to (`#` and the anchor, then no further anchor character).
    pub fn in_linked_heading(&self, offset: usize) -> bool {
        let Some(heading) = self.heading_at(offset) else {
            return false;
        };
        let anchor = anchor_of(&self.text[heading.clone()]);
        let trimmed = anchor.trim_matches('-');
        !trimmed.is_empty() && (links_to(self.text, &anchor) || links_to(self.text, trimmed))
    }
}

/// A heading's anchor: its text without the `#` marks, lowercased, with every character but
/// letters, digits, spaces, hyphens and underscores dropped and each space made a hyphen.
fn anchor_of(heading: &str) -> String {
    heading
        .trim_start_matches('#')
        .trim()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Whether `text` holds `#anchor` not followed by another anchor character.
fn links_to(text: &str, anchor: &str) -> bool {
    let needle = format!("#{anchor}");
    text.match_indices(&needle).any(|(at, _)| {
        !text[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
    })
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Kind};

    fn linked(text: &str, word: &str) -> bool {
        let doc = Document::new(text, Kind::Markdown);
        doc.in_linked_heading(text.find(word).expect("word in text"))
    }

    #[test]
    fn a_heading_the_page_links_to_is_told_apart() {
        // The Astro docs (MIT): the page links to its own heading.
        let page = "See [font options](#granular-font-configuration).\n\n## Granular font configuration\n\nText.\n";
        assert!(linked(page, "Granular font"));
        // An emoji before the words leaves a hyphen at the anchor's start.
        let emoji = "[loading](#-granular-loading-api)\n\n### 🚦 Granular Loading API\n";
        assert!(linked(emoji, "Granular Loading"));
        // No link, or a link to a longer anchor: the heading is free to change.
        assert!(!linked(
            "## Granular font configuration\n\nText.\n",
            "Granular"
        ));
        let longer =
            "[x](#granular-font-configuration-options)\n\n## Granular font configuration\n";
        assert!(!linked(longer, "Granular font"));
        // Prose is never a heading.
        assert!(!linked(
            "[x](#granular)\n\nGranular text.\n",
            "Granular text"
        ));
    }
}
