//! Locale and content files (JSON and YAML) as documents: string values are the prose, with
//! their key paths as locations; keys, URLs, identifiers, placeholders and escape sequences are
//! never checked; read when the guide's `include` names them; fixes keep the file parsing.

mod common;

use common::{
    assert_positions, copy_dir, findings, git_tempdir, root, run, run_in, run_stdin_in, write,
};
use serde_json::Value;
use std::fs;
use std::path::Path;

const FORMATS: &str = "fixtures/formats";

/// The fixture folder in a scratch repository, its guide including the locale files (and every
/// YAML file, so the guide itself would be one if it were not left out).
fn included() -> tempfile::TempDir {
    let dir = git_tempdir();
    copy_dir(&root().join(FORMATS), dir.path());
    let guide = fs::read_to_string(dir.path().join("message-guide.yml")).expect("guide");
    let guide = guide.replace("include: [", "include: [\"locale/*.json\", \"**/*.yml\", ");
    write(dir.path(), "message-guide.yml", guide);
    dir
}

/// (path, rule, matched, line, column, key) of each finding, in report order.
fn located(report: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    findings(report)
        .iter()
        .filter(|f| f["path"].as_str().is_some_and(|p| p.starts_with("locale/")))
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["rule"].as_str().expect("rule").to_string(),
                f["matched"].as_str().expect("matched").to_string(),
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
                f["location"]["key"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

fn expected(
    rows: &[(&str, &str, &str, u64, u64, &str)],
) -> Vec<(String, String, String, u64, u64, String)> {
    rows.iter()
        .map(|(p, r, m, l, c, k)| {
            (
                p.to_string(),
                r.to_string(),
                m.to_string(),
                *l,
                *c,
                k.to_string(),
            )
        })
        .collect()
}

/// Counted in the fixture by hand: "World-class" and each "client" and "synergy" in a prose
/// value, ICU branch texts included; none in the `client` key, the URL, the email, the slug, the
/// `{client}` and `%{client}` placeholders or next to the escapes' letters.
const JSON_FINDINGS: &[(&str, &str, &str, u64, u64, &str)] = &[
    (
        "locale/en.json",
        "banned-term",
        "World-class",
        4,
        17,
        "home.hero.title",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        4,
        54,
        "home.hero.title",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        11,
        27,
        "home.features[0].body",
    ),
    (
        "locale/en.json",
        "banned-term",
        "synergy",
        11,
        59,
        "home.features[0].body",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        15,
        75,
        "home.features[1].body",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        15,
        105,
        "home.features[1].body",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        21,
        41,
        "client.hours",
    ),
    (
        "locale/en.json",
        "preferred-term",
        "client",
        29,
        42,
        "errors[\"not.found\"]",
    ),
];
/// The Rails-style file: the top-level `en` is part of every key path; block scalars (`|`,
/// `>`) and the doubled quote of a single-quoted scalar are read as stored.
const YAML_FINDINGS: &[(&str, &str, &str, u64, u64, &str)] = &[
    (
        "locale/en.yml",
        "banned-term",
        "World-class",
        4,
        13,
        "en.home.title",
    ),
    (
        "locale/en.yml",
        "preferred-term",
        "client",
        5,
        30,
        "en.home.tagline",
    ),
    (
        "locale/en.yml",
        "preferred-term",
        "client",
        7,
        28,
        "en.home.intro",
    ),
    (
        "locale/en.yml",
        "banned-term",
        "synergy",
        8,
        10,
        "en.home.intro",
    ),
    (
        "locale/en.yml",
        "preferred-term",
        "client",
        11,
        17,
        "en.home.summary",
    ),
    (
        "locale/en.yml",
        "preferred-term",
        "client",
        15,
        31,
        "en.pricing.plans[0].blurb",
    ),
    (
        "locale/en.yml",
        "preferred-term",
        "client",
        17,
        48,
        "en.pricing.plans[1].blurb",
    ),
];

#[test]
fn string_values_are_checked_with_their_key_paths() {
    let dir = included();
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(dir.path(), &report);
    assert_eq!(report["files_checked"], 7, "{}", run.stdout);
    let mut rows = JSON_FINDINGS.to_vec();
    rows.extend_from_slice(YAML_FINDINGS);
    assert_eq!(located(&report), expected(&rows), "{}", run.stdout);
}

#[test]
fn nothing_in_keys_urls_identifiers_placeholders_or_escapes() {
    let dir = included();
    let report = run_in(dir.path(), &["check", "--format", "json", "locale"]).json();
    for f in findings(&report) {
        let (start, end) = (
            f["start"].as_u64().expect("start") as usize,
            f["end"].as_u64().expect("end") as usize,
        );
        let file = dir.path().join(f["path"].as_str().expect("path"));
        let text = fs::read_to_string(file).expect("read");
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        for hidden in [
            "\"client\":",
            "client-api",
            "client-guide",
            "client-support@",
            "client-portal",
            "{client}",
            "%{client}",
        ] {
            if let Some(at) = line.find(hidden) {
                let hidden_range = line_start + at..line_start + at + hidden.len();
                assert!(
                    end <= hidden_range.start || start >= hidden_range.end,
                    "a finding inside {hidden}: {f}"
                );
            }
        }
        assert!(!text[start..end].contains('\\'), "across an escape: {f}");
    }
}

#[test]
fn plain_walks_leave_json_and_yaml_out_and_named_files_are_read() {
    let walked = run(&["check", "--format", "json", FORMATS]);
    let report = walked.json();
    assert_eq!(report["files_checked"], 5, "{}", walked.stdout);
    assert!(findings(&report)
        .iter()
        .all(|f| !f["path"].as_str().unwrap_or("").contains("locale/")));
    let named = run(&[
        "check",
        "--format",
        "json",
        "fixtures/formats/locale/en.json",
        "fixtures/formats/locale/en.yml",
    ]);
    let report = named.json();
    assert_eq!(report["files_checked"], 2, "{}", named.stdout);
    let count = |file: &str| {
        findings(&report)
            .iter()
            .filter(|f| f["path"] == format!("fixtures/formats/locale/{file}"))
            .count()
    };
    assert_eq!(count("en.json"), JSON_FINDINGS.len(), "{}", named.stdout);
    assert_eq!(count("en.yml"), YAML_FINDINGS.len(), "{}", named.stdout);
}

#[test]
fn stdin_is_read_as_json_or_yaml_by_its_file_name() {
    let json = "{\"cta\": {\"title\": \"Tools for every client\", \"url\": \"/client\"}}\n";
    let args = ["check", "--format", "json", "--stdin", "--stdin-filename"];
    let in_formats = root().join(FORMATS);
    let as_json = run_stdin_in(&in_formats, &[&args[..], &["x.json"]].concat(), json);
    let report = as_json.json();
    let found: Vec<(u64, u64, &str)> = findings(&report)
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
                f["location"]["key"].as_str().expect("key"),
            )
        })
        .collect();
    assert_eq!(found, [(1, 36, "cta.title")], "{}", as_json.stdout);
    let yaml = "cta:\n  title: Tools for every client\n  url: /client\n";
    let as_yaml = run_stdin_in(&in_formats, &[&args[..], &["x.yml"]].concat(), yaml);
    let report = as_yaml.json();
    assert_eq!(findings(&report).len(), 1, "{}", as_yaml.stdout);
    assert_eq!(findings(&report)[0]["location"]["key"], "cta.title");
    assert_eq!(findings(&report)[0]["line"], 2);
    // As plain text, the quoted value reads as a quotation and the URL's word is reported.
    let as_text = run_stdin_in(&in_formats, &[&args[..], &["x.txt"]].concat(), json);
    let columns: Vec<u64> = findings(&as_text.json())
        .iter()
        .map(|f| f["column"].as_u64().expect("column"))
        .collect();
    assert_eq!(columns, [54], "{}", as_text.stdout);
}

