//! Inline suppressions: `<!-- onmessage-disable-next-line RULE -->`, `<!-- onmessage-disable
//! RULE, RULE -->` … `<!-- onmessage-enable -->` and `<!-- onmessage-disable-file -->` (in `.mdx`
//! the same words inside `{/* … */}`), and the `unused-suppression` and `invalid-suppression`
//! findings about the comments themselves.
//!
//! The fixture folder `fixtures/suppressions/` has its own guide; most cases below are short
//! texts checked through `--stdin --stdin-filename fixtures/suppressions/<name>`, so each case
//! is one row of data.

mod common;

use common::{assert_positions, findings, root, run, Run};
use serde_json::{json, Value};

const FIXTURE: &str = "fixtures/suppressions";

/// Run `onmessage args…` in the crate root with `input` on standard input.
fn run_stdin(args: &[&str], input: &str) -> Run {
    common::run_stdin_in(common::root(), args, input)
}

/// Check `text` as if it were `fixtures/suppressions/<name>`, every level reported.
fn check_snippet(name: &str, text: &str) -> Value {
    let filename = format!("{FIXTURE}/{name}");
    let run = run_stdin(
        &[
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--stdin",
            "--stdin-filename",
            &filename,
        ],
        text,
    );
    run.expect_code(0);
    run.json()
}

