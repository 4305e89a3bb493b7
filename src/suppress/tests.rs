//! Suppression comments and notes, on real sentences.

use super::words::without_reason;
use super::*;
use crate::document::Kind;

use crate::rules::banned_term::ID as BANNED;
use crate::rules::brand_name::ID as BRAND;
use crate::rules::phrase_drift::ID as DRIFT;
use crate::rules::preferred_term::ID as PREFERRED;

fn finding(rule: RuleId, line: usize) -> Finding {
    Finding::sample(rule, line)
}

/// Apply the document's suppressions to findings at (rule, line); returns what remains as
/// (rule, line or message).
fn remaining(text: &str, kind: Kind, findings: &[(RuleId, usize)]) -> Vec<String> {
    let doc = Document::new(text, kind);
    let found = findings.iter().map(|&(r, l)| finding(r, l)).collect();
    Suppressions::parse(&doc)
        .apply(found, |rule, range, message, _| {
            Some(Finding {
                rule,
                message,
                line: doc.position(range.start).0,
                ..finding(rule, 0)
            })
        })
        .into_iter()
        .map(|f| format!("{}@{}: {}", f.rule, f.line, f.message))
        .collect()
}

#[test]
fn next_line_skips_blank_lines_and_names_rules() {
    let text = "<!-- onmessage-disable-next-line banned-term -->\n\nbad line\nother\n";
    assert_eq!(
        remaining(
            text,
            Kind::Markdown,
            &[(BANNED, 3), (BRAND, 3), (BANNED, 4)]
        ),
        ["brand-name@3: ", "banned-term@4: "]
    );
}

#[test]
fn ranges_run_to_enable_or_the_end() {
    let text = "a\n<!-- onmessage-disable banned-term, brand-name -->\nb\nc\n<!-- onmessage-enable -->\nd\n<!-- onmessage-disable -->\ne\n";
    let out = remaining(
        text,
        Kind::Markdown,
        &[
            (BANNED, 1),
            (BRAND, 3),
            (BANNED, 4),
            (BANNED, 6),
            (DRIFT, 8),
        ],
    );
    assert_eq!(out, ["banned-term@1: ", "banned-term@6: "]);
}

#[test]
fn file_directives_and_mdx_comments() {
    assert!(remaining(
        "<!-- onmessage-disable-file -->\nx\n",
        Kind::Markdown,
        &[(BANNED, 2)]
    )
    .is_empty());
    let mdx = "{/* onmessage-disable-next-line brand-name */}\nx\n";
    assert!(remaining(mdx, Kind::Mdx, &[(BRAND, 2)]).is_empty());
    // HTML comments are not directives in MDX.
    let html_in_mdx = "<!-- onmessage-disable-file -->\nx\n";
    assert_eq!(
        remaining(html_in_mdx, Kind::Mdx, &[(BRAND, 2)]),
        ["brand-name@2: "]
    );
}

#[test]
fn unused_and_invalid_directives_are_reported() {
    let text = "<!-- onmessage-disable-next-line banned-term -->\nfine\n<!-- onmessage-disable-nextline -->\n<!-- onmessage-disable banned-terms -->\n";
    let out = remaining(text, Kind::Markdown, &[]);
    assert_eq!(
        out,
        [
            "unused-suppression@1: This suppression silences nothing (banned-term): remove it",
            "invalid-suppression@3: `onmessage-disable-nextline` is not a suppression directive",
            "invalid-suppression@4: unknown rule `banned-terms` in `onmessage-disable`",
        ]
    );
}

#[test]
fn a_reason_after_two_dashes_is_free_text() {
    let text = "<!-- onmessage-disable-next-line banned-term -- customer quote, keep verbatim -->\nbad\n<!-- onmessage-disable-next-line -- all of it, a pasted tweet -->\nworse\n";
    assert_eq!(
        remaining(
            text,
            Kind::Markdown,
            &[(BANNED, 2), (BRAND, 2), (PREFERRED, 4)]
        ),
        ["brand-name@2: "]
    );
    let mdx = "{/* onmessage-disable-next-line brand-name --- their spelling, on purpose */}\nx\n";
    assert!(remaining(mdx, Kind::Mdx, &[(BRAND, 2)]).is_empty());
}

#[test]
fn rules_before_the_reason_are_still_checked() {
    let text = "<!-- onmessage-disable banned-terms -- a reason -->\n<!-- onmessage-disable brand-name --no-space -->\n";
    assert_eq!(
        remaining(text, Kind::Markdown, &[]),
        [
            "invalid-suppression@1: unknown rule `banned-terms` in `onmessage-disable`",
            "invalid-suppression@2: unknown rule `--no-space` in `onmessage-disable`",
        ]
    );
    assert_eq!(without_reason("a -- b -- c"), "a");
    assert_eq!(without_reason("a--b, c --"), "a--b, c");
    assert_eq!(without_reason("--"), "");
}

