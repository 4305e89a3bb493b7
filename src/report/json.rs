//! JSON output: the stable contract, one object on stdout, written as findings arrive.

use super::emitter::{Emitter, Entry, Needs, Totals};
use crate::finding::Finding;
use std::io::{self, Write};

/// The version of the JSON contract; bumped only on incompatible changes. Adding a field
/// (`fix`, `fixed`) is compatible.
pub const VERSION: u32 = 1;

/// Writes the report object piece by piece — `version`, each finding, then the counts known
/// only at the end (`files_checked`, `fixed`) — so a large report is never held in memory.
/// The result is one pretty-printed object, the same as serialising it whole.
#[derive(Default)]
struct JsonWriter {
    findings: usize,
}

impl JsonWriter {
    /// Open the object and its `findings` array.
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\n  \"version\": {VERSION},\n  \"findings\": [")
    }

    /// Append `finding` to `out` (one file's findings are gathered, then written at once).
    fn finding(&mut self, out: &mut Vec<u8>, finding: &Finding) -> io::Result<()> {
        out.extend_from_slice(if self.findings == 0 {
            b"\n    "
        } else {
            b",\n    "
        });
        self.findings += 1;
        if super::json_finding::write(out, finding).is_some() {
            return Ok(());
        }
        let mut text = Vec::with_capacity(512);
        super::escape::write_json_pretty(&mut text, finding).map_err(io::Error::other)?;
        // Indent the finding's lines into the array (JSON strings hold no raw line breaks).
        let mut lines = text.split(|&b| b == b'\n');
        if let Some(first) = lines.next() {
            out.extend_from_slice(first);
        }
        for line in lines {
            out.extend_from_slice(b"\n    ");
            out.extend_from_slice(line);
        }
        Ok(())
    }

    /// Close the array and the object with the counts.
    fn end(
        &self,
        out: &mut dyn Write,
        files_checked: usize,
        fixed: Option<usize>,
    ) -> io::Result<()> {
        if self.findings > 0 {
            out.write_all(b"\n  ")?;
        }
        write!(out, "],\n  \"files_checked\": {files_checked}")?;
        if let Some(fixed) = fixed {
            write!(out, ",\n  \"fixed\": {fixed}")?;
        }
        out.write_all(b"\n}\n")
    }
}

/// JSON as an [`Emitter`]: the streamed object, findings with their paths as given.
#[derive(Default)]
pub struct JsonEmitter {
    writer: JsonWriter,
    /// One file's findings as text, kept between files for its capacity.
    text: Vec<u8>,
}

impl Emitter for JsonEmitter {
    fn needs(&self) -> Needs {
        Needs::default()
    }

    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.writer.begin(out)
    }

    fn file(&mut self, out: &mut dyn Write, entries: &[Entry<'_>]) -> io::Result<()> {
        self.text.clear();
        for entry in entries {
            self.writer.finding(&mut self.text, entry.finding)?;
        }
        out.write_all(&self.text)
    }

    fn finish(
        &mut self,
        out: &mut dyn Write,
        _notes: &mut dyn Write,
        totals: &Totals<'_>,
    ) -> io::Result<()> {
        self.writer.end(out, totals.files_checked, totals.fixed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Finding;
    use crate::report::emitter::emit_all;

    /// The object the writer streams, serialised whole by serde.
    #[derive(serde::Serialize)]
    struct Whole<'a> {
        version: u32,
        findings: &'a [Finding],
        files_checked: usize,
        fixed: usize,
    }

    /// The report of `files`, each slice one file's findings.
    fn render(files: &[&[Finding]], files_checked: usize, fixed: Option<usize>) -> String {
        let entries: Vec<Vec<Entry>> = files
            .iter()
            .map(|file| file.iter().map(Entry::bare).collect())
            .collect();
        let files: Vec<&[Entry]> = entries.iter().map(Vec::as_slice).collect();
        let emitted = emit_all(&mut JsonEmitter::default(), &files, files_checked, fixed)
            .expect("writing to a Vec");
        assert!(emitted.notes.is_empty());
        String::from_utf8_lossy(&emitted.out).into_owned()
    }

    #[test]
    fn streamed_report_is_the_pretty_object_whatever_the_files() {
        let mut findings = [
            Finding::sample(crate::rules::banned_term::ID, 3),
            Finding::sample(crate::rules::too_long::ID, 5),
        ];
        findings[1].message = "two\nlines \"quoted\"".into();
        // A located finding is written by serde, the others by hand: one report either way.
        findings[1].location = Some(crate::document::location::Location::Page { page: 2 });
        let whole = Whole {
            version: VERSION,
            findings: &findings,
            files_checked: 4,
            fixed: 1,
        };
        let expected = serde_json::to_string_pretty(&whole).unwrap_or_default() + "\n";
        assert_eq!(render(&[&findings], 4, Some(1)), expected);
        let split = [&findings[..1], &[], &findings[1..]];
        assert_eq!(render(&split, 4, Some(1)), expected);
    }

    #[test]
    fn empty_report_has_an_empty_array_and_no_fixed() {
        assert_eq!(
            render(&[], 0, None),
            "{\n  \"version\": 1,\n  \"findings\": [],\n  \"files_checked\": 0\n}\n"
        );
    }
}
