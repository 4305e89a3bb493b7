//! Quotations are someone else's words: the guide key `quotes: report | skip | check` and
//! suppression comments with a reason after ` -- `.
//!
//! `fixtures/quotes/` holds a guide in each mode (`report`, the default, at the top; `skip/` and
//! `check/` below it) and the same page of testimonials in each folder. Short cases are checked
//! through `--stdin --stdin-filename fixtures/quotes/<name>`, so the nearest guide applies.

mod common;

use common::{findings, root, run, run_stdin_in, write, Run};
use serde_json::Value;

/// Check `text` as if it were `<folder>/<name>`, every finding reported.
fn check_snippet(path: &str, text: &str) -> Value {
    let run = run_stdin_in(
        root(),
        &[
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--stdin",
            "--stdin-filename",
            path,
        ],
        text,
    );
    run.expect_code(0);
    run.json()
}

/// Check a fixture file, every finding reported.
fn check_file(path: &str) -> Value {
    let run = run(&["check", "--format", "json", "--fail-on", "never", path]);
    run.expect_code(0);
    run.json()
}

/// (line, rule, matched, fix applicability or "none") for each finding, in report order.
fn rows(report: &Value) -> Vec<(u64, String, String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().expect("a line"),
                f["rule"].as_str().expect("a rule").to_string(),
                f["matched"].as_str().expect("a match").to_string(),
                f["fix"]["applicability"]
                    .as_str()
                    .unwrap_or("none")
                    .to_string(),
            )
        })
        .collect()
}

fn owned(expected: &[(u64, &str, &str, &str)]) -> Vec<(u64, String, String, String)> {
    expected
        .iter()
        .map(|&(l, r, m, a)| (l, r.into(), m.into(), a.into()))
        .collect()
}

/// The writer's own lines (3 and the `[!TIP]` callout on 9) keep their fixes in every mode.
const PROSE: &[(u64, &str, &str, &str)] = &[
    (3, "banned-term", "leverage", "unsafe"),
    (3, "preferred-term", "client", "safe"),
    (9, "banned-term", "Leverage", "unsafe"),
    (9, "brand-name", "nimbus", "unsafe"),
    (9, "preferred-term", "client", "safe"),
];

#[test]
fn report_mode_reports_quotations_without_fixes() {
    let report = check_file("fixtures/quotes/testimonials.md");
    let mut expected = PROSE.to_vec();
    // The customer's tweet, the CEO's quoted sentence, <blockquote> and <q>: reported, no fix.
    expected.splice(
        2..2,
        [
            (5, "brand-name", "nimbus", "none"),
            (5, "banned-term", "leverage", "none"),
            (5, "preferred-term", "client", "none"),
        ],
    );
    expected.extend([
        (11, "banned-term", "leverage", "none"),
        (11, "brand-name", "nimbus", "none"),
        (11, "preferred-term", "client", "none"),
        (14, "preferred-term", "client", "none"),
        (14, "banned-term", "leverage", "none"),
        (17, "banned-term", "leverage", "none"),
        (17, "brand-name", "nimbus", "none"),
    ]);
    assert_eq!(rows(&report), owned(&expected));
}

#[test]
fn a_quoted_finding_keeps_its_suggestion() {
    let report = check_file("fixtures/quotes/testimonials.md");
    let tweet = findings(&report)
        .iter()
        .find(|f| f["line"] == 5 && f["rule"] == "brand-name")
        .expect("the brand finding in the tweet");
    assert_eq!(tweet["suggestion"], "Nimbus");
    assert_eq!(tweet["fix"], Value::Null);
    assert_eq!(
        tweet["message"],
        "\"nimbus\" misspells the brand name \"Nimbus\" (in a quotation: not fixed)"
    );
    // The writer's own line says nothing of quotations.
    let own = findings(&report)
        .iter()
        .find(|f| f["line"] == 9 && f["rule"] == "brand-name")
        .expect("the brand finding in the callout");
    assert_eq!(
        own["message"],
        "\"nimbus\" misspells the brand name \"Nimbus\""
    );
}

#[test]
fn skip_mode_does_not_check_quotations() {
    let report = check_file("fixtures/quotes/skip/testimonials.md");
    assert_eq!(rows(&report), owned(PROSE));
}

#[test]
fn check_mode_treats_quotations_as_prose() {
    let report = check_file("fixtures/quotes/check/testimonials.md");
    let all = rows(&report);
    assert_eq!(all.len(), 15, "{all:?}");
    assert!(all.iter().all(|(_, _, _, fix)| fix != "none"), "{all:?}");
    assert!(all.contains(&(5, "brand-name".into(), "nimbus".into(), "unsafe".into())));
}

#[test]
fn fix_leaves_quotations_as_written() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let guide = std::fs::read_to_string(root().join("fixtures/quotes/message-guide.yml"))
        .expect("the fixture guide");
    write(dir.path(), "message-guide.yml", &guide);
    let page = "We leverage nimbus for every client.\n\n> We leverage nimbus for every client.\n\nShe said \u{201c}we leverage nimbus for every client\u{201d} on stage.\n";
    write(dir.path(), "page.md", page);
    let run = common::run_in(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "-q", "page.md"],
    );
    run.expect_code(1);
    let fixed = std::fs::read_to_string(dir.path().join("page.md")).expect("the page");
    assert_eq!(
        fixed,
        "We use Nimbus for every customer.\n\n> We leverage nimbus for every client.\n\nShe said \u{201c}we leverage nimbus for every client\u{201d} on stage.\n"
    );
}

