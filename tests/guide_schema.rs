//! The guide's JSON Schema (`onmessage schema`) checked with an independent validator (the
//! `jsonschema` crate): it is valid draft 2020-12, every valid guide in the repository passes it,
//! every guide the loader rejects for its shape fails it, the published file is what the binary
//! prints, and `init`'s starter guide points at it.

mod common;

use common::root;
use onmessage::guide::json_schema::{guide_schema_json, SCHEMA_URL};
use onmessage::guide::{load, Guide};
use onmessage::CompiledGuide;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Folders of `fixtures/guide-errors/` whose guide serde cannot read as a guide (an unknown key
/// or variant, a wrong type, a missing field, no guide at all): the schema must reject them.
const SHAPE_ERRORS: &[&str] = &[
    "bad-level",
    "bad-team",
    "empty",
    "override-bad-level",
    "override-no-paths",
    "too-deep",
    "unknown-key",
];

/// Guides of the right shape naming a rule or a pack that does not exist: the schema lists the
/// rule ids and pack names (for completion), so it rejects these too.
const UNKNOWN_NAMES: &[&str] = &[
    "channel-unknown-rule",
    "override-unknown-rule",
    "unknown-pack",
    "unknown-pack-entry",
    "unknown-rule",
];

/// Guides of the right shape the loader rejects for what they say (a bad glob or regex, a claim
/// holding no claim, a counter-example that fires…): the schema cannot know, and accepts them.
const SEMANTIC_ERRORS: &[&str] = &[
    "bad-regex",
    "bad-threshold",
    "channel-subtree",
    "channel-threshold",
    "duplicate-inflection",
    "except-other-pack",
    "firing-counter-example",
    "firing-term-counter-example",
    "long-phrase",
    "never-match-term",
    "pattern-replacement",
    "punctuation-brand",
    "unapproved-claim-entry",
    "unknown-except",
    "unknown-requirement",
    "version-2",
];

/// Not YAML a validator can read as one document (a repeated key, broken syntax): an editor's
/// YAML parser reports them before any schema.
const YAML_ERRORS: &[&str] = &["duplicate-field", "duplicate-key", "yaml-syntax"];

fn schema() -> Value {
    serde_json::from_str(&guide_schema_json()).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles")
}

/// Invalid guides outside `fixtures/guide-errors/` (other tests load them to see the error):
/// each is a shape error, which the schema must reject.
const SHAPE_ERRORS_ELSEWHERE: &[&str] = &["fixtures/quotes/bad-mode/message-guide.yml"];

/// YAML as an editor's parser reads it: a repeated key is an error, not a silent overwrite.
fn yaml_to_json(text: &str) -> Result<Value, String> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
    serde_json::to_value(yaml).map_err(|e| e.to_string())
}

/// The guide as an editor's YAML parser hands it to the validator.
fn as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("read the guide");
    yaml_to_json(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every error: its instance path and message, for a readable failure.
fn errors(validator: &jsonschema::Validator, guide: &Value) -> Vec<String> {
    validator
        .iter_errors(guide)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn error_guide(name: &str) -> PathBuf {
    root()
        .join("fixtures/guide-errors")
        .join(name)
        .join("message-guide.yml")
}

/// `message-guide.yml` files under `dir`, `fixtures/guide-errors/` aside.
fn guides_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("fixtures/guide-errors") {
                guides_under(&path, out);
            }
        } else if path.file_name().is_some_and(|n| n == "message-guide.yml") {
            out.push(path);
        }
    }
}

#[test]
fn the_schema_is_valid_draft_2020_12() {
    let schema = schema();
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "declares 2020-12"
    );
    jsonschema::draft202012::meta::validate(&schema).expect("valid against the 2020-12 metaschema");
    assert_eq!(schema["$id"], SCHEMA_URL);
}

#[test]
fn every_key_has_a_description() {
    fn walk(schema: &Value, at: &str, missing: &mut Vec<String>) {
        match schema {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    for (key, value) in properties {
                        if value.get("description").is_none() {
                            missing.push(format!("{at}.{key}"));
                        }
                    }
                }
                for (key, value) in map {
                    walk(value, &format!("{at}/{key}"), missing);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, at, missing)),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema(), "", &mut missing);
    assert!(
        missing.is_empty(),
        "keys without a description: {missing:?}"
    );
}

#[test]
fn every_valid_guide_in_the_repository_passes() {
    let mut guides = Vec::new();
    guides_under(&root().join("fixtures"), &mut guides);
    guides_under(&root().join("examples"), &mut guides);
    let precision = root().join("tests/precision/guides");
    for entry in std::fs::read_dir(&precision)
        .expect("precision guides")
        .flatten()
    {
        if entry.path().extension().is_some_and(|e| e == "yml") {
            guides.push(entry.path());
        }
    }
    guides.push(root().join("src/cli/starter-guide.yml"));
    assert!(guides.len() > 30, "found only {guides:?}");
    let validator = validator();
    for guide in &guides {
        let relative = guide.strip_prefix(root()).unwrap_or(guide);
        if SHAPE_ERRORS_ELSEWHERE
            .iter()
            .any(|p| relative == Path::new(p))
        {
            assert!(
                CompiledGuide::load(guide).is_err(),
                "{}",
                relative.display()
            );
            assert!(
                !validator.is_valid(&as_json(guide)),
                "{}",
                relative.display()
            );
            continue;
        }
        CompiledGuide::load(guide)
            .unwrap_or_else(|e| panic!("{} is a valid guide: {e}", guide.display()));
        let found = errors(&validator, &as_json(guide));
        assert!(found.is_empty(), "{}: {found:?}", guide.display());
    }
}

