//! `onmessage server`: a Language Server over stdio. Documents are checked as they are opened
//! and edited (incremental sync) by the library pipeline, their findings published as
//! diagnostics, their fixes and suppression comments offered as code actions, their rules
//! explained on hover, and the guide's approved wording offered as completions. The guide file
//! itself is validated as it is edited and reloaded when saved. Protocol framing and JSON-RPC
//! are the `lsp-server` crate's; the message types are `lsp-types`.

mod actions;
mod checking;
mod completion;
mod disable;
mod documents;
mod guides;
mod hover;
pub mod text;
mod transport;
mod worker;

use documents::{path_of, Documents, Open};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit,
    Notification as _,
};
use lsp_types::request::{CodeActionRequest, Completion, HoverRequest, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, PublishDiagnosticsParams, SaveOptions, ServerCapabilities,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};
use std::io::Write;
use std::str::FromStr;
use std::sync::{mpsc, Mutex, MutexGuard};

pub use actions::FIX_ALL;

/// How a session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    /// `shutdown`, then `exit`: exit status 0.
    Shutdown,
    /// `exit` without `shutdown`, or the input closed: exit status 1, as the protocol says.
    Abrupt,
}

/// One line on stderr (the client shows it in its server log); stdout is the protocol's.
pub fn log(line: &str) {
    let _ = writeln!(std::io::stderr(), "onmessage server: {line}");
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                // A saved guide is reloaded; its text is the open document's (or the file's).
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        // On request only: a space trigger would pop the list up between every two words.
        completion_provider: Some(CompletionOptions::default()),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::from(FIX_ALL),
            ]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}

/// Serve one client on `connection` until it exits or its input closes, checking with `guides`
/// (`GuideSet::discover` for the nearest guide of each file, as `check` does). Documents are
/// checked on a second thread ([`worker`]); this one reads the editor's messages.
pub fn serve(
    connection: &Connection,
    guides: crate::GuideSet,
) -> Result<Ending, lsp_server::ProtocolError> {
    let caps = serde_json::to_value(capabilities()).unwrap_or_default();
    connection.initialize(caps)?;
    let state = Mutex::new(Documents::new(guides));
    let (queue, queued) = mpsc::channel();
    // The scope ends when `listen` returns (dropping the queue's sender) and the checking
    // thread has finished what was queued.
    std::thread::scope(|scope| {
        scope.spawn(|| worker::work(connection, &state, queued));
        listen(connection, &state, queue)
    })
}

