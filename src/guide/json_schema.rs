//! The JSON Schema (draft 2020-12) of `message-guide.yml`, for editors: generated from the
//! loader's own types in [`super::schema`], so a key the loader gains is in the schema too.
//! The values the loader reads by hand (a string or a map) get hand-written schemas here that
//! accept exactly those shapes; rule ids and pack names come from the registry and the packs.

use super::forms::{CtaList, PackRef};
use super::packs;
use super::schema::{Guide, RuleSetting};
use crate::finding::Level;
use crate::registry::RULES;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;
use std::borrow::Cow;

/// Where the schema of this version is published: the file `schema/message-guide.schema.json`
/// at this version's tag, so an old guide keeps the schema of the onmessage it was written for.
pub const SCHEMA_URL: &str = concat!(
    "https://raw.githubusercontent.com/onmessage/onmessage/v",
    env!("CARGO_PKG_VERSION"),
    "/schema/message-guide.schema.json"
);

/// The types serde_yaml reads a text field from: a bare `123` or `true` is read as its text.
const TEXT: [&str; 3] = ["string", "number", "boolean"];

/// The definitions written by hand below: they already say exactly what they accept.
const EXACT: [&str; 3] = ["PackRef", "CtaList", "RuleSetting"];

/// The schema as pretty JSON with a final newline, as `onmessage schema` prints it.
pub fn guide_schema_json() -> String {
    let mut schema = schemars::schema_for!(Guide).to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".to_string(), SCHEMA_URL.into());
        root.insert("title".to_string(), "onmessage message guide".into());
        for (key, value) in root.iter_mut() {
            match key.as_str() {
                "properties" => loosen_all(value),
                "$defs" => {
                    for (name, def) in value.as_object_mut().into_iter().flatten() {
                        if !EXACT.contains(&name.as_str()) {
                            loosen(def);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    one_line_descriptions(&mut schema);
    // Serialising a JSON value to a string cannot fail.
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

fn loosen_all(properties: &mut Value) {
    for property in properties.as_object_mut().into_iter().flatten() {
        loosen(property.1);
    }
}

/// What serde_yaml accepts beyond the derived schema: an empty value for a list, a map or a
/// section (`extends:` with nothing after it reads as no packs), and a bare number or boolean
/// for a text field. The keys read as "a string or a map" are written by hand and not loosened.
fn loosen(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    let exact_value = map.contains_key("enum") || map.contains_key("const");
    if let Some(kind) = map.get_mut("type") {
        let mut kinds: Vec<Value> = match kind.take() {
            Value::Array(kinds) => kinds,
            one => vec![one],
        };
        let text = kinds.iter().any(|k| k == "string");
        if text && !exact_value {
            kinds.retain(|k| k != "string");
            kinds.splice(0..0, TEXT.map(Value::from));
        }
        if kinds.iter().any(|k| k == "array" || k == "object") && !kinds.iter().any(|k| k == "null")
        {
            kinds.push("null".into());
        }
        *kind = match kinds.len() {
            1 => kinds.remove(0),
            _ => Value::Array(kinds),
        };
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = map.get_mut(key) {
            loosen(inner);
        }
    }
    if let Some(properties) = map.get_mut("properties") {
        loosen_all(properties);
    }
}

/// Doc comments wrap at 100 columns; an editor's hover wraps on its own.
fn one_line_descriptions(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" => {
                        *text = text.replace('\n', " ");
                    }
                    _ => one_line_descriptions(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(one_line_descriptions),
        _ => {}
    }
}

impl JsonSchema for PackRef {
    fn schema_name() -> Cow<'static, str> {
        "PackRef".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = packs::names().collect();
        json_schema!({
            "description": "A built-in pack: its name, or `{pack: NAME, except: [terms]}` to drop some of its entries.",
            "oneOf": [
                {"type": "string", "enum": names},
                {
                    "type": "object",
                    "properties": {
                        "pack": {"type": TEXT, "enum": names, "description": "The built-in pack."},
                        "except": {
                            "type": ["array", "null"],
                            "items": {"type": TEXT},
                            "description": "Terms of the pack (as the pack writes them) the guide does not take."
                        }
                    },
                    "required": ["pack"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for CtaList {
    fn schema_name() -> Cow<'static, str> {
        "CtaList".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": ["array", "null"],
            "items": {
                "description": "A call to action: its text, or `{text: …, counter_examples: […], examples: […], fixed: …}`.",
                "oneOf": [
                    {"type": "string"},
                    {
                        "type": "object",
                        "properties": {
                            "text": {"type": TEXT, "description": "The call to action."},
                            "counter_examples": {
                                "type": ["array", "null"],
                                "items": {"type": TEXT},
                                "description": "Sentences that must not count as drifting from this call to action; checked when the guide loads."
                            },
                            "examples": {
                                "type": ["array", "null"],
                                "items": {"type": TEXT},
                                "description": "Sentences that must drift from this call to action; `onmessage test` runs them, and the guide does not load when one stays quiet."
                            },
                            "fixed": {
                                "type": TEXT,
                                "description": "The first example with its drift fixed: what `onmessage test` expects the fix to write."
                            }
                        },
                        "required": ["text"],
                        "additionalProperties": false
                    }
                ]
            }
        })
    }
}

impl JsonSchema for RuleSetting {
    fn schema_name() -> Cow<'static, str> {
        "RuleSetting".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let level = json_schema!({
            "type": "string",
            "enum": Level::NAMES,
            "description": "`error`, `warning` or `info` sets the severity of the rule's findings; `off` turns it off."
        });
        json_schema!({
            "description": "A level (`error`, `warning`, `info`, `off`) or `{level: …, threshold: …}`.",
            "oneOf": [
                level,
                {
                    "type": "object",
                    "properties": {
                        "level": {
                            "description": "The rule's level.",
                            "anyOf": [level, {"type": "null"}]
                        },
                        "threshold": {
                            "type": ["number", "null"],
                            "description": "`phrase-drift` only, in the top-level `rules`: the similarity threshold from 0 (anything) to 1 (exact); the default is 0.8."
                        }
                    },
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// `rules:` (top level, a channel's, an override's): rule ids to settings. Each known rule is
/// a property with its summary, so an editor completes the ids; any other key is an error, as
/// in the loader.
pub(super) fn rule_settings(generator: &mut SchemaGenerator) -> Schema {
    let setting = generator.subschema_for::<RuleSetting>();
    let mut properties = serde_json::Map::new();
    for rule in RULES {
        let mut schema = setting.clone();
        schema.insert("description".to_string(), rule.summary.into());
        properties.insert(rule.id.as_str().to_string(), schema.into());
    }
    json_schema!({
        "description": "A level per rule id: `error`, `warning`, `info` or `off`, or a map `{level, threshold}`.",
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": false
    })
}