#[test]
fn every_guide_error_is_classified() {
    let mut listed: Vec<&str> =
        [SHAPE_ERRORS, UNKNOWN_NAMES, SEMANTIC_ERRORS, YAML_ERRORS].concat();
    listed.sort_unstable();
    let mut folders: Vec<String> = std::fs::read_dir(root().join("fixtures/guide-errors"))
        .expect("guide errors")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort_unstable();
    assert_eq!(
        listed, folders,
        "classify each fixtures/guide-errors folder: shape, unknown name, semantic or YAML"
    );
    for name in &folders {
        assert!(
            CompiledGuide::load(&error_guide(name)).is_err(),
            "{name}: the loader rejects it"
        );
    }
}

#[test]
fn guides_of_the_wrong_shape_fail() {
    let validator = validator();
    for name in SHAPE_ERRORS {
        let text = std::fs::read_to_string(error_guide(name)).expect("read");
        assert!(
            load::parse::<Guide>(&text).is_err(),
            "{name}: the loader rejects its shape"
        );
        assert!(
            !validator.is_valid(&as_json(&error_guide(name))),
            "{name}: the schema rejects it"
        );
    }
}

#[test]
fn unknown_rules_and_packs_fail() {
    let validator = validator();
    for name in UNKNOWN_NAMES {
        let text = std::fs::read_to_string(error_guide(name)).expect("read");
        assert!(
            load::parse::<Guide>(&text).is_ok(),
            "{name}: the shape is right"
        );
        assert!(
            !validator.is_valid(&as_json(&error_guide(name))),
            "{name}: the schema knows every rule and pack"
        );
    }
}

#[test]
fn semantic_errors_are_the_loaders_alone() {
    let validator = validator();
    for name in SEMANTIC_ERRORS {
        let text = std::fs::read_to_string(error_guide(name)).expect("read");
        assert!(
            load::parse::<Guide>(&text).is_ok(),
            "{name}: the shape is right"
        );
        let found = errors(&validator, &as_json(&error_guide(name)));
        assert!(found.is_empty(), "{name}: {found:?}");
    }
    for name in YAML_ERRORS {
        let text = std::fs::read_to_string(error_guide(name)).expect("read");
        assert!(yaml_to_json(&text).is_err(), "{name}: not readable YAML");
    }
}

/// The loader reads an empty value as an empty list or section, and a bare number or boolean
/// as text, but a string or a map only where it reads one by hand: the schema says the same.
#[test]
fn the_schema_accepts_what_the_loader_accepts() {
    let validator = validator();
    let cases = [
        "version: 1\nextends:\nrules:\nchannels:\nbrand:\n",
        "version: 1\nbrand: {names: [123, true]}\nbenefit: {statement: 5}\n",
        "version: 1\nchannels: {a: }\n",
        "version: 1\nextends: [jargon, {pack: hype, except: [seamless]}]\n",
        "version: 1\ncta: [Book a demo, {text: Call us, counter_examples: [Call us maybe.]}]\n",
        "version: 1\nrules: {banned-term: warning, phrase-drift: {level: off, threshold: 0.7}}\n",
        "version: 1\nrules: {phrase-drift: {level: ~}}\n",
        "version: 1\nclaims: {approved: [\"30-day returns\"], check: conflicts, cited: check}\n",
        "version: 1\nterms:\n  - {use: customer, instead_of: [client], safe_fix: true}\n",
        "version: 1\ncta: [5]\n",
        "version: 1\nextends: [5]\n",
        "version: 1\nrules: {banned-term: }\n",
        "version: 1\nquotes: ~\n",
        "version: \"1\"\n",
        "version: 1\nchannels: {a: {max_words: 1.5}}\n",
        "version: 1\nbanned: [{term: x, exact: ~}]\n",
        "version: 1\nbanned: [{term: x, reson: y}]\n",
        "version: 1\ncta: [{text: go, counter: [x]}]\n",
        "version: 1\nextends: [{pack: hype, exept: [x]}]\n",
        "version: 1\nrules: {banned-term: {level: warning, treshold: 1}}\n",
        "brand: {names: [Acme]}\n",
    ];
    for yaml in cases {
        let loader = load::parse::<Guide>(yaml).is_ok();
        let value = yaml_to_json(yaml).expect("YAML");
        let found = errors(&validator, &value);
        assert_eq!(
            found.is_empty(),
            loader,
            "loader accepts: {loader}; schema errors: {found:?}\n{yaml}"
        );
    }
}

#[test]
fn the_published_schema_is_what_the_binary_prints() {
    let printed = common::run(&["schema"]);
    printed.expect_code(0);
    let published = std::fs::read_to_string(root().join("schema/message-guide.schema.json"))
        .expect("the published schema");
    assert_eq!(
        printed.stdout, published,
        "run `onmessage schema > schema/message-guide.schema.json`"
    );
}

#[test]
fn the_starter_guide_names_the_schema_on_its_first_line() {
    let starter = std::fs::read_to_string(root().join("src/cli/starter-guide.yml"))
        .expect("the starter guide");
    assert_eq!(
        starter.lines().next(),
        Some(format!("# yaml-language-server: $schema={SCHEMA_URL}").as_str())
    );
    assert!(SCHEMA_URL.ends_with("/schema/message-guide.schema.json"));
    assert!(SCHEMA_URL.contains(concat!("/v", env!("CARGO_PKG_VERSION"), "/")));
}
