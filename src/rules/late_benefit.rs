//! `late-benefit`: the core benefit appears, but too late.

use super::{Context, RuleDoc};
use crate::compiled::Requirement;
use crate::finding::Finding;
use crate::matchers::terms::Target;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("late-benefit");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports the first benefit expression in a document whose channel requires the \
benefit when it comes after `benefit.within_words` prose words (front matter, code, URLs and \
identifiers are not counted). Without `within_words` there is no position check.",
    why: "Buyers skim. A benefit buried under three paragraphs of specs is a benefit most of \
them never read; say it while you still have their attention.",
    guide: "benefit:\n  statement: \"Walk out sure you bought the right machine\"\n  expressions: [\"the right machine\"]\n  within_words: 5\nchannels:\n  sell-sheet: {require: [benefit]}\n",
    example: "---\nchannel: sell-sheet\n---\nThe G15 has a fast screen and lots of memory, so it is the right machine.\n",
    fixed: "---\nchannel: sell-sheet\n---\nThe right machine: the G15 has a fast screen and lots of memory.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(channel) = ctx.channel() else { return };
    let Some(limit) = ctx
        .guide
        .guide
        .benefit
        .as_ref()
        .and_then(|b| b.within_words)
    else {
        return;
    };
    if !channel.require.contains(&Requirement::Benefit) {
        return;
    }
    let Some(first) = ctx
        .terms
        .iter()
        .find(|m| matches!(m.target, Target::Benefit(_)))
    else {
        return; // missing-benefit reports this
    };
    let position = ctx.word_position(first.start);
    if position >= limit {
        let message = format!(
            "The benefit first appears after {position} words; this {} should state it within the first {limit}",
            channel.name
        );
        out.extend(ctx.finding(ID, first.start..first.end, message, None));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    const GUIDE: &str = "version: 1\nbenefit:\n  statement: \"Walk out sure\"\n  expressions: [confident]\n  within_words: 4\nchannels:\n  sheet: {paths: [\"sheets/**\"], require: [benefit]}\n";

    #[test]
    fn fires_at_a_late_first_expression() {
        let g = guide(GUIDE);
        assert_eq!(
            messages(&g, super::ID, "One two three four, confident.", Some("sheets/a.md")),
            [("confident".to_string(), "The benefit first appears after 4 words; this sheet should state it within the first 4".to_string())]
        );
    }

    #[test]
    fn early_benefits_code_words_and_unchanneled_files_stay_quiet() {
        let g = guide(GUIDE);
        assert!(messages(
            &g,
            super::ID,
            "One two three confident.",
            Some("sheets/a.md")
        )
        .is_empty());
        let code =
            "---\ntitle: a b c d e f\n---\n`a b c d e f g` https://x.io/a/b/c One two confident.";
        assert!(messages(&g, super::ID, code, Some("sheets/a.md")).is_empty());
        assert!(messages(
            &g,
            super::ID,
            "One two three four five confident.",
            Some("x/a.md")
        )
        .is_empty());
    }

    #[test]
    fn counts_only_the_words_before_the_benefit_and_no_identifiers() {
        let g = guide(GUIDE);
        // Four prose words before it, one an identifier: three count.
        let text = "One two_three four five confident, then six seven eight nine ten.";
        assert!(messages(&g, super::ID, text, Some("sheets/a.md")).is_empty());
        // The words after the benefit change nothing; an identifier after it is not counted.
        let text = "One two three four five confident, then six seven x_y eight nine.";
        assert_eq!(
            messages(&g, super::ID, text, Some("sheets/a.md")),
            [("confident".to_string(), "The benefit first appears after 5 words; this sheet should state it within the first 4".to_string())]
        );
    }
}
