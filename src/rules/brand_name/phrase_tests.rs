//! Tests of `brand-name` on ordinary phrases that share a name's words: real sentences, what
//! fires (and with which fix) and what must not.

use crate::document::Kind;
use crate::finding::Applicability;
use crate::rules::test_support::{findings, guide};

const ELECTRIC: &str = "version: 1\nbrand:\n  names: [Electric, \"Electric Sync\", \"Postgres Sync\", \"Durable Streams\", Postgres, \"VS Code\", \"Micro Center\"]\n";

/// (matched text, suggestion, safe fix?) of each finding.
fn fired(text: &str) -> Vec<(String, Option<String>, bool)> {
    findings(&guide(ELECTRIC), text, Kind::Markdown)
        .into_iter()
        .filter(|f| f.rule == super::ID)
        .map(|f| {
            let safe = f
                .fix
                .is_some_and(|fix| fix.applicability == Applicability::Safe);
            (f.matched, f.suggestion, safe)
        })
        .collect()
}

#[test]
fn a_phrase_of_ordinary_words_with_an_inflection_the_name_lacks_is_not_the_name() {
    // Electric's blog (Apache-2.0): a verb after the brand, "syncs", which "Electric Sync"
    // never is.
    let text = "Because Electric syncs [over HTTP](/docs/sync/api/http), you can use CDNs.\n";
    assert_eq!(fired(text), []);
}

#[test]
fn elsewhere_its_case_fix_is_unsafe() {
    // Electric's blog and Gitpod's blog (MIT): the phrase or the product, a reader decides.
    for (text, matched, name) in [
        ("[Electric](/sync/) is a Postgres sync engine.\n", "Postgres sync", "Postgres Sync"),
        ("The read part of the protocol for consuming durable streams.\n", "durable streams", "Durable Streams"),
        ("Our [open-source Postgres sync engine](https://electric-sql.com/).\n", "Postgres sync", "Postgres Sync"),
        ("It is not possible to create a new view in a VS code extension.\n", "VS code", "VS Code"),
    ] {
        assert_eq!(
            fired(text),
            [(matched.to_string(), Some(name.to_string()), false)],
            "{text}"
        );
    }
}

#[test]
fn a_changed_word_that_is_no_ordinary_word_keeps_a_safe_fix() {
    // The name's own capitals dropped ("SYNC"), or a word no dictionary holds ("micro").
    assert_eq!(
        fired("Set up Postgres SYNC today.\n"),
        [("Postgres SYNC".to_string(), Some("Postgres Sync".to_string()), true)]
    );
    assert_eq!(
        fired("Shop at micro center.\n"),
        [("micro center".to_string(), Some("Micro Center".to_string()), true)]
    );
}

#[test]
fn a_description_of_a_kind_the_document_names_apart_is_not_the_name() {
    // Electric's blog (Apache-2.0), `2025-03-17-electricsql-1.0-released.md`: "sync engine" is
    // what the post calls the thing, with or without "Postgres".
    let text = "Electric is a Postgres sync engine.\n\nWe built the sync engine to scale.\n";
    assert_eq!(fired(text), []);
    // "Electric sync engine": another word before the phrase counts as apart.
    let text = "Our open-source Postgres sync engine.\n\nThe Electric sync engine is fast.\n";
    assert_eq!(fired(text), []);
}

#[test]
fn a_phrase_only_ever_written_with_the_name_is_still_reported() {
    // Gitpod's blog (MIT): no other "code extension" in the post; and "sync engine" only ever
    // after "Postgres" is no evidence either.
    for (text, matched, name) in [
        ("It is not possible to create a new view in a VS code extension.\n", "VS code", "VS Code"),
        (
            "Electric is a Postgres sync engine. Every Postgres sync engine needs a log.\n",
            "Postgres sync",
            "Postgres Sync",
        ),
    ] {
        let found = fired(text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found
                .iter()
                .all(|(m, s, _)| m == matched && s.as_deref() == Some(name)),
            "{text}"
        );
    }
}
