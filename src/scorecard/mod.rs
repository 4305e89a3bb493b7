//! The alignment scorecard behind `onmessage report`: scores per file, channel, folder and
//! guide; benefit coverage; approved phrase usage; drift terms; field language; and, with a
//! second tree (`--since`), the deltas. Plain serde data: the renderers in
//! [`crate::report`] turn it into Markdown, HTML or JSON, and the binary writes it.
//!
//! The score of a file of W prose words with E error and N warning findings (info and
//! suppressed findings do not count): penalty P = (3E + N) × 100 / W, language =
//! 100 × max(0, 1 − P/10); when its channel has requirements, of which M of R are met,
//! score = 0.6 × language + 0.4 × 100 × M/R, otherwise score = language. Aggregates are
//! word-weighted means of file scores; files without words are left out.

mod build;
pub mod claims;
pub mod delta;
mod entries;
pub mod field;
pub mod field_examples;
mod folders;
pub mod front;
pub mod groups;
mod kept;
pub mod measure;
pub mod requirements;
pub mod touched;

pub use build::SectionBuilder;
pub use claims::{ClaimFigure, ClaimStatus, ClaimUnit, ClaimsFigures};
pub use delta::SectionDelta;
pub use measure::{measure, FileMeasure};
pub use requirements::{ChannelRequirements, PathScore, RequirementFailures};

use crate::guide::schema::Team;
use serde::Serialize;

/// The version of the scorecard's JSON; bumped only on incompatible changes.
pub const VERSION: u32 = 1;

/// The formula, as the reports state it.
pub const FORMULA: &str = "penalty P = (3E + N) × 100 / W; language = 100 × max(0, 1 − P/10); score = 0.6 × language + 0.4 × 100 × M/R when the channel has R requirements of which M are met, otherwise score = language";

/// The formula worked through once, as the reports and the README show it.
pub const WORKED_EXAMPLE: &str = "A sell sheet of 200 words with 1 error and 2 warnings, whose channel requires 3 things of which it has 2: P = (3 × 1 + 2) × 100 / 200 = 2.5; language = 100 × (1 − 2.5/10) = 75; score = 0.6 × 75 + 0.4 × 100 × 2/3 = 45 + 26.7 = 71.7.";

/// The name of the bucket of files in no channel.
pub const UNASSIGNED: &str = "unassigned";

/// The language score of a file: `None` for a file without words.
pub fn language_score(words: usize, errors: usize, warnings: usize) -> Option<f64> {
    if words == 0 {
        return None;
    }
    let penalty = (3 * errors + warnings) as f64 * 100.0 / words as f64;
    Some(100.0 * (1.0 - penalty / 10.0).max(0.0))
}

/// The score of a file from its language score and the requirements it meets.
pub fn file_score(language: f64, met: usize, requirements: usize) -> f64 {
    if requirements == 0 {
        language
    } else {
        0.6 * language + 0.4 * 100.0 * met as f64 / requirements as f64
    }
}

/// Scores and shares are reported to one decimal.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The whole report: one section per guide, and the same figures at an older ref.
#[derive(Debug, Clone, Serialize)]
pub struct Scorecard {
    pub version: u32,
    pub formula: &'static str,
    /// Files read and scored (not those skipped or excluded by a guide's `ignore`).
    pub files_read: usize,
    /// Files that could not be read (named on stderr).
    pub files_unreadable: usize,
    pub sections: Vec<GuideSection>,
    /// With `--since`: the figures at that ref and the changes since.
    pub since: Option<Since>,
}

/// The figures of the tree at a git ref, scored with the current guides.
#[derive(Debug, Clone, Serialize)]
pub struct Since {
    /// The ref as given.
    pub reference: String,
    /// The commit it names.
    pub commit: String,
    pub files_read: usize,
    pub sections: Vec<GuideSection>,
    /// Now minus then, per section of the working tree.
    pub deltas: Vec<SectionDelta>,
}

/// The figures of the files one guide covers.
#[derive(Debug, Clone, Serialize)]
pub struct GuideSection {
    /// The guide file, as reached from the current folder; "built-in packs" for files without.
    pub guide: String,
    pub overall: Aggregate,
    /// In guide order, then [`UNASSIGNED`] when some files are in no channel.
    pub channels: Vec<ChannelFigures>,
    /// Folders relative to the guide's folder, grouped where the tree branches (or `--depth`
    /// deep), by name.
    pub folders: Vec<Aggregate>,
    /// By path.
    pub files: Vec<FileFigures>,
    /// Whether the guide has benefit expressions (otherwise benefit coverage is n/a).
    pub has_benefit: bool,
    /// Approved phrases, then calls to action, in guide order.
    pub phrases: Vec<PhraseUsage>,
    /// Banned and non-preferred terms found, most frequent first.
    pub drift: Vec<DriftTerm>,
    /// Figures that contradict an approved claim, per approved figure, in the order first found.
    pub stale_figures: Vec<StaleFigure>,
    pub field_language: FieldLanguage,
    /// Every figure in use per unit, and approved claims nobody states (empty without a
    /// `claims` section in the guide).
    pub claims: ClaimsFigures,
    /// Per channel with requirements or `max_words`: how many files fail each, and the worst.
    pub requirements: Vec<ChannelRequirements>,
    /// With `--by`: the files grouped by a front-matter value or by month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<groups::Groups>,
}

