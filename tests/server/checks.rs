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

#[test]
fn diagnostics_are_the_findings_check_reports_on_every_demo_file() {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut folders = vec![demo()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "mdx" | "txt")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let mut server = Server::start(&demo());
    let mut total = 0;
    for file in &files {
        let relative = file.strip_prefix(demo()).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_onmessage"))
            .args(["check", "--format", "json"])
            .arg(relative)
            .current_dir(demo())
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let text = std::fs::read_to_string(file).unwrap();
        let mut expected: Vec<(Range, String, String, String)> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
                let range = Range::new(
                    position(&text, start as usize),
                    position(&text, end as usize),
                );
                let severity = f["severity"].as_str().unwrap().to_string();
                (
                    range,
                    f["rule"].as_str().unwrap().into(),
                    f["message"].as_str().unwrap().into(),
                    severity,
                )
            })
            .collect();
        let mut got: Vec<(Range, String, String, String)> = server
            .open(&uri_of(file), &text)
            .iter()
            .map(|d| {
                let severity = match d.severity {
                    Some(DiagnosticSeverity::ERROR) => "error",
                    Some(DiagnosticSeverity::WARNING) => "warning",
                    Some(DiagnosticSeverity::INFORMATION) => "info",
                    other => panic!("severity {other:?}"),
                };
                assert_eq!(d.source.as_deref(), Some("onmessage"));
                (
                    d.range,
                    code(d).to_string(),
                    d.message.clone(),
                    severity.to_string(),
                )
            })
            .collect();
        let key = |e: &(Range, String, String, String)| {
            (
                e.0.start.line,
                e.0.start.character,
                e.0.end.line,
                e.0.end.character,
                e.1.clone(),
                e.2.clone(),
            )
        };
        expected.sort_by_key(key);
        got.sort_by_key(key);
        assert_eq!(got, expected, "{}", relative.display());
        total += got.len();
    }
    assert!(total > 20, "the demo has findings to compare: {total}");
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn columns_are_utf16_units_and_edits_are_incremental() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/not-saved-yet.md"));
    let text = "Café 😀 deals: we leverage synergy.\n";
    let found = server.open(&uri, text);
    // 17 characters before "leverage", one of them (😀) two UTF-16 units.
    let leverage = found
        .iter()
        .find(|d| code(d) == "banned-term")
        .expect("banned-term");
    assert_eq!(leverage.range, at(0, 18, 26));
    // Insert "ü😀 " at the start of line 0: the finding moves by 4 units.
    server.change(&uri, 2, Some(at(0, 0, 0)), "ü😀 ");
    let found = server.diagnostics(&uri);
    assert!(
        found
            .iter()
            .any(|d| code(d) == "banned-term" && d.range == at(0, 22, 30)),
        "{found:?}"
    );
    // A range past the end appends; nothing panics.
    server.change(&uri, 3, Some(at(40, 5, 99)), "\nOur coreforge laptops.\n");
    let found = server.diagnostics(&uri);
    let brand = found
        .iter()
        .find(|d| code(d) == "brand-name")
        .expect("brand-name");
    assert_eq!(brand.range, at(2, 4, 13));
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn fixes_are_quick_fixes_and_fix_all_applies_the_safe_ones() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/draft.md"));
    // "Coreforge" is the name miscapitalised (a safe fix); "coreforge", all in lowercase, may be
    // an identifier (an unsafe fix).
    let text = "We leverage synergy.\n\nOur Coreforge laptops and coreforge desktops.\n";
    let found = server.open(&uri, text);
    assert_eq!(
        found.iter().filter(|d| code(d) == "brand-name").count(),
        2,
        "{found:?}"
    );

    let actions = server.code_actions(&uri, at(2, 6, 6), None);
    // The fix, then the suppression comment (tests/server/editing.rs).
    let quick: Vec<_> = actions
        .iter()
        .filter(|a| a.kind == Some(CodeActionKind::QUICKFIX))
        .collect();
    assert_eq!(quick.len(), 2, "{actions:?}");
    assert!(quick[1].title.starts_with("Disable"), "{actions:?}");
    assert_eq!(
        quick[0].is_preferred,
        Some(true),
        "a brand's case is a safe fix"
    );
    let edits = &quick[0].edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri];
    assert_eq!(
        apply(text, edits),
        text.replacen("Coreforge", "CoreForge", 1)
    );
    // The unsafe fix of a banned term is offered, not preferred.
    let actions = server.code_actions(&uri, at(0, 4, 4), Some("quickfix"));
    assert!(
        !actions.is_empty() && actions.iter().all(|a| a.is_preferred == Some(false)),
        "{actions:?}"
    );

    let actions = server.code_actions(&uri, at(0, 0, 0), Some("source.fixAll"));
    assert_eq!(actions.len(), 1, "{actions:?}");
    assert_eq!(
        actions[0].kind.as_ref().unwrap().as_str(),
        "source.fixAll.onmessage"
    );
    let fixed = apply(
        text,
        &actions[0].edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri],
    );
    assert_eq!(
        fixed,
        "We leverage synergy.\n\nOur CoreForge laptops and coreforge desktops.\n"
    );
    server.change(&uri, 2, None, &fixed);
    let found = server.diagnostics(&uri);
    let brands: Vec<_> = found.iter().filter(|d| code(d) == "brand-name").collect();
    assert_eq!(brands.len(), 1, "the lowercase word is left: {found:?}");
    assert_eq!(brands[0].range, at(2, 26, 35), "{found:?}");
    assert!(
        found.iter().any(|d| code(d) == "banned-term"),
        "unsafe fixes are left: {found:?}"
    );
    assert!(server
        .code_actions(&uri, at(0, 0, 0), Some("source"))
        .is_empty());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn bad_input_is_answered_or_ignored_and_a_broken_guide_is_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("message-guide.yml"), "version: [1\n").unwrap();
    let mut server = Server::start(dir.path());
    let uri = uri_of(&dir.path().join("page.md"));
    assert!(server.open(&uri, "We leverage synergy.\n").is_empty());
    server.change(&uri, 2, None, "Still synergy.\n");
    assert!(server.diagnostics(&uri).is_empty());
    // A document never opened, and a request the server does not know.
    let unknown = uri_of(&dir.path().join("never-opened.md"));
    assert!(server.code_actions(&unknown, at(9, 9, 99), None).is_empty());
    server.change(&unknown, 2, None, "ignored");
    // A request the server does not know is MethodNotFound; a known one with malformed
    // parameters is InvalidParams.
    for (id, method, code) in [
        (99, "textDocument/rename", -32601),
        (100, "textDocument/hover", -32602),
        (101, "textDocument/completion", -32602),
    ] {
        server.send(Request::new(RequestId::from(id), method.into(), serde_json::json!({})).into());
        let answered = loop {
            match server.incoming.recv_timeout(PATIENCE).unwrap() {
                Message::Response(r) if r.id == RequestId::from(id) => break r,
                _ => continue,
            }
        };
        assert_eq!(answered.response_result.unwrap_err().code, code, "{method}");
    }
    // A malformed notification is ignored; the server still answers.
    server.notify(
        DidOpenTextDocument::METHOD,
        serde_json::json!({"nonsense": true}),
    );
    let untitled = Uri::from_str("untitled:Untitled-1").unwrap();
    server.open(&untitled, "text");
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stderr.matches("guide not loaded").count(), 1, "{stderr}");
}

#[test]
fn stdin_closing_without_shutdown_ends_the_server() {
    let mut server = Server::start(&demo());
    let uri = uri_of(&demo().join("campaigns/x.md"));
    server.open(&uri, "synergy\n");
    let (status, _) = server.wait();
    assert_eq!(
        status, 1,
        "no shutdown: exit status 1, as the protocol says"
    );
}
