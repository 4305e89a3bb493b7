//! Changed lines: which lines of which files a change added or modified, from `git diff`
//! output, so a pull request check reports only what the pull request introduced.

use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

/// Lines added or changed per file (paths relative to the repository root), and files that
/// changed as a whole (untracked).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ChangedLines {
    lines: HashMap<PathBuf, Vec<RangeInclusive<usize>>>,
    /// Files with any hunk, deletions included.
    touched: HashSet<PathBuf>,
    whole: HashSet<PathBuf>,
}

impl ChangedLines {
    /// Parse `git diff --unified=0` output (with the `b/` destination prefix).
    pub fn from_diff(diff: &str) -> Self {
        let mut changed = ChangedLines::default();
        let mut current: Option<PathBuf> = None;
        for line in diff.lines() {
            if let Some(target) = line.strip_prefix("+++ ") {
                let target = unquote(target.trim_end_matches('\t'));
                current = target.strip_prefix("b/").map(PathBuf::from);
                if let Some(path) = &current {
                    changed.lines.entry(path.clone()).or_default();
                }
            } else if let (Some(rest), Some(path)) = (line.strip_prefix("@@ "), &current) {
                changed.touched.insert(path.clone());
                if let Some(range) = added_range(rest) {
                    changed.lines.entry(path.clone()).or_default().push(range);
                }
            }
        }
        changed
    }

    /// Mark files as wholly changed (untracked files).
    pub fn add_whole_files(&mut self, paths: impl IntoIterator<Item = PathBuf>) {
        self.whole.extend(paths);
    }

    /// Whether `line` (1-based) of `path` (relative to the repository root) was added or changed.
    pub fn contains(&self, path: &Path, line: usize) -> bool {
        self.whole.contains(path)
            || self
                .lines
                .get(path)
                .is_some_and(|ranges| ranges.iter().any(|r| r.contains(&line)))
    }

    /// Whether the file changed at all, deletions included (for findings about a whole file).
    pub fn file_changed(&self, path: &Path) -> bool {
        self.whole.contains(path) || self.touched.contains(path)
    }
}

/// The new-side range of a hunk header `-a,b +c,d @@ …`; `None` for pure deletions.
fn added_range(header: &str) -> Option<RangeInclusive<usize>> {
    let plus = header
        .split_whitespace()
        .find(|part| part.starts_with('+'))?;
    let mut numbers = plus[1..].split(',');
    let start: usize = numbers.next()?.parse().ok()?;
    let count: usize = numbers.next().map_or(Some(1), |n| n.parse().ok())?;
    (count > 0).then(|| start..=start + count - 1)
}

/// Undo git's C-style quoting of unusual paths (`"b/na\303\257ve.md"`).
fn unquote(path: &str) -> String {
    let Some(inner) = path.strip_prefix('"').and_then(|p| p.strip_suffix('"')) else {
        return path.to_string();
    };
    let mut bytes = Vec::with_capacity(inner.len());
    let mut chars = inner.bytes().peekable();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match chars.next() {
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(d @ b'0'..=b'7') => {
                let mut value = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(&next @ b'0'..=b'7') = chars.peek() {
                        value = value * 8 + u32::from(next - b'0');
                        chars.next();
                    }
                }
                bytes.push(value as u8);
            }
            Some(other) => bytes.push(other),
            None => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIFF: &str = "diff --git a/docs/a.md b/docs/a.md\nindex 1..2 100644\n--- a/docs/a.md\n+++ b/docs/a.md\n@@ -3 +3 @@ x\n-old\n+new\n@@ -10,0 +11,2 @@\n+one\n+two\n@@ -20,2 +21,0 @@\n-gone\n-gone\ndiff --git a/old.md b/new name.md\nsimilarity index 90%\nrename from old.md\nrename to new name.md\n--- a/old.md\n+++ b/new name.md\n@@ -1 +1 @@\n-a\n+b\n--- a/\"caf\\303\\251.md\"\n+++ \"b/caf\\303\\251.md\"\n@@ -0,0 +1 @@\n+x\n";

    #[test]
    fn parses_added_and_changed_lines_only() {
        let changed = ChangedLines::from_diff(DIFF);
        let a = Path::new("docs/a.md");
        assert!(changed.contains(a, 3));
        assert!(changed.contains(a, 11) && changed.contains(a, 12));
        assert!(!changed.contains(a, 13) && !changed.contains(a, 21) && !changed.contains(a, 1));
        assert!(changed.contains(Path::new("new name.md"), 1));
        assert!(changed.contains(Path::new("café.md"), 1));
        assert!(changed.file_changed(a));
        assert!(!changed.file_changed(Path::new("other.md")));
    }

    #[test]
    fn whole_files_count_everywhere() {
        let mut changed = ChangedLines::default();
        changed.add_whole_files([PathBuf::from("new.md")]);
        assert!(changed.contains(Path::new("new.md"), 999));
        assert!(changed.file_changed(Path::new("new.md")));
    }
}
