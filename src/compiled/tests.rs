//! Compiling guides: collisions, suggestions, packs, examples and counter-examples.
use super::*;
use crate::guide::load::parse;

fn compile_yaml(yaml: &str) -> Result<CompiledGuide, Vec<String>> {
    let (guide, _) = parse::<Guide>(yaml).map_err(|p| vec![p.message])?;
    compile(guide, None, PathBuf::new(), true)
        .map(|(compiled, _)| compiled)
        .map_err(|ps| ps.into_iter().map(|p| p.message).collect())
}

#[test]
fn inflected_duplicates_are_errors() {
    let errors = compile_yaml("version: 1\nbanned:\n  - term: leverage\n  - term: Leveraging\n")
        .err()
        .expect("must fail");
    assert_eq!(
        errors,
        ["`Leveraging` duplicates `leverage`: both match \"leveraging\""]
    );
    let errors = compile_yaml("version: 1\nterms:\n  - {use: customer, instead_of: [client]}\nbanned:\n  - {term: clients}\n").err().expect("must fail");
    assert_eq!(
        errors,
        ["`client` duplicates `clients`: both match \"clients\""]
    );
}

#[test]
fn exact_terms_with_other_separators_do_not_collide() {
    compile_yaml("version: 1\nbanned:\n  - {term: open-source, exact: true}\n  - {term: open source, exact: true}\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let errors = compile_yaml(
        "version: 1\nbanned:\n  - {term: open source}\n  - {term: open-source, exact: true}\n",
    )
    .err()
    .expect("a loose term matches both spellings");
    assert_eq!(
        errors,
        ["`open-source` duplicates `open source`: both match \"open source\""]
    );
}

#[test]
fn suggestions_that_are_banned_replaced_or_avoided_are_errors() {
    let errors = compile_yaml(
        "version: 1\nterms:\n  - {use: customer, instead_of: [client]}\n  - {use: client, instead_of: [buyer]}\nbanned:\n  - {term: cheap, replacement: synergy}\n  - {term: synergy}\naudiences:\n  gamers: {avoid: [workstation, computer], prefer: [rig, workstation]}\n",
    )
    .err()
    .expect("must fail");
    assert_eq!(
        errors,
        [
            "the suggested wording `client` is itself replaced by `customer` in `terms`",
            "the suggested wording `synergy` is itself banned (`synergy`)",
            "the suggested wording `workstation` is avoided for the `gamers` audience",
        ]
    );
}

#[test]
fn replacements_a_pattern_matches_are_errors() {
    let errors = compile_yaml(
        "version: 1\nbanned:\n  - {pattern: '\\bdata\\b', replacement: big data}\n  - {pattern: '[a-z]', replacement: abcdef}\n  - {term: cheap, replacement: metadata}\n  - {pattern: '\\bfoo\\b', replacement: bar}\n  - {pattern: 'meta', replacement: info}\n",
    )
    .err()
    .expect("must fail");
    assert_eq!(
        errors,
        [
            "the suggested wording `big data` is itself matched by the banned pattern `\\bdata\\b`",
            "the suggested wording `abcdef` is itself matched by the banned pattern `[a-z]`",
            "the suggested wording `metadata` is itself matched by the banned pattern `[a-z]`",
            "the suggested wording `bar` is itself matched by the banned pattern `[a-z]`",
            "the suggested wording `info` is itself matched by the banned pattern `[a-z]`",
        ]
    );
    let errors = compile_yaml(
        "version: 1\nterms:\n  - {use: big data, instead_of: [large data]}\nbanned:\n  - {pattern: '\\bdata\\b'}\n",
    )
    .err()
    .expect("must fail");
    assert_eq!(
        errors,
        ["the suggested wording `big data` is itself matched by the banned pattern `\\bdata\\b`"]
    );
    compile_yaml("version: 1\nbanned:\n  - {pattern: '\\bdata\\b', replacement: facts}\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn guides_share_the_compiled_packs() {
    let a = compile_yaml("version: 1\nextends: [jargon, hype]\nbanned: [{term: alpha}]\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let b = compile_yaml("version: 1\nextends: [jargon, hype]\nbanned: [{term: beta}]\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let (pa, pb) = (
        a.packs.as_ref().expect("packs"),
        b.packs.as_ref().expect("packs"),
    );
    assert!(Arc::ptr_eq(&pa.0, &pb.0), "one compiled copy of the packs");
    assert!(Arc::ptr_eq(&a.banned[1].entry, &b.banned[1].entry));
    // Each guide still finds its own terms and the packs'.
    let hits = a.banned_hits("We leverage alpha.");
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(b.banned_hits("We leverage alpha.").len() == 1);
}

#[test]
fn guide_entries_override_pack_entries() {
    let guide =
        compile_yaml("version: 1\nextends: [jargon]\nbanned:\n  - {term: synergy, reason: mine}\n")
            .unwrap_or_else(|e| panic!("{e:?}"));
    let synergies: Vec<_> = guide
        .banned
        .iter()
        .filter(|b| b.entry.term.as_deref() == Some("synergy"))
        .collect();
    assert_eq!(synergies.len(), 1);
    assert_eq!(synergies[0].origin, Origin::Guide(0));
}

#[test]
fn bad_patterns_and_examples_are_errors() {
    let errors = compile_yaml(
        "version: 1\nbanned:\n  - {pattern: 'a(b'}\n  - {term: synergy, example: 'no such word'}\n",
    )
    .err()
    .expect("must fail");
    assert_eq!(
        errors,
        [
            "the pattern does not compile",
            "this example does not match its own entry"
        ]
    );
}

#[test]
fn pack_counter_examples_stay_quiet() {
    let all = compile_yaml("version: 1\nextends: [jargon, hype, literal-prone]\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let mut failures = Vec::new();
    for (i, banned) in all.banned.iter().enumerate() {
        assert!(
            !banned.entry.counter_examples.is_empty(),
            "{:?}",
            banned.entry.term
        );
        for sentence in &banned.entry.counter_examples {
            if all.banned_hits(sentence).contains(&i) {
                failures.push(format!("{:?}: {sentence}", banned.entry.term));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "counter-examples that fire:\n{}",
        failures.join("\n")
    );
}

#[test]
fn pack_examples_fire_their_own_entry() {
    let guide = compile_yaml("version: 1\nextends: [jargon, hype, literal-prone]\n")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let mut failures = Vec::new();
    for (i, banned) in guide.banned.iter().enumerate() {
        let example = banned.entry.example.as_deref().unwrap_or_default();
        if !guide.banned_hits(example).contains(&i) {
            failures.push(format!("{:?}: {example}", banned.entry.term));
        }
    }
    assert!(
        failures.is_empty(),
        "examples that do not fire:\n{}",
        failures.join("\n")
    );
    assert!(guide
        .banned
        .iter()
        .all(|b| matches!(b.origin, Origin::Pack(..))));
}

#[test]
fn term_examples_and_counter_examples_are_checked() {
    let errors = compile_yaml(
        "version: 1\nterms:\n  - {use: customer, instead_of: [client], example: 'Every buyer counts.', counter_examples: ['Each client signs.']}\n",
    )
    .err()
    .expect("must fail");
    assert_eq!(
        errors,
        [
            "this example does not match its own entry",
            "this counter-example is flagged: its own entry matches"
        ]
    );
    compile_yaml(
        "version: 1\nterms:\n  - {use: customer, instead_of: [client], unless_near: [library], example: 'Every client counts.', counter_examples: ['The client library retries.']}\n",
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
}
