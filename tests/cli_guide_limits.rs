//! Hostile guides and guide discovery: every guide that once panicked or hung the loader is
//! refused at once with exit 2 and a located diagnostic; entry limits hold; a broken nearer
//! guide is an error rather than skipped; discovery outside git stops at home and at folders
//! owned by another user.

mod common;

use common::{finish, git_tempdir, onmessage_in, write, Run};
use std::path::Path;
use std::time::Duration;

/// `onmessage args…` in `dir` with `HOME` set to `home`, killed if it hangs (then `finish`
/// fails: a killed run has no exit code).
fn run_home(dir: &Path, home: &Path, args: &[&str]) -> Run {
    finish(
        onmessage_in(dir)
            .env("HOME", home)
            .args(args)
            .timeout(Duration::from_secs(60))
            .output()
            .expect("onmessage can be started"),
    )
}

/// Check `doc.md` under a guide with `guide` as its text; the run must refuse the guide.
fn refused(guide: &str) -> Run {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", guide);
    write(
        dir.path(),
        "doc.md",
        "Hello - world, we leverage big data -- fast.\n",
    );
    let run = run_home(dir.path(), dir.path(), &["check", "doc.md"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("onmessage::invalid_guide"),
        "{}",
        run.stderr
    );
    run
}

/// The `file:line:column` the diagnostic's header points at.
fn header(run: &Run) -> String {
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("╭─["))
        .unwrap_or_else(|| panic!("no located header:\n{}", run.stderr));
    let start = line.find("╭─[").expect("header") + "╭─[".len();
    line[start..].trim_end_matches(']').to_string()
}

#[test]
fn punctuation_only_brand_names_are_refused_not_a_panic() {
    for name in ["-", "--", " - "] {
        let run = refused(&format!(
            "version: 1\nbrand:\n  names: [Acme, \"{name}\"]\n"
        ));
        assert!(
            run.stderr
                .contains(&format!("brand name `{name}` can never match")),
            "{}",
            run.stderr
        );
        assert_eq!(header(&run), "message-guide.yml:3:17");
    }
}

#[test]
fn a_term_that_can_never_match_is_located() {
    let run = refused("version: 1\nterms:\n  - use: customer\n    instead_of: [client, \"-\"]\n");
    assert!(
        run.stderr
            .contains("the term `-` can never match: it has no letter or digit"),
        "{}",
        run.stderr
    );
    assert_eq!(header(&run), "message-guide.yml:4:26");
}

#[test]
fn a_brand_name_of_60000_letters_is_refused() {
    let run = refused(&format!(
        "version: 1\nbrand:\n  names: [\"{}\"]\n",
        "a".repeat(60_000)
    ));
    assert!(
        run.stderr
            .contains("brand name is longer than 200 characters"),
        "{}",
        run.stderr
    );
    assert_eq!(header(&run), "message-guide.yml:3:11");
    assert!(
        run.stderr.len() < 4_000,
        "the diagnostic shows a window only"
    );
}

