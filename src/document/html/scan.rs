//! One pass of the html5gum tokenizer over an HTML view (template syntax already blanked):
//! where prose, code, headings and blockquotes are, the link destinations, and the document's
//! channel `<meta>`. The tokenizer is flat (no tree, no recursion), so deep nesting costs
//! nothing but a counter; its spans are byte offsets into the view, which are offsets into the
//! file.

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Error, Span, Tokenizer};
use std::ops::Range;

/// Elements whose content is never prose: code, styles, and data blocks.
const SKIPPED: &[&str] = &["script", "style", "mj-style", "textarea", "i18n"];

/// Elements whose content is code, as Markdown code spans are.
const CODE: &[&str] = &["code", "pre", "kbd", "samp"];

/// Attributes whose values are read by people: prose.
const PROSE_ATTRIBUTES: &[&str] = &["alt", "title", "aria-label", "placeholder"];

/// `<meta name|property=…>` whose `content` is prose (the page's description and share cards).
const PROSE_META: &[&str] = &[
    "description",
    "og:title",
    "og:description",
    "twitter:title",
    "twitter:description",
];

/// The `<meta name>` that names the document's channel, as front matter's `channel:` does.
pub const CHANNEL_META: &str = "onmessage-channel";

/// What one pass found; every range is in the view, sorted.
#[derive(Debug, Default)]
pub struct Scanned {
    pub prose: Vec<Range<usize>>,
    pub code: Vec<Range<usize>>,
    pub headings: Vec<Range<usize>>,
    pub blockquotes: Vec<Range<usize>>,
    pub destinations: Vec<String>,
    /// The contents of skipped elements (scripts, styles).
    pub skipped: Vec<Range<usize>>,
    /// Where a comment never closed starts.
    pub unclosed_comment: Option<usize>,
    /// The `content` of `<meta name="onmessage-channel">`.
    pub channel: Option<Range<usize>>,
}

/// The start tag being read: its name, where it starts, its attributes and their values.
#[derive(Default)]
struct Tag {
    name: String,
    start: usize,
    attributes: Vec<(String, Option<Range<usize>>)>,
}

#[derive(Default)]
struct Scanner<'a> {
    view: &'a str,
    found: Scanned,
    tag: Tag,
    /// The skipped element we are in, and where its content starts.
    skipping: Option<(String, usize)>,
    /// Code elements open, and where the outermost started.
    code_depth: usize,
    code_start: usize,
    heading: Option<(String, usize)>,
    blockquotes: Vec<usize>,
    last_comment: usize,
    eof_in_comment: bool,
}

/// Tokenize `view` once.
pub fn scan(view: &str) -> Scanned {
    let mut scanner = Scanner {
        view,
        ..Scanner::default()
    };
    {
        let mut emitter = CallbackEmitter::new(
            |event: CallbackEvent<'_>, span: Span<usize>| -> Option<()> {
                scanner.event(event, span);
                None
            },
        );
        // Script, style, title and textarea contents are read as text, as a browser does.
        emitter.naively_switch_states(true);
        // Reading a `&str` cannot fail; the callback yields nothing, so this only drives it.
        for _ in Tokenizer::new_with_emitter(view, emitter) {}
    }
    scanner.finish()
}

