//! Checks that a corpus copy is the text that was labelled, before precision is measured on it.
//! The marketing pages are rebuilt by hand from `marketing-manifest.tsv`; a wrong copy would
//! otherwise show up as findings that moved or vanished, which reads like a precision change.

use std::collections::HashMap;
use std::path::Path;

/// One labelled finding's evidence: where its text sits and the line it was read on.
pub struct Quote<'a> {
    pub file: &'a str,
    pub start: u64,
    pub matched: &'a str,
    pub line: Option<&'a str>,
}

/// Every quote whose file under `dir` is missing, has other bytes at `start`, or lacks the
/// quoted line; empty when the copy holds the labelled text.
pub fn differences<'a>(dir: &Path, quotes: impl IntoIterator<Item = Quote<'a>>) -> Vec<String> {
    let mut texts: HashMap<&str, Option<Vec<u8>>> = HashMap::new();
    let mut out = Vec::new();
    for q in quotes {
        let text = texts
            .entry(q.file)
            .or_insert_with(|| std::fs::read(dir.join(q.file)).ok());
        let Some(bytes) = text else {
            out.push(format!("{}: missing", q.file));
            continue;
        };
        let start = usize::try_from(q.start).unwrap_or(usize::MAX);
        let at_start = start
            .checked_add(q.matched.len())
            .and_then(|end| bytes.get(start..end));
        if at_start != Some(q.matched.as_bytes()) {
            out.push(format!(
                "{} @{}: {:?} is not there",
                q.file, q.start, q.matched
            ));
        }
        if let Some(line) = q.line {
            if !contains(bytes, line.as_bytes()) {
                out.push(format!(
                    "{}: the quoted line {:?} is not there",
                    q.file, line
                ));
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_copy_with_other_text_is_told_apart_from_the_labelled_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.md"), "We grew 50% in a year.\n").expect("write");
    let quote = |start, line| Quote {
        file: "page.md",
        start,
        matched: "50%",
        line,
    };
    let line = Some("We grew 50% in a year.");
    assert!(differences(dir.path(), [quote(8, line)]).is_empty());
    // One byte off (a character lost or added earlier in the copy), another line, a lost file.
    assert_eq!(differences(dir.path(), [quote(9, line)]).len(), 1);
    assert_eq!(
        differences(dir.path(), [quote(8, Some("We grew 60%"))]).len(),
        1
    );
    assert_eq!(differences(dir.path(), [quote(8, None)]).len(), 0);
    let lost = Quote {
        file: "gone.md",
        ..quote(8, line)
    };
    assert_eq!(differences(dir.path(), [lost]), ["gone.md: missing"]);
    // A start past the end is a difference, not a panic.
    assert_eq!(differences(dir.path(), [quote(u64::MAX, None)]).len(), 1);
}
