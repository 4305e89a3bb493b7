//! `invalid-suppression`: a malformed suppression comment, or one naming an unknown rule.
//! Reported by the suppression stage (`crate::suppress`), after all rules ran.

use super::RuleDoc;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("invalid-suppression");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a comment that starts like a suppression (`<!-- onmessage-…`) but is not one \
of `onmessage-disable-next-line`, `onmessage-disable`, `onmessage-enable` and \
`onmessage-disable-file`, or that names a rule id `onmessage rules` does not list; the \
suggestion is the closest valid word. Such a comment suppresses nothing. Comments inside code \
blocks and code spans are text, not suppressions. In a Word or OpenDocument comment or a speaker \
notes paragraph the directives are `onmessage-disable-next-line`, `onmessage-disable-line` and \
`onmessage-disable-file`; a range (`onmessage-disable` … `onmessage-enable`) is reported there.",
    why: "A misspelled suppression looks like it works, and the finding it was meant to silence \
comes back in CI with nobody understanding why; reporting it makes the typo visible where it \
was made.",
    guide: "banned:\n  - {term: synergy}\n",
    example: "<!-- onmessage-disable-next-line banned-terms -->\nOur synergy with partners.\n",
    fixed: "<!-- onmessage-disable-next-line banned-term -->\nOur synergy with partners.\n",
};
