//! `onmessage server` under bad input, driven over stdio like a real client: a binary file, a
//! lone surrogate, a 10 MB paste, positions past the end, a document outside any guide, and
//! clients that leave without `shutdown`. The server answers or ignores per the protocol, logs
//! one line, and never panics or hangs (every wait is bounded by `PATIENCE`).

#[path = "server/harness.rs"]
mod harness;

use harness::{at, code, uri_of, Server};
use lsp_types::notification::{Exit, Notification as _};
use lsp_types::{Position, Range};
use std::path::{Path, PathBuf};
use std::process::Command;

fn demo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// A temporary folder holding a copy of the demo guide.
fn guide_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        demo().join("message-guide.yml"),
        dir.path().join("message-guide.yml"),
    )
    .unwrap();
    dir
}

/// Lines of the server's log (stderr) that mention `needle`.
fn logged(stderr: &str, needle: &str) -> usize {
    stderr.lines().filter(|l| l.contains(needle)).count()
}

#[test]
fn a_binary_file_is_skipped_with_one_log_line_and_the_server_goes_on() {
    let dir = guide_dir();
    let bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe We leverage synergy.";
    let path = dir.path().join("logo.md");
    std::fs::write(&path, bytes).unwrap();
    let mut server = Server::start(dir.path());
    let uri = uri_of(&path);
    // What an editor sends for it: invalid bytes replaced, NUL bytes kept.
    let text = String::from_utf8_lossy(bytes);
    assert!(server.open(&uri, &text).is_empty());
    server.change(&uri, 2, Some(at(0, 0, 0)), "x");
    assert!(server.diagnostics(&uri).is_empty());
    let page = uri_of(&dir.path().join("page.md"));
    assert!(!server.open(&page, "We leverage synergy.\n").is_empty());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(logged(&stderr, "not UTF-8"), 1, "{stderr}");
}

/// A Word file opened in the editor (its zip bytes as the editor decodes them, or text saved
/// under a `.docx` name) gets no diagnostics, whose positions would be in the extracted text,
/// and one log line naming it.
#[test]
fn office_and_pdf_files_are_refused_with_one_log_line() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    for name in ["sheet.docx", "deck.pptx", "sheet.pdf"] {
        let uri = uri_of(&dir.path().join(name));
        assert!(
            server.open(&uri, "We leverage synergy.\n").is_empty(),
            "{name}"
        );
    }
    let page = uri_of(&dir.path().join("page.md"));
    assert!(!server.open(&page, "We leverage synergy.\n").is_empty());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    for name in ["sheet.docx", "deck.pptx", "sheet.pdf"] {
        assert_eq!(
            logged(&stderr, &format!("{name}: Word, PowerPoint, OpenDocument and PDF files are not checked in the editor")),
            1,
            "{stderr}"
        );
    }
}

/// Each binary document is named in the log (each distinct message is logged once, so a
/// message without the name would be logged for the first file only).
#[test]
fn each_binary_document_is_logged_by_name() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    for name in ["one.md", "two.md"] {
        let uri = uri_of(&dir.path().join(name));
        assert!(server.open(&uri, "\0binary\0").is_empty());
    }
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(logged(&stderr, "one.md"), 1, "{stderr}");
    assert_eq!(logged(&stderr, "two.md"), 1, "{stderr}");
}

/// A payload that is not valid JSON was still read whole: the stream is in step, so the
/// server logs one line and goes on (`lsp-server`'s own `Connection::stdio` would end there).
#[test]
fn a_lone_surrogate_in_a_did_open_is_ignored_and_logged() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    let uri = uri_of(&dir.path().join("broken.md"));
    // Valid framing, but "\ud800" is no Unicode scalar value: the text cannot be a string.
    let body = format!(
        r#"{{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{{"textDocument":{{"uri":"{}","languageId":"markdown","version":1,"text":"We leverage \ud800 synergy.\n"}}}}}}"#,
        uri.as_str()
    );
    server.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    // The session goes on: the next document is checked, shutdown is answered.
    let page = uri_of(&dir.path().join("page.md"));
    let found = server.open(&page, "We leverage synergy.\n");
    assert!(found.iter().any(|d| code(d) == "banned-term"), "{found:?}");
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line about it: {stderr}");
}

/// About `bytes` of plain prose with a finding in every paragraph. (Copy full of product names
/// and specs costs the library more per byte; this test is about the server, and kept quick.)
fn pasted_prose(bytes: usize) -> String {
    let words =
        "the laptops are on the shelf by door and our staff can help you pick one that fits \
                 your work games school budget";
    let words: Vec<&str> = words.split_whitespace().collect();
    let mut text = String::with_capacity(bytes + 1000);
    let mut seed = 7usize;
    while text.len() < bytes {
        for _ in 0..60 {
            // A small linear congruential generator: varied but repeatable paragraphs.
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(words[(seed >> 16) % words.len()]);
            text.push(' ');
        }
        text.push_str("and we leverage synergy.\n\n");
    }
    text
}

