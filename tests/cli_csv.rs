//! `check --format csv`: one row per finding for spreadsheets, with the same positions, rules
//! and fixes as the JSON output, quoted by RFC 4180 and with formula cells defused.

mod common;

use common::{run_in, write};

const GUIDE: &str = r#"version: 1
brand:
  names: [Acme Cloud]
banned:
  - term: synergy
    reason: "Say what works together, and how"
"#;

#[test]
fn each_finding_is_a_row_matching_the_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", GUIDE);
    write(
        dir.path(),
        "pitch.md",
        "# Pitch\n\nOur synergy, as acme cloud users say, is \"great\".\n",
    );
    // A file name a spreadsheet would run as a formula.
    write(dir.path(), "=cmd.md", "The synergy is real.\n");
    let csv = run_in(dir.path(), &["check", "--format", "csv"]);
    csv.expect_code(1);
    let rows: Vec<&str> = csv.stdout.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(
        rows[0],
        "path,line,column,end_line,end_column,rule,severity,message,matched,suggestion,fix,location"
    );
    let json = run_in(dir.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let findings = report["findings"].as_array().expect("findings");
    assert_eq!(rows.len(), findings.len() + 1, "{}", csv.stdout);
    let brand = findings
        .iter()
        .find(|f| f["rule"] == "brand-name")
        .expect("a brand-name finding");
    let brand_row = rows
        .iter()
        .find(|r| r.contains(",brand-name,"))
        .expect("row");
    assert!(
        brand_row.starts_with(&format!(
            "pitch.md,{},{},{},{},brand-name,{},",
            brand["line"],
            brand["column"],
            brand["end_line"],
            brand["end_column"],
            brand["severity"].as_str().unwrap_or("")
        )),
        "{brand_row}"
    );
    assert!(
        brand_row.ends_with(",acme cloud,Acme Cloud,safe,"),
        "{brand_row}"
    );
    // The message holds quotes: the cell is quoted and they are doubled.
    let banned_row = rows
        .iter()
        .find(|r| r.starts_with("pitch.md,") && r.contains(",banned-term,"))
        .expect("row");
    assert!(
        banned_row
            .contains(",\"\"\"synergy\"\" is banned: Say what works together, and how\",synergy,"),
        "{banned_row}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("'=cmd.md,1,5,")),
        "{}",
        csv.stdout
    );
    // The summary is for the person, not the spreadsheet.
    assert!(
        csv.stderr.contains("3 errors in 2 of 2 files"),
        "{}",
        csv.stderr
    );
    assert!(!csv.stdout.contains("files"), "{}", csv.stdout);
}

#[test]
fn a_clean_run_is_the_header_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "ok.md", "Acme Cloud keeps teams in step.\n");
    let csv = run_in(dir.path(), &["check", "--format", "csv"]);
    csv.expect_code(0);
    assert_eq!(
        csv.stdout,
        "path,line,column,end_line,end_column,rule,severity,message,matched,suggestion,fix,location\r\n"
    );
}
