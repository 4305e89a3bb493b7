//! Fixes that keep the grammar, end to end (`check --fix`, `--unsafe-fixes`): inflected and
//! capitalised multi-word replacements, spellings that are not the writer's case, mass nouns,
//! acronym plurals, verb terms used as nouns, fixes that would double a word or strand a
//! preposition, joined tokens and quotations, and drift from calls to action. Sentences come
//! from the handbook and blog examples.

mod common;

use common::{findings, run_in, write};
use serde_json::Value;
use std::fs;

// The entries are marked `safe_fix`: these tests are about the grammar of fixes, not about
// which swaps are safe.
const GUIDE: &str = "version: 1
terms:
  - {use: sign in, instead_of: [log in], safe_fix: true}
  - {use: key metric, instead_of: [KPI], safe_fix: true}
  - {use: PostgreSQL, instead_of: [PGSQL], safe_fix: true}
  - {use: Salesforce, instead_of: [SF], case: sensitive, safe_fix: true}
  - {use: return on investment, instead_of: [ROI], case: sensitive, safe_fix: true}
  - {use: npm, instead_of: [NPM], case: sensitive, safe_fix: true}
  - {use: repository, instead_of: [repo], safe_fix: true}
  - {use: customer, instead_of: [client], safe_fix: true}
  - {use: headcount, instead_of: [FTE], safe_fix: true}
banned:
  - {term: synergy, replacement: teamwork}
  - {term: facilitate, replacement: help}
  - {term: reach out, replacement: contact}
uncountable: [headcount]
";

/// Fix `text` as `doc.md` with `flags`; the fixed text and the findings left.
fn fixed(text: &str, flags: &[&str]) -> (String, Vec<Value>) {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "doc.md", text);
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(flags);
    args.push("doc.md");
    let run = run_in(dir.path(), &args);
    let report = run.json();
    let left = findings(&report).clone();
    let text = fs::read_to_string(dir.path().join("doc.md")).expect("read the fixed file");
    (text, left)
}

fn fix_all(text: &str) -> String {
    fixed(text, &["--fix", "--unsafe-fixes"]).0
}

