//! JSON output: the stable contract, one object on stdout.

use crate::finding::Finding;
use serde::Serialize;

/// The version of the JSON contract; bumped only on incompatible changes. Adding a field
/// (`fix`, `fixed`) is compatible.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub files_checked: usize,
    /// With `--fix` or `--diff`: how many findings were fixed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed: Option<usize>,
    pub findings: &'a [Finding],
}

pub fn render(findings: &[Finding], files_checked: usize, fixed: Option<usize>) -> String {
    let report = JsonReport {
        version: VERSION,
        files_checked,
        fixed,
        findings,
    };
    // Findings hold only strings and numbers: serialising cannot fail.
    serde_json::to_string_pretty(&report).unwrap_or_default()
}
