//! Chat transcripts: a digest that reproduces a conversation gives each message under its
//! speaker's name in bold on a line of its own ("**Jian [Jul 25th at 1:27 PM]**", then
//! "**sougou**"). The messages are the speakers' words, quoted: reported, never rewritten. A
//! conversation is told from a page of bold labels ("**Prerequisites**", "**Usage**") by its
//! speakers coming back: at least two names, one of them speaking more than once. An interview
//! transcript names its speaker in bold at the start of each answer ("**VIJAY SAMUEL:** …");
//! those labels look like a page's bold lead-ins ("**Release Notes:** …"), so they need a name of
//! two or three capitalised words and every speaker coming back.

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
    let (own_lines, inline) = speaker_labels(text);
    for (labels, inline) in [(own_lines, false), (inline, true)] {
        if is_a_conversation(&labels, inline) {
            push_messages(text, &labels, found);
        }
    }
}

/// Whether `labels` read as a conversation: enough of them, at least two names, and speakers who
/// come back. An interview's inline labels ("**Reese Lee:** I work on …") look like a page's own
/// bold lead-ins ("**Release Notes:** …") unless every speaker comes back.
fn is_a_conversation(labels: &[Label], inline: bool) -> bool {
    if labels.len() < MIN_LABELS {
        return false;
    }
    let mut turns: HashMap<&str, usize> = HashMap::new();
    for label in labels {
        *turns.entry(label.name).or_default() += 1;
    }
    turns.len() >= 2
        && if inline {
            turns.values().all(|&n| n >= 2)
        } else {
            turns.values().any(|&n| n >= 2)
        }
}

fn push_messages(text: &str, labels: &[Label], found: &mut Vec<Range<usize>>) {
    for (i, label) in labels.iter().enumerate() {
        let next = labels.get(i + 1).map_or(text.len(), |l| l.line_start);
        let end = text[label.end..next]
            .find("\n#")
            .map_or(next, |at| label.end + at + 1);
        if end > label.end {
            found.push(label.end..end);
        }
    }
}

/// A speaker's label: on a line of its own ("**sougou**") or opening a paragraph ("**VIJAY
/// SAMUEL:** OpenTelemetry is …"); the message starts at `end`.
struct Label<'a> {
    line_start: usize,
    end: usize,
    name: &'a str,
}

/// The speakers' labels, in order: those on lines of their own, and those opening a paragraph.
/// Only the lines that open with `**` are read, found from the marks alone (as
/// [`super::quoted_answers`] finds quotation marks): this runs on every Markdown document a word
/// rule asks about.
fn speaker_labels(text: &str) -> (Vec<Label<'_>>, Vec<Label<'_>>) {
    let (mut own_lines, mut inline) = (Vec::new(), Vec::new());
    let mut next_line = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), b"**") {
        if at < next_line {
            continue; // a later mark on a line already read
        }
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        next_line = end;
        let previous_blank = text[..start]
            .strip_suffix('\n')
            .is_none_or(|before| before.is_empty() || before.ends_with('\n'));
        if !text[start..at].chars().all(char::is_whitespace) || !previous_blank {
            continue;
        }
        let line = text[at..end].trim_end();
        if let Some(name) = speaker(line) {
            own_lines.push(Label {
                line_start: start,
                end,
                name,
            });
        } else if let Some((name, label_len)) = inline_speaker(line) {
            inline.push(Label {
                line_start: start,
                end: at + label_len,
                name,
            });
        }
    }
    (own_lines, inline)
}

/// The speaker named by a label that opens a paragraph, "**VIJAY SAMUEL:** Well, …" or
/// "**Reese Lee:** …", with the label's length: two or three words, each capitalised, the colon
/// inside the bold. One word ("**Note:**", "**Problem:**") is a lead-in the writer uses.
fn inline_speaker(line: &str) -> Option<(&str, usize)> {
    let inner = line.strip_prefix("**")?;
    let close = inner.find(":**")?;
    let name = &inner[..close];
    let words: Vec<&str> = name.split(' ').collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
    });
    let rest = &inner[close + 3..];
    ((2..=MAX_NAME_WORDS).contains(&words.len()) && capitalised && rest.starts_with(' '))
        .then_some((name, 2 + close + 3))
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

    #[test]
    fn an_interviews_inline_speakers_are_quoted() {
        // The OpenTelemetry blog (CC-BY-4.0), `2024/humans-of-otel-eu-2024.md`.
        let text = "Check out the transcript of our conversations below.\n\n### 1- Meet the Humans of OTel\n\n**IRIS DYRMISHI:** Well, I'm Iris Dyrmishi. I'm a senior observability engineer\nat Miro.\n\n**VIJAY SAMUEL:** My name is Vijay Samuel.\n\n### 2- Why OTel?\n\n**IRIS DYRMISHI:** It gives a holistic view.\n\n**VIJAY SAMUEL:** OpenTelemetry is the standard for observability going forward.\n";
        let messages = quoted(text);
        assert_eq!(messages.len(), 4);
        assert!(messages[0].starts_with("Well, I'm Iris"));
        assert!(messages[3].ends_with("going forward."));
        assert!(!messages.iter().any(|m| m.contains("Humans of OTel")));
        // The Knative blog (CC-BY-4.0): a release's lead-ins, one label however often it comes.
        let text = "**Release Notes:** [Serving](https://example.com)\n\n**Release Notes:** [Eventing](https://example.com)\n\n**Release Notes:** [Client](https://example.com)\n\n**Release Notes:** [Operator](https://example.com)\n";
        assert!(quoted(text).is_empty());
        // Lead-ins of one word, and speakers who never come back, are no interview either.
        let text = "**Problem:** slow.\n\n**Solution:** fast.\n\n**Problem:** dear.\n\n**Solution:** cheap.\n";
        assert!(quoted(text).is_empty());
        let text = "**Load Generator UI:** a.\n\n**Jaeger UI:** b.\n\n**Feature Flags UI:** c.\n\n**Grafana Dashboards UI:** d.\n";
        assert!(quoted(text).is_empty());
    }
}
