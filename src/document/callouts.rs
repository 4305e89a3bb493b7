//! Notes and callouts in blockquotes (`> [!NOTE]`, `> **Warning:**`): the writer's own words,
//! not quotations.

/// GitHub alert kinds (`> [!NOTE]`).
const ALERTS: [&str; 5] = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

/// Labels that open a note in a blockquote (`> **Note:** …`, `> Warning: …`), lowercase.
const LABELS: &[&str] = &[
    "note",
    "notes",
    "nb",
    "n.b.",
    "tip",
    "tips",
    "pro tip",
    "hint",
    "info",
    "information",
    "important",
    "warning",
    "caution",
    "danger",
    "attention",
    "heads up",
    "heads-up",
    "remember",
    "reminder",
    "example",
    "tl;dr",
    "tldr",
    "update",
    "updated",
    "edit",
    "disclaimer",
    "deprecated",
    "prerequisite",
    "prerequisites",
    "see also",
    "fyi",
    "summary",
    "todo",
];

/// Whether a blockquote is a note or callout rather than a quotation: a GitHub alert, a label
/// such as "**Note:**" or "Warning:" first, a symbol such as ⚠️ or 💡 first, or a first line
/// wholly in bold.
pub(super) fn is_callout(block: &str) -> bool {
    let Some(first) = block
        .lines()
        .map(|line| line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()))
        .find(|line| !line.is_empty())
    else {
        return true;
    };
    if let Some(rest) = first.strip_prefix("[!") {
        let kind = rest.split(']').next().unwrap_or("");
        return ALERTS.iter().any(|a| a.eq_ignore_ascii_case(kind));
    }
    if first.chars().next().is_some_and(is_symbol) {
        return true;
    }
    // A first line in bold is the writer's own emphasis: "**Only on Windows.**".
    let trimmed = first.trim_end();
    if trimmed.len() > 4 && trimmed.starts_with("**") && trimmed.ends_with("**") {
        return true;
    }
    // The label, after any emphasis markers: "**Note:**", "_Tip_ —", "NOTE:".
    let body = first.trim_start_matches(['*', '_']);
    let lower = body.to_lowercase();
    LABELS.iter().any(|label| {
        let Some(after) = lower.strip_prefix(label) else {
            return false;
        };
        // The label is a whole word: "Notebook" is no "Note".
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let written = body.get(..label.len()).unwrap_or("");
        let after = after.trim_start_matches(' ');
        after.is_empty()
            || after.starts_with([':', '*', '_', '!', '—', '–'])
            || after.starts_with("- ")
            || (*label == "note" && after.starts_with("that "))
            // "NOTE the …": a label in capitals needs no colon.
            || (written.len() > 1 && !written.chars().any(char::is_lowercase))
    })
}

/// Pictographs and signs a note starts with (ℹ️, ⚠️, 💡, 📝, ❗, ✅).
fn is_symbol(c: char) -> bool {
    matches!(c, '\u{2139}' | '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}
