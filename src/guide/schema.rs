//! The guide as written in `message-guide.yml`: plain serde types, nothing compiled yet.
//! Every struct denies unknown keys, so a typo is an error with "did you mean", never ignored.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

pub use super::forms::{Calibration, CtaList, PackRef, RuleSetting};

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The guide format: always `1`.
    pub version: u32,
    /// Built-in packs: a name, or `{pack: NAME, except: [terms]}` to drop some of its entries.
    #[serde(default)]
    pub extends: Vec<PackRef>,
    /// Brand and product names, spelled exactly as they must appear.
    #[serde(default)]
    pub brand: Option<Brand>,
    /// The core emotional benefit: a `statement`, the `expressions` that carry it and optionally
    /// `within_words`.
    #[serde(default)]
    pub benefit: Option<Benefit>,
    /// Approved phrases and taglines, word for word, each with an `id`, `text` and optional drift
    /// `threshold`.
    #[serde(default)]
    pub phrases: Vec<Phrase>,
    /// One word for one thing, in both teams: `use` one word `instead_of` others.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// Banned words and patterns: each a `term` or a `pattern` (not both), with an optional `reason`
    /// and `replacement`.
    #[serde(default)]
    pub banned: Vec<Banned>,
    /// Calls to action: every channel that requires `cta` must carry one.
    #[serde(default)]
    pub cta: CtaList,
    /// The numeric claims anyone may make, and how figures are checked against them.
    #[serde(default)]
    pub claims: Option<Claims>,
    /// Kinds of document (sales script, sell sheet, …), in guide order: the first whose `paths`
    /// match a file wins.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(with = "IndexMap<String, Channel>")]
    pub channels: IndexMap<String, Channel>,
    /// Who a document speaks to, in guide order like channels.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(with = "IndexMap<String, Audience>")]
    pub audiences: IndexMap<String, Audience>,
    /// A level per rule id: `error`, `warning`, `info` or `off`, or a map `{level, threshold}`
    /// (`threshold` for `phrase-drift` only).
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(schema_with = "super::json_schema::rule_settings")]
    pub rules: BTreeMap<String, RuleSetting>,
    /// Globs of files never to check, relative to the guide's folder (to the current directory with
    /// `--guide`).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Files a folder walk reads besides Markdown, text, HTML and MJML: globs relative to the
    /// guide's folder naming site templates (`src/pages/**/*.astro`).
    #[serde(default)]
    pub include: Vec<String>,
    /// What word rules do inside quotations (someone else's words).
    #[serde(default)]
    pub quotes: Quotes,
    /// Rule levels for files by path, later entries winning; above channel and top-level
    /// `rules`.
    #[serde(default)]
    pub overrides: Vec<Override>,
    /// Nouns a suggestion never pluralises, besides the built-in common mass nouns
    /// ("synergies" → "teamwork", not "teamworks").
    #[serde(default)]
    pub uncountable: Vec<String>,
    /// Files `onmessage test` checks: `good` globs must produce no finding at or above
    /// `--fail-on`, `bad` globs the findings their `expect:` comments name. Relative to the
    /// guide's folder; `check` and `report` do not walk them.
    #[serde(default)]
    pub calibration: Option<Calibration>,
}

/// `overrides:` entry: rule levels for the files its globs match (relative to the guide's
/// folder), as ESLint's `overrides` and ruff's `per-file-ignores`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// Globs relative to the guide's folder; a glob that matches nothing is a warning.
    pub paths: Vec<String>,
    /// Rule levels for the matched files (levels only, no `threshold`).
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(schema_with = "super::json_schema::rule_settings")]
    pub rules: BTreeMap<String, RuleSetting>,
}

