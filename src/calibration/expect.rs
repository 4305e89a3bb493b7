//! `expect:` comments in a calibration file: `<!-- expect: banned-term "synergy" -->` (HTML,
//! Markdown) or `{/* expect: missing-benefit */}` (MDX). Each names a rule and, optionally, the
//! text its finding matches; it expects that finding on the next line that is not itself an
//! `expect:` comment, or anywhere in the file for a rule about the file as a whole.

use crate::registry::{self, RuleId};

/// One `expect:` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub rule: RuleId,
    /// The text the finding must match (case aside), when the comment quotes one.
    pub term: Option<String>,
    /// Where the comment is (1-based).
    pub line: usize,
    pub column: usize,
    /// The line whose finding it expects (1-based).
    pub target: usize,
}

/// An `expect:` comment that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadExpectation {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

const FORMS: [(&str, &str); 2] = [("<!--", "-->"), ("{/*", "*/}")];

/// The `expect:` comments of a file's text, and those that cannot be read.
pub fn parse(text: &str) -> (Vec<Expectation>, Vec<BadExpectation>) {
    let mut found = Vec::new();
    let mut bad = Vec::new();
    // Comments waiting for the line they expect a finding on.
    let mut waiting: Vec<Expectation> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let number = n + 1;
        let comments = comments_on(line);
        if comments.is_empty() {
            if !line.trim().is_empty() {
                for mut expectation in waiting.drain(..) {
                    expectation.target = number;
                    found.push(expectation);
                }
            }
            continue;
        }
        for (byte, body) in comments {
            let column = line[..byte].chars().count() + 1;
            match read(body) {
                Ok((rule, term)) => waiting.push(Expectation {
                    rule,
                    term,
                    line: number,
                    column,
                    target: 0,
                }),
                Err(message) => bad.push(BadExpectation {
                    line: number,
                    column,
                    message,
                }),
            }
        }
    }
    // At the end of the file: only a rule about the whole file can still be met.
    found.extend(waiting);
    (found, bad)
}

/// The `expect:` comments on a line: where each starts, and what follows `expect:`.
fn comments_on(line: &str) -> Vec<(usize, &str)> {
    let mut comments = Vec::new();
    for (open, close) in FORMS {
        let mut from = 0;
        while let Some(start) = line[from..].find(open).map(|i| i + from) {
            let inner = &line[start + open.len()..];
            let Some(body) = inner.trim_start().strip_prefix("expect:") else {
                from = start + open.len();
                continue;
            };
            let end = body.find(close).unwrap_or(body.len());
            comments.push((start, &body[..end]));
            from = start + open.len();
        }
    }
    comments.sort_by_key(|(start, _)| *start);
    comments
}

/// `RULE` or `RULE "text"`.
fn read(body: &str) -> Result<(RuleId, Option<String>), String> {
    let body = body.trim();
    let (name, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
    if name.is_empty() {
        return Err("`expect:` names no rule (write `expect: banned-term \"synergy\"`)".into());
    }
    let Some(rule) = RuleId::parse(name) else {
        let shown = crate::report::escape::visible(name);
        let hint = match registry::did_you_mean(name) {
            Some(near) => format!("; did you mean `{near}`?"),
            None => " (`onmessage rules` lists them)".to_string(),
        };
        return Err(format!("`expect:` names an unknown rule `{shown}`{hint}"));
    };
    let rest = rest.trim();
    if rest.is_empty() {
        return Ok((rule, None));
    }
    let quoted = rest
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|t| !t.is_empty() && !t.contains('"'));
    match quoted {
        Some(term) => Ok((rule, Some(term.to_string()))),
        None => Err(format!(
            "`expect: {name}` is followed by `{}`, not a quoted text (write `expect: {name} \"word\"`)",
            crate::report::escape::visible(rest)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_expect_the_next_line_that_is_not_a_comment() {
        let text = "# Title\n\n<!-- expect: banned-term \"synergy\" -->\n{/* expect: preferred-term */}\n\nOur synergy helps clients.\n";
        let (found, bad) = parse(text);
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].rule.as_str(), "banned-term");
        assert_eq!(found[0].term.as_deref(), Some("synergy"));
        assert_eq!((found[0].line, found[0].column, found[0].target), (3, 1, 6));
        assert_eq!(found[1].term, None);
        assert_eq!(found[1].target, 6);
    }

    #[test]
    fn a_misspelt_rule_is_named_with_a_suggestion() {
        let (found, bad) = parse("text\n  <!-- expect: baned-term -->\nmore\n");
        assert!(found.is_empty());
        assert_eq!((bad[0].line, bad[0].column), (2, 3));
        assert!(
            bad[0].message.contains("did you mean `banned-term`"),
            "{}",
            bad[0].message
        );
    }

    #[test]
    fn an_unquoted_text_and_an_empty_comment_are_errors() {
        let (_, bad) = parse("<!-- expect: banned-term synergy -->\n<!-- expect: -->\n");
        assert_eq!(bad.len(), 2);
        assert!(bad[0].message.contains("not a quoted text"));
        assert!(bad[1].message.contains("names no rule"));
    }

    #[test]
    fn other_comments_are_not_expectations() {
        let (found, bad) = parse("<!-- onmessage-disable banned-term -->\n<!-- note -->\n");
        assert!(found.is_empty() && bad.is_empty());
    }
}
