//! `missing-phrase`: a document lacks an approved phrase its channel requires.

use super::{Context, RuleDoc};
use crate::compiled::Requirement;
use crate::finding::Finding;
use crate::matchers::phrases::PhraseKind;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("missing-phrase");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports, once per phrase at line 1, column 1, an approved phrase that the document's \
channel requires (`require: [phrase:ID]`) and that does not appear in it, neither exactly nor as \
a near miss (which `phrase-drift` reports).",
    why: "Some wording must be on every sell sheet: the tagline, the guarantee. If it is not \
there, the sheet is not on message, however good the rest is.",
    guide: "phrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\nchannels:\n  sell-sheet: {require: [\"phrase:tagline\"]}\n",
    example: "---\nchannel: sell-sheet\n---\nTell us how you work and we find your laptop.\n",
    fixed: "---\nchannel: sell-sheet\n---\nThree laptops in 60 seconds: tell us how you work.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(channel) = ctx.channel() else { return };
    for requirement in &channel.require {
        let Requirement::Phrase(i) = *requirement else {
            continue;
        };
        if ctx
            .phrase_hits()
            .iter()
            .any(|h| h.kind == PhraseKind::Phrase(i))
        {
            continue;
        }
        let phrase = &ctx.guide.guide.phrases[i];
        let message = format!(
            "This {} must carry the approved phrase `{}`: \"{}\"",
            channel.name, phrase.id, phrase.text
        );
        out.extend(ctx.file_finding(ID, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    const GUIDE: &str = "version: 1\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n  - {id: promise, text: \"Experts who speak your language\"}\nchannels:\n  sheet: {paths: [\"sheets/**\"], require: [\"phrase:tagline\", \"phrase:promise\"]}\n";

    #[test]
    fn fires_per_missing_phrase() {
        let g = guide(GUIDE);
        let found = messages(
            &g,
            super::ID,
            "Experts who speak your language.",
            Some("sheets/a.md"),
        );
        assert_eq!(found, [(String::new(), "This sheet must carry the approved phrase `tagline`: \"Three laptops in 60 seconds\"".to_string())]);
        assert_eq!(
            messages(&g, super::ID, "Nothing.", Some("sheets/a.md")).len(),
            2
        );
    }

    #[test]
    fn exact_and_drifted_uses_satisfy_it() {
        let g = guide(GUIDE);
        let text = "3 laptops in sixty seconds. Experts who speak your language.";
        assert!(messages(&g, super::ID, text, Some("sheets/a.md")).is_empty());
        assert!(messages(&g, super::ID, "Nothing.", Some("other/a.md")).is_empty());
    }
}
