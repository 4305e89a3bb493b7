//! What the latency benchmarks (`server_latency`, `page_latency`) share: their common options,
//! a document of about N words made of real Markdown pages, and the figures of the times
//! measured on it.
#![allow(dead_code)]

use std::path::PathBuf;

/// The options both benchmarks take.
pub struct Common {
    pub server: PathBuf,
    pub guide: PathBuf,
    pub words: usize,
    pub edits: usize,
    pub warmup: usize,
    pub label: String,
    pub sources: Vec<PathBuf>,
}

/// The command line: the common options, and through `extra` (given the option and a way to take
/// its value; `Ok(false)` when it is not one of its own) those of one benchmark. `usage` is
/// printed when `--guide` or the sources are missing.
pub fn parse_options(
    words: usize,
    usage: &str,
    mut extra: impl FnMut(&str, &mut dyn FnMut() -> Result<String, String>) -> Result<bool, String>,
) -> Result<Common, String> {
    let mut o = Common {
        server: PathBuf::from("target/release/onmessage"),
        guide: PathBuf::new(),
        words,
        edits: 200,
        warmup: 10,
        label: String::new(),
        sources: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |v: String| v.parse::<usize>().map_err(|e| format!("{v}: {e}"));
        match arg.as_str() {
            "--server" => o.server = value()?.into(),
            "--guide" => o.guide = value()?.into(),
            "--words" => o.words = number(value()?)?,
            "--edits" => o.edits = number(value()?)?,
            "--warmup" => o.warmup = number(value()?)?,
            "--label" => o.label = value()?,
            _ if arg.starts_with("--") => {
                if !extra(&arg, &mut value)? {
                    return Err(format!("unknown option {arg}"));
                }
            }
            _ => o.sources.push(arg.into()),
        }
    }
    if o.guide.as_os_str().is_empty() || o.sources.is_empty() {
        return Err(format!("usage: {usage}"));
    }
    Ok(o)
}

/// The figures of the timed edits (milliseconds) as the benchmarks print them.
pub fn timing(times: &[f64], warmup: usize) -> serde_json::Map<String, serde_json::Value> {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let figures = serde_json::json!({
        "edits": times.len(),
        "warmup": warmup,
        "p50_ms": percentile(&sorted, 50.0),
        "p95_ms": percentile(&sorted, 95.0),
        "max_ms": sorted.last().copied().unwrap_or_default(),
        "mean_ms": times.iter().sum::<f64>() / times.len().max(1) as f64,
    });
    match figures {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// The Markdown files under `sources`, in sorted order.
pub fn markdown_files(sources: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = sources.iter().rev().cloned().collect();
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            let mut children: Vec<PathBuf> = std::fs::read_dir(&path)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            children.sort();
            stack.extend(children.into_iter().rev());
        } else if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    files
}

/// Whole files (front matter dropped), in order and again from the first when they run out,
/// until the text holds `words` words; a file that would overshoot by more than a tenth is
/// passed over, so the size stays close to the target.
pub fn build_document(sources: &[PathBuf], words: usize) -> Result<String, String> {
    let bodies: Vec<String> = markdown_files(sources)
        .iter()
        .filter_map(|file| std::fs::read_to_string(file).ok())
        .map(|body| strip_front_matter(&body).trim_end().to_string())
        .collect();
    let mut text = String::new();
    let mut count = 0;
    loop {
        let before = count;
        for body in &bodies {
            let n = body.split_whitespace().count();
            if count + n > words + words / 10 {
                continue;
            }
            text.push_str(body);
            text.push_str("\n\n");
            count += n;
            if count >= words {
                return Ok(text);
            }
        }
        if count == before {
            return Err(format!(
                "the sources make only {count} words, {words} wanted"
            ));
        }
    }
}

pub fn strip_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}

/// The `p`th percentile of sorted times (nearest rank).
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}
