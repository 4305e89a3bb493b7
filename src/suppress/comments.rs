//! Directives in comments in the text: HTML comments in Markdown and HTML, `{/* … */}` in MDX.

use super::words::{checked_rules, DIRECTIVES};
use super::{Directive, Invalid, Scope, Suppressions};
use crate::document::{Document, Kind};
use crate::registry::RuleId;
use regex::Regex;
use std::sync::OnceLock;

pub(super) fn comment_regex(kind: Kind) -> &'static Regex {
    static HTML: OnceLock<Regex> = OnceLock::new();
    static MDX: OnceLock<Regex> = OnceLock::new();
    // Constant patterns cannot fail at run time: the tests build both, so a broken edit fails
    // them, never a user's check.
    let build = |pattern: &str| Regex::new(pattern).expect("a constant directive pattern compiles");
    match kind {
        Kind::Mdx => MDX.get_or_init(|| build(r"(?s)\{/\*\s*(onmessage-[^\s*]*)(.*?)\*/\}")),
        _ => HTML.get_or_init(|| build(r"(?s)<!--\s*(onmessage-[^\s>-]*(?:-[^\s>-]+)*)(.*?)-->")),
    }
}

/// Read the directives of `doc`'s comments into `found`.
pub(super) fn parse(doc: &Document, found: &mut Suppressions) {
    let text = doc.text;
    // Rule (`None`: every rule) → (directive, start line) of the `disable` open for it.
    let mut open: Vec<(Option<RuleId>, usize, usize)> = Vec::new();
    // The last (line, next non-blank line) found: stacked directives share the answer.
    let mut last_next: Option<(usize, usize)> = None;
    for caps in comment_regex(doc.kind).captures_iter(text) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let in_front_matter = doc
            .front_matter
            .as_ref()
            .is_some_and(|fm| fm.contains(&whole.start()));
        if doc.in_code(whole.start()) || in_front_matter {
            continue;
        }
        let range = whole.range();
        let word = word.as_str();
        let list = caps.get(2).map_or("", |m| m.as_str());
        let Some(rules) = checked_rules(
            word,
            list,
            &DIRECTIVES,
            whole.as_str(),
            &range,
            &mut found.invalid,
        ) else {
            continue;
        };
        let (line, _) = doc.position(range.start);
        let (end_line, _) = doc.position(range.end);
        match word {
            "onmessage-disable-next-line" => {
                let next = match last_next {
                    Some((from, next)) if from <= end_line && end_line < next => next,
                    _ => next_non_blank_line(doc, end_line),
                };
                last_next = Some((end_line, next));
                found
                    .directives
                    .push(Directive::new(range, Scope::NextLine(next), rules));
            }
            "onmessage-disable-file" => {
                found
                    .directives
                    .push(Directive::new(range, Scope::File, rules));
            }
            "onmessage-disable" => {
                // One range per rule, so an `enable` naming one rule ends only that one.
                let keys: Vec<Option<RuleId>> = if rules.is_empty() {
                    vec![None]
                } else {
                    rules.into_iter().map(Some).collect()
                };
                for key in keys {
                    open.push((key, found.directives.len(), end_line));
                    let scope = Scope::Lines(end_line, usize::MAX);
                    let rules = key.into_iter().collect();
                    found
                        .directives
                        .push(Directive::new(range.clone(), scope, rules));
                }
            }
            _ => {
                // enable: close the named rules' ranges, or all of them.
                open.retain(|(rule, id, _)| {
                    let closes = rules.is_empty() || rule.is_none_or(|r| rules.contains(&r));
                    if closes {
                        if let Scope::Lines(start, _) = found.directives[*id].scope {
                            found.directives[*id].scope = Scope::Lines(start, line);
                        }
                    }
                    !closes
                });
            }
        }
    }
    for unclosed in &doc.unclosed {
        let opening = &text[unclosed.range.clone()];
        if is_directive_opening(doc.kind, opening) {
            let (closing, suggestion) = match doc.kind {
                Kind::Mdx if opening.ends_with("*/") => ("}", format!("{opening}}}")),
                Kind::Mdx => ("*/}", format!("{opening} */}}")),
                _ => ("-->", format!("{opening} -->")),
            };
            found.invalid.push(Invalid {
                range: unclosed.range.clone(),
                message: format!(
                    "This suppression comment is never closed with `{closing}`: it silences \
nothing, and the text after its paragraph is checked"
                ),
                suggestion: Some(suggestion),
            });
        }
    }
}

/// Whether a comment or expression that is never closed opens a suppression directive
/// (`<!-- onmessage-…`, in MDX `{/* onmessage-…`).
pub fn is_directive_opening(kind: Kind, opening: &str) -> bool {
    let inside = match kind {
        Kind::Mdx => opening.strip_prefix("{/*"),
        _ => opening.strip_prefix("<!--"),
    };
    inside.is_some_and(|rest| rest.trim_start().starts_with("onmessage-"))
}

/// The first line after `line` with something on it other than whitespace or another
/// suppression comment (so stacked `disable-next-line` comments all reach the text below).
fn next_non_blank_line(doc: &Document, line: usize) -> usize {
    let lines = doc.line_index();
    let regex = comment_regex(doc.kind);
    let mut next = line + 1;
    loop {
        let range = lines.line_range(doc.text, next);
        if range.start >= doc.text.len() {
            return next;
        }
        let content = doc.text[range].trim();
        let only_directive = regex
            .find(content)
            .is_some_and(|m| m.range() == (0..content.len()));
        if !content.is_empty() && !only_directive {
            return next;
        }
        next += 1;
    }
}
