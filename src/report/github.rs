//! GitHub Actions output: one workflow command per finding (`::error file=…::message`), which
//! the runner turns into annotations on the pull request. Nothing else goes on stdout.

use crate::finding::{Finding, Severity};
use std::fmt::Write;

/// One line per finding, each ending in a newline; empty when there are none.
pub fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        // Writing into a String cannot fail.
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&f.path),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(&format!("onmessage({})", f.rule)),
            escape_data(&f.message),
        );
    }
    out
}

/// A command's message: `%`, CR and LF are encoded, as the runner decodes them.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value: as a message, and also `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(escape_data("100%: a,b\r\nc"), "100%25: a,b%0D%0Ac");
        assert_eq!(escape_property("a b,c:d%.md"), "a b%2Cc%3Ad%25.md");
    }
}
