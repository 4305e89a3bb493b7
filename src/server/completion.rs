//! Completion of the guide's approved wording: its phrases, calls to action and brand names.
//! A writer who typed "Visit your" is offered "Visit your local store": an entry is offered when
//! the last words before the cursor on the line start it (ignoring case), and the item replaces
//! those words with the entry. Nothing is offered inside code or front matter. Completion is on
//! request (no trigger characters): editors ask as a word is typed or when the writer asks.

use super::documents::{Documents, Open};
use super::{guides, text};
use crate::document::{words, Document, Kind};
use crate::pipeline::source;
use crate::CompiledGuide;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionList, CompletionParams, CompletionTextEdit,
    TextEdit,
};

/// The most words before the cursor that are compared with an entry.
const MAX_TYPED_WORDS: usize = 12;

/// The completion list at a position of an open document (empty when nothing fits). Marked
/// incomplete: a space changes which entries fit, so the client asks again as the writer types.
pub fn completion(docs: &Documents, params: &CompletionParams) -> CompletionList {
    let at = &params.text_document_position;
    let items = docs
        .open
        .get(&at.text_document.uri)
        .filter(|doc| !guides::is_guide(&doc.path))
        .map(|doc| {
            // The guide as it is now: completion does not wait for the document's check.
            let guide = source::resolve(&docs.guides, &doc.path).ok();
            let offset = text::offset_of(&doc.text, at.position);
            guide.map_or_else(Vec::new, |(guide, _)| items(doc, &guide, offset))
        })
        .unwrap_or_default();
    CompletionList {
        is_incomplete: true,
        items,
    }
}

/// What a writer can be offered: the entry's text and what kind of entry it is.
fn entries(guide: &CompiledGuide) -> Vec<(&str, &'static str, CompletionItemKind)> {
    let mut out: Vec<(&str, &'static str, CompletionItemKind)> = Vec::new();
    let phrases = guide.guide.phrases.iter().map(|p| p.text.as_str());
    let ctas = guide.guide.cta.iter().map(String::as_str);
    let brands = guide.brands.iter().map(String::as_str);
    for (text, detail, kind) in phrases
        .map(|t| (t, "approved phrase", CompletionItemKind::TEXT))
        .chain(ctas.map(|t| (t, "call to action", CompletionItemKind::TEXT)))
        .chain(brands.map(|t| (t, "brand name", CompletionItemKind::CONSTANT)))
    {
        if !text.trim().is_empty() && !out.iter().any(|(seen, ..)| *seen == text) {
            out.push((text, detail, kind));
        }
    }
    out
}

fn items(doc: &Open, guide: &CompiledGuide, offset: usize) -> Vec<CompletionItem> {
    if in_code(doc, offset) {
        return Vec::new();
    }
    let line_start = doc.text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let typed = &doc.text[line_start..offset];
    // Where the compared text may start: each of the last words, longest first; and the cursor
    // itself after a space or at the start of the line (every entry fits).
    let starts: Vec<usize> = words(typed).map(|w| w.start).collect();
    let mut starts = starts[starts.len().saturating_sub(MAX_TYPED_WORDS)..].to_vec();
    if typed.is_empty() || typed.ends_with(char::is_whitespace) {
        starts.push(typed.len());
    }
    let mut items = Vec::new();
    for (entry, detail, kind) in entries(guide) {
        let Some(&start) = starts
            .iter()
            .find(|&&s| starts_ignoring_case(entry, &typed[s..]))
        else {
            continue;
        };
        let prefix = &typed[start..];
        let new_text = if kind == CompletionItemKind::CONSTANT {
            entry.to_string()
        } else {
            in_case_of(prefix, entry, &guide.brands)
        };
        // Written out already: nothing to complete ("coreforge" still completes to the brand).
        if new_text == prefix {
            continue;
        }
        let range = text::range_of(&doc.text, line_start + start, offset);
        items.push(CompletionItem {
            label: entry.to_string(),
            kind: Some(kind),
            detail: Some(format!("onmessage: {detail}")),
            filter_text: Some(new_text.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text))),
            ..CompletionItem::default()
        });
    }
    items
}

/// Whether the cursor is in code or front matter, where the guide's wording does not belong.
fn in_code(doc: &Open, offset: usize) -> bool {
    let parsed = Document::new(&doc.text, Kind::for_named(&doc.path));
    let Some(at) = offset.checked_sub(parsed.bom) else {
        return true;
    };
    let in_front_matter = parsed
        .front_matter
        .as_ref()
        .is_some_and(|fm| fm.contains(&at));
    in_front_matter || parsed.in_code(at) || (at > 0 && parsed.in_code(at - 1))
}

/// Whether `entry` starts with `prefix`, ignoring case.
fn starts_ignoring_case(entry: &str, prefix: &str) -> bool {
    let mut entry = entry.chars().flat_map(char::to_lowercase);
    prefix
        .chars()
        .flat_map(char::to_lowercase)
        .all(|c| entry.next() == Some(c))
}

/// A phrase written in the case the writer started it in: "visit your" mid-sentence completes
/// to "visit your local store". A phrase that opens with a brand name keeps its case.
fn in_case_of(prefix: &str, entry: &str, brands: &[String]) -> String {
    let typed_lower = prefix.chars().next().is_some_and(char::is_lowercase);
    let mut chars = entry.chars();
    let first = chars.next();
    let opens_with_brand = brands.iter().any(|b| entry.starts_with(b.as_str()));
    match first {
        Some(c) if typed_lower && c.is_uppercase() && !opens_with_brand => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => entry.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_ignore_case_and_the_typed_case_is_kept() {
        assert!(starts_ignoring_case(
            "Visit your local store",
            "visit YOUR l"
        ));
        assert!(starts_ignoring_case("Visit", ""));
        assert!(!starts_ignoring_case("Visit", "Visits"));
        let brands = ["CoreForge".to_string()];
        assert_eq!(in_case_of("visit y", "Visit your", &brands), "visit your");
        assert_eq!(in_case_of("Visit", "Visit your", &brands), "Visit your");
        assert_eq!(
            in_case_of("core", "CoreForge laptops", &brands),
            "CoreForge laptops"
        );
    }
}
