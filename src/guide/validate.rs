//! Checks on a parsed guide that the schema cannot express. Checks that need compiled matchers
//! (regexes, inflection collisions, examples) happen when the guide is compiled.

use super::packs;
use super::schema::Guide;
use super::Problem;
use crate::guide_path;
use crate::registry;
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
    for (i, name) in guide.extends.iter().enumerate() {
        if packs::source(name).is_none() {
            let mut problem =
                Problem::at(guide_path!["extends", i], format!("unknown pack `{name}`"));
            problem.help = Some(match crate::suggest::closest(name, packs::names()) {
                Some(best) => format!(
                    "did you mean `{best}`? Built-in packs: {}",
                    packs::names().collect::<Vec<_>>().join(", ")
                ),
                None => format!(
                    "built-in packs: {}",
                    packs::names().collect::<Vec<_>>().join(", ")
                ),
            });
            problems.push(problem);
        }
        if guide.extends[..i].contains(name) {
            problems.push(Problem::at(
                guide_path!["extends", i],
                format!("pack `{name}` is listed twice"),
            ));
        }
    }
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
    for id in guide.rules.keys() {
        if registry::lookup(id).is_none() {
            let mut problem = Problem::at(
                guide_path!["rules", id.as_str()],
                format!("unknown rule `{id}`"),
            )
            .at_key();
            problem.help = Some(match registry::did_you_mean(id) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "`onmessage rules` lists every rule".to_string(),
            });
            problems.push(problem);
        }
    }
    problems
}

fn check_nonempty_unique<'a>(
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
    fn reports_each_mistake_with_help() {
        let yaml = "version: 2\nextends: [jargn]\nbrand: {names: [Acme, acme]}\nterms:\n  - {use: customer, instead_of: []}\nbanned:\n  - {term: a, pattern: b}\n  - {reason: nothing}\nrules: {banned-terms: off}\n";
        let found = problems(yaml);
        let expected = [
            "unsupported guide version 2 | this onmessage reads `version: 1` guides",
            "unknown pack `jargn` | did you mean `jargon`? Built-in packs: jargon, hype",
            "duplicate brand name `acme` (also entry 1) | ",
            "`instead_of` is empty | list the words to replace with this term",
            "a banned entry has both `term` and `pattern` | split it into two entries",
            "a banned entry needs a `term` or a `pattern` | ",
            "unknown rule `banned-terms` | did you mean `banned-term`?",
        ];
        assert_eq!(found, expected);
    }
}
