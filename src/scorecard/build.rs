//! Folding file measures into the figures of one guide's section. Files are added one at a
//! time, in path order, and dropped once counted: only small per-file figures are kept.

use super::claims::ClaimsCounter;
use super::entries::{describe, guide_texts};
use super::field::FieldCounter;
use super::front::{self, GroupBy};
use super::kept::{aggregate, benefit, Kept};
use super::measure::{DriftKey, FileMeasure};
use super::requirements::FileRequirements;
use super::{
    file_score, language_score, round1, ChannelFigures, ChannelUse, DriftTerm, FieldLanguage,
    FileFigures, GuideSection, PathCount, PhraseType, PhraseUsage, StaleFigure, StalePlace,
    UNASSIGNED,
};
use crate::compiled::CompiledGuide;
use crate::guide::schema::Team;
use crate::matchers::phrases::PhraseKind;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// How many files a drift term lists where it clusters.
pub const TOP_FILES: usize = 5;

pub struct SectionBuilder {
    guide: Arc<CompiledGuide>,
    name: String,
    files: Vec<Kept>,
    /// Per phrase (phrases, then calls to action): per channel slot (exact, drifted), and files.
    phrase_uses: Vec<(Vec<(usize, usize)>, usize)>,
    /// Per drift entry: (file index, findings) for each file with findings.
    drift: BTreeMap<DriftKey, Vec<(usize, usize)>>,
    /// Stale figures per approved figure, in the order first seen.
    stale: Vec<StaleFigure>,
    /// `None` when no channel has `team: sales`.
    field: Option<FieldCounter>,
    claims: ClaimsCounter,
    /// `--depth`: group folders at this depth instead of where the tree branches.
    depth: Option<usize>,
    /// `--by`: what to group files by.
    group_by: Option<GroupBy>,
    /// `--dates git`: each file's last commit date by its report path, instead of front matter.
    dates: Option<Arc<HashMap<String, String>>>,
}

impl SectionBuilder {
    /// A section for the files of `guide`, named `name` in the report.
    pub fn new(guide: Arc<CompiledGuide>, name: impl Into<String>) -> Self {
        let slots = guide.channels.len() + 1;
        let phrases = guide.guide.phrases.len() + guide.guide.cta.len();
        let has_sales = guide
            .guide
            .channels
            .values()
            .any(|c| c.team == Some(Team::Sales));
        let field = has_sales.then(|| FieldCounter::new(guide_texts(&guide)));
        SectionBuilder {
            name: name.into(),
            files: Vec::new(),
            phrase_uses: vec![(vec![(0, 0); slots], 0); phrases],
            drift: BTreeMap::new(),
            stale: Vec::new(),
            field,
            claims: ClaimsCounter::new(
                guide.guide.claims.as_ref().map_or(&[][..], |c| &c.approved),
            ),
            depth: None,
            group_by: None,
            dates: None,
            guide,
        }
    }

    /// Group folders `depth` deep (`--depth`) instead of where the tree branches.
    pub fn with_depth(mut self, depth: Option<usize>) -> Self {
        self.depth = depth;
        self
    }

    /// Group files by `by` (`--by`), with their dates from `dates` (`--dates git`) instead of
    /// front matter when given.
    pub fn with_groups(
        mut self,
        by: Option<GroupBy>,
        dates: Option<Arc<HashMap<String, String>>>,
    ) -> Self {
        self.group_by = by;
        self.dates = dates;
        self
    }

    pub fn guide(&self) -> &Arc<CompiledGuide> {
        &self.guide
    }

