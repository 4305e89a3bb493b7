//! `report --by KEY`, `--dates git` and `--format csv`: files grouped by who wrote them, their
//! tags, any front-matter key or the month of their date, on small real-looking posts whose
//! figures are checked against the per-file figures the same report gives.

mod common;

use common::{finish, git_in, git_in_env, init_git_repo, onmessage_in_repo, run_in, write, Run};
use serde_json::Value;

const GUIDE: &str = r#"version: 1
benefit:
  statement: Payroll you never worry about.
  expressions: [peace of mind]
banned:
  - term: synergy
channels:
  blog:
    paths: ["posts/**"]
  sales:
    paths: ["sales/**"]
    team: sales
"#;

const LAUNCH: &str = "---\ntitle: Launch week\nauthor: Ana Díaz\ndate: 2024-03-05\ntags: [launch, pricing]\n---\n# Launch week\n\nThe synergy between payroll and benefits gives every owner peace of mind at the end of the month.\n";
const UPDATE: &str = "---\ntitle: Pricing update\nauthor: Bo Lind\ndate: 2024-04-12T09:30:00Z\ntags: pricing\n---\n# Pricing update\n\nPlans now start lower, and every plan still gives owners peace of mind on payday.\n";
const CALL: &str = "# Discovery call\n\nAsk how they run payroll today and what keeps them up at night before payday.\n";
/// A file whose front matter a spreadsheet would run as formulas if written as is.
const HOSTILE: &str = "---\nauthor: \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"\ndate: 2024-04-30\ntags: [\"-2+3\", \"a, b\"]\n---\nWe publish new guides for owners every week of the year.\n";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "posts/launch.md", LAUNCH);
    write(dir.path(), "posts/update.md", UPDATE);
    write(dir.path(), "sales/call.md", CALL);
    dir
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

/// The word-weighted mean of the file scores of `paths`, to one decimal, as the report says.
fn weighted(files: &[Value], paths: &[&str]) -> f64 {
    let (mut sum, mut words) = (0.0, 0.0);
    for f in files
        .iter()
        .filter(|f| paths.contains(&f["path"].as_str().unwrap_or("")))
    {
        let w = f["words"].as_f64().unwrap_or(0.0);
        sum += f["score"].as_f64().unwrap_or(0.0) * w;
        words += w;
    }
    (sum / words * 10.0).round() / 10.0
}

fn row<'a>(groups: &'a Value, name: &str) -> &'a Value {
    groups["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {groups}"))
}

