//! The three rules end to end: each fixture folder under `fixtures/` holds a guide, a file of
//! findings that must fire and a `clean.md` of traps that must not. JSON reports are compared in
//! full; human output is snapshotted.

mod common;

use common::{assert_positions, root, run, triples};
use serde_json::json;

/// `check --format json <fixture>` from the crate root, compared in full, with every position
/// re-derived from the file itself.
fn assert_json_report(fixture: &str, expected: serde_json::Value, code: i32) {
    let run = run(&["check", "--format", "json", fixture]);
    run.expect_code(code);
    let report = run.json();
    assert_positions(&root(), &report);
    assert_eq!(report, expected, "full JSON report of {fixture}");
    assert_eq!(run.stderr, "", "nothing on stderr for {fixture}");
}

/// The traps are only worth something while the trap words are really in the files.
#[test]
fn clean_files_contain_their_traps() {
    let traps: &[(&str, &[&str])] = &[
        (
            "fixtures/banned-term/clean.md",
            &[
                "---\ntitle: Leverage",
                "deleverage",
                "heroic roi",
                "utilizes",
                "`leverage`",
                "<https://example.com/leverage>",
                "](https://example.com/synergy",
                "synergy@example.com",
                "@leverage",
                "#synergy",
                "sales/leverage.md",
                "leverage_ratio",
                "synergy.io",
                "<!-- leverage",
                "class=\"leverage\"",
                "href=\"/synergy\"",
                "circle\n\nback",
                "```\nleverage our synergy",
                "\n    leverage in indented code",
            ],
        ),
        (
            "fixtures/preferred-term/clean.md",
            &[
                "customer's",
                "clientele",
                "`client`",
                "client_id",
                "clients.example.com",
                "<https://example.com/end-user>",
                "docs/end-user/",
                "outlet_code",
                "sales/outlet.md",
                "@client",
            ],
        ),
        (
            "fixtures/brand-name/clean.md",
            &[
                "PowerSpec builds",
                "PowerSpec's",
                "PowerSpecs",
                "Micro Center's",
                "Micro Centers",
                "power spec sheet",
                "https://powerspec.example/g700",
                "microcenter.example/deals",
                "img/powerspec-logo.png",
                "`powerspec`",
            ],
        ),
    ];
    for (file, words) in traps {
        let text = std::fs::read_to_string(root().join(file)).expect("read fixture");
        for word in *words {
            assert!(text.contains(word), "{file} lost its trap {word:?}");
        }
    }
}

/// Traps: files that must produce no finding at all, checked on their own.
#[test]
fn clean_files_have_no_findings() {
    for file in [
        "fixtures/banned-term/clean.md",
        "fixtures/preferred-term/clean.md",
        "fixtures/brand-name/clean.md",
    ] {
        let run = run(&["check", "--format", "json", "--fail-on", "info", file]);
        assert_eq!(
            triples(&run.json()),
            vec![],
            "{file} must not fire:\n{}",
            run.stdout
        );
        run.expect_code(0);
        assert_eq!(run.json()["files_checked"], 1);
    }
}