#[test]
fn an_error_past_column_65535_is_rendered() {
    let guide = format!(
        "{{\"version\": 1, \"brand\": {{\"names\": [\"Acme\"]}}, \"ignore\": [\"{}\"], \"bogus\": 1}}",
        "x".repeat(70_000)
    );
    let column = guide.find("\"bogus\"").expect("present") + 1;
    assert!(column > 65_535);
    let run = refused(&guide);
    assert!(
        run.stderr.contains("unknown field `bogus`"),
        "{}",
        run.stderr
    );
    assert_eq!(header(&run), format!("message-guide.yml:1:{column}"));
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let flow = format!("version: 1\nbrand: {}\n", "[".repeat(160_000));
    let maps = format!("version: 1\nbrand: {}\n", "{a: ".repeat(40_000));
    let mut block = String::from("version: 1\nchannels:\n");
    for depth in 1..40 {
        block.push_str(&format!("{}k{depth}:\n", "  ".repeat(depth)));
    }
    for (guide, column) in [(&flow, 39), (&maps, 132)] {
        let run = refused(guide);
        assert!(
            run.stderr.contains("the guide nests deeper than 32 levels"),
            "{}",
            run.stderr
        );
        assert_eq!(header(&run), format!("message-guide.yml:2:{column}"));
    }
    let run = refused(&block);
    assert!(
        run.stderr.contains("the guide nests deeper than 32 levels"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_guide_larger_than_the_limit_is_refused() {
    let dir = git_tempdir();
    let mut guide = String::from("version: 1\nbanned:\n");
    while guide.len() <= 4 * 1024 * 1024 {
        guide.push_str("  # padding padding padding padding padding padding padding\n");
    }
    write(dir.path(), "message-guide.yml", &guide);
    write(dir.path(), "doc.md", "Hello.\n");
    for args in [
        &["check", "doc.md"][..],
        &["check", "--guide", "message-guide.yml", "doc.md"][..],
    ] {
        let run = run_home(dir.path(), dir.path(), args);
        run.expect_code(2);
        assert!(
            run.stderr
                .contains("cannot read guide message-guide.yml: larger than 4 MiB"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn entry_lengths_and_phrase_words_are_limited() {
    let words = |n: usize| vec!["word"; n].join(" ");
    let cases = [
        (
            format!(
                "version: 1\nphrases:\n  - id: long\n    text: \"{}\"\n",
                words(200)
            ),
            "the approved phrase has 200 words, more than 30",
            "message-guide.yml:4:11",
        ),
        (
            format!("version: 1\ncta:\n  - \"{}\"\n", words(31)),
            "the call to action has 31 words, more than 30",
            "message-guide.yml:3:5",
        ),
        (
            format!("version: 1\nbanned:\n  - term: {}\n", "b".repeat(201)),
            "the banned term is longer than 200 characters",
            "message-guide.yml:3:11",
        ),
        (
            format!(
                "version: 1\nbanned:\n  - term: synergy\n    reason: \"{}\"\n",
                "r".repeat(1001)
            ),
            "the reason is longer than 1000 characters",
            "message-guide.yml:4:13",
        ),
    ];
    for (guide, message, at) in cases {
        let run = refused(&guide);
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert_eq!(header(&run), at);
    }
}

/// At the limits, a guide loads and checks normally.
#[test]
fn entries_at_the_limits_load_and_match() {
    let dir = git_tempdir();
    let name = format!("Zq{}", "x".repeat(198));
    let phrase = vec!["word"; 30].join(" ");
    write(
        dir.path(),
        "message-guide.yml",
        format!(
            "version: 1\nbrand:\n  names: [\"{name}\"]\nphrases:\n  - {{id: long, text: \"{phrase}\"}}\n"
        ),
    );
    let doc = format!("{}\n\n", name.to_lowercase()).repeat(200) + &phrase + "\n";
    write(dir.path(), "doc.md", &doc);
    let run = run_home(
        dir.path(),
        dir.path(),
        &["check", "--format", "json", "doc.md"],
    );
    run.expect_code(1);
    let report = run.json();
    let brand = common::findings(&report)
        .iter()
        .filter(|f| f["rule"] == "brand-name")
        .count();
    assert_eq!(brand, 200, "{}", run.stdout);
    // The approved phrase, used exactly, is no drift.
    assert!(
        common::findings(&report)
            .iter()
            .all(|f| f["rule"] != "phrase-drift"),
        "{}",
        run.stdout
    );
}

#[test]
fn fix_patterns_that_match_a_replacement_are_refused() {
    for (guide, message, at) in [
        (
            "version: 1\nbanned:\n  - {pattern: '\\bdata\\b', replacement: big data}\n",
            "the suggested wording `big data` is itself matched by the banned pattern `\\bdata\\b`",
            "message-guide.yml:3:40",
        ),
        (
            "version: 1\nbanned:\n  - pattern: '[a-z]'\n    replacement: abcdef\n",
            "the suggested wording `abcdef` is itself matched by the banned pattern `[a-z]`",
            "message-guide.yml:4:18",
        ),
        (
            "version: 1\nbanned:\n  - {pattern: 'cheap', replacement: bargain}\n  - {pattern: 'gain', replacement: profit}\n",
            "the suggested wording `bargain` is itself matched by the banned pattern `gain`",
            "message-guide.yml:3:37",
        ),
    ] {
        let run = refused(guide);
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert_eq!(header(&run), at);
    }
}

#[test]
fn a_duplicate_key_is_reported_at_its_own_line() {
    let run = refused("version: 1\nbanned:\n  - {term: synergy}\nrules:\n  brand-name: off\n  brand-name: error\n");
    assert!(
        run.stderr.contains("rules: duplicate key `brand-name`"),
        "{}",
        run.stderr
    );
    assert_eq!(header(&run), "message-guide.yml:6:3");
    let run = refused("version: 1\nbanned:\n  - {term: synergy}\nversion: 1\n");
    assert!(
        run.stderr.contains("duplicate field `version`"),
        "{}",
        run.stderr
    );
    assert_eq!(header(&run), "message-guide.yml:4:1");
}

/// A nearer `message-guide.yml` that cannot be read stops the files it governs with an error
/// naming it; it never silently gives way to the guide above.
#[cfg(unix)]
#[test]
fn a_broken_nearer_guide_is_an_error_naming_it() {
    let dir = git_tempdir();
    let root = dir.path();
    write(
        root,
        "message-guide.yml",
        "version: 1\nbanned: [{term: alpha}]\n",
    );
    for sub in ["dangling", "folder", "fifo", "fine"] {
        write(root, &format!("{sub}/doc.md"), "alpha here\n");
    }
    std::os::unix::fs::symlink("missing.yml", root.join("dangling/message-guide.yml"))
        .expect("symlink");
    std::fs::create_dir(root.join("folder/message-guide.yml")).expect("mkdir");
    common::mkfifo(&root.join("fifo/message-guide.yml"));

    let run = run_home(root, root, &["check", "--format", "json", "."]);
    run.expect_code(2);
    for (sub, reason) in [
        ("dangling", "a symbolic link to a missing file"),
        ("folder", "not a regular file"),
        ("fifo", "not a regular file"),
    ] {
        let message = format!("cannot read guide {sub}/message-guide.yml: {reason}");
        assert!(run.stderr.contains(&message), "{message}\n{}", run.stderr);
    }
    // The folder with no guide of its own still gets the parent's.
    let report = run.json();
    let paths: Vec<&str> = common::findings(&report)
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert_eq!(paths, ["fine/doc.md"], "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn guide_flag_naming_a_fifo_or_a_device_fails_at_once() {
    let dir = git_tempdir();
    let fifo = dir.path().join("pipe.yml");
    common::mkfifo(&fifo);
    write(dir.path(), "doc.md", "Hello.\n");
    for guide in ["pipe.yml", "/dev/zero"] {
        let run = run_home(
            dir.path(),
            dir.path(),
            &["check", "--guide", guide, "doc.md"],
        );
        run.expect_code(2);
        assert!(
            run.stderr
                .contains(&format!("cannot read guide {guide}: not a regular file")),
            "{}",
            run.stderr
        );
    }
}

/// Outside a git work tree, discovery climbs no higher than the home folder.
#[test]
fn discovery_stops_at_home() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(
        root,
        "message-guide.yml",
        "version: 1\nbanned: [{term: alpha}]\n",
    );
    write(root, "home/proj/doc.md", "alpha beta\n");
    let home = root.join("home");
    let run = run_home(&home, &home, &["check", "--format", "json", "proj"]);
    run.expect_code(0);
    assert!(
        run.stderr.contains("no message-guide.yml found"),
        "{}",
        run.stderr
    );

    // A guide in home itself is used.
    write(
        &home,
        "message-guide.yml",
        "version: 1\nbanned: [{term: beta}]\n",
    );
    let run = run_home(&home, &home, &["check", "--format", "json", "proj"]);
    run.expect_code(1);
    assert_eq!(
        common::triples(&run.json()),
        common::owned(&[("proj/doc.md", "banned-term", "beta")])
    );
}

#[cfg(unix)]
fn chown(path: &Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), None)
        .unwrap_or_else(|err| panic!("chown {} (tests run as root): {err}", path.display()));
}

/// Outside a git work tree, a folder or guide owned by neither the user nor root ends the
/// climb: another user's guide never governs your files. Inside a git work tree the nearest
/// guide applies, whoever owns it.
#[cfg(unix)]
#[test]
fn discovery_outside_git_ignores_folders_and_guides_of_other_users() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(
        root,
        "outer/message-guide.yml",
        "version: 1\nbanned: [{term: alpha}]\n",
    );
    write(root, "outer/doc.md", "alpha\n");
    write(root, "outer/inner/doc.md", "alpha\n");
    let flagged = |run: &Run| -> Vec<String> {
        common::findings(&run.json())
            .iter()
            .filter(|f| f["rule"] == "banned-term")
            .map(|f| f["path"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let check = || run_home(root, root, &["check", "--format", "json", "outer"]);

    let run = check();
    assert_eq!(flagged(&run), ["outer/doc.md", "outer/inner/doc.md"]);

    // A folder of another user stops the climb.
    chown(&root.join("outer/inner"), 12345);
    assert_eq!(flagged(&check()), ["outer/doc.md"]);
    chown(&root.join("outer/inner"), 0);

    // So does a guide of another user.
    chown(&root.join("outer/message-guide.yml"), 12345);
    assert!(flagged(&check()).is_empty());

    // Inside a git work tree, ownership does not matter.
    std::fs::create_dir(root.join("outer/.git")).expect("mkdir");
    assert_eq!(flagged(&check()), ["outer/doc.md", "outer/inner/doc.md"]);
}

/// Run as an unprivileged user: root's folders and guides are trusted, another user's guide
/// is not.
#[cfg(unix)]
#[test]
fn discovery_as_an_unprivileged_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    write(
        root,
        "message-guide.yml",
        "version: 1\nbanned: [{term: alpha}]\n",
    );
    write(root, "mine/doc.md", "alpha\n");
    write(
        root,
        "theirs/message-guide.yml",
        "version: 1\nbanned: [{term: beta}]\n",
    );
    write(root, "theirs/doc.md", "alpha beta\n");
    chown(&root.join("mine"), 65534);
    chown(&root.join("theirs/message-guide.yml"), 12345);
    let as_nobody = |args: &[&str]| {
        let output = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin("onmessage"))
            .args(args)
            .current_dir(root)
            .env("HOME", root)
            .env("NO_COLOR", "1")
            .output()
            .expect("setpriv can be started");
        finish(output)
    };
    // Root's guide governs nobody's folder.
    let run = as_nobody(&["check", "--format", "json", "mine"]);
    run.expect_code(1);
    assert_eq!(
        common::triples(&run.json()),
        common::owned(&[("mine/doc.md", "banned-term", "alpha")])
    );
    // Another user's guide is not used: the climb stops there, so no guide applies.
    let run = as_nobody(&["check", "--format", "json", "theirs"]);
    run.expect_code(0);
    assert!(
        run.stderr.contains("no message-guide.yml found"),
        "{}",
        run.stderr
    );
}
