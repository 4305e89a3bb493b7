//! The words a document uses as the name of a status or label: the word after "marked",
//! "labelled", "tagged" or "flagged" (with or without "as"), and the word before "status"
//! ("reports ranked by priority, marked actionable or needs-input"; "the actionable
//! status"). On such a page the word names that state wherever it appears: it is not the
//! buzzword a pack lists. Found once per document, in one pass over its prose words.

use super::{words, Document};
use rustc_hash::FxHashSet;

const MARKING_VERBS: &[&str] = &["marked", "labelled", "labeled", "tagged", "flagged"];
// Not "state": "a holistic state of mind" is the buzzword.
const STATE_NOUNS: &[&str] = &["status"];

impl Document<'_> {
    /// The lowercase words this document uses as status or label names.
    pub fn status_words(&self) -> &FxHashSet<String> {
        self.status_words.get_or_init(|| {
            let text = self.text;
            let prose: Vec<_> = words(text).filter(|w| self.is_prose(w.clone())).collect();
            let lower = |i: usize| text[prose[i].clone()].to_lowercase();
            // Two words with nothing but spaces between them (no punctuation, no line end).
            let adjacent = |i: usize| {
                text[prose[i].end..prose[i + 1].start]
                    .chars()
                    .all(|c| c == ' ' || c == '\t')
            };
            let mut found = FxHashSet::default();
            for i in 0..prose.len().saturating_sub(1) {
                let word = lower(i);
                if MARKING_VERBS.contains(&word.as_str()) && adjacent(i) {
                    let next = lower(i + 1);
                    if next == "as" && i + 2 < prose.len() && adjacent(i + 1) {
                        found.insert(lower(i + 2));
                    } else if next != "by" && next != "as" {
                        found.insert(next);
                    }
                }
                if adjacent(i) && STATE_NOUNS.contains(&lower(i + 1).as_str()) {
                    found.insert(word);
                }
            }
            found
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Kind};

    fn found(text: &str) -> Vec<String> {
        let doc = Document::new(text, Kind::Markdown);
        let mut words: Vec<String> = doc.status_words().iter().cloned().collect();
        words.sort();
        words
    }

    #[test]
    fn words_after_a_marking_verb_or_before_status_name_a_state() {
        // PostHog handbook, `marketing/positioning/inbox.md` (MIT).
        assert_eq!(
            found("Reports are ranked by priority, marked actionable or needs-input.\n"),
            ["actionable"]
        );
        assert_eq!(
            found("Tickets flagged as urgent get the blocked status.\n"),
            ["blocked", "urgent"]
        );
    }

    #[test]
    fn other_uses_name_no_state() {
        for text in [
            "Our feedback is marked by actionable advice.\n",
            "It was marked. Actionable items follow.\n",
            "We remarked actionable things.\n",
            "`marked actionable` in code\n",
            "A holistic state of mind.\n",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
