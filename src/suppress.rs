//! Inline suppressions: comments that silence findings where a human decided the text is right.
//!
//! ```markdown
//! <!-- onmessage-disable-next-line banned-term -->
//! <!-- onmessage-disable banned-term, brand-name -->  …  <!-- onmessage-enable -->
//! <!-- onmessage-disable-file -->
//! ```
//! In `.mdx`, which rejects HTML comments, the same words go inside `{/* … */}`. With no rule
//! named, a directive covers all rules. "Next line" is the next non-blank line; a finding is
//! suppressed by the line where it starts. Comments inside code are text, not directives.
//! A reason may follow the rules after ` -- ` (as in ESLint and ruff):
//! `<!-- onmessage-disable-next-line banned-term -- customer quote, keep verbatim -->`.

use crate::document::{Document, Kind};
use crate::finding::Finding;
use crate::registry::{self, RuleId};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

mod index;

pub const UNUSED: RuleId = crate::rules::unused_suppression::ID;
pub const INVALID: RuleId = crate::rules::invalid_suppression::ID;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    NextLine(usize),
    /// Lines `start..=end`.
    Lines(usize, usize),
    File,
}

#[derive(Debug, Clone)]
struct Directive {
    /// The comment's range in the text.
    range: Range<usize>,
    scope: Scope,
    /// Empty: every rule.
    rules: Vec<RuleId>,
    used: bool,
}

/// A problem with a comment that looks like a directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub range: Range<usize>,
    pub message: String,
    pub suggestion: Option<String>,
}

/// The suppressions of one document.
#[derive(Debug, Default)]
pub struct Suppressions {
    directives: Vec<Directive>,
    pub invalid: Vec<Invalid>,
    /// Which directive covers a finding, built once the directives are known.
    index: index::Index,
}

fn comment_regex(kind: Kind) -> &'static Regex {
    static HTML: OnceLock<Regex> = OnceLock::new();
    static MDX: OnceLock<Regex> = OnceLock::new();
    // Constant patterns cannot fail at run time: the tests below build both, so a broken edit
    // fails them, never a user's check.
    let build = |pattern: &str| Regex::new(pattern).expect("a constant directive pattern compiles");
    match kind {
        Kind::Mdx => MDX.get_or_init(|| build(r"(?s)\{/\*\s*(onmessage-[^\s*]*)(.*?)\*/\}")),
        _ => HTML.get_or_init(|| build(r"(?s)<!--\s*(onmessage-[^\s>-]*(?:-[^\s>-]+)*)(.*?)-->")),
    }
}

const DIRECTIVES: [&str; 4] = [
    "onmessage-disable-next-line",
    "onmessage-disable",
    "onmessage-enable",
    "onmessage-disable-file",
];

