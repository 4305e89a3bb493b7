//! Chat transcripts: a digest that reproduces a conversation gives each message under its
//! speaker's name in bold on a line of its own ("**Jian [Jul 25th at 1:27 PM]**", then
//! "**sougou**"). The messages are the speakers' words, quoted: reported, never rewritten. A
//! conversation is told from a page of bold labels ("**Prerequisites**", "**Usage**") by its
//! speakers coming back: at least two names, one of them speaking more than once.

use std::collections::HashMap;
use std::ops::Range;

/// Labels a page needs before its bold lines are read as a conversation.
const MIN_LABELS: usize = 4;

/// Longest speaker label, in bytes, and most words in a speaker's name.
const MAX_LABEL_BYTES: usize = 60;
const MAX_NAME_WORDS: usize = 3;

/// The messages of a chat transcript in `text`, appended to `found`: each from the end of its
/// speaker's label to the next label, heading or the end of the text.
pub(super) fn find(text: &str, found: &mut Vec<Range<usize>>) {
    let labels = speaker_labels(text);
    if labels.len() < MIN_LABELS {
        return;
    }
    let mut turns: HashMap<&str, usize> = HashMap::new();
    for (_, name) in &labels {
        *turns.entry(name).or_default() += 1;
    }
    if turns.len() < 2 || turns.values().all(|&n| n < 2) {
        return;
    }
    for (i, (line, _)) in labels.iter().enumerate() {
        let next = labels.get(i + 1).map_or(text.len(), |(l, _)| l.start);
        let end = text[line.end..next]
            .find("\n#")
            .map_or(next, |at| line.end + at + 1);
        if end > line.end {
            found.push(line.end..end);
        }
    }
}

/// The lines that hold only a speaker's label, in order, with the speaker's name. Only the lines
/// that open with `**` are read, found from the marks alone (as [`super::quoted_answers`] finds
/// quotation marks): this runs on every Markdown document a word rule asks about.
fn speaker_labels(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut labels = Vec::new();
    let mut next_line = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), b"**") {
        if at < next_line {
            continue; // a later mark on a line already read
        }
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        next_line = end;
        if !text[start..at].chars().all(char::is_whitespace) {
            continue;
        }
        let range = start..end;
        let trimmed = text[range.clone()].trim();
        if let Some(name) = speaker(trimmed) {
            let previous_blank = text[..range.start]
                .strip_suffix('\n')
                .is_none_or(|before| before.is_empty() || before.ends_with('\n'));
            if previous_blank {
                labels.push((range, name));
            }
        }
    }
    labels
}

/// The speaker named by a label line: "**sougou**", "**Jian [Jul 25th at 1:27 PM]**",
/// "**Deepthi:**". A sentence in bold ("**Note that this changes.**") names nobody.
fn speaker(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("**")?.strip_suffix("**")?;
    if inner.is_empty() || inner.len() > MAX_LABEL_BYTES || inner.contains('*') {
        return None;
    }
    let name = match inner.split_once(" [") {
        Some((name, time)) if time.ends_with(']') => name,
        Some(_) => return None,
        None => inner,
    };
    let name = name.strip_suffix(':').unwrap_or(name).trim();
    let words = name.split_whitespace().count();
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.' | '@'));
    // "**Q**" / "**A**": an FAQ's own questions and answers, not a conversation.
    let question_or_answer =
        name.chars().count() < 2 || ["question", "answer"].contains(&name.to_lowercase().as_str());
    (words > 0 && words <= MAX_NAME_WORDS && plain && !name.ends_with('.') && !question_or_answer)
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::find;

    fn quoted(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        find(text, &mut found);
        found.iter().map(|r| text[r.clone()].trim()).collect()
    }

    #[test]
    fn a_conversations_messages_are_quoted() {
        // The Vitess blog (Apache-2.0), `2018-08-24-vitess-weekly-digest.md`.
        let text = "*This week, we continue the digest from the Slack discussions.*\n\n### Update stream\n\n**Jian [Jul 25th at 1:27 PM]**\n\nhi there, I'm new to Vitess, now I'm following the user-guide to explore vitess.\n\n**sougou**\n\nThat's the only documentation we have, but we'll be fixing docs for all vitess very soon.\n\n**Jian**\n\nsure sure, thank you very much!\n\n**vamsi**\n\n@sougou is there some info you can provide?\n\n### Next topic\n\nThe writer's own words.\n";
        let messages = quoted(text);
        assert_eq!(messages.len(), 4);
        assert!(messages[0].starts_with("hi there"));
        assert!(messages[1].contains("all vitess very soon"));
        assert!(messages[3].ends_with("provide?"));
        assert!(!messages.iter().any(|m| m.contains("writer's own")));
    }

    #[test]
    fn bold_labels_that_never_come_back_are_the_writers() {
        let text = "**Prerequisites**\n\nInstall vitess.\n\n**Installation**\n\nRun it.\n\n**Usage**\n\nUse it.\n\n**Next steps**\n\nRead more.\n";
        assert!(quoted(text).is_empty());
        // Sentences in bold, and one speaker alone, are no conversation either.
        let text = "**Note that this changes.**\n\nA.\n\n**Note that this changes.**\n\nB.\n\n**Note that this changes.**\n\nC.\n\n**Note that this changes.**\n\nD.\n";
        assert!(quoted(text).is_empty());
        let text = "**sougou**\n\nA.\n\n**sougou**\n\nB.\n\n**sougou**\n\nC.\n\n**sougou**\n\nD.\n";
        assert!(quoted(text).is_empty());
        let text =
            "**Q**\n\nIs it fast?\n\n**A**\n\nYes.\n\n**Q**\n\nIs it free?\n\n**A**\n\nYes.\n";
        assert!(quoted(text).is_empty());
    }
}
