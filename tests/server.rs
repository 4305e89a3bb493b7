//! `onmessage server` driven over stdio with raw LSP messages (framed by `lsp-server`, typed by
//! `lsp-types`): diagnostics equal `check`'s findings, UTF-16 columns, incremental edits, code
//! actions, suppression comments, hover, completion, the guide as a document, and bad input
//! that must neither panic nor hang.

#[path = "server/harness.rs"]
mod harness;
use harness::*;

#[path = "server/burst.rs"]
mod burst;
#[path = "server/checks.rs"]
mod checks;
#[path = "server/editing.rs"]
mod editing;
#[path = "server/guide.rs"]
mod guide;
