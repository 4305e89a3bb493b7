//! The README's rule table is the registry's: the same ids, in the same order, at the same
//! default levels, with the same summaries. When a rule is added or changed, this test fails and
//! prints the table to paste under "## Rules".

mod common;

use common::root;
use onmessage::registry::RULES;
use onmessage::Level;

const HEADER: &str = "| id | default | what it reports |\n| --- | --- | --- |\n";

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "info",
        Level::Off => "off",
    }
}

/// The table as the registry says it should read.
fn expected_table() -> String {
    let rows: String = RULES
        .iter()
        .map(|r| {
            format!(
                "| `{}` | {} | {} |\n",
                r.id,
                level_name(r.default_level),
                r.summary
            )
        })
        .collect();
    format!("{HEADER}{rows}")
}

/// The README's table: the header line under "## Rules" and every table line after it.
fn readme_table() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = readme
        .split_once("\n## Rules\n")
        .map(|(_, rest)| rest)
        .expect("the README has a \"## Rules\" section");
    let start = section
        .find("| id |")
        .expect("the Rules section has a table");
    section[start..]
        .lines()
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn the_readme_rule_table_matches_the_registry() {
    let expected = expected_table();
    assert!(
        readme_table() == expected,
        "the README's rule table is out of date; paste this under \"## Rules\":\n\n{expected}"
    );
}
