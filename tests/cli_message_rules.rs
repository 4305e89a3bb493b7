//! The nine message rules end to end. Each `fixtures/<rule-id>/` folder holds its own guide,
//! files that must fire (under the channel's paths, or with front matter naming the channel)
//! and clean files full of traps that must not: exact uses, inflections that satisfy a
//! requirement, code, URLs, front matter, files outside the channel, specs, model names, dates
//! and phone numbers. JSON reports are compared in full.

mod common;

use common::{assert_positions, git_tempdir, root, run, run_in, triples, write};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// `check --format json <files>` from the crate root, compared in full, with every position
/// re-derived from the files themselves.
fn assert_report(files: &[&str], expected: Value, code: i32) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(files);
    let run = run(&args);
    run.expect_code(code);
    let report = run.json();
    assert_positions(&root(), &report);
    assert_eq!(report, expected, "full JSON report of {files:?}");
    assert_eq!(run.stderr, "", "nothing on stderr for {files:?}");
}

/// Files that must produce no finding of any rule, each checked on its own (with
/// `--fail-on info`, so even an info finding would fail the run).
fn assert_clean(files: &[&str]) {
    for file in files {
        let run = run(&["check", "--format", "json", "--fail-on", "info", file]);
        assert_eq!(
            triples(&run.json()),
            vec![],
            "{file} must not fire:\n{}",
            run.stdout
        );
        run.expect_code(0);
        assert_eq!(run.json()["files_checked"], 1, "{file}");
        assert_eq!(run.stderr, "", "{file}");
    }
}

// ---------------------------------------------------------------------------------------------
// Exit codes and traps

/// (file, exit code with the default --fail-on error, with --fail-on warning, with --fail-on
/// info). Warnings fail from `warning` down, infos only at `info`, errors always.
const EXIT_CODES: &[(&str, i32, i32, i32)] = &[
    ("fixtures/phrase-drift/fires.md", 0, 1, 1),
    ("fixtures/phrase-drift/clean.md", 0, 0, 0),
    ("fixtures/missing-benefit/sheets/fires.md", 0, 1, 1),
    ("fixtures/missing-benefit/sheets/clean.md", 0, 0, 0),
    ("fixtures/late-benefit/sheets/fires.md", 0, 0, 1),
    ("fixtures/late-benefit/sheets/clean.md", 0, 0, 0),
    ("fixtures/missing-cta/mail/fires.md", 0, 1, 1),
    ("fixtures/missing-cta/mail/clean.md", 0, 0, 0),
    ("fixtures/missing-phrase/sheets/fires.md", 0, 1, 1),
    ("fixtures/missing-phrase/sheets/clean.md", 0, 0, 0),
    ("fixtures/unapproved-claim/fires.md", 0, 1, 1),
    ("fixtures/unapproved-claim/clean.md", 0, 0, 0),
    ("fixtures/conflicting-claim/fires.md", 1, 1, 1),
    ("fixtures/conflicting-claim/clean.md", 0, 0, 0),
    ("fixtures/audience-term/gaming/fires.md", 0, 1, 1),
    ("fixtures/audience-term/gaming/clean.md", 0, 0, 0),
    ("fixtures/too-long/sheets/fires.md", 0, 0, 1),
    ("fixtures/too-long/sheets/clean.md", 0, 0, 0),
    ("fixtures/unknown-channel/sheets/fires.md", 1, 1, 1),
    ("fixtures/unknown-channel/sheets/clean.md", 0, 0, 0),
];

