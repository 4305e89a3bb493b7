//! The stages driven through the library, as an editor server or a test harness would: no
//! command line, no output.

use super::filters::baseline_of;
use super::*;
use crate::changed::ChangedLines;
use tempfile::TempDir;

const GUIDE: &str =
    "version: 1\nterms:\n  - {use: customer, instead_of: [client]}\nignore: [\"drafts/**\"]\n";

/// A folder holding the guide, and the guides its files find (the guide's globs are relative
/// to its folder).
fn setup() -> (TempDir, GuideSet) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("message-guide.yml"), GUIDE).expect("write guide");
    let guides = GuideSet::discover().expect("current folder");
    (dir, guides)
}

const KEEP_LINES: Keep = Keep {
    snippets: false,
    lines: true,
};

fn check(pipeline: &Pipeline, path: &Path, text: &str) -> Outcome {
    let display = path.display().to_string();
    let source = Source {
        path,
        display: &display,
        kind: Kind::Markdown,
        named: true,
        chosen: Default::default(),
    };
    pipeline.check_bytes(source, text.as_bytes())
}

/// The reported items and baseline counts of a checked document.
fn checked(outcome: Outcome) -> (Vec<Item>, Option<BaselineCounts>) {
    match outcome {
        Outcome::Checked {
            items, baseline, ..
        } => (items, baseline),
        other => panic!("not checked: {other:?}"),
    }
}

fn lines(items: &[Item]) -> Vec<usize> {
    items.iter().map(|item| item.finding.line).collect()
}

/// A pipeline whose baseline records what `text` reports at `file`.
fn baselined<'g>(guides: &'g GuideSet, dir: &Path, file: &Path, text: &str) -> Pipeline<'g> {
    let (items, _) = checked(check(&Pipeline::new(guides, KEEP_LINES), file, text));
    let baseline_file = dir.join("baseline.json");
    let json = baseline_of(&baseline_file, &items).to_json();
    let loaded = LoadedBaseline::parse(&baseline_file, &json).expect("baseline parses");
    Pipeline::new(guides, KEEP_LINES).with_filters(Filters {
        baseline: Some(loaded),
        changes: None,
    })
}

#[test]
fn rules_run_and_each_finding_keeps_its_line() {
    let (dir, guides) = setup();
    let file = dir.path().join("a.md");
    let (items, counts) = checked(check(
        &Pipeline::new(&guides, KEEP_LINES),
        &file,
        "# Title\n\n  Ask the client.\n",
    ));
    assert_eq!(lines(&items), [3]);
    assert_eq!(items[0].line_text, "Ask the client.");
    assert_eq!(items[0].file, file);
    assert!(counts.is_none(), "no baseline, no counts");
}

#[test]
fn documents_that_are_not_checked_say_why() {
    let (dir, guides) = setup();
    let pipeline = Pipeline::new(&guides, Keep::default());
    let ignored = dir.path().join("drafts/a.md");
    assert!(matches!(
        check(&pipeline, &ignored, "a client"),
        Outcome::Ignored
    ));
    let binary = dir.path().join("b.md");
    match check(&pipeline, &binary, "a client\0") {
        Outcome::Skipped { message, fatal } => {
            assert!(message.contains("NUL"), "{message}");
            assert!(fatal, "a named file that cannot be read is an error");
        }
        other => panic!("binary text was checked: {other:?}"),
    }
    let display = "missing.md";
    let missing = Source {
        path: &dir.path().join(display),
        display,
        kind: Kind::Markdown,
        named: false,
        chosen: Default::default(),
    };
    assert!(matches!(
        pipeline.check_file(missing),
        Outcome::Skipped { fatal: false, .. }
    ));
}

