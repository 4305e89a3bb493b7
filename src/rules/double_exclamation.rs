//! `double-exclamation`: two or more exclamation marks in a row (THROWAWAY: proves CONTRIBUTING.md).

use super::{Context, RuleDoc};
use crate::finding::{Applicability, Finding};
use crate::registry::RuleId;

pub const ID: RuleId = RuleId::named("double-exclamation");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports two or more exclamation marks in a row in prose (not in code).",
    why: "One exclamation mark is emphasis; two read as shouting.",
    guide: "",
    example: "Sale ends Friday!!\n",
    fixed: "Sale ends Friday!\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let text = ctx.doc.text;
    let mut at = 0;
    while let Some(found) = text[at..].find("!!") {
        let start = at + found;
        let end = start + text[start..].len() - text[start..].trim_start_matches('!').len();
        at = end;
        if !ctx.doc.is_prose(start..end) {
            continue;
        }
        let message = "Two or more exclamation marks: one is enough".to_string();
        let suggestion = Some("!".to_string());
        out.extend(ctx.fixable_finding(ID, start..end, message, suggestion, Applicability::Safe));
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, run};

    #[test]
    fn flags_shouting_in_prose_only() {
        let g = guide("version: 1\n");
        assert_eq!(run(&g, super::ID, "Sale ends Friday!!", Kind::Markdown).len(), 1);
        assert!(run(&g, super::ID, "Run `make!!` first.", Kind::Markdown).is_empty());
    }
}
