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
    // Six here, three in suppressed/ (their own test below).
    assert_eq!(report["files_checked"], 9, "{}", run.stdout);
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
        // The footer, numbered on from the body's paragraphs.
        (
            "brief.odt",
            "banned-term",
            "Synergy",
            9,
            1,
            r#"{"paragraph":5}"#,
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
            "preferred-term",
            "client",
            11,
            6,
            r#"{"part":"slide","slide":2}"#,
        ),
        (
            "deck.pptx",
            "banned-term",
            "synergy",
            19,
            12,
            r#"{"part":"notes","slide":3}"#,
        ),
        // pilot.docx: a text box, read once, before the paragraph it is anchored in; a real
        // footnote (word/footnotes.xml) after the body, its separators and reference mark
        // holding no text.
        (
            "pilot.docx",
            "banned-term",
            "world-class",
            5,
            3,
            r#"{"paragraph":3}"#,
        ),
        (
            "pilot.docx",
            "preferred-term",
            "client",
            11,
            7,
            r#"{"paragraph":6}"#,
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
            "preferred-term",
            "client",
            17,
            6,
            r#"{"paragraph":9}"#,
        ),
        (
            "sell-sheet.docx",
            "banned-term",
            "Synergy",
            21,
            1,
            r#"{"paragraph":11}"#,
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
    let seen: Vec<_> = located(&report)
        .into_iter()
        .filter(|row| !row.0.starts_with("partners."))
        .collect();
    assert_eq!(seen, expected);
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
fn a_word_footnote_and_text_box_are_read_once_in_reading_order() {
    let run = run(&["extract", &format!("{OFFICE}/pilot.docx")]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        "--- body ---\nTideSync pilot results\n\nStock counts matched in every store.\n\n\
A world-class pilot team.\n\nRead the full story below.\n\nBook a demo to see it.\n\
--- footnotes ---\nEvery client counted stock twice a day.\n"
    );
}

#[test]
fn comments_and_speaker_notes_suppress_the_text_they_are_on() {
    // partners.docx: Word comments made by python-docx; partners.pptx: speaker notes lines;
    // partners.odt: an OpenDocument comment (ci/office-fixtures.py).
    let run = run(&["check", "--format", "json", &format!("{OFFICE}/suppressed")]);
    run.expect_code(1);
    let report = run.json();
    let rows: Vec<(&str, &str, &str, u64, u64, &str)> = vec![
        // The comment on paragraph 2 ("Our World-Class partners") silences it; the next
        // paragraph, uncommented, is reported.
        (
            "partners.docx",
            "banned-term",
            "World-class",
            5,
            1,
            r#"{"paragraph":3}"#,
        ),
        // `disable-line preferred-term` silences "client" only: "synergy" is reported.
        (
            "partners.docx",
            "banned-term",
            "synergy",
            7,
            21,
            r#"{"paragraph":4}"#,
        ),
        // The quote over paragraphs 5 and 6 is silenced by one comment on both; the comment on
        // paragraph 7 silences nothing, the one on 8 is misspelled; the reviewer's is not read.
        (
            "partners.docx",
            "unused-suppression",
            "",
            13,
            1,
            r#"{"paragraph":7}"#,
        ),
        (
            "partners.docx",
            "invalid-suppression",
            "",
            15,
            1,
            r#"{"paragraph":8}"#,
        ),
        (
            "partners.odt",
            "banned-term",
            "World-class",
            5,
            1,
            r#"{"paragraph":3}"#,
        ),
        // The notes line of slide 1 silences its slide; slide 2's text and notes are reported.
        (
            "partners.pptx",
            "banned-term",
            "World-class",
            9,
            1,
            r#"{"part":"slide","slide":2}"#,
        ),
        (
            "partners.pptx",
            "banned-term",
            "synergy",
            11,
            5,
            r#"{"part":"notes","slide":2}"#,
        ),
        (
            "partners.pptx",
            "invalid-suppression",
            "",
            13,
            1,
            r#"{"part":"slide","slide":3}"#,
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
    let messages: Vec<&str> = findings(&report)
        .iter()
        .filter(|f| {
            f["rule"]
                .as_str()
                .is_some_and(|r| r.ends_with("-suppression"))
        })
        .map(|f| f["message"].as_str().expect("message"))
        .collect();
    assert_eq!(
        messages,
        [
            "This suppression, the Word comment `onmessage-disable-next-line banned-term`, \
silences nothing (banned-term): remove it",
            "`onmessage-disable-nextline` is not a suppression directive (in the Word comment \
`onmessage-disable-nextline banned-term`)",
            "`onmessage-disable` ranges are not read in a speaker notes line: write \
`onmessage-disable-next-line` on each paragraph it should cover, or `onmessage-disable-file` \
(in the speaker notes line `onmessage-disable banned-term`)",
        ]
    );
    // The directives are not text: extract shows neither the comments nor the notes line.
    for file in ["partners.docx", "partners.pptx", "partners.odt"] {
        let out = run_in(root(), &["extract", &format!("{OFFICE}/suppressed/{file}")]);
        out.expect_code(0);
        assert!(!out.stdout.contains("onmessage-"), "{file}: {}", out.stdout);
        assert!(!out.stdout.contains("Is synergy"), "{file}: {}", out.stdout);
    }
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
         --- slide 2 ---\nWhy TideSync\n\nOne dashboard for every store.\n\nEach client sees the same numbers.\n\
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
    // The page style's header and footer (styles.xml) after the body.
    assert!(
        odt.stdout.ends_with(
            "Start your free trial today.\n--- header ---\nTidewater Analytics brief\n\
--- footer ---\nSynergy in every store.\n"
        ),
        "{}",
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
    assert_eq!(rows.len(), 3, "{}", run.stdout);
    assert_eq!(rows[2].5, r#"{"part":"notes","slide":3}"#);
}

#[test]
fn stdin_fix_writes_the_fixed_package_to_stdout_and_passes_the_rest_through() {
    let dir = root().join(OFFICE);
    let sheet = fs::read(dir.join("sell-sheet.docx")).expect("fixture");
    let fix = |name: &str, bytes: &[u8]| {
        common::onmessage_in(&dir)
            .args(["check", "--fix", "--stdin", "--stdin-filename", name])
            .write_stdin(bytes.to_vec())
            .output()
            .expect("onmessage can be started")
    };
    // A Word file: its fixed package on stdout, the findings left on stderr.
    let fixed = fix("sell-sheet.docx", &sheet);
    assert_eq!(fixed.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&fixed.stderr);
    assert!(stderr.contains("(2 fixed)"), "{stderr}");
    assert!(stderr.contains("World-class reporting"), "{stderr}");
    let tmp = git_tempdir();
    write(tmp.path(), "fixed.docx", &fixed.stdout);
    let text = run_in(tmp.path(), &["extract", "fixed.docx"]);
    text.expect_code(0);
    assert!(
        text.stdout
            .contains("TideSync gives every customer one dashboard.\n"),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("client"), "{}", text.stdout);
    // Only the body part changed; every other entry is the same, byte for byte.
    let (old, new) = (raw_entries(&sheet), raw_entries(&fixed.stdout));
    assert_eq!(old.len(), new.len());
    for (old, new) in old.iter().zip(&new) {
        assert_eq!(old.0, new.0);
        assert_eq!(old.2 == new.2, old.0 != "word/document.xml", "{}", old.0);
    }
    // Nothing to fix (an ODT, a PDF) or not readable as what it is named: the bytes pass
    // through unchanged, so a filter never loses them.
    for (name, file) in [
        ("brief.odt", "brief.odt"),
        ("two-page.pdf", "two-page.pdf"),
        ("deck.pptx", "sell-sheet.docx"),
    ] {
        let bytes = fs::read(dir.join(file)).expect("fixture");
        let out = fix(name, &bytes);
        assert_eq!(out.stdout, bytes, "{name}");
    }
    // Without a name it is plain text, refused as binary, with a hint to name it.
    let unnamed = run_stdin_in(&dir, &["check", "--stdin"], sheet);
    unnamed.expect_code(2);
    assert!(
        unnamed.stderr.contains("not UTF-8 text")
            && unnamed.stderr.contains("--stdin-filename deck.pptx"),
        "{}",
        unnamed.stderr
    );
}

/// Each entry of a zip: name, compression method, and its stored (compressed) bytes.
fn raw_entries(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, Vec<u8>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index_raw(i).expect("entry");
            let mut raw = Vec::new();
            entry.read_to_end(&mut raw).expect("raw");
            (
                entry.name().expect("name").into_owned(),
                entry.compression(),
                raw,
            )
        })
        .collect()
}

#[test]
fn fix_rewrites_a_word_run_and_never_an_odf_or_pdf_file() {
    let dir = git_tempdir();
    copy_dir(&root().join(OFFICE), dir.path());
    let sheet = dir.path().join("sell-sheet.docx");
    let before_sheet = fs::read(&sheet).expect("fixture");
    // partners.docx: its one "client" is suppressed by a Word comment, so never fixed.
    let kept: Vec<Vec<u8>> = ["brief.odt", "two-page.pdf", "suppressed/partners.docx"]
        .iter()
        .map(|f| fs::read(dir.path().join(f)).expect("fixture"))
        .collect();
    // Only the Word and PowerPoint findings inside one run carry a fix; the ODT and PDF ones
    // none.
    let checked = run_in(dir.path(), &["check", "--format", "json", "."]);
    let with_fix: Vec<(String, String)> = findings(&checked.json())
        .iter()
        .filter(|f| !f["fix"].is_null())
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["matched"].as_str().expect("matched").to_string(),
            )
        })
        .collect();
    let expected = [
        ("deck.pptx", "client"),
        ("pilot.docx", "client"),
        ("sell-sheet.docx", "client"),
        ("sell-sheet.docx", "client"),
    ]
    .map(|(f, m)| (f.to_string(), m.to_string()));
    assert_eq!(with_fix, expected);
    let diff = run_in(dir.path(), &["check", "--diff", "."]);
    assert!(
        diff.stdout.contains(
            "--- a/sell-sheet.docx\n+++ b/sell-sheet.docx\n@@ -1,6 +1,6 @@\n TideSync for retail teams\n \n-TideSync gives every client one dashboard.\n+TideSync gives every customer one dashboard.\n"
        ),
        "{}",
        diff.stdout
    );
    assert_eq!(
        fs::read(&sheet).expect("sheet"),
        before_sheet,
        "--diff writes nothing"
    );
    let run = run_in(dir.path(), &["check", "--fix", "."]);
    run.expect_code(1);
    assert!(run.stdout.contains("(4 fixed)"), "{}", run.stdout);
    // The footnote's run is fixed in its own part.
    let pilot = run_in(dir.path(), &["extract", "pilot.docx"]);
    assert!(
        pilot
            .stdout
            .ends_with("--- footnotes ---\nEvery customer counted stock twice a day.\n"),
        "{}",
        pilot.stdout
    );
    let extracted = run_in(dir.path(), &["extract", "sell-sheet.docx"]);
    assert!(
        extracted
            .stdout
            .contains("\nTideSync gives every customer one dashboard.\n"),
        "{}",
        extracted.stdout
    );
    // Every entry but the main part is copied byte for byte, in order, same compression.
    let (old, new) = (
        raw_entries(&before_sheet),
        raw_entries(&fs::read(&sheet).expect("sheet")),
    );
    assert_eq!(old.len(), new.len());
    for (old, new) in old.iter().zip(&new) {
        assert_eq!((&old.0, old.1), (&new.0, new.1));
        assert_eq!(old.2 == new.2, old.0 != "word/document.xml", "{}", old.0);
    }
    for (file, bytes) in ["brief.odt", "two-page.pdf", "suppressed/partners.docx"]
        .iter()
        .zip(kept)
    {
        assert_eq!(
            fs::read(dir.path().join(file)).expect("file"),
            bytes,
            "{file}"
        );
    }
    // Checked again: the fixed finding is gone, the rest remain.
    let again = run_in(
        dir.path(),
        &["check", "--format", "json", "sell-sheet.docx"],
    );
    let again = again.json();
    let rules: Vec<&str> = findings(&again)
        .iter()
        .map(|f| f["rule"].as_str().expect("rule"))
        .collect();
    assert_eq!(rules, ["banned-term", "banned-term"], "{again}");
}

