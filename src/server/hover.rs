//! Hover on a finding: what its rule checks and why (the rule's documentation, as `onmessage
//! explain` prints it), the guide entry's reason, and the approved wording.

use super::documents::{Documents, Open};
use super::text;
use crate::finding::{EntryRef, Finding, Scope};
use crate::CompiledGuide;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

/// The hover for a position of an open document: every finding whose range holds it (none
/// outside findings, or for a document not open).
pub fn hover(docs: &Documents, params: &HoverParams) -> Option<Hover> {
    let at = &params.text_document_position_params;
    let doc = docs.open.get(&at.text_document.uri)?;
    let offset = text::offset_of(&doc.text, at.position);
    let hits: Vec<&Finding> = doc
        .findings
        .iter()
        .filter(|f| f.scope == Scope::Span && f.start <= offset && offset <= f.end)
        .collect();
    let first = hits.first()?;
    let sections: Vec<String> = hits.iter().map(|f| explain(doc, f)).collect();
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: Some(text::range_of(&doc.text, first.start, first.end)),
    })
}

/// One finding, in Markdown: the rule and its summary, the message, the guide's reason and
/// approved wording, then what the rule does and why it matters.
fn explain(doc: &Open, finding: &Finding) -> String {
    let meta = finding.rule.meta();
    let mut out = format!(
        "**onmessage `{}`**: {}\n\n{}",
        meta.id.as_str(),
        meta.summary,
        plain(&finding.message)
    );
    let entry = finding
        .entry
        .zip(doc.guide.as_deref())
        .map(|(entry, guide)| from_guide(guide, entry))
        .unwrap_or_default();
    if let Some(reason) = &entry.reason {
        out.push_str(&format!("\n\n**The guide's reason:** {}", plain(reason)));
    }
    let approved = finding.suggestion.as_ref().or(entry.approved.as_ref());
    if let Some(approved) = approved {
        out.push_str(&format!("\n\n**Approved wording:** “{}”", plain(approved)));
    }
    out.push_str(&format!(
        "\n\n**What it does.** {}\n\n**Why it matters.** {}",
        meta.doc.what, meta.doc.why
    ));
    out
}

/// What the guide entry behind a finding says.
#[derive(Default)]
struct FromGuide {
    reason: Option<String>,
    approved: Option<String>,
}

/// The entry's reason and approved wording; nothing for an index the guide does not have.
fn from_guide(guide: &CompiledGuide, entry: EntryRef) -> FromGuide {
    let mut found = FromGuide::default();
    match entry {
        EntryRef::Banned(i) => {
            if let Some(banned) = guide.banned.get(i) {
                found.reason = banned.entry.reason.clone();
                found.approved = banned.entry.replacement.clone();
            }
        }
        EntryRef::Preferred(i) => found.approved = guide.terms.get(i).map(|t| t.use_.clone()),
        EntryRef::Brand(i) => found.approved = guide.brands.get(i).cloned(),
        EntryRef::Avoid(a, w) => {
            found.approved = guide
                .audiences
                .get(a)
                .and_then(|audience| audience.preferred(w))
                .map(str::to_string);
        }
        EntryRef::Phrase(i) => {
            found.approved = guide.guide.phrases.get(i).map(|p| p.text.clone());
        }
        EntryRef::Cta(i) => found.approved = guide.guide.cta.get(i).cloned(),
    }
    found
}

/// Guide and document text shown as text: Markdown's own characters escaped, so a reason with
/// `*` or `_` reads as written.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(plain("a *b* <c>"), "a \\*b\\* \\<c\\>");
    }
}