#[test]
fn by_author_groups_files_and_files_without_one_come_last() {
    let dir = folder();
    let run = run_in(
        dir.path(),
        &["report", "--by", "author", "--format", "json"],
    );
    run.expect_code(0);
    let report = json(&run);
    let section = &report["sections"][0];
    let files = section["files"].as_array().expect("files");
    let groups = &section["groups"];
    assert_eq!(groups["by"], "author");
    let names: Vec<&str> = groups["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["Ana Díaz", "Bo Lind", "(none)"]);
    let ana = row(groups, "Ana Díaz");
    assert_eq!(
        (ana["files"].as_u64(), ana["errors"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        ana["score"].as_f64(),
        Some(weighted(files, &["posts/launch.md"]))
    );
    assert_eq!(ana["benefit"]["files_with_benefit"], 1);
    let none = row(groups, "(none)");
    assert_eq!(none["files"], 1);
    assert_eq!(none["channels"][0]["name"], "sales");
    // The file rows carry what the front matter says.
    let launch = files
        .iter()
        .find(|f| f["path"] == "posts/launch.md")
        .expect("launch");
    assert_eq!(launch["authors"][0], "Ana Díaz");
    assert_eq!(launch["date"], "2024-03-05");
    assert_eq!(launch["tags"], serde_json::json!(["launch", "pricing"]));
    let call = files
        .iter()
        .find(|f| f["path"] == "sales/call.md")
        .expect("call");
    assert!(
        call.get("authors").is_none() && call.get("date").is_none(),
        "{call}"
    );
}

#[test]
fn a_file_counts_in_each_of_its_tags() {
    let dir = folder();
    let run = run_in(dir.path(), &["report", "--by", "tag", "--format", "json"]);
    run.expect_code(0);
    let report = json(&run);
    let section = &report["sections"][0];
    let files = section["files"].as_array().expect("files");
    let groups = &section["groups"];
    let pricing = row(groups, "pricing");
    assert_eq!(pricing["files"], 2);
    assert_eq!(
        pricing["score"].as_f64(),
        Some(weighted(files, &["posts/launch.md", "posts/update.md"]))
    );
    assert_eq!(row(groups, "launch")["files"], 1);
    // Markdown shows the same table.
    let md = run_in(dir.path(), &["report", "--by", "tag"]);
    md.expect_code(0);
    assert!(md.stdout.contains("#### Groups"), "{}", md.stdout);
    assert!(
        md.stdout.contains("Files grouped by `tag`"),
        "{}",
        md.stdout
    );
    assert!(md.stdout.contains("| pricing | "), "{}", md.stdout);
}

#[test]
fn by_month_orders_months_and_draws_one_chart_per_channel() {
    let dir = folder();
    let run = run_in(dir.path(), &["report", "--by", "month", "--format", "json"]);
    run.expect_code(0);
    let groups = json(&run)["sections"][0]["groups"].clone();
    let names: Vec<String> = groups["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["name"].as_str().unwrap_or("").to_string())
        .collect();
    // An ISO date with a time is still April; the sales call has no date.
    assert_eq!(names, ["2024-03", "2024-04", "(none)"]);
    let html = run_in(dir.path(), &["report", "--by", "month", "--format", "html"]);
    html.expect_code(0);
    let page = &html.stdout;
    assert!(
        page.contains("aria-label=\"Score by month, per channel\""),
        "{page}"
    );
    assert!(page.contains("<figcaption>blog</figcaption>"), "{page}");
    // The sales channel has only an undated file: no panel for it.
    assert!(!page.contains("<figcaption>sales</figcaption>"), "{page}");
    assert!(!page.contains("<script"), "the page stays script-free");
}

#[test]
fn dates_from_git_replace_front_matter_dates() {
    let dir = folder();
    let repo = dir.path();
    init_git_repo(repo);
    git_in(repo, &["add", "posts/launch.md", "message-guide.yml"]);
    let old = [
        ("GIT_COMMITTER_DATE", "2023-01-15T12:00:00Z"),
        ("GIT_AUTHOR_DATE", "2023-01-15T12:00:00Z"),
    ];
    git_in_env(repo, &old, &["commit", "--quiet", "-m", "launch"]);
    git_in(repo, &["add", "posts/update.md", "sales/call.md"]);
    let new = [
        ("GIT_COMMITTER_DATE", "2023-02-20T12:00:00Z"),
        ("GIT_AUTHOR_DATE", "2023-02-20T12:00:00Z"),
    ];
    git_in_env(repo, &new, &["commit", "--quiet", "-m", "more"]);
    // Not committed: no git date, so no month.
    write(
        repo,
        "posts/draft.md",
        "---\ndate: 2024-05-01\n---\nA draft post about payroll for owners.\n",
    );
    let run = finish(
        onmessage_in_repo(repo, repo)
            .args([
                "report", "--by", "month", "--dates", "git", "--format", "json",
            ])
            .output()
            .expect("onmessage can be started"),
    );
    run.expect_code(0);
    let report = json(&run);
    let section = &report["sections"][0];
    let names: Vec<&str> = section["groups"]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["2023-01", "2023-02", "(none)"]);
    let files = section["files"].as_array().expect("files");
    let date = |path: &str| {
        files
            .iter()
            .find(|f| f["path"] == path)
            .map(|f| f["date"].clone())
    };
    assert_eq!(date("posts/launch.md"), Some(Value::from("2023-01-15")));
    assert_eq!(date("sales/call.md"), Some(Value::from("2023-02-20")));
    assert_eq!(date("posts/draft.md"), Some(Value::Null));
}

#[test]
fn dates_from_git_outside_a_repository_and_an_empty_key_are_usage_errors() {
    let dir = folder();
    let run = finish(
        onmessage_in_repo(dir.path(), dir.path())
            .args(["report", "--dates", "git"])
            .output()
            .expect("onmessage can be started"),
    );
    run.expect_code(2);
    assert!(
        run.stderr.contains("--dates git needs a git repository"),
        "{}",
        run.stderr
    );
    let run = run_in(dir.path(), &["report", "--by", " "]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("--by needs a front-matter key"),
        "{}",
        run.stderr
    );
}

#[test]
fn csv_has_one_row_per_file_and_defuses_formulas() {
    let dir = folder();
    write(dir.path(), "posts/hostile.md", HOSTILE);
    let run = run_in(dir.path(), &["report", "--format", "csv"]);
    run.expect_code(0);
    let lines: Vec<&str> = run.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "guide,path,channel,team,folder,author,date,tags,words,score,language,errors,warnings,requirements,requirements_met"
    );
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    let report = json(&run_in(dir.path(), &["report", "--format", "json"]));
    let files = report["sections"][0]["files"]
        .as_array()
        .expect("files")
        .clone();
    let launch = files
        .iter()
        .find(|f| f["path"] == "posts/launch.md")
        .expect("launch");
    let launch_row = lines
        .iter()
        .find(|l| l.contains(",posts/launch.md,"))
        .expect("row");
    assert_eq!(
        *launch_row,
        format!(
            "message-guide.yml,posts/launch.md,blog,,posts,Ana Díaz,2024-03-05,launch; pricing,{},{:.1},{:.1},1,0,0,0",
            launch["words"],
            launch["score"].as_f64().unwrap_or(-1.0),
            launch["language"].as_f64().unwrap_or(-1.0)
        )
    );
    let call_row = lines
        .iter()
        .find(|l| l.contains(",sales/call.md,"))
        .expect("row");
    assert!(
        call_row.starts_with("message-guide.yml,sales/call.md,sales,sales,sales,,,,"),
        "{call_row}"
    );
    // The formula is shown, never run; the tag with a comma is quoted.
    let hostile = lines
        .iter()
        .find(|l| l.contains(",posts/hostile.md,"))
        .expect("row");
    assert!(
        hostile
            .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2024-04-30,\"'-2+3; a, b\","),
        "{hostile}"
    );
}

#[test]
fn groups_stay_out_of_the_report_without_by() {
    let dir = folder();
    let run = run_in(dir.path(), &["report", "--format", "json"]);
    run.expect_code(0);
    assert!(json(&run)["sections"][0].get("groups").is_none());
    let md = run_in(dir.path(), &["report"]);
    assert!(!md.stdout.contains("#### Groups"), "{}", md.stdout);
}