    /// Count one file. Files must come in the order the report lists them (by path).
    pub fn add(&mut self, file: &FileMeasure) {
        let index = self.files.len();
        let slot = file.channel.unwrap_or(self.guide.channels.len());
        let phrases = self.guide.guide.phrases.len();
        let mut used = vec![false; self.phrase_uses.len()];
        for hit in &file.phrase_uses {
            let p = match hit.kind {
                PhraseKind::Phrase(i) => i,
                PhraseKind::Cta(i) => phrases + i,
            };
            if let Some((per_slot, _)) = self.phrase_uses.get_mut(p) {
                let counts = &mut per_slot[slot];
                if hit.exact {
                    counts.0 += 1;
                } else {
                    counts.1 += 1;
                }
                used[p] = true;
            }
        }
        for (p, was_used) in used.into_iter().enumerate() {
            self.phrase_uses[p].1 += usize::from(was_used);
        }
        let mut per_key: BTreeMap<DriftKey, usize> = BTreeMap::new();
        for key in &file.drift {
            *per_key.entry(*key).or_default() += 1;
        }
        for (key, count) in per_key {
            self.drift.entry(key).or_default().push((index, count));
        }
        for (approved, line, says) in &file.stale {
            let place = StalePlace {
                path: file.path.clone(),
                line: *line,
                says: says.clone(),
            };
            match self.stale.iter_mut().find(|s| &s.approved == approved) {
                Some(figure) => figure.places.push(place),
                None => self.stale.push(StaleFigure {
                    approved: approved.clone(),
                    count: 0,
                    places: vec![place],
                }),
            }
        }
        self.claims.add(&file.path, &file.claims);
        if let (Some(field), Some((team, sentences))) = (&mut self.field, &file.team_text) {
            match team {
                Team::Sales => field.add_sales(
                    &file.path,
                    front::authors(&file.front).first().map(String::as_str),
                    sentences,
                ),
                Team::Marketing => field.add_marketing(sentences),
            }
        }
        let language = language_score(file.words, file.errors, file.warnings);
        let score = language.map(|l| file_score(l, file.requirements_met, file.requirements));
        let channel = match file.channel {
            Some(c) => self.guide.channels[c].name.clone(),
            None => UNASSIGNED.to_string(),
        };
        let date = match &self.dates {
            Some(dates) => dates.get(&file.path).cloned(),
            None => front::date(&file.front).map(str::to_string),
        };
        let groups = self
            .group_by
            .as_ref()
            .map(|by| by.groups(&file.front, date.as_deref()))
            .unwrap_or_default();
        self.files.push(Kept {
            figures: FileFigures {
                path: file.path.clone(),
                channel,
                folder: file.folder.clone(),
                words: file.words,
                errors: file.errors,
                warnings: file.warnings,
                requirements: file.requirements,
                requirements_met: file.requirements_met,
                language: language.map(round1),
                score: score.map(round1),
                benefit_position: file.benefit_position,
                authors: front::authors(&file.front).to_vec(),
                date,
                tags: front::tags(&file.front).to_vec(),
                by_rule: file.by_rule.clone(),
            },
            score,
            slot,
            unmet: file.unmet.clone(),
            groups,
        });
    }

    /// The section's figures.
    pub fn build(mut self) -> GuideSection {
        let field = self.field.take();
        let claims = std::mem::replace(&mut self.claims, ClaimsCounter::new(&[]));
        let mut section = self.figures();
        section.claims = claims.finish();
        if let Some(field) = field {
            section.field_language.sales_files = field.sales_files();
            let (phrases, found) = field.finish();
            section.field_language.phrases = phrases;
            section.field_language.phrases_found = found;
        }
        section
    }

    fn figures(mut self) -> GuideSection {
        let folders = self.files.iter().map(|k| k.figures.folder.as_str());
        let depth = self
            .depth
            .unwrap_or_else(|| super::folders::branching_depth(folders));
        for kept in &mut self.files {
            kept.figures.folder = super::folders::group(&kept.figures.folder, depth);
        }
        let guide = &self.guide;
        let has_benefit = guide
            .guide
            .benefit
            .as_ref()
            .is_some_and(|b| !b.expressions.is_empty());
        let unassigned = guide.channels.len();
        let mut channels: Vec<ChannelFigures> = Vec::new();
        for slot in 0..=unassigned {
            let members: Vec<&Kept> = self.files.iter().filter(|k| k.slot == slot).collect();
            let (name, team, requirements) = match guide.guide.channels.get_index(slot) {
                Some((name, channel)) => (name.clone(), channel.team, channel.require.clone()),
                None if members.is_empty() => continue,
                None => (UNASSIGNED.to_string(), None, Vec::new()),
            };
            channels.push(ChannelFigures {
                aggregate: aggregate(&name, &members),
                team,
                requirements,
                benefit: has_benefit.then(|| benefit(&members)),
            });
        }
        let mut by_folder: BTreeMap<&str, Vec<&Kept>> = BTreeMap::new();
        for kept in &self.files {
            by_folder
                .entry(kept.figures.folder.as_str())
                .or_default()
                .push(kept);
        }
        let folders = by_folder
            .iter()
            .map(|(name, members)| aggregate(name, members))
            .collect();
        let per_file: Vec<FileRequirements> = self
            .files
            .iter()
            .map(|k| FileRequirements {
                slot: k.slot,
                figures: &k.figures,
                unmet: &k.unmet,
            })
            .collect();
        let requirements = super::requirements::requirements(guide, &per_file);
        let all: Vec<&Kept> = self.files.iter().collect();
        let overall = aggregate("overall", &all);
        let phrases = self.phrase_usage(&channels);
        let drift = self.drift_terms();
        let field_language = self.field_language();
        let groups = self
            .group_by
            .as_ref()
            .map(|by| super::groups::group(by.name(), &self.files, has_benefit));
        let mut stale_figures = self.stale;
        for figure in &mut stale_figures {
            figure.count = figure.places.len();
        }
        GuideSection {
            guide: self.name,
            overall,
            channels,
            folders,
            files: self.files.into_iter().map(|k| k.figures).collect(),
            has_benefit,
            phrases,
            drift,
            stale_figures,
            field_language,
            claims: Default::default(),
            requirements,
            groups,
        }
    }

