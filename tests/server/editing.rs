//! What a writer sees while editing: the rule docs link and the guide's reason on a diagnostic,
//! the suppression comment action, hover, and completion of the guide's approved wording.

use super::*;

fn demo() -> PathBuf {
    root().join("fixtures/demo")
}

fn code(d: &Diagnostic) -> &str {
    match &d.code {
        Some(NumberOrString::String(code)) => code,
        other => panic!("code {other:?}"),
    }
}

fn at(line: u32, from: u32, to: u32) -> Range {
    Range::new(Position::new(line, from), Position::new(line, to))
}

fn edits<'a>(action: &'a CodeAction, uri: &Uri) -> &'a [TextEdit] {
    &action.edit.as_ref().unwrap().changes.as_ref().unwrap()[uri]
}

#[test]
fn diagnostics_link_the_rule_docs_and_carry_the_guides_reason() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/draft.md"));
    let found = server.open(&uri, "Our laptops are cheap.\n");
    let cheap = found
        .iter()
        .find(|d| code(d) == "banned-term")
        .expect("banned-term");
    // The demo guide's reason for banning "cheap".
    assert!(
        cheap
            .message
            .contains("Say what it costs; cheap sounds flimsy"),
        "{cheap:?}"
    );
    let href = cheap
        .code_description
        .as_ref()
        .expect("a docs link")
        .href
        .as_str();
    assert_eq!(href, "https://github.com/onmessage/onmessage#rules");
    assert!(found.iter().all(|d| d.code_description.is_some()));
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn disabling_a_rule_for_a_line_inserts_the_comment_check_reads() {
    // (file, text, position of the finding, the comment line the action inserts)
    let cases = [
        (
            "campaigns/a.md",
            "# Deals\n\nOur laptops are cheap.\n",
            Position::new(2, 17),
            "<!-- onmessage-disable-next-line banned-term -->\n",
        ),
        (
            "campaigns/b.md",
            "Intro.\n\n  > Quoted: our laptops are cheap.\r\n",
            Position::new(2, 30),
            "  > <!-- onmessage-disable-next-line banned-term -->\r\n",
        ),
        (
            "campaigns/c.mdx",
            "Intro.\n\n- Our laptops are cheap.\n",
            Position::new(2, 18),
            "{/* onmessage-disable-next-line banned-term */}\n",
        ),
        (
            "campaigns/d.txt",
            "Intro.\n    Our laptops are cheap.\n",
            Position::new(1, 21),
            "    <!-- onmessage-disable-next-line banned-term -->\n",
        ),
    ];
    let mut server = Server::start(&demo());
    for (file, text, position, comment) in cases {
        let uri = uri_of(&demo().join(file));
        let found = server.open(&uri, text);
        assert!(
            found.iter().any(|d| code(d) == "banned-term"),
            "{file}: {found:?}"
        );
        let actions = server.code_actions(&uri, Range::new(position, position), Some("quickfix"));
        let disable: Vec<_> = actions
            .iter()
            .filter(|a| a.title == "Disable onmessage rule banned-term for this line")
            .collect();
        assert_eq!(disable.len(), 1, "{file}: {actions:?}");
        let silenced = disable[0].diagnostics.as_ref().unwrap();
        assert!(
            silenced.iter().all(|d| code(d) == "banned-term"),
            "{silenced:?}"
        );
        let fixed = apply(text, edits(disable[0], &uri));
        let line = position.line as usize;
        let inserted = fixed.split_inclusive('\n').nth(line).unwrap();
        assert_eq!(inserted, comment, "{file}");
        // Checked again: the finding is gone, and the comment is used, not reported.
        server.change(&uri, 2, None, &fixed);
        let found = server.diagnostics(&uri);
        assert!(
            found
                .iter()
                .all(|d| code(d) != "banned-term" && !code(d).contains("suppression")),
            "{file}: {found:?}"
        );
    }
    // A table row would be split by a comment line: not offered. Whole-file findings neither.
    let uri = uri_of(&demo().join("campaigns/table.md"));
    let text = "| Model | Note |\n| --- | --- |\n| D1 | cheap |\n";
    let found = server.open(&uri, text);
    assert!(found.iter().any(|d| code(d) == "banned-term"), "{found:?}");
    assert!(found.iter().any(|d| code(d) == "missing-cta"), "{found:?}");
    let actions = server.code_actions(&uri, at(2, 0, 99), None);
    assert!(
        actions.iter().all(|a| !a.title.starts_with("Disable")),
        "{actions:?}"
    );
    let actions = server.code_actions(&uri, at(0, 0, 0), None);
    assert!(
        actions.iter().all(|a| !a.title.starts_with("Disable")),
        "{actions:?}"
    );
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

fn markdown(hover: &Hover) -> &str {
    match &hover.contents {
        HoverContents::Markup(m) if m.kind == MarkupKind::Markdown => &m.value,
        other => panic!("{other:?}"),
    }
}

#[test]
fn hover_explains_the_rule_and_shows_the_reason_and_the_approved_wording() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/draft.md"));
    let text = "Our laptops are cheap.\n\nOur coreforge laptops.\n\nVisit your nearest store.\n";
    let found = server.open(&uri, text);
    assert!(found.iter().any(|d| code(d) == "phrase-drift"), "{found:?}");

    let cheap = server.hover(&uri, Position::new(0, 18)).expect("a hover");
    let shown = markdown(&cheap);
    for expected in [
        "banned-term",
        "The guide's reason:** Say what it costs; cheap sounds flimsy",
        "Approved wording:** “affordable”",
        "What it does.** Reports every word or pattern listed under `banned`",
        "Why it matters.**",
    ] {
        assert!(shown.contains(expected), "{expected}: {shown}");
    }
    assert_eq!(cheap.range, Some(at(0, 16, 21)));

    let brand = server.hover(&uri, Position::new(2, 4)).expect("a hover");
    assert!(
        markdown(&brand).contains("Approved wording:** “CoreForge”"),
        "{brand:?}"
    );
    let drift = server.hover(&uri, Position::new(4, 8)).expect("a hover");
    assert!(
        markdown(&drift).contains("Approved wording:** “Visit your local store”"),
        "{drift:?}"
    );

    // Off any finding, past the end, or in a document never opened: nothing, no error.
    assert!(server.hover(&uri, Position::new(0, 1)).is_none());
    assert!(server.hover(&uri, Position::new(99, 99)).is_none());
    let never = uri_of(&demo().join("campaigns/never.md"));
    assert!(server.hover(&never, Position::new(0, 0)).is_none());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

fn offered(items: &[CompletionItem]) -> Vec<(String, Range, String)> {
    items
        .iter()
        .map(|item| match &item.text_edit {
            Some(CompletionTextEdit::Edit(edit)) => {
                (item.label.clone(), edit.range, edit.new_text.clone())
            }
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn completion_offers_the_guides_wording_for_the_words_typed() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/draft.md"));
    let text = "Come in.\nVisit your\nSo please visit yo\nOur Core\n\n```\nVisit your\n```\nvisit your local store\nOur coreforge\n";
    server.open(&uri, text);

    let items = server.complete(&uri, Position::new(1, 10));
    assert_eq!(
        offered(&items),
        [(
            "Visit your local store".to_string(),
            at(1, 0, 10),
            "Visit your local store".to_string()
        )]
    );
    // Mid-sentence, the writer's lower case is kept; only the typed words are replaced.
    let items = server.complete(&uri, Position::new(2, 18));
    assert_eq!(
        offered(&items),
        [(
            "Visit your local store".to_string(),
            at(2, 10, 18),
            "visit your local store".to_string()
        )]
    );
    let items = server.complete(&uri, Position::new(3, 8));
    assert_eq!(
        offered(&items),
        [(
            "CoreForge".to_string(),
            at(3, 4, 8),
            "CoreForge".to_string()
        )]
    );
    // At the start of an empty line every entry fits: the demo's phrases, calls to action and
    // brand names.
    let labels: Vec<String> = server
        .complete(&uri, Position::new(4, 0))
        .into_iter()
        .map(|i| i.label)
        .collect();
    assert_eq!(labels.len(), 7, "{labels:?}");
    assert!(labels.contains(&"Three laptops in 60 seconds".to_string()));
    assert!(labels.contains(&"Byte Harbor".to_string()));
    // Written out already: nothing, but a brand in the wrong case completes to the brand.
    assert!(server.complete(&uri, Position::new(8, 22)).is_empty());
    let items = server.complete(&uri, Position::new(9, 13));
    assert_eq!(
        offered(&items),
        [(
            "CoreForge".to_string(),
            at(9, 4, 13),
            "CoreForge".to_string()
        )]
    );
    // Inside code: nothing. Past the end of the text, or a document never opened: no panic.
    assert!(server.complete(&uri, Position::new(6, 10)).is_empty());
    server.complete(&uri, Position::new(99, 99));
    let never = uri_of(&demo().join("campaigns/never.md"));
    assert!(server.complete(&never, Position::new(0, 0)).is_empty());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}
