//! OpenDocument text (`.odt`) and presentations (`.odp`): the paragraphs and headings of
//! `content.xml` in order (tables cell by cell, frames and footnote bodies where they are
//! anchored); comments (`office:annotation`), tracked deletions and footnote numbers are not
//! read, except a comment holding a suppression directive, which applies to its paragraph. In
//! a presentation each `draw:page` is a slide, followed by its notes; a notes paragraph that
//! is a directive is not text and applies to its slide and notes. A text document's headers
//! and footers (in `styles.xml`) follow its body.

use super::comments::one_line;
use super::package::Package;
use super::xml::{attr, local, walk, Step};
use super::{Builder, Extracted, Unreadable};
use crate::document::annotations::{is_directive, Annotation, Source};
use crate::document::location::{Location, SlidePart};

pub(super) fn extract(bytes: &[u8], presentation: bool) -> Result<Extracted, Unreadable> {
    let mut package = Package::open(bytes, "OpenDocument")?;
    let part = "content.xml";
    let xml = package.required(part)?;
    let mut out = Builder::default();
    let mut reader = Reader {
        presentation,
        ..Reader::default()
    };
    if !presentation {
        out.marker("body".into());
    }
    walk(&xml, part, |step| {
        reader.step(step, &mut out);
        Ok(())
    })?;
    if !presentation {
        read_headers_and_footers(&mut package, &mut reader, &mut out)?;
    }
    let mut extracted = out.finish();
    extracted.annotations = reader.annotations;
    Ok(extracted)
}

/// The headers and footers of a text document's page styles (`styles.xml`), after the body as
/// in Word: each one's paragraphs numbered on from the body's. Page-number and date fields are
/// read as the text they hold.
fn read_headers_and_footers(
    package: &mut Package,
    reader: &mut Reader,
    out: &mut Builder,
) -> Result<(), Unreadable> {
    let part = "styles.xml";
    let Some(xml) = package.part(part)? else {
        return Ok(());
    };
    // Depth inside a header or footer element, and where its text began.
    let mut inside = 0usize;
    let mut start = 0usize;
    walk(&xml, part, |step| {
        match &step {
            Step::Open(element) if inside == 0 => {
                let name = element.name();
                let name = local(name.as_ref());
                if let Some(label) = header_or_footer(name) {
                    inside = 1;
                    start = out.len();
                    out.marker(label.into());
                }
                return Ok(());
            }
            Step::Open(_) => inside += 1,
            Step::Close(_) if inside == 1 => {
                inside = 0;
                if out.len() == start {
                    out.out.markers.pop();
                }
                return Ok(());
            }
            Step::Close(_) if inside > 1 => inside -= 1,
            _ => {}
        }
        if inside > 0 {
            reader.step(step, out);
        }
        Ok(())
    })
}

/// The marker of an OpenDocument header or footer element (first-page and left-page ones too).
fn header_or_footer(name: &str) -> Option<&'static str> {
    match name {
        "header" | "header-left" | "header-first" => Some("header"),
        "footer" | "footer-left" | "footer-first" => Some("footer"),
        _ => None,
    }
}

/// A paragraph being read; a frame's or a footnote's paragraphs open inside their anchor's.
#[derive(Default)]
struct Paragraph {
    text: String,
    heading: bool,
    /// The directives of comments anchored in it.
    notes: Vec<String>,
}

#[derive(Default)]
struct Reader {
    presentation: bool,
    open: Vec<Paragraph>,
    /// Depth inside an element whose text is not read.
    skipped: usize,
    paragraphs: u32,
    slides: u32,
    /// Where the current slide part began, and which part it is.
    part: Option<(usize, SlidePart)>,
    /// Inside a frame whose `presentation:class` is `title`.
    title: usize,
    /// The text of the comment being read, and how many of its author and date elements
    /// (not its text) are open.
    note: Option<String>,
    note_meta: usize,
    /// Where the current slide starts, and the directives of its notes.
    slide_start: usize,
    slide_notes: Vec<String>,
    annotations: Vec<Annotation>,
}

/// Elements whose text is not the document's: comments, tracked deletions, footnote
/// numbers, alternative text.
const SKIPPED: [&str; 6] = [
    "annotation",
    "tracked-changes",
    "note-citation",
    "title",
    "desc",
    "page-thumbnail",
];

