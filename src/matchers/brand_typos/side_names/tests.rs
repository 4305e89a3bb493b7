//! The names an open word's side may still be one edit from, against the names' own shapes.

use super::*;

fn name(spaced: &str, words: usize) -> NameShape {
    NameShape {
        letters: super::super::letters::name_letters(spaced),
        chars: spaced.chars().count(),
        words,
        lengths: 0,
        head: None,
        tail: None,
    }
}

fn near(word: &str, name: &NameShape) -> bool {
    WordShape::of(word.as_bytes()).may_be_near(name)
}

#[test]
fn a_word_is_near_a_name_only_with_at_most_one_letter_the_name_lacks() {
    // "Pester" shares its tail "er" with most of a text's agent nouns.
    let pester = name("pester", 1);
    for word in ["pester", "pestr", "peter", "pesters", "pestar"] {
        assert!(near(word, &pester), "{word}");
    }
    for word in ["parameter", "computer", "user", "pe", "pestering"] {
        assert!(!near(word, &pester), "{word}");
    }
    // A word of a name of several words is part of a longer window: only its own letters
    // and length rule it out.
    let node_js = name("node js", 2);
    assert!(near("no", &node_js));
    assert!(near("nodes", &node_js));
    assert!(!near("notebook", &node_js));
}

#[test]
fn the_names_sharing_an_end_pair_rule_out_a_word_before_its_key_is_read() {
    let mut names = SideNames::default();
    // "Pester"'s tail "re" (read last byte first), "Node.js"'s head "no".
    names.insert("pester", 2, "pester", 1);
    names.insert("nodejs", 2, "node js", 2);
    let meets = |names: &SideNames, tail: bool, word: &str| {
        names.pair_may_meet(tail, word.as_bytes(), &WordShape::of(word.as_bytes()))
    };
    for word in ["pester", "Pster", "jester", "user's", "e'r"] {
        assert!(meets(&names, true, word), "{word}");
    }
    // Letters Pester lacks, Pester's letters the word lacks, no name's tail "ti".
    for word in ["parameter", "computer", "user", "server", "er", "it"] {
        assert!(!meets(&names, true, word), "{word}");
    }
    // A name of two words: only the word's letters and length.
    assert!(meets(&names, false, "Node"));
    assert!(meets(&names, false, "no"));
    assert!(!meets(&names, false, "notebook"));
    // A key with a byte that is no letter or digit: every head may meet it.
    names.insert("x-rayvision", 4, "x-ray vision", 2);
    assert!(meets(&names, false, "notebook"));
    assert!(!meets(&names, true, "parameter"));
}
