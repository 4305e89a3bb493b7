//! One finding of the JSON report, written by hand: the same bytes as serde_json's pretty
//! printer (through [`super::escape::write_json_pretty`]) indented into the report's array,
//! without serde's per-field calls, the formatter's indentation state, a second pass splitting
//! the text into lines and a write per line (~14 k instructions a finding, and the full guide
//! of the benchmark reports 26 k findings on the corpus). The unit tests hold it to the
//! serde form.

use crate::finding::{Applicability, Finding};

/// Append `finding` to `out` as the report's array holds it: `{` first (the caller writes the
/// separator and the indentation before it), its fields four spaces deeper than serde would
/// put them, `}` last, no line break after. `None` when the finding carries a `location` (a
/// locale key path, a page): rare, left to serde.
pub(crate) fn write(out: &mut Vec<u8>, finding: &Finding) -> Option<()> {
    if finding.location.is_some() {
        return None;
    }
    out.extend_from_slice(b"{\n      \"path\": ");
    string(out, &finding.path);
    number_field(out, b",\n      \"line\": ", finding.line);
    number_field(out, b",\n      \"column\": ", finding.column);
    number_field(out, b",\n      \"end_line\": ", finding.end_line);
    number_field(out, b",\n      \"end_column\": ", finding.end_column);
    number_field(out, b",\n      \"start\": ", finding.start);
    number_field(out, b",\n      \"end\": ", finding.end);
    out.extend_from_slice(b",\n      \"rule\": ");
    string(out, finding.rule.as_str());
    out.extend_from_slice(b",\n      \"severity\": ");
    string(out, finding.severity.as_str());
    out.extend_from_slice(b",\n      \"message\": ");
    string(out, &finding.message);
    out.extend_from_slice(b",\n      \"matched\": ");
    string(out, &finding.matched);
    out.extend_from_slice(b",\n      \"suggestion\": ");
    match &finding.suggestion {
        Some(text) => string(out, text),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\n      \"fix\": ");
    match &finding.fix {
        None => out.extend_from_slice(b"null"),
        Some(fix) => {
            out.extend_from_slice(b"{\n        \"applicability\": ");
            string(
                out,
                match fix.applicability {
                    Applicability::Safe => "safe",
                    Applicability::Unsafe => "unsafe",
                },
            );
            out.extend_from_slice(b",\n        \"edits\": [");
            for (n, edit) in fix.edits.iter().enumerate() {
                out.extend_from_slice(if n == 0 { b"\n" } else { b",\n" });
                number_field(out, b"          {\n            \"start\": ", edit.start);
                number_field(out, b",\n            \"end\": ", edit.end);
                out.extend_from_slice(b",\n            \"replacement\": ");
                string(out, &edit.replacement);
                out.extend_from_slice(b"\n          }");
            }
            // serde writes an empty array as `[]`, a full one with its `]` on a line of its own.
            if !fix.edits.is_empty() {
                out.extend_from_slice(b"\n        ");
            }
            out.extend_from_slice(b"]\n      }");
        }
    }
    out.extend_from_slice(b"\n    }");
    Some(())
}

/// `key` (punctuation, line break and indentation included), then `value` in decimal.
fn number_field(out: &mut Vec<u8>, key: &[u8], value: usize) {
    out.extend_from_slice(key);
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = value;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// `text` as a JSON string. Printable ASCII but `"`, `\` and `#` needs no escape from serde
/// nor from the report's own escaping (DEL, C1, `##[`), so it is copied between quotes; any
/// other string goes through the report's serde formatter, which decides every escape (its
/// escaping loop is cheaper than one here: escaping `"` and `\` by hand, as most messages
/// need, cost the full guide's report 9 M more on the corpus).
fn string(out: &mut Vec<u8>, text: &str) {
    if text
        .bytes()
        .all(|b| matches!(b, b' '..=b'~') && b != b'"' && b != b'\\' && b != b'#')
    {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing to a Vec does not fail, and a `str` always serialises.
        let _ = super::escape::write_json_pretty(&mut *out, text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Edit, Fix};

    /// What the report held before: serde's pretty form, each line after the first indented
    /// by four spaces.
    fn by_serde(finding: &Finding) -> String {
        let mut text = Vec::new();
        super::super::escape::write_json_pretty(&mut text, finding).unwrap_or_default();
        String::from_utf8_lossy(&text).replace('\n', "\n    ")
    }

    fn by_hand(finding: &Finding) -> Option<String> {
        let mut out = Vec::new();
        write(&mut out, finding)?;
        Some(String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn writes_what_serde_writes() {
        let mut plain = Finding::sample(crate::rules::banned_term::ID, 3);
        plain.message = "\"extremely\" is banned".into();
        plain.matched = "extremely \\ C:\\x \"y\" #1".into();
        plain.start = 12_345_678_901;
        plain.end = 0;
        plain.suggestion = Some("a \\ b \"c\" #1 ##[x \\\"".into());
        plain.path = "docs/##[x.md".into();
        let mut odd = Finding::sample(crate::rules::brand_name::ID, 18_446);
        odd.path = "docs/ünï\tcode\\x.md".into();
        odd.message = "two\nlines ##[cmd] and \u{7f}\u{9b} and \u{1b}[31m #tag".into();
        odd.matched = "Nöde\r\n\u{feff}".into();
        odd.suggestion = Some("Node".into());
        odd.fix = Some(Fix {
            applicability: Applicability::Unsafe,
            edits: vec![
                Edit {
                    start: 0,
                    end: 9,
                    replacement: "can't".into(),
                },
                Edit {
                    start: 10,
                    end: 10,
                    replacement: "\"q\" ##[x".into(),
                },
            ],
        });
        let mut one_edit = plain.clone();
        one_edit.suggestion = Some(String::new());
        one_edit.fix = Some(Fix {
            applicability: Applicability::Safe,
            edits: vec![Edit {
                start: 1,
                end: 2,
                replacement: "x".into(),
            }],
        });
        let mut no_edits = plain.clone();
        no_edits.fix = Some(Fix {
            applicability: Applicability::Safe,
            edits: Vec::new(),
        });
        for finding in [plain, odd, one_edit, no_edits] {
            assert_eq!(by_hand(&finding), Some(by_serde(&finding)));
        }
    }

    #[test]
    fn numbers_in_decimal() {
        for value in [0, 7, 10, 99, 100, 65_535, usize::MAX] {
            let mut out = Vec::new();
            number_field(&mut out, b"", value);
            assert_eq!(out, value.to_string().into_bytes());
        }
    }

    #[test]
    fn a_located_finding_is_left_to_serde() {
        let mut located = Finding::sample(crate::rules::banned_term::ID, 1);
        located.location = Some(crate::document::location::Location::Page { page: 2 });
        assert_eq!(by_hand(&located), None);
    }
}
