//! Renderers: findings in, text out. They write to a given writer and never re-run a rule.
//! Everything they print from a document, a guide or a file name is escaped by [`escape`].

pub mod escape;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod scorecard;
