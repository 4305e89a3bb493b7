//! OpenDocument text (`.odt`) and presentations (`.odp`): the paragraphs and headings of
//! `content.xml` in order (tables cell by cell, frames and footnote bodies where they are
//! anchored); comments (`office:annotation`), tracked deletions and footnote numbers are not
//! read. In a presentation each `draw:page` is a slide, followed by its notes. Headers and
//! footers (in `styles.xml`) are not read.

use super::package::Package;
use super::xml::{attr, local, walk, Step};
use super::{Builder, Extracted, Unreadable};
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
    Ok(out.finish())
}

/// A paragraph being read; a frame's or a footnote's paragraphs open inside their anchor's.
#[derive(Default)]
struct Paragraph {
    text: String,
    heading: bool,
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
                if self.skipped > 0 || SKIPPED.contains(&name) {
                    self.skipped += 1;
                    return;
                }
                match name {
                    "p" | "h" => self.open.push(Paragraph {
                        text: String::new(),
                        heading: name == "h" || self.title > 0,
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
                    return;
                }
                match name {
                    "p" | "h" => self.paragraph_ends(out),
                    "frame" if self.title > 0 => self.title -= 1,
                    "page" if self.presentation => {
                        self.end(out);
                        self.part = None;
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
                }
            }
        }
    }

    fn paragraph_ends(&mut self, out: &mut Builder) {
        let Some(p) = self.open.pop() else {
            return;
        };
        if let Some(range) = out.paragraph(&p.text, p.heading) {
            if !self.presentation {
                self.paragraphs += 1;
                let paragraph = self.paragraphs;
                out.locate(range, Location::Paragraph { paragraph });
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