#[test]
fn exit_codes() {
    let mut failures = Vec::new();
    for (file, default, warning, info) in EXIT_CODES {
        for (extra, code) in [
            (&[][..], default),
            (&["--fail-on", "warning"][..], warning),
            (&["--fail-on", "info"][..], info),
        ] {
            for format in ["human", "json"] {
                let mut args = vec!["check", "--format", format, file];
                args.extend_from_slice(extra);
                let run = run(&args);
                if run.code != *code {
                    failures.push(format!(
                        "onmessage {}: exit {} (expected {code})\n{}{}",
                        args.join(" "),
                        run.code,
                        run.stdout,
                        run.stderr
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The traps are only worth something while they are really in the files.
#[test]
fn clean_files_contain_their_traps() {
    let traps: &[(&str, &[&str])] = &[
        (
            "fixtures/phrase-drift/clean.md",
            &[
                "title: 3 laptops in sixty seconds",
                "THREE LAPTOPS IN 60 SECONDS!",
                "Three laptops\nin 60 seconds",
                "Experts that speak your language",
                "open in 60 days",
                "`3 laptops in sixty seconds`",
                "(https://byteharbor.example/3-laptops-in-sixty-seconds)",
                "```\nVisit your nearest store.\n```",
                "<!-- Book the demo -->",
                "Three laptops\n\nin sixty seconds",
                "## Three laptops\nin sixty seconds",
                "Please call us today",
            ],
        ),
        (
            "fixtures/missing-benefit/sheets/clean.md",
            &["Confident", "peace\nof mind"],
        ),
        (
            "fixtures/missing-benefit/sheets/inflected.md",
            &["the right machines"],
        ),
        (
            "fixtures/late-benefit/sheets/clean.md",
            &[
                "title: A front matter title with many words",
                "<!-- A comment",
                "`inline code with many words that are never counted`",
                "<https://byteharbor.example/a/very/long/path/of/words>",
                "sales_team_notes",
                "```\na fenced block",
            ],
        ),
        (
            "fixtures/missing-cta/mail/clean.md",
            &["[VISIT YOUR LOCAL STORE!](https://byteharbor.example/stores)"],
        ),
        (
            "fixtures/missing-phrase/sheets/clean.md",
            &[
                "THREE LAPTOPS IN 60 SECONDS:",
                "experts who speak your language\nare",
            ],
        ),
        (
            "fixtures/unapproved-claim/clean.md",
            &[
                "title: Set up in 45 seconds",
                "30-day returns",
                "within 30 days",
                "1500 laptops",
                "$599",
                "99.9% uptime",
                "Three laptops in 60 seconds",
                "save $50 today",
                "32 GB",
                "240 Hz",
                "1.4 kg",
                "8-core",
                "27-inch",
                "1 TB",
                "90 W",
                "three options",
                "ten steps",
                "one of our experts",
                "RTX 4090",
                "Windows 11",
                "the CoreForge 14",
                "Studio 24",
                "May 5, 2026 models",
                "9 am to 5 pm",
                "9:30",
                "555-0100",
                "1-800-555-0199",
                "1. Bring",
                "`45 seconds`",
                "https://byteharbor.example/45-seconds-setup",
                "```\n2,000 laptops in stock\n```",
            ],
        ),
        (
            "fixtures/audience-term/gaming/clean.md",
            &[
                "title: Workstation weekend",
                "epic",
                "insane",
                "`workstation`",
                "(https://byteharbor.example/workstation-deals)",
                "work station",
                "<!-- workstation -->",
            ],
        ),
        (
            "fixtures/audience-term/gaming/business-override.md",
            &["audience: business", "workstation"],
        ),
        (
            "fixtures/too-long/sheets/clean.md",
            &[
                "title: A front matter title with many words",
                "`the spec sheet with many words`",
                "<https://byteharbor.example/g15/specs/and/more/words>",
                "```\na fenced block",
            ],
        ),
        (
            "fixtures/unknown-channel/sheets/clean.md",
            &[
                "title: \"channel: nonsense\"",
                "\nchannel: not-front-matter\n",
            ],
        ),
        (
            "fixtures/unknown-channel/clean.md",
            &["channel: \"campaign\""],
        ),
    ];
    for (file, words) in traps {
        let text = std::fs::read_to_string(root().join(file)).expect("read fixture");
        for word in *words {
            assert!(text.contains(word), "{file} lost its trap {word:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// phrase-drift

/// A number spelled out, a synonym, a typo under a stricter per-phrase threshold, and two
/// calls to action with a word swapped; each suggests the approved wording.
#[test]
fn phrase_drift_fires() {
    assert_report(
        &["fixtures/phrase-drift/fires.md"],
        json!({
            "version": 1,
            "files_checked": 1,
            "findings": [
                {
                    "path": "fixtures/phrase-drift/fires.md",
                    "line": 3, "column": 9, "end_line": 3, "end_column": 35,
                    "start": 24, "end": 50,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the approved phrase `tagline` \"Three laptops in 60 seconds\" but not word for word (the same words, written differently)",
                    "matched": "3 laptops in sixty seconds", "suggestion": "Three laptops in 60 seconds",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 24, "end": 50, "replacement": "Three laptops in 60 seconds"}]}
                },
                {
                    "path": "fixtures/phrase-drift/fires.md",
                    "line": 5, "column": 1, "end_line": 5, "end_column": 30,
                    "start": 68, "end": 97,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the approved phrase `tagline` \"Three laptops in 60 seconds\" but not word for word (similarity 0.90)",
                    "matched": "Three notebooks in 60 seconds", "suggestion": "Three laptops in 60 seconds",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 68, "end": 97, "replacement": "Three laptops in 60 seconds"}]}
                },
                {
                    "path": "fixtures/phrase-drift/fires.md",
                    "line": 7, "column": 5, "end_line": 7, "end_column": 36,
                    "start": 116, "end": 147,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the approved phrase `promise` \"Experts who speak your language\" but not word for word (similarity 0.95)",
                    "matched": "Experts who speak your langauge", "suggestion": "Experts who speak your language",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 116, "end": 147, "replacement": "Experts who speak your language"}]}
                },
                {
                    "path": "fixtures/phrase-drift/fires.md",
                    "line": 9, "column": 1, "end_line": 9, "end_column": 25,
                    "start": 179, "end": 203,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the call to action \"Visit your local store\" but not word for word (similarity 0.88)",
                    "matched": "Visit your nearest store", "suggestion": "Visit your local store",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 179, "end": 203, "replacement": "Visit your local store"}]}
                },
                {
                    "path": "fixtures/phrase-drift/fires.md",
                    "line": 9, "column": 30, "end_line": 9, "end_column": 43,
                    "start": 208, "end": 221,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the call to action \"Book a demo\" but not word for word (similarity 0.83)",
                    "matched": "book the demo", "suggestion": "Book a demo",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 208, "end": 221, "replacement": "Book a demo"}]}
                },
            ]
        }),
        0,
    );
}

