//! The clause around a figure as the claim signals read it: its words, lowercase, as
//! " word word … " so that phrases match as whole words.

/// How many words before and after a figure its claim signals are read in, within its clause.
pub(super) const BEFORE: usize = 8;
pub(super) const AFTER: usize = 4;

/// The last `n` words of `window`, as " word word … ".
pub(super) fn last_words(window: &str, n: usize) -> String {
    let words: Vec<&str> = window.split(' ').filter(|w| !w.is_empty()).collect();
    format!(" {} ", words[words.len().saturating_sub(n)..].join(" "))
}

/// Whether `window` ends with one of `phrases` as whole words.
pub(super) fn ends_with_any(window: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| window.ends_with(&format!(" {p} ")))
}

/// Whether `window` (" word word … ", lowercase) holds one of `phrases` as whole words.
pub(super) fn has_any(window: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| window.contains(&format!(" {p} ")))
}

/// The last [`BEFORE`] words of the clause before `start`, as " word word … ".
pub(super) fn window_before(text: &str, start: usize) -> String {
    let mut from = start.saturating_sub(crate::limits::CLAIM_SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = &text[from..start];
    // The clause: a sentence end, a colon, a semicolon or a comma before a space.
    let head = head
        .rfind(['.', '!', '?', '\n', ';', ':'])
        .map_or(head, |i| &head[i + 1..]);
    let head = head.rfind(", ").map_or(head, |i| &head[i + 1..]);
    let words: Vec<String> = words(head);
    let keep = words.len().saturating_sub(BEFORE);
    format!(" {} ", words[keep..].join(" "))
}

/// The first [`AFTER`] words of the clause after `end`, as " word word … ".
pub(super) fn window_after(text: &str, end: usize) -> String {
    let mut to = (end + crate::limits::CLAIM_SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let tail = &text[end..to];
    let tail = tail
        .find(['.', '!', '?', '\n', ';', ':'])
        .map_or(tail, |i| &tail[..i]);
    let tail = tail.find(", ").map_or(tail, |i| &tail[..i]);
    let words: Vec<String> = words(tail).into_iter().take(AFTER).collect();
    format!(" {} ", words.join(" "))
}

/// Lowercase words (letters and digits), split at everything else: "money-back" is two words.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
