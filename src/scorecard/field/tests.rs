use super::*;

fn sentence(text: &str) -> Sentence {
    let mut sentence = Sentence::new(text.to_string());
    for clause in guide_clauses(text) {
        sentence.break_clause();
        for word in clause {
            sentence.push_word(&word, false);
        }
    }
    sentence
}

fn texts(phrases: &[FieldPhrase]) -> Vec<(String, usize)> {
    phrases.iter().map(|p| (p.text.clone(), p.files)).collect()
}

#[test]
fn recurring_sales_phrases_not_in_marketing_or_the_guide_are_field_language() {
    let mut counter = FieldCounter::new(["Book a demo"]);
    counter.add_sales(
        "a.md",
        None,
        &[sentence("No pressure at all, book a demo today.")],
    );
    counter.add_sales(
        "b.md",
        None,
        &[sentence(
            "We say no pressure at all. Book a demo, price match",
        )],
    );
    counter.add_sales(
        "c.md",
        None,
        &[sentence(
            "Honestly, no pressure at all, and the price match",
        )],
    );
    counter.add_sales("d.md", None, &[sentence("price match here, book a demo")]);
    counter.add_marketing(&[sentence("Ask about our price match")]);
    let phrases = counter.finish().0;
    // "no pressure at all" is in a, b and c; its 2- and 3-word parts are in the same files,
    // so only the maximal phrase is listed. "book a demo" (a, b, d) is in the guide;
    // "price match" (b, c, d) is in a marketing file; "at all" is made of stop words.
    assert_eq!(texts(&phrases), [("no pressure at all".to_string(), 3)]);
    assert_eq!(phrases[0].example.path, "c.md");
    assert_eq!(
        phrases[0].example.sentence,
        "Honestly, no pressure at all, and the price match"
    );
    assert_eq!(phrases[0].in_files, ["a.md", "b.md", "c.md"]);
}

#[test]
fn a_shorter_phrase_in_more_files_is_listed_too() {
    let mut counter = FieldCounter::new([]);
    for (path, text) in [
        ("a.md", "bench tested laptops"),
        ("b.md", "bench tested laptops"),
        ("c.md", "bench tested laptops"),
        ("d.md", "every one bench tested"),
    ] {
        counter.add_sales(path, None, &[sentence(text)]);
    }
    assert_eq!(
        texts(&counter.finish().0),
        [
            ("bench tested".to_string(), 4),
            ("bench tested laptops".to_string(), 3)
        ]
    );
}

#[test]
fn two_files_are_not_enough_and_nothing_is_empty() {
    let mut counter = FieldCounter::new([]);
    counter.add_sales("a.md", None, &[sentence("walk them through it")]);
    counter.add_sales("b.md", None, &[sentence("walk them through it")]);
    counter.add_sales("c.md", None, &[]);
    assert!(counter.finish().0.is_empty());
    assert!(FieldCounter::new([]).finish().0.is_empty());
}

#[test]
fn function_words_are_sorted_for_binary_search() {
    assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
    assert!(is_function_word("the") && is_function_word("you're"));
    assert!(!is_function_word("no") && !is_function_word("all"));
}

#[test]
fn fragments_at_function_words_are_not_phrases_and_writers_rank() {
    let mut counter = FieldCounter::new([]);
    // "the two plans" and "of the two" recur, but only "two plans" reads as a phrase;
    // "price lock" is in as many files as "two plans", by more writers.
    for (path, writer, text) in [
        (
            "a.md",
            Some("Ana"),
            "Pick one of the two plans. Ask about a price lock.",
        ),
        (
            "b.md",
            Some("Ana"),
            "Most pick one of the two plans; a price lock helps.",
        ),
        (
            "c.md",
            Some("Ana"),
            "Both of the two plans work. Offer a price lock.",
        ),
        ("d.md", Some("Bo"), "Mention the price lock early."),
        ("e.md", None, "The two plans differ."),
    ] {
        counter.add_sales(path, writer, &[sentence(text)]);
    }
    let phrases = counter.finish().0;
    assert_eq!(
        texts(&phrases),
        [("price lock".to_string(), 4), ("two plans".to_string(), 4)]
    );
    assert_eq!((phrases[0].writers, phrases[1].writers), (2, 1));
    let examples: Vec<&str> = phrases[0]
        .examples
        .iter()
        .map(|e| e.path.as_str())
        .collect();
    assert_eq!(examples, ["c.md", "d.md"]);
    assert_eq!(phrases[0].example, phrases[0].examples[0]);
}

#[test]
fn long_examples_are_shortened() {
    let long = "word ".repeat(100);
    assert!(shorten(&long).chars().count() <= EXAMPLE_CHARS + 1);
    assert!(shorten(&long).ends_with('…'));
}

#[test]
fn a_sentence_keeps_its_clauses_words_normalised_and_joined() {
    let mut sentence = Sentence::new(String::new());
    sentence.break_clause();
    sentence.push_word("Ship", false);
    sentence.push_word("ALL", false);
    sentence.push_word("Day", true);
    sentence.break_clause();
    sentence.break_clause();
    sentence.push_word("Don’t", false);
    let clauses: Vec<Vec<&str>> = sentence.clauses().map(Iterator::collect).collect();
    assert_eq!(clauses, [vec!["ship", "all-day"], vec!["don't"]]);
    assert_eq!(Sentence::default().clauses().count(), 0);
}

proptest::proptest! {
    /// The in-place path for ASCII words and the general one agree, whatever the word and
    /// whatever the buffer already holds.
    #[test]
    fn words_are_normalised_alike_in_place(word in "[A-Za-z0-9'’ΣσÉé-]{0,12}", before in "[a-z-]{0,6}") {
        let mut out = before.clone();
        super::push_normalized(&mut out, &word);
        proptest::prop_assert_eq!(out, format!("{before}{}", word.to_lowercase().replace('’', "'")));
    }
}
