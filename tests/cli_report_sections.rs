//! `onmessage report`: the claims and requirements sections, from the built binary, on
//! fixtures/report/claims, whose figures are worked out by hand.

mod common;

use common::run;
use serde_json::{json, Value};

const DIR: &str = "fixtures/report/claims";

fn path(name: &str) -> String {
    format!("{DIR}/blog/{name}")
}

fn section() -> Value {
    let report = run(&["report", DIR, "--format", "json"]);
    report.expect_code(0);
    report.json()["sections"][0].clone()
}

/// The figures of fixtures/report/claims (approved: "1B+ updates", "50M+ devices", "30-day
/// returns"):
/// - a.md states "1B+ updates" (approved) and "12.5 million updates" (conflicts);
/// - b.md states "12.5 million updates" and "480 million updates" (both conflict) and "$500"
///   (nobody approved it);
/// - c.md states "1 billion updates": the approved figure in other words.
///
/// So `update`: "1B+ updates" approved in 2 files (a, c), "12.5 million updates" in 2 (a, b),
/// "480 million updates" in 1 (b); `$`: "$500" unapproved in 1 (b). The unit with conflicts
/// comes first; "50M+ devices" and "30-day returns" are stated nowhere.
#[test]
fn claims_per_unit_with_the_stale_ones_and_the_unused_approved() {
    let claims = &section()["claims"];
    let figure = |figure: &str, status: &str, files: &[&str], uses: u64| {
        json!({
            "figure": figure, "status": status, "files": files.len(), "uses": uses,
            "in_files": files.iter().map(|f| path(f)).collect::<Vec<_>>(),
        })
    };
    let expected = json!({
        "units": [
            {"unit": "update", "figures": [
                figure("1B+ updates", "approved", &["a.md", "c.md"], 2),
                figure("12.5 million updates", "conflicting", &["a.md", "b.md"], 2),
                figure("480 million updates", "conflicting", &["b.md"], 1),
            ]},
            {"unit": "$", "figures": [figure("$500", "unapproved", &["b.md"], 1)]},
        ],
        "unused_approved": ["50M+ devices", "30-day returns"],
    });
    assert_eq!(claims, &expected);
}

/// The blog channel requires the benefit ("without fear") and a call to action ("Start a
/// trial"), within 15 words. Prose words (headings count; "12.5" is two words):
/// - a.md: 3 + 7 + 9 = 19 words, neither benefit nor call to action. E = 1 (conflict), N = 2
///   (missing-benefit, missing-cta): P = 5·100/19 = 26.3 ≥ 10, language 0; 0 of 2: score 0.
/// - b.md: 4 + 14 + 9 = 27 words, the call to action only. E = 2, N = 2 (missing-benefit,
///   unapproved-claim): language 0; 1 of 2: score 0.4·100·1/2 = 20.
/// - c.md: 4 + 10 = 14 words, the benefit only. N = 1 (missing-cta): P = 100/14 = 7.14;
///   language = 100·(1 − 0.714) = 28.6; score = 0.6·28.57 + 20 = 37.1.
///
/// benefit: a, b fail (2 of 3); cta: a, c (2 of 3); max_words 15: a (19), b (27).
#[test]
fn requirements_count_the_failing_files_per_channel_lowest_first() {
    let requirements = &section()["requirements"];
    let failing = |requirement: &str, files: &[(&str, f64)]| {
        json!({
            "requirement": requirement, "failing": files.len(),
            "worst_files": files.iter()
                .map(|(f, score)| json!({"path": path(f), "score": score}))
                .collect::<Vec<_>>(),
        })
    };
    let expected = json!([{
        "channel": "blog", "files": 3,
        "requirements": [
            failing("benefit", &[("a.md", 0.0), ("b.md", 20.0)]),
            failing("cta", &[("a.md", 0.0), ("c.md", 37.1)]),
            failing("max_words: 15", &[("a.md", 0.0), ("b.md", 20.0)]),
        ],
    }]);
    assert_eq!(requirements, &expected);
    let words: Vec<u64> = section()["files"]
        .as_array()
        .map(|files| files.iter().filter_map(|f| f["words"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(words, [19, 27, 14]);
}

#[test]
fn markdown_and_html_show_both_sections() {
    let md = run(&["report", DIR]);
    md.expect_code(0);
    for line in [
        "#### Claims",
        "| update | \"12.5 million updates\" | **conflicts** | 2 | 2 | fixtures/report/claims/blog/a.md, fixtures/report/claims/blog/b.md |",
        "| $ | \"$500\" | **unapproved** | 1 | 1 | fixtures/report/claims/blog/b.md |",
        "- \"30-day returns\"",
        "#### Requirements",
        "| blog | `cta` | 2 of 3 | 66.7% | fixtures/report/claims/blog/a.md (0.0), fixtures/report/claims/blog/c.md (37.1) |",
        "| blog | `max_words: 15` | 2 of 3 | 66.7% |",
    ] {
        assert!(md.stdout.contains(line), "{line}\n{}", md.stdout);
    }
    let html = run(&["report", DIR, "--format", "html"]);
    html.expect_code(0);
    assert!(html.stdout.contains("id=\"claims-0\""), "{}", html.stdout);
    assert!(html.stdout.contains("id=\"requirements-0\""));
    assert!(html.stdout.contains("12.5 million updates"));
    assert!(html.stdout.contains("max_words: 15"));
}

/// A guide without claims or requirements shows neither section.
#[test]
fn no_claims_and_no_requirements_show_no_section() {
    let md = run(&["report", "fixtures/report/escaping"]);
    md.expect_code(0);
    assert!(!md.stdout.contains("#### Claims"), "{}", md.stdout);
}

/// Every post under one chain of single folders (`apps/web/blog/`), then a folder per language:
/// the Folders table starts where the tree branches; `--depth 1` folds it back to `apps`.
#[test]
fn folders_start_where_the_tree_branches_or_at_depth() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    common::write(root, "message-guide.yml", "version: 1\n");
    common::write(root, "apps/web/blog/en/a.md", "Our laptops ship today.\n");
    common::write(root, "apps/web/blog/en/b.md", "Every order ships today.\n");
    common::write(root, "apps/web/blog/de/c.md", "Unsere Laptops sind da.\n");
    let folders = |args: &[&str]| -> Vec<(String, u64)> {
        let mut all = vec!["report", "--format", "json"];
        all.extend_from_slice(args);
        let report = common::run_in(root, &all);
        report.expect_code(0);
        report.json()["sections"][0]["folders"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|f| {
                        let name = f["name"].as_str().unwrap_or_default().to_string();
                        (name, f["files"].as_u64().unwrap_or_default())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        folders(&[]),
        [
            ("apps/web/blog/de".to_string(), 1),
            ("apps/web/blog/en".to_string(), 2)
        ]
    );
    assert_eq!(folders(&["--depth", "1"]), [("apps".to_string(), 3)]);
    assert_eq!(
        folders(&["--depth", "9"]),
        [
            ("apps/web/blog/de".to_string(), 1),
            ("apps/web/blog/en".to_string(), 2)
        ]
    );
    let zero = common::run_in(root, &["report", "--depth", "0"]);
    zero.expect_code(2);
}
