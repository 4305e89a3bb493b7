//! Word comments that hold suppression directives, and the paragraphs each is anchored on
//! (from its `commentRangeStart` to its `commentRangeEnd` or `commentReference`). Other
//! comments are never read: a reviewer's remarks are not the document's copy.

use super::xml::{attr, local, walk, Step};
use super::Unreadable;
use crate::document::annotations::{is_directive, Annotation, Source};
use std::collections::HashMap;
use std::ops::Range;

/// The comments part's directives: comment id → its text, whitespace made single spaces and
/// control characters dropped.
pub(super) fn directives(xml: &str, part: &str) -> Result<HashMap<String, String>, Unreadable> {
    let mut found = HashMap::new();
    let mut comment: Option<(String, String)> = None;
    let mut in_text = false;
    walk(xml, part, |step| {
        match step {
            Step::Open(element) => match local(element.name().as_ref()) {
                "comment" => {
                    comment = Some((attr(element, "id").unwrap_or_default(), String::new()))
                }
                "t" => in_text = true,
                "p" | "br" | "tab" => {
                    if let Some((_, text)) = comment.as_mut() {
                        text.push(' ');
                    }
                }
                _ => {}
            },
            Step::Close(name) => match name {
                "t" => in_text = false,
                "comment" => {
                    if let Some((id, text)) = comment.take() {
                        let text = one_line(&text);
                        if is_directive(&text) {
                            found.insert(id, text);
                        }
                    }
                }
                _ => {}
            },
            Step::Text(text, _) => {
                if let (true, Some((_, into))) = (in_text, comment.as_mut()) {
                    into.push_str(text);
                }
            }
        }
        Ok(())
    })?;
    Ok(found)
}

/// `text` on one line: whitespace runs made one space, control characters dropped.
pub(super) fn one_line(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    kept.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where comments start and end, by the paragraphs read.
#[derive(Default)]
pub(super) struct Anchors {
    /// Started outside a paragraph (between paragraphs, or in one with no text): the next
    /// paragraph read.
    pending: Vec<String>,
    starts: HashMap<String, Range<usize>>,
    ends: HashMap<String, Range<usize>>,
    /// The last paragraph read, where a comment ending outside a paragraph ends.
    last: Option<Range<usize>>,
}

impl Anchors {
    /// A paragraph was read, at `range` in the text (`None`: it had no text), with the comments
    /// that start and end in it.
    pub fn paragraph(
        &mut self,
        range: Option<Range<usize>>,
        starts: Vec<String>,
        ends: Vec<String>,
    ) {
        match range {
            Some(range) => {
                for id in self.pending.drain(..).chain(starts) {
                    self.starts.entry(id).or_insert(range.clone());
                }
                for id in ends {
                    self.ends.entry(id).or_insert(range.clone());
                }
                self.last = Some(range);
            }
            None => {
                self.pending.extend(starts);
                for id in ends {
                    self.end_outside(id);
                }
            }
        }
    }

    pub fn start_outside(&mut self, id: String) {
        self.pending.push(id);
    }

    pub fn end_outside(&mut self, id: String) {
        if let Some(last) = &self.last {
            self.ends.entry(id).or_insert(last.clone());
        }
    }

    /// The directive comments with the paragraphs they cover; a comment anchored nowhere that
    /// has text is dropped (there is nothing it could apply to).
    pub fn annotations(self, mut directives: HashMap<String, String>) -> Vec<Annotation> {
        let mut out = Vec::new();
        for (id, text) in directives.drain() {
            let (start, end) = (self.starts.get(&id), self.ends.get(&id));
            let anchor = match (start, end) {
                (Some(start), Some(end)) if end.end >= start.end => start.start..end.end,
                (Some(one), _) | (None, Some(one)) => one.clone(),
                (None, None) => continue,
            };
            out.push(Annotation {
                text,
                anchor,
                source: Source::WordComment,
            });
        }
        out
    }
}
