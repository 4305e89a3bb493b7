//! Renderers: findings in, text out. Every output format of `check` is an
//! [`emitter::Emitter`], fed file by file; they write to a given writer and never re-run a rule.
//! Everything they print from a document, a guide or a file name is escaped by [`escape`].

pub mod csv;
pub mod emitter;
pub mod escape;
pub mod github;
pub mod human;
pub mod json;
mod json_finding;
pub mod sarif;
pub mod scorecard;
pub mod statistics;

pub use emitter::{Emitter, Entry, Needs, Tally, Totals};
pub use github::GithubEmitter;
pub use human::HumanEmitter;
pub use json::JsonEmitter;
pub use sarif::SarifEmitter;
pub use statistics::Statistics;