/// Every string in `value`, with its key path, in order.
fn strings(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((path.to_string(), s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                strings(v, &format!("{path}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// Every string of `before` is the same in `after`, or, for the values in `changed`, the same
/// with each "client" written "customer"; and nothing else differs.
fn assert_only_changed(before: &Value, after: &Value, changed: &[&str]) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    strings(before, "", &mut old);
    strings(after, "", &mut new);
    assert_eq!(old.len(), new.len());
    for ((path, was), (new_path, now)) in old.iter().zip(&new) {
        assert_eq!(path, new_path);
        if changed.contains(&path.as_str()) {
            // Placeholders (`{client}`, `%{client}`) are kept.
            let expected = was
                .replace("client", "customer")
                .replace("{customer}", "{client}");
            assert_eq!(now, &expected, "{path}");
            assert_ne!(now, was, "{path}");
        } else {
            assert_eq!(now, was, "{path}");
        }
    }
    let blank = |v: &Value| {
        let mut v = v.clone();
        blank_strings(&mut v);
        v
    };
    assert_eq!(
        blank(before),
        blank(after),
        "numbers, booleans, nulls and keys unchanged"
    );
}

fn blank_strings(value: &mut Value) {
    match value {
        Value::String(s) => s.clear(),
        Value::Array(items) => items.iter_mut().for_each(blank_strings),
        Value::Object(map) => map.values_mut().for_each(blank_strings),
        _ => {}
    }
}

fn parse(dir: &Path, file: &str) -> Value {
    let text = fs::read_to_string(dir.join(file)).expect("read");
    if file.ends_with(".json") {
        serde_json::from_str(&text).expect("fixed JSON parses")
    } else {
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("fixed YAML parses");
        serde_json::to_value(yaml).expect("as JSON")
    }
}

#[test]
fn fixes_rewrite_inside_the_strings_and_the_files_still_parse() {
    let dir = included();
    let before_json = parse(dir.path(), "locale/en.json");
    let before_yaml = parse(dir.path(), "locale/en.yml");
    run_in(dir.path(), &["check", "--fix", "."]);
    assert_only_changed(
        &before_json,
        &parse(dir.path(), "locale/en.json"),
        &[
            "/home/hero/title",
            "/home/features[0]/body",
            "/home/features[1]/body",
            "/client/hours",
            "/errors/not.found",
        ],
    );
    assert_only_changed(
        &before_yaml,
        &parse(dir.path(), "locale/en.yml"),
        &[
            "/en/home/tagline",
            "/en/home/intro",
            "/en/home/summary",
            "/en/pricing/plans[0]/blurb",
            "/en/pricing/plans[1]/blurb",
        ],
    );
    // Escapes and placeholders are kept as written.
    let json = fs::read_to_string(dir.path().join("locale/en.json")).expect("fixed");
    for kept in [
        "\\nNo synergy",
        "Caf\\u00e9",
        "\\\"decisions\\\"",
        "Hi {client}",
        "%{client} plan",
    ] {
        assert!(json.contains(kept), "{kept} in\n{json}");
    }
    let yaml = fs::read_to_string(dir.path().join("locale/en.yml")).expect("fixed");
    assert!(yaml.contains("each customer''s team"), "{yaml}");
    let again = run_in(dir.path(), &["check", "--format", "json", "locale"]);
    let report = again.json();
    assert!(
        findings(&report)
            .iter()
            .all(|f| f["rule"] != "preferred-term"),
        "{}",
        again.stdout
    );
}

#[test]
fn a_fix_that_would_need_escaping_is_reported_not_applied() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\ninclude: [\"*.json\", \"*.yml\"]\nterms:\n  - use: 'the \"Pro\" plan'\n    instead_of: [premium plan]\n    safe_fix: true\n  - use: \"customer's team\"\n    instead_of: [client team]\n    safe_fix: true\n",
    );
    let json = "{\"a\": \"Try premium plan today\", \"b\": \"Ask the client team\"}\n";
    let yaml =
        "a: 'Try premium plan today'\nb: 'Ask the client team'\nc: |\n  Try premium plan today\n";
    write(dir.path(), "en.json", json);
    write(dir.path(), "en.yml", yaml);
    write(dir.path(), "page.md", "Try premium plan today\n");
    let checked = run_in(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(findings(&checked.json()).len(), 6, "{}", checked.stdout);
    run_in(dir.path(), &["check", "--fix", "."]);
    let fixed_json = fs::read_to_string(dir.path().join("en.json")).expect("json");
    assert_eq!(
        fixed_json,
        "{\"a\": \"Try premium plan today\", \"b\": \"Ask the customer's team\"}\n"
    );
    let fixed_yaml = fs::read_to_string(dir.path().join("en.yml")).expect("yaml");
    assert_eq!(
        fixed_yaml,
        "a: 'Try the \"Pro\" plan today'\nb: 'Ask the client team'\nc: |\n  Try the \"Pro\" plan today\n"
    );
    serde_json::from_str::<Value>(&fixed_json).expect("parses");
    serde_yaml::from_str::<serde_yaml::Value>(&fixed_yaml).expect("parses");
}

#[test]
fn a_file_with_a_syntax_error_is_named_and_the_rest_is_checked() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\ninclude: [\"locales/**\"]\nbanned:\n  - {term: synergy, reason: \"Say what.\"}\n",
    );
    write(
        dir.path(),
        "locales/broken.json",
        "{\"a\": \"synergy\",\n  \"b\" \"c\"}\n",
    );
    write(
        dir.path(),
        "locales/broken.yml",
        "a: synergy\n b: [synergy\n",
    );
    write(
        dir.path(),
        "locales/good.json",
        "{\"a\": \"Real synergy here\"}\n",
    );
    let checked = run_in(dir.path(), &["check", "--format", "json", "."]);
    checked.expect_code(1);
    assert!(
        checked.stderr.contains(
            "locales/broken.json: JSON syntax error at line 2, column 7: expected `:` after a key"
        ),
        "{}",
        checked.stderr
    );
    assert!(
        checked
            .stderr
            .contains("locales/broken.yml: YAML syntax error at line"),
        "{}",
        checked.stderr
    );
    let report = checked.json();
    let paths: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["locales/good.json"]);
    // Nothing else to report: the run is clean apart from the note.
    fs::remove_file(dir.path().join("locales/good.json")).expect("remove");
    let clean = run_in(dir.path(), &["check", "."]);
    clean.expect_code(0);
    assert!(clean.stderr.contains("broken.json"), "{}", clean.stderr);
    // Fixing writes nothing into a file that does not parse.
    run_in(dir.path(), &["check", "--fix", "."]);
    assert_eq!(
        fs::read_to_string(dir.path().join("locales/broken.json")).expect("read"),
        "{\"a\": \"synergy\",\n  \"b\" \"c\"}\n"
    );
    // Truncated and deeply nested files are refused or read, never a crash.
    let deep = format!(
        "{}\"synergy now\"{}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write(dir.path(), "locales/deep.json", &deep);
    write(dir.path(), "locales/cut.json", &deep[..deep.len() / 2]);
    write(
        dir.path(),
        "locales/deep.yml",
        format!("a: {}b", "[".repeat(100_000)),
    );
    let hostile = run_in(dir.path(), &["check", "--format", "json", "."]);
    hostile.expect_code(1);
    assert_eq!(findings(&hostile.json()).len(), 1, "{}", hostile.stdout);
    assert!(
        hostile.stderr.contains("cut.json: JSON syntax error"),
        "{}",
        hostile.stderr
    );
    assert!(
        hostile.stderr.contains("deep.yml: YAML syntax error"),
        "{}",
        hostile.stderr
    );
}

#[test]
fn report_scores_locale_files_counting_words_as_elsewhere() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\ninclude: [\"*.json\", \"*.yml\"]\nbanned:\n  - {term: synergy, reason: \"Say what.\"}\n",
    );
    let words = "Our synergy helps five teams ship faster. Every team sees the same numbers, \
                 the same alerts and the same plan for the week ahead. Nobody waits for a \
                 report any more: the data is there when the meeting starts.";
    write(dir.path(), "copy.md", format!("{words}\n"));
    write(
        dir.path(),
        "copy.json",
        format!("{{\"a\": \"{words}\", \"url\": \"/x\", \"n\": 3}}\n"),
    );
    write(
        dir.path(),
        "copy.yml",
        format!("a:\n  b: >\n    {words}\n  slug: copy-page\n"),
    );
    let report = run_in(dir.path(), &["report", ".", "--format", "json"]);
    report.expect_code(0);
    let report = report.json();
    let files = report["sections"][0]["files"].as_array().expect("files");
    let row = |name: &str| {
        files
            .iter()
            .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .unwrap_or_else(|| panic!("{name} in {report}"))
            .clone()
    };
    let md = row("copy.md");
    assert_eq!(md["words"], 39);
    assert!(md["score"].as_f64().is_some_and(|s| s > 0.0), "{md}");
    for name in ["copy.json", "copy.yml"] {
        let file = row(name);
        assert_eq!(file["words"], md["words"], "{name}");
        assert_eq!(file["errors"], md["errors"], "{name}");
        assert_eq!(file["score"], md["score"], "{name}");
    }
}
