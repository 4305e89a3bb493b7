//! Timelines: an incident report's or an event's entries open with a clock time ("- 20:17 UTC:
//! All requests updating the index begin to take 10+ seconds", "**14:05** – doors open"). What
//! an entry says happened at that time is a log of events, not a claim the copy makes.

/// Whether `at` lies on a line that opens, after a list marker or emphasis, with a clock time
/// (`H:MM` or `HH:MM`, seconds allowed) followed, after at most a time zone or "am"/"pm", by a
/// separator (`:`, `-`, `–`, `—`, `|`).
pub(super) fn in_timeline_entry(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..at];
    let rest = line.trim_start_matches([' ', '\t', '-', '*', '+', '>', '_']);
    let Some(after_time) = clock_time(rest) else {
        return false;
    };
    let zone = after_time
        .trim_start_matches(['*', '_'])
        .trim_start_matches(' ');
    let zone_len = zone
        .bytes()
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'.')
        .count();
    if zone_len > 5 {
        return false;
    }
    zone[zone_len..]
        .trim_start_matches(['*', '_', ' ', ')'])
        .starts_with([':', '-', '–', '—', '|'])
}

/// The text after a clock time at the start of `text`, if it opens with one.
fn clock_time(text: &str) -> Option<&str> {
    let text = text.strip_prefix('(').unwrap_or(text);
    let bytes = text.as_bytes();
    let hours = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) || bytes.get(hours) != Some(&b':') {
        return None;
    }
    let minutes = |from: usize| {
        bytes
            .get(from..from + 2)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && !bytes.get(from + 2).is_some_and(u8::is_ascii_digit)
    };
    if !minutes(hours + 1) {
        return None;
    }
    let mut end = hours + 3;
    if bytes.get(end) == Some(&b':') && minutes(end + 1) {
        end += 3;
    }
    Some(&text[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str, figure: &str) -> bool {
        in_timeline_entry(text, text.find(figure).unwrap_or_default())
    }

    /// "Update on the crates.io incident" on the Rust blog (rust-lang/blog.rust-lang.org, MIT
    /// or Apache-2.0).
    #[test]
    fn an_entry_opening_with_a_clock_time_is_a_log() {
        let text = "## Timeline of events\n\n- 20:09 UTC: The GitHub user `cratesio` registers an account\n- 20:17 UTC: All requests updating the index begin to take 10+ seconds\n";
        assert!(entry(text, "10+ seconds"));
        assert!(entry(
            "**14:05** – 300 people join the keynote",
            "300 people"
        ));
        assert!(entry("09:30:15 | 5,000 users online", "5,000 users"));
        assert!(entry("* 10:00 am: doors open for 500 guests", "500 guests"));
    }

    #[test]
    fn other_lines_are_not() {
        assert!(!entry(
            "Nimbus serves 10,000 teams at 20:17 UTC.",
            "10,000 teams"
        ));
        assert!(!entry("- 24/7: support for 10,000 teams", "10,000 teams"));
        assert!(!entry("- 3:1 ratio for 500 teams", "500 teams"));
        assert!(!entry("- 20:17 and then 100 teams", "100 teams"));
        assert!(!entry("- 123:45 UTC: 100 teams", "100 teams"));
        assert!(!entry("- 20:17 Pacific Standard: 100 teams", "100 teams"));
    }
}
