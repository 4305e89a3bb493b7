//! The words a document uses as the name of a status or label: the word after "marked",
//! "labelled", "tagged" or "flagged" (with or without "as"), and the word before "status"
//! ("reports ranked by priority, marked actionable or needs-input"; "the actionable
//! status"). On such a page the word names that state wherever it appears: it is not the
//! buzzword a pack lists. Found once per document, from one search for the cue words.

use super::identifiers::is_word_char;
use super::Document;
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

const MARKING_VERBS: &[&str] = &["marked", "labelled", "labeled", "tagged", "flagged"];
// Not "state": "a holistic state of mind" is the buzzword.
const STATE_NOUN: &str = "status";

/// The cue words, found in any case by one search: most documents hold none, and then no word
/// of theirs is read.
fn cues() -> &'static AhoCorasick {
    static CUES: OnceLock<AhoCorasick> = OnceLock::new();
    CUES.get_or_init(|| {
        // Constant patterns cannot fail to build: the tests below build them, so a broken edit
        // fails them, never a user's check.
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(MARKING_VERBS.iter().chain([&STATE_NOUN]))
            .expect("constant cue words build")
    })
}

impl Document<'_> {
    /// The lowercase words this document uses as status or label names.
    pub fn status_words(&self) -> &FxHashSet<String> {
        self.status_words.get_or_init(|| {
            let text = self.text;
            let mut found = FxHashSet::default();
            for hit in cues().find_iter(text) {
                let cue = hit.range();
                if !whole_word(text, &cue) || !self.is_prose(cue.clone()) {
                    continue;
                }
                let named = if text[cue.clone()].eq_ignore_ascii_case(STATE_NOUN) {
                    word_before(text, cue.start)
                } else {
                    match word_after(text, cue.end) {
                        Some(next) if text[next.clone()].eq_ignore_ascii_case("as") => {
                            word_after(text, next.end)
                        }
                        Some(next) if text[next.clone()].eq_ignore_ascii_case("by") => None,
                        next => next,
                    }
                };
                if let Some(word) = named.filter(|w| self.is_prose(w.clone())) {
                    found.insert(text[word].to_lowercase());
                }
            }
            found
        })
    }
}

/// Whether `range` of `text` is a whole word (no word character on either side).
fn whole_word(text: &str, range: &Range<usize>) -> bool {
    !text[..range.start]
        .chars()
        .next_back()
        .is_some_and(is_word_char)
        && !text[range.end..].chars().next().is_some_and(is_word_char)
}

/// The word right after `at`, with only spaces or tabs between (no punctuation, no line end).
fn word_after(text: &str, at: usize) -> Option<Range<usize>> {
    let start = at + text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
    let len: usize = text[start..]
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (start > at && len > 0).then(|| start..start + len)
}

/// The word right before `at`, with only spaces or tabs between.
fn word_before(text: &str, at: usize) -> Option<Range<usize>> {
    let end = text[..at].trim_end_matches([' ', '\t']).len();
    let len: usize = text[..end]
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    (end < at && len > 0).then(|| end - len..end)
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
