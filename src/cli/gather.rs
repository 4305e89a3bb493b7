//! Checking walked files on all cores through the library's [`Pipeline`]; results come back in
//! target order.

use super::ordered::{each_in_order, SMALL_RESULTS};
use super::walk::Target;
use onmessage::pipeline::{Outcome, Pipeline, Source};

/// Check every target on all cores; results come back in target order.
pub fn check_all(targets: &[Target], pipeline: &Pipeline) -> Vec<Outcome> {
    let mut outcomes = Vec::with_capacity(targets.len());
    each_in_order(
        targets,
        SMALL_RESULTS,
        |target| check_file(target, pipeline),
        |_, outcome| outcomes.push(outcome),
    );
    outcomes
}

/// Read and check one walked or named file.
pub fn check_file(target: &Target, pipeline: &Pipeline) -> Outcome {
    let display = target.display();
    pipeline.check_file(source(target, &display))
}

/// Check the contents of a file (or of stdin, named by `target`).
pub fn check_bytes(target: &Target, bytes: &[u8], pipeline: &Pipeline) -> Outcome {
    let display = target.display();
    pipeline.check_bytes(source(target, &display), bytes)
}

/// The library's view of a target; `display` is [`Target::display`].
pub fn source<'a>(target: &'a Target, display: &'a str) -> Source<'a> {
    Source {
        path: &target.path,
        display,
        kind: target.kind,
        named: target.named,
        chosen: Default::default(),
    }
}
