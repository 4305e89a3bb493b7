//! What the file system holds about a file besides its bytes, for [`super::write`]: its identity
//! (to notice a change), its link count, and its owner, group, mode and extended attributes
//! (which carry ACLs and security labels), copied onto the file that replaces it.

use std::fs::{self, File, Metadata, Permissions};
use std::io;
use std::path::Path;

/// Everything about a file that changes when it is written, replaced or linked.
#[derive(Debug, PartialEq, Eq)]
pub struct Identity {
    device: u64,
    inode: u64,
    links: u64,
    len: u64,
    modified: (i64, i64),
    changed: (i64, i64),
}

/// Open a file for reading without following a symlink in its last component and without
/// waiting for a FIFO's writer.
#[cfg(unix)]
pub fn open_no_follow(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(unix)]
impl Identity {
    pub fn of(meta: &Metadata) -> Self {
        use std::os::unix::fs::MetadataExt;
        Identity {
            device: meta.dev(),
            inode: meta.ino(),
            links: meta.nlink(),
            len: meta.len(),
            modified: (meta.mtime(), meta.mtime_nsec()),
            changed: (meta.ctime(), meta.ctime_nsec()),
        }
    }

    /// Whether both name the same file (the rest may differ).
    pub fn same_file(&self, other: &Identity) -> bool {
        (self.device, self.inode) == (other.device, other.inode)
    }

    pub fn links(&self) -> u64 {
        self.links
    }
}

/// The permissions a temporary file is created with: owner-only for a file that replaces
/// another (its owner, then its mode, are set before anyone else may read it), the usual
/// 0666 less the umask for a new one.
#[cfg(unix)]
pub fn initial_permissions(existing: Option<&Metadata>) -> Option<Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let mode = existing.map_or(0o666, |meta| meta.permissions().mode() & 0o700);
    Some(Permissions::from_mode(mode))
}

#[cfg(unix)]
pub fn is_char_device(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device()
}

/// Whether any write bit is set: the mode says what the owner meant, even to root.
#[cfg(unix)]
pub fn writable(meta: &Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o222 != 0
}

/// Give `to` the owner, group, extended attributes and mode of `from` (in that order: a change
/// of owner clears set-id bits and capabilities, and an ACL sets the group bits).
#[cfg(unix)]
pub fn keep(from: &File, meta: &Metadata, to: &File) -> Result<(), String> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let temp = to.metadata().map_err(|err| err.to_string())?;
    let owner = (meta.uid() != temp.uid()).then_some(meta.uid());
    let group = (meta.gid() != temp.gid()).then_some(meta.gid());
    if owner.is_some() || group.is_some() {
        std::os::unix::fs::fchown(to, owner, group)
            .map_err(|err| format!("cannot keep its owner and group: {err}"))?;
    }
    xattr::copy(from, to)?;
    to.set_permissions(Permissions::from_mode(meta.permissions().mode() & 0o7777))
        .map_err(|err| format!("cannot keep its mode: {err}"))
}

#[cfg(any(target_os = "linux", target_os = "android"))]
mod xattr {
    use std::ffi::CString;
    use std::fs::File;
    use std::io;
    use std::os::fd::AsRawFd;

    fn unsupported(err: &io::Error) -> bool {
        err.raw_os_error() == Some(libc::EOPNOTSUPP)
    }

    /// The names of a file's extended attributes.
    fn names(file: &File) -> io::Result<Vec<CString>> {
        let fd = file.as_raw_fd();
        loop {
            // SAFETY: a null buffer of size 0 asks for the size only.
            let size = unsafe { libc::flistxattr(fd, std::ptr::null_mut(), 0) };
            if size <= 0 {
                return if size == 0 {
                    Ok(Vec::new())
                } else {
                    Err(io::Error::last_os_error())
                };
            }
            let mut list = vec![0u8; size as usize];
            // SAFETY: the buffer is `list.len()` bytes long.
            let got = unsafe { libc::flistxattr(fd, list.as_mut_ptr().cast(), list.len()) };
            if got < 0 {
                let err = io::Error::last_os_error();
                if err.raw_os_error() == Some(libc::ERANGE) {
                    continue; // an attribute was added meanwhile
                }
                return Err(err);
            }
            list.truncate(got as usize);
            return Ok(list
                .split(|&b| b == 0)
                .filter(|name| !name.is_empty())
                .filter_map(|name| CString::new(name).ok())
                .collect());
        }
    }