#[test]
fn callouts_and_short_quotes_are_prose() {
    for text in [
        "> [!NOTE]\n> Every client build uses the cache.\n",
        "> [!WARNING]\n> Every client build uses the cache.\n",
        "> **Note:** every client build uses the cache.\n",
        "> ⚠️ Every client build uses the cache.\n",
        "<!-- a 5\" screen is not a quotation mark -->\nA 5\" screen for every client.\n",
        "It's every client's choice, isn't it? We're sure.\n",
        "Every client\u{2019}s \u{201c}nightly build\u{201d} is green.\n",
    ] {
        let report = check_snippet("fixtures/quotes/snippet.md", text);
        let fixes: Vec<String> = rows(&report)
            .into_iter()
            .filter(|(_, rule, _, _)| rule == "preferred-term")
            .map(|(_, _, _, fix)| fix)
            .collect();
        assert!(
            !fixes.is_empty() && fixes.iter().all(|f| f == "safe"),
            "{text:?}: {fixes:?}"
        );
    }
}

#[test]
fn quotations_in_stdin_and_mdx_are_found_too() {
    let text = "import X from './x';\n\n> Every client of ours noticed the speed.\n\n<q>Every client noticed it</q>\n";
    let report = check_snippet("fixtures/quotes/page.mdx", text);
    assert_eq!(
        rows(&report),
        owned(&[
            (3, "preferred-term", "client", "none"),
            (5, "preferred-term", "client", "none"),
        ])
    );
    // Plain text has no blockquotes, but quoted sentences are quotations.
    let text = "> Every client.\nShe said \"every client noticed it\".\n";
    let report = check_snippet("fixtures/quotes/notes.txt", text);
    assert_eq!(
        rows(&report),
        owned(&[
            (1, "preferred-term", "client", "safe"),
            (2, "preferred-term", "client", "none"),
        ])
    );
}

#[test]
fn claims_inside_quotations_follow_the_mode() {
    let text = "> Nimbus cut our build time by 40% in a month.\n\nNimbus cuts build time by 40%.\n";
    let rules = |path| -> Vec<u64> {
        rows(&check_snippet(path, text))
            .into_iter()
            .filter(|(_, rule, _, _)| rule == "unapproved-claim")
            .map(|(line, ..)| line)
            .collect()
    };
    assert_eq!(rules("fixtures/quotes/c.md"), [1, 3]);
    assert_eq!(rules("fixtures/quotes/skip/c.md"), [3]);
}

#[test]
fn whole_file_rules_still_read_quotations() {
    // The only benefit expression is in a customer's words: `skip` does not make it missing.
    let text = "---\nchannel: reviews\n---\n> We feel confident shipping every day.\n";
    let report = check_snippet("fixtures/quotes/skip/review.md", text);
    assert!(rows(&report).is_empty(), "{:?}", rows(&report));
    let report = check_snippet(
        "fixtures/quotes/skip/review.md",
        "---\nchannel: reviews\n---\n> We ship every day.\n",
    );
    assert_eq!(rows(&report), owned(&[(1, "missing-benefit", "", "none")]));
}

#[test]
fn an_unknown_mode_is_a_located_guide_error() {
    let run: Run = run(&["check", "fixtures/quotes/bad-mode/doc.md"]);
    run.expect_code(2);
    assert!(
        run.stderr
            .contains("quotes: unknown variant `skp`, expected one of `report`, `skip`, `check`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("fixtures/quotes/bad-mode/message-guide.yml:4:9"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `skip`?"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Suppression reasons

#[test]
fn suppressions_may_carry_a_reason() {
    for path in ["fixtures/quotes/reasons.md", "fixtures/quotes/reasons.mdx"] {
        let report = check_file(path);
        assert!(rows(&report).is_empty(), "{path}: {:?}", rows(&report));
    }
}

#[test]
fn rules_before_a_reason_are_validated_and_the_reason_is_not() {
    let text = "<!-- onmessage-disable-next-line banned-terms -- customer quote, keep verbatim -->\nWe leverage it.\n";
    let report = check_snippet("fixtures/quotes/s.md", text);
    let messages: Vec<&str> = findings(&report)
        .iter()
        .filter(|f| f["rule"] == "invalid-suppression")
        .map(|f| f["message"].as_str().expect("a message"))
        .collect();
    assert_eq!(
        messages,
        ["unknown rule `banned-terms` in `onmessage-disable-next-line`"]
    );
    // A reason that silences nothing is still an unused suppression.
    let text = "<!-- onmessage-disable-next-line brand-name -- the customer's spelling -->\nAll fine here.\n";
    let report = check_snippet("fixtures/quotes/s.md", text);
    assert_eq!(
        rows(&report),
        owned(&[(
            1,
            "unused-suppression",
            "<!-- onmessage-disable-next-line brand-name -- the customer's spelling -->",
            "none"
        )])
    );
}
