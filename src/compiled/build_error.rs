//! Failures of the builders a guide is compiled with, on input validation accepts: globs that
//! globset cannot compile together (its regex size limit), terms Aho-Corasick cannot hold, a
//! built-in pack that does not load. Each stops the guide with a diagnostic, so a failure never
//! becomes a matcher that silently matches nothing.

use crate::guide::{Problem, Seg};

#[derive(Debug, Clone, thiserror::Error)]
pub enum BuildError {
    /// A glob list (`ignore`, a channel's or audience's `paths`…) whose globs each parse but do
    /// not compile into one matcher.
    #[error("the `{list}` globs cannot be compiled together: {reason}")]
    Globs {
        /// Where the list is in the guide (`channels.web.paths`).
        list: String,
        reason: String,
    },
    /// The literal terms (of the guide, or of the packs it extends) do not fit in one automaton.
    #[error("the {what} cannot be compiled into one automaton: {source}")]
    Terms {
        what: &'static str,
        source: aho_corasick::BuildError,
    },
    /// A built-in pack does not load: a bug in `rules/`, never a user's mistake.
    #[error("built-in pack `{name}` is broken: {reason}")]
    Pack { name: &'static str, reason: String },
}

impl BuildError {
    /// What the writer of the guide can do about it.
    pub fn help(&self) -> &'static str {
        match self {
            BuildError::Globs { .. } => {
                "the globs compile into one matcher of limited size: list fewer of them, or use \
                 fewer wildcards (a glob with a literal part, like `docs/**` or `*.md`, costs \
                 almost nothing)"
            }
            BuildError::Terms { .. } => "list fewer or shorter terms",
            BuildError::Pack { .. } => "this is a bug in onmessage: please report it",
        }
    }

    /// The error as a guide problem at `path` (the entry or list it is about).
    pub fn problem_at(&self, path: Vec<Seg>) -> Problem {
        Problem::at(path, self.to_string()).with_help(self.help())
    }
}

/// A guide path as the guide's author reads it: `channels.web.paths`, `overrides[0].paths`.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}
