//! Tests of `joined.rs`: joined tokens, interfaces joined by a colon, quoted mentions and labels.

use super::*;

fn at(text: &str, word: &str) -> (usize, usize) {
    let start = text.find(word).expect("word in text");
    (start, start + word.len())
}

#[test]
fn lowercase_names_joined_by_a_colon_are_interfaces() {
    // The wasmCloud blog (CC-BY-4.0): WASI interfaces named in a list and in a sentence.
    for (text, word) in [
        ("- wasi:http\n", "wasi"),
        ("- wasi:keyvalue\n", "wasi"),
        ("utilizes wasi:webgpu from the WASI-GFX proposal", "wasi"),
        ("Example for wasi:sockets Host Plugin", "wasi"),
        ("imports wasi:keyvalue/store.", "wasi"),
        ("the wasi:http interface", "http"),
    ] {
        let (s, e) = at(text, word);
        assert!(in_lowercase_namespaced(text, s, e), "{text}");
        // The brand rule's one test for lowercase names covers them.
        assert!(in_lowercase_joined(text, s, e), "{text}");
    }
    for (text, word) in [
        ("Note: wasi is a standard", "wasi"),
        ("wasi: the interface", "wasi"),
        ("see https://wasi.dev", "wasi"),
        ("wasi:HTTP support", "wasi"),
        ("Wasi:http", "Wasi"),
        ("at 10:30 wasi", "wasi"),
    ] {
        let (s, e) = at(text, word);
        assert!(!in_lowercase_namespaced(text, s, e), "{text}");
    }
}

#[test]
fn lowercase_joined_tokens_are_names() {
    for (text, word) in [
        ("run deploy-acme now", "acme"),
        ("install nimbus-pay.", "nimbus"),
        ("use tailwind-nimbus", "nimbus"),
        ("the @nimbus/app package", "nimbus"),
        ("acme-security-logging fails", "acme"),
        ("see acme.deploy/logs", "acme"),
        // The Kyverno blog (Apache-2.0): a non-breaking hyphen joins a project's name.
        ("with SDK and kyverno\u{2011}authz maturation", "kyverno"),
    ] {
        let (s, e) = at(text, word);
        assert!(in_lowercase_joined(text, s, e), "{text}");
        assert!(part_of_joined(text, s, e), "{text}");
    }
    for (text, word) in [
        ("Powerspec-certified parts", "Powerspec"),
        ("the acme. Then", "acme"),
        ("-acme- alone", "acme"),
        ("the micro-center", "micro-center"),
    ] {
        let (s, e) = at(text, word);
        assert!(!in_lowercase_joined(text, s, e), "{text}");
    }
    let (s, e) = at("Powerspec-certified", "Powerspec");
    assert!(part_of_joined("Powerspec-certified", s, e));
    let (s, e) = at("a Micro-Center store", "Micro-Center");
    assert!(!part_of_joined("a Micro-Center store", s, e));
}

#[test]
fn capitalised_joined_tokens_are_identifiers() {
    let text = "the Microsoft-Windows-PowerShell provider";
    let (s, e) = at(text, "Windows-PowerShell");
    assert!(in_capitalised_joined(text, s, e));
    for (text, word) in [
        ("a Windows-PowerShell-based tool", "Windows-PowerShell"),
        ("Powerspec-certified parts", "Powerspec"),
        ("a Windows-PowerShell tool", "Windows-PowerShell"),
    ] {
        let (s, e) = at(text, word);
        assert!(!in_capitalised_joined(text, s, e), "{text}");
    }
}

#[test]
fn quoted_alone_is_a_mention() {
    for (text, word) in [
        ("the \"acme\" organization", "acme"),
        ("avoid the word “synergy” here", "synergy"),
        ("say 'leverage', not use", "leverage"),
        ("the ‘acme’ team", "acme"),
        // PowerShell docs (writing-help-for-windows-powershell-cmdlets.md).
        (
            "use \"cmdlet\" not \"command\" or \"command-let.\"",
            "command-let",
        ),
    ] {
        let (s, e) = at(text, word);
        assert!(quoted_alone(text, s, e), "{text}");
    }
    for (text, word) in [
        ("\"acme rocks\"", "acme"),
        ("we \"leverage\"d it", "leverage"),
        ("the acme team", "acme"),
        ("rock'n'roll", "n"),
        ("\"acme. rocks\"", "acme"),
    ] {
        let (s, e) = at(text, word);
        assert!(!quoted_alone(text, s, e), "{text}");
    }
}

#[test]
fn short_capitalised_quoted_labels_are_values() {
    let text = "select 'NodeJS Static' or 'NodeJS SSR' for your app";
    let (s, e) = at(text, "NodeJS");
    assert!(in_quoted_label(text, s, e));
    let (s, e) = at(text, "NodeJS SSR");
    assert!(in_quoted_label(text, s, e));
    for (text, word) in [
        ("the \"acme org\" team", "acme"),
        ("\"Acme Cloud is the best choice for you\"", "Acme"),
        ("we use NodeJS daily", "NodeJS"),
        ("\"Acme, Inc\"", "Acme"),
        ("don't use Acme Cloud's tools", "Acme"),
    ] {
        let (s, e) = at(text, word);
        assert!(!in_quoted_label(text, s, e), "{text}");
    }
}

