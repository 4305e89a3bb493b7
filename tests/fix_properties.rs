//! Properties of the library's `fix_text` on random texts built from the guide's terms (brand
//! misspellings, non-preferred words, banned words with replacements, their inflections and
//! cases), filler words, punctuation, Markdown markup, line breaks and non-ASCII characters:
//! fixing never panics, settles, is idempotent (or, when its fixes uncovered new findings, the
//! next run fixes those and settles), and changes nothing but the applied edits — which never
//! cover markup or a line break; later passes change only what earlier fixes wrote.

use onmessage::finding::{Applicability, Edit, Finding};
use onmessage::fix::{fix_text, FixOptions, FixOutcome};
use onmessage::{check_document, CompiledGuide, Document, Kind};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The guide of `fixtures/fix`: brands, preferred terms, banned terms with and without a
/// replacement, a phrase and an audience with a `prefer` word.
fn guide() -> &'static CompiledGuide {
    static GUIDE: OnceLock<CompiledGuide> = OnceLock::new();
    GUIDE.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/fix/message-guide.yml");
        let text = std::fs::read_to_string(&path).expect("the fixture guide is readable");
        CompiledGuide::from_text("message-guide.yml", &text, None, PathBuf::new())
            .unwrap_or_else(|err| panic!("the fixture guide compiles: {err:?}"))
    })
}

const PATH: &str = "draft.md";

fn fix_all(text: &str) -> FixOutcome {
    let options = FixOptions {
        applicability: Applicability::Unsafe,
        select: &|_, _, _| true,
        chosen: Default::default(),
    };
    fix_text(text, PATH, None, guide(), &options)
}

/// What `fix_text` itself sees on each pass: the findings of a text.
fn findings(text: &str) -> Vec<Finding> {
    let doc = Document::new(text, Kind::for_named(Path::new(PATH)));
    check_document(&doc, PATH, None, guide())
}

/// Guide words in many spellings: every one is a finding, a fixable finding, or (the exact
/// spellings) nothing at all.
const TERMS: &[&str] = &[
    // brand-name: exact, case, split, joined, plural, possessive, typos (unsafe).
    "PowerSpec",
    "PowerSpecs",
    "PowerSpec's",
    "powerspec",
    "Powerspec",
    "POWERSPEC",
    "powerspec's",
    "Power Spec",
    "Power-Spec",
    "Power\nSpec",
    "PowerSpek",
    "PowreSpec",
    "Micro Center",
    "micro center",
    "MicroCenter",
    "Micro-Center",
    "Micro Cetner",
    "micro\ncenter",
    // preferred-term (safe), with inflections, possessives and case.
    "client",
    "clients",
    "Client",
    "Clients",
    "CLIENT",
    "CLIENTS",
    "client's",
    "clients'",
    "client’s",
    "end user",
    "End User",
    "end users",
    "end-user",
    "end\nuser",
    "end\n> user",
    "technician",
    "Technicians",
    "TECHNICIAN",
    "customer",
    "expert",
    // banned-term with a replacement (unsafe), and without one.
    "leverage",
    "Leverage",
    "LEVERAGE",
    "leveraged",
    "leveraging",
    "leverages",
    "cheap",
    "Cheap",
    "cheaper",
    "ROI",
    // phrase-drift (unsafe).
    "Three laptops in 60 seconds",
    "Three notebooks in 60 seconds",
    "3 laptops in sixty seconds",
    // audience-term (unsafe) in a document for gamers.
    "workstation",
    "Workstations",
    "rig",
];

const FILLER: &[&str] = &[
    "a",
    "A",
    "an",
    "An",
    "AN",
    "the",
    "our",
    "we",
    "sell",
    "fast",
    "and",
    "of",
    "x",
    "60",
    "three",
    "laptops",
    "in",
    "seconds",
    "use",
    "used",
    "affordable",
    "teamwork",
    "hour",
    "one",
    "unit",
    "Power",
    "Spec",
    "Micro",
    "Center",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", ", ", ". ", "! ", "? ", "; ", ": ", "'", "’",
    "\"", "(", ")", "-", "_", "/", ".",
];