#[test]
fn banned_term_json() {
    assert_json_report(
        "fixtures/banned-term",
        json!({
            "version": 1,
            "files_checked": 3,
            "findings": [
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 3, "column": 4, "end_line": 3, "end_column": 12,
                    "start": 29, "end": 37,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned: Inflated verb",
                    "matched": "leverage", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 29, "end": 37, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 3, "column": 36, "end_line": 3, "end_column": 45,
                    "start": 61, "end": 70,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned: Inflated verb",
                    "matched": "leveraged", "suggestion": "used",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 61, "end": 70, "replacement": "used"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 3, "column": 60, "end_line": 3, "end_column": 69,
                    "start": 85, "end": 94,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"synergy\" is banned",
                    "matched": "SYNERGIES", "suggestion": "WORKING TOGETHER",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 85, "end": 94, "replacement": "WORKING TOGETHER"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 5, "column": 6, "end_line": 5, "end_column": 19,
                    "start": 111, "end": 124,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"circle back\" is banned",
                    "matched": "circling back", "suggestion": "following up",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 111, "end": 124, "replacement": "following up"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 5, "column": 27, "end_line": 5, "end_column": 40,
                    "start": 132, "end": 145,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"best in class\" is banned: Unprovable superlative",
                    "matched": "best-in-class", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 5, "column": 56, "end_line": 6, "end_column": 5,
                    "start": 161, "end": 172,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"circle back\" is banned",
                    "matched": "circle\nback", "suggestion": "follow up", "fix": null
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 6, "column": 24, "end_line": 6, "end_column": 33,
                    "start": 191, "end": 200,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"deep dive\" is banned",
                    "matched": "deep-dive", "suggestion": "detailed look",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 191, "end": 200, "replacement": "detailed look"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 8, "column": 5, "end_line": 8, "end_column": 8,
                    "start": 207, "end": 210,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"ROI\" is banned: Internal jargon: say return",
                    "matched": "ROI", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 8, "column": 22, "end_line": 8, "end_column": 29,
                    "start": 224, "end": 231,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"utilize\" is banned",
                    "matched": "utilize", "suggestion": "use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 224, "end": 231, "replacement": "use"}]}
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 10, "column": 1, "end_line": 10, "end_column": 25,
                    "start": 248, "end": 272,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"Lowest prices guaranteed\" is banned: Unapproved price promise",
                    "matched": "Lowest prices guaranteed", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/banned-term/fires.md",
                    "line": 10, "column": 46, "end_line": 10, "end_column": 57,
                    "start": 293, "end": 304,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"ecosystem\" is banned",
                    "matched": "ecosystem's", "suggestion": "network's",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 293, "end": 304, "replacement": "network's"}]}
                },
                {
                    "path": "fixtures/banned-term/notes.txt",
                    "line": 1, "column": 16, "end_line": 1, "end_column": 24,
                    "start": 15, "end": 23,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"leverage\" is banned: Inflated verb",
                    "matched": "Leverage", "suggestion": "Use",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 15, "end": 23, "replacement": "Use"}]}
                },
                {
                    "path": "fixtures/banned-term/notes.txt",
                    "line": 1, "column": 46, "end_line": 2, "end_column": 5,
                    "start": 45, "end": 54,
                    "rule": "banned-term", "severity": "error",
                    "message": "\"deep dive\" is banned",
                    "matched": "deep\ndive", "suggestion": "detailed look", "fix": null
                },
            ]
        }),
        1,
    );
}

#[test]
fn preferred_term_json() {
    // Warnings only: below the default --fail-on error, so the exit code is 0.
    assert_json_report(
        "fixtures/preferred-term",
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/preferred-term/fires.md",
                    "line": 3, "column": 1, "end_line": 3, "end_column": 8,
                    "start": 29, "end": 36,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"customer\" instead of \"Clients\"",
                    "matched": "Clients", "suggestion": "Customers",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 29, "end": 36, "replacement": "Customers"}]}
                },
                {
                    "path": "fixtures/preferred-term/fires.md",
                    "line": 3, "column": 35, "end_line": 3, "end_column": 41,
                    "start": 63, "end": 69,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"customer\" instead of \"CLIENT\"",
                    "matched": "CLIENT", "suggestion": "CUSTOMER",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 63, "end": 69, "replacement": "CUSTOMER"}]}
                },
                {
                    "path": "fixtures/preferred-term/fires.md",
                    "line": 5, "column": 5, "end_line": 5, "end_column": 13,
                    "start": 91, "end": 99,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"customer\" instead of \"client's\"",
                    "matched": "client's", "suggestion": "customer's",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 91, "end": 99, "replacement": "customer's"}]}
                },
                {
                    "path": "fixtures/preferred-term/fires.md",
                    "line": 5, "column": 37, "end_line": 5, "end_column": 46,
                    "start": 123, "end": 132,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"customer\" instead of \"end users\"",
                    "matched": "end users", "suggestion": "customers",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 123, "end": 132, "replacement": "customers"}]}
                },
                {
                    "path": "fixtures/preferred-term/fires.md",
                    "line": 5, "column": 63, "end_line": 5, "end_column": 70,
                    "start": 149, "end": 156,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"store\" instead of \"outlets\"",
                    "matched": "outlets", "suggestion": "stores",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 149, "end": 156, "replacement": "stores"}]}
                },
            ]
        }),
        0,
    );
}

