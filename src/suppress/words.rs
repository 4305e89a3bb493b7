//! The words of a directive, wherever it is written: which directive, which rules, and the
//! problems a writer can fix (a misspelled directive, an unknown rule).

use super::{Invalid, INVALID, UNUSED};
use crate::registry::{self, RuleId};
use std::ops::Range;

/// The directives of comments in the text (Markdown, MDX, HTML).
pub const DIRECTIVES: [&str; 4] = [
    "onmessage-disable-next-line",
    "onmessage-disable",
    "onmessage-enable",
    "onmessage-disable-file",
];

/// The directives of notes about the text (Word and OpenDocument comments, speaker notes):
/// a note is attached to its text, so "next line" and "line" both mean the text it is on.
pub const NOTE_DIRECTIVES: [&str; 3] = [
    "onmessage-disable-next-line",
    "onmessage-disable-line",
    "onmessage-disable-file",
];

/// The rules a directive names, each checked: `None` when the directive is not one of `known`
/// or names a rule that is unknown or cannot be suppressed, the problems pushed to `invalid`
/// (at `range`; suggestions correct `comment`, the directive as written). An empty list
/// means every rule.
pub fn checked_rules(
    word: &str,
    list: &str,
    known: &[&str],
    comment: &str,
    range: &Range<usize>,
    invalid: &mut Vec<Invalid>,
) -> Option<Vec<RuleId>> {
    let corrected = |wrong: &str, right: &str| comment.replacen(wrong, right, 1);
    if !known.contains(&word) {
        let suggestion = crate::suggest::closest(word, known.iter().copied());
        invalid.push(Invalid {
            range: range.clone(),
            message: format!("`{word}` is not a suppression directive"),
            suggestion: suggestion.map(|s| corrected(word, s)),
        });
        return None;
    }
    let names = parse_rules(list);
    let mut rules = Vec::with_capacity(names.len());
    for name in &names {
        let rule = RuleId::parse(name);
        if rule == Some(UNUSED) || rule == Some(INVALID) {
            invalid.push(Invalid {
                range: range.clone(),
                message: format!(
                    "`{name}` cannot be suppressed: fix or remove the comment it reports"
                ),
                suggestion: None,
            });
        } else if let Some(rule) = rule {
            rules.push(rule);
        } else {
            invalid.push(Invalid {
                range: range.clone(),
                message: format!("unknown rule `{name}` in `{word}`"),
                suggestion: registry::did_you_mean(name).map(|s| corrected(name, s)),
            });
        }
    }
    (rules.len() == names.len()).then_some(rules)
}

/// The rules a directive names: the words before a ` -- ` reason, which is free text.
fn parse_rules(list: &str) -> Vec<String> {
    let list = without_reason(list);
    list.split(|c: char| c == ',' || c.is_whitespace())
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

/// `list` up to a reason: two or more dashes with whitespace before them and whitespace or the
/// end after them (ESLint's separator).
pub(super) fn without_reason(list: &str) -> &str {
    let bytes = list.as_bytes();
    let mut i = 0;
    while let Some(at) = list[i..].find("--").map(|at| i + at) {
        let dashes = list[at..].len() - list[at..].trim_start_matches('-').len();
        let before = at == 0 || bytes[at - 1].is_ascii_whitespace();
        let after = bytes
            .get(at + dashes)
            .is_none_or(|b| b.is_ascii_whitespace());
        if before && after {
            return list[..at].trim_end();
        }
        i = at + dashes;
    }
    list
}
