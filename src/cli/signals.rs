//! Cleaning up on SIGINT, SIGTERM and SIGHUP. Temporary files (a fixed file before its rename),
//! temporary folders (the tree `report --since` extracts) and the child processes writing into
//! them are registered here while they exist; a signal kills the children, removes the paths and
//! exits with 128 + the signal's number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
//!
//! The handler is installed when the first path is registered, so a run that never makes a
//! temporary file keeps the default behaviour. A path is registered in the same critical section
//! that creates it, and the cleanup holds that lock until the process exits: nothing can be
//! created after the cleanup has looked, and nothing is created before it is registered. Later
//! writes into a registered folder take the same lock ([`write_tracked`]).

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Something to remove (or stop) when a signal ends the run.
pub enum Entry {
    File(PathBuf),
    Folder(PathBuf),
    /// A child process writing into a registered folder: killed before the folder is removed.
    Child(u32),
}

struct Registry {
    next: u64,
    entries: Vec<(u64, Entry)>,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry {
    next: 0,
    entries: Vec::new(),
});

/// Set once a signal's cleanup has started: output stops, and the main thread waits for the exit.
static STOPPING: AtomicBool = AtomicBool::new(false);

fn lock() -> MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A registration: dropping it forgets the entry (drop it after the path is gone or renamed).
#[must_use = "dropping the registration forgets the path at once"]
pub struct Tracked {
    id: u64,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        lock().entries.retain(|(id, _)| *id != self.id);
    }
}

/// Create something (`create`) and register what `entry` says of it, atomically with respect to
/// a signal's cleanup.
pub fn track<T>(
    create: impl FnOnce() -> io::Result<T>,
    entry: impl FnOnce(&T) -> Entry,
) -> io::Result<(T, Tracked)> {
    install();
    let mut registry = lock();
    let value = create()?;
    let id = registry.next;
    registry.next += 1;
    registry.entries.push((id, entry(&value)));
    Ok((value, Tracked { id }))
}

/// Write into a registered path (`write`) atomically with respect to a signal's cleanup: once the
/// cleanup has started it holds the lock until the process exits, so a write either finishes
/// before the cleanup looks or never happens. Without this, a folder removed by the cleanup
/// could be made again (`create_dir_all`) in the moment before the exit, and be left behind.
pub fn write_tracked<T>(write: impl FnOnce() -> T) -> T {
    install();
    let _registry = lock();
    write()
}

/// Whether a signal's cleanup has started.
pub fn stopping() -> bool {
    STOPPING.load(Ordering::SeqCst)
}

/// If a signal's cleanup has started, wait here for it to end the process: the main thread must
/// neither print (a half-removed tree reads as missing files) nor exit with its own code.
pub fn settle() {
    if stopping() {
        // The cleanup exits the process; parking (never the registry's lock, which the cleanup
        // may still need) keeps this thread from doing anything meanwhile.
        loop {
            std::thread::park();
        }
    }
}

#[cfg(unix)]
fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        // Without the handler a signal still ends the run, only without the cleanup.
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("onmessage-signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    clean_up_and_exit(signal);
                }
            });
    });
}

#[cfg(not(unix))]
fn install() {}

#[cfg(unix)]
fn clean_up_and_exit(signal: libc::c_int) -> ! {
    STOPPING.store(true, Ordering::SeqCst);
    let registry = lock();
    for (_, entry) in &registry.entries {
        if let Entry::Child(pid) = entry {
            stop_child(*pid);
        }
    }
    for (_, entry) in &registry.entries {
        match entry {
            Entry::File(path) => {
                let _ = std::fs::remove_file(path);
            }
            Entry::Folder(path) => {
                let _ = std::fs::remove_dir_all(path);
            }
            Entry::Child(_) => {}
        }
    }
    std::process::exit(128 + signal);
}

/// Kill a child and wait until it has exited, without reaping it: the thread that started it
/// reaps it, and its pid cannot be reused before that.
#[cfg(unix)]
fn stop_child(pid: u32) {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return;
    };
    // SAFETY: plain system calls on a child this process started. Its entry is forgotten right
    // after the child is reaped; a pid is reused only once the pid range has cycled, far longer
    // than that moment.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
        let mut info: libc::siginfo_t = std::mem::zeroed();
        libc::waitid(
            libc::P_PID,
            pid as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOWAIT,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registered(path: &std::path::Path) -> bool {
        lock()
            .entries
            .iter()
            .any(|(_, entry)| matches!(entry, Entry::File(p) if p == path))
    }

    #[test]
    fn a_path_is_registered_while_tracked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.tmp");
        let (file, tracked) = track(
            || std::fs::File::create(&path),
            |_| Entry::File(path.clone()),
        )
        .expect("created");
        assert!(registered(&path));
        drop(file);
        drop(tracked);
        assert!(!registered(&path));
    }

    #[test]
    fn a_failed_creation_registers_nothing() {
        let path = PathBuf::from("/nonexistent-folder/a.tmp");
        let result = track(
            || std::fs::File::create(&path),
            |_| Entry::File(path.clone()),
        );
        assert!(result.is_err());
        assert!(!registered(&path));
        assert!(!stopping());
    }
}
