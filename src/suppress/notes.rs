//! Directives in notes about the text: Word and OpenDocument comments apply to the paragraphs
//! they are anchored on, a speaker notes line to its slide and the slide's notes
//! ([`crate::document::annotations`]). "Next line" and "line" both mean that text: a note sits
//! beside its text, not above it. Ranges (`onmessage-disable` … `onmessage-enable`) have no
//! place to start and end in a note: they are reported, not guessed.

use super::words::{checked_rules, NOTE_DIRECTIVES};
use super::{Directive, Invalid, Scope, Suppressions};
use crate::document::Document;

pub(super) fn parse(doc: &Document, found: &mut Suppressions) {
    for note in &doc.annotations {
        let text = note.text.trim();
        let (word, list) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        // A note has no text of its own: its findings sit where its anchor starts.
        let at = note.anchor.start;
        let range = at..at;
        let before = found.invalid.len();
        let rules = if matches!(word, "onmessage-disable" | "onmessage-enable") {
            found.invalid.push(Invalid {
                range: range.clone(),
                message: format!(
                    "`{word}` ranges are not read in a {}: write `onmessage-disable-next-line` \
on each paragraph it should cover, or `onmessage-disable-file`",
                    note.source
                ),
                suggestion: None,
            });
            None
        } else {
            checked_rules(
                word,
                list,
                &NOTE_DIRECTIVES,
                text,
                &range,
                &mut found.invalid,
            )
        };
        for invalid in &mut found.invalid[before..] {
            invalid.message = format!("{} (in the {} `{text}`)", invalid.message, note.source);
        }
        let Some(rules) = rules else {
            continue;
        };
        let scope = if word == "onmessage-disable-file" {
            Scope::File
        } else {
            let (first, _) = doc.position(note.anchor.start);
            let (last, _) = doc.position(note.anchor.end);
            Scope::Lines(first - 1, last)
        };
        let mut directive = Directive::new(range, scope, rules);
        directive.note = Some(format!("the {} `{text}`", note.source));
        found.directives.push(directive);
    }
}
