//! The command-line front end: arguments, file walking, output and exit codes.

pub mod args;
pub mod attrs;
pub mod check;
pub mod completions;
pub mod extract;
pub mod fixing;
pub mod gather;
pub mod git;
pub mod guide_test;
pub mod info;
pub mod ordered;
pub mod output;
pub mod panics;
pub mod paths;
pub mod render;
pub mod report;
pub mod reuse;
pub mod schema;
pub mod scoring;
pub mod serve;
pub mod signals;
pub mod snapshot;
pub mod sparse;
pub mod stages;
pub mod summary;
pub mod walk;
pub mod write;

use onmessage::guide_set::GuideSet;
use output::Output;
use std::path::Path;

/// Warnings of the guides a run used (an `overrides` glob that matches no file), on stderr.
pub fn guide_warnings(guides: &GuideSet, out: &mut Output) {
    for guide in guides.with_warnings() {
        for warning in &guide.warnings {
            out.diagnostic(warning);
        }
    }
}

/// The guides a run uses: the one `--guide` names, or the nearest `message-guide.yml` of each
/// file. An invalid `--guide` or a current folder that cannot be read is reported, and the run
/// stops.
pub fn guides(guide: Option<&Path>, out: &mut Output) -> Option<GuideSet> {
    let guides = match guide {
        Some(path) => GuideSet::fixed(path),
        None => GuideSet::discover(),
    };
    guides.map_err(|err| out.diagnostic(&err)).ok()
}