#[test]
fn phrase_drift_clean() {
    assert_clean(&["fixtures/phrase-drift/clean.md"]);
}

// ---------------------------------------------------------------------------------------------
// missing-benefit

/// A sell sheet by path (the benefit only in front matter, code, a link destination, a
/// comment and a fenced block) and one by front matter outside sheets/.
#[test]
fn missing_benefit_fires() {
    assert_report(
        &[
            "fixtures/missing-benefit/sheets/fires.md",
            "fixtures/missing-benefit/front-matter.md",
        ],
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/missing-benefit/front-matter.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-benefit", "severity": "warning",
                    "message": "This sell-sheet never states the benefit: \"Walk out sure you bought the right machine\"",
                    "matched": "", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/missing-benefit/sheets/fires.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-benefit", "severity": "warning",
                    "message": "This sell-sheet never states the benefit: \"Walk out sure you bought the right machine\"",
                    "matched": "", "suggestion": null, "fix": null
                },
            ]
        }),
        0,
    );
}

/// Any case, across a line break, an inflection ("the right machines"), and a file in no
/// channel.
#[test]
fn missing_benefit_clean() {
    assert_clean(&[
        "fixtures/missing-benefit/sheets/clean.md",
        "fixtures/missing-benefit/sheets/inflected.md",
        "fixtures/missing-benefit/outside.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// late-benefit

/// Exactly 20 prose words before the benefit, with `within_words: 20`: one too many. Only the
/// first expression is reported.
#[test]
fn late_benefit_fires() {
    assert_report(
        &["fixtures/late-benefit/sheets/fires.md"],
        json!({
            "version": 1,
            "files_checked": 1,
            "findings": [
                {
                    "path": "fixtures/late-benefit/sheets/fires.md",
                    "line": 4, "column": 1, "end_line": 4, "end_column": 10,
                    "start": 106, "end": 115,
                    "rule": "late-benefit", "severity": "info",
                    "message": "The benefit first appears after 20 words; this sell-sheet should state it within the first 20",
                    "matched": "confident", "suggestion": null, "fix": null
                },
            ]
        }),
        0,
    );
}

/// 19 prose words before the benefit behind front matter, a comment, inline code, an autolink,
/// an identifier and a fenced block, none of which count; later repeats do not matter; a file
/// in no channel is never checked.
#[test]
fn late_benefit_clean() {
    assert_clean(&[
        "fixtures/late-benefit/sheets/clean.md",
        "fixtures/late-benefit/outside.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// missing-cta

/// No call to action outside front matter, code, a link destination, a comment and a fenced
/// block; a near miss satisfies the requirement and is reported as phrase-drift instead.
#[test]
fn missing_cta_fires() {
    assert_report(
        &[
            "fixtures/missing-cta/mail/fires.md",
            "fixtures/missing-cta/mail/near-miss.md",
        ],
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/missing-cta/mail/fires.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-cta", "severity": "warning",
                    "message": "This campaign has no call to action: use one of \"Visit your local store\", \"Book a demo\", \"Call us\"",
                    "matched": "", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/missing-cta/mail/near-miss.md",
                    "line": 3, "column": 28, "end_line": 3, "end_column": 52,
                    "start": 43, "end": 67,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the call to action \"Visit your local store\" but not word for word (similarity 0.88)",
                    "matched": "Visit your nearest store", "suggestion": "Visit your local store",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 43, "end": 67, "replacement": "Visit your local store"}]}
                },
            ]
        }),
        0,
    );
}

