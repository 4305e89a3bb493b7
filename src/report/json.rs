//! JSON output: the stable contract, one object on stdout.

use crate::finding::Finding;
use serde::Serialize;

/// The version of the JSON contract; bumped only on incompatible changes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub version: u32,
    pub files_checked: usize,
    pub findings: &'a [Finding],
}

pub fn render(findings: &[Finding], files_checked: usize) -> String {
    let report = JsonReport {
        version: VERSION,
        files_checked,
        findings,
    };
    // Findings hold only strings and numbers: serialising cannot fail.
    serde_json::to_string_pretty(&report).unwrap_or_default()
}
