//! Guide values written either as a plain string or as a map with options: an `extends` entry
//! (a pack name, or `{pack, except}`), a call to action (its text, or `{text, …}`) and a rule
//! setting (a level, or `{level, threshold}`); and the `calibration` section.

use crate::finding::Level;
use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// The calls to action: each a string, or `{text: …, counter_examples: […]}`. Reads as the list
/// of texts; the counter-examples ride along, by position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CtaList {
    texts: Vec<String>,
    /// Per call to action, sentences that must not drift from it.
    pub counter_examples: Vec<Vec<String>>,
    /// Per call to action, sentences that must drift from it.
    pub examples: Vec<Vec<String>>,
    /// Per call to action, its first example with the drift fixed.
    pub fixed: Vec<Option<String>>,
}

impl std::ops::Deref for CtaList {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.texts
    }
}

impl From<Vec<String>> for CtaList {
    fn from(texts: Vec<String>) -> Self {
        CtaList {
            counter_examples: vec![Vec::new(); texts.len()],
            examples: vec![Vec::new(); texts.len()],
            fixed: vec![None; texts.len()],
            texts,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CtaMap {
    text: String,
    #[serde(default)]
    counter_examples: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    fixed: Option<String>,
}

/// One call to action as written: a string or a map.
#[derive(Default)]
struct CtaItem {
    text: String,
    counter_examples: Vec<String>,
    examples: Vec<String>,
    fixed: Option<String>,
}

impl<'de> Deserialize<'de> for CtaItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CtaVisitor;
        impl<'de> Visitor<'de> for CtaVisitor {
            type Value = CtaItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a call to action or a map with `text` and `counter_examples`, `examples` or `fixed`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<CtaItem, E> {
                Ok(CtaItem {
                    text: value.to_string(),
                    ..CtaItem::default()
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<CtaItem, M::Error> {
                let map = CtaMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(CtaItem {
                    text: map.text,
                    counter_examples: map.counter_examples,
                    examples: map.examples,
                    fixed: map.fixed,
                })
            }
        }
        deserializer.deserialize_any(CtaVisitor)
    }
}

impl<'de> Deserialize<'de> for CtaList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut list = CtaList::default();
        for item in Vec::<CtaItem>::deserialize(deserializer)? {
            list.texts.push(item.text);
            list.counter_examples.push(item.counter_examples);
            list.examples.push(item.examples);
            list.fixed.push(item.fixed);
        }
        Ok(list)
    }
}

/// One `extends` entry: a built-in pack, less the entries named in `except`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackRef {
    pub pack: String,
    /// Terms of the pack (as the pack writes them) the guide does not take.
    pub except: Vec<String>,
}

impl PackRef {
    pub fn new(pack: &str) -> Self {
        PackRef {
            pack: pack.to_string(),
            except: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackRefMap {
    pack: String,
    #[serde(default)]
    except: Vec<String>,
}

impl<'de> Deserialize<'de> for PackRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PackRefVisitor;
        impl<'de> Visitor<'de> for PackRefVisitor {
            type Value = PackRef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a pack name or a map with `pack` and `except`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<PackRef, E> {
                Ok(PackRef::new(value))
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<PackRef, M::Error> {
                let map = PackRefMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(PackRef {
                    pack: map.pack,
                    except: map.except,
                })
            }
        }
        deserializer.deserialize_any(PackRefVisitor)
    }
}

/// `calibration:` the guide's own test files.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Calibration {
    /// Globs of files that must pass: no finding at or above `--fail-on`.
    #[serde(default)]
    pub good: Vec<String>,
    /// Globs of files that must produce exactly the findings their `expect:` comments name.
    #[serde(default)]
    pub bad: Vec<String>,
}

/// A rule's setting: a bare level (`warning`) or a map (`{level: warning, …options}`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RuleSetting {
    pub level: Option<Level>,
    /// `phrase-drift` only: the similarity threshold (0..1).
    pub threshold: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSettingMap {
    #[serde(default)]
    level: Option<Level>,
    #[serde(default)]
    threshold: Option<f64>,
}

impl<'de> Deserialize<'de> for RuleSetting {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SettingVisitor;
        impl<'de> Visitor<'de> for SettingVisitor {
            type Value = RuleSetting;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a level (error, warning, info, off) or a map with `level`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<RuleSetting, E> {
                Level::deserialize(de::value::StrDeserializer::<E>::new(value)).map(|level| {
                    RuleSetting {
                        level: Some(level),
                        threshold: None,
                    }
                })
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<RuleSetting, M::Error> {
                let map = RuleSettingMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RuleSetting {
                    level: map.level,
                    threshold: map.threshold,
                })
            }
        }
        deserializer.deserialize_any(SettingVisitor)
    }
}
