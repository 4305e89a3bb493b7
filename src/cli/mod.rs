//! The command-line front end: arguments, file walking, output and exit codes.

pub mod args;
pub mod check;
pub mod info;
pub mod output;
pub mod paths;
pub mod walk;