    /// One attribute's value; `None` when it was removed meanwhile.
    fn value(file: &File, name: &CString) -> io::Result<Option<Vec<u8>>> {
        let fd = file.as_raw_fd();
        loop {
            // SAFETY: a null buffer of size 0 asks for the size only.
            let size = unsafe { libc::fgetxattr(fd, name.as_ptr(), std::ptr::null_mut(), 0) };
            if size < 0 {
                let err = io::Error::last_os_error();
                return match err.raw_os_error() {
                    Some(libc::ENODATA) => Ok(None),
                    _ => Err(err),
                };
            }
            let mut value = vec![0u8; size as usize];
            // SAFETY: the buffer is `value.len()` bytes long.
            let got = unsafe {
                libc::fgetxattr(fd, name.as_ptr(), value.as_mut_ptr().cast(), value.len())
            };
            if got < 0 {
                let err = io::Error::last_os_error();
                match err.raw_os_error() {
                    Some(libc::ERANGE) => continue,
                    Some(libc::ENODATA) => return Ok(None),
                    _ => return Err(err),
                }
            }
            value.truncate(got as usize);
            return Ok(Some(value));
        }
    }

    /// Copy every extended attribute of `from` onto `to`, and drop the ones `to` got on its own
    /// (a folder's default ACL) that `from` does not have. A file system without extended
    /// attributes has nothing to copy; any other failure is an error, never a silent loss.
    pub fn copy(from: &File, to: &File) -> Result<(), String> {
        let wanted = match names(from) {
            Ok(names) => names,
            Err(err) if unsupported(&err) => return Ok(()),
            Err(err) => return Err(format!("cannot read its extended attributes: {err}")),
        };
        for name in &wanted {
            let shown = name.to_string_lossy();
            let Some(value) = value(from, name)
                .map_err(|err| format!("cannot read its extended attribute {shown}: {err}"))?
            else {
                continue;
            };
            // SAFETY: the name is NUL-terminated and the value's pointer and length match.
            let set = unsafe {
                libc::fsetxattr(
                    to.as_raw_fd(),
                    name.as_ptr(),
                    value.as_ptr().cast(),
                    value.len(),
                    0,
                )
            };
            if set != 0 {
                let err = io::Error::last_os_error();
                return Err(format!("cannot keep its extended attribute {shown}: {err}"));
            }
        }
        for name in names(to).unwrap_or_default() {
            if !wanted.contains(&name) {
                // Best effort: a label the system gives every new file may not be removable.
                // SAFETY: the name is NUL-terminated.
                unsafe { libc::fremovexattr(to.as_raw_fd(), name.as_ptr()) };
            }
        }
        Ok(())
    }
}

#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
mod xattr {
    /// Extended attributes are copied on Linux only.
    pub fn copy(_from: &std::fs::File, _to: &std::fs::File) -> Result<(), String> {
        Ok(())
    }
}

#[cfg(not(unix))]
pub fn open_no_follow(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(not(unix))]
impl Identity {
    pub fn of(meta: &Metadata) -> Self {
        let since = |time: io::Result<std::time::SystemTime>| {
            time.ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or((0, 0), |d| {
                    (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                })
        };
        Identity {
            device: 0,
            inode: 0,
            links: 1,
            len: meta.len(),
            modified: since(meta.modified()),
            changed: (0, 0),
        }
    }

    pub fn same_file(&self, _other: &Identity) -> bool {
        true
    }

    pub fn links(&self) -> u64 {
        self.links
    }
}

#[cfg(not(unix))]
pub fn initial_permissions(_existing: Option<&Metadata>) -> Option<Permissions> {
    None
}

#[cfg(not(unix))]
pub fn is_char_device(_meta: &Metadata) -> bool {
    false
}

#[cfg(not(unix))]
pub fn writable(meta: &Metadata) -> bool {
    !meta.permissions().readonly()
}

#[cfg(not(unix))]
pub fn keep(_from: &File, meta: &Metadata, to: &File) -> Result<(), String> {
    to.set_permissions(meta.permissions())
        .map_err(|err| format!("cannot keep its permissions: {err}"))
}
