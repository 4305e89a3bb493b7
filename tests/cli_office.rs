//! Word, PowerPoint, OpenDocument and PDF files as documents: the fixtures (made by
//! `ci/office-fixtures.py` with python-docx, python-pptx, odfpy and reportlab) with their
//! findings' positions in the extracted text and their locations; `extract`; stdin; `--fix`
//! never rewriting them; and bad input (corrupt and renamed files, a zip bomb, an external
//! entity, an encrypted PDF, a scan without text).

mod common;

use common::{copy_dir, findings, git_tempdir, root, run, run_in, run_stdin_in, write};
use serde_json::Value;
use std::fs;
use std::io::Write;

const OFFICE: &str = "fixtures/office";

/// (file, rule, matched, line, column, location) of each finding, in report order.
fn located(report: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    findings(report)
        .iter()
        .map(|f| {
            let path = f["path"].as_str().expect("path");
            (
                path.rsplit('/').next().unwrap_or(path).to_string(),
                f["rule"].as_str().expect("rule").to_string(),
                f["matched"].as_str().expect("matched").to_string(),
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
                f["location"].to_string(),
            )
        })
        .collect()
}

#[test]
fn each_fixture_has_its_findings_with_positions_and_locations() {
    let run = run(&["check", "--format", "json", OFFICE]);
    // The scan and the encrypted PDF are named but do not make the run fail: exit 1 for the
    // findings of the others.
    run.expect_code(1);
    let report = run.json();
    assert_eq!(report["files_checked"], 5, "{}", run.stdout);
    let rows = [
        (
            "brief.odt",
            "preferred-term",
            "client",
            3,
            7,
            r#"{"paragraph":2}"#,
        ),
        (
            "brief.odt",
            "banned-term",
            "world-class",
            3,
            21,
            r#"{"paragraph":2}"#,
        ),
        (
            "deck.pptx",
            "banned-term",
            "world-class",
            3,
            3,
            r#"{"part":"slide","slide":1}"#,
        ),
        (
            "deck.pptx",
            "banned-term",
            "synergy",
            17,
            12,
            r#"{"part":"notes","slide":3}"#,
        ),
        (
            "pitch.odp",
            "banned-term",
            "synergy",
            3,
            9,
            r#"{"part":"notes","slide":1}"#,
        ),
        (
            "pitch.odp",
            "preferred-term",
            "client",
            5,
            6,
            r#"{"part":"slide","slide":2}"#,
        ),
        (
            "sell-sheet.docx",
            "preferred-term",
            "client",
            3,
            22,
            r#"{"paragraph":2}"#,
        ),
        (
            "sell-sheet.docx",
            "banned-term",
            "World-class",
            11,
            1,
            r#"{"paragraph":6}"#,
        ),
        (
            "sell-sheet.docx",
            "banned-term",
            "Synergy",
            19,
            1,
            r#"{"paragraph":10}"#,
        ),
        (
            "two-page.pdf",
            "preferred-term",
            "client",
            3,
            7,
            r#"{"page":1}"#,
        ),
        (
            "two-page.pdf",
            "banned-term",
            "world-class",
            5,
            5,
            r#"{"page":2}"#,
        ),
    ];
    let expected: Vec<_> = rows
        .iter()
        .map(|(f, r, m, l, c, loc)| {
            let loc: Value = serde_json::from_str(loc).expect("location");
            (
                f.to_string(),
                r.to_string(),
                m.to_string(),
                *l,
                *c,
                loc.to_string(),
            )
        })
        .collect();
    assert_eq!(located(&report), expected);
    assert!(
        run.stderr.contains("scanned.pdf: no text layer"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("encrypted.pdf: encrypted PDF"),
        "{}",
        run.stderr
    );
    // Human output names the place after the file.
    let human = run_in(
        root(),
        &["check", "--color", "never", &format!("{OFFICE}/deck.pptx")],
    );
    assert!(
        human.stdout.contains("deck.pptx, slide 3 (notes)"),
        "{}",
        human.stdout
    );
}

#[test]
fn extract_prints_the_checked_text_with_its_parts() {
    let run = run(&["extract", &format!("{OFFICE}/deck.pptx")]);
    run.expect_code(0);
    // Presentation order (the deck moved its last-made slide first), each slide's notes after it.
    assert_eq!(
        run.stdout,
        "--- slide 1 ---\nBook a demo\n\nA world-class onboarding team.\n\
         --- slide 1 (notes) ---\nClose on the demo.\n\
         --- slide 2 ---\nWhy TideSync\n\nOne dashboard for every store.\n\
         --- slide 2 (notes) ---\nOpen with the pilot story.\n\
         --- slide 3 ---\nHow it works\n\nConnect your registers in minutes.\n\
         --- slide 3 (notes) ---\nStress the synergy with finance.\n"
    );
    let sheet = run_in(root(), &["extract", &format!("{OFFICE}/sell-sheet.docx")]);
    // The table cell by cell, the header and footer after the body, the comment nowhere.
    for part in [
        "--- body ---\nTideSync for retail teams\n",
        "Team\n\nWorld-class reporting for every store.\n",
        "--- header ---\nTidewater Analytics sell sheet\n--- footer ---\nSynergy across every store.\n",
    ] {
        assert!(sheet.stdout.contains(part), "{part:?} in\n{}", sheet.stdout);
    }
    assert!(
        !sheet.stdout.contains("Add synergy here"),
        "{}",
        sheet.stdout
    );
    let odt = run_in(root(), &["extract", &format!("{OFFICE}/brief.odt")]);
    assert!(
        !odt.stdout.contains("right word"),
        "the comment: {}",
        odt.stdout
    );
    let pdf = run_in(root(), &["extract", &format!("{OFFICE}/two-page.pdf")]);
    assert!(
        pdf.stdout
            .contains("--- page 2 ---\nOur world-class support"),
        "{}",
        pdf.stdout
    );
    // Markdown: the prose regions, code left out.
    let dir = git_tempdir();
    write(
        dir.path(),
        "note.md",
        "# Plans\n\nRun `synergy --now` daily.\n",
    );
    let md = run_in(dir.path(), &["extract", "note.md"]);
    assert!(
        md.stdout
            .starts_with("--- prose, line 1 ---\n Plans\n\nRun \n--- prose, line 3 ---\n daily.\n"),
        "{}",
        md.stdout
    );
    assert!(!md.stdout.contains("synergy"), "{}", md.stdout);
    // Two files: each under its name; a scan is a note, a broken file an error.
    let both = run_in(
        root(),
        &[
            "extract",
            &format!("{OFFICE}/scanned.pdf"),
            &format!("{OFFICE}/bad/encrypted.pdf"),
        ],
    );
    both.expect_code(2);
    assert!(both.stderr.contains("no text layer"), "{}", both.stderr);
    assert!(
        both.stderr
            .contains("skipped fixtures/office/bad/encrypted.pdf: encrypted PDF"),
        "{}",
        both.stderr
    );
}

#[test]
fn stdin_named_as_a_deck_is_read_as_one() {
    let bytes = fs::read(root().join(OFFICE).join("deck.pptx")).expect("fixture");
    let run = run_stdin_in(
        root().join(OFFICE),
        &[
            "check",
            "--format",
            "json",
            "--stdin",
            "--stdin-filename",
            "deck.pptx",
        ],
        bytes,
    );
    run.expect_code(1);
    let report = run.json();
    let rows = located(&report);
    assert_eq!(rows.len(), 2, "{}", run.stdout);
    assert_eq!(rows[1].5, r#"{"part":"notes","slide":3}"#);
}

#[test]
fn fix_never_rewrites_office_or_pdf_files() {
    let dir = git_tempdir();
    copy_dir(&root().join(OFFICE), dir.path());
    let before: Vec<Vec<u8>> = ["sell-sheet.docx", "two-page.pdf"]
        .iter()
        .map(|f| fs::read(dir.path().join(f)).expect("fixture"))
        .collect();
    let run = run_in(dir.path(), &["check", "--fix", "."]);
    run.expect_code(1);
    for (file, bytes) in ["sell-sheet.docx", "two-page.pdf"].iter().zip(before) {
        assert_eq!(
            fs::read(dir.path().join(file)).expect("file"),
            bytes,
            "{file}"
        );
    }
    assert!(
        run.stderr
            .contains("in Word, PowerPoint, OpenDocument or PDF files not fixed"),
        "{}",
        run.stderr
    );
}

/// A `.docx` holding `document` as its main part, deflated.
fn docx_with(document: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).expect("entry");
    zip.write_all(document.as_bytes()).expect("write");
    zip.finish().expect("zip").into_inner()
}

#[test]
fn bad_files_are_named_and_the_rest_checked() {
    let dir = git_tempdir();
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - {term: synergy}\n",
    );
    write(dir.path(), "good.md", "Real synergy.\n");
    write(dir.path(), "renamed.docx", "Synergy, saved as text.\n");
    let real = fs::read(root().join(OFFICE).join("sell-sheet.docx")).expect("fixture");
    write(dir.path(), "corrupt.docx", &real[..real.len() / 2]);
    let bomb = format!(
        "<w:document {w}><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "synergy ".repeat(10 * 1024 * 1024)
    );
    write(dir.path(), "bomb.docx", docx_with(&bomb));
    let secret = dir.path().join("secret.dat");
    fs::write(&secret, "synergy from a local file").expect("secret");
    let xxe = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file://{}\">]><w:document {w}><w:body><w:p><w:r><w:t>Plain &x; text</w:t></w:r></w:p></w:body></w:document>",
        secret.display()
    );
    write(dir.path(), "xxe.docx", docx_with(&xxe));
    fs::copy(
        root().join(OFFICE).join("bad/encrypted.pdf"),
        dir.path().join("encrypted.pdf"),
    )
    .expect("copy");
    let run = run_in(dir.path(), &["check", "--format", "json", "--fix", "."]);
    // good.md's finding fails the run; the broken files are named, not fatal when walked.
    run.expect_code(1);
    let report = run.json();
    let paths: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    // The external entity is never read: xxe.docx is checked and has nothing to report.
    assert_eq!(paths, ["good.md"], "{}", run.stdout);
    assert_eq!(
        report["files_checked"], 2,
        "good.md and xxe.docx: {}",
        run.stdout
    );
    for (file, reason) in [
        ("renamed.docx", "not a valid Word file (not a zip package"),
        ("corrupt.docx", "not a valid Word file"),
        ("bomb.docx", "zip bomb"),
        ("encrypted.pdf", "encrypted PDF"),
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.contains(&format!("skipped {file}")))
            .unwrap_or_else(|| panic!("{file} named in {}", run.stderr));
        assert!(line.contains(reason), "{line}");
    }
    let extracted = run_in(dir.path(), &["extract", "xxe.docx"]);
    assert_eq!(extracted.stdout, "--- body ---\nPlain text\n");
    // Nothing was written.
    assert_eq!(
        fs::read_to_string(dir.path().join("renamed.docx")).expect("kept"),
        "Synergy, saved as text.\n"
    );
}

#[test]
fn report_scores_office_files_with_the_same_word_counting() {
    let run = run(&["report", "--format", "json", OFFICE]);
    run.expect_code(0);
    for file in [
        "sell-sheet.docx",
        "deck.pptx",
        "brief.odt",
        "pitch.odp",
        "two-page.pdf",
    ] {
        assert!(run.stdout.contains(file), "{file} in {}", run.stdout);
    }
    assert!(!run.stdout.contains("scanned.pdf\""), "{}", run.stdout);
}
