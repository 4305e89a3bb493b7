//! Checks on a parsed guide that the schema cannot express. Checks that need compiled matchers
//! (regexes, inflection collisions, examples) happen when the guide is compiled.

use super::references::{check_rules, validate_extends};
use super::schema::Guide;
use super::Problem;
use crate::guide_path;
use std::collections::HashMap;

/// Every problem in the guide, in file order as far as possible.
pub fn validate(guide: &Guide) -> Vec<Problem> {
    let mut problems = Vec::new();
    if guide.version != 1 {
        problems.push(
            Problem::at(
                guide_path!["version"],
                format!("unsupported guide version {}", guide.version),
            )
            .with_help("this onmessage reads `version: 1` guides"),
        );
    }
    validate_extends(guide, &mut problems);
    check_nonempty_unique(
        guide
            .brand
            .iter()
            .flat_map(|b| b.names.iter())
            .map(String::as_str),
        |i| guide_path!["brand", "names", i],
        "brand name",
        &mut problems,
    );
    if let Some(benefit) = &guide.benefit {
        if benefit.statement.trim().is_empty() {
            problems.push(Problem::at(
                guide_path!["benefit", "statement"],
                "the benefit statement is empty",
            ));
        }
        check_nonempty_unique(
            benefit.expressions.iter().map(String::as_str),
            |i| guide_path!["benefit", "expressions", i],
            "benefit expression",
            &mut problems,
        );
    }
    check_nonempty_unique(
        guide.phrases.iter().map(|p| p.id.as_str()),
        |i| guide_path!["phrases", i, "id"],
        "phrase id",
        &mut problems,
    );
    for (i, phrase) in guide.phrases.iter().enumerate() {
        if phrase.text.trim().is_empty() {
            problems.push(Problem::at(
                guide_path!["phrases", i, "text"],
                format!("phrase `{}` is empty", phrase.id),
            ));
        }
    }
    for (i, term) in guide.terms.iter().enumerate() {
        if term.use_.trim().is_empty() {
            problems.push(Problem::at(
                guide_path!["terms", i, "use"],
                "`use` is empty",
            ));
        }
        if term.instead_of.is_empty() {
            problems.push(
                Problem::at(
                    guide_path!["terms", i, "instead_of"],
                    "`instead_of` is empty",
                )
                .with_help("list the words to replace with this term"),
            );
        }
        for (j, word) in term.instead_of.iter().enumerate() {
            if word.trim().is_empty() {
                problems.push(Problem::at(
                    guide_path!["terms", i, "instead_of", j],
                    "empty term",
                ));
            } else if word.trim().eq_ignore_ascii_case(term.use_.trim())
                && term.case == super::schema::Case::Insensitive
            {
                problems.push(Problem::at(
                    guide_path!["terms", i, "instead_of", j],
                    format!("`{word}` is the word to use, not one to replace"),
                ));
            }
        }
    }
    for (i, entry) in guide.banned.iter().enumerate() {
        match (&entry.term, &entry.pattern) {
            (Some(_), Some(_)) => problems.push(
                Problem::at(
                    guide_path!["banned", i],
                    "a banned entry has both `term` and `pattern`",
                )
                .with_help("split it into two entries"),
            ),
            (None, None) => problems.push(Problem::at(
                guide_path!["banned", i],
                "a banned entry needs a `term` or a `pattern`",
            )),
            (Some(term), None) if term.trim().is_empty() => {
                problems.push(Problem::at(guide_path!["banned", i, "term"], "empty term"))
            }
            (None, Some(pattern)) if pattern.is_empty() => problems.push(Problem::at(
                guide_path!["banned", i, "pattern"],
                "empty pattern",
            )),
            (None, Some(_)) if entry.exact => problems.push(
                Problem::at(
                    guide_path!["banned", i, "exact"],
                    "`exact` applies to terms, not patterns",
                )
                .at_key(),
            ),
            _ => {}
        }
        if entry
            .replacement
            .as_deref()
            .is_some_and(|r| r.trim().is_empty())
        {
            problems.push(Problem::at(
                guide_path!["banned", i, "replacement"],
                "empty replacement",
            ));
        }
    }
    for (i, entry) in guide.banned.iter().enumerate() {
        check_nonempty_unique(
            entry.unless_near.iter().map(String::as_str),
            |j| guide_path!["banned", i, "unless_near", j],
            "`unless_near` word",
            &mut problems,
        );
    }
    for (i, term) in guide.terms.iter().enumerate() {
        check_nonempty_unique(
            term.unless_near.iter().map(String::as_str),
            |j| guide_path!["terms", i, "unless_near", j],
            "`unless_near` word",
            &mut problems,
        );
    }
    check_nonempty_unique(
        guide.cta.iter().map(String::as_str),
        |i| guide_path!["cta", i],
        "call to action",
        &mut problems,
    );
    for (i, phrase) in guide.phrases.iter().enumerate() {
        if let Some(threshold) = phrase.threshold {
            check_threshold(
                threshold,
                guide_path!["phrases", i, "threshold"],
                &mut problems,
            );
        }
    }
    if let Some(benefit) = &guide.benefit {
        if benefit.within_words == Some(0) {
            problems.push(Problem::at(
                guide_path!["benefit", "within_words"],
                "`within_words` must be at least 1",
            ));
        }
    }
    validate_channels(guide, &mut problems);
    validate_audiences(guide, &mut problems);
    check_rules(&guide.rules, guide_path!["rules"], true, &mut problems);
    for (name, channel) in &guide.channels {
        let at = guide_path!["channels", name.as_str(), "rules"];
        check_rules(&channel.rules, at, false, &mut problems);
    }
    for (i, entry) in guide.overrides.iter().enumerate() {
        if entry.paths.is_empty() {
            problems.push(
                Problem::at(guide_path!["overrides", i], "an override without `paths`").with_help(
                    "add `paths: [\"handbook/**\"]`: globs relative to the guide's folder",
                ),
            );
        }
        if entry.rules.is_empty() {
            problems.push(
                Problem::at(guide_path!["overrides", i], "an override without `rules`")
                    .with_help("add `rules: {unapproved-claim: off}`: the levels for those files"),
            );
        }
        check_rules(
            &entry.rules,
            guide_path!["overrides", i, "rules"],
            false,
            &mut problems,
        );
    }
    problems
}

