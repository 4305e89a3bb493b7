//! Latency of `onmessage server` as a writer types: opens one Markdown document of about
//! `--words` words (built from `SOURCE` files) beside a copy of `--guide`, then sends `--edits`
//! one-character incremental edits (typing a letter, then deleting it, at places spread through
//! the document) and times each from sending its `didChange` to receiving the
//! `publishDiagnostics` of that version. Prints one JSON object (p50, p95, ...) on stdout.
//!
//! A benchmark, run by `bench/run.sh`, never by `cargo test`:
//!   cargo run --release --example server_latency -- --server target/release/onmessage \
//!     --guide fixtures/demo/message-guide.yml --doc sell-sheets/latency.md fixtures/demo

#[path = "latency/drafts.rs"]
mod drafts;

use drafts::{build_document, parse_options, timing, Common};
use lsp_server::{Message, Notification, Request, RequestId};
use lsp_types::notification::{
    DidChangeTextDocument, DidOpenTextDocument, Exit, Initialized, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{Initialize, Request as _, Shutdown};
use lsp_types::*;
use std::io::{BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::str::FromStr;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// A check that takes longer than this is a hang: the benchmark stops with an error.
const PATIENCE: Duration = Duration::from_secs(60);

struct Options {
    common: Common,
    doc: String,
}

impl std::ops::Deref for Options {
    type Target = Common;
    fn deref(&self) -> &Common {
        &self.common
    }
}

const USAGE: &str = "server_latency --guide GUIDE.yml [--server BIN] [--doc REL_PATH] \
    [--words N] [--edits N] [--warmup N] [--label NAME] SOURCE...";

fn options() -> Result<Options, String> {
    let mut own = String::from("doc.md");
    let common = parse_options(5000, USAGE, |arg, value| {
        if arg != "--doc" {
            return Ok(false);
        }
        own = value()?;
        Ok(true)
    })?;
    Ok(Options { common, doc: own })
}

struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Message>,
}

impl Server {
    fn start(binary: &Path, cwd: &Path) -> Result<Server, String> {
        let mut child = Command::new(binary)
            .arg("server")
            .current_dir(cwd)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("{}: {e}", binary.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let (tx, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Ok(Some(message)) = Message::read(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        Ok(Server {
            child,
            stdin,
            incoming,
        })
    }

    fn send(&mut self, message: impl Into<Message>) -> Result<(), String> {
        message
            .into()
            .write(&mut self.stdin)
            .and_then(|()| self.stdin.flush())
            .map_err(|e| format!("writing to the server: {e}"))
    }

    fn notify(&mut self, method: &str, params: impl serde::Serialize) -> Result<(), String> {
        self.send(Notification::new(method.to_string(), params))
    }

    fn request(
        &mut self,
        id: i32,
        method: &str,
        params: impl serde::Serialize,
    ) -> Result<(), String> {
        self.send(Request::new(
            RequestId::from(id),
            method.to_string(),
            params,
        ))?;
        loop {
            match self.next()? {
                Message::Response(r) if r.id == RequestId::from(id) => return Ok(()),
                _ => continue,
            }
        }
    }

    fn next(&self) -> Result<Message, String> {
        self.incoming
            .recv_timeout(PATIENCE)
            .map_err(|e| format!("no answer from the server within {PATIENCE:?}: {e}"))
    }

    /// Wait for the diagnostics of `version` of `uri` (older versions' are passed over); their count.
    fn diagnostics(&self, uri: &Uri, version: i32) -> Result<usize, String> {
        loop {
            if let Message::Notification(n) = self.next()? {
                if n.method != PublishDiagnostics::METHOD {
                    continue;
                }
                let p: PublishDiagnosticsParams =
                    serde_json::from_value(n.params).map_err(|e| e.to_string())?;
                if &p.uri == uri && p.version.is_none_or(|v| v >= version) {
                    return Ok(p.diagnostics.len());
                }
            }
        }
    }
}

/// The `i`th edit: typing a letter (even `i`) or deleting it again (odd `i`), at the middle of
/// a non-blank line picked by a stride through the document. Columns count UTF-16 units.
fn edit(lines: &[&str], i: usize) -> Range {
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&n| !lines[n].trim().is_empty())
        .collect();
    let line = candidates[(i / 2 * 7919) % candidates.len()];
    let units: u32 = lines[line].encode_utf16().count() as u32;
    let mut column = 0;
    for c in lines[line].chars() {
        if column >= units / 2 {
            break;
        }
        column += c.len_utf16() as u32;
    }
    let at = Position::new(line as u32, column);
    if i.is_multiple_of(2) {
        Range::new(at, at)
    } else {
        Range::new(at, Position::new(line as u32, column + 1))
    }
}

fn run(o: &Options) -> Result<serde_json::Value, String> {
    let text = build_document(&o.sources, o.words)?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    std::fs::copy(&o.guide, dir.path().join("message-guide.yml"))
        .map_err(|e| format!("{}: {e}", o.guide.display()))?;
    let doc = dir.path().join(&o.doc);
    std::fs::create_dir_all(doc.parent().unwrap_or(dir.path())).map_err(|e| e.to_string())?;
    std::fs::write(&doc, &text).map_err(|e| e.to_string())?;
    let uri = Uri::from_str(&format!("file://{}", doc.display())).map_err(|e| e.to_string())?;

    // The server runs in the temporary folder: a relative path must not be read from there.
    let binary = std::path::absolute(&o.server).map_err(|e| e.to_string())?;
    let mut server = Server::start(&binary, dir.path())?;
    server.request(1, Initialize::METHOD, InitializeParams::default())?;
    server.notify(Initialized::METHOD, InitializedParams {})?;
    let item = TextDocumentItem::new(uri.clone(), "markdown".into(), 1, text.clone());
    let started = Instant::now();
    server.notify(
        DidOpenTextDocument::METHOD,
        DidOpenTextDocumentParams {
            text_document: item,
        },
    )?;
    let found = server.diagnostics(&uri, 1)?;
    let open_ms = started.elapsed().as_secs_f64() * 1000.0;

    let lines: Vec<&str> = text.lines().collect();
    let mut times = Vec::with_capacity(o.edits);
    for i in 0..o.warmup + o.edits {
        let version = i as i32 + 2;
        let change = TextDocumentContentChangeEvent {
            range: Some(edit(&lines, i)),
            range_length: None,
            text: if i.is_multiple_of(2) {
                "e".into()
            } else {
                String::new()
            },
        };
        let params = DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier::new(uri.clone(), version),
            content_changes: vec![change],
        };
        let sent = Instant::now();
        server.notify(DidChangeTextDocument::METHOD, params)?;
        server.diagnostics(&uri, version)?;
        if i >= o.warmup {
            times.push(sent.elapsed().as_secs_f64() * 1000.0);
        }
    }
    server.request(2, Shutdown::METHOD, ())?;
    server.notify(Exit::METHOD, ())?;
    let status = server.child.wait().map_err(|e| e.to_string())?;

    let mut figures = timing(&times, o.warmup);
    let serde_json::Value::Object(own) = serde_json::json!({
        "label": o.label,
        "words": text.split_whitespace().count(),
        "bytes": text.len(),
        "diagnostics": found,
        "open_ms": open_ms,
        "server_exit": status.code(),
    }) else {
        unreachable!("a JSON object literal")
    };
    figures.extend(own);
    Ok(serde_json::Value::Object(figures))
}

fn main() {
    let result = options().and_then(|o| run(&o));
    match result {
        Ok(figures) => println!("{figures}"),
        Err(err) => {
            eprintln!("server_latency: {err}");
            std::process::exit(1);
        }
    }
}
