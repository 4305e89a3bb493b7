//! Rendering `check`'s findings as they arrive, file by file, through the library's
//! [`Emitter`] for the chosen `--format`: this file picks the emitter, gives each finding what
//! the emitter asks for, counts findings for `--fail-on`, and sends the bytes to [`Output`].

use super::args::{CheckArgs, Color, FailOn, Format};
use super::output::Output;
use super::paths::RootRelative;
use super::summary::Summary;
use onmessage::guide_set::GuideSet;
use onmessage::pipeline::Item;
use onmessage::report::csv::CsvEmitter;
use onmessage::report::{
    Emitter, Entry, GithubEmitter, HumanEmitter, JsonEmitter, Needs, SarifEmitter, Statistics,
    Tally, Totals,
};
use onmessage::Severity;
use std::io::IsTerminal;

/// The name findings from stdin carry when no `--stdin-filename` is given.
pub const STDIN_NAME: &str = "<stdin>";

/// Width the human report wraps at.
const HUMAN_WIDTH: usize = 100;

pub struct Report<'g> {
    emitter: Box<dyn Emitter>,
    /// With `--statistics`: the counts the report prints instead of the findings, and the
    /// guides whose entries name them.
    statistics: Option<(Statistics, &'g GuideSet, bool)>,
    needs: Needs,
    tally: Tally,
    /// `--summary`: the counts per rule, appended to its file at the end.
    summary: Option<Summary>,
    /// Made at the first file, for emitters that want root-relative paths: finding the
    /// repository root costs file-system calls other formats need not pay.
    paths: Option<RootRelative>,
}

impl<'g> Report<'g> {
    /// The emitter for `--format` (nothing is written yet).
    pub fn new(args: &CheckArgs, guides: &'g GuideSet) -> Self {
        let emitter: Box<dyn Emitter> = match args.format {
            Format::Human => Box::new(HumanEmitter::new(
                color(args.color),
                HUMAN_WIDTH,
                args.quiet,
            )),
            Format::Json => Box::new(JsonEmitter::default()),
            Format::Github => Box::new(GithubEmitter),
            Format::Sarif => Box::new(SarifEmitter::default()),
            Format::Csv => Box::new(CsvEmitter),
        };
        let statistics = args
            .statistics
            .then(|| (Statistics::default(), guides, args.format == Format::Json));
        Report {
            // Statistics keep nothing of a finding's document.
            needs: if statistics.is_some() {
                Needs::default()
            } else {
                emitter.needs()
            },
            statistics,
            emitter,
            tally: Tally::default(),
            summary: args.summary.as_deref().map(Summary::new),
            paths: None,
        }
    }

    /// What the emitter needs kept of each finding's document.
    pub fn needs(&self) -> Needs {
        self.needs
    }

    /// Start the report (the JSON object opens here).
    pub fn begin(&mut self, out: &mut Output) {
        if self.statistics.is_some() {
            return;
        }
        let emitter = &mut self.emitter;
        out.print_with(|w| emitter.begin(w));
    }

    /// The findings of one file, or of several in order (each file is passed on by itself).
    pub fn items(&mut self, items: &[Item], out: &mut Output) {
        for item in items {
            self.tally.add(&item.finding);
            if let Some(summary) = &mut self.summary {
                summary.add(&item.finding);
            }
        }
        if let Some((statistics, guides, _)) = &mut self.statistics {
            // One guide lookup per file, not per finding.
            for file in items.chunk_by(|a, b| a.file == b.file) {
                let guide = guides.for_path(&file[0].file).guide.ok();
                for item in file {
                    statistics.add(&item.finding, guide.as_deref());
                }
            }
            return;
        }
        if items.is_empty() {
            // A checked file without findings still reaches the emitter.
            self.file(&[], out);
            return;
        }
        for file in items.chunk_by(|a, b| a.finding.path == b.finding.path) {
            self.file(file, out);
        }
    }

    fn file(&mut self, items: &[Item], out: &mut Output) {
        let paths: Vec<String> = if self.needs.root_paths {
            let paths = self
                .paths
                .get_or_insert_with(RootRelative::from_current_dir);
            items
                .iter()
                .map(|item| from_root(paths, &item.finding.path))
                .collect()
        } else {
            Vec::new()
        };
        let entries: Vec<Entry> = items
            .iter()
            .enumerate()
            .map(|(i, item)| Entry {
                finding: &item.finding,
                path: paths.get(i).unwrap_or(&item.finding.path),
                snippet: item.snippet.as_ref(),
                line_text: &item.line_text,
            })
            .collect();
        let emitter = &mut self.emitter;
        out.print_with(|w| emitter.file(w, &entries));
    }

    /// Whether a reported finding fails the run at `--fail-on`.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        match fail_on {
            FailOn::Never => false,
            FailOn::Info => self.tally.any_at_least(Severity::Info),
            FailOn::Warning => self.tally.any_at_least(Severity::Warning),
            FailOn::Error => self.tally.any_at_least(Severity::Error),
        }
    }

    /// End the report: the counts, the summary, or the SARIF document. `summary` is false when
    /// a human summary would mislead (nothing checked after an error); JSON and SARIF are always
    /// one whole document. The emitter's notes go to stderr after it. Then the `--summary` file
    /// is appended to; false when that failed (said on stderr).
    pub fn finish(
        mut self,
        out: &mut Output,
        files_checked: usize,
        fixed: Option<usize>,
        summary: bool,
    ) -> bool {
        let totals = Totals {
            files_checked,
            fixed,
            tally: &self.tally,
            summary,
        };
        if let Some((statistics, _, json)) = &self.statistics {
            print_statistics(out, statistics, *json, &totals);
        } else {
            let mut notes = Vec::new();
            let emitter = &mut self.emitter;
            out.print_with(|w| emitter.finish(w, &mut notes, &totals));
            let notes = String::from_utf8_lossy(&notes);
            if !notes.is_empty() {
                out.note(notes.trim_end_matches('\n'));
            }
        }
        match self.summary.map(|table| table.append(files_checked)) {
            Some(Err(message)) => {
                out.error(&message);
                false
            }
            _ => true,
        }
    }
}

/// The statistics in place of the findings: a table and the summary line, or one JSON object
/// (`version`, `files_checked`, `rules`, `entries`).
fn print_statistics(out: &mut Output, statistics: &Statistics, json: bool, totals: &Totals) {
    if json {
        let document = statistics.json(totals.files_checked);
        let text = serde_json::to_string_pretty(&document).unwrap_or_default();
        out.print_with(|w| writeln!(w, "{text}"));
    } else {
        let table = statistics.human();
        out.print_with(|w| {
            write!(w, "{table}")?;
            writeln!(w, "\n{}", totals.summary_line())
        });
    }
}

/// Whether the human report is coloured: `--color`, else a terminal without `NO_COLOR`.
fn color(color: Color) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// A finding's path relative to the repository root, as annotations and code scanning expect.
fn from_root(paths: &mut RootRelative, path: &str) -> String {
    // Text from stdin without a name has no place in the repository.
    if path == STDIN_NAME {
        path.to_string()
    } else {
        paths.convert(path)
    }
}