#[test]
fn a_10_mb_paste_is_answered_without_a_hang() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    let uri = uri_of(&dir.path().join("page.md"));
    server.open(&uri, "Paste below.\n");
    let paste = pasted_prose(10 << 20);
    server.change(&uri, 2, Some(at(1, 0, 0)), &paste);
    let found = server.diagnostics(&uri);
    let lines = paste.lines().count() as u32;
    assert!(
        found.iter().all(|d| d.range.end.line <= lines + 1),
        "ranges inside the document"
    );
    // Still serving: a request about the pasted document is answered.
    server.code_actions(&uri, at(1, 0, 5), None);
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn positions_past_the_end_clamp_in_edits_and_code_actions() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    let uri = uri_of(&dir.path().join("page.md"));
    server.open(&uri, "We leverage synergy.\n");
    // A range wholly past the end inserts at the end.
    server.change(&uri, 2, Some(at(99, 99, 99)), "Our coreforge laptops.\n");
    let found = server.diagnostics(&uri);
    let brand = found.iter().find(|d| code(d) == "brand-name");
    assert_eq!(brand.map(|d| d.range), Some(at(1, 4, 13)), "{found:?}");
    // From past the end of line 0 to far past the end of the text: line 1 goes.
    let far = Range::new(Position::new(0, 1000), Position::new(u32::MAX, u32::MAX));
    server.change(&uri, 3, Some(far), "\n");
    let found = server.diagnostics(&uri);
    assert!(found.iter().all(|d| code(d) != "brand-name"), "{found:?}");
    assert!(found.iter().all(|d| d.range.end.line == 0), "{found:?}");
    // Code actions for ranges past the end, and reversed: answered, nothing offered there.
    let past = Range::new(Position::new(500, 0), Position::new(u32::MAX, u32::MAX));
    let actions = server.code_actions(&uri, past, None);
    assert!(actions
        .iter()
        .all(|a| a.kind.as_ref().unwrap().as_str() != "quickfix"));
    let reversed = Range::new(Position::new(0, 19), Position::new(0, 3));
    assert!(!server.code_actions(&uri, reversed, None).is_empty());
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

/// `onmessage check --format json` on `file`, run in `cwd`: (line, rule) of each finding.
fn check_json(cwd: &Path, file: &Path) -> Vec<(u32, String)> {
    let output = Command::new(env!("CARGO_BIN_EXE_onmessage"))
        .args(["check", "--format", "json"])
        .arg(file)
        .current_dir(cwd)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut found: Vec<(u32, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let line = f["line"].as_u64().unwrap() as u32 - 1;
            (line, f["rule"].as_str().unwrap().to_string())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_document_outside_any_guide_gets_what_check_reports_for_it() {
    // The server runs in the demo (it has a guide); the document lives where no guide is.
    let outside = tempfile::tempdir().unwrap();
    let text = "We leverage synergy. Our coreforge laptops.\n";
    let mut documents = vec![outside.path().join("page.md")];
    // A path that is not on disk at all, in a folder that does not exist.
    documents.push(outside.path().join("gone/unsaved.md"));
    let mut server = Server::start(&demo());
    std::fs::write(&documents[0], text).unwrap();
    for (n, path) in documents.iter().enumerate() {
        let mut got: Vec<(u32, String)> = server
            .open(&uri_of(path), text)
            .iter()
            .map(|d| (d.range.start.line, code(d).to_string()))
            .collect();
        got.sort();
        let expected = check_json(&demo(), &documents[0]);
        assert!(!expected.is_empty());
        assert_eq!(got, expected, "document {n}");
    }
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}

#[test]
fn stdin_closing_in_the_middle_of_a_message_ends_the_server() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    server.open(&uri_of(&dir.path().join("page.md")), "synergy\n");
    // The header promises 1,000 bytes; the client dies after 20.
    server.send_raw(b"Content-Length: 1000\r\n\r\n{\"jsonrpc\":\"2.0\",\"me");
    let (status, stderr) = server.wait();
    assert_eq!(status, 1, "no shutdown: exit status 1; {stderr}");
    assert!(logged(&stderr, "onmessage server") <= 1, "{stderr}");
}

#[test]
fn exit_without_shutdown_ends_the_server_with_status_1_while_stdin_is_open() {
    let dir = guide_dir();
    let mut server = Server::start(dir.path());
    server.open(&uri_of(&dir.path().join("page.md")), "synergy\n");
    server.notify(Exit::METHOD, ());
    // The client keeps its end open: `exit` alone must end the process.
    let (status, stderr) = server.wait_keeping_stdin();
    assert_eq!(status, 1, "exit without shutdown: status 1; {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
