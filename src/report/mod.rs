//! Renderers: findings in, text out. They write to a given writer and never re-run a rule.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod scorecard;