/// An exact call to action in capitals as link text; a file in no channel.
#[test]
fn missing_cta_clean() {
    assert_clean(&[
        "fixtures/missing-cta/mail/clean.md",
        "fixtures/missing-cta/outside.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// missing-phrase

/// One finding per missing phrase: both missing (the tagline only in code, the promise only in
/// front matter), then only the tagline; near misses satisfy the requirement and are drift.
#[test]
fn missing_phrase_fires() {
    assert_report(
        &[
            "fixtures/missing-phrase/sheets/fires.md",
            "fixtures/missing-phrase/sheets/one-missing.md",
            "fixtures/missing-phrase/sheets/near-miss.md",
        ],
        json!({
            "version": 1,
            "files_checked": 3,
            "findings": [
                {
                    "path": "fixtures/missing-phrase/sheets/fires.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-phrase", "severity": "warning",
                    "message": "This sell-sheet must carry the approved phrase `tagline`: \"Three laptops in 60 seconds\"",
                    "matched": "", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/missing-phrase/sheets/fires.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-phrase", "severity": "warning",
                    "message": "This sell-sheet must carry the approved phrase `promise`: \"Experts who speak your language\"",
                    "matched": "", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/missing-phrase/sheets/near-miss.md",
                    "line": 3, "column": 9, "end_line": 3, "end_column": 35,
                    "start": 25, "end": 51,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the approved phrase `tagline` \"Three laptops in 60 seconds\" but not word for word (the same words, written differently)",
                    "matched": "3 laptops in sixty seconds", "suggestion": "Three laptops in 60 seconds",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 25, "end": 51, "replacement": "Three laptops in 60 seconds"}]}
                },
                {
                    "path": "fixtures/missing-phrase/sheets/near-miss.md",
                    "line": 3, "column": 37, "end_line": 3, "end_column": 69,
                    "start": 53, "end": 85,
                    "rule": "phrase-drift", "severity": "warning",
                    "message": "Close to the approved phrase `promise` \"Experts who speak your language\" but not word for word (similarity 0.90)",
                    "matched": "Experts that speak your language", "suggestion": "Experts who speak your language",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 53, "end": 85, "replacement": "Experts who speak your language"}]}
                },
                {
                    "path": "fixtures/missing-phrase/sheets/one-missing.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "missing-phrase", "severity": "warning",
                    "message": "This sell-sheet must carry the approved phrase `tagline`: \"Three laptops in 60 seconds\"",
                    "matched": "", "suggestion": null, "fix": null
                },
            ]
        }),
        0,
    );
}