pub(super) fn check_threshold(threshold: f64, path: Vec<super::Seg>, problems: &mut Vec<Problem>) {
    if !(0.0..=1.0).contains(&threshold) {
        problems.push(
            Problem::at(path, format!("threshold {threshold} is outside 0..1"))
                .with_help("a similarity threshold is a number from 0 (anything) to 1 (exact); the default is 0.8"),
        );
    }
}

fn validate_channels(guide: &Guide, problems: &mut Vec<Problem>) {
    let has_benefit = guide
        .benefit
        .as_ref()
        .is_some_and(|b| !b.expressions.is_empty());
    for (c, (name, channel)) in guide.channels.iter().enumerate() {
        for (r, requirement) in channel.require.iter().enumerate() {
            let path = guide_path!["channels", name.as_str(), "require", r];
            match requirement.as_str() {
                "benefit" if !has_benefit => problems.push(
                    Problem::at(
                        path,
                        "`require: [benefit]` but the guide has no benefit expressions",
                    )
                    .with_help("add `benefit: {statement: …, expressions: [\"…\"]}`"),
                ),
                "cta" if guide.cta.is_empty() => problems.push(
                    Problem::at(
                        path,
                        "`require: [cta]` but the guide has no calls to action",
                    )
                    .with_help("add `cta: [\"Book a demo\", …]`"),
                ),
                "benefit" | "cta" => {}
                other => match other.strip_prefix("phrase:") {
                    Some(id) => {
                        if !guide.phrases.iter().any(|p| p.id == id) {
                            let ids = guide.phrases.iter().map(|p| p.id.as_str());
                            let help = match crate::suggest::closest(id, ids) {
                                Some(best) => format!("did you mean `phrase:{best}`?"),
                                None => "`phrase:ID` names an id from `phrases`".to_string(),
                            };
                            problems.push(
                                Problem::at(path, format!("unknown phrase id `{id}`"))
                                    .with_help(help),
                            );
                        }
                    }
                    None => {
                        let help = match crate::suggest::closest(other, ["benefit", "cta"]) {
                            Some(best) => format!("did you mean `{best}`?"),
                            None => "a requirement is `benefit`, `cta` or `phrase:ID`".to_string(),
                        };
                        problems.push(
                            Problem::at(path, format!("unknown requirement `{other}`"))
                                .with_help(help),
                        );
                    }
                },
            }
        }

        if channel.max_words == Some(0) {
            problems.push(Problem::at(
                guide_path!["channels", name.as_str(), "max_words"],
                "`max_words` must be at least 1",
            ));
        }
        // A glob that an earlier channel already covers can never select this channel.
        for (g, glob) in channel.paths.iter().enumerate() {
            let earlier = guide
                .channels
                .iter()
                .take(c)
                .find(|(_, other)| other.paths.iter().any(|o| covers(o, glob)));
            if let Some((other, _)) = earlier {
                problems.push(
                    Problem::at(guide_path!["channels", name.as_str(), "paths", g], format!("`{glob}` is already covered by channel `{other}`"))
                        .with_help("the first matching channel wins: remove this glob or narrow the earlier one"),
                );
            }
        }
    }
}

