//! Writing files without losing anything: fixed files, the baseline and `report --out`.
//!
//! The new text goes to a temporary file beside the target, created exclusively under a random
//! name (a planted symlink is never followed), owner-only until it has the target's owner,
//! group, extended attributes and mode. Just before the rename over the target, the target is
//! checked again: the same file (device and inode), unchanged (size, times, link count) and, for
//! a fix, still holding the bytes that were fixed. A file with more than one hard link is never
//! replaced, since a rename would split the links. A signal removes the temporary file.
//!
//! What remains: a writer that changes the target between the last check and the rename (a few
//! system calls), or that keeps it open and writes after the rename, writes into the replaced
//! file, and that text is lost. No rename can close that window; only the writer's cooperation
//! (a lock) could.

use super::attrs::{self, Identity};
use super::signals::{self, Entry};
use std::fs::{self, File, Metadata};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Replace the contents of `path` (which held `original` when it was read) with `fixed`;
/// `shown` names the file in messages. Symlinks are written through: the file they point at is
/// replaced and the link stays.
pub fn write_fixed(path: &Path, shown: &str, original: &[u8], fixed: &str) -> Result<(), String> {
    let target = fs::canonicalize(path).map_err(|err| format!("cannot fix {shown}: {err}"))?;
    let refuse = |reason: String| format!("not fixing {shown}: {reason}");
    let current = Current::open(&target)
        .map_err(refuse)?
        .ok_or_else(|| refuse("it no longer exists".into()))?;
    if !attrs::writable(&current.meta) {
        return Err(refuse("the file is read-only".into()));
    }
    let folder = folder_of(&target).map_err(refuse)?;
    if !fs::metadata(&folder).is_ok_and(|meta| attrs::writable(&meta)) {
        return Err(refuse("its folder cannot be written".into()));
    }
    current.check(&target, Some(original)).map_err(refuse)?;
    replace(&target, Some(&current), fixed.as_bytes(), Some(original)).map_err(refuse)
}

/// Write `bytes` to `path`, creating it or replacing it whole (the baseline, a report). The
/// error is the reason, for the caller to name the file. A character device named on purpose
/// (`/dev/null`, a terminal) is written as it is; a FIFO, a socket or a folder is refused.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    match fs::metadata(path) {
        Ok(meta) if attrs::is_char_device(&meta) => {
            return fs::OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|mut device| device.write_all(bytes).and_then(|()| device.flush()))
                .map_err(|err| err.to_string());
        }
        // A FIFO would block until a reader comes; a folder cannot be replaced.
        Ok(meta) if !meta.is_file() => return Err("it is not a regular file".into()),
        _ => {}
    }
    let target = resolve(path).map_err(|err| err.to_string())?;
    let current = Current::open(&target)?;
    replace(&target, current.as_ref(), bytes, None)
}

/// The real path to write: through symlinks, and for a new file its real folder and name.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    match fs::canonicalize(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(io::Error::other("it is a symlink to a missing file"));
            }
            let name = path
                .file_name()
                .ok_or_else(|| io::Error::other("it is not a file name"))?;
            let folder = match path.parent() {
                Some(folder) if !folder.as_os_str().is_empty() => folder,
                _ => Path::new("."),
            };
            Ok(fs::canonicalize(folder)?.join(name))
        }
        resolved => resolved,
    }
}

fn folder_of(target: &Path) -> Result<PathBuf, String> {
    target
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| "it has no folder".to_string())
}

const CHANGED: &str = "it changed on disk while it was being written";

/// The target as it is before writing, held open: the open file is the one checked again
/// before the rename.
struct Current {
    file: File,
    meta: Metadata,
    identity: Identity,
}

impl Current {
    /// The file at `target`, or `None` when there is none.
    fn open(target: &Path) -> Result<Option<Self>, String> {
        let file = match attrs::open_no_follow(target) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.to_string()),
        };
        let meta = file.metadata().map_err(|err| err.to_string())?;
        if !meta.is_file() {
            return Err("it is not a regular file".into());
        }
        let identity = Identity::of(&meta);
        if identity.links() > 1 {
            return Err(format!(
                "it has {} hard links; a rename would split them",
                identity.links()
            ));
        }
        Ok(Some(Current {
            file,
            meta,
            identity,
        }))
    }

    /// The file at `target` is still this one, unchanged since it was opened, and (when given)
    /// still holds `expected`.
    fn check(&self, target: &Path, expected: Option<&[u8]>) -> Result<(), String> {
        let at_path = fs::symlink_metadata(target).map_err(|_| CHANGED.to_string())?;
        let now = self.file.metadata().map_err(|err| err.to_string())?;
        if !Identity::of(&at_path).same_file(&self.identity) || Identity::of(&now) != self.identity
        {
            return Err(CHANGED.into());
        }
        if let Some(expected) = expected {
            let mut file = &self.file;
            file.rewind().map_err(|err| err.to_string())?;
            let mut bytes = Vec::with_capacity(expected.len());
            file.take(expected.len() as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|err| err.to_string())?;
            if bytes != expected {
                return Err(CHANGED.into());
            }
        }
        Ok(())
    }
}