#[test]
fn a_match_across_runs_or_a_reference_keeps_its_finding_without_a_fix() {
    let dir = git_tempdir();
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nterms:\n  - {use: customer, instead_of: [client], safe_fix: true}\n",
    );
    // "client" split over two runs (as Word leaves it after an edit); "client" beside an
    // entity in one run; one whole in a bold run.
    let document = format!(
        "<w:document {w}><w:body>\
         <w:p><w:r><w:t xml:space=\"preserve\">Every cli</w:t></w:r><w:r><w:t>ent counts.</w:t></w:r></w:p>\
         <w:p><w:r><w:t>R&amp;D client</w:t></w:r></w:p>\
         <w:p><w:r><w:t xml:space=\"preserve\">Our </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>client</w:t></w:r><w:r><w:t xml:space=\"preserve\"> wins.</w:t></w:r></w:p>\
         </w:body></w:document>"
    );
    write(dir.path(), "runs.docx", docx_with(&document));
    let run = run_in(dir.path(), &["check", "--format", "json", "runs.docx"]);
    let rows: Vec<(u64, bool)> = findings(&run.json())
        .iter()
        .map(|f| (f["line"].as_u64().expect("line"), !f["fix"].is_null()))
        .collect();
    // The entity sits before the match, outside its span: "client" there is fixable too.
    assert_eq!(rows, [(1, false), (3, true), (5, true)], "{}", run.stdout);
    run_in(dir.path(), &["check", "--fix", "runs.docx"]);
    let text = run_in(dir.path(), &["extract", "runs.docx"]).stdout;
    assert_eq!(
        text,
        "--- body ---\nEvery client counts.\n\nR&D customer\n\nOur customer wins.\n"
    );
    let bytes = fs::read(dir.path().join("runs.docx")).expect("fixed");
    let xml = raw_part(&bytes, "word/document.xml");
    assert!(
        xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t>customer</w:t></w:r>"),
        "the bold run keeps its formatting: {xml}"
    );
    assert!(xml.contains("<w:t>R&amp;D customer</w:t>"), "{xml}");
}

/// The text of one part of a zip.
fn raw_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect("part")
        .read_to_string(&mut text)
        .expect("text");
    text
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