    fn phrase_usage(&self, channels: &[ChannelFigures]) -> Vec<PhraseUsage> {
        let g = &self.guide.guide;
        let texts = g
            .phrases
            .iter()
            .map(|p| (Some(p.id.clone()), PhraseType::Phrase, p.text.clone()))
            .chain(g.cta.iter().map(|c| (None, PhraseType::Cta, c.clone())));
        texts
            .zip(&self.phrase_uses)
            .map(|((id, kind, text), (per_slot, files))| {
                let slot_name = |slot: usize| match self.guide.channels.get(slot) {
                    Some(c) => c.name.clone(),
                    None => UNASSIGNED.to_string(),
                };
                let used: Vec<ChannelUse> = per_slot
                    .iter()
                    .enumerate()
                    .filter(|(_, (e, d))| e + d > 0)
                    .map(|(slot, &(exact, drifted))| ChannelUse {
                        channel: slot_name(slot),
                        exact,
                        drifted,
                    })
                    .collect();
                debug_assert!(used
                    .iter()
                    .all(|u| channels.iter().any(|c| c.aggregate.name == u.channel)));
                PhraseUsage {
                    id,
                    kind,
                    text,
                    exact: per_slot.iter().map(|c| c.0).sum(),
                    drifted: per_slot.iter().map(|c| c.1).sum(),
                    files: *files,
                    channels: used,
                }
            })
            .collect()
    }

    fn drift_terms(&self) -> Vec<DriftTerm> {
        let mut terms: Vec<DriftTerm> = self
            .drift
            .iter()
            .map(|(key, files)| {
                let (rule, term, instead, source) = describe(&self.guide, *key);
                let mut top: Vec<PathCount> = files
                    .iter()
                    .map(|&(f, count)| PathCount {
                        path: self.files[f].figures.path.clone(),
                        count,
                    })
                    .collect();
                // Most first; by path among equals (files are in path order already).
                top.sort_by_key(|t| std::cmp::Reverse(t.count));
                top.truncate(TOP_FILES);
                DriftTerm {
                    rule,
                    term,
                    instead,
                    source,
                    count: files.iter().map(|f| f.1).sum(),
                    files: files.len(),
                    top_files: top,
                }
            })
            .collect();
        terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
        terms
    }

    fn field_language(&self) -> FieldLanguage {
        let names = |team| {
            self.guide
                .guide
                .channels
                .iter()
                .filter(|(_, c)| c.team == Some(team))
                .map(|(name, _)| name.clone())
                .collect::<Vec<_>>()
        };
        let (sales_channels, marketing_channels) = (names(Team::Sales), names(Team::Marketing));
        let not_available = if sales_channels.is_empty() {
            Some("no channel has `team: sales`".to_string())
        } else {
            None
        };
        // The counts come from the field counter, in `build`.
        FieldLanguage {
            not_available,
            sales_channels,
            marketing_channels,
            sales_files: 0,
            min_files: super::field::MIN_FILES,
            phrases: Vec::new(),
            phrases_found: 0,
        }
    }
}
