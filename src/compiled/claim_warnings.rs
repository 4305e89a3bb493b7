//! Warnings about approved claims that work, but not as their writer likely means.

use crate::guide::Problem;
use crate::guide_path;
use crate::matchers::claims::ClaimMatch;

/// The warning for approved claim `i` (`entry`, with the figures `found` in it and the `period`
/// it states), if it is a bare duration ("1.36 seconds", "100ms"): a duration that times nothing
/// conflicts with every duration in its unit, in every file ("reduced from 30 seconds", "cold
/// start in 2 seconds"), which is right for a guide that means it ("100ms" as the latency of
/// everything) and a flood of false conflicts for one that meant a single benchmark. The
/// behaviour stays; the guide is told, at the entry, and shown how to name what it times. A
/// rate ("50 hours/month") conflicts only with figures per its period, and is no such entry.
pub fn duration_timing_nothing(
    i: usize,
    entry: &str,
    found: &[ClaimMatch],
    period: Option<&str>,
) -> Option<Problem> {
    if period.is_some() {
        return None;
    }
    let found = found.iter().find(|m| m.times_nothing())?;
    let figure = &entry[found.range.clone()];
    let unit = match found.claim.unit.as_str() {
        "ms" => "milliseconds".to_string(),
        unit => format!("{unit}s"),
    };
    Some(
        Problem::at(
            guide_path!["claims", "approved", i],
            format!("`{entry}` times nothing, so every duration in {unit}, in every file, conflicts with it"),
        )
        .with_help(format!(
            "name what it times right after the figure (\"{figure} build time\"): then only durations of that conflict with it"
        )),
    )
}

#[cfg(test)]
mod tests {
    use crate::compiled::CompiledGuide;

    /// The warnings the guide approving `approved` (a YAML list) loads with.
    fn warned(approved: &str) -> Vec<String> {
        let yaml = format!("version: 1\nclaims:\n  approved: {approved}\n");
        let guide = CompiledGuide::from_text("g.yml", &yaml, None, std::path::PathBuf::new())
            .expect("a valid guide");
        guide.warnings.into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn a_bare_duration_is_warned_about() {
        // Rspack's and Rsbuild's benchmark figures (MIT), approved as bare durations.
        assert_eq!(
            warned("[\"1.36 seconds\", \"100ms\", \"85% of plugins\"]"),
            [
                "`1.36 seconds` times nothing, so every duration in seconds, in every file, conflicts with it",
                "`100ms` times nothing, so every duration in milliseconds, in every file, conflicts with it",
            ]
        );
    }

    #[test]
    fn a_duration_that_names_what_it_times_is_not() {
        assert!(warned(
            "[\"1.36 seconds build time\", \"30-day returns\", \"a free 14-day trial\", \"99.9% uptime\", \"50 hours/month\"]"
        )
        .is_empty());
    }
}
