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
pub fn write_fixed(path: &Path, shown: &str, original: &[u8], fixed: &[u8]) -> Result<(), String> {
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
    replace(&target, Some(&current), fixed, Some(original)).map_err(refuse)
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
mod tests;
