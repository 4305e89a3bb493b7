//! A guide compiled for checking: packs resolved, inflections expanded into one automaton,
//! patterns compiled, levels and globs ready. Built once per guide and shared by all threads.

use crate::finding::Level;
use crate::guide::schema::{Banned, Guide, Term};
use crate::guide::{self, packs, GuideError};
use crate::matchers::brand_typos::BrandTypos;
use crate::matchers::claims::Claim;
use crate::matchers::packs::CompiledPacks;
use crate::matchers::phrases::PhraseMatcher;
use crate::matchers::terms::TermMatcher;
use globset::GlobSet;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod approved_claims;
mod build_error;
mod checks;
mod cited_title;
mod claim_warnings;
mod compile;
mod matching;
pub mod near;
mod page_topic;
mod proper_name;
mod scope;

pub use build_error::{dotted, BuildError};

use compile::compile;
pub(crate) use compile::glob_set;
use near::Near;
pub use scope::Scope;

/// Where a banned entry came from, for messages and error positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Index in the guide's own `banned` list.
    Guide(usize),
    /// A built-in pack and the index in its list.
    Pack(&'static str, usize),
}

#[derive(Debug, Clone)]
pub struct BannedEntry {
    /// Shared with the compiled pack it comes from, if any.
    pub entry: Arc<Banned>,
    pub origin: Origin,
}

/// What a channel requires of its documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Benefit,
    Cta,
    /// Index in the guide's `phrases`.
    Phrase(usize),
}

pub struct CompiledChannel {
    pub name: String,
    globs: GlobSet,
    pub require: Vec<Requirement>,
    pub max_words: Option<usize>,
}

pub struct CompiledAudience {
    pub name: String,
    globs: GlobSet,
    pub avoid: Vec<String>,
    pub prefer: Vec<String>,
}

impl CompiledAudience {
    /// The word to suggest instead of `avoid[i]`: the `prefer` word at the same position, or
    /// the only one.
    pub fn preferred(&self, i: usize) -> Option<&str> {
        match self.prefer.len() {
            1 => self.prefer.first(),
            _ => self.prefer.get(i),
        }
        .map(String::as_str)
    }
}

/// The default `phrase-drift` similarity threshold.
pub const DEFAULT_THRESHOLD: f64 = 0.8;

/// An entry of `claims.approved`, under the key another figure must share to conflict with it.
#[derive(Debug, Clone)]
pub struct ApprovedFigure {
    /// Its position in `claims.approved`: the first entry a figure conflicts with is reported.
    pub order: usize,
    pub entry: String,
    /// The figure as the entry writes it (what a finding suggests).
    pub figure: String,
    /// Its normalised number ("1430000" for "1.43 million"): a figure written as this one
    /// rounded restates it.
    pub number: String,
    /// The units of the prices the entry states ("$/month" for "$12/month"; not a sum raised
    /// or saved, "$13m"), worked out once here rather than for every figure checked.
    pub price_units: Vec<String>,
    /// The period the entry counts per ("month" for "50 hours/month"), if it states one.
    pub period: Option<String>,
    /// What a multiple or a percentage is set against ("ClickHouse" for "1.7x faster than
    /// ClickHouse"): only a figure set against the same thing restates it.
    pub compared_with: Option<String>,
    /// The word after a multiple's or percentage's measure word ("source" for "100% open
    /// source"): a figure whose measure goes on with another word ("95% of the open issues")
    /// measures something else.
    pub measure_noun: Option<String>,
}

pub struct CompiledGuide {
    /// The guide file; `None` for the built-in default.
    pub path: Option<PathBuf>,
    /// The folder `ignore` globs are relative to.
    pub root: PathBuf,
    pub guide: Guide,
    pub banned: Vec<BannedEntry>,
    pub terms: Vec<Term>,
    pub brands: Vec<String>,
    /// Names the guide lists that contain dots ("Node.js"): words, not file names.
    pub dotted_names: Vec<String>,
    /// In guide order: the first whose paths match a file wins.
    pub channels: Vec<CompiledChannel>,
    pub audiences: Vec<CompiledAudience>,
    /// Approved phrases and calls to action, for exact uses and drift.
    pub phrases: PhraseMatcher,
    /// The brand names as the one-letter typo search reads them.
    pub brand_typos: BrandTypos,
    /// Claims approved directly or by appearing in a phrase or call to action.
    pub approved_claims: HashSet<Claim>,
    /// The `claims.approved` entries by what makes another figure conflict with them (see
    /// [`ApprovedFigure`]), read once per guide.
    pub approved_figures: HashMap<String, Vec<ApprovedFigure>>,
    /// The units of every price `claims.approved` states ("$/month"): where the guide states
    /// its own prices, every other price in that unit is checked against them.
    pub approved_price_units: HashSet<String>,
    /// The names the company goes by (see [`own_names`]), for the claims scope.
    pub own_names: Vec<String>,
    /// The guide's own literal terms (its banned terms, `instead_of` words, brands…).
    matcher: TermMatcher,
    /// The packs it extends, with the index of each pack entry in `banned`.
    packs: ExtendedPacks,
    patterns: Vec<(usize, Regex)>,
    /// `unless_near` of each banned entry, then of each term.
    banned_near: Vec<Option<Near>>,
    terms_near: Vec<Option<Near>>,
    /// Rule levels: top-level, per channel, per override.
    scope: Scope,
    ignore: GlobSet,
    /// Site templates (Astro, Vue, Svelte) a walk takes: the guide's `include` globs.
    include: GlobSet,
    /// Problems that do not stop the guide from working (an override glob that matches no
    /// file), for the front end to show.
    pub warnings: Vec<guide::GuideWarning>,
}

