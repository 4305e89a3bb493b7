//! Rule ids and what the registry knows about each rule. The list itself is one line per rule
//! in `rules/mod.rs` (the `registry!` invocation, which also declares the rule's module); this
//! module is the typed view of it: [`RuleId`], [`RULES`] and the look-ups by name.

use crate::finding::{Finding, Level};
use crate::rules::{Context, RuleDoc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

pub use crate::rules::RULES;

/// What a rule contributes to the report: its findings on a document.
pub type Check = fn(&Context, &mut Vec<Finding>);

/// What the registry knows about a rule.
#[derive(Clone, Copy)]
pub struct RuleMeta {
    /// The stable id, as written in guides, JSON and SARIF.
    pub id: RuleId,
    pub default_level: Level,
    pub summary: &'static str,
    /// Its long documentation, `DOC` in `rules/<id>.rs` (what `onmessage explain` prints).
    pub doc: &'static RuleDoc,
    /// `None` for the suppression rules: the suppression stage reports them.
    pub check: Option<Check>,
}

impl fmt::Debug for RuleMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleMeta")
            .field("id", &self.id)
            .field("default_level", &self.default_level)
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

/// A rule that exists: made only from a name in the registry, so a finding cannot carry a rule
/// that does not. Constants are checked while compiling (`rules::banned_term::ID`); names read
/// from guides, comments and files go through [`RuleId::parse`]. Serialises as its id string.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuleId(u8);

impl RuleId {
    /// The rule called `name`; a compile error in a `const` when no rule is (a typo).
    pub const fn named(name: &str) -> RuleId {
        let names = crate::rules::NAMES;
        let mut i = 0;
        while i < names.len() {
            if const_eq(names[i].as_bytes(), name.as_bytes()) {
                return RuleId(i as u8);
            }
            i += 1;
        }
        panic!("no rule of this name in the registry (src/rules/mod.rs)")
    }

    /// The rule called `name`, if there is one.
    pub fn parse(name: &str) -> Option<RuleId> {
        crate::rules::NAMES
            .iter()
            .position(|&n| n == name)
            .map(|i| RuleId(i as u8))
    }

    pub fn as_str(self) -> &'static str {
        crate::rules::NAMES[self.index()]
    }

    /// Position in [`RULES`]: the order `onmessage rules` lists rules and findings at one
    /// position sort in, and the index SARIF wants.
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    pub fn meta(self) -> &'static RuleMeta {
        &RULES[self.index()]
    }
}

const fn const_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Ordered by name, as the strings ids were before, so sorted outputs (baselines) keep their
/// order. Registry order is [`RuleId::index`].
impl Ord for RuleId {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Padded like a string (`{:20}`), for tables.
impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        RuleId::parse(&name).ok_or_else(|| {
            let hint =
                did_you_mean(&name).map_or(String::new(), |id| format!(" (did you mean `{id}`?)"));
            serde::de::Error::custom(format!("unknown rule `{name}`{hint}"))
        })
    }
}

pub fn lookup(id: &str) -> Option<&'static RuleMeta> {
    RuleId::parse(id).map(RuleId::meta)
}

/// Position of a rule in [`RULES`], by name.
pub fn index_of(id: &str) -> Option<usize> {
    RuleId::parse(id).map(RuleId::index)
}

/// The closest rule id to a mistyped one, for "did you mean".
pub fn did_you_mean(id: &str) -> Option<&'static str> {
    crate::suggest::closest(id, crate::rules::NAMES.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_in_registry_order() {
        for (i, rule) in RULES.iter().enumerate() {
            let id = rule.id.as_str();
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(index_of(id), Some(i), "{id} listed twice");
            assert_eq!(rule.id.index(), i);
        }
        assert!(RULES.len() <= usize::from(u8::MAX));
    }

    #[test]
    fn suggests_close_ids_only() {
        assert_eq!(did_you_mean("banned-terms"), Some("banned-term"));
        assert_eq!(did_you_mean("brandname"), Some("brand-name"));
        assert_eq!(did_you_mean("xyz"), None);
    }

    #[test]
    fn serialises_as_its_name_and_reads_back_only_a_registered_one() {
        let id = crate::rules::banned_term::ID;
        assert_eq!(
            serde_json::to_string(&id).ok(),
            Some("\"banned-term\"".into())
        );
        assert_eq!(
            serde_json::from_str::<RuleId>("\"banned-term\"").ok(),
            Some(id)
        );
        let err = serde_json::from_str::<RuleId>("\"banned-terms\"").map(|_| ());
        let message = err.map_err(|e| e.to_string()).err().unwrap_or_default();
        assert!(
            message.contains("unknown rule `banned-terms` (did you mean `banned-term`?)"),
            "{message}"
        );
    }

    #[test]
    fn orders_by_name_like_the_strings_it_replaced() {
        let mut ids: Vec<RuleId> = RULES.iter().map(|r| r.id).collect();
        ids.sort();
        let names: Vec<&str> = ids.iter().map(|id| id.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }
}
