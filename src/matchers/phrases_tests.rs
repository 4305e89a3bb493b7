use super::*;

#[test]
fn every_number_word_passes_the_prefilter() {
    for word in crate::matchers::claims::number_words() {
        assert!(may_be_number_word(word), "{word}");
        assert!(Word::new(word).number.is_some(), "{word}");
    }
    assert!(!may_be_number_word("laptop"));
    assert!(!may_be_number_word("Three"));
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    crate::document::words(text)
        .map(|r| Token {
            word: Word::new(&text[r.clone()]),
            range: r,
            segment: 0,
        })
        .collect()
}

fn hits(phrase: &str, text: &str) -> Vec<(String, bool)> {
    let mut matcher = PhraseMatcher::default();
    matcher.add(PhraseKind::Phrase(0), phrase, 0.8);
    matcher
        .find_in_text(text, None, &|_| true, &|_| false)
        .into_iter()
        .map(|h| (text[h.range].to_string(), h.exact))
        .collect()
}

#[test]
fn numbers_synonyms_and_function_words_drift() {
    let tagline = "Three laptops in 60 seconds";
    assert_eq!(
        hits(tagline, "Get 3 laptops in sixty seconds today"),
        [("3 laptops in sixty seconds".to_string(), false)]
    );
    assert_eq!(
        hits(tagline, "Three notebooks in 60 seconds!"),
        [("Three notebooks in 60 seconds".to_string(), false)]
    );
    assert_eq!(
        hits(
            "Experts who speak your language",
            "Experts that speak your language."
        ),
        [("Experts that speak your language".to_string(), false)]
    );
}

#[test]
fn exact_uses_are_found_and_never_drift() {
    assert_eq!(
        hits(
            "Three laptops in 60 seconds",
            "THREE LAPTOPS IN 60 SECONDS! Really."
        ),
        [("THREE LAPTOPS IN 60 SECONDS".to_string(), true)]
    );
}

#[test]
fn unrelated_sentences_do_not_drift() {
    assert!(hits(
        "Three laptops in 60 seconds",
        "Our stores open in 60 days with laptops."
    )
    .is_empty());
    assert!(hits(
        "Experts who speak your language",
        "We speak to every customer."
    )
    .is_empty());
}

#[test]
fn similarity_is_documented_metric() {
    let phrase = phrase_words("three laptops in 60 seconds");
    let window = tokens("three laptops in about 60 seconds");
    assert!((similarity(&phrase, &window) - (1.0 - 1.0 / 6.0)).abs() < 1e-9);
    let window = tokens("three laptop in 60 second");
    assert!((similarity(&phrase, &window) - 0.8).abs() < 1e-9);
    // A dropped function word costs 1/2, a typo 1/4, a synonym 1/2.
    let window = tokens("three laptops 60 secnods");
    assert!((similarity(&phrase, &window) - (1.0 - 0.75 / 5.0)).abs() < 1e-9);
    let window = tokens("three notebooks in 60 seconds");
    assert!((similarity(&phrase, &window) - 0.9).abs() < 1e-9);
}
