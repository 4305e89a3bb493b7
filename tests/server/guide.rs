//! The guide as an open document: its problems are diagnostics where they are, a valid save
//! re-checks every open document with it, and an invalid save keeps the last valid guide.

use super::*;

fn code(d: &Diagnostic) -> &str {
    match &d.code {
        Some(NumberOrString::String(code)) => code,
        other => panic!("code {other:?}"),
    }
}

fn banned(found: &[Diagnostic]) -> Vec<String> {
    found
        .iter()
        .filter(|d| code(d) == "banned-term")
        .map(|d| d.message.clone())
        .collect()
}

const SYNERGY: &str = "version: 1\nbanned:\n  - {term: synergy, reason: Jargon}\n";
const TEAMWORK: &str = "version: 1\nbanned:\n  - {term: teamwork, reason: Vague}\n";
/// Line 2 is invalid: a banned entry is a term or a pattern, not both.
const BROKEN: &str = "version: 1\nbanned:\n  - {term: synergy, pattern: x}\n";

#[test]
fn editing_and_saving_the_guide() {
    let dir = tempfile::tempdir().unwrap();
    let guide_path = dir.path().join("message-guide.yml");
    std::fs::write(&guide_path, SYNERGY).unwrap();
    let mut server = Server::start(dir.path());
    let page = uri_of(&dir.path().join("page.md"));
    let text = "We love synergy and teamwork.\n";
    assert_eq!(banned(&server.open(&page, text)).len(), 1);

    // The guide opened in the editor: clean, then its problem where it is as it is typed.
    let guide = uri_of(&guide_path);
    assert!(server.open(&guide, SYNERGY).is_empty());
    server.change(&guide, 2, None, BROKEN);
    let problems = server.diagnostics(&guide);
    assert!(!problems.is_empty(), "{problems:?}");
    assert!(
        problems.iter().all(|d| d.range.start.line == 2
            && d.severity == Some(DiagnosticSeverity::ERROR)
            && code(d) == "invalid-guide"),
        "{problems:?}"
    );
    assert_eq!(problems[0].range.start.character, 4, "{problems:?}");

    // Saved broken, twice: documents are still checked with the last valid guide.
    std::fs::write(&guide_path, BROKEN).unwrap();
    server.save(&guide);
    server.save(&guide);
    server.change(&page, 2, None, "Synergy, again.\n");
    let found = server.diagnostics(&page);
    assert_eq!(
        banned(&found),
        ["\"synergy\" is banned: Jargon"],
        "{found:?}"
    );

    // Saved valid: every open document is checked again with the new guide.
    server.change(&guide, 3, None, TEAMWORK);
    assert!(server.diagnostics(&guide).is_empty());
    std::fs::write(&guide_path, TEAMWORK).unwrap();
    server.save(&guide);
    let found = server.diagnostics(&page);
    assert!(banned(&found).is_empty(), "{found:?}");
    server.change(&page, 3, None, text);
    let found = server.diagnostics(&page);
    assert_eq!(
        banned(&found),
        ["\"teamwork\" is banned: Vague"],
        "{found:?}"
    );

    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
    assert_eq!(stderr.matches("last valid version").count(), 1, "{stderr}");
}

#[test]
fn a_guide_saved_in_a_folder_without_one_is_found() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("message-guide.yml"), SYNERGY).unwrap();
    std::fs::create_dir(dir.path().join("team")).unwrap();
    let mut server = Server::start(dir.path());
    let page = uri_of(&dir.path().join("team/page.md"));
    let found = server.open(&page, "Synergy and teamwork.\n");
    assert_eq!(banned(&found).len(), 1, "{found:?}");
    let inner = dir.path().join("team/message-guide.yml");
    std::fs::write(&inner, TEAMWORK).unwrap();
    let guide = uri_of(&inner);
    server.open(&guide, TEAMWORK);
    server.save(&guide);
    let found = server.diagnostics(&page);
    assert_eq!(
        banned(&found),
        ["\"teamwork\" is banned: Vague"],
        "{found:?}"
    );
    let (status, stderr) = server.finish();
    assert_eq!(status, 0, "{stderr}");
}