/// Write `bytes` to a temporary file beside `target` and rename it over `target`.
fn replace(
    target: &Path,
    current: Option<&Current>,
    bytes: &[u8],
    expected: Option<&[u8]>,
) -> Result<(), String> {
    let folder = folder_of(target)?;
    // A short, visible prefix says whose file it is; the random part makes it unguessable.
    let name: String = target
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(64).collect())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(".onmessage-tmp")
        .rand_bytes(12);
    if let Some(permissions) = attrs::initial_permissions(current.map(|c| &c.meta)) {
        builder.permissions(permissions);
    }
    let (temp, tracked) = signals::track(
        || builder.tempfile_in(&folder),
        |temp| Entry::File(temp.path().to_path_buf()),
    )
    .map_err(|err| format!("cannot create a temporary file beside it: {err}"))?;
    #[cfg(test)]
    hook::run(hook::Stage::Created, temp.path(), target);
    let result = finish(temp, target, current, bytes, expected);
    // Forgotten only once the temporary file is renamed or removed.
    drop(tracked);
    result
}

/// Fill the temporary file, give it what the target holds, check the target and rename. On an
/// error the temporary file is removed (dropped).
fn finish(
    mut temp: tempfile::NamedTempFile,
    target: &Path,
    current: Option<&Current>,
    bytes: &[u8],
    expected: Option<&[u8]>,
) -> Result<(), String> {
    // Synced before the rename, so a crash leaves the old text or the new, never an empty file.
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|err| err.to_string())?;
    if let Some(current) = current {
        attrs::keep(&current.file, &current.meta, temp.as_file())?;
        #[cfg(test)]
        hook::run(hook::Stage::BeforeCheck, temp.path(), target);
        // The last look; from here to the rename is the window the module comment names.
        current.check(target, expected)?;
    }
    temp.persist(target)
        .map(drop)
        .map_err(|err| err.error.to_string())
}

/// A test's hook into the steps of [`replace`], to change the target or look at the temporary
/// file at a precise moment.
#[cfg(test)]
pub mod hook {
    use std::cell::RefCell;
    use std::path::Path;

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Stage {
        /// The temporary file was just created, still empty.
        Created,
        /// The temporary file is complete; the target is about to be checked again.
        BeforeCheck,
    }

    type Hook = Box<dyn FnMut(Stage, &Path, &Path)>;

    thread_local! {
        static HOOK: RefCell<Option<Hook>> = const { RefCell::new(None) };
    }

    /// Call `hook(stage, temporary file, target)` at each stage, on this thread.
    pub fn set(hook: impl FnMut(Stage, &Path, &Path) + 'static) {
        HOOK.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
    }

    pub fn clear() {
        HOOK.with(|h| *h.borrow_mut() = None);
    }

    pub(super) fn run(stage: Stage, temp: &Path, target: &Path) {
        HOOK.with(|h| {
            if let Some(hook) = h.borrow_mut().as_mut() {
                hook(stage, temp, target);
            }
        });
    }
}

#[cfg(all(test, unix))]
mod tests {
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
        write_fixed(&path, "a.md", b"old", "new").expect("fixed");
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
        let err = write_fixed(&path, "a.md", b"old", "new").expect_err("must refuse");
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
        let result = write_fixed(&path, "a.md", b"old\n", "new\n");
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
        let result = write_fixed(&path, "a.md", b"old", "new");
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
        let result = write_fixed(&path, "a.md", b"old", "new");
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
        let err = write_fixed(&path, "a.md", b"old", "new").expect_err("refused");
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
        assert!(write_fixed(&path, "a.md", b"old", "new")
            .expect_err("read-only")
            .contains("read-only"));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
        let err = write_fixed(&path, "a.md", b"old", "new").expect_err("folder");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
        assert!(err.contains("folder"), "{err}");
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
    }
}