/// Exact uses in capitals and across a line break; a file in no channel.
#[test]
fn missing_phrase_clean() {
    assert_clean(&[
        "fixtures/missing-phrase/sheets/clean.md",
        "fixtures/missing-phrase/outside.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// unapproved-claim

/// Seconds, counts, days, prices, `x`, rank, percent, spelled-out time units, `percent` and
/// `$2k`, each normalised in the message.
#[test]
fn unapproved_claim_fires() {
    assert_report(
        &["fixtures/unapproved-claim/fires.md"],
        json!({
            "version": 1,
            "files_checked": 1,
            "findings": [
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 3, "column": 11, "end_line": 3, "end_column": 21,
                    "start": 38, "end": 48,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"45 seconds\" is not an approved claim (45 second); add it to `claims.approved` once it is signed off",
                    "matched": "45 seconds", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 3, "column": 28, "end_line": 3, "end_column": 41,
                    "start": 55, "end": 68,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"2,000 screens\" is not an approved claim (2000 screen); add it to `claims.approved` once it is signed off",
                    "matched": "2,000 screens", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 3, "column": 70, "end_line": 3, "end_column": 77,
                    "start": 97, "end": 104,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"14 days\" is not an approved claim (14 day); add it to `claims.approved` once it is signed off",
                    "matched": "14 days", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 5, "column": 16, "end_line": 5, "end_column": 20,
                    "start": 122, "end": 126,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"$549\" is not an approved claim ($549); add it to `claims.approved` once it is signed off",
                    "matched": "$549", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 5, "column": 25, "end_line": 5, "end_column": 29,
                    "start": 131, "end": 135,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"$500\" is not an approved claim ($500); add it to `claims.approved` once it is signed off",
                    "matched": "$500", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 5, "column": 56, "end_line": 5, "end_column": 59,
                    "start": 162, "end": 165,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"10x\" is not an approved claim (10x); add it to `claims.approved` once it is signed off",
                    "matched": "10x", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 7, "column": 7, "end_line": 7, "end_column": 9,
                    "start": 204, "end": 206,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"#1\" is not an approved claim (#1); add it to `claims.approved` once it is signed off",
                    "matched": "#1", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 7, "column": 32, "end_line": 7, "end_column": 35,
                    "start": 229, "end": 232,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"99%\" is not an approved claim (99%); add it to `claims.approved` once it is signed off",
                    "matched": "99%", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 9, "column": 1, "end_line": 9, "end_column": 10,
                    "start": 262, "end": 271,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"Sixty-day\" is not an approved claim (60 day); add it to `claims.approved` once it is signed off",
                    "matched": "Sixty-day", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 9, "column": 20, "end_line": 9, "end_column": 31,
                    "start": 281, "end": 292,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"three years\" is not an approved claim (3 year); add it to `claims.approved` once it is signed off",
                    "matched": "three years", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 9, "column": 45, "end_line": 9, "end_column": 55,
                    "start": 306, "end": 316,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"50 percent\" is not an approved claim (50%); add it to `claims.approved` once it is signed off",
                    "matched": "50 percent", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 11, "column": 6, "end_line": 11, "end_column": 16,
                    "start": 340, "end": 350,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"200 stores\" is not an approved claim (200 store); add it to `claims.approved` once it is signed off",
                    "matched": "200 stores", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unapproved-claim/fires.md",
                    "line": 11, "column": 41, "end_line": 11, "end_column": 44,
                    "start": 375, "end": 378,
                    "rule": "unapproved-claim", "severity": "warning",
                    "message": "\"$2k\" is not an approved claim ($2000); add it to `claims.approved` once it is signed off",
                    "matched": "$2k", "suggestion": null, "fix": null
                },
            ]
        }),
        0,
    );
}

/// Approved pairs in other words, numbers of the tagline and the call to action, specs,
/// spelled-out counts, model names, dates, times, phone numbers, list numbering, code, URLs
/// and front matter.
#[test]
fn unapproved_claim_clean() {
    assert_clean(&["fixtures/unapproved-claim/clean.md"]);
}

// ---------------------------------------------------------------------------------------------
// audience-term

/// Business by front matter (no `prefer`: no suggestion), gamers by path (suggestions keep the
/// writer's case, plural and possessive).
#[test]
fn audience_term_fires() {
    assert_report(
        &[
            "fixtures/audience-term/fires.md",
            "fixtures/audience-term/gaming/fires.md",
        ],
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/audience-term/fires.md",
                    "line": 7, "column": 4, "end_line": 7, "end_column": 8,
                    "start": 55, "end": 59,
                    "rule": "audience-term", "severity": "warning",
                    "message": "\"epic\" is not for the business audience",
                    "matched": "epic", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/audience-term/fires.md",
                    "line": 7, "column": 21, "end_line": 7, "end_column": 27,
                    "start": 72, "end": 78,
                    "rule": "audience-term", "severity": "warning",
                    "message": "\"INSANE\" is not for the business audience",
                    "matched": "INSANE", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/audience-term/gaming/fires.md",
                    "line": 3, "column": 5, "end_line": 3, "end_column": 17,
                    "start": 19, "end": 31,
                    "rule": "audience-term", "severity": "warning",
                    "message": "\"Workstations\" is not for the gamers audience: say \"rig\"",
                    "matched": "Workstations", "suggestion": "Rigs",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 19, "end": 31, "replacement": "Rigs"}]}
                },
                {
                    "path": "fixtures/audience-term/gaming/fires.md",
                    "line": 3, "column": 38, "end_line": 3, "end_column": 51,
                    "start": 52, "end": 65,
                    "rule": "audience-term", "severity": "warning",
                    "message": "\"workstation's\" is not for the gamers audience: say \"rig\"",
                    "matched": "workstation's", "suggestion": "rig's",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 52, "end": 65, "replacement": "rig's"}]}
                },
                {
                    "path": "fixtures/audience-term/gaming/fires.md",
                    "line": 3, "column": 61, "end_line": 3, "end_column": 73,
                    "start": 75, "end": 87,
                    "rule": "audience-term", "severity": "warning",
                    "message": "\"productivity\" is not for the gamers audience: say \"performance\"",
                    "matched": "productivity", "suggestion": "performance",
                    "fix": {"applicability": "unsafe", "edits": [{"start": 75, "end": 87, "replacement": "performance"}]}
                },
            ]
        }),
        0,
    );
}