/// What word rules do inside quotations. A closed set, so a typo is an error with "did you mean".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Quotes {
    /// Report findings, but never fix them: a fix would put words in someone's mouth.
    #[default]
    Report,
    /// Do not check quotations.
    Skip,
    /// Check quotations as prose.
    Check,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    /// Approved numeric claims; each must hold a number with a unit ("1B+ updates", "100ms").
    #[serde(default)]
    pub approved: Vec<String>,
    /// Which figures to report: every unapproved one, or only those that conflict.
    #[serde(default)]
    pub check: ClaimsCheck,
    /// Whether figures attributed to a third-party source are checked.
    #[serde(default)]
    pub cited: CitedClaims,
    /// Whose figures `unapproved-claim` reports: the company's own (`first-party`, default), or
    /// every figure (`all`).
    #[serde(default)]
    pub scope: ClaimsScope,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
}

/// `claims.check`: `all` reports every unapproved claim; `conflicts` only the figures whose unit
/// an approved claim uses (stale and conflicting figures).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ClaimsCheck {
    #[default]
    All,
    Conflicts,
}

/// `claims.cited`: `skip` leaves a figure the sentence attributes to another source alone;
/// `check` reports it like any other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CitedClaims {
    #[default]
    Skip,
    Check,
}

/// `claims.scope`: `first-party` reports an unapproved figure only in a sentence that speaks as
/// the company ("we", "our", outside quotations) or names it; `all` reports every figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimsScope {
    #[default]
    FirstParty,
    All,
}

/// `channels.<name>.claims`: how this channel's documents are checked for claims, above the
/// top-level `claims`.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChannelClaims {
    /// Whose figures `unapproved-claim` reports in this channel (`all` for a sell sheet, where
    /// every figure is the company's).
    pub scope: ClaimsScope,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Globs relative to the guide's folder; empty for channels only front matter selects.
    #[serde(default)]
    pub paths: Vec<String>,
    /// `benefit`, `cta` or `phrase:ID`.
    #[serde(default)]
    pub require: Vec<String>,
    /// The most words a document of this channel may have.
    #[serde(default)]
    pub max_words: Option<usize>,
    /// Which team writes this channel's documents; `onmessage report` compares the language of
    /// `sales` channels with `marketing` channels (field language).
    #[serde(default)]
    pub team: Option<Team>,
    /// Claim checking for this channel: `{scope: all}` reports every unapproved figure.
    #[serde(default)]
    pub claims: Option<ChannelClaims>,
    /// Rule levels for this channel's documents, above the top-level `rules`.
    #[serde(default, deserialize_with = "unique_keys")]
    #[schemars(schema_with = "super::json_schema::rule_settings")]
    pub rules: BTreeMap<String, RuleSetting>,
}

/// The team behind a channel. A closed set, so a typo is an error with "did you mean".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Team {
    Sales,
    Marketing,
}

impl Team {
    /// The name the guide writes.
    pub fn as_str(self) -> &'static str {
        match self {
            Team::Sales => "sales",
            Team::Marketing => "marketing",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Globs relative to the guide's folder, of the documents written for this audience.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Words this audience should not hear.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Paired with `avoid` by position, or one word for all.
    #[serde(default)]
    pub prefer: Vec<String>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Brand and product names, spelled exactly as they must appear.
    #[serde(default)]
    pub names: Vec<String>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    /// The benefit in one sentence: what the buyer should feel.
    pub statement: String,
    /// Words and phrases that carry the benefit, matched like terms (with inflections).
    #[serde(default)]
    pub expressions: Vec<String>,
    /// The benefit must appear within this many words (no position check when absent).
    #[serde(default)]
    pub within_words: Option<usize>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences that must carry the benefit (match one of `expressions`); `onmessage test` runs
    /// them, and the guide does not load when one does not.
    #[serde(default)]
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    /// The phrase's name, for `require: ["phrase:ID"]` in a channel.
    pub id: String,
    /// The approved wording.
    pub text: String,
    /// Drift similarity threshold for this phrase (0..1), overriding the rule's.
    #[serde(default)]
    pub threshold: Option<f64>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
}

/// One word for one thing: write `use`, never any of `instead_of`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The guide's word.
    #[serde(rename = "use")]
    pub use_: String,
    /// The words it replaces.
    pub instead_of: Vec<String>,
    /// `sensitive` to match only the case as written; `insensitive` (default) matches any case.
    #[serde(default)]
    pub case: Case,
    /// No inflections: match the words exactly as written, separators included.
    #[serde(default)]
    pub exact: bool,
    /// A sentence this entry must flag, checked when the guide loads.
    #[serde(default)]
    pub example: Option<String>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
    /// Words that, near a match (same sentence, within a few words), make the sense literal:
    /// the match is not reported ("bandwidth" near "network").
    #[serde(default)]
    pub unless_near: Vec<String>,
    /// Right after a name (a capitalised word that does not open its sentence, or an acronym),
    /// the word is that name's own thing, not the vague sense: "the KARTE ecosystem".
    #[serde(default)]
    pub unless_after_name: bool,
    /// The guide's word fits every sense of the words it replaces in this team's copy: its fix
    /// is safe even though it is another word, not a respelling (fixes in identifiers,
    /// quotations and the other unsafe places stay unsafe).
    #[serde(default)]
    pub safe_fix: bool,
}

