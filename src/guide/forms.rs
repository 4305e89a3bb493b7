//! Guide values written either as a plain string or as a map with options: an `extends` entry
//! (a pack name, or `{pack, except}`) and a call to action (its text, or `{text,
//! counter_examples}`).

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
}

impl std::ops::Deref for CtaList {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.texts
    }
}

impl From<Vec<String>> for CtaList {
    fn from(texts: Vec<String>) -> Self {
        let counter_examples = vec![Vec::new(); texts.len()];
        CtaList {
            texts,
            counter_examples,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CtaMap {
    text: String,
    #[serde(default)]
    counter_examples: Vec<String>,
}

/// One call to action as written: a string or a map.
struct CtaItem(String, Vec<String>);

impl<'de> Deserialize<'de> for CtaItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CtaVisitor;
        impl<'de> Visitor<'de> for CtaVisitor {
            type Value = CtaItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a call to action or a map with `text` and `counter_examples`")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<CtaItem, E> {
                Ok(CtaItem(value.to_string(), Vec::new()))
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<CtaItem, M::Error> {
                let map = CtaMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(CtaItem(map.text, map.counter_examples))
            }
        }
        deserializer.deserialize_any(CtaVisitor)
    }
}

impl<'de> Deserialize<'de> for CtaList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<CtaItem>::deserialize(deserializer)?;
        let (texts, counter_examples) = items.into_iter().map(|i| (i.0, i.1)).unzip();
        Ok(CtaList {
            texts,
            counter_examples,
        })
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
