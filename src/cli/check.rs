//! `onmessage check`: walk, check in parallel, render, and decide the exit code.

use super::args::{CheckArgs, Color, FailOn, Format};
use super::output::Output;
use super::paths::RootRelative;
use super::walk::{self, Target, WalkOptions};
use onmessage::guide_set::{GuideSet, Resolved};
use onmessage::report::human::{self, HumanRenderer, Snippet};
use onmessage::report::{github, json, sarif};
use onmessage::{check_document, document, Document, Finding, GuideError, Severity};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// What checking one file produced.
enum Outcome {
    Checked {
        findings: Vec<Finding>,
        snippets: Vec<Snippet>,
        /// The trimmed text of each finding's first line, for SARIF fingerprints.
        line_texts: Vec<String>,
        builtin: bool,
    },
    /// Excluded by the guide's `ignore`.
    Ignored,
    /// Not checked; the message says why. `fatal` for named files and broken guides.
    Skipped { message: String, fatal: bool },
    /// The file's guide is invalid; reported once per guide.
    BadGuide(Arc<GuideError>),
}

pub fn run(args: &CheckArgs, out: &mut Output) -> u8 {
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
    let options = WalkOptions {
        no_ignore: args.no_ignore,
        hidden: args.hidden,
    };
    let (targets, missing) = walk::collect(&args.paths, &options);
    let keep = Keep {
        snippets: args.format == Format::Human && !args.quiet,
        line_texts: args.format == Format::Sarif,
    };
    let outcomes = check_all(&targets, &guides, keep);

    let mut exit_error = false;
    for path in &missing {
        out.error(&format!("{}: no such file or folder", path.display()));
        exit_error = true;
    }
    let mut findings = Vec::new();
    let mut snippets = Vec::new();
    let mut line_texts = Vec::new();
    let mut files_checked = 0;
    let mut builtin_files = 0;
    let mut bad_guides: Vec<Arc<GuideError>> = Vec::new();
    for (target, outcome) in targets.iter().zip(outcomes) {
        match outcome {
            Outcome::Checked {
                findings: f,
                snippets: s,
                line_texts: l,
                builtin,
            } => {
                files_checked += 1;
                builtin_files += usize::from(builtin);
                findings.extend(f);
                snippets.extend(s);
                line_texts.extend(l);
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

    // JSON and SARIF are always one object on stdout; a human summary of nothing after an
    // error would only mislead.
    if files_checked > 0 || !exit_error || matches!(args.format, Format::Json | Format::Sarif) {
        render(args, out, &findings, &snippets, &line_texts, files_checked);
    }
    if builtin_files > 0 && args.guide.is_none() {
        out.note(&format!(
            "hint: no message-guide.yml found for {builtin_files} {}; checked with the built-in jargon and hype packs. Run `onmessage init` to write your own guide.",
            if builtin_files == 1 { "file" } else { "files" }
        ));
    }
    if exit_error {
        EXIT_ERROR
    } else if findings.iter().any(|f| fails(f.severity, args.fail_on)) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn fails(severity: Severity, fail_on: FailOn) -> bool {
    match fail_on {
        FailOn::Never => false,
        FailOn::Info => true,
        FailOn::Warning => severity >= Severity::Warning,
        FailOn::Error => severity == Severity::Error,
    }
}

/// What to keep of each checked file beyond its findings, for the renderer.
#[derive(Clone, Copy)]
struct Keep {
    snippets: bool,
    line_texts: bool,
}

/// Check every target on all cores; results come back in target order.
fn check_all(targets: &[Target], guides: &GuideSet, keep: Keep) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(targets.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(target) = targets.get(i) else { break };
                        done.push((i, check_one(target, guides, keep)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, outcome)| outcome).collect()
}

fn check_one(target: &Target, guides: &GuideSet, keep: Keep) -> Outcome {
    let Resolved { guide, builtin } = guides.for_path(&target.path);
    let guide = match guide {
        Ok(guide) => guide,
        Err(err) => return Outcome::BadGuide(err),
    };
    if guide
        .relative_path(&target.path)
        .is_some_and(|r| guide.is_ignored(&r))
    {
        return Outcome::Ignored;
    }
    let bytes = match std::fs::read(&target.path) {
        Ok(bytes) => bytes,
        Err(err) => {
            return Outcome::Skipped {
                message: err.to_string(),
                fatal: target.named,
            }
        }
    };
    let text = match document::decode(&bytes) {
        Ok(text) => text,
        Err(err) => {
            return Outcome::Skipped {
                message: err.to_string(),
                fatal: target.named,
            }
        }
    };
    let doc = Document::new(text, target.kind);
    let findings = check_document(&doc, &target.display, Some(&target.path), &guide);
    let snippets = if keep.snippets {
        findings.iter().map(|f| Snippet::new(&doc, f)).collect()
    } else {
        Vec::new()
    };
    let line_texts = if keep.line_texts {
        let lines = doc.line_index();
        findings
            .iter()
            .map(|f| {
                doc.text[lines.line_range(doc.text, f.line)]
                    .trim()
                    .to_string()
            })
            .collect()
    } else {
        Vec::new()
    };
    Outcome::Checked {
        findings,
        snippets,
        line_texts,
        builtin,
    }
}

fn render(
    args: &CheckArgs,
    out: &mut Output,
    findings: &[Finding],
    snippets: &[Snippet],
    line_texts: &[String],
    files_checked: usize,
) {
    match args.format {
        Format::Json => out.print(&json::render(findings, files_checked)),
        Format::Sarif => out.print(&sarif::render(&from_root(findings), line_texts)),
        Format::Github => {
            let commands = github::render(&from_root(findings));
            // Only the commands go to stdout, never an empty line.
            if !commands.is_empty() {
                out.print(commands.trim_end_matches('\n'));
            }
            out.note(&human::summary(findings, files_checked));
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
                for (finding, snippet) in findings.iter().zip(snippets) {
                    out.print(&renderer.render(finding, snippet));
                }
            }
            out.print(&human::summary(findings, files_checked));
        }
    }
}

/// The findings with paths relative to the repository root, as annotations and code scanning
/// expect.
fn from_root(findings: &[Finding]) -> Vec<Finding> {
    let mut paths = RootRelative::from_current_dir();
    findings
        .iter()
        .map(|f| Finding {
            path: paths.convert(&f.path),
            ..f.clone()
        })
        .collect()
}
