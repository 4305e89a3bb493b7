//! `unknown-channel`: front matter names a channel or audience the guide does not define.

use super::{Context, RuleDoc};
use crate::finding::Finding;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("unknown-channel");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a `channel:` or `audience:` in a document's front matter that the guide \
does not define, at that value, with the closest defined name as the suggestion. The document \
is then checked as if it had no channel (or audience): its path does not pick one instead.",
    why: "A misspelled channel silently turns off every requirement of that channel; the sell \
sheet that was meant to be checked for the benefit and the tagline would pass unchecked.",
    guide: "channels:\n  sell-sheet: {}\n",
    example: "---\nchannel: sel-sheet\n---\nText.\n",
    fixed: "---\nchannel: sell-sheet\n---\nText.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for unknown in &ctx.profile.unknown {
        let defined = if unknown.known.is_empty() {
            format!("the guide defines no {}s", unknown.key)
        } else {
            format!("the guide defines {}", unknown.known.join(", "))
        };
        let message = format!("Unknown {} \"{}\": {defined}", unknown.key, unknown.name);
        out.extend(ctx.finding(
            ID,
            unknown.range.clone(),
            message,
            unknown.suggestion.clone(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    #[test]
    fn fires_on_undefined_names_with_did_you_mean() {
        let g = guide("version: 1\nchannels:\n  sell-sheet: {}\n  campaign: {}\naudiences:\n  gamers: {avoid: [x]}\n");
        let text = "---\nchannel: sell-sheets\naudience: gaming\n---\nText.";
        assert_eq!(
            messages(&g, super::ID, text, None),
            [
                (
                    "sell-sheets".to_string(),
                    "Unknown channel \"sell-sheets\": the guide defines sell-sheet, campaign"
                        .to_string()
                ),
                (
                    "gaming".to_string(),
                    "Unknown audience \"gaming\": the guide defines gamers".to_string()
                ),
            ]
        );
    }

    #[test]
    fn defined_names_and_other_keys_stay_quiet() {
        let g = guide("version: 1\nchannels:\n  sell-sheet: {}\n");
        assert!(messages(
            &g,
            super::ID,
            "---\nchannel: sell-sheet\ntitle: x\n---\nText.",
            None
        )
        .is_empty());
        assert!(messages(&g, super::ID, "channel: nothing\n", None).is_empty());
        // A list where one name belongs is reported, with the name it probably meant.
        let listed = crate::rules::test_support::findings(
            &g,
            "---\nchannel: [sell-sheet]\n---\nText.",
            crate::document::Kind::Markdown,
        );
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].matched, "[sell-sheet]");
        assert_eq!(listed[0].suggestion.as_deref(), Some("sell-sheet"));
    }
}
