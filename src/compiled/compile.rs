//! Compiling a parsed guide, stage by stage: banned entries (the guide's, then the packs' it
//! does not override), the literal terms of every rule into one automaton, walk and scope globs,
//! audiences and channels, approved phrases and claims. Each stage reports its problems; the
//! guide is refused if any stage had one.

use super::approved_claims::ApprovedClaims;
use super::checks::{check_collisions, check_replacements, regex_error_help};
use super::near::Near;
use super::{
    build_error, BannedEntry, BuildError, CompiledAudience, CompiledChannel, CompiledGuide,
    ExtendedPacks, Origin, Requirement, Scope, DEFAULT_THRESHOLD,
};
use crate::guide::schema::{Case, Guide};
use crate::guide::{self, Problem};
use crate::guide_path;
use crate::matchers::brand_typos::BrandTypos;
use crate::matchers::claims::own_names;
use crate::matchers::packs as compiled_packs;
use crate::matchers::phrases::{PhraseKind, PhraseMatcher};
use crate::matchers::terms::{Target, TermMatcherBuilder};
use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::{Regex, RegexBuilder};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

pub(super) fn compile(
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

    let (banned, packs) = banned_entries(&guide, &own_forms, &mut problems);
    let banned_near = banned
        .iter()
        .map(|b| Near::new(&b.entry.unless_near, &mut builder))
        .collect();
    let terms_near = guide
        .terms
        .iter()
        .map(|t| Near::new(&t.unless_near, &mut builder))
        .collect();
    let patterns = banned_terms_and_patterns(&banned, &mut builder, &mut problems);
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
    let (ignore, include) = walk_globs(&guide, &mut problems);
    for (i, expression) in guide
        .benefit
        .iter()
        .flat_map(|b| &b.expressions)
        .enumerate()
    {
        builder.add_term(Target::Benefit(i), expression, false, false);
    }
    let audiences = audiences(&guide, &mut builder, &mut problems);
    let channels = channels(&guide, &mut problems);
    let phrases = phrases(&guide);
    let claims = ApprovedClaims::read(&guide, &mut problems, &mut warnings);
    let scope = Scope::new(&guide, &mut problems);

    let brand_typos = BrandTypos::new(&brands);
    let mut matcher = match builder.build() {
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
    if let Some((packs, indices)) = &packs {
        packs.join(&mut matcher, indices);
    }
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
        approved_claims: claims.claims,
        approved_figures: claims.figures,
        approved_price_units: claims.price_units,
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

/// The guide's own banned entries first, then the entries of the packs it extends that it
/// neither overrides (an own form, or an earlier pack's) nor drops with `except`.
fn banned_entries(
    guide: &Guide,
    own_forms: &HashSet<String>,
    problems: &mut Vec<Problem>,
) -> (Vec<BannedEntry>, ExtendedPacks) {
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
    if pack_names.is_empty() {
        return (banned, None);
    }
    let packs = match compiled_packs::compiled(&pack_names) {
        Ok(packs) => packs,
        Err(err) => {
            let at = match &err {
                BuildError::Pack { name, .. } => {
                    let k = pack_names.iter().position(|n| n == name).unwrap_or(0);
                    guide_path!["extends", k]
                }
                _ => guide_path!["extends"],
            };
            problems.push(err.problem_at(at));
            return (banned, None);
        }
    };
    let mut pack_forms: HashSet<&str> = HashSet::new();
    let indices = packs
        .entries
        .iter()
        .map(|pack_entry| {
            let forms = &pack_entry.forms;
            if excepted(guide, pack_entry.pack, pack_entry.entry.term.as_deref()) {
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
    (banned, Some((Arc::clone(&packs), indices)))
}

/// The guide's own banned terms into the automaton (pack terms are in the packs' shared
/// matchers), and every banned `pattern` compiled.
fn banned_terms_and_patterns(
    banned: &[BannedEntry],
    builder: &mut TermMatcherBuilder,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, Regex)> {
    let mut patterns = Vec::new();
    for (i, BannedEntry { entry, origin }) in banned.iter().enumerate() {
        let sensitive = entry.case == Case::Sensitive;
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
    patterns
}

/// The walk's `ignore` globs (calibration files among them: they are the guide's tests, never
/// content) and its `include` globs.
fn walk_globs(guide: &Guide, problems: &mut Vec<Problem>) -> (GlobSet, GlobSet) {
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
        problems,
    );
    let include = glob_set(&guide.include, |i| guide_path!["include", i], problems);
    (ignore, include)
}

/// Each audience with its paths; the words it avoids go into the automaton.
fn audiences(
    guide: &Guide,
    builder: &mut TermMatcherBuilder,
    problems: &mut Vec<Problem>,
) -> Vec<CompiledAudience> {
    let mut audiences = Vec::new();
    for (a, (name, audience)) in guide.audiences.iter().enumerate() {
        for (w, word) in audience.avoid.iter().enumerate() {
            builder.add_term(Target::Avoid(a, w), word, false, false);
        }
        let at = |i| guide_path!["audiences", name.as_str(), "paths", i];
        audiences.push(CompiledAudience {
            name: name.clone(),
            globs: glob_set(&audience.paths, at, problems),
            avoid: audience.avoid.clone(),
            prefer: audience.prefer.clone(),
        });
    }
    audiences
}

/// Each channel with its paths and what it requires.
fn channels(guide: &Guide, problems: &mut Vec<Problem>) -> Vec<CompiledChannel> {
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
            globs: glob_set(&channel.paths, at, problems),
            require,
            max_words: channel.max_words,
        });
    }
    channels
}

/// The approved phrases and calls to action, each with its drift threshold.
fn phrases(guide: &Guide) -> PhraseMatcher {
    let rule_threshold = guide
        .rules
        .get(crate::rules::phrase_drift::ID.as_str())
        .and_then(|s| s.threshold)
        .unwrap_or(DEFAULT_THRESHOLD);
    let mut phrases = PhraseMatcher::default();
    for (i, phrase) in guide.phrases.iter().enumerate() {
        let threshold = phrase.threshold.unwrap_or(rule_threshold);
        phrases.add(PhraseKind::Phrase(i), &phrase.text, threshold);
    }
    for (i, cta) in guide.cta.iter().enumerate() {
        phrases.add(PhraseKind::Cta(i), cta, rule_threshold);
    }
    phrases
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
