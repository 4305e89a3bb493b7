//! `unused-suppression`: an `onmessage-disable` comment that silences nothing.
//! Reported by the suppression stage (`crate::suppress`), after all rules ran.

use super::RuleDoc;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("unused-suppression");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports an inline suppression — `<!-- onmessage-disable-next-line RULE -->`, \
`<!-- onmessage-disable RULE -->` … `<!-- onmessage-enable -->`, `<!-- onmessage-disable-file -->`, \
or in `.mdx` the same words inside `{/* … */}` — that suppressed no finding. With no rule named, \
a suppression covers every rule; \"next line\" is the next non-blank line, and a finding is \
suppressed by the line where it starts. In Word, PowerPoint and OpenDocument files the same words \
are a comment, which applies to the paragraphs it is anchored on, or a speaker notes paragraph, \
which applies to its slide.",
    why: "A suppression outlives the sentence it was written for: once the text is fixed, the \
comment stays and would silently hide the next real problem on that line.",
    guide: "banned:\n  - {term: synergy}\n",
    example: "<!-- onmessage-disable-next-line banned-term -->\nOur partners work well together.\n",
    fixed: "Our partners work well together.\n",
};
