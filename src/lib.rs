//! onmessage: a messaging alignment linter. The library loads message guides, reads documents
//! and returns findings as plain data; it never prints and never exits — the `onmessage` binary
//! does that.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod baseline;
pub mod calibration;
pub mod changed;
pub mod compiled;
pub mod document;
pub mod finding;
pub mod fix;
pub mod guide;
pub mod guide_set;
pub mod limits;
pub mod matchers;
pub mod page;
pub mod pipeline;
pub mod profile;
pub mod registry;
pub mod report;
pub mod rules;
pub mod scorecard;
pub mod server;
mod suggest;
pub mod suppress;

pub use compiled::{BuildError, CompiledGuide};
pub use document::{Document, Kind};
pub use finding::{EntryRef, Finding, Level, Scope, Severity};
pub use guide::GuideError;
pub use guide_set::{GuideSet, GuideSetError};
use std::path::Path;

/// Check one document against a guide. `path` is how findings name the file; `file` is where
/// it is (or would be), which places it in a channel and audience by the guide's globs.
pub fn check_document(
    doc: &Document,
    path: &str,
    file: Option<&Path>,
    guide: &CompiledGuide,
) -> Vec<Finding> {
    check_document_as(doc, path, file, guide, profile::Chosen::default())
}

/// [`check_document`] with a channel and audience the caller chose ([`profile::Chosen`]).
pub fn check_document_as(
    doc: &Document,
    path: &str,
    file: Option<&Path>,
    guide: &CompiledGuide,
    chosen: profile::Chosen,
) -> Vec<Finding> {
    let relative = file.and_then(|f| guide.relative_path(f));
    let ctx = rules::Context::new(doc, guide, path, relative.as_deref(), chosen);
    check_context(&ctx)
}

/// Run the rules (suppressed findings are dropped as they are made), then add the unused and
/// invalid suppressions, and cut the findings at `limits::MAX_FINDINGS_PER_FILE`, the rest
/// counted in one `partial-check` finding. Call once per context.
pub fn check_context(ctx: &rules::Context) -> Vec<Finding> {
    ctx.finish(rules::check(ctx))
}

/// Check a text as the file `path` would be checked (its extension picks Markdown or plain text).
pub fn check_text(text: &str, path: &str, guide: &CompiledGuide) -> Vec<Finding> {
    let doc = Document::new(text, Kind::for_named(Path::new(path)));
    check_document(&doc, path, Some(Path::new(path)), guide)
}