#[test]
fn brand_name_json() {
    assert_json_report(
        "fixtures/brand-name",
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 3, "column": 7, "end_line": 3, "end_column": 16,
                    "start": 35, "end": 44,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"Powerspec\" misspells the brand name \"PowerSpec\"",
                    "matched": "Powerspec", "suggestion": "PowerSpec",
                    "fix": {"applicability": "safe", "edits": [{"start": 35, "end": 44, "replacement": "PowerSpec"}]}
                },
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 3, "column": 36, "end_line": 3, "end_column": 48,
                    "start": 64, "end": 76,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"MICRO CENTER\" misspells the brand name \"Micro Center\"",
                    "matched": "MICRO CENTER", "suggestion": "Micro Center",
                    // Capitals throughout may be a title's style: a human decides.
                    "fix": {"applicability": "unsafe", "edits": [{"start": 64, "end": 76, "replacement": "Micro Center"}]}
                },
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 5, "column": 9, "end_line": 5, "end_column": 19,
                    "start": 87, "end": 97,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"Power Spec\" misspells the brand name \"PowerSpec\"",
                    "matched": "Power Spec", "suggestion": "PowerSpec",
                    "fix": {"applicability": "safe", "edits": [{"start": 87, "end": 97, "replacement": "PowerSpec"}]}
                },
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 5, "column": 28, "end_line": 5, "end_column": 39,
                    "start": 106, "end": 117,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"MicroCenter\" misspells the brand name \"Micro Center\"",
                    "matched": "MicroCenter", "suggestion": "Micro Center",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 106, "end": 117, "replacement": "Micro Center"}]}
                },
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 5, "column": 46, "end_line": 5, "end_column": 58,
                    "start": 124, "end": 136,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"Micro-Center\" misspells the brand name \"Micro Center\"",
                    "matched": "Micro-Center", "suggestion": "Micro Center",
                    "fix": {"applicability": "safe", "edits": [{"start": 124, "end": 136, "replacement": "Micro Center"}]}
                },
                {
                    "path": "fixtures/brand-name/fires.md",
                    "line": 7, "column": 5, "end_line": 7, "end_column": 14,
                    "start": 143, "end": 152,
                    "rule": "brand-name", "severity": "error",
                    "message": "\"PowerSpek\" misspells the brand name \"PowerSpec\"",
                    "matched": "PowerSpek", "suggestion": "PowerSpec",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 143, "end": 152, "replacement": "PowerSpec"}]}
                },
            ]
        }),
        1,
    );
}

/// `rules:` sets each rule's level: banned-term is info, preferred-term a warning, brand-name
/// off (off.md misspells the brand and must stay quiet).
#[test]
fn rule_levels_from_the_guide_json() {
    assert_json_report(
        "fixtures/levels",
        json!({
            "version": 1,
            "files_checked": 3,
            "findings": [
                {
                    "path": "fixtures/levels/info.md",
                    "line": 3, "column": 4, "end_line": 3, "end_column": 12,
                    "start": 16, "end": 24,
                    "rule": "banned-term", "severity": "info",
                    "message": "\"leverage\" is banned",
                    "matched": "leverage", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/levels/warning.md",
                    "line": 3, "column": 5, "end_line": 3, "end_column": 12,
                    "start": 15, "end": 22,
                    "rule": "preferred-term", "severity": "warning",
                    "message": "Use \"customer\" instead of \"clients\"",
                    "matched": "clients", "suggestion": "customers",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 15, "end": 22, "replacement": "customers"}]}
                },
            ]
        }),
        0,
    );
}

#[test]
fn banned_term_human() {
    let run = run(&["check", "--color", "never", "fixtures/banned-term"]);
    run.expect_code(1);
    insta::assert_snapshot!("banned_term_human", run.stdout);
}

#[test]
fn preferred_term_human() {
    let run = run(&["check", "--color", "never", "fixtures/preferred-term"]);
    run.expect_code(0);
    insta::assert_snapshot!("preferred_term_human", run.stdout);
}

#[test]
fn brand_name_human() {
    let run = run(&["check", "--color", "never", "fixtures/brand-name"]);
    run.expect_code(1);
    insta::assert_snapshot!("brand_name_human", run.stdout);
}

#[test]
fn levels_human() {
    let run = run(&["check", "--color", "never", "fixtures/levels"]);
    run.expect_code(0);
    insta::assert_snapshot!("levels_human", run.stdout);
}
