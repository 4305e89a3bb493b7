//! Tests: scanning paragraphs, gating anchors and tokenising spans finds exactly what
//! scoring every token of the text finds.

use super::{hash_line, tokenize};
use crate::matchers::phrases::{PhraseKind, PhraseMatcher};
use proptest::prelude::*;
use std::ops::Range;

fn matcher() -> PhraseMatcher {
    let mut matcher = PhraseMatcher::default();
    for (i, phrase) in [
        "Three laptops in 60 seconds",
        "Visit your local store",
        "Book a demo",
        "The value is the path to the value",
        "Experts who speak your language",
    ]
    .iter()
    .enumerate()
    {
        matcher.add(PhraseKind::Phrase(i), phrase, 0.8);
    }
    matcher.add(PhraseKind::Cta(0), "Call us today", 0.75);
    matcher
}

/// Words and separators that make phrases, near misses and segment breaks likely.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "three",
        "Three",
        "3",
        "laptops",
        "laptop",
        "notebooks",
        "in",
        "sixty",
        "60",
        "seconds",
        "secnods",
        "visit",
        "your",
        "local",
        "nearest",
        "store",
        "shop",
        "shop's",
        "book",
        "booked",
        "schedule",
        "a",
        "demo",
        "demonstration",
        "the",
        "value",
        "is",
        "path",
        "to",
        "experts",
        "who",
        "that",
        "speak",
        "language",
        "call",
        "phone",
        "us",
        "today",
        "x_y",
        "user@example.com",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "\n# ",
        "\n  \n",
        "’",
        "'",
        "-",
        // Near misses of the phrases' words that are no anchors (typos, abbreviations, other
        // scripts): the anchors' neighbourhood bound must keep every window they make.
        "secs",
        "tody",
        "langauge",
        "Valu",
        "pat",
        "lapt",
        "caf\u{e9}",
        "Sto\u{308}re",
    ])
}

#[test]
fn paragraphs_are_scored_separately_and_anchors_never_cross_them() {
    let text = "Book a demo today.\n\nThree notebooks in 60 seconds!\n\n# Visit\n\nyour local shop\n\nlaptops\n\nin 60 seconds";
    let all = |_: Range<usize>| true;
    let found: Vec<(&str, bool)> = matcher()
        .find_in_text(text, None, &all, &hash_line(text))
        .into_iter()
        .map(|h| (&text[h.range], h.exact))
        .collect();
    // "Visit" sits in a heading of its own; "laptops" and "in 60 seconds" are paragraphs
    // apart, so neither pair is a drifted phrase.
    assert_eq!(
        found,
        [
            ("Book a demo", true),
            ("Three notebooks in 60 seconds", false)
        ]
    );
    assert_eq!(
        matcher()
            .find(&tokenize(text, 0..text.len(), &all, &hash_line(text)))
            .len(),
        found.len()
    );
}

#[test]
fn any_case_and_any_length_of_anchor_is_found() {
    let long = "a".repeat(70);
    let mut matcher = PhraseMatcher::default();
    // Each phrase has one content word, its only anchor.
    matcher.add(PhraseKind::Phrase(0), "the Übermorgen", 0.8);
    matcher.add(PhraseKind::Phrase(1), &format!("the {long}"), 0.8);
    let text = format!("THE ÜBERMORGEN\n\nThe {}", long.to_uppercase());
    let all = |_: Range<usize>| true;
    let found: Vec<bool> = matcher
        .find_in_text(&text, None, &all, &hash_line(&text))
        .iter()
        .map(|h| h.exact)
        .collect();
    assert_eq!(found, [true, true]);
}

