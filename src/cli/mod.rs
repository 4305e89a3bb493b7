//! The command-line front end: arguments, file walking, output and exit codes.

pub mod args;
pub mod check;
pub mod fixing;
pub mod gather;
pub mod git;
pub mod info;
pub mod ordered;
pub mod output;
pub mod paths;
pub mod render;
pub mod report;
pub mod scoring;
pub mod snapshot;
pub mod stages;
pub mod walk;
pub mod write;