/// Other audiences' words, code, link destinations, front matter, comments, a split word;
/// front matter choosing another audience over the path; a file with no audience.
#[test]
fn audience_term_clean() {
    assert_clean(&[
        "fixtures/audience-term/gaming/clean.md",
        "fixtures/audience-term/gaming/business-override.md",
        "fixtures/audience-term/clean.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// too-long

/// 21 prose words where the channel allows 20.
#[test]
fn too_long_fires() {
    assert_report(
        &["fixtures/too-long/sheets/fires.md"],
        json!({
            "version": 1,
            "files_checked": 1,
            "findings": [
                {
                    "path": "fixtures/too-long/sheets/fires.md",
                    "line": 1, "column": 1, "end_line": 1, "end_column": 1,
                    "start": 0, "end": 0,
                    "rule": "too-long", "severity": "info",
                    "message": "21 words: a sell-sheet stays within 20",
                    "matched": "", "suggestion": null, "fix": null
                },
            ]
        }),
        0,
    );
}

/// Exactly 20 prose words among many that do not count; a long file in no channel.
#[test]
fn too_long_clean() {
    assert_clean(&[
        "fixtures/too-long/sheets/clean.md",
        "fixtures/too-long/outside.md",
    ]);
}

// ---------------------------------------------------------------------------------------------
// unknown-channel

/// A plural channel name and a quoted audience (reported without the quotes, with the closest
/// names suggested), and a channel close to nothing. sheets/fires.md has no call to action but
/// no missing-cta: with an unknown channel the file is in no channel, even under sheets/.
#[test]
fn unknown_channel_fires() {
    assert_report(
        &[
            "fixtures/unknown-channel/sheets/fires.md",
            "fixtures/unknown-channel/fires-far.md",
        ],
        json!({
            "version": 1,
            "files_checked": 2,
            "findings": [
                {
                    "path": "fixtures/unknown-channel/fires-far.md",
                    "line": 2, "column": 10, "end_line": 2, "end_column": 20,
                    "start": 13, "end": 23,
                    "rule": "unknown-channel", "severity": "error",
                    "message": "Unknown channel \"newsletter\": the guide defines sell-sheet, campaign",
                    "matched": "newsletter", "suggestion": null, "fix": null
                },
                {
                    "path": "fixtures/unknown-channel/sheets/fires.md",
                    "line": 3, "column": 10, "end_line": 3, "end_column": 21,
                    "start": 36, "end": 47,
                    "rule": "unknown-channel", "severity": "error",
                    "message": "Unknown channel \"sell-sheets\": the guide defines sell-sheet, campaign",
                    "matched": "sell-sheets", "suggestion": "sell-sheet", "fix": null
                },
                {
                    "path": "fixtures/unknown-channel/sheets/fires.md",
                    "line": 4, "column": 12, "end_line": 4, "end_column": 17,
                    "start": 59, "end": 64,
                    "rule": "unknown-channel", "severity": "error",
                    "message": "Unknown audience \"gamer\": the guide defines gamers",
                    "matched": "gamer", "suggestion": "gamers", "fix": null
                },
            ]
        }),
        1,
    );
}

/// Defined names (one quoted), a `channel:` inside another front-matter value and one in the
/// body.
#[test]
fn unknown_channel_clean() {
    assert_clean(&[
        "fixtures/unknown-channel/sheets/clean.md",
        "fixtures/unknown-channel/clean.md",
    ]);
}

/// Every fixture folder of a message rule, checked whole: each fires its own rule and nothing
/// else (besides the near misses of missing-cta and missing-phrase, which are drift).
#[test]
fn each_fixture_folder_fires_only_its_rule() {
    for rule in [
        "phrase-drift",
        "missing-benefit",
        "late-benefit",
        "missing-cta",
        "missing-phrase",
        "unapproved-claim",
        "audience-term",
        "too-long",
        "unknown-channel",
    ] {
        let run = run(&["check", "--format", "json", &format!("fixtures/{rule}")]);
        let report = run.json();
        let mut rules: BTreeSet<String> = triples(&report).into_iter().map(|(_, r, _)| r).collect();
        // Near-miss files in the channel-requirement folders show drift satisfying the rule.
        if matches!(rule, "missing-cta" | "missing-phrase") {
            assert!(
                rules.remove("phrase-drift"),
                "fixtures/{rule} has a near miss"
            );
        }
        assert_eq!(
            rules.into_iter().collect::<Vec<_>>(),
            [rule],
            "fixtures/{rule}:\n{}",
            run.stdout
        );
        assert_positions(&root(), &report);
    }
}

// ---------------------------------------------------------------------------------------------
// Bugs in src/: these tests fail until the behaviour is fixed.

/// The findings of one rule on `text`, checked as `doc.md` with `guide`, as (matched,
/// suggestion) pairs.
fn fired(guide: &str, text: &str, rule: &str) -> Vec<(String, Option<String>)> {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", text);
    let run = run_in(dir.path(), &["check", "--format", "json", "doc.md"]);
    common::findings(&run.json())
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            (
                f["matched"].as_str().unwrap_or_default().to_string(),
                f["suggestion"].as_str().map(str::to_string),
            )
        })
        .collect()
}

const CLAIMS_GUIDE: &str = "version: 1\nclaims:\n  scope: all\n  approved: [\"30-day returns\"]\n";

/// BUG: "24/7 support" is a claim (the matcher normalises `24/7` specially, and the README
/// approves "24/7 support" as an example), but the rule never reports it: `24/7` has a `/`
/// between two word characters, so the identifier filter takes it for a file path.
#[test]
fn unapproved_24_7_claim_is_reported() {
    assert_eq!(
        fired(CLAIMS_GUIDE, "We offer 24/7 support.\n", "unapproved-claim"),
        [("24/7 support".to_string(), None)]
    );
}

/// BUG: a model name first in a list item, a heading or a sentence is taken for a claim
/// ("14 Pro", "24 Setup"): the model-name exclusion skips capitalised words only mid-sentence,
/// and `- **`, `## ` and a sentence start all count as the start of a sentence.
#[test]
fn model_name_at_the_start_of_a_line_is_not_a_claim() {
    let text = "- **CoreForge 14 Pro**: 16 GB of memory.\n\n## Studio 24 Setup\n\nCoreForge 17 Max is here.\n";
    assert_eq!(fired(CLAIMS_GUIDE, text, "unapproved-claim"), []);
}

/// BUG: a price followed by a comma takes the comma into the claim: "now $549, or less"
/// reports "$549," (the message says "$549,", and start..end covers the comma).
#[test]
fn price_claim_does_not_swallow_a_trailing_comma() {
    // A price is checked where the guide approves prices in its unit ("$599").
    let priced = "version: 1\nclaims:\n  scope: all\n  approved: [\"$599\"]\n";
    assert_eq!(
        fired(
            priced,
            "The G15 is now $549, or less.\n",
            "unapproved-claim"
        ),
        [("$549".to_string(), None)]
    );
}

/// BUG: a `prefer` word that is already plural is pluralised again: "spreadsheets" with
/// `prefer: [stats]` suggests "statses".
#[test]
fn plural_prefer_word_is_not_pluralised_again() {
    let guide = "version: 1\naudiences:\n  gamers: {avoid: [spreadsheet], prefer: [stats]}\n";
    let text = "---\naudience: gamers\n---\nTwo spreadsheets.\n";
    assert_eq!(
        fired(guide, text, "audience-term"),
        [("spreadsheets".to_string(), Some("stats".to_string()))]
    );
}
