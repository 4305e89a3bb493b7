use super::*;
use crate::document::Kind;

fn matcher(terms: &[(&str, bool, bool)]) -> TermMatcher {
    let mut builder = TermMatcherBuilder::default();
    for (i, &(term, case_sensitive, exact)) in terms.iter().enumerate() {
        builder.add_term(Target::Banned(i), term, case_sensitive, exact);
    }
    builder.build().expect("the test terms compile")
}

#[test]
fn the_dfa_built_after_many_documents_finds_the_same_matches() {
    let m = matcher(&[
        ("synergy", false, false),
        ("leverage", false, false),
        ("in", false, true),
    ]);
    let text = "We leverage synergies in\nsynergy. Leveraged, inner synergy-driven in.";
    let first = found(&m, text, Kind::Markdown);
    assert!(m.dfa.get().is_none(), "no DFA for the first documents");
    for _ in 0..=DFA_AFTER_BYTES / text.len() {
        found(&m, text, Kind::Markdown);
    }
    assert!(m.dfa.get().is_some_and(Option::is_some), "the DFA is built");
    assert_eq!(found(&m, text, Kind::Markdown), first);
}

fn found(m: &TermMatcher, text: &str, kind: Kind) -> Vec<String> {
    let doc = Document::new(text, kind);
    let norm = Normalized::new(doc.text);
    m.find(&doc, &norm, &[])
        .into_iter()
        .map(|t| text[t.start..t.end].to_string())
        .collect()
}

#[test]
fn a_joined_matcher_is_searched_in_the_dfa_with_its_own_targets() {
    let mut guide = matcher(&[("synergy", false, false), ("leverage", false, false)]);
    let packs = std::sync::Arc::new(matcher(&[
        ("best in class", false, false),
        ("circle back", false, false),
        ("ROI", true, false),
        ("synergy", false, false),
    ]));
    // Pack entry 0 is the guide's banned entry 7, entry 2 its entry 9; entry 1 is dropped
    // (`except`) and entry 3 overridden by the guide's own "synergy".
    let entry_index = [7u32, u32::MAX, 9, u32::MAX];
    let banned = packs
        .variants()
        .iter()
        .map(|v| match v.target {
            Target::Banned(k) => entry_index[k],
            _ => u32::MAX,
        })
        .collect();
    guide.join(std::sync::Arc::clone(&packs), banned);
    let text = "Best-in-class synergies; circle back on ROI, roi and leveraged best in class.";
    let doc = Document::new(text, Kind::Text);
    let norm = Normalized::of_document(&doc);
    let (before, none) = guide.find_joined(&doc, &norm, &[]);
    assert!(none.is_none(), "no DFA yet: the packs are searched apart");
    let expected: Vec<TermMatch> = packs
        .find(&doc, &norm, &[])
        .into_iter()
        .filter_map(|mut m| {
            let Target::Banned(k) = m.target else {
                return None;
            };
            let index = *entry_index.get(k).filter(|&&i| i != u32::MAX)?;
            m.target = Target::Banned(index as usize);
            Some(m)
        })
        .collect();
    assert_eq!(expected.len(), 3, "{expected:?}");
    for _ in 0..=DFA_AFTER_BYTES / text.len() {
        guide.find_joined(&doc, &norm, &[]);
    }
    let (after, joined) = guide.find_joined(&doc, &norm, &[]);
    assert_eq!(after, before);
    assert_eq!(joined, Some(expected));
}

#[test]
fn whole_words_with_inflections() {
    let m = matcher(&[
        ("leverage", false, false),
        ("synergy", false, false),
        ("ROI", true, false),
    ]);
    assert_eq!(
        found(
            &m,
            "We leveraged synergies; Leveraging it. deleverage, heroic ROI roi",
            Kind::Text
        ),
        ["leveraged", "synergies", "Leveraging", "ROI"]
    );
}

#[test]
fn multi_word_terms_cross_separators_but_not_blank_lines() {
    let m = matcher(&[
        ("best in class", false, false),
        ("circle back", false, false),
    ]);
    let text = "best-in-class, Best in\nclass, best in\n\nclass, circling back";
    assert_eq!(
        found(&m, text, Kind::Text),
        ["best-in-class", "Best in\nclass", "circling back"]
    );
}

#[test]
fn possessives_are_part_of_the_match_and_contractions_are_words() {
    let m = matcher(&[("client", false, false), ("don", false, true)]);
    assert_eq!(
        found(&m, "the client's and client’s, don't", Kind::Text),
        ["client's", "client’s"]
    );
}