/// The findings of a report as (line, rule) pairs, in report order.
fn lines_and_rules(report: &Value) -> Vec<(usize, String)> {
    findings(report)
        .iter()
        .map(|f| {
            let line = f["line"].as_u64().expect("a line number");
            (
                usize::try_from(line).expect("fits"),
                f["rule"].as_str().expect("a rule").to_string(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The fixture files

/// Every finding of `fires.md`, exactly: what each directive leaves unsuppressed, the unused
/// suppression and the two invalid ones.
#[test]
fn fires_md_exact_json() {
    let run = run(&[
        "check",
        "--format",
        "json",
        "fixtures/suppressions/fires.md",
    ]);
    run.expect_code(1);
    let report = run.json();
    let path = "fixtures/suppressions/fires.md";
    let expected = json!({
        "version": 1,
        "files_checked": 1,
        "findings": [
            {"path": path, "line": 5, "column": 13, "end_line": 5, "end_column": 23, "start": 122, "end": 132, "rule": "brand-name", "severity": "error", "message": "\"Byteharbor\" misspells the brand name \"Byte Harbor\"", "matched": "Byteharbor", "suggestion": "Byte Harbor", "fix": {"applicability": "safe", "edits": [{"start": 122, "end": 132, "replacement": "Byte Harbor"}]}},
            {"path": path, "line": 6, "column": 4, "end_line": 6, "end_column": 12, "start": 189, "end": 197, "rule": "banned-term", "severity": "error", "message": "\"leverage\" is banned", "matched": "leverage", "suggestion": "use", "fix": {"applicability": "unsafe", "edits": [{"start": 189, "end": 197, "replacement": "use"}]}},
            {"path": path, "line": 12, "column": 1, "end_line": 12, "end_column": 8, "start": 368, "end": 375, "rule": "banned-term", "severity": "error", "message": "\"synergy\" is banned", "matched": "Synergy", "suggestion": null, "fix": null},
            {"path": path, "line": 25, "column": 1, "end_line": 25, "end_column": 8, "start": 730, "end": 737, "rule": "banned-term", "severity": "error", "message": "\"synergy\" is banned", "matched": "Synergy", "suggestion": null, "fix": null},
            {"path": path, "line": 27, "column": 79, "end_line": 27, "end_column": 86, "start": 839, "end": 846, "rule": "banned-term", "severity": "error", "message": "\"synergy\" is banned", "matched": "synergy", "suggestion": null, "fix": null},
            {"path": path, "line": 29, "column": 1, "end_line": 29, "end_column": 48, "start": 855, "end": 902, "rule": "unused-suppression", "severity": "info", "message": "This suppression silences nothing (brand-name): remove it", "matched": "<!-- onmessage-disable-next-line brand-name -->", "suggestion": null, "fix": null},
            {"path": path, "line": 32, "column": 1, "end_line": 32, "end_column": 50, "start": 944, "end": 993, "rule": "invalid-suppression", "severity": "error", "message": "unknown rule `banned-terms` in `onmessage-disable-next-line`", "matched": "<!-- onmessage-disable-next-line banned-terms -->", "suggestion": "<!-- onmessage-disable-next-line banned-term -->", "fix": null},
            {"path": path, "line": 33, "column": 21, "end_line": 33, "end_column": 29, "start": 1014, "end": 1022, "rule": "banned-term", "severity": "error", "message": "\"leverage\" is banned", "matched": "leverage", "suggestion": "use", "fix": {"applicability": "unsafe", "edits": [{"start": 1014, "end": 1022, "replacement": "use"}]}},
            {"path": path, "line": 35, "column": 1, "end_line": 35, "end_column": 48, "start": 1031, "end": 1078, "rule": "invalid-suppression", "severity": "error", "message": "`onmessage-disable-nextline` is not a suppression directive", "matched": "<!-- onmessage-disable-nextline banned-term -->", "suggestion": "<!-- onmessage-disable-next-line banned-term -->", "fix": null},
            {"path": path, "line": 36, "column": 28, "end_line": 36, "end_column": 35, "start": 1106, "end": 1113, "rule": "banned-term", "severity": "error", "message": "\"synergy\" is banned", "matched": "synergy", "suggestion": null, "fix": null},
        ]
    });
    assert_eq!(report, expected, "{}", run.stdout);
    assert_positions(&root(), &report);
}

/// The MDX fixture: `{/* … */}` directives work, also inside a component; one in a code block
/// is text; unused and misspelled ones are reported.
#[test]
fn page_mdx_findings() {
    let run = run(&[
        "check",
        "--format",
        "json",
        "fixtures/suppressions/page.mdx",
    ]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(&root(), &report);
    let got: Vec<(usize, String, String)> = findings(&report)
        .iter()
        .map(|f| {
            (
                usize::try_from(f["line"].as_u64().expect("line")).expect("fits"),
                f["rule"].as_str().expect("rule").to_string(),
                f["matched"].as_str().expect("matched").to_string(),
            )
        })
        .collect();
    let expected: Vec<(usize, String, String)> = [
        (6, "brand-name", "Byteharbor"),
        (9, "banned-term", "synergy"),
        (
            21,
            "invalid-suppression",
            "{/* onmessage-disable-nextline */}",
        ),
        (22, "banned-term", "synergy"),
        (
            24,
            "unused-suppression",
            "{/* onmessage-disable-next-line brand-name */}",
        ),
    ]
    .iter()
    .map(|(l, r, m)| (*l, r.to_string(), m.to_string()))
    .collect();
    assert_eq!(got, expected, "{}", run.stdout);
    assert_eq!(
        findings(&report)[2]["suggestion"],
        json!("{/* onmessage-disable-next-line */}")
    );
}

/// Files whose every suppression is used report nothing at any level, while the same texts
/// without their directives do report findings (so the directives are what keeps them clean).
#[test]
fn clean_files_report_nothing_and_would_without_their_directives() {
    for name in ["clean.md", "clean.mdx", "sheets/legacy.md"] {
        let path = format!("{FIXTURE}/{name}");
        let run = run(&["check", "--format", "json", "--fail-on", "info", &path]);
        run.expect_code(0);
        let report = run.json();
        assert_eq!(report["files_checked"], json!(1), "{name}");
        assert!(
            findings(&report).is_empty(),
            "{name} has findings:\n{}",
            run.stdout
        );

        let text = std::fs::read_to_string(root().join(&path)).expect("read the fixture");
        let without: String = text
            .lines()
            .filter(|line| !line.contains("onmessage-"))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_ne!(without, text, "{name} has directives");
        let bare = check_snippet(name, &without);
        assert!(
            !findings(&bare).is_empty(),
            "{name} without its directives should report findings"
        );
        assert!(
            findings(&bare).iter().all(|f| !f["rule"]
                .as_str()
                .unwrap_or_default()
                .ends_with("-suppression")),
            "{name} without directives: {bare}"
        );
    }
}

/// A file-level finding (missing-benefit: the sheets/ channel requires the benefit) is silenced
/// only by `disable-file`; `disable-file banned-term` leaves it.
#[test]
fn file_level_findings_and_disable_file() {
    let run = run(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "fixtures/suppressions/sheets",
    ]);
    run.expect_code(0);
    let report = run.json();
    assert_eq!(report["files_checked"], json!(2));
    assert_eq!(
        common::triples(&report),
        common::owned(&[(
            "fixtures/suppressions/sheets/fires.md",
            "missing-benefit",
            ""
        )])
    );
}

// ---------------------------------------------------------------------------------------------
// Directive semantics, one text per row

struct Case {
    what: &'static str,
    /// The name the text is checked as, inside fixtures/suppressions/.
    name: &'static str,
    text: &'static str,
    /// (line, rule) of every finding, in report order.
    expected: &'static [(usize, &'static str)],
}

const BANNED: &str = "banned-term";
const BRAND: &str = "brand-name";
const UNUSED: &str = "unused-suppression";
const INVALID: &str = "invalid-suppression";

const CASES: &[Case] = &[
    Case {
        what: "next-line skips blank lines and covers only the next non-blank line",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term -->\n\n\nOur synergy.\nOur synergy.\n",
        expected: &[(5, BANNED)],
    },
    Case {
        what: "next-line with one rule leaves the other rules",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term -->\nOur Byteharbor synergy.\n",
        expected: &[(2, BRAND)],
    },
    Case {
        what: "rules separated by spaces",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term brand-name -->\nOur Byteharbor synergy.\n",
        expected: &[],
    },
    Case {
        what: "rules separated by a comma without a space",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term,brand-name -->\nOur Byteharbor synergy.\n",
        expected: &[],
    },
    Case {
        what: "no rule named: every rule, on the next line only",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line -->\nOur Byteharbor synergy.\nOur synergy.\n",
        expected: &[(3, BANNED)],
    },
    Case {
        what: "a comment without spaces around its words",
        name: "s.md",
        text: "<!--onmessage-disable-next-line banned-term-->\nOur synergy.\n",
        expected: &[],
    },
    Case {
        what: "a comment over several lines covers the line after its end",
        name: "s.md",
        text: "<!--\n  onmessage-disable-next-line\n  banned-term\n-->\nOur synergy.\nOur synergy.\n",
        expected: &[(6, BANNED)],
    },
    Case {
        what: "a range runs from disable to enable",
        name: "s.md",
        text: "Synergy before.\n<!-- onmessage-disable banned-term -->\nSynergy in.\n\nSynergy in.\n<!-- onmessage-enable -->\nSynergy after.\n",
        expected: &[(1, BANNED), (7, BANNED)],
    },
    Case {
        what: "a range without enable runs to the end of the file",
        name: "s.md",
        text: "Synergy.\n<!-- onmessage-disable -->\nSynergy.\n\nByteharbor.\n",
        expected: &[(1, BANNED)],
    },
    Case {
        what: "disable-file covers lines before it too",
        name: "s.md",
        text: "Synergy first.\nByteharbor.\n<!-- onmessage-disable-file -->\n",
        expected: &[],
    },
    Case {
        what: "disable-file naming a rule leaves the others",
        name: "s.md",
        text: "<!-- onmessage-disable-file brand-name -->\nByteharbor synergy.\n",
        expected: &[(2, BANNED)],
    },
    Case {
        what: "a match over two lines is suppressed by the line where it starts",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term -->\nA paradigm\nshift.\n",
        expected: &[],
    },
    Case {
        what: "… and not by the line where it ends",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term --> A paradigm\nshift.\n",
        expected: &[(1, UNUSED), (1, BANNED)],
    },
    Case {
        what: "in a blockquote",
        name: "s.md",
        text: "> <!-- onmessage-disable-next-line -->\n> Our synergy.\n",
        expected: &[],
    },
    Case {
        what: "a comment in a fenced code block is not a suppression",
        name: "s.md",
        text: "```\n<!-- onmessage-disable-file -->\n```\nSynergy.\n",
        expected: &[(4, BANNED)],
    },
    Case {
        what: "a comment in an indented code block is not a suppression",
        name: "s.md",
        text: "Intro.\n\n    <!-- onmessage-disable-file -->\n\nSynergy.\n",
        expected: &[(5, BANNED)],
    },
    Case {
        what: "a comment in inline code is not a suppression",
        name: "s.md",
        text: "Write `<!-- onmessage-disable-file -->` to skip a file.\nSynergy.\n",
        expected: &[(2, BANNED)],
    },
    Case {
        what: "a misspelled directive in code is not reported either",
        name: "s.md",
        text: "```html\n<!-- onmessage-disable-nextline -->\n```\n",
        expected: &[],
    },
    Case {
        what: "next-line at the end of the file silences nothing",
        name: "s.md",
        text: "Fine.\n<!-- onmessage-disable-next-line -->\n",
        expected: &[(2, UNUSED)],
    },
    Case {
        what: "disable-file for a rule that never fires",
        name: "s.md",
        text: "<!-- onmessage-disable-file banned-term -->\nFine.\n",
        expected: &[(1, UNUSED)],
    },
    Case {
        what: "a range for the wrong rule",
        name: "s.md",
        text: "<!-- onmessage-disable brand-name -->\nSynergy.\n<!-- onmessage-enable -->\n",
        expected: &[(1, UNUSED), (2, BANNED)],
    },
    Case {
        what: "an unknown rule makes the whole directive invalid: nothing is suppressed",
        name: "s.md",
        text: "<!-- onmessage-disable-next-line banned-term, brand-nmae -->\nByteharbor synergy.\n",
        expected: &[(1, INVALID), (2, BRAND), (2, BANNED)],
    },
    Case {
        what: "a misspelled directive suppresses nothing",
        name: "s.md",
        text: "<!-- onmessage-disable-nextline -->\nSynergy.\n",
        expected: &[(1, INVALID), (2, BANNED)],
    },
    Case {
        what: "MDX: next-line in an expression comment",
        name: "s.mdx",
        text: "{/* onmessage-disable-next-line banned-term */}\nSynergy.\nSynergy.\n",
        expected: &[(3, BANNED)],
    },
    Case {
        what: "MDX: a range and disable-file",
        name: "s.mdx",
        text: "{/* onmessage-disable brand-name */}\nByteharbor.\n{/* onmessage-enable */}\nByteharbor.\n\n{/* onmessage-disable-file banned-term */}\nSynergy.\n",
        expected: &[(4, BRAND)],
    },
    Case {
        what: "MDX: an HTML comment is not a suppression",
        name: "s.mdx",
        text: "<!-- onmessage-disable-next-line banned-term -->\nSynergy.\n",
        expected: &[(2, BANNED)],
    },
    Case {
        what: "MDX: an expression comment in inline code is not a suppression",
        name: "s.mdx",
        text: "Write `{/* onmessage-disable-file */}` to skip a file.\nSynergy.\n",
        expected: &[(2, BANNED)],
    },
    Case {
        what: "MDX: an expression comment in a code block is not a suppression",
        name: "s.mdx",
        text: "```mdx\n{/* onmessage-disable-file */}\n```\n\nSynergy.\n",
        expected: &[(5, BANNED)],
    },
    Case {
        what: "Markdown: an MDX expression comment is not a suppression",
        name: "s.md",
        text: "{/* onmessage-disable-next-line banned-term */}\nSynergy.\n",
        expected: &[(2, BANNED)],
    },
];

#[test]
fn directive_semantics() {
    let mut failures = Vec::new();
    for case in CASES {
        let report = check_snippet(case.name, case.text);
        let got = lines_and_rules(&report);
        let expected: Vec<(usize, String)> = case
            .expected
            .iter()
            .map(|(l, r)| (*l, r.to_string()))
            .collect();
        if got != expected {
            failures.push(format!(
                "{} ({}):\n{}\n  expected {expected:?}\n  got      {got:?}",
                case.what, case.name, case.text
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `enable` naming one rule of a `disable` that named two ends that rule's range only: the
/// other rule stays disabled.
#[test]
fn enable_naming_one_rule_keeps_the_others_disabled() {
    let text = "<!-- onmessage-disable banned-term, brand-name -->\nByteharbor synergy.\n<!-- onmessage-enable banned-term -->\nByteharbor synergy.\n";
    let report = check_snippet("s.md", text);
    assert_eq!(
        lines_and_rules(&report),
        [(4, BANNED.to_string())],
        "brand-name must stay disabled after `onmessage-enable banned-term`"
    );
}

/// (file name, the comment, expected message, expected suggestion: the whole comment, corrected).
const INVALID_CASES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "s.md",
        "<!-- onmessage-disable-nextline banned-term -->",
        "`onmessage-disable-nextline` is not a suppression directive",
        Some("<!-- onmessage-disable-next-line banned-term -->"),
    ),
    (
        "s.md",
        "<!-- onmessage-disabel -->",
        "`onmessage-disabel` is not a suppression directive",
        Some("<!-- onmessage-disable -->"),
    ),
    (
        "s.md",
        "<!-- onmessage-enabled -->",
        "`onmessage-enabled` is not a suppression directive",
        Some("<!-- onmessage-enable -->"),
    ),
    (
        "s.md",
        "<!-- onmessage-disable-files -->",
        "`onmessage-disable-files` is not a suppression directive",
        Some("<!-- onmessage-disable-file -->"),
    ),
    (
        "s.md",
        "<!--onmessage-disable-nextline-->",
        "`onmessage-disable-nextline` is not a suppression directive",
        Some("<!--onmessage-disable-next-line-->"),
    ),
    (
        "s.md",
        "<!-- onmessage-disable banned-terms, brand-name -->",
        "unknown rule `banned-terms` in `onmessage-disable`",
        Some("<!-- onmessage-disable banned-term, brand-name -->"),
    ),
    (
        "s.md",
        "<!-- onmessage-disable-next-line brandname -->",
        "unknown rule `brandname` in `onmessage-disable-next-line`",
        Some("<!-- onmessage-disable-next-line brand-name -->"),
    ),
    (
        "s.md",
        "<!-- onmessage-disable-file xyz -->",
        "unknown rule `xyz` in `onmessage-disable-file`",
        None,
    ),
    (
        "s.mdx",
        "{/* onmessage-disable-nextline */}",
        "`onmessage-disable-nextline` is not a suppression directive",
        Some("{/* onmessage-disable-next-line */}"),
    ),
    (
        "s.mdx",
        "{/* onmessage-disable-next-line banned-terms */}",
        "unknown rule `banned-terms` in `onmessage-disable-next-line`",
        Some("{/* onmessage-disable-next-line banned-term */}"),
    ),
];

#[test]
fn invalid_suppressions_suggest_the_corrected_comment() {
    let mut failures = Vec::new();
    for (name, comment, message, suggestion) in INVALID_CASES {
        let report = check_snippet(name, &format!("{comment}\nFine.\n"));
        let expected = json!([{
            "line": 1,
            "column": 1,
            "rule": "invalid-suppression",
            "severity": "error",
            "message": message,
            "matched": comment,
            "suggestion": suggestion,
            // A suggestion for a comment, never a fix: only term and phrase rules edit text.
            "fix": null,
        }]);
        let got: Vec<Value> = findings(&report)
            .iter()
            .map(|f| {
                json!({
                    "line": f["line"],
                    "column": f["column"],
                    "rule": f["rule"],
                    "severity": f["severity"],
                    "message": f["message"],
                    "matched": f["matched"],
                    "suggestion": f["suggestion"],
                    "fix": f["fix"],
                })
            })
            .collect();
        if Value::Array(got.clone()) != expected {
            failures.push(format!(
                "{comment}:\n  expected {expected}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The two rules about suppressions cannot themselves be suppressed, and the finding should say
/// so without a "fix" that repeats the comment unchanged.
#[test]
fn naming_a_suppression_rule_is_not_answered_with_the_same_comment() {
    for rule in [UNUSED, INVALID] {
        let comment = format!("<!-- onmessage-disable-next-line {rule} -->");
        let report = check_snippet("s.md", &format!("{comment}\nFine.\n"));
        let all = findings(&report);
        assert_eq!(all.len(), 1, "{comment}: {report}");
        let finding = &all[0];
        assert_eq!(finding["rule"], json!(INVALID), "{comment}");
        assert_ne!(
            finding["suggestion"],
            json!(comment),
            "{comment}: the suggested fix is the comment itself"
        );
    }
}

/// The guide's `rules:` sets the two rules' levels like any other rule's.
#[test]
fn suppression_rules_follow_the_guide_levels() {
    let dir = common::git_tempdir();
    common::write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - term: synergy\nrules:\n  unused-suppression: off\n  invalid-suppression: warning\n",
    );
    common::write(
        dir.path(),
        "a.md",
        "<!-- onmessage-disable-next-line -->\nFine.\n<!-- onmessage-disable-nextline -->\nSynergy.\n",
    );
    let run = common::run_in(dir.path(), &["check", "--format", "json", "a.md"]);
    run.expect_code(1);
    let got: Vec<(String, String)> = findings(&run.json())
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (INVALID.to_string(), "warning".to_string()),
            (BANNED.to_string(), "error".to_string()),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The rules in `rules`, `explain`, SARIF and the human report

#[test]
fn suppression_rules_are_listed_explained_and_in_sarif() {
    let rules = run(&["rules"]);
    rules.expect_code(0);
    for (id, level) in [(UNUSED, "info"), (INVALID, "error")] {
        let line = rules
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap_or_else(|| panic!("`onmessage rules` lists {id}:\n{}", rules.stdout));
        assert_eq!(
            line.split_whitespace().nth(1),
            Some(level),
            "default level of {id}"
        );

        let explain = run(&["explain", id]);
        explain.expect_code(0);
        assert!(
            explain
                .stdout
                .starts_with(&format!("{id} (default: {level})")),
            "{}",
            explain.stdout
        );
        for section in ["What it does", "Why it matters", "Example"] {
            assert!(explain.stdout.contains(section), "{id}: {section}");
        }
        assert!(explain.stdout.contains("onmessage-disable"), "{id}");
    }

    let sarif = run(&[
        "check",
        "--format",
        "sarif",
        "fixtures/suppressions/fires.md",
    ]);
    sarif.expect_code(1);
    let log = sarif.json();
    let driver_rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("driver rules");
    for (id, level) in [(UNUSED, "note"), (INVALID, "error")] {
        let rule = driver_rules
            .iter()
            .find(|r| r["id"] == json!(id))
            .unwrap_or_else(|| panic!("{id} in the SARIF driver"));
        assert_eq!(rule["defaultConfiguration"]["level"], json!(level), "{id}");
        assert!(rule["help"]["text"].is_string(), "{id} has help");
    }
    let result_rules: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .filter(|id| id.ends_with("-suppression"))
        .collect();
    assert_eq!(result_rules, [UNUSED, INVALID, INVALID]);
}

#[test]
fn fires_md_human() {
    let run = run(&[
        "check",
        "--color",
        "never",
        "fixtures/suppressions/fires.md",
    ]);
    run.expect_code(1);
    insta::assert_snapshot!("suppressions_fires_human", run.stdout);
}
