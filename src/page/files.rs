//! The page's third view, with `onmessage serve PATH`: the content folder's files with their
//! scores and findings, as `report` measures them, each openable in the check view. Read-only:
//! a file is read only if the walk listed it, and nothing is ever written.

use super::draft::score_of;
use crate::document::Kind;
use crate::guide_set::GuideSet;
use crate::pipeline::source;
use crate::scorecard::measure::measure;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// The files to list, walked anew for each listing (as `check` walks them: ignore files,
/// hidden files, the checked extensions); given by the binary, which owns the walk.
pub type FileLister = Arc<dyn Fn() -> Vec<Listed> + Send + Sync>;

/// One file the walk found.
#[derive(Debug, Clone)]
pub struct Listed {
    /// As `check` names it (no leading `./`).
    pub display: String,
    pub path: PathBuf,
    pub kind: Kind,
}

#[derive(Debug, Serialize)]
pub struct FileRow {
    /// As `check` names it.
    pub path: String,
    pub channel: Option<String>,
    pub audience: Option<String>,
    pub words: usize,
    pub score: Option<f64>,
    pub errors: usize,
    pub warnings: usize,
    /// Why it was not scored (ignored by the guide, unreadable, not text).
    pub not_checked: Option<String>,
}

/// Every listed file, measured.
pub fn rows(guides: &GuideSet, lister: &FileLister) -> Vec<FileRow> {
    lister()
        .into_iter()
        .filter(|listed| !left_out(guides, listed))
        .map(|listed| row(guides, &listed))
        .collect()
}

/// A site template its guide's `include` does not name: not listed, as `check` does not read it.
fn left_out(guides: &GuideSet, listed: &Listed) -> bool {
    listed.kind.needs_include()
        && source::resolve(guides, &listed.path)
            .is_ok_and(|(guide, _)| source::left_out(&guide, &listed.path, listed.kind, false))
}

fn row(guides: &GuideSet, listed: &Listed) -> FileRow {
    let (file, path) = (listed.path.as_path(), listed.display.clone());
    let unscored = |why: String| FileRow {
        path: path.clone(),
        channel: None,
        audience: None,
        words: 0,
        score: None,
        errors: 0,
        warnings: 0,
        not_checked: Some(why),
    };
    let guide = match source::resolve(guides, file) {
        Ok((guide, _)) => guide,
        Err(source::NotChecked::Ignored) => return unscored("ignored by the guide".into()),
        Err(source::NotChecked::BadGuide(err)) => return unscored(err.to_string()),
        Err(source::NotChecked::Unreadable(why) | source::NotChecked::NoText(why)) => {
            return unscored(why)
        }
    };
    let bytes = match source::read(file) {
        Ok(bytes) => bytes,
        Err(source::NotChecked::Unreadable(why)) => return unscored(why),
        Err(_) => return unscored("cannot be read".into()),
    };
    let text = match source::text(listed.kind, &bytes) {
        Ok(text) => text,
        Err(source::NotChecked::Unreadable(why) | source::NotChecked::NoText(why)) => {
            return unscored(why)
        }
        Err(_) => return unscored("cannot be read".into()),
    };
    let doc = text.document(listed.kind);
    if let Some(source::NotChecked::Unreadable(why)) = source::unparsed(&doc) {
        return unscored(why);
    }
    let measured = measure(&doc, &path, Some(file), &guide);
    let relative = guide.relative_path(file);
    let audience = relative
        .as_deref()
        .and_then(|r| guide.audience_for(r))
        .map(|i| guide.audiences[i].name.clone());
    FileRow {
        channel: measured.channel.map(|i| guide.channels[i].name.clone()),
        audience,
        words: measured.words,
        score: score_of(&measured),
        errors: measured.errors,
        warnings: measured.warnings,
        not_checked: None,
        path,
    }
}

/// The text of a listed file, for the check view; none for a path the walk does not list, or a
/// file `check` leaves out (a site template, JSON or YAML file `include` does not name, a guide).
pub fn text(guides: &GuideSet, lister: &FileLister, wanted: &str) -> Option<String> {
    let listed = lister()
        .into_iter()
        .find(|l| l.display == wanted)
        .filter(|l| !left_out(guides, l))?;
    let bytes = source::read(&listed.path).ok()?;
    source::text(listed.kind, &bytes)
        .ok()
        .map(|text| text.as_str().to_string())
}