/// The packs a guide extends, shared, with each pack entry's index in `banned` (`None`: the
/// guide overrides or excepts that entry).
type ExtendedPacks = Option<(Arc<CompiledPacks>, Vec<Option<usize>>)>;

/// A regex match of a banned `pattern` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMatch {
    pub banned: usize,
    pub range: Range<usize>,
}

impl CompiledGuide {
    /// Load, validate and compile the guide file at `path`; globs are relative to its folder.
    pub fn load(path: &Path) -> Result<Self, GuideError> {
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Self::load_with_root(path, root)
    }

    /// Like [`CompiledGuide::load`], with globs relative to `root` (for `--guide`).
    pub fn load_with_root(path: &Path, root: PathBuf) -> Result<Self, GuideError> {
        let text = guide::read(path)?;
        Self::from_text(
            &path.display().to_string(),
            &text,
            Some(path.to_path_buf()),
            root,
        )
    }

    /// Compile guide YAML held in memory; `name` labels diagnostics, `path` is the file it came
    /// from (if any), and globs are relative to `root`.
    pub fn from_text(
        name: &str,
        text: &str,
        path: Option<PathBuf>,
        root: PathBuf,
    ) -> Result<Self, GuideError> {
        Self::from_text_tested(name, text, path, root, true)
    }

    /// [`CompiledGuide::from_text`], running the entries' example sentences or not: `onmessage
    /// test` runs them itself, to report every failure at once with what it expected.
    pub fn from_text_tested(
        name: &str,
        text: &str,
        path: Option<PathBuf>,
        root: PathBuf,
        entry_tests: bool,
    ) -> Result<Self, GuideError> {
        let (guide, spans) = guide::parse(name, text)?;
        let (mut compiled, claim_warnings) = compile(guide, path, root, entry_tests)
            .map_err(|problems| GuideError::from_problems(name, text, Some(&spans), problems))?;
        let mut warnings = if compiled.path.is_some() {
            scope::unmatched_overrides(&compiled.guide, &compiled.root)
        } else {
            Vec::new()
        };
        warnings.extend(claim_warnings);
        compiled.warnings = guide::GuideWarning::from_problems(name, text, &spans, warnings);
        Ok(compiled)
    }

    /// The guide files without a `message-guide.yml` get: the built-in packs.
    pub fn builtin(root: PathBuf) -> Result<Self, GuideError> {
        let guide = Guide {
            version: 1,
            extends: packs::DEFAULTS
                .iter()
                .map(|n| guide::schema::PackRef::new(n))
                .collect(),
            ..Guide::default()
        };
        compile(guide, None, root, true)
            .map(|(compiled, _)| compiled)
            .map_err(|problems| GuideError::from_problems("built-in guide", "", None, problems))
    }

    /// The level a rule runs at under this guide's top-level `rules`.
    pub fn level(&self, rule: crate::registry::RuleId) -> Level {
        self.scope.level(rule)
    }

    /// The rule levels for a file in `channel` at `relative` (guide-relative): its overrides,
    /// then its channel's `rules`, then the top-level `rules`.
    pub fn levels_for(&self, channel: Option<usize>, relative: Option<&Path>) -> Vec<Level> {
        self.scope.levels_for(channel, relative)
    }

    /// Whether the guide's `ignore` globs exclude `path` (relative to [`CompiledGuide::root`]).
    pub fn is_ignored(&self, relative: &Path) -> bool {
        self.ignore.is_match(relative)
    }

    /// Whether the guide's `ignore` globs exclude the file at `file` (as given or walked).
    pub fn ignores(&self, file: &Path) -> bool {
        self.relative_path(file)
            .is_some_and(|relative| self.is_ignored(&relative))
    }

    /// Whether the guide's `include` globs name the file at `file` (as given or walked): site
    /// templates are walked only then.
    pub fn includes(&self, file: &Path) -> bool {
        self.relative_path(file)
            .is_some_and(|relative| self.include.is_match(&relative))
    }

    /// `file` relative to the guide's folder, the form every guide glob matches; `None` when the
    /// file is outside it.
    pub fn relative_path(&self, file: &Path) -> Option<PathBuf> {
        // Asked twice for every file checked: the working folder is looked up once a run.
        static CURRENT_DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
        let absolute = if file.is_absolute() {
            file.to_path_buf()
        } else {
            CURRENT_DIR
                .get_or_init(|| std::env::current_dir().ok())
                .as_ref()?
                .join(file)
        };
        crate::guide_set::lexical_normalize(&absolute)
            .strip_prefix(&self.root)
            .ok()
            .map(Path::to_path_buf)
    }

    /// The first channel whose paths match the (guide-relative) path.
    pub fn channel_for(&self, relative: &Path) -> Option<usize> {
        self.channels
            .iter()
            .position(|c| c.globs.is_match(relative))
    }

    /// The first audience whose paths match the (guide-relative) path.
    pub fn audience_for(&self, relative: &Path) -> Option<usize> {
        self.audiences
            .iter()
            .position(|a| a.globs.is_match(relative))
    }
}

#[cfg(test)]
mod tests;