/// Whether every path `glob` matches is matched by `earlier`: the same glob, or below an
/// earlier `dir/**`.
fn covers(earlier: &str, glob: &str) -> bool {
    let normalize = |g: &str| g.trim_start_matches("./").to_string();
    let (earlier, glob) = (normalize(earlier), normalize(glob));
    earlier == glob
        || earlier
            .strip_suffix("**")
            .is_some_and(|dir| (dir.is_empty() || dir.ends_with('/')) && glob.starts_with(dir))
}

fn validate_audiences(guide: &Guide, problems: &mut Vec<Problem>) {
    for (name, audience) in &guide.audiences {
        if audience.avoid.is_empty() {
            problems.push(
                Problem::at(
                    guide_path!["audiences", name.as_str()],
                    format!("audience `{name}` has no `avoid` words"),
                )
                .with_help("list the words this audience should not hear: `avoid: [\"…\"]`"),
            );
        }
        check_nonempty_unique(
            audience.avoid.iter().map(String::as_str),
            |i| guide_path!["audiences", name.as_str(), "avoid", i],
            "avoid word",
            problems,
        );
        let (avoid, prefer) = (audience.avoid.len(), audience.prefer.len());
        if prefer > 1 && prefer != avoid {
            problems.push(
                Problem::at(
                    guide_path!["audiences", name.as_str(), "prefer"],
                    format!("{prefer} `prefer` words for {avoid} `avoid` words"),
                )
                .with_help(
                    "give one `prefer` word per `avoid` word (paired by position), or one for all",
                ),
            );
        }
    }
}