/// The findings of `text` as (rule, matched, suggestion, applicability).
fn reported(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    fixed(text, &[])
        .1
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["matched"].as_str().unwrap_or_default().to_string(),
                f["suggestion"].as_str().map(str::to_string),
                f["fix"]["applicability"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn multi_word_replacements_take_the_inflection_and_the_writers_capitals() {
    assert_eq!(
        fix_all("When logging in, the user is also logged in the same application.\n"),
        "When signing in, the user is also signed in the same application.\n"
    );
    assert_eq!(
        fix_all("Track KPIs weekly. KPI's are reviewed monthly.\n"),
        "Track key metrics weekly. Key metrics are reviewed monthly.\n"
    );
    assert_eq!(
        fix_all("# Drive Synergies\n\nWe found synergies.\n"),
        "# Drive Teamwork\n\nWe found teamwork.\n"
    );
    assert_eq!(fix_all("Log in to the app.\n"), "Sign in to the app.\n");
}

#[test]
fn spellings_with_capitals_and_case_sensitive_terms_keep_their_spelling() {
    assert_eq!(
        fix_all("Data lives in PGSQL; update the SF record.\n"),
        "Data lives in PostgreSQL; update the Salesforce record.\n"
    );
    assert_eq!(
        fix_all("If you've installed an NPM package, import it.\n"),
        "If you've installed an npm package, import it.\n"
    );
}

#[test]
fn mass_nouns_and_the_guides_uncountable_words_are_not_pluralised() {
    assert_eq!(fix_all("Our FTEs grew.\n"), "Our headcount grew.\n");
    assert_eq!(
        fix_all("We value synergies.\n"),
        "We value teamwork.\n",
        "never pluralised into \"teamworks\""
    );
}

#[test]
fn acronym_plurals_match_case_sensitive_entries() {
    let found = reported("Our ROIs grew, but roi and Roi are other words.\n");
    assert_eq!(
        found,
        [(
            "preferred-term".to_string(),
            "ROIs".to_string(),
            Some("returns on investment".to_string()),
            Some("safe".to_string())
        )]
    );
}

#[test]
fn verb_terms_do_not_fire_on_their_noun_use() {
    assert_eq!(
        reported("You can grep through a log in the Mac Terminal. Check the logs in the folder.\n"),
        []
    );
}

#[test]
fn fixes_that_double_a_word_or_strand_a_preposition_are_not_offered() {
    let text = "We help facilitate this. Please reach out to us.\n";
    assert_eq!(fix_all(text), text);
    let found = reported(text);
    assert_eq!(found.len(), 2, "both are still reported: {found:?}");
    assert!(found
        .iter()
        .all(|(_, _, suggestion, fix)| suggestion.is_none() && fix.is_none()));
    assert_eq!(
        fix_all("Please reach out today.\n"),
        "Please contact today.\n"
    );
}

#[test]
fn joined_tokens_and_quotations_get_no_safe_fix() {
    let text = "Run repo-updater on each repo.\n\n> \"Our clients love it,\" said Dana.\n";
    // Safe fixes only: the joined token and the quotation are left as written.
    let (after, _) = fixed(text, &["--fix"]);
    assert_eq!(
        after,
        "Run repo-updater on each repository.\n\n> \"Our clients love it,\" said Dana.\n"
    );
    let found = reported(text);
    let joined = found
        .iter()
        .find(|f| f.1 == "repo")
        .expect("repo in repo-updater");
    assert_eq!(joined.3.as_deref(), Some("unsafe"));
    let quoted = found
        .iter()
        .find(|f| f.1 == "clients")
        .expect("clients is reported");
    assert_eq!(quoted.3, None, "a quotation is reported, never fixed");
    // Hyphen, slash or dot: no safe fix on part of a joined token.
    let text = "Use client-side code, the client/server split, and client.example docs.\n";
    let (after, _) = fixed(text, &["--fix"]);
    assert_eq!(after, text);
    assert!(reported(text)
        .iter()
        .all(|f| f.3.as_deref() != Some("safe")));
}

fn drift(guide: &str, text: &str) -> Vec<(String, Option<String>)> {
    let dir = tempfile::tempdir().expect("a temp dir");
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", text);
    let report = run_in(dir.path(), &["check", "--format", "json", "doc.md"]).json();
    findings(&report)
        .iter()
        .filter(|f| f["rule"] == "phrase-drift")
        .map(|f| {
            (
                f["matched"].as_str().unwrap_or_default().to_string(),
                f["suggestion"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn drift_from_a_call_to_action_needs_the_imperative() {
    let guide = "version: 1\ncta: [\"Get started with Nimbus\", \"Book a demo\", \"Visit your local store\"]\n";
    let quiet = "See [Getting Started with Nimbus](/docs/start).\n\n## Getting started\n\nWe booked a demo last week.\n";
    assert_eq!(drift(guide, quiet), []);
    assert_eq!(
        drift(
            guide,
            "[Visit your nearest store](https://example.com/stores)\n"
        ),
        [(
            "Visit your nearest store".to_string(),
            Some("Visit your local store".to_string())
        )]
    );
}

#[test]
fn a_drift_fix_rewrites_only_the_drifted_words() {
    let text = "Make sure to follow or subscribe to our show on your favorite podcast platform.\n";
    let guide = "version: 1\nphrases:\n  - {id: show, text: \"Follow our show on your favorite podcast platform\"}\n";
    assert!(
        drift(guide, text)
            .iter()
            .all(|(m, _)| !m.starts_with("to ")),
        "no drift window starts at \"to\""
    );
    let guide = "version: 1\nphrases:\n  - {id: show, text: \"Subscribe to the show on your favorite podcast app\"}\n";
    assert_eq!(
        drift(guide, text),
        [(
            "subscribe to our show on your favorite podcast platform".to_string(),
            Some("Subscribe to the show on your favorite podcast app".to_string())
        )]
    );
}
