//! Writing safely, end to end: `--fix` never follows a planted symlink, keeps owner, group, mode
//! and extended attributes, refuses hard-linked files; the baseline and `report --out` are
//! replaced atomically; a write error on stdout fails the run (a closed pipe does not); a signal
//! leaves every file old or new and no temporary file or tree behind.
//!
//! These tests run as root (as CI does): planting files for another user and giving files away
//! need it.

#![cfg(target_os = "linux")]

mod common;

use common::{assert_no_panic, git_tempdir, names, write};
use std::ffi::CString;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const GUIDE: &str =
    "version: 1\nterms:\n  - {use: customer, instead_of: [client], safe_fix: true}\n";
const OLD: &str = "Our client loves it.\nAsk any client.\n";
const NEW: &str = "Our customer loves it.\nAsk any customer.\n";

/// `onmessage args…` in `dir`, colour off.
fn onmessage(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_onmessage"));
    cmd.current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null());
    cmd
}

fn output(mut cmd: impl std::borrow::BorrowMut<Command>) -> Output {
    let output = cmd.borrow_mut().output().expect("onmessage can be started");
    assert_no_panic(
        &String::from_utf8_lossy(&output.stdout),
        &String::from_utf8_lossy(&output.stderr),
    );
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A git work tree holding the guide and `doc.md` with fixable text.
fn project() -> tempfile::TempDir {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "doc.md", OLD);
    dir
}

fn assert_root() {
    // SAFETY: geteuid has no preconditions.
    assert_eq!(unsafe { libc::geteuid() }, 0, "these tests run as root");
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o7777
}

// ---------------------------------------------------------------------------------------------
// Temporary files, owners, modes, extended attributes, hard links

