//! `onmessage check`: configure the library's [`Pipeline`] from the arguments, run it over the
//! walked files (or stdin), write a baseline or fix when asked, render, and decide the exit
//! code.

use super::args::{CheckArgs, Format};
use super::fixing::{fix_files, fix_stdin};
use super::gather::{check_all, check_bytes, check_file};
use super::git;
use super::ordered::{each_in_order, SMALL_RESULTS};
use super::output::Output;
use super::render::{Report, STDIN_NAME};
use super::stages;
use super::walk::{self, Target, WalkOptions};
use onmessage::pipeline::{BaselineCounts, Changes, Filters, Item, Keep, Outcome, Pipeline};
use onmessage::{GuideError, Kind};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// Findings gathered from the targets, with what the summary and exit code need.
#[derive(Default)]
struct Gathered {
    items: Vec<Item>,
    /// Files checked, built-in files, and whether the run could not check everything.
    counts: Collector,
}

pub fn run(args: &CheckArgs, out: &mut Output) -> u8 {
    if args.stdin_filename.is_some() && !args.stdin {
        out.error("--stdin-filename names the text read with --stdin; add --stdin");
        return EXIT_ERROR;
    }
    if args.statistics && !matches!(args.format, Format::Human | Format::Json) {
        out.error("--statistics prints a table or JSON: use --format human or --format json");
        return EXIT_ERROR;
    }
    let walking = (!args.stdin).then(|| {
        let options = WalkOptions {
            no_ignore: args.no_ignore,
            hidden: args.hidden,
        };
        walk::Walking::start(&args.paths, options)
    });
    let Some(guides) = super::guides(args.guide.as_deref(), out) else {
        return EXIT_ERROR;
    };
    // Ask git and read the baseline first: their errors are better said before any work.
    let changed = match args
        .changed_since
        .as_deref()
        .map(git::changed_since)
        .transpose()
    {
        Ok(changed) => changed,
        Err(message) => {
            out.error(&message);
            return EXIT_ERROR;
        }
    };
    let baseline = match args
        .baseline
        .as_deref()
        .map(stages::load_baseline)
        .transpose()
    {
        Ok(baseline) => baseline,
        Err(message) => {
            out.error(&message);
            return EXIT_ERROR;
        }
    };
    let fixing = args.fix_applicability();
    let mut report = Report::new(args, &guides);
    let keep = Keep {
        snippets: report.needs().snippets,
        lines: report.needs().line_texts
            || args.baseline.is_some()
            || args.write_baseline.is_some()
            || fixing.is_some(),
    };
    let mut pipeline = Pipeline::new(&guides, keep).with_fixes(fixing);
    // A baseline is written from every finding: no baseline or changed lines hide any.
    if args.write_baseline.is_none() {
        pipeline = pipeline.with_filters(Filters {
            baseline,
            changes: changed.map(|(root, lines)| Changes::new(root, lines)),
        });
    }

    let mut stdin_text = None;
    let (targets, mut outcomes, missing) = if let Some(walking) = walking {
        let (targets, missing) = walking.report(out);
        if fixing.is_none() && args.write_baseline.is_none() {
            return stream(args, out, &targets, &pipeline, missing);
        }
        let outcomes = check_all(&targets, &pipeline);
        (targets, outcomes, missing)
    } else {
        let limit = onmessage::limits::MAX_DOCUMENT_BYTES;
        let bytes = match onmessage::limits::read_bounded(std::io::stdin().lock(), limit) {
            Ok(bytes) => bytes,
            Err(err) => {
                out.error(&format!("cannot read standard input: {err}"));
                return EXIT_ERROR;
            }
        };
        let target = stdin_target(args);
        if args.stdin_filename.is_none() && is_package_or_pdf(&bytes) {
            // Read as plain text it is refused as binary: say how to read it as what it is.
            out.note(
                "hint: standard input looks like a Word, PowerPoint or OpenDocument file or a PDF: \
name it to read it as one, e.g. --stdin-filename deck.pptx",
            );
        }
        let outcome = check_bytes(&target, &bytes, &pipeline);
        stdin_text = Some(bytes);
        (vec![target], vec![outcome], false)
    };
    let mut fixes: Vec<_> = outcomes.iter_mut().map(Outcome::take_fixed).collect();
    let mut gathered = collect(&targets, outcomes, out);
    if args.baseline.is_some() {
        // Said even when no file was checked.
        gathered
            .counts
            .baseline
            .get_or_insert_with(Default::default);
    }
    gathered.counts.error |= missing;

    if let Some(file) = &args.write_baseline {
        // A run that could not check everything must not replace a good baseline.
        if gathered.counts.error {
            out.error(&format!(
                "not writing the baseline {}: the check did not complete",
                file.display()
            ));
            return EXIT_ERROR;
        }
        return match stages::write_baseline(file, &gathered.items) {
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
    let notes = match gathered.counts.baseline {
        Some(counts) => baseline_notes(counts, args),
        None => Vec::new(),
    };

    let mut fixed = None;
    let mut changes_pending = false;
    if fixing.is_some() {
        if args.diff || args.stdin {
            // stdout carries the diff or the fixed text; the report goes to stderr.
            out.report_to_stderr();
        }
        let result = match &stdin_text {
            Some(bytes) => fix_stdin(&targets[0], bytes, fixes.pop().flatten(), args, out),
            None => fix_files(&targets, fixes, !args.diff),
        };
        for diff in &result.diffs {
            out.emit(diff);
        }
        for reason in &result.refused {
            out.error(reason);
        }
        for reason in &result.unsettled {
            out.error(reason);
        }
        gathered.counts.error |= !result.refused.is_empty() || !result.unsettled.is_empty();
        changes_pending = args.diff && !result.diffs.is_empty();
        rechecked(&targets, result.rechecked, &mut gathered);
        fixed = Some(result.count);
    }

    report.begin(out);
    report.items(&gathered.items, out);
    let fails = report.fails(args.fail_on);
    // A human summary of nothing after an error would only mislead.
    let summary = gathered.counts.files_checked > 0 || !gathered.counts.error;
    let written = report.finish(out, gathered.counts.files_checked, fixed, summary);
    gathered.counts.error |= !written;
    for note in notes {
        out.note(&note);
    }
    super::guide_warnings(&guides, out);
    builtin_hint(gathered.counts.builtin_files, args, out);
    exit_code(gathered.counts.error, changes_pending || fails)
}

/// Check the walked targets and report each file's findings as soon as it and every file
/// before it are done: nothing is kept but counts (the path without `--fix` or
/// `--write-baseline`, which need every finding at the end).
fn stream(
    args: &CheckArgs,
    out: &mut Output,
    targets: &[Target],
    pipeline: &Pipeline,
    missing: bool,
) -> u8 {
    let mut report = Report::new(args, pipeline.guides());
    report.begin(out);
    let mut collector = Collector::default();
    each_in_order(
        targets,
        SMALL_RESULTS,
        |target| check_file(target, pipeline),
        |target, outcome| {
            if let Some(items) = collector.add(target, outcome, out) {
                report.items(&items, out);
            }
        },
    );
    let mut error = collector.error || missing;
    let fails = report.fails(args.fail_on);
    error |= !report.finish(
        out,
        collector.files_checked,
        None,
        collector.files_checked > 0 || !error,
    );
    if let Some(counts) = collector.baseline {
        for note in baseline_notes(counts, args) {
            out.note(&note);
        }
    }
    super::guide_warnings(pipeline.guides(), out);
    builtin_hint(collector.builtin_files, args, out);
    exit_code(error, fails)
}

/// 2 when the run could not check everything, else 1 when something fails it, else 0.
fn exit_code(error: bool, failed: bool) -> u8 {
    if error {
        EXIT_ERROR
    } else if failed {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

/// Say so when files were checked with the built-in packs because no guide was found.
fn builtin_hint(builtin_files: usize, args: &CheckArgs, out: &mut Output) {
    if builtin_files > 0 && args.guide.is_none() {
        out.note(&format!(
            "hint: no message-guide.yml found for {builtin_files} {}; checked with the built-in jargon and hype packs. Run `onmessage init` to write your own guide.",
            if builtin_files == 1 { "file" } else { "files" }
        ));
    }
}

/// Counts and error reporting for per-file outcomes, in target order.
#[derive(Default)]
struct Collector {
    files_checked: usize,
    builtin_files: usize,
    error: bool,
    bad_guides: Vec<Arc<GuideError>>,
    /// What the baseline hid, summed over the files; `None` without a baseline.
    baseline: Option<BaselineCounts>,
}

impl Collector {
    /// Count an outcome and report a skip or a broken guide; the findings of a checked file.
    fn add(&mut self, target: &Target, outcome: Outcome, out: &mut Output) -> Option<Vec<Item>> {
        match outcome {
            Outcome::Checked {
                items,
                builtin,
                baseline,
                ..
            } => {
                self.files_checked += 1;
                self.builtin_files += usize::from(builtin);
                if let Some(counts) = baseline {
                    let sum = self.baseline.get_or_insert_with(Default::default);
                    sum.hidden += counts.hidden;
                    sum.stale += counts.stale;
                }
                return Some(items);
            }
            Outcome::Ignored => {}
            Outcome::Skipped { message, fatal } => {
                out.error(&format!(
                    "skipped {}: {message}",
                    onmessage::report::escape::visible(&target.display())
                ));
                self.error |= fatal;
            }
            Outcome::BadGuide(err) => {
                if !self.bad_guides.iter().any(|seen| Arc::ptr_eq(seen, &err)) {
                    out.diagnostic(err.as_ref());
                    self.bad_guides.push(err);
                }
                self.error = true;
            }
        }
        None
    }
}

/// Fold the per-file outcomes into findings and counts, reporting skips and broken guides.
fn collect(targets: &[Target], outcomes: Vec<Outcome>, out: &mut Output) -> Gathered {
    let mut gathered = Gathered::default();
    for (target, outcome) in targets.iter().zip(outcomes) {
        if let Some(items) = gathered.counts.add(target, outcome, out) {
            gathered.items.extend(items);
        }
    }
    gathered
}

/// What the baseline stage says: how many findings it hid, and how many of its entries are
/// fixed.
fn baseline_notes(counts: BaselineCounts, args: &CheckArgs) -> Vec<String> {
    let BaselineCounts { hidden, stale } = counts;
    let mut notes = vec![format!("{} hidden by the baseline", findings_count(hidden))];
    if let (true, Some(file)) = (stale > 0, &args.baseline) {
        notes.push(format!(
            "{} in the baseline no longer {} (fixed); run with --write-baseline {} to drop them",
            findings_count(stale),
            if stale == 1 { "occurs" } else { "occur" },
            file.display()
        ));
    }
    notes
}

/// The findings of the fixed files replace theirs, so the report shows what remains, at
/// positions in the text as it now is.
fn rechecked(
    targets: &[Target],
    mut rechecked: HashMap<PathBuf, Vec<Item>>,
    gathered: &mut Gathered,
) {
    if rechecked.is_empty() {
        return;
    }
    gathered
        .items
        .retain(|item| !rechecked.contains_key(&item.file));
    for target in targets {
        if let Some(items) = rechecked.remove(&target.path) {
            gathered.items.extend(items);
        }
    }
    let order: HashMap<&PathBuf, usize> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| (&t.path, i))
        .collect();
    gathered
        .items
        .sort_by_key(|item| order.get(&item.file).copied().unwrap_or(usize::MAX));
}

/// What stdin is checked as: the `--stdin-filename` name, or plain text of the current folder.
fn stdin_target(args: &CheckArgs) -> Target {
    match &args.stdin_filename {
        Some(name) => Target {
            path: name.clone(),
            kind: Kind::for_named(name),
            named: true,
        },
        None => Target {
            path: PathBuf::from(STDIN_NAME),
            kind: Kind::Text,
            named: true,
        },
    }
}

/// Whether bytes start as a zip package (Word, PowerPoint, OpenDocument) or a PDF does.
fn is_package_or_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"%PDF-")
}

/// "1 finding", "3 findings".
fn findings_count(n: usize) -> String {
    format!("{n} finding{}", if n == 1 { "" } else { "s" })
}
