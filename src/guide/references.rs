//! References a guide makes to things outside it: built-in packs and their terms (`extends`,
//! `except`) and rule ids (`rules`, a channel's `rules`, `overrides`).

use super::packs;
use super::schema::Guide;
use super::validate::{check_nonempty_unique, check_threshold};
use super::Problem;
use crate::guide_path;
use crate::registry;

/// Rule ids must be known; only the top-level `rules` take a `threshold` (a channel or an
/// override sets levels).
pub(super) fn check_rules(
    rules: &std::collections::BTreeMap<String, super::schema::RuleSetting>,
    at: Vec<super::Seg>,
    top_level: bool,
    problems: &mut Vec<Problem>,
) {
    let path = |id: &str, key: Option<&str>| {
        let mut path = at.clone();
        path.push(super::Seg::Key(id.to_string()));
        path.extend(key.map(super::Seg::from));
        path
    };
    for (id, setting) in rules {
        if registry::lookup(id).is_none() {
            let mut problem = Problem::at(path(id, None), format!("unknown rule `{id}`")).at_key();
            problem.help = Some(match registry::did_you_mean(id) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "`onmessage rules` lists every rule".to_string(),
            });
            problems.push(problem);
            continue;
        }
        let Some(threshold) = setting.threshold else {
            continue;
        };
        let at = path(id, Some("threshold"));
        if !top_level {
            problems.push(
                Problem::at(at, "a channel or override sets rule levels only")
                    .at_key()
                    .with_help("set `threshold` in the top-level `rules`, or on the phrase"),
            );
        } else if id != crate::rules::phrase_drift::ID.as_str() {
            problems.push(
                Problem::at(at, format!("`{id}` takes no threshold"))
                    .at_key()
                    .with_help("only `phrase-drift` has a `threshold`"),
            );
        } else {
            check_threshold(threshold, at, problems);
        }
    }
}

/// Every pack must exist, once; every `except` word must be a term of its pack.
pub(super) fn validate_extends(guide: &Guide, problems: &mut Vec<Problem>) {
    let all = || packs::names().collect::<Vec<_>>().join(", ");
    for (i, extend) in guide.extends.iter().enumerate() {
        let name = &extend.pack;
        if packs::source(name).is_none() {
            let mut problem = Problem::at(
                guide_path!["extends", i, "pack"],
                format!("unknown pack `{name}`"),
            );
            problem.help = Some(match crate::suggest::closest(name, packs::names()) {
                Some(best) => format!("did you mean `{best}`? Built-in packs: {}", all()),
                None => format!("built-in packs: {}", all()),
            });
            problems.push(problem);
            continue;
        }
        if guide.extends[..i].iter().any(|e| e.pack == *name) {
            problems.push(Problem::at(
                guide_path!["extends", i, "pack"],
                format!("pack `{name}` is listed twice"),
            ));
        }
        if extend.except.is_empty() {
            continue;
        }
        check_nonempty_unique(
            extend.except.iter().map(String::as_str),
            |j| guide_path!["extends", i, "except", j],
            "`except` term",
            problems,
        );
        // A broken pack is reported when the guide compiles.
        let Ok(pack) = packs::load(name) else {
            continue;
        };
        let terms: Vec<&str> = pack
            .banned
            .iter()
            .filter_map(|b| b.term.as_deref())
            .collect();
        for (j, word) in extend.except.iter().enumerate() {
            let folded = word.trim().to_lowercase();
            if folded.is_empty() || terms.iter().any(|t| t.to_lowercase() == folded) {
                continue;
            }
            let elsewhere = packs::names().filter(|other| other != name).find(|other| {
                packs::load(other).is_ok_and(|pack| {
                    let term = |b: &super::schema::Banned| b.term.as_deref().map(str::to_lowercase);
                    pack.banned
                        .iter()
                        .any(|b| term(b).as_deref() == Some(folded.as_str()))
                })
            });
            let closest = crate::suggest::closest(word.trim(), terms.iter().copied());
            let help = match (elsewhere, closest) {
                (Some(other), _) => {
                    format!("`{word}` is in the `{other}` pack: list it under that pack's `except`")
                }
                (None, Some(best)) => format!("did you mean `{best}`?"),
                (None, None) => {
                    format!("`except` takes terms of the `{name}` pack, as the pack writes them")
                }
            };
            problems.push(
                Problem::at(
                    guide_path!["extends", i, "except", j],
                    format!("`{word}` is not a term of the `{name}` pack"),
                )
                .with_help(help),
            );
        }
    }
}