const MARKUP: &[&str] = &[
    "**",
    "*",
    "_",
    "`",
    "``",
    "\n> ",
    "> ",
    "\n- ",
    "\n# ",
    "\n## ",
    "[",
    "](https://x.io/client)",
    "<!-- -->",
    "\n```\n",
    "~~",
    "\n1. ",
    "<b>",
    "</b>",
    "\\",
];

const NON_ASCII: &[&str] = &[
    "é",
    "É",
    "ß",
    "ẞ",
    "İ",
    "ı",
    "ﬁ",
    "Ω",
    "ǅ",
    "ŉ",
    "\u{a0}",
    "\u{200b}",
    "\u{301}",
    "\u{feff}",
    "😀",
    "日本",
    "Ünïcödé",
    "naïve",
    "—",
    "…",
    "«",
    "»",
];

fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        4 => prop::sample::select(TERMS),
        3 => prop::sample::select(FILLER),
        4 => prop::sample::select(SEPARATORS),
        2 => prop::sample::select(MARKUP),
        1 => prop::sample::select(NON_ASCII),
    ]
}

/// A random draft: an optional BOM, optional front matter naming the gamers audience, then
/// pieces run together.
fn draft() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(piece(), 0..48),
    )
        .prop_map(|(bom, gamers, pieces)| {
            let mut text = String::new();
            if bom {
                text.push('\u{feff}');
            }
            if gamers {
                text.push_str("---\naudience: gamers\n---\n");
            }
            text.extend(pieces);
            text
        })
}

fn edits(findings: &[Finding]) -> Vec<&Edit> {
    let mut edits: Vec<&Edit> = findings
        .iter()
        .flat_map(|f| {
            f.fix
                .as_ref()
                .map(|fix| fix.edits.as_slice())
                .unwrap_or_default()
        })
        .collect();
    edits.sort_by_key(|e| (e.start, e.end));
    edits
}

/// Apply one pass's findings to `text`, checking each edit against it: in range, on character
/// boundaries, not overlapping another. `None` when these findings cannot be one pass.
fn apply_pass(text: &str, pass: &[Finding]) -> Option<String> {
    let mut out = String::new();
    let mut at = 0;
    for edit in edits(pass) {
        if edit.start < at
            || edit.end < edit.start
            || edit.end > text.len()
            || !text.is_char_boundary(edit.start)
            || !text.is_char_boundary(edit.end)
        {
            return None;
        }
        out.push_str(&text[at..edit.start]);
        out.push_str(&edit.replacement);
        at = edit.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// Replay the applied findings pass by pass: each pass is a run of findings of the text as it
/// then was (the first ones of `applied` that `findings(text)` holds). Tries the longest run
/// first and backs off, so a finding that happens to recur in the next pass cannot mislead it.
/// Returns each pass as the text it applied to and how many findings it applied; applying them
/// all gives `expected`.
fn replay(
    text: &str,
    applied: &[Finding],
    expected: &str,
    depth: usize,
) -> Option<Vec<(String, usize)>> {
    if applied.is_empty() {
        return (text == expected).then(Vec::new);
    }
    if depth == 0 {
        return None;
    }
    let found = findings(text);
    let run = applied.iter().take_while(|f| found.contains(f)).count();
    for k in (1..=run).rev() {
        let Some(next) = apply_pass(text, &applied[..k]) else {
            continue;
        };
        if let Some(mut rest) = replay(&next, &applied[k..], expected, depth - 1) {
            rest.insert(0, (text.to_string(), k));
            return Some(rest);
        }
    }
    None
}

/// Characters no fix may add or remove: markup, quote markers, line breaks, the BOM.
fn kept_characters(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            matches!(
                c,
                '*' | '`' | '>' | '#' | '[' | ']' | '<' | '~' | '\n' | '\r' | '\u{feff}'
            )
        })
        .collect()
}