fn listen(
    connection: &Connection,
    state: &Mutex<Documents>,
    queue: mpsc::Sender<Uri>,
) -> Result<Ending, lsp_server::ProtocolError> {
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(Ending::Shutdown);
                }
                let mut docs = lock(state);
                match waits_for(&docs, &request) {
                    Some(uri) => {
                        docs.waiting.push((uri.clone(), request));
                        let _ = queue.send(uri);
                    }
                    None => send(connection, answer(&docs, request)),
                }
            }
            Message::Notification(note) if note.method == Exit::METHOD => {
                return Ok(Ending::Abrupt)
            }
            Message::Notification(note) => {
                let mut docs = lock(state);
                for uri in notified(&mut docs, note) {
                    if docs.open.contains_key(&uri) {
                        let _ = queue.send(uri);
                    } else {
                        // Closed: clear its diagnostics, answer what waited for it.
                        let params = PublishDiagnosticsParams {
                            uri: uri.clone(),
                            diagnostics: Vec::new(),
                            version: None,
                        };
                        worker::publish(connection, params);
                        worker::answer_waiting(connection, &mut docs, &uri);
                    }
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(Ending::Abrupt)
}

/// The document a request must wait for: hover and code actions read a document's findings,
/// which must be those of its current text.
fn waits_for(docs: &Documents, request: &Request) -> Option<Uri> {
    if ![HoverRequest::METHOD, CodeActionRequest::METHOD].contains(&request.method.as_str()) {
        return None;
    }
    let uri = request.params.get("textDocument")?.get("uri")?.as_str()?;
    let uri = Uri::from_str(uri).ok()?;
    (!docs.is_fresh(&uri)).then_some(uri)
}

/// A poisoned lock only means the other thread panicked; the documents are still usable.
fn lock(state: &Mutex<Documents>) -> MutexGuard<'_, Documents> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Serve on stdin and stdout; the process's exit status.
pub fn run_stdio() -> u8 {
    let (connection, io_threads) = match transport::stdio() {
        Ok(started) => started,
        Err(err) => {
            log(&format!("cannot start: {err}"));
            return 2;
        }
    };
    let ending = match crate::GuideSet::discover() {
        Ok(guides) => serve(&connection, guides),
        Err(err) => {
            log(&format!("cannot start: {err}"));
            return 2;
        }
    };
    drop(connection);
    let joined = io_threads.join();
    match ending {
        Ok(Ending::Shutdown) => 0,
        Ok(Ending::Abrupt) => {
            if let Err(err) = joined {
                log(&format!("input closed: {err}"));
            }
            1
        }
        Err(err) => {
            log(&format!("protocol error: {err}"));
            1
        }
    }
}

fn send(connection: &Connection, message: impl Into<Message>) {
    // The writer ends only when the client is gone; the receiver loop then ends too.
    let _ = connection.sender.send(message.into());
}

fn answer(docs: &Documents, request: Request) -> Response {
    let id = request.id.clone();
    let result = match request.method.as_str() {
        CodeActionRequest::METHOD => reply(request, |p| actions::code_actions(docs, &p)),
        HoverRequest::METHOD => reply(request, |p| hover::hover(docs, &p)),
        Completion::METHOD => reply(request, |p| completion::completion(docs, &p)),
        method => {
            let message = format!("unsupported request {method}");
            return Response::new_err(id, ErrorCode::MethodNotFound as i32, message);
        }
    };
    match result {
        Ok(value) => Response::new_ok(id, value),
        Err(err) => Response::new_err(id, ErrorCode::InvalidParams as i32, err),
    }
}

/// The result of a request whose parameters are `P`, or why they are malformed.
fn reply<P, R>(request: Request, handle: impl FnOnce(P) -> R) -> Result<serde_json::Value, String>
where
    P: serde::de::DeserializeOwned,
    R: serde::Serialize,
{
    let params: P = serde_json::from_value(request.params).map_err(|e| e.to_string())?;
    serde_json::to_value(handle(params)).map_err(|e| e.to_string())
}

/// Apply a document notification; the documents to check again. Malformed parameters and
/// unknown notifications are ignored, as the protocol asks of notifications.
fn notified(docs: &mut Documents, note: Notification) -> Vec<Uri> {
    match note.method.as_str() {
        DidOpenTextDocument::METHOD => {
            let Some(params) = params::<lsp_types::DidOpenTextDocumentParams>(note) else {
                return Vec::new();
            };
            let item = params.text_document;
            let revision = docs.next_revision();
            let open = Open::new(path_of(&item.uri), item.text, item.version, revision);
            docs.open.insert(item.uri.clone(), open);
            vec![item.uri]
        }
        DidChangeTextDocument::METHOD => {
            let Some(params) = params::<lsp_types::DidChangeTextDocumentParams>(note) else {
                return Vec::new();
            };
            let uri = params.text_document.uri;
            let revision = docs.next_revision();
            let Some(doc) = docs.open.get_mut(&uri) else {
                return Vec::new();
            };
            for change in params.content_changes {
                text::apply_change(&mut doc.text, change);
            }
            doc.version = params.text_document.version;
            doc.revision = revision;
            vec![uri]
        }
        DidSaveTextDocument::METHOD => {
            let Some(params) = params::<lsp_types::DidSaveTextDocumentParams>(note) else {
                return Vec::new();
            };
            // A guide saved valid checks every open document from now on.
            if docs.saved(&params.text_document.uri) {
                docs.open.keys().cloned().collect()
            } else {
                Vec::new()
            }
        }
        DidCloseTextDocument::METHOD => {
            let Some(params) = params::<lsp_types::DidCloseTextDocumentParams>(note) else {
                return Vec::new();
            };
            docs.open.remove(&params.text_document.uri);
            vec![params.text_document.uri]
        }
        _ => Vec::new(),
    }
}

fn params<P: serde::de::DeserializeOwned>(note: Notification) -> Option<P> {
    let method = note.method.clone();
    match serde_json::from_value(note.params) {
        Ok(params) => Some(params),
        Err(err) => {
            log(&format!("ignored {method}: {err}"));
            None
        }
    }
}
