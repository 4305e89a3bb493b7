//! Shrinking a failing case to a minimal reproducer: delete chunks of the document, then lines
//! and bytes of the guide, halving the chunk size down to one byte, keeping each deletion that
//! still fails the same way (same stage, invariant and panic location).

use super::oracle::{check_case, Case, Failure};

/// Shrink `case`, which fails with `failure`, using at most `budget` re-runs.
pub fn minimize(case: &Case, failure: &Failure, budget: usize) -> (Case, Failure) {
    let signature = failure.signature();
    let mut best = (case.clone(), failure.clone());
    let runs = std::cell::Cell::new(0);
    // A slow case is minimised for a minute at most.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut still_fails = |candidate: &Case| -> Option<Failure> {
        runs.set(runs.get() + 1);
        if runs.get() > budget || std::time::Instant::now() > deadline {
            return None;
        }
        match check_case(candidate) {
            Err(f) if f.signature() == signature => Some(f),
            _ => None,
        }
    };
    // A built-in guide is simpler than any guide.
    if best.0.guide.is_some() {
        let candidate = Case {
            guide: None,
            ..best.0.clone()
        };
        if let Some(f) = still_fails(&candidate) {
            best = (candidate, f);
        }
    }
    loop {
        let before = (best.0.doc.len(), best.0.guide.as_ref().map_or(0, Vec::len));
        shrink_bytes(&mut best, &mut still_fails, |c| &mut c.doc);
        if best.0.guide.is_some() {
            shrink_lines(&mut best, &mut still_fails);
            shrink_bytes(&mut best, &mut still_fails, |c| {
                c.guide.get_or_insert_with(Vec::new)
            });
        }
        let after = (best.0.doc.len(), best.0.guide.as_ref().map_or(0, Vec::len));
        if after == before || runs.get() > budget || std::time::Instant::now() > deadline {
            return best;
        }
    }
}

fn shrink_bytes(
    best: &mut (Case, Failure),
    still_fails: &mut impl FnMut(&Case) -> Option<Failure>,
    field: impl Fn(&mut Case) -> &mut Vec<u8>,
) {
    let mut chunk = field(&mut best.0.clone()).len().max(1);
    while chunk >= 1 {
        let mut at = 0;
        while at < field(&mut best.0.clone()).len() {
            let mut candidate = best.0.clone();
            let bytes = field(&mut candidate);
            let end = (at + chunk).min(bytes.len());
            bytes.drain(at..end);
            match still_fails(&candidate) {
                Some(f) => *best = (candidate, f),
                None => at += chunk,
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
}

fn shrink_lines(
    best: &mut (Case, Failure),
    still_fails: &mut impl FnMut(&Case) -> Option<Failure>,
) {
    let mut i = 0;
    loop {
        let guide = best.0.guide.clone().unwrap_or_default();
        let lines: Vec<&[u8]> = guide.split_inclusive(|&b| b == b'\n').collect();
        if i >= lines.len() {
            return;
        }
        let mut candidate = best.0.clone();
        candidate.guide = Some(
            lines
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != i)
                .flat_map(|(_, l)| l.iter().copied())
                .collect(),
        );
        match still_fails(&candidate) {
            Some(f) => *best = (candidate, f),
            None => i += 1,
        }
    }
}

/// A case as Rust string literals, for a report or an issue.
pub fn describe(case: &Case, failure: &Failure) -> String {
    let guide = match &case.guide {
        None => "(built-in packs)".to_string(),
        Some(g) => literal(g),
    };
    format!(
        "{}\n  path: {:?}\n  guide: {guide}\n  document: {}\n  detail: {}",
        failure.signature(),
        case.path,
        literal(&case.doc),
        failure.detail
    )
}

/// Bytes as a Rust literal: a string when they are UTF-8, else a byte string.
pub fn literal(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => format!("{text:?}"),
        Err(_) => format!("b\"{}\"", bytes.escape_ascii()),
    }
}
