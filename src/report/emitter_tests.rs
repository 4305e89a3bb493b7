//! The emitter contract, driven directly (not through the CLI): call order, totals, each
//! format's needs, and IO errors reaching the caller.

use super::*;
use crate::report::{GithubEmitter, HumanEmitter, JsonEmitter, SarifEmitter};

fn finding(path: &str, severity: Severity, line: usize) -> Finding {
    Finding {
        path: path.into(),
        severity,
        ..Finding::sample(crate::rules::banned_term::ID, line)
    }
}

#[test]
fn tally_counts_severities_and_files() {
    let mut tally = Tally::default();
    assert_eq!(tally.summary(3), "No findings in 3 files");
    assert_eq!(tally.summary(1), "No findings in 1 file");
    assert!(!tally.any_at_least(Severity::Info));
    for f in [
        finding("a.md", Severity::Error, 1),
        finding("a.md", Severity::Error, 2),
        finding("b.md", Severity::Warning, 1),
    ] {
        tally.add(&f);
    }
    assert_eq!(tally.summary(14), "2 errors, 1 warning in 2 of 14 files");
    assert!(tally.any_at_least(Severity::Error));
    let totals = Totals {
        files_checked: 1,
        fixed: Some(3),
        tally: &tally,
        summary: true,
    };
    assert_eq!(
        totals.summary_line(),
        "2 errors, 1 warning in 2 of 1 file (3 fixed)"
    );
}

/// Records what it is called with, to show the order `emit_all` drives an emitter in.
#[derive(Default)]
struct Recorder {
    calls: Vec<String>,
}

impl Emitter for Recorder {
    fn needs(&self) -> Needs {
        Needs::default()
    }

    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        self.calls.push("begin".into());
        Ok(())
    }

    fn file(&mut self, _out: &mut dyn Write, entries: &[Entry<'_>]) -> io::Result<()> {
        let lines: Vec<String> = entries.iter().map(|e| e.finding.line.to_string()).collect();
        self.calls.push(format!("file {}", lines.join(",")));
        Ok(())
    }

    fn finish(
        &mut self,
        _out: &mut dyn Write,
        _notes: &mut dyn Write,
        totals: &Totals<'_>,
    ) -> io::Result<()> {
        self.calls.push(format!("finish {}", totals.summary_line()));
        Ok(())
    }
}

#[test]
fn emit_all_calls_begin_each_file_then_finish_with_the_tally() {
    let a = [
        finding("a.md", Severity::Error, 1),
        finding("a.md", Severity::Info, 4),
    ];
    let b = [finding("b.md", Severity::Warning, 2)];
    let a: Vec<Entry> = a.iter().map(Entry::bare).collect();
    let b: Vec<Entry> = b.iter().map(Entry::bare).collect();
    let mut recorder = Recorder::default();
    emit_all(&mut recorder, &[&a, &[], &b], 5, None).expect("nothing is written");
    assert_eq!(
        recorder.calls,
        [
            "begin",
            "file 1,4",
            "file ",
            "file 2",
            "finish 1 error, 1 warning, 1 info in 2 of 5 files"
        ]
    );
}

#[test]
fn each_format_asks_for_what_it_uses() {
    let human = HumanEmitter::new(false, 100, false).needs();
    assert!(human.snippets && !human.line_texts && !human.root_paths);
    assert_eq!(JsonEmitter::default().needs(), Needs::default());
    let github = GithubEmitter.needs();
    assert!(github.root_paths && !github.snippets && !github.line_texts);
    let sarif = SarifEmitter::default().needs();
    assert!(sarif.root_paths && sarif.line_texts && !sarif.snippets);
}

