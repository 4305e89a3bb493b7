//! A guide compiled for checking: packs resolved, inflections expanded into one automaton,
//! patterns compiled, levels and globs ready. Built once per guide and shared by all threads.

use crate::finding::Level;
use crate::guide::schema::{Banned, Case, Guide, Term};
use crate::guide::{self, packs, GuideError, Problem};
use crate::guide_path;
use crate::matchers::brand_typos::BrandTypos;
use crate::matchers::claims::{
    compared_with, find_approved_claims, find_claims, measure_noun_after, own_names, period_of,
    price_without_result, Claim,
};
use crate::matchers::packs::{self as compiled_packs, CompiledPacks};
use crate::matchers::phrases::{PhraseKind, PhraseMatcher};
use crate::matchers::terms::{Target, TermMatcher, TermMatcherBuilder};
use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::{Regex, RegexBuilder};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod build_error;
mod checks;
mod cited_title;
mod claim_warnings;
mod matching;
pub mod near;
mod page_topic;
mod proper_name;
mod scope;

pub use build_error::{dotted, BuildError};

use checks::{check_collisions, check_replacements, regex_error_help};
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
    /// The packs it extends, shared, with each pack entry's index in `banned` (`None`: the
    /// guide overrides that entry).
    packs: Option<(Arc<CompiledPacks>, Vec<Option<usize>>)>,
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

/// Whether the guide's `extends` drops this pack entry with `except`.
fn excepted(guide: &Guide, pack: &str, term: Option<&str>) -> bool {
    let Some(term) = term else {
        return false;
    };
    guide
        .extends
        .iter()
        .filter(|e| e.pack == pack)
        .flat_map(|e| &e.except)
        .any(|word| word.trim().eq_ignore_ascii_case(term))
}

/// Compile globs, reporting each bad one at `path(i)`, and a list that does not compile as a
/// whole (past globset's regex size limit) at the list. On a problem the set returned is only
/// a placeholder: the guide is refused.
pub(crate) fn glob_set(
    globs: &[String],
    path: impl Fn(usize) -> Vec<guide::Seg>,
    problems: &mut Vec<Problem>,
) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    let mut valid = true;
    for (i, glob) in globs.iter().enumerate() {
        match Glob::new(glob) {
            Ok(glob) => {
                builder.add(glob);
            }
            Err(err) => {
                valid = false;
                problems.push(Problem::at(
                    path(i),
                    format!("invalid glob: {}", err.kind()),
                ));
            }
        }
    }
    match builder.build() {
        Ok(set) => set,
        Err(err) => {
            // A bad glob is reported above; the set fails as a whole only when each is valid.
            if valid {
                let mut list = path(0);
                list.pop();
                let error = BuildError::Globs {
                    list: build_error::dotted(&list),
                    reason: err.kind().to_string(),
                };
                // At the key: the list itself may be a thousand lines long.
                problems.push(error.problem_at(list).at_key());
            }
            GlobSet::empty()
        }
    }
}