#[test]
fn exact_terms_are_not_inflected() {
    let m = matcher(&[("utilize", false, true)]);
    assert_eq!(
        found(&m, "Utilize, utilized, utilizing", Kind::Text),
        ["Utilize"]
    );
}

#[test]
fn markdown_code_and_identifiers_are_skipped() {
    let m = matcher(&[("client", false, false)]);
    let text = "A client.\n\n`client` [docs](https://x.io/client) mail client@x.io, client_id\n\n```\nclient\n```\n";
    assert_eq!(found(&m, text, Kind::Markdown), ["client"]);
}

#[test]
fn brands_match_any_spelling() {
    let mut builder = TermMatcherBuilder::default();
    builder.add_brand(Target::Brand(0), "PowerSpec");
    builder.add_brand(Target::Brand(1), "Micro Center");
    let m = builder.build().expect("the test terms compile");
    assert_eq!(
        found(
            &m,
            "Powerspec, Power Spec, POWERSPECS, micro-center, MicroCenter",
            Kind::Text
        ),
        [
            "Powerspec",
            "Power Spec",
            "POWERSPECS",
            "micro-center",
            "MicroCenter"
        ]
    );
}

#[test]
fn punctuation_only_entries_match_nothing_and_never_panic() {
    let mut builder = TermMatcherBuilder::default();
    for (i, name) in ["-", "--", " - "].into_iter().enumerate() {
        builder.add_brand(Target::Brand(i), name);
        builder.add_term(Target::Banned(i), name, false, false);
    }
    let m = builder.build().expect("the test terms compile");
    assert!(found(&m, "hello - world -- again", Kind::Text).is_empty());
}

#[test]
fn acronym_plurals_match_case_sensitive_entries() {
    let m = matcher(&[
        ("ROI", true, false),
        ("SF", true, false),
        ("KPI", false, false),
    ]);
    assert_eq!(
        found(&m, "Our ROIs grew. Two SFs. rois. KPIs", Kind::Text),
        ["ROIs", "SFs", "KPIs"]
    );
    let doc = Document::new("Our KPI's are tracked; the KPI's value.", Kind::Text);
    let norm = Normalized::new(doc.text);
    let found: Vec<_> = m
        .find(&doc, &norm, &[])
        .into_iter()
        .map(|t| (&doc.text[t.start..t.end], t.inflection, t.possessive))
        .collect();
    assert_eq!(
        found,
        [
            ("KPI's", Inflection::Plural, None),
            ("KPI's", Inflection::Base, Some("'s"))
        ]
    );
}

#[test]
fn verb_terms_are_not_their_noun_use() {
    let m = matcher(&[("log in", false, false), ("set up", false, false)]);
    assert_eq!(
        found(
            &m,
            "You can grep through a log in the Mac Terminal. Check the logs in the folder, \
             the new set up, a set-up, the setup. Log in to the app, then set up billing; \
             we logged in.",
            Kind::Text
        ),
        ["Log in", "set up", "logged in"]
    );
}

#[test]
fn verb_terms_after_of_or_a_counted_noun_phrase_are_nouns() {
    // Sentences from the PowerShell docs (ps101 flow control) and a customer story.
    let m = matcher(&[("loop in", false, false)]);
    assert_eq!(
        found(
            &m,
            "Iterate through the items using one of the different types of loops in \
             PowerShell. There are two different `do` loops in PowerShell: `do until` and \
             `do while`. Loop in your finance team before signing. Simon will loop in Neil. \
             test: simplify for loop in test-buffer-zero-fill-cli.js (the Node.js blog, MIT). \
             Fix wait-loop in domain E2E test (the Knative blog, CC-BY-4.0).",
            Kind::Markdown
        ),
        ["Loop in", "loop in"]
    );
}

#[test]
fn a_noun_phrase_wrapped_onto_the_next_line_is_read_across_the_break() {
    // The Bazel blog (Apache-2.0), release notes of Bazel 3.6: "the" ends the line before.
    let m = matcher(&[("loop in", false, false)]);
    assert_eq!(
        found(
            &m,
            "*   The Starlark interpreter now correctly emits an error if the operand of the\n\
             \tfirst loop in a list comprehension refers to a variable bound by a later\n\
             \tclause.\n\n\
             We should\nloop in legal before we ship.\n\n\
             - the\n- loop in the team\n",
            Kind::Markdown
        ),
        ["loop in", "loop in"]
    );
}

