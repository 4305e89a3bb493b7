//! `--format sarif`: valid against the official SARIF 2.1.0 schema, every rule in the driver,
//! percent-encoded root-relative URIs, and fingerprints that survive unrelated edits.

mod common;

use common::{git_tempdir, run, run_in, write, Run};
use onmessage::registry::RULES;
use serde_json::Value;

/// stdout of a run, parsed and checked against the schema.
fn sarif(run: &Run) -> Value {
    let log: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", run.stdout));
    let errors: Vec<String> = common::sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    log
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"]
        .as_array()
        .expect("the run has results")
}

fn uri(result: &Value) -> &str {
    result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .expect("a result has a URI")
}

fn fingerprints(log: &Value) -> Vec<String> {
    results(log)
        .iter()
        .map(|r| {
            r["partialFingerprints"]["onmessage/v1"]
                .as_str()
                .expect("a result has a fingerprint")
                .to_string()
        })
        .collect()
}

#[test]
fn sarif_is_valid_for_every_fixture() {
    for folder in [
        "fixtures/banned-term",
        "fixtures/brand-name",
        "fixtures/documents",
        "fixtures/levels",
        "fixtures/missing-benefit",
        "fixtures/phrase-drift",
        "fixtures/demo",
    ] {
        let run = run(&["check", "--format", "sarif", folder]);
        assert!(run.code == 0 || run.code == 1, "{folder}: {}", run.stderr);
        let log = sarif(&run);
        assert_eq!(log["version"], "2.1.0");
        assert_eq!(
            log["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        for result in results(&log) {
            assert!(
                uri(result).starts_with(&format!("{folder}/")),
                "{folder}: {result}"
            );
        }
    }
}

#[test]
fn sarif_driver_lists_every_rule_and_results_index_them() {
    let log = sarif(&run(&[
        "check",
        "--format",
        "sarif",
        "fixtures/banned-term",
    ]));
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "onmessage");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(driver["informationUri"], env!("CARGO_PKG_REPOSITORY"));
    let rules = driver["rules"].as_array().expect("the driver has rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let registry: Vec<&str> = RULES.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, registry);
    for (rule, meta) in rules.iter().zip(RULES) {
        assert_eq!(rule["shortDescription"]["text"], meta.summary);
        let level = rule["defaultConfiguration"]["level"].as_str();
        assert!(
            matches!(level, Some("error" | "warning" | "note")),
            "{rule}"
        );
        assert!(rule["fullDescription"]["text"].is_string(), "{rule}");
        assert!(rule["help"]["text"].is_string(), "{rule}");
    }
    assert!(!results(&log).is_empty());
    for result in results(&log) {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"], "{result}");
    }
}

#[test]
fn sarif_levels_map_info_to_note() {
    let log = sarif(&run(&["check", "--format", "sarif", "fixtures/levels"]));
    let levels: Vec<(&str, &str)> = results(&log)
        .iter()
        .map(|r| (uri(r), r["level"].as_str().expect("a level")))
        .collect();
    assert_eq!(
        levels,
        [
            ("fixtures/levels/info.md", "note"),
            ("fixtures/levels/warning.md", "warning")
        ]
    );
}

#[test]
fn sarif_file_level_findings_have_a_valid_region() {
    let log = sarif(&run(&[
        "check",
        "--format",
        "sarif",
        "fixtures/missing-benefit",
    ]));
    let file_level: Vec<&Value> = results(&log)
        .iter()
        .filter(|r| r["ruleId"] == "missing-benefit")
        .collect();
    assert!(!file_level.is_empty());
    for result in file_level {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            region,
            &serde_json::json!({"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1})
        );
    }
}

const GUIDE: &str = "version: 1\nbanned:\n  - term: leverage\n    reason: \"Say \\\"use\\\": 100%, café\\nsecond line\"\n  - term: synergy\n";
const NAME: &str = "drafts/spring sale, v2 — café.md";
const DRAFT: &str = "# Spring\n\nWe leverage it.\n\nWe leverage it.\n\nReal synergy.\n";

#[test]
fn sarif_uris_are_percent_encoded_and_root_relative() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), NAME, DRAFT);
    for cwd in [dir.path().to_path_buf(), dir.path().join("drafts")] {
        let log = sarif(&run_in(&cwd, &["check", "--format", "sarif"]));
        let results = results(&log);
        assert_eq!(results.len(), 3);
        for result in results {
            assert_eq!(
                uri(result),
                "drafts/spring%20sale%2C%20v2%20%E2%80%94%20caf%C3%A9.md"
            );
            assert_eq!(
                result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
                "%SRCROOT%"
            );
        }
        // Quotes, a newline and non-ASCII text survive as data.
        assert_eq!(
            results[0]["message"]["text"],
            "\"leverage\" is banned: Say \"use\": 100%, café\nsecond line"
        );
    }
}

#[test]
fn sarif_fingerprints_survive_unrelated_edits() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), NAME, DRAFT);
    let check = || sarif(&run_in(dir.path(), &["check", "--format", "sarif"]));
    let first = fingerprints(&check());
    assert_eq!(first.len(), 3);
    // The two identical lines get different fingerprints, thanks to the occurrence counter.
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 3, "{first:?}");
    assert_eq!(fingerprints(&check()), first, "stable across runs");

    write(
        dir.path(),
        NAME,
        format!("An unrelated new first line.\n\n{DRAFT}"),
    );
    let moved = check();
    let lines: Vec<u64> = results(&moved)
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap_or(0)
        })
        .collect();
    assert_eq!(lines, [5, 7, 9], "the findings moved down");
    assert_eq!(fingerprints(&moved), first, "unchanged by an edit above");

    // Rewording the finding's own line gives it a new identity.
    write(
        dir.path(),
        NAME,
        DRAFT.replace("Real synergy.", "Pure synergy."),
    );
    let reworded = fingerprints(&check());
    assert_eq!(reworded[..2], first[..2]);
    assert_ne!(reworded[2], first[2]);
}

#[test]
fn the_schema_check_has_teeth() {
    let log = sarif(&run(&["check", "--format", "sarif", "fixtures/levels"]));
    let region = "/runs/0/results/0/locations/0/physicalLocation/region/endColumn";
    let uri = "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri";
    for (pointer, bad) in [
        ("/runs/0/results/0/level", Value::from("info")),
        (region, Value::from(0)),
        ("/runs/0/columnKind", Value::from("characters")),
        (uri, Value::from("a b%zz.md")),
    ] {
        let mut broken = log.clone();
        *broken.pointer_mut(pointer).expect("the field exists") = bad.clone();
        assert!(
            !common::sarif_validator().is_valid(&broken),
            "{pointer} = {bad} passed the schema"
        );
    }
}