fn check_fix(text: &str) -> Result<(), TestCaseError> {
    // (a) No panic (proptest reports one as a failure), and the result is a `String`: UTF-8.
    let outcome = fix_all(text);

    // (d) It settles.
    prop_assert!(outcome.converged, "did not converge on {text:?}");

    // (c) Only the applied edits changed the text: replaying them, pass by pass, on the
    // original gives exactly the result.
    let passes = replay(
        text,
        &outcome.applied,
        &outcome.text,
        onmessage::fix::MAX_PASSES,
    );
    prop_assert!(
        passes.is_some(),
        "the result is not the original with the applied edits:\n  text {text:?}\n  fixed {:?}\n  applied {:#?}",
        outcome.text,
        outcome.applied
    );
    // Every edit replaces plain words: its replaced text holds no markup, quote marker or
    // line break.
    let mut rest = outcome.applied.as_slice();
    for (before, k) in passes.into_iter().flatten() {
        let (pass, later) = rest.split_at(k);
        for edit in edits(pass) {
            let replaced = &before[edit.start..edit.end];
            prop_assert!(
                kept_characters(replaced).is_empty(),
                "an edit rewrote markup {:?} in {:?}",
                replaced,
                text
            );
        }
        rest = later;
    }
    prop_assert_eq!(
        kept_characters(text),
        kept_characters(&outcome.text),
        "markup or line breaks changed: {:?} -> {:?}",
        text,
        &outcome.text
    );

    prop_assert_eq!(
        text.starts_with('\u{feff}'),
        outcome.text.starts_with('\u{feff}'),
        "the BOM moved"
    );

    // The remaining findings are positioned in the fixed text.
    for f in &outcome.remaining {
        prop_assert_eq!(
            outcome.text.get(f.start..f.end),
            Some(f.matched.as_str()),
            "remaining finding out of place in {:?}: {:?}",
            &outcome.text,
            f
        );
    }

    // (b) Idempotent: fixing the result again changes nothing, unless the fixes uncovered new
    // fixable findings (a fixed brand name completes a drifting phrase): those are left for
    // the report, and the next run fixes them. Runs settle within a few.
    let again = fix_all(&outcome.text);
    prop_assert!(again.converged);
    if !outcome.remaining.iter().any(fixable) {
        prop_assert_eq!(
            &again.text,
            &outcome.text,
            "second fix changed the text (first input {:?})",
            text
        );
        prop_assert!(
            again.applied.is_empty(),
            "second fix applied {:?}",
            again.applied
        );
    } else {
        let mut current = again;
        for _ in 0..3 {
            if current.applied.is_empty() {
                break;
            }
            current = fix_all(&current.text);
            prop_assert!(current.converged);
        }
        prop_assert!(
            current.applied.is_empty(),
            "repeated fixes of {:?} do not settle: {:?}",
            text,
            current.applied
        );
    }
    Ok(())
}

/// A finding `fix_all` would fix if it were offered in the first pass.
fn fixable(f: &Finding) -> bool {
    f.fix
        .as_ref()
        .is_some_and(|fix| !fix.edits.is_empty() && fix.applicability <= Applicability::Unsafe)
}

/// Pieces without any non-ASCII character.
fn ascii_piece() -> impl Strategy<Value = &'static str> {
    piece().prop_filter("ASCII only", |p| p.is_ascii())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// (a)-(d) on random drafts, non-ASCII characters included.
    #[test]
    fn fixing_is_local_idempotent_and_settles(text in draft()) {
        check_fix(&text)?;
    }

    /// (a)-(d) on ASCII drafts: the properties themselves, apart from character boundaries.
    #[test]
    fn fixing_ascii_drafts_is_local_idempotent_and_settles(
        bom in any::<bool>(),
        pieces in prop::collection::vec(ascii_piece(), 0..48),
    ) {
        let text = format!("{}{}", if bom { "\u{feff}" } else { "" }, pieces.concat());
        check_fix(&text)?;
    }

    /// Drafts of guide words only, close together: many fixes per line, articles next to
    /// replaced words, overlapping matches.
    #[test]
    fn dense_drafts_settle(pieces in prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(TERMS),
            1 => prop::sample::select(&["a", "an", "An", "A", " ", " ", "\n", "-", "'s", "**"][..]),
        ],
        0..24,
    )) {
        check_fix(&pieces.join(" "))?;
    }
}