impl Scanner<'_> {
    fn event(&mut self, event: CallbackEvent<'_>, span: Span<usize>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag.name = String::from_utf8_lossy(name).into_owned();
                self.tag.start = span.start;
                self.tag.attributes.clear();
            }
            CallbackEvent::AttributeName { name } => {
                let name = String::from_utf8_lossy(name).into_owned();
                self.tag.attributes.push((name, None));
            }
            CallbackEvent::AttributeValue { .. } => {
                if let Some((_, value)) = self.tag.attributes.last_mut() {
                    match value {
                        Some(range) => range.end = span.end,
                        None => *value = Some(span.start..span.end),
                    }
                }
            }
            CallbackEvent::CloseStartTag { self_closing } => self.start_tag(span.end, self_closing),
            CallbackEvent::EndTag { name } => self.end_tag(name, span),
            CallbackEvent::String { .. } => {
                if self.skipping.is_none() && self.code_depth == 0 {
                    push(&mut self.found.prose, span.start..span.end);
                }
            }
            CallbackEvent::Comment { .. } => self.last_comment = span.start,
            CallbackEvent::Error(Error::EofInComment) => self.eof_in_comment = true,
            CallbackEvent::Doctype { .. } | CallbackEvent::Error(_) => {}
        }
    }

    fn value(&self, name: &str) -> Option<Range<usize>> {
        self.tag
            .attributes
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.clone())
    }

    fn start_tag(&mut self, end: usize, self_closing: bool) {
        if self.skipping.is_some() {
            return;
        }
        for (name, value) in &self.tag.attributes {
            let Some(value) = value.clone() else { continue };
            if PROSE_ATTRIBUTES.contains(&name.as_str()) {
                push(&mut self.found.prose, value);
            } else if name == "href" || name == "src" {
                self.found.destinations.push(self.view[value].to_string());
            }
        }
        let name = std::mem::take(&mut self.tag.name);
        if name == "meta" {
            self.meta();
        }
        let opens = !self_closing;
        if opens && SKIPPED.contains(&name.as_str()) {
            self.skipping = Some((name, end));
        } else if opens && CODE.contains(&name.as_str()) {
            if self.code_depth == 0 {
                self.code_start = self.tag.start;
            }
            self.code_depth += 1;
        } else if opens && is_heading(&name) {
            self.heading = Some((name, self.tag.start));
        } else if opens && name == "blockquote" {
            self.blockquotes.push(self.tag.start);
        }
    }

    fn meta(&mut self) {
        let key = self.value("name").or_else(|| self.value("property"));
        let (Some(key), Some(content)) = (key, self.value("content")) else {
            return;
        };
        let key = self.view[key].trim().to_ascii_lowercase();
        if PROSE_META.contains(&key.as_str()) {
            push(&mut self.found.prose, content);
        } else if key == CHANNEL_META {
            self.found.channel = Some(content);
        }
    }

    fn end_tag(&mut self, name: &[u8], span: Span<usize>) {
        let name = String::from_utf8_lossy(name);
        if let Some((open, content_start)) = &self.skipping {
            if *open == name {
                self.found.skipped.push(*content_start..span.start);
                self.skipping = None;
            }
            return;
        }
        if CODE.contains(&name.as_ref()) && self.code_depth > 0 {
            self.code_depth -= 1;
            if self.code_depth == 0 {
                self.found.code.push(self.code_start..span.end);
            }
        } else if self.heading.as_ref().is_some_and(|(open, _)| *open == name) {
            if let Some((_, start)) = self.heading.take() {
                self.found.headings.push(start..span.end);
            }
        } else if name == "blockquote" {
            if let Some(start) = self.blockquotes.pop() {
                self.found.blockquotes.push(start..span.end);
            }
        }
    }

    fn finish(mut self) -> Scanned {
        let end = self.view.len();
        // What is left open runs to the end of the file: code stays code, a quotation stays a
        // quotation (never rewritten), a script is never read.
        if self.code_depth > 0 {
            self.found.code.push(self.code_start..end);
        }
        if let Some((_, start)) = self.skipping.take() {
            self.found.skipped.push(start..end);
        }
        for start in self.blockquotes.drain(..) {
            self.found.blockquotes.push(start..end);
        }
        if self.eof_in_comment {
            self.found.unclosed_comment = Some(self.last_comment);
        }
        self.found.blockquotes.sort_by_key(|r| r.start);
        // A `<meta>` tag's content may come before its other prose attributes: sort, then join.
        let mut prose = std::mem::take(&mut self.found.prose);
        prose.sort_by_key(|r| r.start);
        for range in prose {
            push(&mut self.found.prose, range);
        }
        self.found
    }
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Add `range` to sorted prose ranges, joining it to the last when they touch.
pub fn push(prose: &mut Vec<Range<usize>>, range: Range<usize>) {
    if range.is_empty() {
        return;
    }
    match prose.last_mut() {
        Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
        _ => prose.push(range),
    }
}
