//! Which folders the scorecard groups files by: the guide-relative folder of each file cut at
//! the depth where the tree branches (a chain of single folders, such as
//! `apps/web/src/content/blog/en/`, is one row only when nothing branches below it), or at the
//! depth `--depth` asks for.

use super::measure::{OUTSIDE_FOLDER, TOP_FOLDER};

/// The folders of a guide-relative folder path ("a/b/c" → a, b, c; none for the top folder).
fn parts(folder: &str) -> Vec<&str> {
    if folder == TOP_FOLDER || folder == OUTSIDE_FOLDER {
        Vec::new()
    } else {
        folder.split('/').collect()
    }
}

/// The depth where the tree of `folders` branches: the first depth at which the files do not
/// all share their folders, or at which some file sits directly (at least 1).
pub fn branching_depth<'a>(folders: impl Iterator<Item = &'a str> + Clone) -> usize {
    let mut depth = 1;
    loop {
        let mut shared: Option<&[&str]> = None;
        let all: Vec<Vec<&str>> = folders.clone().map(parts).collect();
        let deeper = all.iter().all(|p| {
            if p.len() <= depth {
                return false;
            }
            match shared {
                None => {
                    shared = Some(&p[..depth]);
                    true
                }
                Some(prefix) => prefix == &p[..depth],
            }
        });
        if !deeper || all.is_empty() {
            return depth;
        }
        depth += 1;
    }
}

/// The row a file of `folder` is counted in at `depth`: its first `depth` folders.
pub fn group(folder: &str, depth: usize) -> String {
    let p = parts(folder);
    if p.is_empty() {
        return folder.to_string();
    }
    p[..depth.min(p.len())].join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_folder_chains_are_skipped_until_the_tree_branches() {
        let blog = ["apps/web/src/blog/en", "apps/web/src/blog/de"];
        assert_eq!(branching_depth(blog.iter().copied()), 5);
        assert_eq!(group("apps/web/src/blog/en", 5), "apps/web/src/blog/en");
        // One folder for all: the chain itself is the one row.
        let one = ["apps/web/blog", "apps/web/blog"];
        assert_eq!(branching_depth(one.iter().copied()), 3);
        // Top-level folders that differ, or a file directly in the guide's folder: depth 1.
        let top = ["sales/calls", "notes"];
        assert_eq!(branching_depth(top.iter().copied()), 1);
        let with_top = ["apps/web", TOP_FOLDER];
        assert_eq!(branching_depth(with_top.iter().copied()), 1);
        assert_eq!(group(TOP_FOLDER, 3), TOP_FOLDER);
        assert_eq!(group("sales/calls/2024", 2), "sales/calls");
        assert_eq!(group("sales", 2), "sales");
    }
}
