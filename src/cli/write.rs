//! Writing fixed files without ever losing a writer's text: refuse read-only files and folders
//! by their mode, write a temporary file beside the original, keep its permissions, check the
//! original did not change meanwhile, then rename over it. Symlinks are written through.

use std::fs;
use std::io::Write;
use std::path::Path;

/// Replace the contents of `path` (which held `original` when it was read) with `fixed`;
/// `shown` names the file in messages.
pub fn write_fixed(path: &Path, shown: &str, original: &[u8], fixed: &str) -> Result<(), String> {
    // Write through a symlink to the file it points at, leaving the link in place.
    let target = fs::canonicalize(path).map_err(|err| format!("cannot fix {shown}: {err}"))?;
    let meta = fs::metadata(&target).map_err(|err| format!("cannot fix {shown}: {err}"))?;
    let folder = target
        .parent()
        .ok_or_else(|| format!("cannot fix {shown}: it has no folder"))?;
    let folder_meta = fs::metadata(folder).map_err(|err| format!("cannot fix {shown}: {err}"))?;
    // Root may write anything; the mode says what the owner meant.
    if !writable(&meta) {
        return Err(format!("not fixing {shown}: the file is read-only"));
    }
    if !writable(&folder_meta) {
        return Err(format!("not fixing {shown}: its folder cannot be written"));
    }
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(".{name}.onmessage-{}.tmp", std::process::id()));
    let result = write_temp(&temp, fixed, &meta).and_then(|()| {
        let now = fs::read(&target).map_err(|err| err.to_string())?;
        if now != original {
            return Err("it changed on disk while it was being fixed".to_string());
        }
        fs::rename(&temp, &target).map_err(|err| err.to_string())
    });
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(|err| format!("not fixing {shown}: {err}"))
}

fn write_temp(temp: &Path, text: &str, meta: &fs::Metadata) -> Result<(), String> {
    let mut file = fs::File::create(temp).map_err(|err| err.to_string())?;
    file.write_all(text.as_bytes())
        .map_err(|err| err.to_string())?;
    file.sync_all().map_err(|err| err.to_string())?;
    fs::set_permissions(temp, meta.permissions()).map_err(|err| err.to_string())
}

#[cfg(unix)]
fn writable(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o222 != 0
}

#[cfg(not(unix))]
fn writable(meta: &fs::Metadata) -> bool {
    !meta.permissions().readonly()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_and_keeps_permissions() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.md");
        fs::write(&path, "old").expect("write");
        write_fixed(&path, "a.md", b"old", "new").expect("fixed");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        let leftovers = fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
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

    #[cfg(unix)]
    #[test]
    fn refuses_read_only_files_and_folders_by_mode() {
        use std::os::unix::fs::PermissionsExt;
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
