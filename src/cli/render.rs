//! Rendering `check`'s findings as they arrive, file by file: JSON, human and GitHub output are
//! written as each file is done, so memory stays flat however many files a run checks. SARIF is
//! one document whose results need every finding's line text: it is written at the end.

use super::args::{CheckArgs, Color, FailOn, Format};
use super::gather::Item;
use super::output::Output;
use super::paths::RootRelative;
use onmessage::report::human::{HumanRenderer, Tally};
use onmessage::report::json::JsonWriter;
use onmessage::report::{github, sarif};
use onmessage::{Finding, Severity};
use std::io::IsTerminal;

/// The name findings from stdin carry when no `--stdin-filename` is given.
pub const STDIN_NAME: &str = "<stdin>";

pub struct Report {
    format: Format,
    quiet: bool,
    tally: Tally,
    json: JsonWriter,
    human: HumanRenderer,
    /// SARIF and GitHub only, made at their first finding: finding the repository root costs
    /// file-system calls other formats need not pay.
    paths: Option<RootRelative>,
    /// SARIF only: every finding with its line text, for the document written at the end.
    sarif: Vec<(Finding, String)>,
}

impl Report {
    /// Start the report (the JSON object opens here).
    pub fn begin(args: &CheckArgs, out: &mut Output) -> Self {
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let report = Report {
            format: args.format,
            quiet: args.quiet,
            tally: Tally::default(),
            json: JsonWriter::default(),
            human: HumanRenderer::new(color, 100),
            paths: None,
            sarif: Vec::new(),
        };
        if report.format == Format::Json {
            out.print_with(|w| report.json.begin(w));
        }
        report
    }

    /// The findings of one file (or of several, in order).
    pub fn items(&mut self, items: &[Item], out: &mut Output) {
        for item in items {
            self.tally.add(&item.finding);
        }
        match self.format {
            Format::Json => {
                let json = &mut self.json;
                out.print_with(|w| {
                    items
                        .iter()
                        .try_for_each(|item| json.finding(w, &item.finding))
                });
            }
            Format::Human if !self.quiet => {
                for item in items {
                    if let Some(snippet) = &item.snippet {
                        out.print(&self.human.render(&item.finding, snippet));
                    }
                }
            }
            Format::Human => {}
            Format::Github => {
                let paths = self
                    .paths
                    .get_or_insert_with(RootRelative::from_current_dir);
                let findings: Vec<Finding> = items
                    .iter()
                    .map(|item| from_root(paths, &item.finding))
                    .collect();
                let commands = github::render(&findings);
                // Only the commands go to stdout, never an empty line.
                if !commands.is_empty() {
                    out.print(commands.trim_end_matches('\n'));
                }
            }
            Format::Sarif => {
                let paths = self
                    .paths
                    .get_or_insert_with(RootRelative::from_current_dir);
                for item in items {
                    let finding = from_root(paths, &item.finding);
                    self.sarif.push((finding, item.line_text.clone()));
                }
            }
        }
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
    /// one whole document.
    pub fn finish(
        self,
        out: &mut Output,
        files_checked: usize,
        fixed: Option<usize>,
        summary: bool,
    ) {
        let line = || {
            let line = self.tally.summary(files_checked);
            match fixed {
                Some(n) => format!("{line} ({n} fixed)"),
                None => line,
            }
        };
        match self.format {
            Format::Json => out.print_with(|w| self.json.end(w, files_checked, fixed)),
            Format::Sarif => {
                let (findings, lines): (Vec<Finding>, Vec<String>) =
                    self.sarif.iter().cloned().unzip();
                out.print(&sarif::render(&findings, &lines));
            }
            Format::Github if summary => out.note(&line()),
            Format::Human if summary => out.print(&line()),
            Format::Github | Format::Human => {}
        }
    }
}

/// A finding with its path relative to the repository root, as annotations and code scanning
/// expect.
fn from_root(paths: &mut RootRelative, finding: &Finding) -> Finding {
    // Text from stdin without a name has no place in the repository.
    let path = if finding.path == STDIN_NAME {
        finding.path.clone()
    } else {
        paths.convert(&finding.path)
    };
    Finding {
        path,
        ..finding.clone()
    }
}
