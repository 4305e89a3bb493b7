//! `onmessage report`: score the files (and, with `--since`, the tree at a ref), render the
//! scorecard and write it. Exit 0 when a report was made; 2 for an invalid guide, an unknown
//! ref, a missing path, or when no file could be read.

use super::args::DateSource;
use super::args::{ReportArgs, ReportFormat};
use super::check::{EXIT_CLEAN, EXIT_ERROR};
use super::output::Output;
use super::reuse::{Memo, Reuse};
use super::scoring::{score, Job, Layout};
use super::snapshot::Snapshot;
use super::walk::{self, WalkOptions};
use onmessage::report::scorecard::{
    csv as scorecard_csv, html as scorecard_html, md as scorecard_md,
};
use onmessage::scorecard::front::GroupBy;
use onmessage::scorecard::{delta, Scorecard, Since, FORMULA, VERSION};
use std::collections::HashMap;
use std::sync::Arc;

pub fn run(args: &ReportArgs, out: &mut Output) -> u8 {
    let Some(guides) = super::guides(args.guide.as_deref(), out) else {
        return EXIT_ERROR;
    };
    // Ask git first: an unknown ref is better said before any work.
    let snapshot = match args.since.as_deref().map(Snapshot::extract).transpose() {
        Ok(snapshot) => snapshot,
        Err(message) => {
            out.error(&message);
            return EXIT_ERROR;
        }
    };
    let options = WalkOptions {
        no_ignore: args.no_ignore,
        hidden: args.hidden,
    };
    // Walked after the ref's tree is extracted, as before: the extraction writes a temporary
    // folder, which a walk running meanwhile could find half-written if it lies under a
    // walked folder.
    let (targets, missing) = walk::Walking::start(&args.paths, options).report(out);
    if missing {
        return EXIT_ERROR;
    }
    let jobs: Vec<Job> = targets.iter().map(Job::current).collect();
    // With `--since`, the current tree's measures are kept for the files the ref shares.
    let mut memo = Memo::default();
    let reuse = match snapshot {
        Some(_) => Reuse::Learn(&mut memo),
        None => Reuse::Off,
    };
    let layout = match layout(args, &jobs) {
        Ok(layout) => layout,
        Err(message) => {
            out.error(&message);
            return EXIT_ERROR;
        }
    };
    let now = score(&jobs, &guides, "", &layout, reuse, out);
    if now.bad_guide {
        return EXIT_ERROR;
    }
    if now.files_read == 0 && now.unreadable > 0 {
        out.error("no file could be read: no report");
        return EXIT_ERROR;
    }
    // A file whose scoring panicked is left out of a report still written, and fails the run.
    let mut internal_error = now.internal_error;
    let since = match &snapshot {
        Some(snapshot) => {
            let jobs = snapshot.jobs(&args.paths, &options);
            let label = format!("(at {}) ", snapshot.reference);
            let then = score(&jobs, &guides, &label, &layout, Reuse::Recall(&memo), out);
            // The memo holds every file's measure (a large tree's sentences, word by word):
            // freeing them one by one took ~0.3 s of a `--since` report over the bench corpus,
            // and the process ends right after the report is written.
            std::mem::forget(std::mem::take(&mut memo));
            if then.bad_guide {
                return EXIT_ERROR;
            }
            internal_error |= then.internal_error;
            Some(Since {
                reference: snapshot.reference.clone(),
                commit: snapshot.commit.clone(),
                files_read: then.files_read,
                deltas: delta::compare(&now.sections, &then.sections),
                sections: then.sections,
            })
        }
        None => None,
    };
    let scorecard = Scorecard {
        version: VERSION,
        formula: FORMULA,
        files_read: now.files_read,
        files_unreadable: now.unreadable,
        sections: now.sections,
        since,
    };
    let text = match args.format {
        ReportFormat::Md => scorecard_md::render(&scorecard),
        ReportFormat::Html => scorecard_html::render(&scorecard),
        ReportFormat::Csv => scorecard_csv::render(&scorecard),
        ReportFormat::Json => match onmessage::report::escape::to_json_pretty(&scorecard) {
            Ok(json) => json + "\n",
            Err(err) => {
                out.error(&format!("cannot write the report as JSON: {err}"));
                return EXIT_ERROR;
            }
        },
    };
    let finished = if internal_error {
        EXIT_ERROR
    } else {
        EXIT_CLEAN
    };
    match &args.out {
        // Atomically, like a fixed file: a failed write leaves an earlier report whole.
        Some(file) => match super::write::write_file(file, text.as_bytes()) {
            Ok(()) => {
                out.note(&format!("Wrote the report to {}", file.display()));
                finished
            }
            Err(err) => {
                out.error(&format!("cannot write {}: {err}", file.display()));
                EXIT_ERROR
            }
        },
        None => {
            out.emit(&text);
            finished
        }
    }
}

/// `--depth`, `--by` and `--dates git` (whose dates are read from git once, by report path).
fn layout(args: &ReportArgs, jobs: &[Job]) -> Result<Layout, String> {
    let by = match args.by.as_deref().map(str::trim) {
        Some("") => {
            return Err("--by needs a front-matter key, such as author, tag or month".into())
        }
        by => by.map(GroupBy::parse),
    };
    let dates = match args.dates {
        DateSource::FrontMatter => None,
        DateSource::Git => {
            let (root, by_root_path) = super::git::last_commit_dates()?;
            let root = root.canonicalize().unwrap_or(root);
            let dates: HashMap<String, String> = jobs
                .iter()
                .filter_map(|job| {
                    let path = job.place.canonicalize().ok()?;
                    let relative = path.strip_prefix(&root).ok()?;
                    let key = relative.to_string_lossy().replace('\\', "/");
                    Some((job.display.clone(), by_root_path.get(&key)?.clone()))
                })
                .collect();
            Some(Arc::new(dates))
        }
    };
    Ok(Layout {
        depth: args.depth.map(usize::from),
        by,
        dates,
    })
}
