//! The page's guide, always in step with its file: looked at before each request and reloaded
//! when it changed. A guide saved broken leaves the last valid one in use, with its error shown
//! on the page until the file is valid again.

use crate::compiled::CompiledGuide;
use crate::guide::GuideError;
use crate::guide_set::{GuideSet, GuideSetError};
use miette::{GraphicalReportHandler, GraphicalTheme};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// What identifies one version of the guide file on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// The guides a request checks with, and the error of the file's current version if it is
/// broken.
#[derive(Clone)]
pub struct Current {
    pub guides: Arc<GuideSet>,
    pub guide: Arc<CompiledGuide>,
    /// The guide file as the page names it; none for the built-in packs.
    pub file: Option<String>,
    pub error: Option<String>,
}

struct State {
    stamp: Option<Stamp>,
    current: Current,
}

/// Why the page could not start with its guide.
#[derive(Debug)]
pub enum StartError {
    Set(GuideSetError),
    Guide(Arc<GuideError>),
}

pub struct LiveGuide {
    /// The guide file; none: the built-in packs, which never change.
    path: Option<PathBuf>,
    /// The folder its globs are relative to.
    root: PathBuf,
    state: Mutex<State>,
}

impl LiveGuide {
    /// The guide `--guide` names, or the one that applies to a file in `folder` (the nearest
    /// `message-guide.yml`, or the built-in packs). An invalid guide at start is an error.
    pub fn start(guide: Option<&Path>, folder: &Path) -> Result<Self, StartError> {
        let set = match guide {
            Some(path) => GuideSet::fixed(path),
            None => GuideSet::discover(),
        }
        .map_err(StartError::Set)?;
        let resolved = set.for_path(&folder.join("draft.md"));
        let compiled = resolved.guide.map_err(StartError::Guide)?;
        let path = compiled.path.clone();
        let root = compiled.root.clone();
        let guides = Arc::new(GuideSet::of_guide(compiled.clone()).map_err(StartError::Set)?);
        Ok(LiveGuide {
            state: Mutex::new(State {
                stamp: path.as_deref().and_then(Stamp::of),
                current: Current {
                    guides,
                    guide: compiled,
                    file: path.as_deref().map(shown),
                    error: None,
                },
            }),
            path,
            root,
        })
    }

    /// The guide to check with now: reloaded first if its file changed since it was read.
    pub fn current(&self) -> Current {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(path) = &self.path {
            let stamp = Stamp::of(path);
            if stamp != state.stamp {
                state.stamp = stamp;
                match CompiledGuide::load_with_root(path, self.root.clone()) {
                    Ok(guide) => {
                        let guide = Arc::new(guide);
                        if let Ok(guides) = GuideSet::of_guide(guide.clone()) {
                            state.current.guides = Arc::new(guides);
                            state.current.guide = guide;
                            state.current.error = None;
                        }
                    }
                    Err(err) => state.current.error = Some(render(&err)),
                }
            }
        }
        state.current.clone()
    }
}

/// A path as the page shows it: relative to the current folder when it is inside it.
fn shown(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative
        .as_deref()
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// A guide error as the terminal shows it (line, column, the offending line, "did you mean"),
/// without colours: the page shows it as plain text.
pub fn render(err: &GuideError) -> String {
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor());
    if handler.render_report(&mut out, err).is_err() {
        out = err.to_string();
    }
    out
}
