//! `too-long`: a document longer than its channel allows.

use super::{Context, RuleDoc};
use crate::finding::Finding;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("too-long");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports, at line 1, column 1, a document with more prose words than its channel's \
`max_words`. Words are counted one way everywhere: prose only, without front matter, code, \
URLs and identifiers.",
    why: "A sell sheet is read in a minute or not at all. Length limits keep every channel's \
documents the size their readers give them.",
    guide: "channels:\n  sell-sheet: {max_words: 5}\n",
    example:
        "---\nchannel: sell-sheet\n---\nOur laptops are fast, light and quiet, and they last.\n",
    fixed: "---\nchannel: sell-sheet\n---\nFast, light, quiet laptops.\n",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(channel) = ctx.channel() else { return };
    let Some(max) = channel.max_words else { return };
    if let Some(words) = ctx.word_count_over(max) {
        let message = format!("{words} words: a {} stays within {max}", channel.name);
        out.extend(ctx.file_finding(ID, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::{guide, messages};

    const GUIDE: &str = "version: 1\nchannels:\n  sheet: {paths: [\"sheets/**\"], max_words: 3}\n";

    #[test]
    fn counts_prose_words_only() {
        let g = guide(GUIDE);
        assert_eq!(
            messages(&g, super::ID, "One two three four.", Some("sheets/a.md")),
            [(String::new(), "4 words: a sheet stays within 3".to_string())]
        );
        let with_code =
            "---\ntitle: many words here\n---\nOne `two three` https://x.io/four two_three three.";
        assert!(messages(&g, super::ID, with_code, Some("sheets/a.md")).is_empty());
        assert!(messages(&g, super::ID, "One two three four.", Some("other/a.md")).is_empty());
        // More words than the limit, but not more that count: identifiers are left out.
        let identifiers = "One two three x_y.z a/b.";
        assert!(messages(&g, super::ID, identifiers, Some("sheets/a.md")).is_empty());
        let over = "One two x_y three four a/b.";
        assert_eq!(
            messages(&g, super::ID, over, Some("sheets/a.md")),
            [(String::new(), "4 words: a sheet stays within 3".to_string())]
        );
    }
}
