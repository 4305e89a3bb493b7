//! `claims.scope` end to end: `unapproved-claim` reports the company's own figures (a sentence
//! that says "we" or "our" outside a quotation, or names the company, or the sentence before it
//! in its paragraph does), `all` and a channel's `claims: {scope: all}` report every figure, and
//! stale figures are `conflicting-claim`s whoever states them. Sentences from the PostHog pages of
//! the precision sets (tests/precision/SOURCES.md), with "Nimbus" for the company.

mod common;

use common::{git_tempdir, run_in, triples, write};

/// `check --format json` on `files` in a scratch folder holding `guide`: (rule, matched) pairs.
fn check(guide: &str, files: &[(&str, &str)]) -> Vec<(String, String)> {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", guide);
    let mut args = vec!["check", "--format", "json"];
    for (path, text) in files {
        write(dir.path(), path, text);
        args.push(path);
    }
    let run = run_in(dir.path(), &args);
    assert_eq!(run.stderr, "", "nothing on stderr");
    triples(&run.json())
        .into_iter()
        .map(|(_, rule, matched)| (rule, matched))
        .collect()
}

fn pairs(found: &[(String, String)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(rule, matched)| (rule.as_str(), matched.as_str()))
        .collect()
}

const GUIDE: &str =
    "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  approved: [\"1B+ updates\"]\n";

/// Whose figure each paragraph states: the company's (we, our, its name, or the sentence before
/// in the paragraph), a tool's price, a worked example, a customer quoted in their own words.
const DOC: &str = "\
We have reached around 285,000 companies having installed our software and 545,000 users.

Nimbus helped Acme cut build times by 40%.

We grew fast. Last year revenue hit $40M.

The phone support is great. Gusto charges us $40/month plus $6 per employee for the basic plan.

Say HogTube has 1,300 customers and a 4% churn rate.

\"We've already increased the number of visits to our landing pages by over 500%,\" says Varun.

We grew fast.

Revenue hit $50M.

Back then we had shipped 12.5 million updates.
";

#[test]
fn the_company_s_own_figures_are_reported_and_others_are_not() {
    let found = check(GUIDE, &[("doc.md", DOC)]);
    assert_eq!(
        pairs(&found),
        [
            ("unapproved-claim", "285,000 companies"),
            ("unapproved-claim", "545,000 users"),
            ("unapproved-claim", "40%"),
            ("unapproved-claim", "$40M"),
            ("conflicting-claim", "12.5 million updates"),
        ]
    );
}

#[test]
fn scope_all_reports_every_figure() {
    let guide = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  scope: all\n  approved: [\"1B+ updates\"]\n";
    let found = check(guide, &[("doc.md", DOC)]);
    let unapproved: Vec<&str> = pairs(&found)
        .into_iter()
        .filter(|(rule, _)| *rule == "unapproved-claim")
        .map(|(_, matched)| matched)
        .collect();
    // Everything the first-party scope reports, and the figures it leaves to others.
    for figure in [
        "285,000 companies",
        "40%",
        "$40M",
        "1,300 customers",
        "$50M",
    ] {
        assert!(unapproved.contains(&figure), "{figure}: {unapproved:?}");
    }
    // A tool's price states no result, whoever's it is: no claim in any scope.
    assert!(!unapproved.contains(&"$40/month"), "{unapproved:?}");
}

#[test]
fn a_channel_can_check_every_figure() {
    let guide = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  approved: [\"1B+ updates\"]\nchannels:\n  sell-sheet: {paths: [\"sheets/**\"], claims: {scope: all}}\n";
    let line = "Set up in 45 seconds, with 2,000 screens in stock.\n";
    let found = check(guide, &[("sheets/g15.md", line), ("blog/post.md", line)]);
    assert_eq!(
        pairs(&found),
        [
            ("unapproved-claim", "45 seconds"),
            ("unapproved-claim", "2,000 screens"),
        ],
        "only the sell sheet's figures"
    );
}

#[test]
fn own_names_are_the_ones_the_company_messaging_uses() {
    // The guide lists a tool its copy mentions (spelled right) besides its own name; only the
    // name its benefit statement uses makes a figure the company's.
    let guide = "version: 1\nbrand: {names: [Nimbus, Mixpanel]}\nbenefit: {statement: \"Nimbus helps teams ship\"}\nclaims:\n  approved: [\"1B+ updates\"]\n";
    let doc = "Mixpanel helped Acme cut build times by 40%.\n\nNimbus helped Acme cut build times by 30%.\n";
    assert_eq!(
        pairs(&check(guide, &[("doc.md", doc)])),
        [("unapproved-claim", "30%")]
    );
}

#[test]
fn an_unknown_scope_is_a_guide_error() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nclaims:\n  scope: everything\n",
    );
    write(dir.path(), "doc.md", "We grew 40%.\n");
    let run = run_in(dir.path(), &["check", "doc.md"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("message-guide.yml:3"), "{}", run.stderr);
}