/// A banned literal `term` or regex `pattern` (exactly one of the two).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Banned {
    /// A banned word or phrase, matched with its inflections.
    #[serde(default)]
    pub term: Option<String>,
    /// A banned regex (Rust regex syntax), instead of a `term`.
    #[serde(default)]
    pub pattern: Option<String>,
    /// Why it is banned, shown with each finding.
    #[serde(default)]
    pub reason: Option<String>,
    /// What to write instead (a `term`'s fix; a `pattern` takes none).
    #[serde(default)]
    pub replacement: Option<String>,
    /// `sensitive` to match only the case as written; `insensitive` (default) matches any case.
    #[serde(default)]
    pub case: Case,
    /// No inflections: match the term exactly as written (still case-insensitive by default).
    #[serde(default)]
    pub exact: bool,
    /// A sentence this entry must flag; checked when the guide loads, so the guide documents
    /// itself and cannot silently stop matching.
    #[serde(default)]
    pub example: Option<String>,
    /// Sentences this entry must not flag; checked when the guide loads, like `example`.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Sentences this entry must flag; `onmessage test` runs them, and the guide does not load
    /// when one stays quiet.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The entry's first example (`example`, else the first of `examples`) with the entry's fix
    /// applied: what `onmessage test` expects the fix to write.
    #[serde(default)]
    pub fixed: Option<String>,
    /// Words that, near a match (same sentence, within a few words), make the sense literal:
    /// the match is not reported ("bandwidth" near "network").
    #[serde(default)]
    pub unless_near: Vec<String>,
    /// Right after a name (a capitalised word that does not open its sentence, or an acronym),
    /// the word is that name's own thing, not the vague sense: "the KARTE ecosystem".
    #[serde(default)]
    pub unless_after_name: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
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

/// A map whose keys must be unique: a repeated channel, audience or rule would silently replace
/// the first (the loader then points at the repeated key).
fn unique_keys<'de, D, M, V>(deserializer: D) -> Result<M, D::Error>
where
    D: Deserializer<'de>,
    M: Default + Extend<(String, V)>,
    V: Deserialize<'de>,
{
    struct UniqueVisitor<M, V>(PhantomData<(M, V)>);
    impl<'de, M, V> Visitor<'de> for UniqueVisitor<M, V>
    where
        M: Default + Extend<(String, V)>,
        V: Deserialize<'de>,
    {
        type Value = M;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<M, A::Error> {
            let mut seen = HashSet::new();
            let mut out = M::default();
            while let Some((key, value)) = map.next_entry::<String, V>()? {
                if !seen.insert(key.clone()) {
                    return Err(de::Error::custom(format_args!("duplicate key `{key}`")));
                }
                out.extend([(key, value)]);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(UniqueVisitor(PhantomData))
}
