//! A small LSP client over the real `onmessage server` binary, shared by `tests/server.rs` and
//! `tests/server_bad_input.rs`: frames and reads messages with `lsp-server`, types them with
//! `lsp-types`, and can also write raw bytes the way a broken client would. Each test crate uses
//! part of it.
#![allow(dead_code)]

pub use lsp_server::{Message, Notification, Request, RequestId};
pub use lsp_types::notification::{
    DidChangeTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit, Initialized,
    Notification as _, PublishDiagnostics,
};
pub use lsp_types::request::{
    CodeActionRequest, Completion, HoverRequest, Initialize, Request as _, Shutdown,
};
pub use lsp_types::*;
pub use std::io::BufReader;
pub use std::path::{Path, PathBuf};
pub use std::process::{Child, ChildStdin, Command, Stdio};
pub use std::str::FromStr;
pub use std::sync::mpsc::{self, Receiver};
pub use std::time::Duration;

/// Long enough for a loaded CI machine; a hang fails the test instead of blocking it forever.
pub const PATIENCE: Duration = Duration::from_secs(60);

pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    pub incoming: Receiver<Message>,
    next_id: i32,
}

impl Server {
    pub fn start(cwd: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_onmessage"))
            .arg("server")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start onmessage server");
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Ok(Some(message)) = Message::read(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        let mut server = Server {
            child,
            stdin,
            incoming,
            next_id: 0,
        };
        let init = InitializeParams::default();
        let caps = server.request(Initialize::METHOD, init);
        assert!(
            caps["capabilities"]["codeActionProvider"].is_object(),
            "{caps}"
        );
        server.notify(Initialized::METHOD, InitializedParams {});
        server
    }

    /// Bytes as they are, framing included: what a broken client might write.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        std::io::Write::write_all(stdin, bytes).unwrap();
        std::io::Write::flush(stdin).unwrap();
    }

    pub fn send(&mut self, message: Message) {
        message.write(self.stdin.as_mut().unwrap()).unwrap();
    }

