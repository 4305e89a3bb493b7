//! The brand typo search's candidates, windows and letters table against plain readings.

use super::*;

#[test]
fn candidates_are_the_long_names_of_about_the_windows_length() {
    let brands: Vec<String> = ["Nimbus", "Nimbus Cloud", "Acme", "PowerShell"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let typos = BrandTypos::new(&brands);
    let names = |words, len| -> Vec<&str> {
        let mut found: Vec<&TypoTarget> = typos.of_length(words, len).collect();
        found.sort_by_key(|t| t.index);
        found.iter().map(|t| t.spaced.as_str()).collect()
    };
    // "Acme" is too short to search; "nimbsu" (6) may be Nimbus; "powershel" (9) may be
    // PowerShell, or "nimbuscloud" joined (11) with a letter off: in guide order.
    assert_eq!(names(1, 6), ["nimbus"]);
    assert_eq!(names(1, 9), ["nimbus cloud", "powershell"]);
    assert_eq!(names(2, 12), ["nimbus cloud"]);
    assert!(!typos.any_of_length(1, 30));
    assert!(typos.every_spelling.contains("nimbuscloud"));
    assert_eq!(typos.max_words, 2);
}

#[test]
fn the_letters_table_answers_as_the_names_of_about_the_windows_length() {
    let brands: Vec<String> = ["Nimbus", "Nimbus Cloud", "PowerShell", "café bar", "Pester"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let typos = BrandTypos::new(&brands);
    for window in [
        "Nimbsu",
        "nimbus clowd",
        "PowerShel",
        "cafe bar",
        "order",
        "Pestre",
    ] {
        for words in 1..=3 {
            for len in 0..typos.max_len + 4 {
                let plain = match letters::letters(window) {
                    Some(mask) => typos
                        .of_length(words, len)
                        .any(|t| letters::may_be_one_edit(mask, t.letters)),
                    None => typos.any_of_length(words, len),
                };
                assert_eq!(
                    typos.letters_may_be_near(words, len, window),
                    plain,
                    "{window} {words} {len}"
                );
            }
        }
    }
}

/// Whether [`BrandTypos::windows_near`] offers the window of all the words of `text`
/// (words split at single spaces).
fn offered(typos: &BrandTypos, text: &str) -> bool {
    let mut words = Vec::new();
    let mut at = 0;
    for word in text.split(' ') {
        words.push(at..at + word.len());
        at += word.len() + 1;
    }
    offers_them_all(typos, text, &words)
}

/// Whether [`BrandTypos::windows_near`] offers the window of all of `words` in `text`.
fn offers_them_all(typos: &BrandTypos, text: &str, words: &[Range<usize>]) -> bool {
    let mut found = false;
    typos.windows_near(text.as_bytes(), words, |i, n| {
        found |= i == 0 && n == words.len();
        true
    });
    found
}

/// Every variant of `name` one edit away from it: each letter replaced by one of `letters`,
/// dropped, one of `letters` added before it, or swapped with the next.
fn one_edit_variants(name: &str, letters: &[char]) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut variants = Vec::new();
    for i in 0..chars.len() {
        for &letter in letters {
            let mut v = chars.clone();
            v[i] = letter;
            variants.push(v.iter().collect::<String>());
            let mut v = chars.clone();
            v.insert(i, letter);
            variants.push(v.iter().collect());
        }
        let mut v = chars.clone();
        v.remove(i);
        variants.push(v.iter().collect());
        if i + 1 < chars.len() {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            variants.push(v.iter().collect());
        }
    }
    variants.retain(|variant| super::super::one_edit_apart(variant, name));
    variants
}

#[test]
fn the_halves_find_every_name_one_edit_away() {
    let brands: Vec<String> = ["PowerShell", "Nimbus Cloud", "Starlight", "TypeScript"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let typos = BrandTypos::new(&brands);
    // Every one-edit variant of each name (replaced, dropped, added, swapped letters at
    // every position) finds its name through the index.
    for t in &typos.targets {
        for variant in one_edit_variants(&t.spaced, &['q']) {
            let joined: String = variant.split(' ').collect();
            // The heads-and-tails filter lets it through.
            let words: Vec<&str> = variant.split(' ').collect();
            assert!(offered(&typos, &variant), "{variant} is ruled out");
            // The letters filter lets it through at its own size.
            let len = variant.chars().count();
            assert!(
                typos.letters_may_be_near(words.len(), len, &variant),
                "{variant} is ruled out by its letters"
            );
            let found = typos.near(1, &variant, &joined);
            assert!(
                found.iter().any(|f| f.index == t.index),
                "{variant} should find {}",
                t.spaced
            );
        }
    }
    // Unrelated words of the same length find nothing, and most are ruled out before.
    assert!(typos.near(1, "windows", "windows").is_empty());
    for unrelated in ["windows", "documents", "documentation", "Wonderful"] {
        assert!(!offered(&typos, unrelated), "{unrelated}");
    }
}

/// [`offered`], with the words of `text` read as a document's prose words are (split at
/// anything that is no word character: "Nxde.js" is two words).
fn offered_as_prose(typos: &BrandTypos, text: &str) -> bool {
    let words: Vec<Range<usize>> = words(text).collect();
    offers_them_all(typos, text, &words)
}

#[test]
fn a_name_of_words_apart_is_found_one_edit_away_at_every_position() {
    // "Node.js" is two prose words with a "." between them: a window one edit from it is two
    // words with that gap ("Nxde.js") or one word ("Nodejs"), and the heads and tails of such
    // a name are read as a window's words read them, without the ".".
    let brands: Vec<String> = ["Node.js", "Next.js", "ASP.NET Core", "PowerShell"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let typos = BrandTypos::new(&brands);
    assert_eq!(typos.odd_gaps, ["."]);
    for t in &typos.targets {
        for variant in one_edit_variants(&t.spaced, &['x', 'q']) {
            let n = words(&variant).count();
            assert!(offered_as_prose(&typos, &variant), "{variant} is ruled out");
            let len = variant.chars().count();
            assert!(
                typos.letters_may_be_near(n, len, &variant),
                "{variant} is ruled out by its letters"
            );
            let joined: String = variant.split(' ').collect();
            let found = typos.near(n, &variant, &joined);
            assert!(
                found.iter().any(|f| f.index == t.index),
                "{variant} should find {}",
                t.spaced
            );
        }
    }
    // Words of the same length and other words apart stay out.
    for unrelated in ["docs.astro", "Nodes are", "windows"] {
        assert!(!offered_as_prose(&typos, unrelated), "{unrelated}");
    }
}

#[test]
fn a_window_reaching_back_past_an_open_word_is_still_offered() {
    // "Studio" is open by its head ("Studiolab"), so it is visited before "Code", whose open
    // tail reaches back to "Vsiual": the window from "Vsiual" is still offered.
    let brands: Vec<String> = ["Visual Studio Code", "Studiolab"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let typos = BrandTypos::new(&brands);
    assert!(offered(&typos, "Vsiual Studio Code"));
    assert!(offered(&typos, "Visual Studio Cdoe"));
    assert!(!offered(&typos, "Several Studio Sessions"));
}

#[test]
fn the_starts_are_the_union_of_the_spans_in_order() {
    let union = |spans: &[Range<usize>]| starts(spans.iter().cloned());
    assert_eq!(union(&[1..2, 0..3]), vec![0..3]);
    assert_eq!(union(&[1..2, 4..5, 3..6]), [1..2, 3..6]);
    assert_eq!(union(&[0..1, 1..2, 5..6]), [0..2, 5..6]);
    assert_eq!(union(&[2..3, 3..4, 0..5]), vec![0..5]);
}

#[test]
fn a_name_spelled_right_is_told_as_folding_would_tell_it() {
    let brands: Vec<String> = [
        "PowerShell",
        "Node.js",
        "Visual Studio Code",
        "O'Reilly Media",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let typos = BrandTypos::new(&brands);
    let folded = |window: &str| {
        let spaced = normalize_term(window);
        let joined: String = spaced.split(' ').collect();
        typos.every_spelling.contains(&spaced) || typos.every_spelling.contains(&joined)
    };
    for window in [
        "PowerShell",
        "powershell",
        "Power Shell",
        "Power  Shell",
        "POWERSHELL",
        "Node.js",
        "NodeJS",
        "Visual Studio Code",
        "VisualStudio Code",
        "O'Reilly Media",
        "Power-Shell",
        "Powershel",
    ] {
        // Never a spelling folding would not find; the same answer for a plain window.
        let plainly = typos.spelled_as_a_name(window);
        assert!(!plainly || folded(window), "{window}");
        if !window.contains("  ") && !window.contains('-') {
            assert_eq!(plainly, folded(window), "{window}");
        }
    }
}
