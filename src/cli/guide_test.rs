//! `onmessage test`: run a guide's entry tests and calibration files, print the result, and
//! exit 0 when all pass, 1 when a test failed, 2 when the guide is invalid or missing.

use super::args::{FailOn, TestArgs, TestFormat};
use super::check::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use super::git;
use super::output::Output;
use onmessage::calibration::{self, render};
use onmessage::finding::Severity;
use onmessage::guide_set::GuideSet;
use std::path::{Path, PathBuf};

pub fn run(args: &TestArgs, out: &mut Output) -> u8 {
    let Some(guide) = guide_file(args.guide.as_deref(), out) else {
        return EXIT_ERROR;
    };
    let fail_at = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    // The old guide first: a ref git cannot find is a usage error before any work.
    let old = match args
        .since
        .as_deref()
        .map(|r| git::file_at(r, &guide))
        .transpose()
    {
        Ok(old) => old,
        Err(message) => {
            out.error(&message);
            return EXIT_ERROR;
        }
    };
    let mut test = match calibration::run(&guide, fail_at) {
        Ok(test) => test,
        Err(err) => {
            out.diagnostic(&err);
            return EXIT_ERROR;
        }
    };
    if let (Some(reference), Some(old)) = (args.since.as_deref(), old) {
        calibration::compare_with(&mut test, &guide, reference, old.as_deref());
    }
    let text = match args.format {
        TestFormat::Table => render::table(&test),
        TestFormat::Junit => render::junit(&test),
        TestFormat::Json => match render::json(&test) {
            Ok(text) => text,
            Err(err) => {
                out.error(&format!("cannot write the result as JSON: {err}"));
                return EXIT_ERROR;
            }
        },
    };
    out.emit(&text);
    if test.passed() {
        EXIT_CLEAN
    } else {
        EXIT_FINDINGS
    }
}

/// The guide `--guide` names, or the nearest `message-guide.yml` above the current folder,
/// shown relative to it when it is inside.
fn guide_file(named: Option<&Path>, out: &mut Output) -> Option<PathBuf> {
    if let Some(path) = named {
        return Some(path.to_path_buf());
    }
    let found = GuideSet::discover()
        .map_err(|err| out.diagnostic(&err))
        .ok()?
        .guide_file(Path::new("."));
    let Some(found) = found else {
        out.error("no message-guide.yml here or above: name one with --guide, or write one with `onmessage init`");
        return None;
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    Some(
        found
            .strip_prefix(&cwd)
            .map(Path::to_path_buf)
            .unwrap_or(found),
    )
}