#[test]
fn a_baseline_hides_as_many_copies_as_it_records_and_counts_the_fixed_ones() {
    let (dir, guides) = setup();
    let file = dir.path().join("a.md");
    let pipeline = baselined(&guides, dir.path(), &file, "A client.\n\nA client.\n");
    // Unchanged: everything hidden.
    let (items, counts) = checked(check(&pipeline, &file, "A client.\n\nA client.\n"));
    assert!(items.is_empty());
    assert_eq!(
        counts,
        Some(BaselineCounts {
            hidden: 2,
            stale: 0
        })
    );
    // A third copy is new; the recorded two stay hidden.
    let (items, counts) = checked(check(
        &pipeline,
        &file,
        "A client.\n\nA client.\n\nA client.\n",
    ));
    assert_eq!(lines(&items), [5]);
    assert_eq!(counts.map(|c| c.hidden), Some(2));
    // One copy fixed: one recorded finding is stale.
    let (_, counts) = checked(check(&pipeline, &file, "A client.\n"));
    assert_eq!(
        counts,
        Some(BaselineCounts {
            hidden: 1,
            stale: 1
        })
    );
}

#[test]
fn changed_lines_keep_the_findings_a_change_introduced() {
    let (dir, guides) = setup();
    let root = dir.path().canonicalize().expect("temp dir");
    let diff = "+++ b/a.md\n@@ -2,0 +3 @@\n";
    let pipeline = Pipeline::new(&guides, KEEP_LINES).with_filters(Filters {
        baseline: None,
        changes: Some(Changes::new(root.clone(), ChangedLines::from_diff(diff))),
    });
    let text = "A client.\n\nA client.\n";
    let (items, _) = checked(check(&pipeline, &root.join("a.md"), text));
    assert_eq!(lines(&items), [3]);
    // A file the change did not touch reports nothing.
    let (items, _) = checked(check(&pipeline, &root.join("b.md"), text));
    assert!(items.is_empty());
}

#[test]
fn the_fix_stage_fixes_only_reported_findings_and_reports_what_remains() {
    let (dir, guides) = setup();
    let file = dir.path().join("a.md");
    let before = "A client.\n";
    let now = "A client.\n\nA client.\n";
    let pipeline =
        baselined(&guides, dir.path(), &file, before).with_fixes(Some(Applicability::Unsafe));
    let mut outcome = check(&pipeline, &file, now);
    let fixed = outcome.take_fixed().expect("a reported finding has a fix");
    let (items, _) = checked(outcome);
    assert_eq!(lines(&items), [3], "the first copy is the baselined one");
    assert_eq!(fixed.original, now);
    assert_eq!(fixed.outcome.text, "A client.\n\nA customer.\n");
    assert!(fixed.outcome.converged);
    assert!(fixed.items.is_empty(), "the baselined copy stays hidden");
    // Without a fix mode, nothing is fixed.
    let plain = Pipeline::new(&guides, KEEP_LINES);
    assert!(check(&plain, &file, now).take_fixed().is_none());
    let (guide, _) = source::resolve(&guides, &file).expect("guide");
    let source = Source {
        path: &file,
        display: "a.md",
        kind: Kind::Markdown,
        named: true,
        chosen: Default::default(),
    };
    assert!(plain.fix(source, now, &guide, []).is_none());
}

#[test]
fn what_is_not_checked_is_not_fixed() {
    let (dir, guides) = setup();
    let pipeline = Pipeline::new(&guides, KEEP_LINES).with_fixes(Some(Applicability::Unsafe));
    let fix = |path: &Path, text: &str| {
        check(&pipeline, path, text)
            .take_fixed()
            .map(|fixed| fixed.outcome.text)
    };
    let file = dir.path().join("a.md");
    assert_eq!(fix(&file, "A client.\n").as_deref(), Some("A customer.\n"));
    assert_eq!(fix(&file, "A customer.\n"), None, "nothing to fix");
    assert_eq!(fix(&file, "A client.\0\n"), None, "binary text");
    assert_eq!(
        fix(&dir.path().join("drafts/a.md"), "A client.\n"),
        None,
        "ignored"
    );
}
