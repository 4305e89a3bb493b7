//! `onmessage check`: gather findings, run the baseline and changed-lines stages, render, and
//! decide the exit code.

use super::args::{CheckArgs, Color, FailOn, Format};
use super::gather::{check_all, check_bytes, Item, Outcome};
use super::output::Output;
use super::paths::RootRelative;
use super::walk::{self, Target, WalkOptions};
use super::{git, stages};
use onmessage::guide_set::GuideSet;
use onmessage::report::human::{self, HumanRenderer};
use onmessage::report::{github, json, sarif};
use onmessage::{Finding, GuideError, Kind, Severity};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::sync::Arc;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// The name findings from stdin carry when no `--stdin-filename` is given.
const STDIN_NAME: &str = "<stdin>";

pub fn run(args: &CheckArgs, out: &mut Output) -> u8 {
    if args.stdin_filename.is_some() && !args.stdin {
        out.error("--stdin-filename names the text read with --stdin; add --stdin");
        return EXIT_ERROR;
    }
    let guides = match &args.guide {
        Some(path) => match GuideSet::fixed(path) {
            Ok(guides) => guides,
            Err(err) => {
                out.diagnostic(&err);
                return EXIT_ERROR;
            }
        },
        None => GuideSet::discover(),
    };
    // Ask git first: an unknown ref is a usage error, better said before any work.
    let changed = match &args.changed_since {
        Some(reference) => match git::changed_since(reference) {
            Ok(changed) => Some(changed),
            Err(message) => {
                out.error(&message);
                return EXIT_ERROR;
            }
        },
        None => None,
    };
    let snippets = args.format == Format::Human && !args.quiet;
    let (targets, outcomes, mut exit_error) = if args.stdin {
        match stdin_outcome(args, &guides, snippets) {
            Ok((target, outcome)) => (vec![target], vec![outcome], false),
            Err(message) => {
                out.error(&message);
                return EXIT_ERROR;
            }
        }
    } else {
        let options = WalkOptions {
            no_ignore: args.no_ignore,
            hidden: args.hidden,
        };
        let (targets, missing) = walk::collect(&args.paths, &options);
        for path in &missing {
            out.error(&format!("{}: no such file or folder", path.display()));
        }
        let outcomes = check_all(&targets, &guides, snippets);
        (targets, outcomes, !missing.is_empty())
    };

    let mut items: Vec<Item> = Vec::new();
    let mut files_checked = 0;
    let mut checked_files = Vec::new();
    let mut builtin_files = 0;
    let mut bad_guides: Vec<Arc<GuideError>> = Vec::new();
    for (target, outcome) in targets.iter().zip(outcomes) {
        match outcome {
            Outcome::Checked {
                items: found,
                builtin,
            } => {
                files_checked += 1;
                checked_files.push(target.path.clone());
                builtin_files += usize::from(builtin);
                items.extend(found);
            }
            Outcome::Ignored => {}
            Outcome::Skipped { message, fatal } => {
                out.error(&format!("skipped {}: {message}", target.display));
                exit_error |= fatal;
            }
            Outcome::BadGuide(err) => {
                if !bad_guides.iter().any(|seen| Arc::ptr_eq(seen, &err)) {
                    out.diagnostic(err.as_ref());
                    bad_guides.push(err);
                }
                exit_error = true;
            }
        }
    }

    if let Some(file) = &args.write_baseline {
        // A run that could not check everything must not replace a good baseline.
        if exit_error {
            out.error(&format!(
                "not writing the baseline {}: the check did not complete",
                file.display()
            ));
            return EXIT_ERROR;
        }
        return match stages::write_baseline(file, &items) {
            Ok(count) => {
                out.note(&format!(
                    "Wrote {count} findings to the baseline {}",
                    file.display()
                ));
                EXIT_CLEAN
            }
            Err(message) => {
                out.error(&message);
                EXIT_ERROR
            }
        };
    }
    let mut notes = Vec::new();
    if let Some(file) = &args.baseline {
        let before = items.len();
        match stages::apply_baseline(file, &mut items, &checked_files) {
            Ok(stale) => {
                let hidden = before - items.len();
                notes.push(format!("{} hidden by the baseline", findings_count(hidden)));
                if stale > 0 {
                    notes.push(format!(
                        "{} in the baseline no longer {} (fixed); run with --write-baseline {} to drop them",
                        findings_count(stale),
                        if stale == 1 { "occurs" } else { "occur" },
                        file.display()
                    ));
                }
            }
            Err(message) => {
                out.error(&message);
                return EXIT_ERROR;
            }
        }
    }
    if let Some((root, changed)) = &changed {
        stages::keep_changed(&mut items, root, changed);
    }

    // JSON and SARIF are always one document on stdout; a human summary of nothing after an
    // error would only mislead.
    if files_checked > 0 || !exit_error || matches!(args.format, Format::Json | Format::Sarif) {
        render(args, out, &items, files_checked);
    }
    for note in notes {
        out.note(&note);
    }
    if builtin_files > 0 && args.guide.is_none() {
        out.note(&format!(
            "hint: no message-guide.yml found for {builtin_files} {}; checked with the built-in jargon and hype packs. Run `onmessage init` to write your own guide.",
            if builtin_files == 1 { "file" } else { "files" }
        ));
    }
    if exit_error {
        EXIT_ERROR
    } else if items
        .iter()
        .any(|i| fails(i.finding.severity, args.fail_on))
    {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Check standard input as the file named by `--stdin-filename` (guide, channel, audience and
/// `ignore` apply by that name), or as plain text with the guide of the current folder.
fn stdin_outcome(
    args: &CheckArgs,
    guides: &GuideSet,
    snippets: bool,
) -> Result<(Target, Outcome), String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot read standard input: {err}"))?;
    let target = match &args.stdin_filename {
        Some(name) => Target {
            path: name.clone(),
            display: walk::display_path(name),
            kind: Kind::for_named(name),
            named: true,
        },
        None => Target {
            path: PathBuf::from(STDIN_NAME),
            display: STDIN_NAME.to_string(),
            kind: Kind::Text,
            named: true,
        },
    };
    let outcome = check_bytes(&target, &bytes, guides, snippets);
    Ok((target, outcome))
}

/// "1 finding", "3 findings".
fn findings_count(n: usize) -> String {
    format!("{n} finding{}", if n == 1 { "" } else { "s" })
}

fn fails(severity: Severity, fail_on: FailOn) -> bool {
    match fail_on {
        FailOn::Never => false,
        FailOn::Info => true,
        FailOn::Warning => severity >= Severity::Warning,
        FailOn::Error => severity == Severity::Error,
    }
}

fn render(args: &CheckArgs, out: &mut Output, items: &[Item], files_checked: usize) {
    let findings: Vec<Finding> = items.iter().map(|i| i.finding.clone()).collect();
    match args.format {
        Format::Json => out.print(&json::render(&findings, files_checked)),
        Format::Sarif => {
            let line_texts: Vec<String> = items.iter().map(|i| i.line_text.clone()).collect();
            out.print(&sarif::render(&from_root(&findings), &line_texts))
        }
        Format::Github => {
            let commands = github::render(&from_root(&findings));
            // Only the commands go to stdout, never an empty line.
            if !commands.is_empty() {
                out.print(commands.trim_end_matches('\n'));
            }
            out.note(&human::summary(&findings, files_checked));
        }
        Format::Human => {
            if !args.quiet {
                let color = match args.color {
                    Color::Always => true,
                    Color::Never => false,
                    Color::Auto => {
                        std::io::stdout().is_terminal()
                            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    }
                };
                let renderer = HumanRenderer::new(color, 100);
                for item in items {
                    if let Some(snippet) = &item.snippet {
                        out.print(&renderer.render(&item.finding, snippet));
                    }
                }
            }
            out.print(&human::summary(&findings, files_checked));
        }
    }
}

/// The findings with paths relative to the repository root, as annotations and code scanning
/// expect.
fn from_root(findings: &[Finding]) -> Vec<Finding> {
    let mut paths = RootRelative::from_current_dir();
    findings
        .iter()
        .map(|f| {
            // Text from stdin without a name has no place in the repository.
            let path = if f.path == STDIN_NAME {
                f.path.clone()
            } else {
                paths.convert(&f.path)
            };
            Finding { path, ..f.clone() }
        })
        .collect()
}
