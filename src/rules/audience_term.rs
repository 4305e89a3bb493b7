//! `audience-term`: a word the document's audience should not hear.

use super::{non_overlapping, Context, RuleDoc};
use crate::finding::{Applicability, EntryRef, Finding};
use crate::matchers::terms::Target;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("audience-term");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports, in a document written for an audience (front matter `audience: NAME`, or \
the first audience whose `paths` match), a word from that audience's `avoid` list, matched like \
terms (whole words, any case, inflections). The suggestion is the `prefer` word at the same \
position, or the only `prefer` word when there is one.",
    why: "The same product is sold to gamers and to accountants, in different words. A gaming \
campaign that says \"workstation\" talks to the wrong buyer.",
    guide: "audiences:\n  gamers: {avoid: [workstation], prefer: [rig]}\n",
    example: "---\naudience: gamers\n---\nThis workstation runs every new release.\n",
    fixed: "---\naudience: gamers\n---\nThis rig runs every new release.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(a) = ctx.profile.audience else {
        return;
    };
    let audience = &ctx.guide.audiences[a];
    let matches = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Avoid(x, _) if x == a));
    for m in non_overlapping(matches) {
        let Target::Avoid(_, w) = m.target else {
            continue;
        };
        let matched = &ctx.doc.text[m.start..m.end];
        // An empty `prefer` word means "leave it out": reported without a fix, since deleting a
        // word safely needs the sentence rewritten around it.
        let prefer = audience.preferred(w);
        let suggestion = prefer
            .filter(|p| !p.trim().is_empty())
            .and_then(|p| ctx.adapt(p, m));
        let message = match prefer {
            Some(p) if p.trim().is_empty() => format!(
                "\"{matched}\" is not for the {} audience: leave it out",
                audience.name
            ),
            Some(prefer) => format!(
                "\"{matched}\" is not for the {} audience: say \"{prefer}\"",
                audience.name
            ),
            None => format!("\"{matched}\" is not for the {} audience", audience.name),
        };
        out.extend(
            ctx.fixable_finding(
                ID,
                m.start..m.end,
                message,
                suggestion,
                Applicability::Unsafe,
            )
            .map(|f| f.with_entry(EntryRef::Avoid(a, w))),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    const GUIDE: &str = "version: 1\naudiences:\n  gamers: {paths: [\"gaming/**\"], avoid: [workstation, spreadsheet], prefer: [rig, stats]}\n  business: {avoid: [epic, insane]}\n";

    #[test]
    fn fires_for_the_files_audience_with_paired_suggestions() {
        let g = guide(GUIDE);
        let found = crate::rules::test_support::findings_at(
            &g,
            "Two Workstations and a spreadsheet.",
            crate::document::Kind::Markdown,
            Some("gaming/a.md"),
        );
        let pairs: Vec<_> = found
            .iter()
            .filter(|f| f.rule == super::ID)
            .map(|f| (f.matched.as_str(), f.suggestion.as_deref()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Workstations", Some("Rigs")),
                ("spreadsheet", Some("stats"))
            ]
        );
    }

    #[test]
    fn an_empty_prefer_word_means_leave_it_out_without_a_fix() {
        // The Astro docs guide's own rule: "simply", "obviously", "easily" are dropped.
        let g = guide("version: 1\naudiences:\n  learners: {paths: [\"**\"], avoid: [simply, obviously], prefer: [\"\", \"\"]}\n");
        let found = crate::rules::test_support::findings_at(
            &g,
            "You can simply run the command. Obviously, it works.",
            crate::document::Kind::Markdown,
            Some("docs/a.md"),
        );
        let got: Vec<_> = found
            .iter()
            .filter(|f| f.rule == super::ID)
            .map(|f| {
                (
                    f.matched.as_str(),
                    f.suggestion.as_deref(),
                    f.fix.is_some(),
                    f.message.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "simply",
                    None,
                    false,
                    "\"simply\" is not for the learners audience: leave it out"
                ),
                (
                    "Obviously",
                    None,
                    false,
                    "\"Obviously\" is not for the learners audience: leave it out"
                )
            ]
        );
    }

    #[test]
    fn front_matter_selects_the_audience() {
        let g = guide(GUIDE);
        let text = "---\naudience: business\n---\nAn epic deal.";
        assert_eq!(
            messages(&g, super::ID, text, None),
            [(
                "epic".to_string(),
                "\"epic\" is not for the business audience".to_string()
            )]
        );
    }

    #[test]
    fn other_audiences_and_unassigned_files_stay_quiet() {
        let g = guide(GUIDE);
        assert!(messages(
            &g,
            super::ID,
            "An epic workstation.",
            Some("other.md")
        )
        .is_empty());
        assert!(messages(&g, super::ID, "An epic deal.", Some("gaming/a.md")).is_empty());
        assert!(messages(&g, super::ID, "A workstation.", None).is_empty());
    }
}
