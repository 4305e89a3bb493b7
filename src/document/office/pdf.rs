//! PDF (`.pdf`): the text layer page by page, in the order `pdf-extract` gives it. A PDF
//! without text (a scan) and an encrypted one are named with the reason, not read. The PDF
//! crates can panic on malformed files: extraction runs under `catch_unwind`, so no panic
//! escapes; such a file is named as not a valid PDF.

use super::{Builder, Extracted, Unreadable};
use crate::document::location::Location;
use crate::limits::MAX_PDF_PAGES;
use pdf_extract::{Document, PlainTextOutput};
use std::panic::{catch_unwind, AssertUnwindSafe};

pub(super) fn extract(bytes: &[u8]) -> Result<Extracted, Unreadable> {
    match catch_unwind(AssertUnwindSafe(|| pages(bytes))) {
        Ok(result) => result,
        Err(_) => Err(corrupt("the PDF reader failed on it".into())),
    }
}

fn corrupt(reason: String) -> Unreadable {
    Unreadable::Corrupt {
        format: "PDF",
        reason,
    }
}

fn pages(bytes: &[u8]) -> Result<Extracted, Unreadable> {
    let mut doc = Document::load_mem(bytes).map_err(|err| {
        let reason = err.to_string();
        if reason.to_ascii_lowercase().contains("decrypt")
            || reason.to_ascii_lowercase().contains("password")
        {
            Unreadable::Encrypted(reason)
        } else {
            corrupt(reason)
        }
    })?;
    // Encrypted with an empty user password (permissions only): it opens without one.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(Unreadable::Encrypted("it needs a password to open".into()));
    }
    let numbers: Vec<u32> = doc.get_pages().into_keys().collect();
    let mut out = Builder::default();
    for page in numbers.into_iter().take(MAX_PDF_PAGES as usize) {
        let mut raw = String::new();
        {
            let mut output = PlainTextOutput::new(&mut raw);
            // A page whose content cannot be read adds no text; the others are still read.
            let _ = pdf_extract::output_doc_page(&doc, &mut output, page);
        }
        let start = out.len();
        out.marker(format!("page {page}"));
        // Blank lines part paragraphs; a paragraph's wrapped lines join into one line.
        for block in raw.split("\n\n") {
            out.paragraph(block, false);
        }
        if out.len() == start {
            out.out.markers.pop();
        } else {
            out.locate(start..out.len(), Location::Page { page });
        }
    }
    if out.out.text.is_empty() {
        return Err(Unreadable::NoTextLayer);
    }
    Ok(out.finish())
}
