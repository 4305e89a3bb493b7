//! GitHub Actions output: one workflow command per finding (`::error file=…::message`), which
//! the runner turns into annotations on the pull request. Nothing else goes on stdout.

use super::emitter::{Emitter, Entry, Needs, Totals};
use super::escape::visible_for_command as visible;
use crate::finding::{Finding, Severity};
use std::borrow::Cow;
use std::io;

pub use super::escape::{escape_data, escape_property};

/// The workflow command of one finding, `path` naming its file. Paths and messages hold data
/// (file names, guide reasons): their control characters but CR and LF are made visible, then
/// the runner's own encoding carries CR and LF, so an annotation can neither inject a command
/// nor carry a terminal escape.
fn command(out: &mut dyn io::Write, f: &Finding, path: &str) -> io::Result<()> {
    let command = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let path: Cow<str> = visible(path);
    writeln!(
        out,
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        escape_property(&path),
        f.line,
        f.column,
        f.end_line,
        f.end_column,
        escape_property(&visible(&format!("onmessage({})", f.rule))),
        escape_data(&visible(&match &f.location {
            Some(location) => format!("{} ({location})", f.message),
            None => f.message.clone(),
        })),
    )
}

/// GitHub Actions output as an [`Emitter`]: the commands on `out`, with paths relative to the
/// repository root (the runner resolves them there); the summary line goes to `notes`, since
/// only commands belong in the stream the runner reads.
#[derive(Default)]
pub struct GithubEmitter;

impl Emitter for GithubEmitter {
    fn needs(&self) -> Needs {
        Needs {
            root_paths: true,
            ..Needs::default()
        }
    }

    fn file(&mut self, out: &mut dyn io::Write, entries: &[Entry<'_>]) -> io::Result<()> {
        entries
            .iter()
            .try_for_each(|entry| command(out, entry.finding, entry.path))
    }

    fn finish(
        &mut self,
        _out: &mut dyn io::Write,
        notes: &mut dyn io::Write,
        totals: &Totals<'_>,
    ) -> io::Result<()> {
        totals.note_summary(notes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_start_a_command_or_a_terminal_escape() {
        let finding = Finding {
            path: "a\n::add-mask::x,y:z.md".into(),
            message: "Avoid \"x\": \x1b[2J\u{9b}31m 100%\r\n::warning::boo".into(),
            ..Finding::sample(crate::rules::banned_term::ID, 1)
        };
        let entries = [Entry::bare(&finding)];
        let emitted = crate::report::emitter::emit_all(&mut GithubEmitter, &[&entries], 1, None)
            .expect("writing to a Vec");
        let out = String::from_utf8_lossy(&emitted.out);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.starts_with("::"), "{out}");
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out}");
        assert!(
            out.contains("file=a%0A%3A%3Aadd-mask%3A%3Ax%2Cy%3Az.md,"),
            "{out}"
        );
        assert!(
            out.ends_with("::Avoid \"x\": \\x1b[2J\\u{9b}31m 100%25%0D%0A::warning::boo\n"),
            "{out}"
        );
    }

    #[test]
    fn emitter_names_files_by_the_given_path_and_notes_the_summary() {
        let findings = [
            Finding::sample(crate::rules::banned_term::ID, 3),
            Finding {
                severity: Severity::Info,
                ..Finding::sample(crate::rules::too_long::ID, 5)
            },
        ];
        let entries: Vec<Entry> = findings
            .iter()
            .map(|finding| Entry {
                path: "docs/a.md",
                ..Entry::bare(finding)
            })
            .collect();
        let emitted = crate::report::emitter::emit_all(&mut GithubEmitter, &[&entries], 4, None)
            .expect("writing to a Vec");
        let out = String::from_utf8_lossy(&emitted.out);
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.starts_with("::error file=docs/a.md,line=3,"), "{out}");
        assert!(out.contains("\n::notice file=docs/a.md,line=5,"), "{out}");
        assert!(out.contains("title=onmessage(too-long)::"), "{out}");
        assert_eq!(
            String::from_utf8_lossy(&emitted.notes),
            "1 error, 1 info in 1 of 4 files\n"
        );
    }
}
