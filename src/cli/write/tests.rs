//! The writer's steps, with a hook into the moments a test must reach: a writer appending
//! just before the rename, an editor replacing the file, the temporary file's mode.

use super::hook::{self, Stage};
use super::*;
use std::os::unix::fs::PermissionsExt;

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o7777
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writes_atomically_and_keeps_permissions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    write_fixed(&path, "a.md", b"old", b"new").expect("fixed");
    assert_eq!(fs::read_to_string(&path).expect("read"), "new");
    assert_eq!(mode(&path), 0o640);
    assert_eq!(
        names(dir.path()),
        ["a.md"],
        "no temporary file is left behind"
    );
}

#[test]
fn refuses_a_file_that_changed_meanwhile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "edited by someone else").expect("write");
    let err = write_fixed(&path, "a.md", b"old", b"new").expect_err("must refuse");
    assert!(err.contains("changed on disk"), "{err}");
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "edited by someone else"
    );
}

/// A writer appends after the file was read and the temporary file was written, just
/// before the rename: the fix is dropped and the append kept.
#[test]
fn an_append_just_before_the_rename_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old\n").expect("write");
    hook::set(|stage, _temp, target| {
        if stage == Stage::BeforeCheck {
            let mut file = fs::OpenOptions::new()
                .append(true)
                .open(target)
                .expect("open to append");
            file.write_all(b"appended\n").expect("append");
        }
    });
    let result = write_fixed(&path, "a.md", b"old\n", b"new\n");
    hook::clear();
    let err = result.expect_err("must refuse");
    assert_eq!(err, format!("not fixing a.md: {CHANGED}"));
    assert_eq!(fs::read_to_string(&path).expect("read"), "old\nappended\n");
    assert_eq!(
        names(dir.path()),
        ["a.md"],
        "no temporary file is left behind"
    );
}

/// Same length, same bytes count: an editor's save that replaces the file by a rename.
#[test]
fn a_file_replaced_just_before_the_rename_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old").expect("write");
    hook::set(|stage, _temp, target| {
        if stage == Stage::BeforeCheck {
            let other = target.with_file_name("saved.tmp");
            fs::write(&other, "old").expect("write");
            fs::rename(&other, target).expect("rename");
        }
    });
    let result = write_fixed(&path, "a.md", b"old", b"new");
    hook::clear();
    assert!(result.expect_err("refused").contains(CHANGED));
    assert_eq!(fs::read_to_string(&path).expect("read"), "old");
    assert_eq!(names(dir.path()), ["a.md"]);
}

/// The temporary file is never readable by others, even for a moment, and is a new
/// regular file rather than whatever was at some name.
#[test]
fn the_temporary_file_starts_owner_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let record = seen.clone();
    hook::set(move |stage, temp, _target| {
        let meta = fs::symlink_metadata(temp).expect("the temporary file exists");
        assert!(meta.file_type().is_file());
        record.borrow_mut().push((stage, mode(temp)));
    });
    let result = write_fixed(&path, "a.md", b"old", b"new");
    hook::clear();
    result.expect("fixed");
    assert_eq!(
        *seen.borrow(),
        [(Stage::Created, 0o600), (Stage::BeforeCheck, 0o644)]
    );
    assert_eq!(mode(&path), 0o644);
}

#[test]
fn refuses_a_file_with_hard_links() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old").expect("write");
    fs::hard_link(&path, dir.path().join("b.md")).expect("link");
    let err = write_fixed(&path, "a.md", b"old", b"new").expect_err("refused");
    assert_eq!(
        err,
        "not fixing a.md: it has 2 hard links; a rename would split them"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("b.md")).expect("read"),
        "old"
    );
}

#[test]
fn writes_a_new_file_and_replaces_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("baseline.json");
    write_file(&path, b"one").expect("created");
    assert_eq!(fs::read(&path).expect("read"), b"one");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    write_file(&path, b"two").expect("replaced");
    assert_eq!(fs::read(&path).expect("read"), b"two");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(names(dir.path()), ["baseline.json"]);
    let err = write_file(dir.path(), b"x").expect_err("a folder");
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn refuses_read_only_files_and_folders_by_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    fs::write(&path, "old").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    assert!(write_fixed(&path, "a.md", b"old", b"new")
        .expect_err("read-only")
        .contains("read-only"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
    let err = write_fixed(&path, "a.md", b"old", b"new").expect_err("folder");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    assert!(err.contains("folder"), "{err}");
    assert_eq!(fs::read_to_string(&path).expect("read"), "old");
}