pub(super) fn check_nonempty_unique<'a>(
    values: impl Iterator<Item = &'a str>,
    path: impl Fn(usize) -> Vec<super::Seg>,
    what: &str,
    problems: &mut Vec<Problem>,
) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, value) in values.enumerate() {
        if value.trim().is_empty() {
            problems.push(Problem::at(path(i), format!("empty {what}")));
        } else if let Some(first) = seen.insert(value.trim().to_lowercase(), i) {
            problems.push(Problem::at(
                path(i),
                format!("duplicate {what} `{value}` (also entry {})", first + 1),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::parse;

    fn problems(yaml: &str) -> Vec<String> {
        let (guide, _) = parse::<Guide>(yaml).expect("parses");
        validate(&guide)
            .into_iter()
            .map(|p| format!("{} | {}", p.message, p.help.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_good_guide_has_no_problems() {
        let yaml = "version: 1\nextends: [jargon]\nbrand: {names: [Acme]}\nterms:\n  - {use: customer, instead_of: [client]}\nbanned:\n  - {term: synergy}\n  - {pattern: 'x+'}\nrules: {banned-term: warning, brand-name: {level: off}}\n";
        assert!(problems(yaml).is_empty(), "{:?}", problems(yaml));
    }

    #[test]
    fn channel_audience_and_threshold_mistakes_are_pointed() {
        let yaml = r#"version: 1
phrases:
  - {id: tagline, text: "Three laptops", threshold: 1.5}
channels:
  sheet: {paths: ["sheets/**"], require: [benfit, "phrase:taglin", cta, benefit], max_words: 0}
  deep: {paths: ["sheets/deep/**", "other/**"]}
  same: {paths: ["other/**"]}
  free: {require: []}
audiences:
  gamers: {avoid: [a, b, c], prefer: [x, y]}
  empty: {prefer: [x]}
rules:
  banned-term: {level: warning, threshold: 0.5}
  phrase-drift: {threshold: -1}
"#;
        let expected = [
            "threshold 1.5 is outside 0..1 | a similarity threshold is a number from 0 (anything) to 1 (exact); the default is 0.8",
            "unknown requirement `benfit` | did you mean `benefit`?",
            "unknown phrase id `taglin` | did you mean `phrase:tagline`?",
            "`require: [cta]` but the guide has no calls to action | add `cta: [\"Book a demo\", …]`",
            "`require: [benefit]` but the guide has no benefit expressions | add `benefit: {statement: …, expressions: [\"…\"]}`",
            "`max_words` must be at least 1 | ",
            "`sheets/deep/**` is already covered by channel `sheet` | the first matching channel wins: remove this glob or narrow the earlier one",
            "`other/**` is already covered by channel `deep` | the first matching channel wins: remove this glob or narrow the earlier one",
            "2 `prefer` words for 3 `avoid` words | give one `prefer` word per `avoid` word (paired by position), or one for all",
            "audience `empty` has no `avoid` words | list the words this audience should not hear: `avoid: [\"…\"]`",
            "`banned-term` takes no threshold | only `phrase-drift` has a `threshold`",
            "threshold -1 is outside 0..1 | a similarity threshold is a number from 0 (anything) to 1 (exact); the default is 0.8",
        ];
        assert_eq!(problems(yaml), expected);
    }

    #[test]
    fn empty_and_repeated_unless_near_words() {
        let yaml = "version: 1\nbanned:\n  - {term: cloud, unless_near: [rain, '', Rain]}\nterms:\n  - {use: customer, instead_of: [client], unless_near: ['  ']}\n";
        assert_eq!(
            problems(yaml),
            [
                "empty `unless_near` word | ",
                "duplicate `unless_near` word `Rain` (also entry 1) | ",
                "empty `unless_near` word | ",
            ]
        );
    }

    #[test]
    fn reports_each_mistake_with_help() {
        let yaml = "version: 2\nextends: [jargn]\nbrand: {names: [Acme, acme]}\nterms:\n  - {use: customer, instead_of: []}\nbanned:\n  - {term: a, pattern: b}\n  - {reason: nothing}\nrules: {banned-terms: off}\n";
        let found = problems(yaml);
        let expected = [
            "unsupported guide version 2 | this onmessage reads `version: 1` guides",
            "unknown pack `jargn` | did you mean `jargon`? Built-in packs: jargon, hype, literal-prone",
            "duplicate brand name `acme` (also entry 1) | ",
            "`instead_of` is empty | list the words to replace with this term",
            "a banned entry has both `term` and `pattern` | split it into two entries",
            "a banned entry needs a `term` or a `pattern` | ",
            "unknown rule `banned-terms` | did you mean `banned-term`?",
        ];
        assert_eq!(found, expected);
    }
}
