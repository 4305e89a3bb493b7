//! A small LSP client for the bad-input tests: starts the real `onmessage server`, frames and
//! reads messages with `lsp-server`, and can also write raw bytes the way a broken client would.
//! Copied from (and trimmed against) the harness of `tests/server.rs`, which keeps its own copy.

use lsp_server::{Message, Notification, Request, RequestId};
use lsp_types::notification::{
    DidChangeTextDocument, DidOpenTextDocument, Exit, Initialized, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, Initialize, Request as _, Shutdown};
use lsp_types::*;
use std::io::{BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::str::FromStr;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

/// Long enough for a loaded CI machine; a hang fails the test instead of blocking it forever.
pub const PATIENCE: Duration = Duration::from_secs(60);

pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Message>,
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
        server.request(Initialize::METHOD, InitializeParams::default());
        server.notify(Initialized::METHOD, InitializedParams {});
        server
    }

    /// Bytes as they are, framing included: what a broken client might write.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: impl serde::Serialize) {
        let message: Message = Notification::new(method.to_string(), params).into();
        message.write(self.stdin.as_mut().unwrap()).unwrap();
    }

    /// Send a request and wait for its response (notifications met on the way are dropped).
    pub fn request(&mut self, method: &str, params: impl serde::Serialize) -> serde_json::Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let message: Message = Request::new(id.clone(), method.to_string(), params).into();
        message.write(self.stdin.as_mut().unwrap()).unwrap();
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

    pub fn code_actions(&mut self, uri: &Uri, range: Range) -> Vec<CodeAction> {
        let params = CodeActionParams {
            text_document: TextDocumentIdentifier::new(uri.clone()),
            range,
            context: CodeActionContext::default(),
            work_done_progress_params: Default::default(),
            partial_result_params: Default::default(),
        };
        let result = self.request(CodeActionRequest::METHOD, params);
        serde_json::from_value(result).unwrap()
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
                self.child
                    .stderr
                    .as_mut()
                    .unwrap()
                    .read_to_string(&mut stderr)
                    .unwrap();
                return (status.code().unwrap_or(-1), stderr);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the server did not exit");
    }
}

/// A `file:` URI for `path` (bytes outside the unreserved set percent-encoded).
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

pub fn at(line: u32, from: u32, to: u32) -> Range {
    Range::new(Position::new(line, from), Position::new(line, to))
}

pub fn code(d: &Diagnostic) -> &str {
    match &d.code {
        Some(NumberOrString::String(code)) => code,
        other => panic!("code {other:?}"),
    }
}
