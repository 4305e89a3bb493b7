//! GitHub Actions output: one workflow command per finding (`::error file=…::message`), which
//! the runner turns into annotations on the pull request. Nothing else goes on stdout.

use super::escape::visible_for_command as visible;
use crate::finding::{Finding, Severity};
use std::borrow::Cow;
use std::fmt::Write;

pub use super::escape::{escape_data, escape_property};

/// One line per finding, each ending in a newline; empty when there are none. Paths and
/// messages hold data (file names, guide reasons): their control characters but CR and LF are
/// made visible, then the runner's own encoding carries CR and LF, so an annotation can neither
/// inject a command nor carry a terminal escape.
pub fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let path: Cow<str> = visible(&f.path);
        // Writing into a String cannot fail.
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&path),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(&visible(&format!("onmessage({})", f.rule))),
            escape_data(&visible(&f.message)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_start_a_command_or_a_terminal_escape() {
        let finding = Finding {
            path: "a\n::add-mask::x,y:z.md".into(),
            message: "Avoid \"x\": \x1b[2J\u{9b}31m 100%\r\n::warning::boo".into(),
            ..Finding::sample("banned-term", 1)
        };
        let out = render(&[finding]);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.starts_with("::"), "{out}");
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out}");
        assert!(
            out.contains("file=a%0A%3A%3Aadd-mask%3A%3Ax%2Cy%3Az.md,"),
            "{out}"
        );
        assert!(
            out.ends_with("::Avoid \"x\": \\x1b[2J\\u{9b}31m 100%25%0D%0A::warning::boo\n"),
            "{out}"
        );
    }
}