impl Reader {
    fn step(&mut self, step: Step, out: &mut Builder) {
        match step {
            Step::Open(element) => {
                let name = element.name();
                let name = local(name.as_ref());
                if self.skipped == 0 && name == "annotation" {
                    self.note = Some(String::new());
                }
                if self.skipped > 0 || SKIPPED.contains(&name) {
                    self.skipped += 1;
                    if let Some(note) = self.note.as_mut() {
                        match name {
                            "creator" | "date" => self.note_meta += 1,
                            "p" | "h" | "line-break" | "s" | "tab" => note.push(' '),
                            _ => {}
                        }
                    }
                    return;
                }
                match name {
                    "p" | "h" => self.open.push(Paragraph {
                        text: String::new(),
                        heading: name == "h" || self.title > 0,
                        notes: Vec::new(),
                    }),
                    "s" => {
                        let count = attr(element, "c").and_then(|c| c.parse().ok()).unwrap_or(1);
                        if let Some(p) = self.open.last_mut() {
                            p.text
                                .extend(std::iter::repeat_n(' ', usize::min(count, 64)));
                        }
                    }
                    "ta" | "line-break" => {
                        if let Some(p) = self.open.last_mut() {
                            p.text.push(' ');
                        }
                    }
                    "frame"
                        if self.title > 0 || attr(element, "class").as_deref() == Some("title") =>
                    {
                        self.title += 1;
                    }
                    "page" if self.presentation => {
                        self.slides += 1;
                        self.slide_start = out.len();
                        self.begin(out, SlidePart::Slide);
                    }
                    "notes" if self.presentation && self.part.is_some() => {
                        self.end(out);
                        self.begin(out, SlidePart::Notes);
                    }
                    _ => {}
                }
            }
            Step::Close(name) => {
                if self.skipped > 0 {
                    self.skipped -= 1;
                    if matches!(name, "creator" | "date") {
                        self.note_meta = self.note_meta.saturating_sub(1);
                    }
                    if self.skipped == 0 {
                        self.note_ends();
                    }
                    return;
                }
                match name {
                    "p" | "h" => self.paragraph_ends(out),
                    "frame" if self.title > 0 => self.title -= 1,
                    "page" if self.presentation => {
                        self.end(out);
                        self.part = None;
                        let end = out.out.text.trim_end().len().max(self.slide_start);
                        for text in self.slide_notes.drain(..) {
                            self.annotations.push(Annotation {
                                text,
                                anchor: self.slide_start..end,
                                source: Source::SpeakerNotes,
                            });
                        }
                    }
                    "notes" if self.presentation && self.part.is_some() => {
                        self.end(out);
                        self.begin(out, SlidePart::Slide);
                    }
                    _ => {}
                }
            }
            Step::Text(text, _) => {
                if self.skipped == 0 {
                    if let Some(p) = self.open.last_mut() {
                        p.text.push_str(text);
                    }
                } else if let (Some(note), 0) = (self.note.as_mut(), self.note_meta) {
                    note.push_str(text);
                }
            }
        }
    }

    /// A comment closed: a directive is kept for the paragraph it sits in.
    fn note_ends(&mut self) {
        let Some(note) = self.note.take() else {
            return;
        };
        self.note_meta = 0;
        let text = one_line(&note);
        if let (true, Some(p)) = (is_directive(&text), self.open.last_mut()) {
            p.notes.push(text);
        }
    }

    fn paragraph_ends(&mut self, out: &mut Builder) {
        let Some(p) = self.open.pop() else {
            return;
        };
        let in_notes = matches!(self.part, Some((_, SlidePart::Notes)));
        if in_notes && is_directive(&p.text) {
            self.slide_notes.push(one_line(&p.text));
            return;
        }
        let range = out.paragraph(&p.text, p.heading);
        if let Some(range) = &range {
            if !self.presentation {
                self.paragraphs += 1;
                let paragraph = self.paragraphs;
                out.locate(range.clone(), Location::Paragraph { paragraph });
            }
        }
        for text in p.notes {
            match (&range, self.open.last_mut()) {
                (Some(range), _) => self.annotations.push(Annotation {
                    text,
                    anchor: range.clone(),
                    source: Source::OpenDocumentComment,
                }),
                // A comment in a paragraph without text applies to the paragraph around it.
                (None, Some(outer)) => outer.notes.push(text),
                (None, None) => {}
            }
        }
    }

    /// A slide part begins here.
    fn begin(&mut self, out: &mut Builder, part: SlidePart) {
        self.part = Some((out.len(), part));
        let slide = self.slides;
        out.marker(match part {
            SlidePart::Slide => format!("slide {slide}"),
            SlidePart::Notes => format!("slide {slide} (notes)"),
        });
    }

    /// The current slide part ends here: its range gets its location (an empty part, its
    /// marker dropped).
    fn end(&mut self, out: &mut Builder) {
        let Some((start, part)) = self.part.take() else {
            return;
        };
        if out.len() == start {
            if out.out.markers.last().is_some_and(|(at, _)| *at == start) {
                out.out.markers.pop();
            }
            return;
        }
        let slide = self.slides;
        out.locate(start..out.len(), Location::Slide { slide, part });
    }
}
