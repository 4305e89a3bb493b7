//! Drafts for the latency benchmarks (`server_latency`, `page_latency`): a document of about
//! N words made of real Markdown pages, and percentiles of the times measured on it.
#![allow(dead_code)]

use std::path::PathBuf;

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
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}