#[test]
fn json_and_sarif_are_whole_documents_even_with_no_findings() {
    let emitted = emit_all(&mut JsonEmitter::default(), &[], 0, None).expect("to a Vec");
    let json: serde_json::Value = serde_json::from_slice(&emitted.out).expect("JSON");
    assert_eq!(json["files_checked"], 0);
    let emitted = emit_all(&mut SarifEmitter::default(), &[], 0, None).expect("to a Vec");
    let sarif: serde_json::Value = serde_json::from_slice(&emitted.out).expect("SARIF");
    assert_eq!(sarif["runs"][0]["results"], serde_json::json!([]));
}

/// A writer whose every write fails, as a full disk does.
struct Full;

impl Write for Full {
    fn write(&mut self, _buf: &[u8]) -> io::Result<usize> {
        Err(io::Error::other("disk full"))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn write_errors_reach_the_caller() {
    let f = finding("a.md", Severity::Error, 1);
    let entries = [Entry::bare(&f)];
    let tally = Tally::default();
    let totals = Totals {
        files_checked: 1,
        fixed: None,
        tally: &tally,
        summary: true,
    };
    let failed = |result: io::Result<()>| result.is_err_and(|e| e.to_string() == "disk full");
    assert!(failed(JsonEmitter::default().begin(&mut Full)));
    assert!(failed(JsonEmitter::default().file(&mut Full, &entries)));
    assert!(failed(GithubEmitter.file(&mut Full, &entries)));
    assert!(failed(GithubEmitter.finish(
        &mut Vec::new(),
        &mut Full,
        &totals
    )));
    let human = || HumanEmitter::new(false, 100, false);
    assert!(failed(human().finish(&mut Full, &mut Vec::new(), &totals)));
    let mut sarif = SarifEmitter::default();
    assert!(sarif.file(&mut Full, &entries).is_ok(), "buffered");
    assert!(failed(sarif.finish(&mut Full, &mut Vec::new(), &totals)));
}

#[test]
fn every_format_shows_a_structural_location() {
    use crate::document::location::{Location, SlidePart};
    let text = "Intro.\nOur synergy story.\n";
    let mut f = finding("deck.pptx", Severity::Error, 2);
    (f.column, f.end_line, f.end_column, f.start, f.end) = (5, 2, 12, 11, 18);
    f.location = Some(Location::Slide {
        slide: 3,
        part: SlidePart::Notes,
    });
    let entries = [Entry::bare(&f)];

    let json = emit_all(&mut JsonEmitter::default(), &[&entries], 1, None).expect("to a Vec");
    let json: serde_json::Value = serde_json::from_slice(&json.out).expect("JSON");
    let location = &json["findings"][0]["location"];
    assert_eq!(
        location,
        &serde_json::json!({"slide": 3, "part": "notes"}),
        "{json}"
    );

    let github = emit_all(&mut GithubEmitter, &[&entries], 1, None).expect("to a Vec");
    let github = String::from_utf8(github.out).expect("UTF-8");
    assert!(github.contains("(slide 3 (notes))"), "{github}");

    let sarif = emit_all(&mut SarifEmitter::default(), &[&entries], 1, None).expect("to a Vec");
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.out).expect("SARIF");
    let logical = &sarif["runs"][0]["results"][0]["locations"][0]["logicalLocations"][0];
    assert_eq!(logical["name"], "slide 3 (notes)", "{sarif}");

    let doc = crate::Document::new(text, crate::Kind::Text);
    let snippet = crate::report::human::Snippet::new(&doc, &f);
    let human = crate::report::human::HumanRenderer::new(false, 100).render(&f, &snippet);
    assert!(human.contains("deck.pptx, slide 3 (notes)"), "{human}");
}

#[test]
fn a_finding_without_a_location_has_no_location_field() {
    let f = finding("a.md", Severity::Error, 1);
    let entries = [Entry::bare(&f)];
    let json = emit_all(&mut JsonEmitter::default(), &[&entries], 1, None).expect("to a Vec");
    let json: serde_json::Value = serde_json::from_slice(&json.out).expect("JSON");
    let finding = &json["findings"][0];
    assert!(
        finding.get("line").is_some() && finding.get("location").is_none(),
        "{json}"
    );
}