// Minimal cases the properties found, kept as plain tests.

/// `article_edit` looks for the article after the last non-letter before the word with
/// `rfind(..) + 1`, a byte offset that lands inside a multi-byte character such as a curly
/// quote or apostrophe. Plain `check` panics too, fixes or not.
#[test]
fn a_curly_quote_before_an_article_does_not_panic() {
    let outcome = fix_all("He said \u{201c}a client\u{201d}.\n");
    assert_eq!(outcome.text, "He said \u{201c}a customer\u{201d}.\n");
}

#[test]
fn a_curly_apostrophe_before_a_preferred_term_does_not_panic() {
    let outcome = fix_all("Our client\u{2019}s client.\n");
    assert_eq!(outcome.text, "Our customer\u{2019}s customer.\n");
}

/// `breaks_segment` asks whether the byte before the end of a word starts a heading, slicing
/// the text one byte before the word's end: inside the word's last character when it is not
/// ASCII. Any guide with phrases, any word ending in a non-ASCII letter before a line break.
#[test]
fn a_non_ascii_letter_before_a_line_break_does_not_panic() {
    let outcome = fix_all("We love the caf\u{e9}\nand the clients.\n");
    assert_eq!(outcome.text, "We love the caf\u{e9}\nand the customers.\n");
}

#[test]
fn the_replay_sees_a_plain_fix() {
    let text = "Our Clients leverage the powerspec.\n";
    let outcome = fix_all(text);
    assert_eq!(outcome.text, "Our Customers use the PowerSpec.\n");
    let passes = replay(
        text,
        &outcome.applied,
        &outcome.text,
        onmessage::fix::MAX_PASSES,
    )
    .expect("the applied edits give the result");
    assert_eq!(passes, [(text.to_string(), 3)], "one pass of three fixes");
}

#[test]
fn an_article_is_adjusted_with_the_word() {
    let outcome = fix_all("Ask a technician. An end user waits.\n");
    assert_eq!(outcome.text, "Ask an expert. A customer waits.\n");
    assert!(outcome.converged);
}

// ---------------------------------------------------------------------------------------------
// Later passes touch only what a reported fix wrote.

/// A guide whose fixes can uncover new findings: replacing "notebooks" can make a line drift
/// from the approved phrase.
fn uncovering_guide() -> &'static CompiledGuide {
    static GUIDE: OnceLock<CompiledGuide> = OnceLock::new();
    GUIDE.get_or_init(|| {
        let yaml = "version: 1\nbrand: {names: [PowerSpec]}\nterms:\n  - {use: customer, instead_of: [client]}\n  - {use: laptops, instead_of: [notebooks]}\nbanned:\n  - {term: leverage, replacement: use}\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n";
        CompiledGuide::from_text("message-guide.yml", yaml, None, PathBuf::new())
            .unwrap_or_else(|err| panic!("the guide compiles: {err:?}"))
    })
}

/// The stretches of `text` outside every edit of the fixable findings `check` reports, in order.
fn unreported_stretches(text: &str, guide: &CompiledGuide) -> Vec<String> {
    let doc = Document::new(text, Kind::for_named(Path::new(PATH)));
    let reported = check_document(&doc, PATH, None, guide);
    let mut stretches = Vec::new();
    let mut at = 0;
    for edit in edits(&reported) {
        // Empty stretches too: the first anchors the start.
        if edit.start >= at {
            stretches.push(text[at..edit.start].to_string());
        }
        at = at.max(edit.end);
    }
    stretches.push(text[at..].to_string());
    stretches
}

