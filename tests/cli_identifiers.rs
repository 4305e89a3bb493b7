//! Identifiers inside prose, end to end: package, repository and project names that hold a
//! brand or a term (`deploy-acme`, `tailwind-nimbus`, `@nimbus/app`), tokens a document writes
//! in code or a URL and then again in prose, and terms mentioned in quotation marks are never
//! reported, by any word rule, in Markdown, plain text or `--stdin`; a match inside a joined
//! token never gets a safe fix; overlapping brand near misses are reported once.

mod common;

use common::{git_tempdir, run, run_in, run_stdin_in, triples, write};
use serde_json::Value;
use std::fs;

const DIR: &str = "fixtures/identifiers";

/// (rule, matched, applicability of the fix or "none") of every finding, in report order.
fn findings(report: &Value) -> Vec<(String, String, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let applicability = f["fix"]["applicability"].as_str().unwrap_or("none");
            (
                f["rule"].as_str().unwrap_or_default().to_string(),
                f["matched"].as_str().unwrap_or_default().to_string(),
                applicability.to_string(),
            )
        })
        .collect()
}

fn owned(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn names_in_packages_repos_code_and_quotes_never_fire() {
    for file in ["clean.md", "clean.txt", "sheets/clean.md"] {
        let path = format!("{DIR}/{file}");
        let run = run(&["check", "--format", "json", "--fail-on", "info", &path]);
        assert_eq!(triples(&run.json()), vec![], "{path}:\n{}", run.stdout);
        run.expect_code(0);
    }
}

#[test]
fn prose_around_identifiers_still_fires_with_fixes_that_cannot_break_a_name() {
    let run = run(&["check", "--format", "json", &format!("{DIR}/fires.md")]);
    run.expect_code(1);
    assert_eq!(
        findings(&run.json()),
        owned(&[
            // A brand the writer capitalised wrongly inside a prose compound: reported, but the
            // fix touches a joined token, so it is never safe.
            ("brand-name", "Powerspec", "unsafe"),
            // A word all in lowercase may be an identifier: its case fix is unsafe.
            ("brand-name", "acme", "unsafe"),
            // One near miss of "Nimbus Cloud", not a second one for "Nimbus".
            ("brand-name", "Nimbsu Cloud", "unsafe"),
            ("preferred-term", "client", "safe"),
            ("audience-term", "epic", "none"),
            ("banned-term", "synergy", "unsafe"),
            ("preferred-term", "client", "unsafe"),
            ("preferred-term", "repo", "unsafe"),
            ("banned-term", "leverage", "unsafe"),
        ])
    );
}

#[test]
fn a_benefit_named_only_inside_a_package_name_is_not_stated() {
    let run = run(&[
        "check",
        "--format",
        "json",
        &format!("{DIR}/sheets/fires.md"),
    ]);
    assert_eq!(
        findings(&run.json()),
        owned(&[("missing-benefit", "", "none")])
    );
}

#[test]
fn stdin_agrees_with_files() {
    let dir = git_tempdir();
    let guide = fs::read_to_string(format!("{DIR}/message-guide.yml")).expect("fixture guide");
    write(dir.path(), "message-guide.yml", &guide);
    for (file, filename) in [("clean.md", "doc.md"), ("clean.txt", "doc.txt")] {
        let text = fs::read_to_string(format!("{DIR}/{file}")).expect("fixture");
        let run = run_stdin_in(
            dir.path(),
            &[
                "check",
                "--format",
                "json",
                "--fail-on",
                "info",
                "--stdin",
                "--stdin-filename",
                filename,
            ],
            text.clone(),
        );
        assert_eq!(triples(&run.json()), vec![], "{file}:\n{}", run.stdout);
        run.expect_code(0);
        // Without a file name the text is plain text: URLs and quotes still count.
        if file == "clean.txt" {
            let run = run_stdin_in(dir.path(), &["check", "--format", "json", "--stdin"], text);
            assert_eq!(triples(&run.json()), vec![], "{}", run.stdout);
        }
    }
}

#[test]
fn fix_never_rewrites_a_package_or_repository_name() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbrand:\n  names: [\"Nimbus\", \"Acme\", \"CoreForge\"]\nterms:\n  - {use: repository, instead_of: [repo]}\n",
    );
    let text = "Add tailwind-nimbus and nimbus-pay, then clone deploy-acme.\n\
                The repo-updater job and the Nimbus-pay widget run nightly; nimbus and Coreforge are ours.\n";
    write(dir.path(), "post.md", text);
    let run = run_in(dir.path(), &["check", "--format", "json", "post.md"]);
    assert_eq!(
        findings(&run.json()),
        owned(&[
            ("preferred-term", "repo", "unsafe"),
            ("brand-name", "nimbus", "unsafe"),
            ("brand-name", "Coreforge", "safe"),
        ]),
        "{}",
        run.stdout
    );
    run_in(dir.path(), &["check", "--fix", "post.md"]);
    let fixed = fs::read_to_string(dir.path().join("post.md")).expect("post.md");
    assert_eq!(
        fixed,
        text.replace("Coreforge are ours", "CoreForge are ours"),
        "only the whole-word brand in mixed case is fixed"
    );
}

#[test]
fn a_token_seen_in_code_is_an_identifier_in_every_word_rule() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbrand:\n  names: [\"Nimbus\"]\nbanned:\n  - {term: synergy}\n  - {pattern: 'leverag(e|ing)'}\nterms:\n  - {use: customer, instead_of: [client]}\n",
    );
    write(
        dir.path(),
        "post.md",
        "Run `synergy-sync` and `leveraging-kit`, then read [the guide](docs/client-api.md).\n\n\
         Next, synergy-sync copies the data, leveraging-kit checks it and client-api serves it.\n\
         Tailwind-Nimbus is not a package here, but the synergy is real.\n",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "post.md"]);
    assert_eq!(
        findings(&run.json()),
        owned(&[("banned-term", "synergy", "none")]),
        "{}",
        run.stdout
    );
}
