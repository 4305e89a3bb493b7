//! `onmessage test`'s output: a readable report with the per-rule table, JSON (version 1), and
//! JUnit XML for CI dashboards. Guide and file text is data: the table shows control
//! characters escaped ([`visible`]), JSON and XML escape them their own way.

use super::impact::{Baseline, GuideImpact};
use super::{CheckedFile, GuideTest};
use crate::finding::Finding;
use crate::report::escape::{to_json_pretty, visible};
use crate::report::scorecard::plural;
use serde_json::{json, Value};
use std::fmt::Write as _;

/// The JSON output's version: fields are only ever added.
pub const VERSION: u32 = 1;

fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"))
}

/// The human report: each failure with where it is, what was expected and what happened, the
/// per-rule table, and a last line saying whether everything passed.
pub fn table(test: &GuideTest) -> String {
    let mut out = String::new();
    let guide = visible(&test.guide);
    for (at, failure) in &test.entry_failures {
        let _ = writeln!(
            out,
            "{guide}:{}:{}: {}: {}\n  expected: {}\n  got:      {}",
            at.line,
            at.column,
            at.entry,
            visible(&failure.message),
            visible(&failure.expected),
            visible(&failure.actual)
        );
    }
    for (at, glob) in &test.unmatched {
        let _ = writeln!(
            out,
            "{guide}:{}:{}: {}: the calibration glob `{}` matches no file",
            at.line,
            at.column,
            at.entry,
            visible(glob)
        );
    }
    for file in &test.files {
        file_failures(&mut out, file);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "Entry tests: {} run, {} failed",
        test.entries_run,
        test.entry_failures.len()
    );
    let good = test.files.iter().filter(|f| f.file.good).count();
    let failed = test.files.iter().filter(|f| !f.outcome.passed()).count();
    let _ = writeln!(
        out,
        "Calibration: {} ({good} good, {} bad), {failed} failed",
        plural(test.files.len(), "file", "files"),
        test.files.len() - good
    );
    if !test.scores.is_empty() {
        let width = test
            .scores
            .iter()
            .map(|s| s.rule.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let _ = writeln!(
            out,
            "\n{:width$}  expected  found  missed  unexpected  precision  recall",
            "rule"
        );
        for s in &test.scores {
            let _ = writeln!(
                out,
                "{:width$}  {:>8}  {:>5}  {:>6}  {:>10}  {:>9}  {:>6}",
                s.rule,
                s.expected,
                s.found,
                s.missed,
                s.unexpected,
                ratio(s.precision),
                ratio(s.recall)
            );
        }
    }
    if let Some(impact) = &test.impact {
        out.push('\n');
        out.push_str(&impact_table(impact));
    }
    out.push_str(if test.passed() {
        "\nAll tests pass.\n"
    } else {
        "\nSome tests failed.\n"
    });
    out
}

fn file_failures(out: &mut String, file: &CheckedFile) {
    let name = visible(&file.display);
    let o = &file.outcome;
    if let Some(reason) = &o.unreadable {
        let _ = writeln!(out, "{name}: cannot be checked: {}", visible(reason));
    }
    for bad in &o.bad_comments {
        let _ = writeln!(
            out,
            "{name}:{}:{}: {}",
            bad.line,
            bad.column,
            visible(&bad.message)
        );
    }
    for e in &o.missed {
        let term = e
            .term
            .as_ref()
            .map(|t| format!(" \"{}\"", visible(t)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{name}:{}:{}: missed: `expect: {}{term}` has no finding to match (on line {})",
            e.line, e.column, e.rule, e.target
        );
    }
    for f in &o.unexpected {
        let place = if file.file.good {
            "in a good file"
        } else {
            "that no `expect:` names"
        };
        let _ = writeln!(
            out,
            "{name}:{}:{}: unexpected {} {place}: {} ({})",
            f.line,
            f.column,
            f.severity,
            visible(&f.message),
            f.rule
        );
    }
}

/// `--since`: the files that gain or lose findings with the guide change, each finding on a
/// line of its own (`+` gained, `-` lost).
fn impact_table(impact: &GuideImpact) -> String {
    let reference = visible(&impact.reference);
    let mut out = match &impact.baseline {
        Baseline::Unchanged => {
            return format!(
                "Guide change since {reference}: the guide is the same there; no file gains or loses a finding.\n"
            )
        }
        Baseline::Missing => format!(
            "Guide change since {reference}: the guide did not exist there; every finding is new.\n"
        ),
        Baseline::Invalid(why) => format!(
            "Guide change since {reference}: the guide there does not load ({}); every finding counts as new.\n",
            visible(why)
        ),
        Baseline::Compared if impact.files.is_empty() => {
            return format!(
                "Guide change since {reference}: no calibration file gains or loses a finding.\n"
            )
        }
        Baseline::Compared => format!(
            "Guide change since {reference}: {} gained, {} lost, in {}.\n",
            plural(impact.gained(), "finding", "findings"),
            impact.lost(),
            plural(impact.files.len(), "calibration file", "calibration files")
        ),
    };
    for file in &impact.files {
        let _ = writeln!(out, "{}", visible(&file.display));
        let lines = file.gained.iter().map(|f| ('+', f));
        for (sign, f) in lines.chain(file.lost.iter().map(|f| ('-', f))) {
            let _ = writeln!(
                out,
                "  {sign} {}:{}: {} {}: {}",
                f.line,
                f.column,
                f.severity,
                f.rule,
                visible(&f.message)
            );
        }
    }
    out
}

fn finding_json(f: &Finding) -> Value {
    json!({"line": f.line, "column": f.column, "rule": f.rule.as_str(),
           "severity": f.severity, "message": f.message, "matched": f.matched})
}

fn impact_json(impact: &GuideImpact) -> Value {
    let (baseline, reason) = match &impact.baseline {
        Baseline::Unchanged => ("unchanged", None),
        Baseline::Missing => ("missing", None),
        Baseline::Invalid(why) => ("invalid", Some(why)),
        Baseline::Compared => ("compared", None),
    };
    let files: Vec<Value> = impact
        .files
        .iter()
        .map(|file| {
            json!({"path": file.display,
                   "gained": file.gained.iter().map(finding_json).collect::<Vec<_>>(),
                   "lost": file.lost.iter().map(finding_json).collect::<Vec<_>>()})
        })
        .collect();
    json!({"ref": impact.reference, "baseline": baseline, "reason": reason,
           "gained": impact.gained(), "lost": impact.lost(), "files": files})
}

/// The whole result as one JSON object.
pub fn json(test: &GuideTest) -> serde_json::Result<String> {
    let entries: Vec<Value> = test
        .entry_failures
        .iter()
        .map(|(at, f)| {
            json!({"guide": test.guide, "line": at.line, "column": at.column, "entry": at.entry,
                   "message": f.message, "expected": f.expected, "actual": f.actual})
        })
        .collect();
    let unmatched: Vec<Value> = test
        .unmatched
        .iter()
        .map(|(at, glob)| {
            json!({"guide": test.guide, "line": at.line, "column": at.column, "entry": at.entry, "glob": glob})
        })
        .collect();
    let files: Vec<Value> = test
        .files
        .iter()
        .map(|file| {
            let o = &file.outcome;
            let expectation = |e: &super::expect::Expectation| {
                json!({"line": e.line, "column": e.column, "rule": e.rule.as_str(), "text": e.term, "target_line": e.target})
            };
            json!({
                "path": file.display,
                "good": file.file.good,
                "passed": o.passed(),
                "found": o.found.iter().map(|(e, _)| expectation(e)).collect::<Vec<_>>(),
                "missed": o.missed.iter().map(expectation).collect::<Vec<_>>(),
                "unexpected": o.unexpected.iter().map(finding_json).collect::<Vec<_>>(),
                "errors": o.bad_comments.iter().map(|b| json!({
                    "line": b.line, "column": b.column, "message": b.message})).collect::<Vec<_>>(),
                "unreadable": o.unreadable,
            })
        })
        .collect();
    let value = json!({
        "version": VERSION,
        "passed": test.passed(),
        "entries": {"run": test.entries_run, "failures": entries},
        "calibration": {"files": files, "unmatched_globs": unmatched, "rules": test.scores},
    });
    let mut value = value;
    if let Some(impact) = &test.impact {
        value["since"] = impact_json(impact);
    }
    to_json_pretty(&value).map(|text| text + "\n")
}

/// Text for an XML attribute or element: markup escaped, and the characters XML 1.0 cannot
/// carry at all (most controls) written visibly.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c if c.is_control() => out.push_str(&visible(&c.to_string())),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one suite for the entry tests (a case per failure, and one for those that
/// passed), one for the calibration files (a case per file).
pub fn junit(test: &GuideTest) -> String {
    let mut entries = String::new();
    for (at, f) in &test.entry_failures {
        let detail = format!("expected: {}\ngot: {}", f.expected, f.actual);
        let _ = writeln!(
            entries,
            "    <testcase classname=\"{}\" name=\"{}\"><failure message=\"{}\">{}:{}:{}: {}</failure></testcase>",
            xml_text(&test.guide),
            xml_text(&at.entry),
            xml_text(&f.message),
            xml_text(&test.guide),
            at.line,
            at.column,
            xml_text(&detail)
        );
    }
    for (at, glob) in &test.unmatched {
        let _ = writeln!(
            entries,
            "    <testcase classname=\"{}\" name=\"{}\"><failure message=\"the calibration glob matches no file\">{}</failure></testcase>",
            xml_text(&test.guide),
            xml_text(&at.entry),
            xml_text(glob)
        );
    }
    let passed = test.entries_run - test.entry_failures.len();
    let entry_cases = test.entry_failures.len() + test.unmatched.len() + 1;
    let _ = writeln!(
        entries,
        "    <testcase classname=\"{}\" name=\"{passed} entry tests passed\"/>",
        xml_text(&test.guide)
    );
    let mut files = String::new();
    for file in &test.files {
        let name = xml_text(&file.display);
        if file.outcome.passed() {
            let _ = writeln!(
                files,
                "    <testcase classname=\"calibration\" name=\"{name}\"/>"
            );
        } else {
            let mut detail = String::new();
            file_failures(&mut detail, file);
            let _ = writeln!(
                files,
                "    <testcase classname=\"calibration\" name=\"{name}\"><failure message=\"the file does not produce what it expects\">{}</failure></testcase>",
                xml_text(detail.trim_end())
            );
        }
    }
    let entry_failures = test.entry_failures.len() + test.unmatched.len();
    let file_failures = test.files.iter().filter(|f| !f.outcome.passed()).count();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"onmessage test\" tests=\"{}\" failures=\"{}\">\n  <testsuite name=\"entry tests\" tests=\"{entry_cases}\" failures=\"{entry_failures}\">\n{entries}  </testsuite>\n  <testsuite name=\"calibration\" tests=\"{}\" failures=\"{file_failures}\">\n{files}  </testsuite>\n</testsuites>\n",
        entry_cases + test.files.len(),
        entry_failures + file_failures,
        test.files.len(),
    )
}