#[test]
fn the_set_learns_from_code_urls_destinations_and_paths() {
    let text = "npm install tailwind-nimbus\nsee https://github.com/acme/deploy-acme and \
                lib/acme-logging.rs or mail a@b-c.io. Also well-known prose, 24/7 and/or.";
    let code = [Range { start: 0, end: 27 }];
    let set = IdentifierSet::collect(text, &code, &["docs/get-started.md".to_string()]);
    let held = |prose: &str, word: &str| {
        let (s, e) = at(prose, word);
        set.holds_token_around(prose, s, e)
    };
    assert!(held("use tailwind-nimbus for safe areas", "nimbus"));
    assert!(held("use Tailwind-Nimbus.", "Nimbus"));
    assert!(held("clone deploy-acme first", "acme"));
    assert!(held("the acme-logging crate", "acme"));
    assert!(held("read get-started today", "started"));
    assert!(!held("a well-known client", "known"));
    assert!(!held("use nimbus here", "nimbus"));
    assert!(!held("the tailwind-nimbus-extra lib", "nimbus"));
}

proptest::proptest! {
    /// The URL and path tokens found from their bytes are those of splitting the whole text.
    #[test]
    fn url_and_path_tokens_are_found_from_their_bytes(pieces in proptest::collection::vec(
        proptest::sample::select(&[
            "a", "word", " ", "\n", "/", "@", "www.", "://", ".", "-", "(", ")", "`", "'",
            "\"", "\u{e9}", "\u{a0}", "24/7", "and/or", "x@y", "www", "<", ">",
        ][..]),
        0..30,
    )) {
        let text = pieces.concat();
        let found: Vec<&str> = url_or_path_candidates(&text).filter(|t| is_url_or_path(t)).collect();
        let split: Vec<&str> = text.split(is_break).filter(|t| is_url_or_path(t)).collect();
        proptest::prop_assert_eq!(found, split);
    }
}

proptest::proptest! {
    /// The runs found from their joiners are the runs with a joiner of splitting the text.
    #[test]
    fn runs_with_joiners_are_found_from_their_bytes(pieces in proptest::collection::vec(
        proptest::sample::select(&[
            "a", "word", " ", "\n", "-", ".", "/", "@", "_", "(", ")", "\u{e9}", "\u{2014}",
            "x-y", "a.b/c", "@s/p", "--", "::",
        ][..]),
        0..30,
    )) {
        let text = pieces.concat();
        let found: Vec<&str> = runs_with_joiners(&text).collect();
        let split: Vec<&str> = text
            .split(|c: char| !is_run_char(c))
            .filter(|run| run.contains(is_joiner))
            .collect();
        proptest::prop_assert_eq!(found, split);
    }
}

#[test]
fn many_questions_are_answered_as_the_first_ones() {
    let code = "npm install tailwind-nimbus @acme/nimbus-pay docs/deploy-acme.md a-b.c-d x.y";
    let text = format!("`{code}`\nUse tailwind-nimbus.");
    let code_span: std::ops::Range<usize> = 1..code.len() + 1;
    let ranges = std::slice::from_ref(&code_span);
    let lazy = IdentifierSet::collect(&text, ranges, &[]);
    let plain = IdentifierSet::collect_plain(&text, ranges, &[]);
    let asked = [
        "tailwind-nimbus",
        "nimbus-pay",
        "@acme/nimbus-pay",
        "deploy-acme",
        "deploy-acme.md",
        "a-b.c-d",
        "a-b",
        "c-d",
        "x.y",
        "TAILWIND-NIMBUS",
        "nimbus",
        "acme/nimbus",
        "b.c",
    ];
    // Past the searches it makes before learning, every answer is still the same, whether
    // remembered or worked out again.
    for round in 0..2 * super::source_keys::SEARCHES_BEFORE_LEARNING / asked.len() + 2 {
        for token in asked {
            let expected = plain.holds(token);
            assert_eq!(lazy.holds(token), expected, "{token} in round {round}");
            assert_eq!(lazy.work_out(token), expected, "{token} in round {round}");
        }
    }
    assert!(lazy.holds("deploy-acme") && !lazy.holds("acme/nimbus"));
}

proptest::proptest! {
    /// The keys looked up on demand are those of learning every run of every source.
    #[test]
    fn code_looked_up_holds_what_learning_it_holds(
        code in proptest::collection::vec(proptest::sample::select(&[
            "a", "Nimbus", "x-y", "-", ".", "/", "@", "_", " ", "\n", ".md", ".jsonc", "1",
            "x-y.abcdef", "a-b.ts", "a-b./c",
            "\u{e9}", "\u{212a}", "\u{130}", "\u{3a3}", "--", "a.b", "ab123", "(", "://",
        ][..]), 0..24),
        prose in proptest::collection::vec(proptest::sample::select(&[
            "a", "nimbus", "X-Y", "-", ".", "/", "@", " ", "md", "k", "\u{e9}", "a.b",
        ][..]), 0..8),
    ) {
        let code = code.concat();
        let text = format!("{code} `{}`\n{}", code.to_uppercase(), prose.concat());
        let ranges = [0..code.len(), code.len() + 2..2 * code.len() + 2];
        let destinations = ["docs/Get-Started.md".to_string(), code.clone()];
        let lazy = IdentifierSet::collect(&text, &ranges, &destinations);
        let plain = IdentifierSet::collect_plain(&text, &ranges, &destinations);
        for key in &plain.keys {
            proptest::prop_assert!(lazy.holds(key), "{text:?} {key:?}");
        }
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for (n, &start) in bounds.iter().enumerate() {
            for &end in bounds[n + 1..].iter().take(24) {
                let token = &text[start..end];
                proptest::prop_assert_eq!(lazy.holds(token), plain.holds(token), "{:?} {:?}", text, token);
            }
        }
    }
}
