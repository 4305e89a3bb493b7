//! The README's annotated guide is a real guide: it loads without an error or a warning, and
//! its entries do what the comments beside them say. A README example that drifts from the
//! guide format fails here.

mod common;

use common::{findings, git_tempdir, root, run_in, write};

/// The first YAML block of the README that starts with `version: 1` and `extends:`.
fn readme_guide() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let open = "```yaml\nversion: 1\nextends:";
    let start = readme.find(open).expect("the README shows a full guide") + "```yaml\n".len();
    let end = readme[start..].find("```").expect("the block closes") + start;
    readme[start..end].to_string()
}

#[test]
fn the_readme_guide_loads_and_its_comments_hold() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", readme_guide());
    // The override's folder exists, so its glob matches something and no warning is due.
    write(
        dir.path(),
        "handbook/leave.md",
        "We offer 12 weeks of paid leave to 500+ customers.\n",
    );
    write(
        dir.path(),
        "campaigns/launch.md",
        "Our synergy is seamless. Our team has no bandwidth for new projects.\n",
    );
    // One sense per document: the literal sense is another page's.
    write(
        dir.path(),
        "campaigns/offline.md",
        "It saves bandwidth on metered connections.\n",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(1);
    assert!(
        !run.stderr.contains("warning") && !run.stderr.contains("invalid_guide"),
        "{}",
        run.stderr
    );
    let got: Vec<(String, String, String)> = findings(&run.json())
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("path"), s("rule"), s("matched"))
        })
        .collect();
    let has = |path: &str, rule: &str, matched: &str| {
        got.iter()
            .any(|(p, r, m)| p.ends_with(path) && r == rule && m == matched)
    };
    // `synergy` is banned; `seamless` is excepted from `hype`; `bandwidth` is quiet in the page
    // that says "metered" and reported in the other.
    assert!(has("launch.md", "banned-term", "synergy"), "{got:?}");
    assert!(!got.iter().any(|(_, _, m)| m == "seamless"), "{got:?}");
    assert_eq!(
        got.iter()
            .filter(|(_, r, m)| r == "banned-term" && m == "bandwidth")
            .count(),
        1,
        "{got:?}"
    );
    // The override turns unapproved-claim off in the handbook.
    assert!(
        !got.iter()
            .any(|(p, r, _)| p.ends_with("leave.md") && r == "unapproved-claim"),
        "{got:?}"
    );
}
