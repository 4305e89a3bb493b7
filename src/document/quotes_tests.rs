use super::*;

#[test]
fn a_quotation_in_html_does_not_run_across_block_tags() {
    let text = "<p>He said \"we ship\n</p>\n<p>every single week\" today.</p>\n\
                <p>She said \"we ship every week\" today.</p>\n";
    let doc = Document::new(text, Kind::Html);
    let found: Vec<&str> = doc.quotations().iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(found, ["\"we ship every week\""]);
    assert!(opens_with_block_tag("<mj-text>"));
    assert!(opens_with_block_tag("</TD>"));
    assert!(!opens_with_block_tag("<b>bold</b>"));
}

/// The quoted text of each quotation in a Markdown document.
fn quoted(text: &str, kind: Kind) -> Vec<&str> {
    let doc = Document::new(text, kind);
    doc.quotations().iter().map(|r| &text[r.clone()]).collect()
}

fn md(text: &str) -> Vec<&str> {
    quoted(text, Kind::Markdown)
}

#[test]
fn testimonial_blockquotes_are_quotations() {
    let text =
        "Customers say:\n\n> Nimbus let us leverage our data in a week.\n> — Dana, CTO\n\nAfter.\n";
    assert_eq!(
        md(text),
        ["> Nimbus let us leverage our data in a week.\n> — Dana, CTO\n"]
    );
}

#[test]
fn github_alerts_and_labelled_notes_are_not_quotations() {
    for callout in [
        "> [!NOTE]\n> Leverage the cache for faster builds.\n",
        "> [!tip]\n> Leverage the cache.\n",
        "> [!IMPORTANT]\n> Leverage the cache.\n",
        "> [!WARNING]\n> Leverage the cache.\n",
        "> [!CAUTION]\n> Leverage the cache.\n",
        "> **Note:** leverage the cache for faster builds.\n",
        "> **Warning**\n> This deletes every synergy.\n",
        "> Note that the cache is shared by every build.\n",
        "> NOTE the cache is shared.\n",
        "> _Tip_: leverage the cache.\n",
        "> ⚠️ This deletes your data.\n",
        "> 💡 Leverage the cache for faster builds.\n",
        "> **This cmdlet is only available on the Windows platform.**\n",
    ] {
        assert!(md(callout).is_empty(), "{callout:?} is a callout");
    }
}

#[test]
fn words_that_start_like_labels_are_quotations() {
    let text = "> Notebooks changed how our analysts work every day.\n";
    assert_eq!(md(text).len(), 1);
    let text = "> [!QUOTE] is not an alert, and this is quoted.\n";
    assert_eq!(md(text).len(), 1);
}

#[test]
fn a_quote_nested_in_a_callout_is_a_quotation() {
    let text = "> [!NOTE]\n> As one customer put it:\n>\n> > We leverage it on every team.\n";
    assert_eq!(md(text), ["> We leverage it on every team.\n"]);
}

#[test]
fn html_blockquote_and_q_elements_are_quotations() {
    let text = "<blockquote>\nWe leverage Nimbus daily.\n</blockquote>\n\nShe wrote <q cite=\"x\">best in class</q> today.\n";
    assert_eq!(
        md(text),
        [
            "<blockquote>\nWe leverage Nimbus daily.\n</blockquote>",
            "<q cite=\"x\">best in class</q>"
        ]
    );
}

#[test]
fn html_elements_in_code_or_never_closed_are_not_quotations() {
    assert!(md("Use `<q>best in class</q>` in HTML.\n").is_empty());
    assert!(md("<blockquote>\n\nnever closed, best in class\n").is_empty());
    assert!(md("A <quote>tag</quote> and <qux>x</qux>.\n").is_empty());
}

#[test]
fn quoted_sentences_of_three_words_or_more() {
    let text = "Our CEO said \"we leverage synergies daily\" at the event. She called it “best in class” twice and ‘a real game changer’ once.\n";
    assert_eq!(
        md(text),
        [
            "\"we leverage synergies daily\"",
            "“best in class”",
            "‘a real game changer’"
        ]
    );
}

#[test]
fn mentions_inches_and_apostrophes_are_not_quotations() {
    for text in [
        "Avoid the word \"synergy\" in copy.\n",
        "the \"acme\" organization and the \"big data\" team\n",
        "A 5\" screen and a 7\" tablet both ship today.\n",
        "Don’t leverage it; it’s the customers’ choice, isn’t it.\n",
        "Set `title=\"best in class product\"` in the config.\n",
    ] {
        assert!(md(text).is_empty(), "{text:?}: {:?}", md(text));
    }
}

#[test]
fn a_quotation_stays_within_its_paragraph() {
    let text = "He said \"we leverage it\n\nand more\" later.\n";
    assert!(md(text).is_empty());
    let text = "- \"first item here\n- second item\" here\n";
    assert!(md(text).is_empty());
    // A soft break inside a paragraph is fine.
    let text = "He said \"we leverage\nit every day\" later.\n";
    assert_eq!(md(text).len(), 1);
}

#[test]
fn plain_text_has_quoted_sentences_only() {
    let text = "> not a blockquote here\nShe said \"best in class, always\".\n";
    assert_eq!(quoted(text, Kind::Text), ["\"best in class, always\""]);
}

proptest::proptest! {
    /// Looking around a match finds what a pass over the whole text finds.
    #[test]
    fn quotations_around_a_match_agree_with_the_whole_text(
        text in "([a-z]{1,3}| [a-z]{1,3}| [a-z]{1,3}| |[\"“”‘’«»>#|\\-]|\n|\n\n|\n- |<q>|</q>|`){0,40}",
        markdown in proptest::bool::ANY,
    ) {
        let kind = if markdown { Kind::Markdown } else { Kind::Text };
        let doc = Document::new(&text, kind);
        let all = doc.quotations().to_vec();
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (k, &start) in bounds.iter().enumerate() {
            for &end in &bounds[k..bounds.len().min(k + 6)] {
                let whole = touches(&all, start, end.max(start + 1));
                proptest::prop_assert_eq!(doc.in_quotation(start..end), whole, "{}..{}", start, end);
            }
        }
    }
}

#[test]
fn a_match_in_a_quoted_sentence_is_in_a_quotation() {
    let text = "Intro.\n\nHe said \"we leverage it\ndaily\" here, and “more words here”\n";
    let doc = Document::new(text, Kind::Markdown);
    let at = |word: &str| {
        let start = text.find(word).unwrap_or(0);
        doc.in_quotation(start..start + word.len())
    };
    assert!(at("leverage") && at("daily") && at("words"));
    assert!(!at("Intro") && !at("here,"));
}

#[test]
fn in_quotation_touches_or_contains() {
    let text = "a \"we leverage synergies\" b";
    let doc = Document::new(text, Kind::Text);
    let at = text.find("leverage").unwrap_or(0);
    assert!(doc.in_quotation(at..at + 8));
    assert!(doc.in_quotation(at..at));
    assert!(!doc.in_quotation(0..1));
    assert!(!doc.in_quotation(text.len() - 1..text.len()));
}