/// A word-weighted mean of file scores.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Aggregate {
    pub name: String,
    /// `None` ("n/a") when no file has words.
    pub score: Option<f64>,
    pub files: usize,
    /// Files with words: the ones the score weighs.
    pub scored_files: usize,
    pub words: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChannelFigures {
    #[serde(flatten)]
    pub aggregate: Aggregate,
    pub team: Option<Team>,
    /// The channel's `require` entries, as written in the guide.
    pub requirements: Vec<String>,
    /// `None` when the guide has no benefit expressions.
    pub benefit: Option<BenefitCoverage>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BenefitCoverage {
    pub files_with_benefit: usize,
    /// Percent of the channel's files that carry the benefit; `None` for an empty channel.
    pub share: Option<f64>,
    /// Median number of words before the first benefit expression, over the files with one.
    pub median_position: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FileFigures {
    pub path: String,
    pub channel: String,
    pub folder: String,
    pub words: usize,
    pub errors: usize,
    pub warnings: usize,
    pub requirements: usize,
    pub requirements_met: usize,
    /// `None` for a file without words.
    pub language: Option<f64>,
    pub score: Option<f64>,
    pub benefit_position: Option<usize>,
    /// Front matter `author` (or `authors`), when given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Front matter `date` as written, or the last commit's date with `--dates git`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Front matter `tags` (or `tag`), when given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The errors and warnings per rule, by rule (not in the JSON: `--since` compares them).
    #[serde(skip)]
    pub by_rule: Vec<(crate::registry::RuleId, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PhraseType {
    Phrase,
    Cta,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhraseUsage {
    /// The phrase id; `None` for a call to action.
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: PhraseType,
    pub text: String,
    /// Word-for-word uses.
    pub exact: usize,
    /// Near misses (`phrase-drift`, whatever its level).
    pub drifted: usize,
    /// Files with at least one use of either kind.
    pub files: usize,
    /// Uses per channel, only channels with uses.
    pub channels: Vec<ChannelUse>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChannelUse {
    pub channel: String,
    pub exact: usize,
    pub drifted: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DriftTerm {
    /// `banned-term` or `preferred-term`.
    pub rule: crate::registry::RuleId,
    /// The banned term or pattern, or the words a `terms` entry replaces.
    pub term: String,
    /// The suggested wording, if any.
    pub instead: Option<String>,
    /// Where a banned entry comes from: "guide" or a pack name.
    pub source: String,
    pub count: usize,
    pub files: usize,
    /// The files with the most uses (at most [`build::TOP_FILES`]), most first.
    pub top_files: Vec<PathCount>,
}

/// An approved claim and the files that still state another figure for it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StaleFigure {
    /// The approved figure as the guide writes it ("1B+ updates").
    pub approved: String,
    pub count: usize,
    /// Every stale figure, in path order.
    pub places: Vec<StalePlace>,
}

/// Where a file states a stale figure, and what it says.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StalePlace {
    pub path: String,
    pub line: usize,
    pub says: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PathCount {
    pub path: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct FieldLanguage {
    /// `None` when field language applies; otherwise why it is n/a.
    pub not_available: Option<String>,
    pub sales_channels: Vec<String>,
    pub marketing_channels: Vec<String>,
    pub sales_files: usize,
    /// A phrase must recur in at least this many sales files.
    pub min_files: u32,
    /// The most used phrases, at most [`field::MAX_PHRASES`].
    pub phrases: Vec<FieldPhrase>,
    /// How many phrases qualified before that cut.
    pub phrases_found: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldPhrase {
    pub text: String,
    pub words: usize,
    pub files: usize,
    /// Distinct writers (front-matter authors) of those files; files without one count none.
    pub writers: usize,
    /// The first of `examples`.
    pub example: Example,
    /// Up to two example sentences, each from a different file.
    pub examples: Vec<Example>,
    /// The first sales files that use it, by path (at most [`field::LISTED_FILES`]).
    pub in_files: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Example {
    pub path: String,
    pub sentence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formula_on_hand_computed_values() {
        // 50 words, 1 error, 1 warning: P = (3 + 1) × 100 / 50 = 8; language = 100 × (1 − 0.8).
        let language = language_score(50, 1, 1).unwrap_or(f64::NAN);
        assert!((language - 20.0).abs() < 1e-9);
        // 1 of 2 requirements met: 0.6 × 20 + 0.4 × 100 × 1/2 = 12 + 20 = 32.
        assert!((file_score(language, 1, 2) - 32.0).abs() < 1e-9);
        // No requirements: the language score.
        assert!((file_score(language, 0, 0) - 20.0).abs() < 1e-9);
        // P = 30 × 100 / 100 = 30 ≥ 10: language is 0, never negative.
        assert_eq!(language_score(100, 10, 0), Some(0.0));
        // No words: no score, and no division by zero.
        assert_eq!(language_score(0, 3, 1), None);
        assert_eq!(round1(73.333_333), 73.3);
        // The worked example the reports print.
        let language = language_score(200, 1, 2).unwrap_or(f64::NAN);
        assert!((language - 75.0).abs() < 1e-9);
        assert_eq!(round1(file_score(language, 2, 3)), 71.7);
        assert!(WORKED_EXAMPLE.ends_with("= 71.7."));
        assert_eq!(round1(78.947_368), 78.9);
    }
}
