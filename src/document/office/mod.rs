//! Word, PowerPoint, OpenDocument and PDF files: their text is extracted from the package (a
//! zip of XML parts) or the PDF's text layer into one owned text, one paragraph per line with
//! a blank line between paragraphs (so neither a sentence nor a phrase runs from one into the
//! next), which is then checked like plain text. Positions refer to that text; each region
//! carries its structural [`Location`] (paragraph, slide and part, page) so a writer can find
//! it in the original.

mod comments;
mod docx;
mod odf;
mod package;
mod pdf;
mod pptx;
mod properties;
mod rewrite;
mod runs;
#[cfg(test)]
mod tests;
mod xml;

use super::annotations::Annotation;
use super::location::{Location, Locations};
use super::Kind;
pub use rewrite::{keep_fixable, rewrite, Rewritten};
use runs::Piece;
pub use runs::RunMap;
use std::ops::Range;

/// Why an Office or PDF file's text cannot be read. The messages name the reason a writer can
/// act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    #[error("not a valid {format} file ({reason})")]
    Corrupt {
        format: &'static str,
        reason: String,
    },
    #[error("refused: {0}")]
    TooLarge(String),
    #[error("encrypted PDF ({0}); not checked")]
    Encrypted(String),
    /// A PDF whose pages hold no text (a scan): named, not an error.
    #[error("no text layer (a scanned or image-only PDF); not checked")]
    NoTextLayer,
}

impl Unreadable {
    /// Whether the file is simply without text to check rather than broken: a note, not an
    /// error, even for a file named on the command line.
    pub fn is_empty_document(&self) -> bool {
        matches!(self, Unreadable::NoTextLayer)
    }
}

/// The text a binary document's rules see, and where its parts are.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub text: String,
    /// Structural locations of regions of `text` (paragraphs, slide parts, pages), sorted.
    pub locations: Vec<(Range<usize>, Location)>,
    /// Headings (Word Heading and Title styles, slide titles, OpenDocument headings), sorted.
    pub headings: Vec<Range<usize>>,
    /// Where each part begins (`slide 3 (notes)`, `page 2`, `header`), for `onmessage extract`.
    pub markers: Vec<(usize, String)>,
    /// Where the text is held literally by one text run (Word and PowerPoint): the only text
    /// a fix may rewrite.
    pub runs: RunMap,
    /// The custom document property `onmessage-channel` (Word and PowerPoint).
    pub channel: Option<String>,
    /// Suppression directives in comments and speaker notes, with the text they apply to.
    pub annotations: Vec<Annotation>,
}

impl Extracted {
    pub fn locations(&self) -> Locations {
        Locations::new(self.locations.clone())
    }
}

/// Extract the text of a file of an extracted kind; `None` for kinds read as text.
pub fn extract(kind: Kind, bytes: &[u8]) -> Option<Result<Extracted, Unreadable>> {
    Some(match kind {
        Kind::Docx => docx::extract(bytes),
        Kind::Pptx => pptx::extract(bytes),
        Kind::Odt | Kind::Odp => odf::extract(bytes, kind == Kind::Odp),
        Kind::Pdf => pdf::extract(bytes),
        _ => return None,
    })
}

/// Builds an [`Extracted`] paragraph by paragraph.
#[derive(Default)]
struct Builder {
    out: Extracted,
}

impl Builder {
    /// Mark the start of a part (`slide 2`, `header`) for `extract`.
    fn marker(&mut self, label: String) {
        self.out.markers.push((self.out.text.len(), label));
    }

    /// Append a paragraph: whitespace runs (line breaks and tabs inside it included) become one
    /// space; an empty paragraph adds nothing. Its range in the text, if any.
    fn paragraph(&mut self, raw: &str, heading: bool) -> Option<Range<usize>> {
        self.mapped_paragraph(raw, &[], heading)
    }

    /// [`Builder::paragraph`], recording where `pieces` of `raw` (sorted) land in the text. A
    /// space between words is mapped only when it was one literal space.
    fn mapped_paragraph(
        &mut self,
        raw: &str,
        pieces: &[Piece],
        heading: bool,
    ) -> Option<Range<usize>> {
        let start = self.out.text.len();
        let mut previous_end = None;
        for word in raw.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            // The word's offset in `raw`: it is a slice of it.
            let at = word.as_ptr() as usize - raw.as_ptr() as usize;
            if let Some(previous_end) = previous_end {
                let out = self.out.text.len();
                self.out.text.push(' ');
                if at - previous_end == 1 && raw.as_bytes()[previous_end] == b' ' {
                    self.out.runs.map(pieces, previous_end, out, 1);
                }
            }
            let out = self.out.text.len();
            self.out.text.push_str(word);
            self.out.runs.map(pieces, at, out, word.len());
            previous_end = Some(at + word.len());
        }
        let end = self.out.text.len();
        if end == start {
            return None;
        }
        self.out.text.push_str("\n\n");
        if heading {
            self.out.headings.push(start..end);
        }
        Some(start..end)
    }

    fn locate(&mut self, range: Range<usize>, location: Location) {
        if !range.is_empty() {
            self.out.locations.push((range, location));
        }
    }

    fn len(&self) -> usize {
        self.out.text.len()
    }

    fn finish(self) -> Extracted {
        self.out
    }
}
