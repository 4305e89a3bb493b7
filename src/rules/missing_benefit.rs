//! `missing-benefit`: a document whose channel requires the core benefit never states it.

use super::{Context, RuleDoc};
use crate::compiled::Requirement;
use crate::finding::Finding;
use crate::matchers::terms::Target;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("missing-benefit");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a document whose channel has `require: [benefit]` when none of the \
`benefit.expressions` appear in it (inflections count, as for terms). Reported once, at line 1, \
column 1, with the benefit statement in the message. Files in no channel are not checked.",
    why: "The core emotional benefit is the one thing every script, sheet and email must leave \
with the buyer. A sell sheet that lists specs but never says how the buyer will feel has lost \
the message, however accurate it is.",
    guide: "benefit:\n  statement: \"Walk out sure you bought the right machine\"\n  expressions: [\"confident\", \"the right machine\"]\nchannels:\n  sell-sheet: {require: [benefit]}\n",
    example: "---\nchannel: sell-sheet\n---\nThe G15 has a 240 Hz screen and 32 GB of memory.\n",
    fixed: "---\nchannel: sell-sheet\n---\nThe G15 has a 240 Hz screen and 32 GB of memory: the right machine for long sessions.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(channel) = ctx.channel() else { return };
    if !channel.require.contains(&Requirement::Benefit) {
        return;
    }
    if ctx
        .terms
        .iter()
        .any(|m| matches!(m.target, Target::Benefit(_)))
    {
        return;
    }
    let statement = ctx
        .guide
        .guide
        .benefit
        .as_ref()
        .map_or("", |b| b.statement.as_str());
    let message = format!(
        "This {} never states the benefit: \"{statement}\"",
        channel.name
    );
    out.extend(ctx.file_finding(ID, message));
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    const GUIDE: &str = "version: 1\nbenefit:\n  statement: \"Walk out sure\"\n  expressions: [confident, \"peace of mind\"]\ncta: [Call us]\nchannels:\n  sheet: {paths: [\"sheets/**\"], require: [benefit]}\n  email: {paths: [\"mail/**\"], require: [cta]}\n";

    #[test]
    fn fires_once_at_the_start_when_no_expression_appears() {
        let g = guide(GUIDE);
        assert_eq!(
            messages(
                &g,
                super::ID,
                "Specs only.\n\nMore specs.",
                Some("sheets/a.md")
            ),
            [(
                String::new(),
                "This sheet never states the benefit: \"Walk out sure\"".to_string()
            )]
        );
    }

    #[test]
    fn inflections_satisfy_it_and_other_channels_are_not_checked() {
        let g = guide(GUIDE);
        assert!(messages(
            &g,
            super::ID,
            "Buy with confidence? No: feel Confident.",
            Some("sheets/a.md")
        )
        .is_empty());
        assert!(messages(
            &g,
            super::ID,
            "Peace\nof mind.",
            Some("sheets/a.md")
        )
        .is_empty());
        assert!(messages(&g, super::ID, "Specs only.", Some("mail/a.md")).is_empty());
        assert!(messages(&g, super::ID, "Specs only.", Some("elsewhere/a.md")).is_empty());
        assert!(messages(&g, super::ID, "Specs only.", None).is_empty());
    }

    #[test]
    fn benefit_in_code_does_not_count() {
        let g = guide(GUIDE);
        assert_eq!(
            messages(
                &g,
                super::ID,
                "Specs `confident`.",
                Some("sheets/a.md")
            )
            .len(),
            1
        );
    }
}
