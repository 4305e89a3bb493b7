//! Warnings about approved claims that work, but not as their writer likely means.

use crate::guide::Problem;
use crate::guide_path;
use crate::matchers::claims::{find_approved_claims, ClaimMatch};

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

/// The help for an approved entry that holds no claim. A round number in the plural ("1000s of
/// writes/s", "100s of teams") names no figure, as "thousands of" does not, and is never read as
/// a claim in copy either: the help offers the entry with the number as a lower bound ("1000+
/// writes/s"), when that reads as a claim.
pub fn no_claim_help(entry: &str) -> String {
    const GENERAL: &str =
        "a claim is a number with what it counts: \"30-day returns\", \"$500 off\"";
    let Some((digits, at, end)) = plural_round_number(entry) else {
        return GENERAL.to_string();
    };
    let rewritten = format!("{}{digits}+ {}", &entry[..at], &entry[end..]);
    if find_approved_claims(&rewritten).is_empty() {
        return GENERAL.to_string();
    }
    format!(
        "`{}` names no number, as \"thousands of\" does not, and copy that says it is no claim either; state the figure: did you mean `{rewritten}`?",
        &entry[at..end].trim_end(),
    )
}

/// The first "<digits>s of " in `entry` (digits not part of a longer token): the digits, and
/// where the phrase starts and ends.
fn plural_round_number(entry: &str) -> Option<(&str, usize, usize)> {
    let bytes = entry.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_token = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if !(bytes[i].is_ascii_digit() && starts_token) {
            i += 1;
            continue;
        }
        let digits_end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = &entry[digits_end..];
        if let Some(after) = rest.strip_prefix("s of ") {
            return Some((&entry[i..digits_end], i, entry.len() - after.len()));
        }
        i = digits_end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::no_claim_help;
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

    #[test]
    fn a_round_number_in_the_plural_is_offered_as_a_lower_bound() {
        // The etcd blog's benchmark line, as a guide might approve it.
        let help = no_claim_help("Benchmarked at 1000s of writes/s per instance");
        assert!(
            help.contains("did you mean `Benchmarked at 1000+ writes/s per instance`?"),
            "{help}"
        );
        assert!(help.starts_with("`1000s of` names no number"), "{help}");
        assert!(no_claim_help("Trusted by 100s of teams").contains("`Trusted by 100+ teams`"));
    }

    #[test]
    fn other_entries_get_the_general_help() {
        for entry in [
            "fast shipping",
            "Node 20",
            "v2s of",
            "a1000s of users",
            "1000s of",
        ] {
            assert!(
                no_claim_help(entry).starts_with("a claim is a number with what it counts"),
                "{entry}: {}",
                no_claim_help(entry)
            );
        }
    }
}
