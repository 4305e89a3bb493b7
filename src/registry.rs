//! Every rule id, once, with its default level and one-line summary. A leaf module: the guide
//! validates `rules:` keys against it and the rules look their defaults up here.

use crate::finding::Level;

/// What the registry knows about a rule. Its long documentation lives beside its code, in
/// `rules/<id>.rs`, as `DOC`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// The stable id, as written in guides, JSON and SARIF.
    pub id: &'static str,
    pub default_level: Level,
    pub summary: &'static str,
}

/// All rules, in the order `onmessage rules` lists them and findings of one position are sorted.
pub const RULES: &[RuleMeta] = &[
    RuleMeta {
        id: "banned-term",
        default_level: Level::Error,
        summary: "A word or pattern the guide bans (jargon, hype, internal code words)",
    },
    RuleMeta {
        id: "preferred-term",
        default_level: Level::Warning,
        summary: "A word the guide replaces with the one word both teams use",
    },
    RuleMeta {
        id: "brand-name",
        default_level: Level::Error,
        summary: "A brand name spelled wrong: case, split or joined, or one letter off",
    },
    RuleMeta {
        id: "phrase-drift",
        default_level: Level::Warning,
        summary: "An approved phrase or call to action, paraphrased or misquoted",
    },
    RuleMeta {
        id: "missing-benefit",
        default_level: Level::Warning,
        summary: "A document whose channel requires the core benefit never states it",
    },
    RuleMeta {
        id: "late-benefit",
        default_level: Level::Info,
        summary: "The core benefit first appears later than `within_words` words",
    },
    RuleMeta {
        id: "missing-cta",
        default_level: Level::Warning,
        summary: "A document whose channel requires a call to action has none",
    },
    RuleMeta {
        id: "missing-phrase",
        default_level: Level::Warning,
        summary: "A document lacks an approved phrase its channel requires",
    },
    RuleMeta {
        id: "unapproved-claim",
        default_level: Level::Warning,
        summary: "A number claim (\"45 seconds\", \"$500 off\", \"99.9% uptime\") nobody approved",
    },
    RuleMeta {
        id: "conflicting-claim",
        default_level: Level::Error,
        summary:
            "A figure the guide approved with another number (\"12.5M updates\" vs \"1B+ updates\")",
    },
    RuleMeta {
        id: "audience-term",
        default_level: Level::Warning,
        summary: "A word the document's audience should not hear",
    },
    RuleMeta {
        id: "too-long",
        default_level: Level::Info,
        summary: "A document longer than its channel's `max_words`",
    },
    RuleMeta {
        id: "unknown-channel",
        default_level: Level::Error,
        summary: "Front matter names a channel or audience the guide does not define",
    },
    RuleMeta {
        id: "unused-suppression",
        default_level: Level::Info,
        summary: "An onmessage-disable comment that silences nothing",
    },
    RuleMeta {
        id: "invalid-suppression",
        default_level: Level::Error,
        summary: "A malformed onmessage-disable comment, or one naming an unknown rule",
    },
    RuleMeta {
        id: "partial-check",
        default_level: Level::Warning,
        summary: "A comment or MDX expression never closed, or findings past the per-file cap",
    },
];

pub fn lookup(id: &str) -> Option<&'static RuleMeta> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Position of a rule in [`RULES`]: a stable sort key and the index SARIF wants.
pub fn index_of(id: &str) -> Option<usize> {
    RULES.iter().position(|rule| rule.id == id)
}

/// The closest rule id to a mistyped one, for "did you mean".
pub fn did_you_mean(id: &str) -> Option<&'static str> {
    crate::suggest::closest(id, RULES.iter().map(|rule| rule.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(index_of(rule.id), Some(i), "{} listed twice", rule.id);
        }
    }

    #[test]
    fn suggests_close_ids_only() {
        assert_eq!(did_you_mean("banned-terms"), Some("banned-term"));
        assert_eq!(did_you_mean("brandname"), Some("brand-name"));
        assert_eq!(did_you_mean("xyz"), None);
    }
}