/// Whether `fixed` holds `stretches` in order, the first at its start and the last at its end,
/// with anything between them.
fn keeps_in_order(fixed: &str, stretches: &[String]) -> bool {
    let Some((first, rest)) = stretches.split_first() else {
        return true;
    };
    let Some(mut rest_text) = fixed.strip_prefix(first.as_str()) else {
        return false;
    };
    let Some((last, middle)) = rest.split_last() else {
        return rest_text.is_empty();
    };
    let Some(body) = rest_text.strip_suffix(last.as_str()) else {
        return false;
    };
    rest_text = body;
    for stretch in middle {
        match rest_text.find(stretch.as_str()) {
            Some(i) => rest_text = &rest_text[i + stretch.len()..],
            None => return false,
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Whatever later passes do, no byte outside the edits of the findings first reported
    /// changes: a fix that uncovers a finding never rewrites it unseen.
    #[test]
    fn only_reported_fixes_and_what_they_wrote_change(pieces in prop::collection::vec(
        prop::sample::select(&[
            "Four notebooks in 60 seconds", "Three notebooks in 60 seconds",
            "Four laptops in 60 seconds", "Four notebooks in 60 minutes", "notebooks in 60 seconds",
            "Four", "Three", "notebooks", "laptops", "in", "60", "seconds", "clients",
            "a client", "leverage", "powerspec", " ", " ", " ", "\n", ", ", ". ",
        ][..]),
        0..24,
    )) {
        let text = pieces.concat();
        let guide = uncovering_guide();
        let options = FixOptions {
            applicability: Applicability::Unsafe,
            select: &|_, _, _| true,
            chosen: Default::default(),
        };
        let outcome = fix_text(&text, PATH, None, guide, &options);
        prop_assert!(outcome.converged, "did not converge on {text:?}");
        let stretches = unreported_stretches(&text, guide);
        prop_assert!(
            keeps_in_order(&outcome.text, &stretches),
            "text outside the reported fixes changed:\n  text {text:?}\n  fixed {:?}\n  kept {stretches:?}",
            outcome.text
        );
    }
}

#[test]
fn a_fix_that_uncovers_a_drift_leaves_it_for_the_report() {
    let options = FixOptions {
        applicability: Applicability::Unsafe,
        select: &|_, _, _| true,
        chosen: Default::default(),
    };
    let text = "Four notebooks in 60 seconds.\n";
    let outcome = fix_text(text, PATH, None, uncovering_guide(), &options);
    assert_eq!(outcome.text, "Four laptops in 60 seconds.\n");
    assert_eq!(outcome.applied.len(), 1);
    assert!(outcome.converged);
    let rules: Vec<&str> = outcome.remaining.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["phrase-drift"]);
    // Only "notebooks" was reported, so only it may change.
    let kept = unreported_stretches(text, uncovering_guide());
    assert_eq!(kept, ["Four ", " in 60 seconds.\n"]);
    assert!(!keeps_in_order("Three laptops in 60 seconds.\n", &kept));
    assert!(keeps_in_order(&outcome.text, &kept));
}

/// Found by the properties: fixing the brand completes a drifting phrase; the drift is left for
/// the report, and the next run fixes it.
#[test]
fn a_fixed_brand_that_completes_a_drift_leaves_it_for_the_next_run() {
    let outcome = fix_all("micro center laptops in sixty seconds.\n");
    assert_eq!(outcome.text, "Micro Center laptops in sixty seconds.\n");
    assert!(outcome.converged);
    let drift: Vec<&str> = outcome
        .remaining
        .iter()
        .filter(|f| fixable(f))
        .map(|f| f.matched.as_str())
        .collect();
    assert_eq!(drift, ["Center laptops in sixty seconds"]);
    let next = fix_all(&outcome.text);
    assert_eq!(next.text, "Micro Three laptops in 60 seconds.\n");
    assert!(fix_all(&next.text).applied.is_empty());
}

/// A zero-width no-break space (U+FEFF) inside a line is invisible, like a zero-width space:
/// an edit next to it must keep it.
#[test]
fn a_byte_order_mark_inside_a_line_is_kept() {
    check_fix("3 laptops in sixty seconds\u{feff}technician_end userPowerSpec").unwrap();
}
