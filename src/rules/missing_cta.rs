//! `missing-cta`: a document whose channel requires a call to action has none.

use super::{Context, RuleDoc};
use crate::compiled::Requirement;
use crate::finding::Finding;
use crate::matchers::phrases::PhraseKind;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("missing-cta");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a document whose channel has `require: [cta]` when none of the guide's calls \
to action (`cta`) appear in it. A near miss (same metric and threshold as `phrase-drift`) \
satisfies the requirement, and is reported as `phrase-drift` with the exact wording. Reported \
once, at line 1, column 1.",
    why: "Every sales script, sheet and email exists to move the buyer one step: a document \
without a call to action leaves the buyer interested and nowhere to go.",
    guide: "cta: [\"Visit your local store\", \"Book a demo\"]\nchannels:\n  campaign: {require: [cta]}\n",
    example: "---\nchannel: campaign\n---\nOur spring range is in.\n",
    fixed: "---\nchannel: campaign\n---\nOur spring range is in. Visit your local store.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(channel) = ctx.channel() else { return };
    if !channel.require.contains(&Requirement::Cta) {
        return;
    }
    if ctx
        .phrase_hits()
        .iter()
        .any(|h| matches!(h.kind, PhraseKind::Cta(_)))
    {
        return;
    }
    out.extend(ctx.file_finding(ID, message(&channel.name, &ctx.guide.guide.cta)));
}

/// The finding's message. Most documents of a channel that requires a call to action have none
/// (7.7 k findings on the benchmark corpus), so it is built with one allocation: formatting
/// each call into its own string and joining them cost ~9 k instructions a finding.
fn message(channel: &str, ctas: &[String]) -> String {
    const HEAD: &str = "This ";
    const MIDDLE: &str = " has no call to action: use one of ";
    let quoted: usize = ctas.iter().map(|c| c.len() + 4).sum();
    let mut text = String::with_capacity(HEAD.len() + channel.len() + MIDDLE.len() + quoted);
    text.push_str(HEAD);
    text.push_str(channel);
    text.push_str(MIDDLE);
    for (n, cta) in ctas.iter().enumerate() {
        if n > 0 {
            text.push_str(", ");
        }
        text.push('"');
        text.push_str(cta);
        text.push('"');
    }
    text
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    #[test]
    fn message_quotes_and_joins_the_calls() {
        let ctas = ["Book a demo".to_string(), "Say \"hi\"".to_string()];
        assert_eq!(
            super::message("email", &ctas),
            "This email has no call to action: use one of \"Book a demo\", \"Say \"hi\"\""
        );
        assert_eq!(
            super::message("sheet", &ctas[..1]),
            "This sheet has no call to action: use one of \"Book a demo\""
        );
        assert_eq!(
            super::message("x", &[]),
            "This x has no call to action: use one of "
        );
    }

    const GUIDE: &str = "version: 1\ncta: [\"Visit your local store\", \"Book a demo\"]\nchannels:\n  email: {paths: [\"mail/**\"], require: [cta]}\n";

    #[test]
    fn fires_without_any_call_to_action() {
        let g = guide(GUIDE);
        assert_eq!(
            messages(&g, super::ID, "New laptops are in.", Some("mail/a.md")),
            [(String::new(), "This email has no call to action: use one of \"Visit your local store\", \"Book a demo\"".to_string())]
        );
    }

    #[test]
    fn exact_and_near_miss_calls_to_action_satisfy_it() {
        let g = guide(GUIDE);
        assert!(messages(
            &g,
            super::ID,
            "New laptops. BOOK A DEMO!",
            Some("mail/a.md")
        )
        .is_empty());
        assert!(messages(
            &g,
            super::ID,
            "New laptops. Visit our local store.",
            Some("mail/a.md")
        )
        .is_empty());
        assert!(messages(&g, super::ID, "No call here.", Some("other/a.md")).is_empty());
    }
}
