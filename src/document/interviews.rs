//! Interviews written as questions and answers: a page titled as an interview ("Interview with
//! Life360") whose questions are headings ("## Can you tell us about yourself and what Life360
//! does?"). Each answer, from its question to the next heading, is the interviewee's words,
//! quoted: reported, never rewritten, and its "we" is the interviewee's company, not the one
//! whose blog it is ("at peak we serve 700k requests per minute").
//!
//! A page of questions alone is no interview: an FAQ answers in the company's own voice. The
//! title has to say so, and at least two headings have to be questions.

use super::Document;
use std::ops::Range;

/// Questions a page needs before its headings are read as an interview's.
const MIN_QUESTIONS: usize = 2;

/// The answers of a question-and-answer interview in `doc`, appended to `found`.
pub(super) fn find(doc: &Document, found: &mut Vec<Range<usize>>) {
    if !doc.title().is_some_and(titles_an_interview) {
        return;
    }
    let text = doc.text;
    let questions: Vec<bool> = doc
        .headings
        .iter()
        .map(|h| asks(&text[h.clone()]))
        .collect();
    if questions.iter().filter(|&&q| q).count() < MIN_QUESTIONS {
        return;
    }
    for (i, heading) in doc.headings.iter().enumerate() {
        if !questions[i] {
            continue;
        }
        let end = doc
            .headings
            .get(i + 1)
            .map_or(text.len(), |next| next.start);
        if heading.end < end {
            found.push(heading.end..end);
        }
    }
}

/// "Interview with Life360", "An interview with the Compose team": the word "interview" in the
/// title. "How to turn user interviews into snapshots" is about interviews, not one.
fn titles_an_interview(title: &str) -> bool {
    title
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("interview"))
}

/// Whether a heading's text asks a question: it ends in a question mark, before any closing
/// `#` marks of an ATX heading.
fn asks(heading: &str) -> bool {
    heading
        .trim_end()
        .trim_end_matches('#')
        .trim_end()
        .ends_with('?')
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Kind};

    // Prometheus blog, `2016-03-23-interview-with-life360.md` (Apache-2.0).
    const LIFE360: &str = "---\ntitle: Interview with Life360\n---\n\n*This is the first in a series of interviews with users of Prometheus.*\n\n## Can you tell us about yourself and what Life360 does?\n\nWe're quite busy handling these families - at peak\nwe serve 700k requests per minute for 70 million registered families.\n\n## What was your pre-Prometheus monitoring experience?\n\nOur monitoring setup included many components.\n\n## Summary\n\nPrometheus is great.\n";

    fn quoted(text: &str, phrase: &str) -> bool {
        let doc = Document::new(text, Kind::Markdown);
        let start = text.find(phrase).unwrap();
        doc.in_quotation(start..start + phrase.len())
    }

    #[test]
    fn an_interviews_answers_are_quoted() {
        assert!(quoted(LIFE360, "700k requests"));
        assert!(quoted(LIFE360, "Our monitoring setup"));
    }

    #[test]
    fn its_introduction_and_sections_that_ask_nothing_are_not() {
        assert!(!quoted(LIFE360, "series of interviews"));
        assert!(!quoted(LIFE360, "Prometheus is great"));
    }

    #[test]
    fn questions_without_an_interview_title_are_an_faq() {
        // An FAQ answers in the company's own voice.
        let faq = LIFE360.replace("Interview with Life360", "Frequently asked questions");
        assert!(!quoted(&faq, "700k requests"));
        // "How to turn user interviews into actionable snapshots" (PostHog, MIT) is about
        // interviews, and so is a title with one question only.
        let about = LIFE360.replace(
            "Interview with Life360",
            "How to turn user interviews into snapshots",
        );
        assert!(!quoted(&about, "700k requests"));
        let one = LIFE360.replace(
            "## What was your pre-Prometheus monitoring experience?",
            "## Before",
        );
        assert!(!quoted(&one, "700k requests"));
    }
}
