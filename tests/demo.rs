//! The demo content folder (fixtures/demo, never modified by tests): a store's sales scripts,
//! sell sheets and campaigns checked against its message guide.

mod common;

use common::{assert_positions, owned, root, run, run_in, triples};

/// Every finding in the demo, read off the files by hand:
/// - back-to-school.md: "Core Forge" (split brand), "Cheap" (banned), "lowest prices guaranteed"
///   (banned pattern), "synergy" (jargon pack). `{{first_name}}` and the link are not prose.
/// - spring-sale.txt: "showroom" (use store), "SKU" (case-sensitive ban), "utilize" (exact ban).
/// - call-script.md: "leveraged", "clients", "Coreforge", "circle back". Not: the HTML comment,
///   `client_id`, the e-mail address, the fenced code block.
/// - pickup-checklist.md: nothing ("Client" is in front matter, "CoreForges" is a plural).
/// - walk-in-greeting.md, creator-desktops.md: nothing ("Byte Harbor's" is a possessive).
/// - gaming-laptops.md: "notebooks", "best-in-class", "cutting-edge", "Byte harbor". Not the
///   image path or the link destination.
/// - archive/old-flyer.md: ignored by the guide's `ignore: ["archive/**"]`.
const EXPECTED: &[(&str, &str, &str)] = &[
    ("campaigns/back-to-school.md", "brand-name", "Core Forge"),
    ("campaigns/back-to-school.md", "banned-term", "Cheap"),
    (
        "campaigns/back-to-school.md",
        "banned-term",
        "lowest prices guaranteed",
    ),
    ("campaigns/back-to-school.md", "banned-term", "synergy"),
    ("campaigns/spring-sale.txt", "preferred-term", "showroom"),
    ("campaigns/spring-sale.txt", "banned-term", "SKU"),
    ("campaigns/spring-sale.txt", "banned-term", "utilize"),
    ("sales/call-script.md", "banned-term", "leveraged"),
    ("sales/call-script.md", "preferred-term", "clients"),
    ("sales/call-script.md", "brand-name", "Coreforge"),
    ("sales/call-script.md", "banned-term", "circle back"),
    (
        "sell-sheets/gaming-laptops.md",
        "preferred-term",
        "notebooks",
    ),
    (
        "sell-sheets/gaming-laptops.md",
        "banned-term",
        "best-in-class",
    ),
    (
        "sell-sheets/gaming-laptops.md",
        "banned-term",
        "cutting-edge",
    ),
    ("sell-sheets/gaming-laptops.md", "brand-name", "Byte harbor"),
];

fn expected_with_prefix(prefix: &str) -> Vec<(String, String, String)> {
    owned(EXPECTED)
        .into_iter()
        .map(|(path, rule, matched)| (format!("{prefix}{path}"), rule, matched))
        .collect()
}

#[test]
fn demo_json_reports_exactly_the_expected_findings() {
    let run = run(&["check", "fixtures/demo", "--format", "json"]);
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["version"], 1);
    assert_eq!(report["files_checked"], 7, "eight files, archive/ ignored");
    assert_eq!(triples(&report), expected_with_prefix("fixtures/demo/"));
    assert_positions(&root(), &report);
    // preferred-term is a warning in this guide; everything else is an error.
    for finding in common::findings(&report) {
        let expected = if finding["rule"] == "preferred-term" {
            "warning"
        } else {
            "error"
        };
        assert_eq!(finding["severity"], expected, "{finding}");
    }
    assert_eq!(run.stderr, "");
}

/// archive/ is never reported, however the demo or the archive is reached.
#[test]
fn demo_archive_is_never_reported() {
    let demo = "fixtures/demo";
    let cases: &[(&str, &[&str], usize)] = &[
        // (working dir under the crate root, paths, files checked)
        (".", &["fixtures/demo"], 7),
        (".", &["./fixtures/demo/"], 7),
        (demo, &[], 7),
        (demo, &["."], 7),
        (".", &["fixtures/demo/archive"], 0),
        (".", &["fixtures/demo/archive/old-flyer.md"], 0),
        (".", &["./fixtures/demo/archive/old-flyer.md"], 0),
        (demo, &["archive/old-flyer.md"], 0),
        ("fixtures/demo/archive", &["."], 0),
        ("fixtures/demo/archive", &["old-flyer.md"], 0),
        ("fixtures/demo/sales", &[".."], 7),
        ("fixtures/demo/sales", &["../archive"], 0),
        ("fixtures/demo/sales", &["../archive/old-flyer.md"], 0),
    ];
    let mut failures = Vec::new();
    for (cwd, paths, files) in cases {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(paths);
        let run = run_in(root().join(cwd), &args);
        let report = run.json();
        let archived = triples(&report)
            .into_iter()
            .filter(|(path, _, _)| path.contains("archive/") || path.contains("old-flyer"))
            .count();
        if archived > 0 || report["files_checked"] != *files {
            failures.push(format!(
                "in {cwd}: onmessage {}: {} files checked (expected {files}), {archived} findings in archive/",
                args.join(" "),
                report["files_checked"],
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn demo_human() {
    let run = run(&["check", "fixtures/demo", "--color", "never"]);
    run.expect_code(1);
    assert!(
        run.stdout
            .ends_with("\n12 errors, 3 warnings in 4 of 7 files\n"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!("demo_human", run.stdout);
}