#[test]
fn verb_terms_after_a_singular_noun_are_a_compound_noun() {
    // The Electron blog (Apache-2.0), on Node integration: a message loop, an event loop.
    // A base-form verb follows a pronoun, a modal, an adverb or a causative's object.
    let m = matcher(&[("loop in", false, false)]);
    assert_eq!(
        found(
            &m,
            "So the common trick to run GUI message loop in Node is to pump the message \
             loop in a timer. Polling Node's event loop in a separate thread. We always \
             loop in legal. Have your manager loop in finance. Product managers loop in \
             design. The manager loops in legal. We will loop in sales; you can loop \
             in support.",
            Kind::Markdown
        ),
        ["loop in", "loop in", "loop in", "loops in", "loop in", "loop in"]
    );
}

#[test]
fn a_term_ending_in_base_hyphenated_as_based_is_an_adjective() {
    // The React Native blog (CC-BY-4.0), on designing for a headset.
    let m = matcher(&[("touch base", false, false)]);
    assert_eq!(
        found(
            &m,
            "Constraints differ from touch-based mobile devices. We touched base last week; \
             let's touch base on Friday.",
            Kind::Markdown
        ),
        ["touched base", "touch base"]
    );
}

#[test]
fn a_particle_before_an_object_pronoun_is_a_preposition() {
    // QuestDB's blog (Apache-2.0), on a garbage-free Kafka stack: the noun "loops" and "in".
    // The verb puts such a pronoun before its particle ("loop them in").
    let m = matcher(&[("loop in", false, false)]);
    assert_eq!(
        found(
            &m,
            "These classes do not have tight loops in them. Loop in Maria's team, and \
             loop in her manager too.",
            Kind::Markdown
        ),
        ["Loop in", "loop in"]
    );
}

#[test]
fn a_hyphenated_noun_written_apart_before_an_object_is_a_noun_and_a_verb() {
    // "command lets you" in Invoke-Command.md and Get-Member's sample page.
    let m = matcher(&[("command-let", false, false)]);
    assert_eq!(
        found(
            &m,
            "This command lets you run the script on the remote computers. `Get-Member` \
             command lets you list only members that are properties. Avoid command lets. \
             These command-lets you wrote are old. A command let is a cmdlet.",
            Kind::Markdown
        ),
        ["command lets", "command-lets", "command let"]
    );
}

#[test]
fn case_sensitive_terms_compare_the_written_words() {
    let m = matcher(&[("IoT", true, false), ("Big Data", true, false)]);
    assert_eq!(
        found(&m, "IoT iot IOT Big-Data big data", Kind::Text),
        ["IoT", "Big-Data"]
    );
}

mod inside_a_word_tests {
    use super::super::checks::{bounded, inside_a_word};
    use crate::document::normalized::Normalized;
    use proptest::prelude::*;

    #[test]
    fn short_forms_inside_words_are_refused_and_whole_ones_are_not() {
        let text = "The user said he would use us.";
        let norm = Normalized::new(text);
        let view = norm.text.as_bytes();
        let at = |needle: &str, nth: usize| norm.text.match_indices(needle).nth(nth).expect("in").0;
        // "he" in "The", "us" in "user" and "use": refused before mapping back.
        assert!(inside_a_word(view, at("he", 0), at("he", 0) + 2, b"he"));
        assert!(inside_a_word(view, at("us", 0), at("us", 0) + 2, b"us"));
        // The pronoun and "us." stand alone: left to `bounded`.
        assert!(!inside_a_word(view, at("he", 1), at("he", 1) + 2, b"he"));
        let last = norm.text.rfind("us").expect("in");
        assert!(!inside_a_word(view, last, last + 2, b"us"));
    }

    proptest! {
        /// Whatever the view's match, a refusal here is one [`bounded`] makes on the text: the
        /// letter or digit beside it in the view is a word character beside it in the text,
        /// through invisible characters, case folding that changes length and hyphens.
        #[test]
        fn a_match_refused_here_is_refused_by_bounded(
            pieces in prop::collection::vec(prop::sample::select(&[
                "he", "us", "The", "a", "9", "_", " ", "-", "'", ".", "\u{ad}", "\u{200b}",
                "\u{212a}", "\u{130}", "é", "É", "ß", "\u{301}", "’", "\n", "(", "x"
            ][..]), 0..14),
        ) {
            let text: String = pieces.concat();
            let norm = Normalized::new(&text);
            let view = norm.text.as_bytes();
            for start in 0..view.len() {
                for end in start + 1..=view.len() {
                    if !norm.text.is_char_boundary(start) || !norm.text.is_char_boundary(end) {
                        continue;
                    }
                    if inside_a_word(view, start, end, &view[start..end]) {
                        let (from, to) = norm.original(&text, start, end);
                        prop_assert_eq!(bounded(&text, from, to), None, "{:?} {}..{}", text, start, end);
                    }
                }
            }
        }
    }
}
