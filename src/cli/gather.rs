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
    unless_it_panics(|| pipeline.check_file(source(target, &display)))
}

/// Check the contents of a file (or of stdin, named by `target`).
pub fn check_bytes(target: &Target, bytes: &[u8], pipeline: &Pipeline) -> Outcome {
    let display = target.display();
    unless_it_panics(|| pipeline.check_bytes(source(target, &display), bytes))
}

/// `check`'s outcome, or, if checking panics (a bug), the file skipped with an error that says
/// so: the other files are still checked and the run exits 2, as for an unreadable file.
fn unless_it_panics(check: impl FnOnce() -> Outcome) -> Outcome {
    super::panics::caught(check).unwrap_or_else(|message| Outcome::Skipped {
        message,
        fatal: true,
    })
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

#[cfg(test)]
mod tests {
    use super::unless_it_panics;
    use onmessage::pipeline::Outcome;

    #[test]
    fn a_check_that_panics_skips_its_file_with_an_error() {
        // The message may quote the document: control characters come out escaped.
        let outcome = unless_it_panics(|| panic!("index inside `caf\u{1b}[31m`"));
        let Outcome::Skipped { message, fatal } = outcome else {
            panic!("a panic is a skipped file");
        };
        assert!(fatal, "an internal error fails the run");
        assert!(
            message.starts_with("internal error (a bug in onmessage"),
            "{message}"
        );
        assert!(
            message.contains("caf\\x1b[31m") || message.contains("caf\\u{1b}[31m"),
            "{message}"
        );
        assert!(!message.contains('\u{1b}'), "{message}");
        let fine = unless_it_panics(|| Outcome::Ignored);
        assert!(matches!(fine, Outcome::Ignored));
    }
}
