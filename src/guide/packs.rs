//! Built-in rule packs, embedded from `rules/` so the binary needs no files at run time.

use super::load;
use super::schema::Pack;
use super::{GuideError, Problem};

const PACKS: &[(&str, &str)] = &[
    ("jargon", include_str!("../../rules/jargon.yml")),
    ("hype", include_str!("../../rules/hype.yml")),
    (
        "literal-prone",
        include_str!("../../rules/literal-prone.yml"),
    ),
];

/// The packs files without a guide are checked with: entries that a context condition keeps
/// quiet on their literal senses. `literal-prone` is opt-in.
pub const DEFAULTS: [&str; 2] = ["jargon", "hype"];

/// Names of the built-in packs, in the order `extends` suggestions list them.
pub fn names() -> impl Iterator<Item = &'static str> {
    PACKS.iter().map(|(name, _)| *name)
}

/// The YAML source of a built-in pack.
pub fn source(name: &str) -> Option<&'static str> {
    PACKS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Parse a built-in pack. Packs are tested, so an error here is a bug in `rules/`, reported as
/// an invalid guide rather than a panic.
pub fn load(name: &str) -> Result<Pack, GuideError> {
    let text = source(name).ok_or_else(|| {
        GuideError::from_problems(
            name,
            "",
            None,
            vec![Problem::at_root(format!("unknown pack `{name}`"))],
        )
    })?;
    let file = format!("rules/{name}.yml");
    load::parse::<Pack>(text)
        .map(|(pack, _)| pack)
        .map_err(|problem| GuideError::from_problems(&file, text, None, vec![problem]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pack_parses_and_is_big_enough() {
        let jargon = load("jargon").expect("jargon parses");
        let hype = load("hype").expect("hype parses");
        assert!(
            jargon.banned.len() >= 40,
            "jargon has {}",
            jargon.banned.len()
        );
        assert!(hype.banned.len() >= 25, "hype has {}", hype.banned.len());
        let strict = load("literal-prone").expect("literal-prone parses");
        for entry in jargon
            .banned
            .iter()
            .chain(&hype.banned)
            .chain(&strict.banned)
        {
            assert!(entry.term.is_some(), "pack entries are terms: {entry:?}");
            assert!(
                entry.reason.is_some(),
                "pack entries have reasons: {entry:?}"
            );
            assert!(
                entry.example.is_some(),
                "pack entries have examples: {entry:?}"
            );
            assert!(
                !entry.counter_examples.is_empty(),
                "pack entries have counter-examples: {entry:?}"
            );
        }
    }
}
