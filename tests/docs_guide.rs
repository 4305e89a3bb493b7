//! `docs/writing-a-guide.md` shows real behaviour: every ```yaml block in it is a guide the real
//! loader accepts (with `version: 1` added, as the page says), and every `flagged (rule)` /
//! `not flagged` line in the ```text block right after one is what `check --stdin` does with
//! that guide. A page that drifts from the guide format or from the rules fails here.

mod common;

use common::{findings, git_tempdir, root, run_stdin_in, write};
use std::collections::BTreeSet;

const DOC: &str = "docs/writing-a-guide.md";

/// A fenced block of the page: its info string, the line of its opening fence, its body, and
/// whether only blank lines separate it from the block before.
struct Block {
    lang: String,
    line: usize,
    body: String,
    follows_previous: bool,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<Block> = None;
    let mut gap_is_blank = false;
    for (index, line) in text.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (Some(_), Some("")) => {
                blocks.extend(open.take());
                gap_is_blank = true;
            }
            (Some(block), _) => {
                block.body.push_str(line);
                block.body.push('\n');
            }
            (None, Some(lang)) => {
                open = Some(Block {
                    lang: lang.trim().to_string(),
                    line: index + 1,
                    body: String::new(),
                    follows_previous: gap_is_blank && !blocks.is_empty(),
                })
            }
            (None, None) => gap_is_blank &= line.trim().is_empty(),
        }
    }
    assert!(open.is_none(), "{DOC}: a fenced block never closes");
    blocks
}

/// One `flagged (rule, …) [in PATH]: sentence` or `not flagged [in PATH]: sentence` line.
#[derive(Debug)]
struct Expectation {
    line: usize,
    rules: BTreeSet<String>,
    path: String,
    sentence: String,
}

fn expectation(line: usize, text: &str) -> Expectation {
    let (head, sentence) = text
        .split_once(": ")
        .unwrap_or_else(|| panic!("{DOC}:{line}: expected `flagged (…): …` or `not flagged: …`"));
    let (verdict, path) = match head.split_once(" in ") {
        Some((verdict, path)) => (verdict, path.to_string()),
        None => (head, "example.md".to_string()),
    };
    let rules = if verdict == "not flagged" {
        BTreeSet::new()
    } else {
        let list = verdict
            .strip_prefix("flagged (")
            .and_then(|rest| rest.strip_suffix(')'))
            .unwrap_or_else(|| panic!("{DOC}:{line}: unknown verdict `{verdict}`"));
        list.split(", ").map(str::to_string).collect()
    };
    Expectation {
        line,
        rules,
        path,
        sentence: sentence.to_string(),
    }
}

/// The rules that report `sentence` in `path` under the guide in `dir`, or what went wrong.
fn rules_reported(
    dir: &std::path::Path,
    path: &str,
    sentence: &str,
) -> Result<BTreeSet<String>, String> {
    let run = run_stdin_in(
        dir,
        &[
            "check",
            "--stdin",
            "--stdin-filename",
            path,
            "--format",
            "json",
        ],
        format!("{sentence}\n"),
    );
    if run.code > 1 || !run.stderr.is_empty() {
        return Err(format!("exit {}, stderr:\n{}", run.code, run.stderr));
    }
    Ok(findings(&run.json())
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or_default().to_string())
        .collect())
}

#[test]
fn every_guide_snippet_loads_and_does_what_the_page_says() {
    let text = std::fs::read_to_string(root().join(DOC)).expect("the page exists");
    let blocks = blocks(&text);
    let mut failures = Vec::new();
    let (mut guides, mut checked) = (0, 0);
    for (index, block) in blocks.iter().enumerate() {
        if block.lang != "yaml" {
            continue;
        }
        guides += 1;
        let guide = if block.body.starts_with("version:") {
            block.body.clone()
        } else {
            format!("version: 1\n{}", block.body)
        };
        let expectations: Vec<Expectation> = match blocks.get(index + 1) {
            Some(next) if next.lang == "text" && next.follows_previous => next
                .body
                .lines()
                .enumerate()
                .map(|(n, line)| expectation(next.line + 1 + n, line))
                .collect(),
            _ => Vec::new(),
        };
        let dir = git_tempdir();
        write(dir.path(), "message-guide.yml", &guide);
        // The files the lines name exist, so an override's glob matches something.
        for e in &expectations {
            write(dir.path(), &e.path, format!("{}\n", e.sentence));
        }
        // The guide loads with no error and no warning.
        if let Err(problem) = rules_reported(dir.path(), "example.md", "") {
            failures.push(format!(
                "{DOC}:{}: the guide does not load: {problem}",
                block.line
            ));
            continue;
        }
        for e in &expectations {
            checked += 1;
            match rules_reported(dir.path(), &e.path, &e.sentence) {
                Ok(got) if got == e.rules => {}
                Ok(got) => failures.push(format!(
                    "{DOC}:{}: {:?} in {}: expected rules {:?}, got {got:?}",
                    e.line, e.sentence, e.path, e.rules
                )),
                Err(problem) => failures.push(format!("{DOC}:{}: {problem}", e.line)),
            }
        }
    }
    // The page keeps showing guides and their effects: a change to the line format that made
    // this test skip everything fails here.
    assert!(guides >= 10, "only {guides} yaml blocks found in {DOC}");
    assert!(
        checked >= 30,
        "only {checked} flagged/not flagged lines found in {DOC}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_readme_links_to_the_page() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    assert!(
        readme.contains(&format!("]({DOC})")),
        "README.md links to {DOC}"
    );
}