impl Suppressions {
    pub fn parse(doc: &Document) -> Self {
        let mut found = Suppressions::default();
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
            let names = parse_rules(caps.get(2).map_or("", |m| m.as_str()));
            let word = word.as_str();
            let comment = whole.as_str();
            // The suggestion is the whole comment, corrected.
            let corrected = |wrong: &str, right: &str| comment.replacen(wrong, right, 1);
            if !DIRECTIVES.contains(&word) {
                let suggestion = crate::suggest::closest(word, DIRECTIVES);
                found.invalid.push(Invalid {
                    range,
                    message: format!("`{word}` is not a suppression directive"),
                    suggestion: suggestion.map(|s| corrected(word, s)),
                });
                continue;
            }
            let mut rules = Vec::with_capacity(names.len());
            for name in &names {
                let rule = RuleId::parse(name);
                if rule == Some(UNUSED) || rule == Some(INVALID) {
                    found.invalid.push(Invalid {
                        range: range.clone(),
                        message: format!(
                            "`{name}` cannot be suppressed: fix or remove the comment it reports"
                        ),
                        suggestion: None,
                    });
                } else if let Some(rule) = rule {
                    rules.push(rule);
                } else {
                    found.invalid.push(Invalid {
                        range: range.clone(),
                        message: format!("unknown rule `{name}` in `{word}`"),
                        suggestion: registry::did_you_mean(name).map(|s| corrected(name, s)),
                    });
                }
            }
            if rules.len() < names.len() {
                continue;
            }
            let (line, _) = doc.position(range.start);
            let (end_line, _) = doc.position(range.end);
            match word {
                "onmessage-disable-next-line" => {
                    let next = match last_next {
                        Some((from, next)) if from <= end_line && end_line < next => next,
                        _ => next_non_blank_line(doc, end_line),
                    };
                    last_next = Some((end_line, next));
                    found.directives.push(Directive {
                        range,
                        scope: Scope::NextLine(next),
                        rules,
                        used: false,
                    });
                }
                "onmessage-disable-file" => {
                    found.directives.push(Directive {
                        range,
                        scope: Scope::File,
                        rules,
                        used: false,
                    });
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
                        let rules = key.into_iter().collect();
                        found.directives.push(Directive {
                            range: range.clone(),
                            scope: Scope::Lines(end_line, usize::MAX),
                            rules,
                            used: false,
                        });
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
        found.index = index::Index::new(&found.directives);
        found
    }

    /// Whether a directive silences a finding of `rule` starting on `line`; the directive is
    /// then used.
    pub fn suppresses(&mut self, rule: RuleId, line: usize) -> bool {
        match self.index.covering(rule, line) {
            Some(id) => {
                self.directives[id].used = true;
                true
            }
            None => false,
        }
    }

    /// The `unused-suppression` and `invalid-suppression` findings, once every finding has been
    /// offered to [`Suppressions::suppresses`] (made by `make`, which knows the document and the
    /// guide's levels).
    pub fn findings(
        mut self,
        mut make: impl FnMut(RuleId, Range<usize>, String, Option<String>) -> Option<Finding>,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        for directive in self.directives.iter().filter(|d| !d.used) {
            let what = if directive.rules.is_empty() {
                "any finding".to_string()
            } else {
                let names: Vec<&str> = directive.rules.iter().map(|r| r.as_str()).collect();
                names.join(", ")
            };
            let message = format!("This suppression silences nothing ({what}): remove it");
            out.extend(make(UNUSED, directive.range.clone(), message, None));
        }
        for invalid in self.invalid.drain(..) {
            out.extend(make(
                INVALID,
                invalid.range,
                invalid.message,
                invalid.suggestion,
            ));
        }
        out
    }

    /// Drop suppressed findings and add `unused-suppression` and `invalid-suppression` findings.
    pub fn apply(
        mut self,
        findings: Vec<Finding>,
        make: impl FnMut(RuleId, Range<usize>, String, Option<String>) -> Option<Finding>,
    ) -> Vec<Finding> {
        let mut kept: Vec<Finding> = findings
            .into_iter()
            .filter(|f| !self.suppresses(f.rule, f.line))
            .collect();
        kept.extend(self.findings(make));
        kept
    }
}

impl Directive {
    /// The plain definition of what a directive covers, which the index must agree with.
    #[cfg(test)]
    fn covers(&self, rule: RuleId, line: usize) -> bool {
        let rule_matches = self.rules.is_empty() || self.rules.contains(&rule);
        rule_matches
            && match self.scope {
                Scope::File => true,
                Scope::NextLine(next) => line == next,
                Scope::Lines(start, end) => line > start && line <= end,
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
fn without_reason(list: &str) -> &str {
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::rules::banned_term::ID as BANNED;
    use crate::rules::brand_name::ID as BRAND;
    use crate::rules::phrase_drift::ID as DRIFT;
    use crate::rules::preferred_term::ID as PREFERRED;

    fn finding(rule: RuleId, line: usize) -> Finding {
        Finding::sample(rule, line)
    }

    /// Apply the document's suppressions to findings at (rule, line); returns what remains as
    /// (rule, line or message).
    fn remaining(text: &str, kind: Kind, findings: &[(RuleId, usize)]) -> Vec<String> {
        let doc = Document::new(text, kind);
        let found = findings.iter().map(|&(r, l)| finding(r, l)).collect();
        Suppressions::parse(&doc)
            .apply(found, |rule, range, message, _| {
                Some(Finding {
                    rule,
                    message,
                    line: doc.position(range.start).0,
                    ..finding(rule, 0)
                })
            })
            .into_iter()
            .map(|f| format!("{}@{}: {}", f.rule, f.line, f.message))
            .collect()
    }

    #[test]
    fn next_line_skips_blank_lines_and_names_rules() {
        let text = "<!-- onmessage-disable-next-line banned-term -->\n\nbad line\nother\n";
        assert_eq!(
            remaining(
                text,
                Kind::Markdown,
                &[(BANNED, 3), (BRAND, 3), (BANNED, 4)]
            ),
            ["brand-name@3: ", "banned-term@4: "]
        );
    }

    #[test]
    fn ranges_run_to_enable_or_the_end() {
        let text = "a\n<!-- onmessage-disable banned-term, brand-name -->\nb\nc\n<!-- onmessage-enable -->\nd\n<!-- onmessage-disable -->\ne\n";
        let out = remaining(
            text,
            Kind::Markdown,
            &[
                (BANNED, 1),
                (BRAND, 3),
                (BANNED, 4),
                (BANNED, 6),
                (DRIFT, 8),
            ],
        );
        assert_eq!(out, ["banned-term@1: ", "banned-term@6: "]);
    }

    #[test]
    fn file_directives_and_mdx_comments() {
        assert!(remaining(
            "<!-- onmessage-disable-file -->\nx\n",
            Kind::Markdown,
            &[(BANNED, 2)]
        )
        .is_empty());
        let mdx = "{/* onmessage-disable-next-line brand-name */}\nx\n";
        assert!(remaining(mdx, Kind::Mdx, &[(BRAND, 2)]).is_empty());
        // HTML comments are not directives in MDX.
        let html_in_mdx = "<!-- onmessage-disable-file -->\nx\n";
        assert_eq!(
            remaining(html_in_mdx, Kind::Mdx, &[(BRAND, 2)]),
            ["brand-name@2: "]
        );
    }

    #[test]
    fn unused_and_invalid_directives_are_reported() {
        let text = "<!-- onmessage-disable-next-line banned-term -->\nfine\n<!-- onmessage-disable-nextline -->\n<!-- onmessage-disable banned-terms -->\n";
        let out = remaining(text, Kind::Markdown, &[]);
        assert_eq!(
            out,
            [
                "unused-suppression@1: This suppression silences nothing (banned-term): remove it",
                "invalid-suppression@3: `onmessage-disable-nextline` is not a suppression directive",
                "invalid-suppression@4: unknown rule `banned-terms` in `onmessage-disable`",
            ]
        );
    }

    #[test]
    fn a_reason_after_two_dashes_is_free_text() {
        let text = "<!-- onmessage-disable-next-line banned-term -- customer quote, keep verbatim -->\nbad\n<!-- onmessage-disable-next-line -- all of it, a pasted tweet -->\nworse\n";
        assert_eq!(
            remaining(
                text,
                Kind::Markdown,
                &[(BANNED, 2), (BRAND, 2), (PREFERRED, 4)]
            ),
            ["brand-name@2: "]
        );
        let mdx =
            "{/* onmessage-disable-next-line brand-name --- their spelling, on purpose */}\nx\n";
        assert!(remaining(mdx, Kind::Mdx, &[(BRAND, 2)]).is_empty());
    }

    #[test]
    fn rules_before_the_reason_are_still_checked() {
        let text = "<!-- onmessage-disable banned-terms -- a reason -->\n<!-- onmessage-disable brand-name --no-space -->\n";
        assert_eq!(
            remaining(text, Kind::Markdown, &[]),
            [
                "invalid-suppression@1: unknown rule `banned-terms` in `onmessage-disable`",
                "invalid-suppression@2: unknown rule `--no-space` in `onmessage-disable`",
            ]
        );
        assert_eq!(without_reason("a -- b -- c"), "a");
        assert_eq!(without_reason("a--b, c --"), "a--b, c");
        assert_eq!(without_reason("--"), "");
    }

    #[test]
    fn comments_in_code_are_not_directives() {
        let text =
            "```\n<!-- onmessage-disable-file -->\n```\nx\n\n`<!-- onmessage-disable-file -->`\n";
        assert_eq!(
            remaining(text, Kind::Markdown, &[(BANNED, 4)]),
            ["banned-term@4: "]
        );
    }
}
