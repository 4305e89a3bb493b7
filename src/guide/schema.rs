//! The guide as written in `message-guide.yml`: plain serde types, nothing compiled yet.
//! Every struct denies unknown keys, so a typo is an error with "did you mean", never ignored.

use crate::finding::Level;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub version: u32,
    #[serde(default)]
    pub extends: Vec<String>,
    #[serde(default)]
    pub brand: Option<Brand>,
    #[serde(default)]
    pub benefit: Option<Benefit>,
    #[serde(default)]
    pub phrases: Vec<Phrase>,
    #[serde(default)]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub banned: Vec<Banned>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    #[serde(default)]
    pub ignore: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    #[serde(default)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    pub statement: String,
    #[serde(default)]
    pub expressions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    pub text: String,
}

/// One word for one thing: write `use`, never any of `instead_of`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(rename = "use")]
    pub use_: String,
    pub instead_of: Vec<String>,
    #[serde(default)]
    pub case: Case,
    #[serde(default)]
    pub exact: bool,
}

/// A banned literal `term` or regex `pattern` (exactly one of the two).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Banned {
    #[serde(default)]
    pub term: Option<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub replacement: Option<String>,
    #[serde(default)]
    pub case: Case,
    /// No inflections: match the term exactly as written (still case-insensitive by default).
    #[serde(default)]
    pub exact: bool,
    /// A sentence this entry must flag; checked when the guide loads, so the guide documents
    /// itself and cannot silently stop matching.
    #[serde(default)]
    pub example: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    #[default]
    Insensitive,
    Sensitive,
}

/// A built-in pack in `rules/`: banned entries with a description.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub description: String,
    pub banned: Vec<Banned>,
}

/// A rule's setting: a bare level (`warning`) or a map (`{level: warning, …options}`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RuleSetting {
    pub level: Option<Level>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSettingMap {
    #[serde(default)]
    level: Option<Level>,
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
                Level::deserialize(de::value::StrDeserializer::<E>::new(value))
                    .map(|level| RuleSetting { level: Some(level) })
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<RuleSetting, M::Error> {
                let map = RuleSettingMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RuleSetting { level: map.level })
            }
        }
        deserializer.deserialize_any(SettingVisitor)
    }
}