/// The buffers kept from text to text on a thread ([`super::with_reused`]): texts scored one
/// after another, by matchers of other sizes in between, find what scoring every token of each
/// finds, from the word list and from the text, whatever the texts before left in them.
#[test]
fn buffers_kept_from_text_to_text_change_no_finding() {
    let mut small = PhraseMatcher::default();
    small.add(PhraseKind::Phrase(0), "Visit your local store", 0.8);
    let big = matcher();
    let long = "Three notebooks in sixty secs, then visit your nearest shop. ".repeat(40);
    let texts = [
        long.as_str(),
        "Book a demo today.\n\nThree notebooks in 60 seconds!\n\n# Visit\n\nyour local shop",
        "",
        "nothing here to anchor",
        "Visit your local store, call us today: experts who speak your langauge.",
        "The value is the path to the valu. Three laptops in 60 seconds.",
    ];
    let all = |_: Range<usize>| true;
    let mut found = 0;
    for _round in 0..2 {
        for text in texts {
            for m in [&big, &small] {
                let heading = hash_line(text);
                let everything = m.find(&tokenize(text, 0..text.len(), &all, &heading));
                let listed: Vec<Range<usize>> = crate::document::words(text).collect();
                assert_eq!(
                    m.find_in_words(text, &listed, &|_| true, &heading),
                    everything,
                    "{text}"
                );
                assert_eq!(m.find_in_text(text, None, &all, &heading), everything);
                found += everything.len();
            }
        }
    }
    assert!(found > 0);
}

#[test]
fn a_text_scored_while_another_has_the_buffers_gets_new_ones() {
    super::with_reused(|outer| {
        outer.seen.push(7);
        super::with_reused(|inner| assert!(inner.seen.is_empty()));
    });
    // The outer text's buffers are the ones kept.
    super::with_reused(|again| assert_eq!(again.seen.last(), Some(&7)));
}

/// The pieces as one text, a space before each piece that starts with a letter or digit, so
/// adjacent words stay words.
fn joined(pieces: &[&str]) -> String {
    pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.chars().next().is_some_and(char::is_alphanumeric) && i > 0 {
                format!(" {p}")
            } else {
                p.to_string()
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn scanning_paragraphs_finds_what_scoring_every_token_finds(
        pieces in prop::collection::vec(piece(), 0..80),
        skip_x in any::<bool>(),
    ) {
        let text = joined(&pieces);
        // A filter like the prose and identifier test: here, words holding a "3" are out.
        let is_word = |r: Range<usize>| !(skip_x && text[r].contains('3'));
        let matcher = matcher();
        let heading = hash_line(&text);
        let everything = matcher.find(&tokenize(&text, 0..text.len(), &is_word, &heading));
        prop_assert_eq!(matcher.find_in_text(&text, None, &is_word, &heading), everything);
    }

    /// Long texts, where passing anchors are far apart and only the words near them are
    /// tokenised, and prose only inside some spans of the text, of which only those are
    /// scanned.
    #[test]
    fn scanning_spans_near_anchors_finds_what_scoring_every_token_finds(
        pieces in prop::collection::vec(piece(), 0..400),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
        whole in any::<bool>(),
    ) {
        let text = joined(&pieces);
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut cuts: Vec<usize> = cuts.iter().map(|c| bounds[c.index(bounds.len())]).collect();
        cuts.sort_unstable();
        cuts.dedup();
        let spans: Vec<Range<usize>> = cuts.chunks_exact(2).map(|c| c[0]..c[1]).collect();
        let in_spans = |r: &Range<usize>| {
            whole || spans.iter().any(|s| s.start <= r.start && r.end <= s.end)
        };
        let is_word = |r: Range<usize>| in_spans(&r) && !text[r].contains('x');
        let matcher = matcher();
        let heading = hash_line(&text);
        let everything = matcher.find(&tokenize(&text, 0..text.len(), &is_word, &heading));
        // The same from the list of words in the spans (the document's prose words), whose
        // token test is left with the identifier part alone.
        let listed: Vec<Range<usize>> =
            crate::document::words(&text).filter(|r| in_spans(r)).collect();
        let is_token = |i: usize| !text[listed[i].clone()].contains('x');
        prop_assert_eq!(
            matcher.find_in_words(&text, &listed, &is_token, &heading),
            everything.clone()
        );
        let spans = (!whole).then_some(spans.as_slice());
        prop_assert_eq!(matcher.find_in_text(&text, spans, &is_word, &heading), everything);
    }
}
