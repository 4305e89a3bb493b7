//! CSV for spreadsheets: `check --format csv` (one row per finding, as an [`Emitter`]) and the
//! cell and record writing `report --format csv` shares. RFC 4180 quoting and CRLF record ends;
//! no cell a spreadsheet would run as a formula: a text cell starting with `=`, `+`, `-`, `@`, a
//! tab or a carriage return gets a leading `'` (the OWASP advice), since file names, messages
//! and front matter are anyone's text; control characters are written visibly.

use super::emitter::{Emitter, Entry, Needs, Totals};
use crate::finding::Applicability;
use std::io;

/// The header of `check --format csv`: the columns are a contract, added to only at the end.
pub const FINDING_HEADER: &[&str] = &[
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "severity",
    "message",
    "matched",
    "suggestion",
    "fix",
    "location",
];

/// A text cell, defused: a leading formula character is shown, never run, and control
/// characters (a terminal escape in a file name) written visibly.
pub fn text(value: &str) -> String {
    let value = super::escape::visible(value);
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.into_owned(),
    }
}

/// One CSV record, quoted where a cell needs it, ended with CRLF as RFC 4180 says.
pub fn record(cells: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
    out
}

/// One row per finding, the header first; nothing else on stdout (the summary is a note).
#[derive(Default)]
pub struct CsvEmitter;

impl Emitter for CsvEmitter {
    fn needs(&self) -> Needs {
        Needs::default()
    }

    fn begin(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(record(FINDING_HEADER.iter().map(|h| h.to_string())).as_bytes())
    }

    fn file(&mut self, out: &mut dyn io::Write, entries: &[Entry<'_>]) -> io::Result<()> {
        for entry in entries {
            let f = entry.finding;
            let fix = match f.fix.as_ref().map(|fix| fix.applicability) {
                Some(Applicability::Safe) => "safe",
                Some(Applicability::Unsafe) => "unsafe",
                None => "",
            };
            let row = record([
                text(entry.path),
                f.line.to_string(),
                f.column.to_string(),
                f.end_line.to_string(),
                f.end_column.to_string(),
                f.rule.as_str().to_string(),
                f.severity.to_string(),
                text(&f.message),
                text(&f.matched),
                text(f.suggestion.as_deref().unwrap_or_default()),
                fix.to_string(),
                text(
                    &f.location
                        .as_ref()
                        .map(|l| l.to_string())
                        .unwrap_or_default(),
                ),
            ]);
            out.write_all(row.as_bytes())?;
        }
        Ok(())
    }

    fn finish(
        &mut self,
        _out: &mut dyn io::Write,
        notes: &mut dyn io::Write,
        totals: &Totals<'_>,
    ) -> io::Result<()> {
        totals.note_summary(notes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused_and_quotes_doubled() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("-2+3"), "'-2+3");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("sales/pitch.md"), "sales/pitch.md");
        assert!(!text("a\u{1b}[31mred").contains('\u{1b}'));
        let row = record(["a,b".to_string(), "say \"hi\"".to_string(), "x".to_string()]);
        assert_eq!(row, "\"a,b\",\"say \"\"hi\"\"\",x\r\n");
    }
}
