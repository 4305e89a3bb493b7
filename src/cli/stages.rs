//! The baseline file for `--baseline` and `--write-baseline`: read it (errors said before any
//! work) or write it atomically. The baseline and changed-lines stages themselves are the
//! library's ([`onmessage::pipeline::filters`]).

use onmessage::pipeline::filters::baseline_of;
use onmessage::pipeline::{Item, LoadedBaseline};
use std::path::Path;

/// Write a baseline of `items` to `file`, atomically: a failed write leaves the old one whole.
pub fn write_baseline(file: &Path, items: &[Item]) -> Result<usize, String> {
    let baseline = baseline_of(file, items);
    super::write::write_file(file, baseline.to_json().as_bytes())
        .map_err(|err| format!("cannot write baseline {}: {err}", file.display()))?;
    Ok(baseline.entries.iter().map(|e| e.count).sum())
}

/// Read, parse and index the baseline file.
pub fn load_baseline(file: &Path) -> Result<LoadedBaseline, String> {
    let name = file.display().to_string();
    // A FIFO or a device named as the baseline is refused, not waited on or read forever.
    let bytes = onmessage::limits::read_regular_file(file, onmessage::limits::MAX_BASELINE_BYTES)
        .map_err(|err| format!("cannot read baseline {name}: {err}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("cannot read baseline {name}: it is not UTF-8"))?;
    LoadedBaseline::parse(file, &text).map_err(|err| err.to_string())
}
