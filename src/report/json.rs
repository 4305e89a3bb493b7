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
    pub findings: &'a [&'a Finding],
}

/// Write the report to `out` as it is serialised, so a large report is never held in memory
/// twice.
pub fn write(
    out: &mut dyn std::io::Write,
    findings: &[&Finding],
    files_checked: usize,
    fixed: Option<usize>,
) -> std::io::Result<()> {
    let report = JsonReport {
        version: VERSION,
        files_checked,
        fixed,
        findings,
    };
    // Keep the kind of an I/O error (a closed pipe is not a failure to the caller).
    serde_json::to_writer_pretty(&mut *out, &report).map_err(|err| match err.io_error_kind() {
        Some(kind) => std::io::Error::from(kind),
        None => std::io::Error::other(err),
    })?;
    writeln!(out)
}

/// The report as a string.
pub fn render(findings: &[&Finding], files_checked: usize, fixed: Option<usize>) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail, and findings hold only strings and numbers.
    let _ = write(&mut out, findings, files_checked, fixed);
    String::from_utf8(out).unwrap_or_default()
}
