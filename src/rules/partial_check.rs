//! `partial-check`: part of a file could not be checked or reported as written — an HTML comment
//! or MDX expression that is never closed, or more findings than one file reports.

use super::{Context, RuleDoc};
use crate::document::comments::UnclosedKind;
use crate::document::Kind;
use crate::finding::Finding;
use crate::limits::MAX_FINDINGS_PER_FILE;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("partial-check");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports an HTML comment opened with `<!--` and never closed with `-->`, and (in MDX) \
an expression opened with `{` and never closed with `}`. A Markdown renderer hides everything \
after such a comment and MDX cannot compile the file; onmessage ends it where its paragraph ends \
(the next blank line or code fence) and checks the rest. An unclosed suppression comment is an \
`invalid-suppression` instead. Also reports, where the first of them starts, how many findings \
of a file are not shown: a file reports at most 1,000.",
    why: "A comment left open by mistake silently takes the rest of the page with it, and no \
finding inside it would ever show: the file would look clean while nobody can read it.",
    guide: "banned:\n  - term: synergy\n",
    example: "Our laptops ship today. <!-- draft: the price\n\nOrder by Friday.\n",
    fixed: "Our laptops ship today. <!-- draft: the price -->\n\nOrder by Friday.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for unclosed in &ctx.doc.unclosed {
        let opening = &ctx.doc.text[unclosed.range.clone()];
        if crate::suppress::is_directive_opening(ctx.doc.kind, opening) {
            continue;
        }
        let (message, suggestion) = match unclosed.kind {
            UnclosedKind::Comment => (
                format!(
                    "This comment is never closed with `-->`: {} hides everything after it. \
Checked as if it ended with its paragraph.",
                    match ctx.doc.kind {
                        Kind::Markdown | Kind::Mdx | Kind::Text => "a Markdown renderer",
                        _ => "a browser or mail client",
                    }
                ),
                Some(format!("{opening} -->")),
            ),
            UnclosedKind::Expression => (
                "This expression is never closed with `}`: MDX cannot compile the file. Checked \
as if it ended with its paragraph."
                    .to_string(),
                None,
            ),
        };
        out.extend(ctx.finding(ID, unclosed.range.clone(), message, suggestion));
    }
}

/// The message of the finding that counts what the cap left out.
pub fn past_cap_message(hidden: usize) -> String {
    format!(
        "{hidden} more {} from here on {} not shown: a file reports at most \
{MAX_FINDINGS_PER_FILE}. Fix these first, or check a smaller file.",
        if hidden == 1 { "finding" } else { "findings" },
        if hidden == 1 { "is" } else { "are" },
    )
}
