//! Checking off the main loop: a burst of edits is checked at its newest text (the pending
//! checks of older texts are dropped), and a code action asked for mid-burst answers for the
//! newest text, never for findings of an older one.

use super::*;

#[test]
fn a_burst_of_edits_is_checked_at_the_newest_text_and_requests_wait_for_it() {
    let demo = root().join("fixtures/demo");
    let mut server = Server::start(&demo);
    let uri = uri_of(&demo.join("campaigns/burst.md"));
    // About 5,000 words: each check takes long enough for the burst to queue up behind it.
    let body = "Our laptops suit students, families and anyone who works from home. ".repeat(450);
    let text = format!("Start.\n\n{body}\n");
    server.open(&uri, &text);

    const EDITS: i32 = 40;
    // All the edits in one write, as a fast typist's editor sends them: they reach the server
    // together, whatever the load on the machine running this test.
    let mut burst = Vec::new();
    for version in 2..EDITS + 2 {
        let params = DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier::new(uri.clone(), version),
            content_changes: vec![TextDocumentContentChangeEvent {
                range: Some(Range::default()),
                range_length: None,
                text: "Coreforge ".into(),
            }],
        };
        let note = Notification::new(DidChangeTextDocument::METHOD.into(), params);
        Message::from(note).write(&mut burst).unwrap();
    }
    server.send_raw(&burst);
    let last = EDITS + 1;
    let final_text = format!("{}{text}", "Coreforge ".repeat(EDITS as usize));
    let id = RequestId::from(1000);
    let params = CodeActionParams {
        text_document: TextDocumentIdentifier::new(uri.clone()),
        range: Range::default(),
        context: CodeActionContext {
            only: Some(vec![CodeActionKind::from("source.fixAll".to_string())]),
            ..CodeActionContext::default()
        },
        work_done_progress_params: Default::default(),
        partial_result_params: Default::default(),
    };
    server.send(Request::new(id.clone(), CodeActionRequest::METHOD.into(), params).into());

    let mut published: Vec<(i32, usize)> = Vec::new();
    let mut answer = None;
    while answer.is_none() || published.last().map(|p| p.0) != Some(last) {
        match server
            .incoming
            .recv_timeout(PATIENCE)
            .expect("diagnostics and an answer")
        {
            Message::Notification(n) if n.method == PublishDiagnostics::METHOD => {
                let p: PublishDiagnosticsParams = serde_json::from_value(n.params).unwrap();
                if p.uri == uri {
                    let brands = p
                        .diagnostics
                        .iter()
                        .filter(|d| d.code == Some(NumberOrString::String("brand-name".into())))
                        .count();
                    published.push((p.version.expect("a version"), brands));
                }
            }
            Message::Response(r) if r.id == id => answer = Some(r.response_result.unwrap()),
            _ => {}
        }
    }
    // Each publish is of a newer text than the one before, the last of the newest text, and
    // far fewer checks were published than edits were made.
    assert!(
        published.windows(2).all(|w| w[0].0 < w[1].0),
        "{published:?}"
    );
    assert_eq!(
        published.last(),
        Some(&(last, EDITS as usize)),
        "{published:?}"
    );
    assert!(published.len() < EDITS as usize / 2, "{published:?}");

    let actions: Vec<CodeAction> = serde_json::from_value(answer.unwrap()).unwrap();
    assert_eq!(actions.len(), 1, "{actions:?}");
    let edits = &actions[0].edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri];
    assert_eq!(
        apply(&final_text, edits),
        final_text.replace("Coreforge", "CoreForge")
    );
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}