/// The attack of issue 12: symlinks at the old predictable temporary names
/// (`.NAME.onmessage-PID.tmp`, for the next PIDs) point at a root-only file. Root's `--fix` must
/// not write through them, and the document must stay a regular file with the fixed text.
#[test]
fn fix_never_follows_a_planted_symlink() {
    assert_root();
    let dir = project();
    let outside = tempfile::tempdir().expect("temp dir");
    let victim = outside.path().join("victim");
    fs::write(&victim, "secret\n").expect("write the victim");
    fs::set_permissions(&victim, fs::Permissions::from_mode(0o600)).expect("chmod");
    let last = fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .ok()
        .and_then(|pid| pid.trim().parse::<u32>().ok())
        .unwrap_or(1000);
    let planted: Vec<String> = (last + 1..last + 400)
        .map(|pid| format!(".doc.md.onmessage-{pid}.tmp"))
        .collect();
    for name in &planted {
        std::os::unix::fs::symlink(&victim, dir.path().join(name)).expect("plant a symlink");
    }
    let run = output(onmessage(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(fs::read_to_string(&victim).expect("read"), "secret\n");
    assert_eq!(mode(&victim), 0o600);
    let doc = fs::symlink_metadata(dir.path().join("doc.md")).expect("doc");
    assert!(doc.file_type().is_file(), "the document is a regular file");
    assert_eq!(
        fs::read_to_string(dir.path().join("doc.md")).expect("read"),
        NEW
    );
    for name in &planted {
        let link = fs::read_link(dir.path().join(name)).expect("the planted link is still there");
        assert_eq!(link, victim);
    }
    assert_eq!(
        names(dir.path()).len(),
        planted.len() + 3,
        "no temporary file left"
    );
}

/// A nobody:nogroup 0640 file fixed by root stays nobody:nogroup 0640.
#[test]
fn fix_keeps_owner_group_and_mode() {
    assert_root();
    let dir = project();
    let doc = dir.path().join("doc.md");
    std::os::unix::fs::chown(&doc, Some(65534), Some(65534)).expect("chown");
    fs::set_permissions(&doc, fs::Permissions::from_mode(0o640)).expect("chmod");
    let run = output(onmessage(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let meta = fs::metadata(&doc).expect("metadata");
    assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
    assert_eq!(mode(&doc), 0o640);
    assert_eq!(fs::read_to_string(&doc).expect("read"), NEW);
}

fn set_xattr(path: &Path, name: &str, value: &[u8]) {
    let path = CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    let name = CString::new(name).expect("name");
    // SAFETY: NUL-terminated strings and a value pointer with its length.
    let set = unsafe {
        libc::setxattr(
            path.as_ptr(),
            name.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    };
    assert_eq!(set, 0, "setxattr: {}", std::io::Error::last_os_error());
}

fn get_xattr(path: &Path, name: &str) -> Option<Vec<u8>> {
    let path = CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    let name = CString::new(name).expect("name");
    let mut value = vec![0u8; 4096];
    // SAFETY: NUL-terminated strings and a buffer with its length.
    let got = unsafe {
        libc::getxattr(
            path.as_ptr(),
            name.as_ptr(),
            value.as_mut_ptr().cast(),
            value.len(),
        )
    };
    let got = usize::try_from(got).ok()?;
    value.truncate(got);
    Some(value)
}

/// An access ACL in the kernel's format: the owner rw, user 65534 r, the group r, mask r,
/// others nothing.
fn acl() -> Vec<u8> {
    let mut acl = 2u32.to_le_bytes().to_vec();
    for (tag, perm, id) in [
        (0x01u16, 6u16, u32::MAX),
        (0x02, 4, 65534),
        (0x04, 4, u32::MAX),
        (0x10, 4, u32::MAX),
        (0x20, 0, u32::MAX),
    ] {
        acl.extend(tag.to_le_bytes());
        acl.extend(perm.to_le_bytes());
        acl.extend(id.to_le_bytes());
    }
    acl
}

/// Extended attributes, so ACLs, survive a fix.
#[test]
fn fix_keeps_extended_attributes_and_acls() {
    let dir = project();
    let doc = dir.path().join("doc.md");
    fs::set_permissions(&doc, fs::Permissions::from_mode(0o640)).expect("chmod");
    set_xattr(&doc, "user.onmessage.origin", b"the marketing team");
    set_xattr(&doc, "system.posix_acl_access", &acl());
    let run = output(onmessage(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(fs::read_to_string(&doc).expect("read"), NEW);
    assert_eq!(
        get_xattr(&doc, "user.onmessage.origin").as_deref(),
        Some(&b"the marketing team"[..])
    );
    assert_eq!(get_xattr(&doc, "system.posix_acl_access"), Some(acl()));
    assert_eq!(mode(&doc), 0o640);
}

/// A hard-linked file is never fixed: a rename would split its links.
#[test]
fn fix_refuses_a_file_with_hard_links() {
    let dir = project();
    let doc = dir.path().join("doc.md");
    fs::hard_link(&doc, dir.path().join("other.md")).expect("hard link");
    let run = output(onmessage(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("not fixing doc.md: it has 2 hard links; a rename would split them"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fs::read_to_string(&doc).expect("read"), OLD);
    assert_eq!(fs::metadata(&doc).expect("metadata").nlink(), 2);
}

/// `onmessage args…` in `dir` as nobody (uid and gid 65534, no other groups).
fn as_nobody(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("setpriv");
    cmd.current_dir(dir)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_onmessage"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null());
    cmd
}

/// Give a folder and everything in it to nobody, readable and writable.
fn give_to_nobody(dir: &Path) {
    std::os::unix::fs::chown(dir, Some(65534), Some(65534)).expect("chown");
    fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).expect("chmod");
    for name in names(dir) {
        let path = dir.join(name);
        std::os::unix::fs::lchown(&path, Some(65534), Some(65534)).expect("chown");
    }
}

/// A user who cannot give the new file the old one's group is refused, and the file is kept
/// as it was (writing it would have changed its group behind the owner's back).
#[test]
fn a_fix_that_cannot_keep_the_group_is_refused() {
    assert_root();
    let dir = project();
    give_to_nobody(dir.path());
    let doc = dir.path().join("doc.md");
    // Writable by nobody, in root's group, which nobody is not a member of.
    std::os::unix::fs::chown(&doc, Some(65534), Some(0)).expect("chown");
    fs::set_permissions(&doc, fs::Permissions::from_mode(0o664)).expect("chmod");
    let run = output(as_nobody(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("not fixing doc.md: cannot keep its owner and group"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fs::read_to_string(&doc).expect("read"), OLD);
    assert_eq!(fs::metadata(&doc).expect("metadata").gid(), 0);
    assert_eq!(names(dir.path()), [".git", "doc.md", "message-guide.yml"]);
    // Its own file in its own group is fixed, keeping the mode.
    std::os::unix::fs::chown(&doc, Some(65534), Some(65534)).expect("chown");
    let run = output(as_nobody(dir.path(), &["check", "--fix", "doc.md"]));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(fs::read_to_string(&doc).expect("read"), NEW);
    assert_eq!(mode(&doc), 0o664);
}

// ---------------------------------------------------------------------------------------------
// The baseline and report --out: atomic

/// Limit the size of files the child may write (as a full disk would), with SIGXFSZ ignored
/// so the write fails with EFBIG instead of killing the process.
fn limit_file_size(cmd: &mut Command, bytes: u64) {
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
}

/// A baseline that cannot be written whole leaves the old one as it was, with no fragment.
#[test]
fn a_failed_baseline_write_keeps_the_old_baseline() {
    let dir = project();
    let baseline = dir.path().join("baseline.json");
    let first = output(onmessage(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "doc.md"],
    ));
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let old = fs::read(&baseline).expect("the first baseline");
    // Many more findings on distinct lines: the new baseline is far larger than the limit.
    let many: String = (0..200).map(|i| format!("Ask client {i}.\n")).collect();
    write(dir.path(), "doc.md", many);
    let mut cmd = onmessage(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "doc.md"],
    );
    limit_file_size(&mut cmd, old.len() as u64 + 512);
    let run = output(&mut cmd);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("cannot write baseline"),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        fs::read(&baseline).expect("read"),
        old,
        "the old baseline survives"
    );
    assert_eq!(
        names(dir.path()),
        [".git", "baseline.json", "doc.md", "message-guide.yml"]
    );
    // Without the limit the same run replaces it, keeping its mode.
    fs::set_permissions(&baseline, fs::Permissions::from_mode(0o600)).expect("chmod");
    let run = output(onmessage(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(fs::read(&baseline).expect("read").len() > old.len() + 512);
    assert_eq!(mode(&baseline), 0o600);
}

/// An unprivileged user whose baseline sits in a folder it cannot write gets an error and keeps
/// the old baseline (the new one cannot be put beside it).
#[test]
fn a_baseline_in_a_read_only_folder_is_kept() {
    assert_root();
    let dir = project();
    let first = output(onmessage(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "doc.md"],
    ));
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let baseline = dir.path().join("baseline.json");
    let old = fs::read(&baseline).expect("read");
    // The folder stays root's (0755); the files are nobody's.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    for name in ["baseline.json", "doc.md", "message-guide.yml"] {
        std::os::unix::fs::chown(dir.path().join(name), Some(65534), Some(65534)).expect("chown");
    }
    write(dir.path(), "doc.md", "Ask client 1.\nAsk client 2.\n");
    let run = output(as_nobody(
        dir.path(),
        &["check", "--write-baseline", "baseline.json", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("cannot write baseline baseline.json"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fs::read(&baseline).expect("read"), old);
}

/// `report --out` is replaced atomically too, and a device it cannot write fails the run.
#[test]
fn a_failed_report_write_keeps_the_old_report() {
    let dir = project();
    let report = dir.path().join("report.md");
    let old = "An earlier report\n";
    fs::write(&report, old).expect("write");
    let mut cmd = onmessage(dir.path(), &["report", "--out", "report.md", "doc.md"]);
    limit_file_size(&mut cmd, old.len() as u64);
    let run = output(&mut cmd);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("cannot write report.md"),
        "{}",
        stderr(&run)
    );
    assert_eq!(fs::read_to_string(&report).expect("read"), old);
    assert_eq!(
        names(dir.path()),
        [".git", "doc.md", "message-guide.yml", "report.md"]
    );

    let run = output(onmessage(
        dir.path(),
        &["report", "--out", "/dev/full", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("cannot write /dev/full"),
        "{}",
        stderr(&run)
    );
    let run = output(onmessage(
        dir.path(),
        &["report", "--out", "/dev/null", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    // A FIFO is refused at once instead of waiting for a reader.
    let fifo = dir.path().join("fifo");
    common::mkfifo(&fifo);
    let run = output(onmessage(
        dir.path(),
        &["report", "--out", "fifo", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(2));
    assert!(
        stderr(&run).contains("cannot write fifo: it is not a regular file"),
        "{}",
        stderr(&run)
    );
    let run = output(onmessage(
        dir.path(),
        &["check", "--write-baseline", "fifo", "doc.md"],
    ));
    assert_eq!(run.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// Write errors on stdout

/// Every command whose output is lost to a full disk exits 2 and says so.
#[test]
fn a_full_stdout_fails_the_run() {
    let dir = project();
    let cases: &[&[&str]] = &[
        &["check", "--stdin", "--fix"],
        &["check", "--stdin", "--fix", "--diff"],
        &["check", "--format", "json", "doc.md"],
        &["check", "--format", "sarif", "doc.md"],
        &["check", "--format", "github", "doc.md"],
        &["check", "doc.md"],
        &["check", "--diff", "doc.md"],
        &["report", "doc.md"],
        &["report", "--format", "json", "doc.md"],
        &["rules"],
        &["explain", "banned-term"],
    ];
    for args in cases {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let mut cmd = onmessage(dir.path(), args);
        cmd.stdout(full);
        if args.contains(&"--stdin") {
            cmd.stdin(fs::File::open(dir.path().join("doc.md")).expect("open doc.md"));
        }
        let run = output(&mut cmd);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", stderr(&run));
        assert!(
            stderr(&run).contains("cannot write output: No space left on device"),
            "{args:?}: {}",
            stderr(&run)
        );
    }
    assert_eq!(
        fs::read_to_string(dir.path().join("doc.md")).expect("read"),
        OLD
    );
}

/// A reader that stops reading (`| head`) is no error: no message, the usual exit code.
#[test]
fn a_closed_pipe_stays_quiet() {
    let dir = project();
    // Far more output than a pipe holds, so writing surely meets the closed pipe.
    write(dir.path(), "doc.md", OLD.repeat(2000));
    let mut child = onmessage(dir.path(), &["check", "--format", "json", "doc.md"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    drop(child.stdout.take());
    let run = child.wait_with_output().expect("wait");
    assert_no_panic("", &stderr(&run));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(stderr(&run), "");
}

// ---------------------------------------------------------------------------------------------
// Signals

fn send(child: &std::process::Child, signal: libc::c_int) {
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // SAFETY: a signal to our own child, not yet reaped.
    unsafe { libc::kill(pid, signal) };
}

/// SIGINT at many moments of a `--fix` of many files: each file is exactly old or new, and no
/// temporary file is left, whenever the signal lands.
#[test]
fn an_interrupted_fix_leaves_every_file_old_or_new() {
    const FILES: usize = 300;
    let mut outcomes = Vec::new();
    for delay_ms in [0u64, 10, 50, 100, 150, 200, 300, 500, 800] {
        let dir = git_tempdir();
        write(dir.path(), "message-guide.yml", GUIDE);
        for i in 0..FILES {
            write(dir.path(), &format!("docs/{i:03}.md"), OLD);
        }
        let child = onmessage(dir.path(), &["check", "--fix", "docs"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        std::thread::sleep(Duration::from_millis(delay_ms));
        send(&child, libc::SIGINT);
        let run = child.wait_with_output().expect("wait");
        assert_no_panic("", &stderr(&run));
        // Done before the signal, stopped by the cleanup, or stopped before any file was
        // written (the handler is installed with the first temporary file).
        let status = run.status;
        assert!(
            matches!(status.code(), Some(0 | 130)) || status.signal() == Some(libc::SIGINT),
            "{status:?}: {}",
            stderr(&run)
        );
        outcomes.push(status);
        let docs = dir.path().join("docs");
        let expected: Vec<String> = (0..FILES).map(|i| format!("{i:03}.md")).collect();
        assert_eq!(
            names(&docs),
            expected,
            "only the documents, no temporary file"
        );
        for name in &expected {
            let text = fs::read_to_string(docs.join(name)).expect("read");
            assert!(
                text == OLD || text == NEW,
                "{name} is neither old nor new: {text:?}"
            );
        }
    }
    eprintln!("outcomes by delay: {outcomes:?}");
}

/// A repository whose extraction blocks: a smudge filter that sleeps holds `git checkout-index`
/// inside the temporary tree until the signal comes.
fn slow_repository() -> tempfile::TempDir {
    let dir = project();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir.path())
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    };
    for i in 0..50 {
        write(dir.path(), &format!("more/{i}.md"), OLD);
    }
    git(&["add", "."]);
    git(&["commit", "--quiet", "-m", "one"]);
    write(dir.path(), ".git/info/attributes", "*.md filter=slow\n");
    git(&["config", "filter.slow.smudge", "sleep 3; cat"]);
    dir
}

/// `report --since` stopped by SIGTERM or SIGINT while git extracts the old tree removes the
/// tree from $TMPDIR and exits 143 or 130.
#[test]
fn a_signal_during_report_since_removes_the_tree() {
    for (signal, code) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let dir = slow_repository();
        let tmp = tempfile::tempdir().expect("temp dir");
        let child = onmessage(dir.path(), &["report", "--since", "HEAD"])
            .env("TMPDIR", tmp.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        // Wait (bounded) until git is filling the tree: its index is written first.
        let started = Instant::now();
        let extracting = || {
            names(tmp.path())
                .iter()
                .any(|name| tmp.path().join(name).join("index").exists())
        };
        while !extracting() && started.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(extracting(), "the tree is being extracted");
        send(&child, signal);
        let run = child.wait_with_output().expect("wait");
        assert_no_panic("", &stderr(&run));
        assert_eq!(run.status.code(), Some(code), "{}", stderr(&run));
        assert_eq!(
            names(tmp.path()),
            Vec::<String>::new(),
            "nothing left in TMPDIR"
        );
    }
}

/// Unstopped, the same report leaves nothing in $TMPDIR either.
#[test]
fn report_since_cleans_up_after_itself() {
    let dir = project();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir.path())
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    };
    git(&["add", "."]);
    git(&["commit", "--quiet", "-m", "one"]);
    let tmp = tempfile::tempdir().expect("temp dir");
    let run =
        output(onmessage(dir.path(), &["report", "--since", "HEAD"]).env("TMPDIR", tmp.path()));
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(names(tmp.path()), Vec::<String>::new());
}