#[test]
fn comments_in_code_are_not_directives() {
    let text =
        "```\n<!-- onmessage-disable-file -->\n```\nx\n\n`<!-- onmessage-disable-file -->`\n";
    assert_eq!(
        remaining(text, Kind::Markdown, &[(BANNED, 4)]),
        ["banned-term@4: "]
    );
}

/// [`remaining`] for extracted text whose notes (text, anchored on the text of `anchor`) hold
/// directives.
fn remaining_with_notes(
    text: &str,
    notes: &[(&str, &str)],
    findings: &[(RuleId, usize)],
) -> Vec<String> {
    use crate::document::annotations::{Annotation, Source};
    let annotations = notes
        .iter()
        .map(|(note, anchor)| {
            let start = text.find(anchor).expect("the anchor is in the text");
            Annotation {
                text: note.to_string(),
                anchor: start..start + anchor.len(),
                source: Source::WordComment,
            }
        })
        .collect();
    let doc = Document::new(text, Kind::Docx).with_annotations(annotations);
    let found = findings.iter().map(|&(r, l)| finding(r, l)).collect();
    Suppressions::parse(&doc)
        .apply(found, |rule, range, message, suggestion| {
            Some(Finding {
                rule,
                message: format!(
                    "{message}{}",
                    suggestion.map(|s| format!(" / {s}")).unwrap_or_default()
                ),
                line: doc.position(range.start).0,
                ..finding(rule, 0)
            })
        })
        .into_iter()
        .map(|f| format!("{}@{}: {}", f.rule, f.line, f.message))
        .collect()
}

const SHEET: &str = "TideSync partner program\n\nOur World-Class partners resell TideSync.\n\nWorld-class support comes with every plan.\n\n\u{201c}The synergy is real.\n\nIt is world-class.\u{201d}\n";

#[test]
fn a_comment_covers_the_paragraphs_it_is_anchored_on_and_no_others() {
    let note = "onmessage-disable-next-line banned-term -- the partner tier's name";
    assert_eq!(
        remaining_with_notes(
            SHEET,
            &[(note, "Our World-Class partners resell TideSync.")],
            &[(BANNED, 3), (BANNED, 5), (BRAND, 3)]
        ),
        ["banned-term@5: ", "brand-name@3: "]
    );
    // A comment on a quote over two paragraphs covers both; `disable-line` is the same.
    let quote = "\u{201c}The synergy is real.\n\nIt is world-class.\u{201d}";
    assert!(remaining_with_notes(
        SHEET,
        &[("onmessage-disable-line banned-term", quote)],
        &[(BANNED, 7), (BANNED, 9)]
    )
    .is_empty());
    // The whole file, from a comment anywhere.
    assert_eq!(
        remaining_with_notes(
            SHEET,
            &[("onmessage-disable-file banned-term", "It is world-class.")],
            &[(BANNED, 3), (BRAND, 5)]
        ),
        ["brand-name@5: "]
    );
}

#[test]
fn notes_that_silence_nothing_or_are_misspelled_are_reported_where_they_are_anchored() {
    let out = remaining_with_notes(
        SHEET,
        &[
            (
                "onmessage-disable-next-line brand-name",
                "World-class support",
            ),
            (
                "onmessage-disable-nextline banned-term",
                "It is world-class.",
            ),
            ("onmessage-disable banned-term", "Our World-Class"),
            (
                "onmessage-disable-line banned-terms",
                "TideSync partner program",
            ),
        ],
        &[(BANNED, 5)],
    );
    assert_eq!(
        out,
        [
            "banned-term@5: ",
            "unused-suppression@5: This suppression, the Word comment `onmessage-disable-next-line brand-name`, silences nothing (brand-name): remove it",
            "invalid-suppression@1: unknown rule `banned-terms` in `onmessage-disable-line` (in the Word comment `onmessage-disable-line banned-terms`) / onmessage-disable-line banned-term",
            "invalid-suppression@3: `onmessage-disable` ranges are not read in a Word comment: write `onmessage-disable-next-line` on each paragraph it should cover, or `onmessage-disable-file` (in the Word comment `onmessage-disable banned-term`)",
            "invalid-suppression@9: `onmessage-disable-nextline` is not a suppression directive (in the Word comment `onmessage-disable-nextline banned-term`) / onmessage-disable-next-line banned-term",
        ]
    );
}

#[test]
fn a_disable_line_comment_in_markdown_is_not_a_directive() {
    // `disable-line` belongs to notes, which sit beside their text: in Markdown a comment sits
    // above it, and `disable-next-line` says so.
    let out = remaining(
        "<!-- onmessage-disable-line banned-term -->\nbad\n",
        Kind::Markdown,
        &[(BANNED, 2)],
    );
    assert_eq!(
        out,
        [
            "banned-term@2: ",
            "invalid-suppression@1: `onmessage-disable-line` is not a suppression directive"
        ]
    );
}
