//! Writing fixes into a Word or PowerPoint package. A fix is kept only when its match and
//! every edit lie inside one run's literal text (the [`RunMap`]), so the run's formatting is
//! kept; each edit is written into its part's XML with markup characters escaped, and every
//! other entry of the zip is copied byte for byte in the same order (a changed part keeps its
//! compression method, time and mode). The new package is read back: its text must be exactly
//! the old text with the edits applied, or nothing is written.

use super::package::Package;
use super::runs::Span;
use super::{extract, Extracted};
use crate::document::Kind;
use crate::finding::{Edit, Finding};
use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::ops::Range;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// A package with fixes written into it, and its text read back.
#[derive(Debug)]
pub struct Rewritten {
    pub bytes: Vec<u8>,
    pub extracted: Extracted,
}

/// Drop the fix of each finding that cannot be written into the file: every fix of a PDF or
/// OpenDocument file, and in Word and PowerPoint files a fix whose match or edits leave one
/// run's literal text or would change how the run's text is spaced. The findings stay.
pub fn keep_fixable(kind: Kind, extracted: &Extracted, findings: &mut [Finding]) {
    let rewritable = matches!(kind, Kind::Docx | Kind::Pptx);
    for finding in findings.iter_mut() {
        if finding.fix.is_some() && !(rewritable && fixable(extracted, finding)) {
            finding.fix = None;
        }
    }
}

fn fixable(extracted: &Extracted, finding: &Finding) -> bool {
    let Some(fix) = &finding.fix else {
        return false;
    };
    let Some(span) = extracted.runs.span_of(&(finding.start..finding.end)) else {
        return false;
    };
    !fix.edits.is_empty()
        && fix
            .edits
            .iter()
            .all(|edit| edit_fits(&extracted.text, span, edit))
}

/// Whether `edit` lies inside `span` and leaves the run's text spaced as it was: no control
/// character or whitespace but single spaces, no space newly at either end of the span (Word
/// drops a run's edge spaces unless told to keep them), no double space (the text would read
/// back differently).
fn edit_fits(text: &str, span: &Span, edit: &Edit) -> bool {
    let inside =
        span.text.start <= edit.start && edit.start <= edit.end && edit.end <= span.text.end;
    if !inside || !text.is_char_boundary(edit.start) || !text.is_char_boundary(edit.end) {
        return false;
    }
    if edit
        .replacement
        .chars()
        .any(|c| c.is_control() || (c.is_whitespace() && c != ' '))
    {
        return false;
    }
    let old = &text[span.text.clone()];
    let new = format!(
        "{}{}{}",
        &text[span.text.start..edit.start],
        edit.replacement,
        &text[edit.end..span.text.end]
    );
    !new.is_empty()
        && new.starts_with(' ') == old.starts_with(' ')
        && new.ends_with(' ') == old.ends_with(' ')
        && !new.contains("  ")
}

/// Write `edits` (of the text `extracted` was read as, sorted and disjoint, each inside one
/// span) into the `kind` package `bytes`. The reason when they cannot be written exactly.
pub fn rewrite(
    kind: Kind,
    bytes: &[u8],
    extracted: &Extracted,
    edits: &[&Edit],
) -> Result<Rewritten, String> {
    let format = match kind {
        Kind::Docx => "Word",
        Kind::Pptx => "PowerPoint",
        _ => return Err("onmessage fixes only Word and PowerPoint files".into()),
    };
    let mut by_part: BTreeMap<usize, Vec<(Range<usize>, &Edit)>> = BTreeMap::new();
    for edit in edits {
        let span = extracted
            .runs
            .span_of(&(edit.start..edit.end))
            .filter(|span| edit_fits(&extracted.text, span, edit))
            .ok_or("a fix does not lie inside one text run")?;
        let at = span.xml + (edit.start - span.text.start);
        by_part
            .entry(span.part)
            .or_default()
            .push((at..at + (edit.end - edit.start), edit));
    }
    let mut package = Package::open(bytes, format).map_err(|err| err.to_string())?;
    let mut parts: BTreeMap<String, String> = BTreeMap::new();
    for (part, mut edits) in by_part {
        let name = extracted
            .runs
            .part_name(part)
            .ok_or("a fix names no part")?
            .to_string();
        let mut xml = package.required(&name).map_err(|err| err.to_string())?;
        edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
        let mut end = usize::MAX;
        for (range, edit) in edits {
            // The part must still hold, there, the text the edit replaces.
            if range.end > end || xml.get(range.clone()) != extracted.text.get(edit.start..edit.end)
            {
                return Err(format!("{name} does not hold the text a fix replaces"));
            }
            end = range.start;
            xml.replace_range(range, &escape(&edit.replacement));
        }
        parts.insert(name, xml);
    }
    let bytes = repack(bytes, &parts).map_err(|err| format!("cannot write the package: {err}"))?;
    let expected = crate::fix::apply(&extracted.text, edits);
    match extract(kind, &bytes) {
        Some(Ok(read)) if read.text == expected => Ok(Rewritten {
            bytes,
            extracted: read,
        }),
        _ => Err("the fixed file does not read back as the fixed text".into()),
    }
}

/// Text as XML character data.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The zip `bytes` with the entries named in `parts` holding their new text; every other
/// entry copied raw, in order, and the archive comment kept.
fn repack(bytes: &[u8], parts: &BTreeMap<String, String>) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))?;
    let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 1024)));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i)?;
        let name = entry.name()?.into_owned();
        let Some(xml) = parts.get(&name) else {
            writer.raw_copy_file(entry)?;
            continue;
        };
        let method = match entry.compression() {
            CompressionMethod::Stored => CompressionMethod::Stored,
            _ => CompressionMethod::Deflated,
        };
        let mut options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(entry.last_modified().unwrap_or_default());
        if let Some(mode) = entry.unix_mode() {
            options = options.unix_permissions(mode);
        }
        drop(entry);
        writer.start_file(name, options)?;
        writer.write_all(xml.as_bytes())?;
    }
    writer.set_raw_comment(archive.comment().into())?;
    Ok(writer.finish()?.into_inner())
}
