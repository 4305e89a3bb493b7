//! Notes a format keeps about its text rather than in it — a Word or OpenDocument comment, a
//! line of a slide's speaker notes — that hold a suppression directive. Their text is never
//! prose: the suppression stage reads them ([`crate::suppress`]).

use std::fmt;
use std::ops::Range;

/// A suppression directive written in a note about the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// The note's text, whitespace runs made one space (`onmessage-disable-next-line …`).
    pub text: String,
    /// The part of the extracted text it applies to: the paragraphs a comment is anchored on,
    /// or a slide with its notes.
    pub anchor: Range<usize>,
    pub source: Source,
}

/// Where an annotation is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    WordComment,
    OpenDocumentComment,
    SpeakerNotes,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::WordComment => "Word comment",
            Source::OpenDocumentComment => "comment",
            Source::SpeakerNotes => "speaker notes line",
        })
    }
}

/// Whether a note's text is a suppression directive: it starts with `onmessage-`.
pub fn is_directive(text: &str) -> bool {
    text.trim_start().starts_with("onmessage-")
}
