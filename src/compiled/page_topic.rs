//! A page about a pack word: its file is named after the word and its title holds it
//! ("north-star-metrics.md", "Finding your North Star metric and why it matters"). The page
//! explains that concept, so the word is the concept's name on every line of it, not jargon a
//! writer slipped in; a guide's own entries are not affected (the guide chose them knowingly).
//!
//! So is a page that names a status or label with the word ("reports ranked by priority,
//! marked actionable or needs-input"): there it is the name of that state, on every line.

use crate::document::{words, Document};

/// Whether `doc`, checked as `page`, is about the words at `start..end`.
pub fn page_is_about(doc: &Document, page: &str, start: usize, end: usize) -> bool {
    let text = doc.text;
    let slug = slug_of(&text[start..end]);
    if slug.is_empty() {
        return false;
    }
    let file = page.rsplit(['/', '\\']).next().unwrap_or(page);
    let stem = file
        .split('.')
        .next()
        .unwrap_or(file)
        .to_lowercase()
        .replace('_', "-");
    if !format!("-{stem}-").contains(&format!("-{slug}-")) {
        return false;
    }
    doc.title()
        .is_some_and(|title| format!("-{}-", slug_of(title)).contains(&format!("-{slug}-")))
}

/// Whether the page names a status or label with the word at `start..end` (its first word,
/// for a phrase; see [`Document::status_words`]).
pub fn page_names_a_status(doc: &Document, start: usize, end: usize) -> bool {
    let text = doc.text;
    let Some(first) = words(&text[start..end]).next() else {
        return false;
    };
    let names = doc.status_words();
    !names.is_empty() && names.contains(&text[start..end][first].to_lowercase())
}

/// The words of `text`, lowercase, joined by hyphens: "North Star" → "north-star".
fn slug_of(text: &str) -> String {
    words(text)
        .map(|r| text[r].to_lowercase())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::{page_is_about, page_names_a_status};
    use crate::document::{Document, Kind};

    // PostHog founders post `north-star-metrics.md` (MIT).
    const PAGE: &str = "---\ntitle: Finding your North Star metric and why it matters\n---\n\nThis article explores the different types of North Star metrics.\n";

    fn about(text: &str, page: &str, word: &str) -> bool {
        let doc = Document::new(text, Kind::Markdown);
        let start = text.rfind(word).unwrap_or(0);
        page_is_about(&doc, page, start, start + word.len())
    }

    #[test]
    fn a_page_named_and_titled_after_the_word_is_about_it() {
        assert!(about(
            PAGE,
            "contents/founders/north-star-metrics.md",
            "North Star"
        ));
        let heading = "# North Star metrics\n\nPick one North Star.\n";
        assert!(about(heading, "docs/north-star.md", "North Star"));
    }

    #[test]
    fn the_name_or_the_title_alone_is_not_enough() {
        // Titled after it, named otherwise.
        assert!(!about(PAGE, "contents/founders/metrics.md", "North Star"));
        // Named after it, titled otherwise.
        let other = "---\ntitle: Our goals for 2024\n---\n\nRetention is our North Star.\n";
        assert!(!about(other, "blog/north-star-2024.md", "North Star"));
        // Part of a longer word of the name does not count.
        assert!(!about(PAGE, "blog/northstars.md", "North Star"));
    }

    #[test]
    fn a_page_that_names_a_status_with_the_word_uses_it_as_that_name() {
        // PostHog handbook, `marketing/positioning/inbox.md` (MIT).
        let page = "- **Reports** group related signals into one framed problem, ranked by priority, marked actionable or needs-input.\n\n4. **When a report is actionable, an agent opens a PR.**\n";
        let doc = Document::new(page, Kind::Markdown);
        let at = page.rfind("actionable").unwrap_or(0);
        assert!(page_names_a_status(&doc, at, at + "actionable".len()));
        for text in [
            "Get actionable insights from every sales call.\n",
            // "marked by" is no label.
            "Our feedback is marked by actionable advice.\n",
            "A remarked actionable idea.\n",
        ] {
            let doc = Document::new(text, Kind::Markdown);
            let at = text.find("actionable").unwrap_or(0);
            assert!(
                !page_names_a_status(&doc, at, at + "actionable".len()),
                "{text}"
            );
        }
        let status = "Set the actionable status on each ticket.\n";
        let doc = Document::new(status, Kind::Markdown);
        let at = status.find("actionable").unwrap_or(0);
        assert!(page_names_a_status(&doc, at, at + "actionable".len()));
    }
}
