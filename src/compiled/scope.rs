//! Where a rule runs at which level: the top-level `rules`, then a channel's `rules`, then the
//! `overrides` whose globs match the file (later overrides winning), as ESLint's `overrides`
//! and ruff's `per-file-ignores`.

use crate::finding::Level;
use crate::guide::schema::{Guide, RuleSetting};
use crate::guide::{Problem, Seg};
use crate::guide_path;
use crate::limits::MAX_OVERRIDE_WALK_ENTRIES;
use crate::registry;
use globset::GlobSet;
use std::collections::BTreeMap;
use std::path::Path;

pub struct Scope {
    /// Per registry rule, from the top-level `rules` (or the rule's default).
    base: Vec<Level>,
    /// Per channel, in guide order: the levels its `rules` set.
    channels: Vec<Vec<(usize, Level)>>,
    /// Per override, in guide order: its globs and the levels it sets.
    overrides: Vec<(GlobSet, Vec<(usize, Level)>)>,
}

/// The (rule index, level) pairs a `rules` map sets; unknown ids are validation's to report.
fn settings(rules: &BTreeMap<String, RuleSetting>) -> Vec<(usize, Level)> {
    rules
        .iter()
        .filter_map(|(id, setting)| Some((registry::index_of(id)?, setting.level?)))
        .collect()
}

impl Scope {
    pub fn new(guide: &Guide, problems: &mut Vec<Problem>) -> Self {
        let base = registry::RULES
            .iter()
            .map(|rule| {
                guide
                    .rules
                    .get(rule.id.as_str())
                    .and_then(|s| s.level)
                    .unwrap_or(rule.default_level)
            })
            .collect();
        let channels = guide
            .channels
            .values()
            .map(|c| settings(&c.rules))
            .collect();
        let overrides = guide
            .overrides
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let at = |g| guide_path!["overrides", i, "paths", g];
                (super::glob_set(&o.paths, at, problems), settings(&o.rules))
            })
            .collect();
        Scope {
            base,
            channels,
            overrides,
        }
    }

    /// A rule's top-level level.
    pub fn level(&self, rule: registry::RuleId) -> Level {
        self.base.get(rule.index()).copied().unwrap_or(Level::Off)
    }

    /// Every rule's level for a file: overrides, then channel, then top-level.
    pub fn levels_for(&self, channel: Option<usize>, relative: Option<&Path>) -> Vec<Level> {
        let mut levels = self.base.clone();
        let set = |levels: &mut Vec<Level>, pairs: &[(usize, Level)]| {
            for &(i, level) in pairs {
                levels[i] = level;
            }
        };
        if let Some(pairs) = channel.and_then(|c| self.channels.get(c)) {
            set(&mut levels, pairs);
        }
        if let Some(relative) = relative {
            for (globs, pairs) in &self.overrides {
                if globs.is_match(relative) {
                    set(&mut levels, pairs);
                }
            }
        }
        levels
    }
}

/// Each `overrides` glob that matches no file or folder under `root`: a warning, since a typo
/// there silently changes nothing. Past [`MAX_OVERRIDE_WALK_ENTRIES`] entries the walk stops
/// and no glob is reported (it may match further on).
pub fn unmatched_overrides(guide: &Guide, root: &Path) -> Vec<Problem> {
    unmatched_within(guide, root, MAX_OVERRIDE_WALK_ENTRIES)
}

fn unmatched_within(guide: &Guide, root: &Path, limit: usize) -> Vec<Problem> {
    let mut pending: Vec<(usize, usize, globset::GlobMatcher)> = Vec::new();
    for (i, entry) in guide.overrides.iter().enumerate() {
        for (g, glob) in entry.paths.iter().enumerate() {
            if let Ok(glob) = globset::Glob::new(glob) {
                pending.push((i, g, glob.compile_matcher()));
            }
        }
    }
    if pending.is_empty() {
        return Vec::new();
    }
    let walk = ignore::WalkBuilder::new(root)
        .hidden(false)
        .filter_entry(|e| e.file_name() != ".git")
        .build();
    for (seen, entry) in walk.enumerate() {
        if seen >= limit {
            return Vec::new();
        }
        let Ok(entry) = entry else { continue };
        let Ok(relative) = entry.path().strip_prefix(root) else {
            continue;
        };
        if relative.as_os_str().is_empty() {
            continue;
        }
        pending.retain(|(_, _, glob)| !glob.is_match(relative));
        if pending.is_empty() {
            return Vec::new();
        }
    }
    pending
        .into_iter()
        .map(|(i, g, _)| {
            let glob = &guide.overrides[i].paths[g];
            Problem::at(
                vec![
                    Seg::from("overrides"),
                    Seg::from(i),
                    Seg::from("paths"),
                    Seg::from(g),
                ],
                format!("`{glob}` matches no file under the guide's folder"),
            )
            .with_help("globs are relative to the folder of message-guide.yml; check the spelling")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::parse;

    #[test]
    fn unmatched_globs_are_found_and_a_long_walk_gives_up_quietly() {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in ["a/one.md", "b/two.md", "c/three.md"] {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, "x").expect("write");
        }
        let yaml = "version: 1\noverrides:\n  - {paths: [\"a/**\", \"zz/**\"], rules: {banned-term: off}}\n";
        let (guide, _) = parse::<Guide>(yaml).expect("parses");
        let found: Vec<String> = unmatched_within(&guide, dir.path(), 1000)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(found, ["`zz/**` matches no file under the guide's folder"]);
        assert!(unmatched_within(&guide, dir.path(), 2).is_empty());
    }
}