    pub fn notify(&mut self, method: &str, params: impl serde::Serialize) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    /// Send a request and wait for its response's result (notifications met on the way are
    /// dropped).
    pub fn request(&mut self, method: &str, params: impl serde::Serialize) -> serde_json::Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.to_string(), params).into());
        loop {
            match self.incoming.recv_timeout(PATIENCE).expect("a response") {
                Message::Response(r) if r.id == id => {
                    return r.response_result.expect("a result, not an error");
                }
                _ => continue,
            }
        }
    }

    /// The next diagnostics published for `uri`.
    pub fn diagnostics(&mut self, uri: &Uri) -> Vec<Diagnostic> {
        loop {
            match self.incoming.recv_timeout(PATIENCE).expect("diagnostics") {
                Message::Notification(n) if n.method == PublishDiagnostics::METHOD => {
                    let p: PublishDiagnosticsParams = serde_json::from_value(n.params).unwrap();
                    if &p.uri == uri {
                        return p.diagnostics;
                    }
                }
                _ => continue,
            }
        }
    }

    pub fn open(&mut self, uri: &Uri, text: &str) -> Vec<Diagnostic> {
        let item = TextDocumentItem::new(uri.clone(), "markdown".into(), 1, text.into());
        let params = DidOpenTextDocumentParams {
            text_document: item,
        };
        self.notify(DidOpenTextDocument::METHOD, params);
        self.diagnostics(uri)
    }

    pub fn change(&mut self, uri: &Uri, version: i32, range: Option<Range>, text: &str) {
        let params = DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier::new(uri.clone(), version),
            content_changes: vec![TextDocumentContentChangeEvent {
                range,
                range_length: None,
                text: text.into(),
            }],
        };
        self.notify(DidChangeTextDocument::METHOD, params);
    }

    pub fn code_actions(&mut self, uri: &Uri, range: Range, only: Option<&str>) -> Vec<CodeAction> {
        let params = CodeActionParams {
            text_document: TextDocumentIdentifier::new(uri.clone()),
            range,
            context: CodeActionContext {
                only: only.map(|k| vec![CodeActionKind::from(k.to_string())]),
                ..CodeActionContext::default()
            },
            work_done_progress_params: Default::default(),
            partial_result_params: Default::default(),
        };
        let result = self.request(CodeActionRequest::METHOD, params);
        serde_json::from_value(result).unwrap()
    }

    pub fn save(&mut self, uri: &Uri) {
        let params = DidSaveTextDocumentParams {
            text_document: TextDocumentIdentifier::new(uri.clone()),
            text: None,
        };
        self.notify(DidSaveTextDocument::METHOD, params);
    }

    pub fn hover(&mut self, uri: &Uri, position: Position) -> Option<Hover> {
        let params = HoverParams {
            text_document_position_params: TextDocumentPositionParams::new(
                TextDocumentIdentifier::new(uri.clone()),
                position,
            ),
            work_done_progress_params: Default::default(),
        };
        serde_json::from_value(self.request(HoverRequest::METHOD, params)).unwrap()
    }

    pub fn complete(&mut self, uri: &Uri, position: Position) -> Vec<CompletionItem> {
        let params = CompletionParams {
            text_document_position: TextDocumentPositionParams::new(
                TextDocumentIdentifier::new(uri.clone()),
                position,
            ),
            work_done_progress_params: Default::default(),
            partial_result_params: Default::default(),
            context: None,
        };
        match serde_json::from_value(self.request(Completion::METHOD, params)).unwrap() {
            CompletionResponse::List(list) => list.items,
            CompletionResponse::Array(items) => items,
        }
    }

    /// `shutdown` then `exit`; the exit status and stderr.
    pub fn finish(mut self) -> (i32, String) {
        self.request(Shutdown::METHOD, ());
        self.notify(Exit::METHOD, ());
        self.wait()
    }

    /// Close stdin and wait for the process to end: its exit status and stderr. A server that
    /// does not end within `PATIENCE` is killed and fails the test.
    pub fn wait(mut self) -> (i32, String) {
        drop(self.stdin.take());
        self.wait_keeping_stdin()
    }

    /// Wait for the process to end with stdin left as it is (open, unless `wait` closed it).
    pub fn wait_keeping_stdin(mut self) -> (i32, String) {
        for _ in 0..PATIENCE.as_millis() / 50 {
            if let Some(status) = self.child.try_wait().unwrap() {
                let mut stderr = String::new();
                std::io::Read::read_to_string(self.child.stderr.as_mut().unwrap(), &mut stderr)
                    .unwrap();
                return (status.code().unwrap_or(-1), stderr);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the server did not exit");
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn uri_of(path: &Path) -> Uri {
    let mut s = String::from("file://");
    for byte in path.to_str().unwrap().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                s.push(byte as char)
            }
            _ => s.push_str(&format!("%{byte:02X}")),
        }
    }
    Uri::from_str(&s).unwrap()
}

/// The LSP position of byte `offset`, counted here independently of the server's code.
pub fn position(text: &str, offset: usize) -> Position {
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32;
    let line_text = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    Position::new(line, line_text.encode_utf16().count() as u32)
}

pub fn apply(text: &str, edits: &[TextEdit]) -> String {
    let offset = |p: Position| {
        let start: usize = text
            .split_inclusive('\n')
            .take(p.line as usize)
            .map(str::len)
            .sum();
        let line = &text[start..];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= p.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut edits: Vec<_> = edits
        .iter()
        .map(|e| (offset(e.range.start), offset(e.range.end), &e.new_text))
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (a, b, new) in edits {
        out.replace_range(a..b, new);
    }
    out
}

pub fn at(line: u32, from: u32, to: u32) -> Range {
    Range::new(Position::new(line, from), Position::new(line, to))
}

pub fn code(d: &Diagnostic) -> &str {
    match &d.code {
        Some(NumberOrString::String(code)) => code,
        other => panic!("code {other:?}"),
    }
}
