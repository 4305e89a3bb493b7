//! The checking thread: the main loop applies the editor's changes and queues the document;
//! this thread checks the newest text of each queued document, so typing never waits for a
//! check. A document changed again before its turn is checked once, at its newest text (the
//! pending check of the old text is dropped), and a check overtaken by a change while it runs
//! is not published.

use super::documents::Documents;
use super::{answer, checking, lock, send};
use lsp_server::{Connection, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{PublishDiagnosticsParams, Uri};
use std::sync::mpsc::Receiver;
use std::sync::Mutex;

/// Check queued documents until the queue's sender is dropped (the session ended) and the
/// queue is empty.
pub fn work(connection: &Connection, state: &Mutex<Documents>, queue: Receiver<Uri>) {
    while let Ok(first) = queue.recv() {
        // Everything queued meanwhile, each document once.
        let mut pending = vec![first];
        for uri in queue.try_iter() {
            if !pending.contains(&uri) {
                pending.push(uri);
            }
        }
        for uri in pending {
            let job = lock(state).job(&uri);
            if let Some(job) = job {
                let checked = check_or_report(job);
                let mut docs = lock(state);
                if let Some(params) = docs.store(checked) {
                    // Under the lock: a close published meanwhile is never overwritten.
                    publish(connection, params);
                }
            }
            answer_waiting(connection, &mut lock(state), &uri);
        }
    }
}

/// Check a job; a bug that panics in the checker costs this document its findings (and one
/// line in the log), never the session: the requests waiting for it are still answered.
fn check_or_report(job: checking::Job) -> checking::Checked {
    let (uri, revision) = (job.uri.clone(), job.revision);
    let path = job.path.display().to_string();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| checking::run(job))).unwrap_or_else(
        |_| checking::Checked {
            uri,
            revision,
            findings: Vec::new(),
            guide: None,
            diagnostics: Vec::new(),
            problem: Some(format!(
                "{path}: internal error while checking, not checked"
            )),
        },
    )
}

/// Answer the requests about `uri` once its findings are those of its text (or it is closed).
pub fn answer_waiting(connection: &Connection, docs: &mut Documents, uri: &Uri) {
    if !docs.is_fresh(uri) {
        return;
    }
    let (ready, still): (Vec<_>, Vec<_>) = std::mem::take(&mut docs.waiting)
        .into_iter()
        .partition(|(waiting_for, _)| waiting_for == uri);
    docs.waiting = still;
    for (_, request) in ready {
        send(connection, answer(docs, request));
    }
}

pub fn publish(connection: &Connection, params: PublishDiagnosticsParams) {
    send(
        connection,
        Notification::new(PublishDiagnostics::METHOD.to_string(), params),
    );
}