fn compile(
    guide: Guide,
    path: Option<PathBuf>,
    root: PathBuf,
    entry_tests: bool,
) -> Result<(CompiledGuide, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    // What works but not as the guide's writer likely means: reported at load, never refused.
    let mut warnings = Vec::new();
    let mut builder = TermMatcherBuilder::default();
    let own_forms = check_collisions(&guide, &mut problems, &mut builder);

    // The guide's own entries first, then pack entries it does not override.
    let mut banned: Vec<BannedEntry> = guide
        .banned
        .iter()
        .enumerate()
        .map(|(i, entry)| BannedEntry {
            entry: Arc::new(entry.clone()),
            origin: Origin::Guide(i),
        })
        .collect();
    let pack_names: Vec<String> = guide.extends.iter().map(|e| e.pack.clone()).collect();
    let packs = if pack_names.is_empty() {
        None
    } else {
        match compiled_packs::compiled(&pack_names) {
            Ok(packs) => Some(packs),
            Err(err) => {
                let at = match &err {
                    BuildError::Pack { name, .. } => {
                        let k = pack_names.iter().position(|n| n == name).unwrap_or(0);
                        guide_path!["extends", k]
                    }
                    _ => guide_path!["extends"],
                };
                problems.push(err.problem_at(at));
                None
            }
        }
    };
    let packs = packs.map(|packs| {
        let mut pack_forms: HashSet<&str> = HashSet::new();
        let indices = packs
            .entries
            .iter()
            .map(|pack_entry| {
                let forms = &pack_entry.forms;
                if excepted(&guide, pack_entry.pack, pack_entry.entry.term.as_deref()) {
                    return None;
                }
                if forms
                    .iter()
                    .any(|f| own_forms.contains(f) || pack_forms.contains(f.as_str()))
                {
                    return None;
                }
                pack_forms.extend(forms.iter().map(String::as_str));
                banned.push(BannedEntry {
                    entry: Arc::clone(&pack_entry.entry),
                    origin: Origin::Pack(pack_entry.pack, pack_entry.index),
                });
                Some(banned.len() - 1)
            })
            .collect();
        (Arc::clone(&packs), indices)
    });

    let banned_near = banned
        .iter()
        .map(|b| Near::new(&b.entry.unless_near, &mut builder))
        .collect();
    let terms_near = guide
        .terms
        .iter()
        .map(|t| Near::new(&t.unless_near, &mut builder))
        .collect();
    let mut patterns = Vec::new();
    for (i, BannedEntry { entry, origin }) in banned.iter().enumerate() {
        let sensitive = entry.case == Case::Sensitive;
        // Pack terms are in the packs' shared matchers.
        if let (Some(term), Origin::Guide(_)) = (&entry.term, origin) {
            builder.add_term(Target::Banned(i), term, sensitive, entry.exact);
        }
        if let Some(pattern) = &entry.pattern {
            match RegexBuilder::new(pattern)
                .case_insensitive(!sensitive)
                .build()
            {
                Ok(regex) => patterns.push((i, regex)),
                Err(err) => {
                    let at = match origin {
                        Origin::Guide(g) => guide_path!["banned", *g, "pattern"],
                        Origin::Pack(..) => Vec::new(),
                    };
                    problems.push(
                        Problem::at(at, "the pattern does not compile")
                            .with_help(regex_error_help(&err)),
                    );
                }
            }
        }
    }
    for (i, term) in guide.terms.iter().enumerate() {
        for word in &term.instead_of {
            builder.add_term(
                Target::Preferred(i),
                word,
                term.case == Case::Sensitive,
                term.exact,
            );
        }
    }
    let brands: Vec<String> = guide.brand.iter().flat_map(|b| b.names.clone()).collect();
    for (i, name) in brands.iter().enumerate() {
        builder.add_brand(Target::Brand(i), name);
    }
    let dotted_names = brands
        .iter()
        .chain(guide.terms.iter().map(|t| &t.use_))
        .filter(|name| name.trim_end_matches('.').contains('.'))
        .cloned()
        .collect();

    // Calibration files are the guide's tests, never content: every walk leaves them out.
    let (good, bad) = guide
        .calibration
        .as_ref()
        .map_or((&[][..], &[][..]), |c| (&c.good[..], &c.bad[..]));
    let ignored: Vec<String> = [&guide.ignore[..], good, bad].concat();
    let ignore = glob_set(
        &ignored,
        |i| match i {
            i if i < guide.ignore.len() => guide_path!["ignore", i],
            i if i < guide.ignore.len() + good.len() => {
                guide_path!["calibration", "good", i - guide.ignore.len()]
            }
            i => guide_path!["calibration", "bad", i - guide.ignore.len() - good.len()],
        },
        &mut problems,
    );
    let include = glob_set(&guide.include, |i| guide_path!["include", i], &mut problems);
    for (i, expression) in guide
        .benefit
        .iter()
        .flat_map(|b| &b.expressions)
        .enumerate()
    {
        builder.add_term(Target::Benefit(i), expression, false, false);
    }
    let mut audiences = Vec::new();
    for (a, (name, audience)) in guide.audiences.iter().enumerate() {
        for (w, word) in audience.avoid.iter().enumerate() {
            builder.add_term(Target::Avoid(a, w), word, false, false);
        }
        let at = |i| guide_path!["audiences", name.as_str(), "paths", i];
        audiences.push(CompiledAudience {
            name: name.clone(),
            globs: glob_set(&audience.paths, at, &mut problems),
            avoid: audience.avoid.clone(),
            prefer: audience.prefer.clone(),
        });
    }
    let mut channels = Vec::new();
    for (name, channel) in &guide.channels {
        let at = |i| guide_path!["channels", name.as_str(), "paths", i];
        let require = channel
            .require
            .iter()
            .filter_map(|r| match r.as_str() {
                "benefit" => Some(Requirement::Benefit),
                "cta" => Some(Requirement::Cta),
                other => {
                    let id = other.strip_prefix("phrase:")?;
                    guide
                        .phrases
                        .iter()
                        .position(|p| p.id == id)
                        .map(Requirement::Phrase)
                }
            })
            .collect();
        channels.push(CompiledChannel {
            name: name.clone(),
            globs: glob_set(&channel.paths, at, &mut problems),
            require,
            max_words: channel.max_words,
        });
    }
    let rule_threshold = guide
        .rules
        .get(crate::rules::phrase_drift::ID.as_str())
        .and_then(|s| s.threshold)
        .unwrap_or(DEFAULT_THRESHOLD);
    let mut phrases = PhraseMatcher::default();
    let mut approved_claims: HashSet<Claim> = HashSet::new();
    let mut approved_figures: HashMap<String, Vec<ApprovedFigure>> = HashMap::new();
    let mut approved_price_units: HashSet<String> = HashSet::new();
    for (i, phrase) in guide.phrases.iter().enumerate() {
        let threshold = phrase.threshold.unwrap_or(rule_threshold);
        phrases.add(PhraseKind::Phrase(i), &phrase.text, threshold);
        approved_claims.extend(find_claims(&phrase.text).into_iter().map(|m| m.claim));
    }
    for (i, cta) in guide.cta.iter().enumerate() {
        phrases.add(PhraseKind::Cta(i), cta, rule_threshold);
        approved_claims.extend(find_claims(cta).into_iter().map(|m| m.claim));
    }
    for (i, claim) in guide.claims.iter().flat_map(|c| &c.approved).enumerate() {
        let found = find_approved_claims(claim);
        if found.is_empty() {
            problems.push(
                Problem::at(
                    guide_path!["claims", "approved", i],
                    format!("`{claim}` holds no claim"),
                )
                .with_help(
                    "a claim is a number with what it counts: \"30-day returns\", \"$500 off\"",
                ),
            );
        }
        let period = period_of(claim);
        warnings.extend(claim_warnings::duration_timing_nothing(
            i,
            claim,
            &found,
            period.as_deref(),
        ));
        let prices: Vec<String> = found
            .iter()
            .filter(|m| !m.scaled && price_without_result(claim, m))
            .map(|m| m.claim.unit.clone())
            .collect();
        for m in &found {
            if let Some(key) = m.conflict_key() {
                approved_figures
                    .entry(key)
                    .or_default()
                    .push(ApprovedFigure {
                        order: i,
                        entry: claim.clone(),
                        figure: claim[m.range.clone()].to_string(),
                        number: m.claim.number.clone(),
                        price_units: prices.clone(),
                        period: period.clone(),
                        compared_with: matches!(m.claim.unit.as_str(), "x" | "%")
                            .then(|| compared_with(claim, m.range.clone()))
                            .flatten(),
                        measure_noun: matches!(m.claim.unit.as_str(), "x" | "%")
                            .then(|| measure_noun_after(claim, m.range.end))
                            .flatten(),
                    });
            }
        }
        approved_price_units.extend(prices);
        approved_claims.extend(found.into_iter().map(|m| m.claim));
    }

    let scope = Scope::new(&guide, &mut problems);

    let brand_typos = BrandTypos::new(&brands);
    let matcher = match builder.build() {
        Ok(matcher) => matcher,
        Err(source) => {
            let error = BuildError::Terms {
                what: "guide's terms",
                source,
            };
            problems.push(error.problem_at(Vec::new()));
            // The checks below need the matcher; the guide is refused without them.
            return Err(problems);
        }
    };
    let compiled = CompiledGuide {
        path,
        root,
        banned,
        terms: guide.terms.clone(),
        brands,
        dotted_names,
        channels,
        audiences,
        phrases,
        brand_typos,
        approved_claims,
        approved_figures,
        approved_price_units,
        own_names: own_names(&guide),
        matcher,
        packs,
        patterns,
        banned_near,
        terms_near,
        scope,
        ignore,
        include,
        guide,
        warnings: Vec::new(),
    };
    if entry_tests {
        let tests = crate::calibration::entries::run(&compiled);
        problems.extend(tests.failures.iter().map(|f| f.problem()));
    }
    check_replacements(&compiled, &mut problems);
    if problems.is_empty() {
        Ok((compiled, warnings))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests;
