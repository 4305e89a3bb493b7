//! The clause around a figure as the claim signals read it: its words, lowercase, as
//! " word word … " so that phrases match as whole words.

use std::borrow::Cow;

/// How many words before and after a figure its claim signals are read in, within its clause.
pub(super) const BEFORE: usize = 8;
pub(super) const AFTER: usize = 4;

/// The last `n` words of `window`, as " word word … ". A window as [`window_before`] makes it
/// (one space before, between and after its words, or "  " with none) ends with its last words
/// in that form: they are its tail from the space before the `n`th word from its end, borrowed.
/// Any other window is split and joined.
pub(super) fn last_words(window: &str, n: usize) -> Cow<'_, str> {
    let bytes = window.as_bytes();
    let padded = window == "  "
        || (bytes.len() > 2
            && bytes[0] == b' '
            && bytes[bytes.len() - 1] == b' '
            && memchr::memmem::find(bytes, b"  ").is_none());
    if padded && n > 0 {
        // The space before the last word is the second from the end, before the `n`th the
        // `n + 1`th; a window of fewer words is all kept.
        let head = &bytes[..bytes.len() - 1];
        let from = memchr::memrchr_iter(b' ', head).nth(n - 1).unwrap_or(0);
        return Cow::Borrowed(&window[from..]);
    }
    let words: Vec<&str> = window.split(' ').filter(|w| !w.is_empty()).collect();
    Cow::Owned(format!(
        " {} ",
        words[words.len().saturating_sub(n)..].join(" ")
    ))
}

/// The words of `text` lowercase as " word word … ": what
/// `format!(" {} ", words(&text.to_lowercase()).join(" "))` gives, built in one `String` when
/// `text` is ASCII (lowercasing it first or each word after splitting is then the same).
pub(super) fn lowered_words(text: &str) -> String {
    if !text.is_ascii() {
        return format!(" {} ", words(&text.to_lowercase()).join(" "));
    }
    let kept: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    padded_lowercase(&kept)
}

/// Whether `window` ends with one of `phrases` as whole words.
pub(super) fn ends_with_any(window: &str, phrases: &[&str]) -> bool {
    // `window.ends_with(" {p} ")`, read in place: a figure is judged with dozens of cue lists,
    // and a `String` formatted per phrase per call was most of what judging one cost.
    let Some(head) = window.strip_suffix(' ') else {
        return false;
    };
    phrases
        .iter()
        .any(|p| head.strip_suffix(p).is_some_and(|rest| rest.ends_with(' ')))
}

/// Whether `window` (" word word … ", lowercase) holds one of `phrases` as whole words.
pub(super) fn has_any(window: &str, phrases: &[&str]) -> bool {
    // `window.contains(" {p} ")` without formatting it: `p` starts right after a space and a
    // space follows it. Every space is a possible start, overlapping ones included. The window
    // is read once, and at each space only the phrases starting with the byte after it are
    // compared (reading the window once per phrase was ~2 k instructions a call).
    let bytes = window.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        if b != b' ' {
            return false;
        }
        let rest = &bytes[i + 1..];
        let Some(&first) = rest.first() else {
            return false;
        };
        phrases.iter().any(|p| {
            let p = p.as_bytes();
            p.first().is_none_or(|&f| f == first)
                && rest.starts_with(p)
                && rest.get(p.len()) == Some(&b' ')
        })
    })
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
    // Only the last words are kept, so only they are lowercased.
    let mut kept: Vec<&str> = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(BEFORE)
        .collect();
    kept.reverse();
    padded_lowercase(&kept)
}

/// The windows before and after the first `figure` in `text`, as the claim tests read them.
#[cfg(test)]
pub(super) fn windows_around(text: &str, figure: &str) -> (String, String) {
    let start = text.find(figure).expect("the figure is in the text");
    (
        window_before(text, start),
        window_after(text, start + figure.len()),
    )
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
    let kept: Vec<&str> = tail
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(AFTER)
        .collect();
    padded_lowercase(&kept)
}

/// `words` lowercase as " word word … ", built in one `String`.
fn padded_lowercase(words: &[&str]) -> String {
    let capacity = 2 + words.iter().map(|w| w.len() + 1).sum::<usize>();
    padded_from(words.iter().copied(), capacity)
}

/// `format!(" {} ", words(text).join(" "))`, built in one `String`.
pub(super) fn padded_words(text: &str) -> String {
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    padded_from(words, text.len() + 2)
}

/// `words` lowercase, each after a space, and a space at the end.
fn padded_from<'a>(words: impl Iterator<Item = &'a str>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    out.push(' ');
    for (i, word) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // `str::to_lowercase` for the rare non-ASCII word: it knows a word-final sigma.
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out.push(' ');
    out
}

/// The words of `text` as `words(&text.to_lowercase())` gives them, each borrowed from `text`
/// when `text` is ASCII and the word has no capital.
pub(super) fn lowered_word_list(text: &str) -> Vec<Cow<'_, str>> {
    if !text.is_ascii() {
        return words(&text.to_lowercase())
            .into_iter()
            .map(Cow::Owned)
            .collect();
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(w.to_ascii_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect()
}

/// Lowercase words (letters and digits), split at everything else: "money-back" is two words.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words of `after` up to the first function word, as " word word … ": what a figure
/// names ("30-day money back guarantee"), not the rest of its clause ("two week sprints and
/// ships every Friday").
pub(super) fn noun_phrase(after: &str) -> String {
    // "three years of cover": what follows "of" is named too.
    let words: Vec<&str> = after
        .split(' ')
        .filter(|w| !w.is_empty())
        .enumerate()
        .take_while(|(i, w)| (*i == 0 && *w == "of") || !super::words::NOT_UNITS.contains(w))
        .map(|(_, w)| w)
        .collect();
    format!(" {} ", words.join(" "))
}

/// "we interviewed 30 customers", "they onboarded 2 new customers": the figure is the object
/// of a verb in the simple past. "has helped 50 teams" (a present result), "trusted by" and
/// "Rated 4.8 stars" are not.
pub(super) fn told_in_past(before: &str) -> bool {
    let mut words = before.split(' ').filter(|w| !w.is_empty()).rev();
    let mut verb = words.next().unwrap_or("");
    if ESTIMATES.contains(&verb) {
        verb = words.next().unwrap_or("");
    }
    // "We spoke to about 30 organizations", "worked with 12 teams".
    if matches!(verb, "to" | "with") {
        verb = words.next().unwrap_or("");
    }
    // A verb with no subject before it is a participle: "Rated 4.8 stars by our customers".
    let Some(subject) = words.next() else {
        return false;
    };
    let past = (verb.len() > 4 && verb.ends_with("ed")) || IRREGULAR_PAST.contains(&verb);
    past && !matches!(subject, "has" | "have" | "ve" | "had")
}

/// Verbs of a story in the simple past without "-ed": "we spoke to 30 organizations".
const IRREGULAR_PAST: &[&str] = &[
    "spoke", "met", "saw", "ran", "sent", "wrote", "heard", "found",
];

/// Words between a verb and its figure: "interviewed about 30 customers".
const ESTIMATES: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "only", "just",
];

/// Whether `window` ends a span's lower bound: "… 5 to ", "between 10 and ".
pub(super) fn closes_a_span(window: &str) -> bool {
    let words: Vec<&str> = window.split(' ').filter(|w| !w.is_empty()).collect();
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',');
    match words.as_slice() {
        [.., low, "to"] => is_number(low),
        [.., "between", low, "and"] => is_number(low),
        _ => false,
    }
}

/// Whether the last word of `figure` (its last run of letters and digits) is one of `list`,
/// in any case: "1B SIFT dataset" ends on "dataset", "1M mark" on "mark".
pub(super) fn ends_on_one_of(figure: &str, list: &[&str]) -> bool {
    figure
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|last| list.iter().any(|w| w.eq_ignore_ascii_case(last)))
}

/// Whether `line` (its indentation skipped) opens a list item: "- ", "* ", "+ ", "1. ", "2) ".
pub(super) fn list_item(line: &str) -> bool {
    let line = line.trim_start();
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    if digits > 0 {
        rest.starts_with(". ") || rest.starts_with(") ")
    } else {
        ["- ", "* ", "+ "].iter().any(|m| rest.starts_with(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `last_words` before step 23: always split and joined.
    fn joined_last_words(window: &str, n: usize) -> String {
        let words: Vec<&str> = window.split(' ').filter(|w| !w.is_empty()).collect();
        format!(" {} ", words[words.len().saturating_sub(n)..].join(" "))
    }

    #[test]
    fn last_words_borrow_the_tail_of_a_padded_window() {
        let window = window_before(
            "We still can't reach 99.9% uptime, but we won't aim for 50%",
            56,
        );
        assert_eq!(window, " but we won t aim for ");
        for (n, tail) in [
            (1, " for "),
            (3, " t aim for "),
            (6, " but we won t aim for "),
        ] {
            assert_eq!(last_words(&window, n), tail);
            assert!(matches!(last_words(&window, n), Cow::Borrowed(_)));
        }
        assert_eq!(last_words(&window, 9), window.as_str());
        assert_eq!(last_words("  ", 3), "  ");
        // Not padded as a window is: split and joined, as before.
        for (window, n) in [
            (" a  b ", 1),
            ("a b", 1),
            (" ", 2),
            ("   ", 2),
            (" a b ", 0),
        ] {
            assert_eq!(
                last_words(window, n),
                joined_last_words(window, n),
                "{window:?}"
            );
            assert!(matches!(last_words(window, n), Cow::Owned(_)));
        }
    }

    proptest::proptest! {
        /// The cue tests read in place answer as the formatted phrases do, for any window of
        /// words and spaces and any list of phrases (empty ones, ones sharing first bytes).
        #[test]
        fn cues_read_in_place_answer_as_formatted_for_any_window(
            window in "[ ab]{0,24}",
            phrases in proptest::collection::vec("[ ab]{0,4}", 0..5),
        ) {
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                (has_any(&window, &phrases), ends_with_any(&window, &phrases)),
                formatted(&window, &phrases)
            );
        }


        #[test]
        fn last_words_agree_with_splitting_and_joining(window in "[ab é]{0,12}", n in 0usize..6) {
            let kept = last_words(&window, n);
            proptest::prop_assert_eq!(kept.as_ref(), joined_last_words(&window, n));
        }
    }

    /// What the cue tests read before they were read in place: a formatted " {p} " per phrase.
    fn formatted(window: &str, phrases: &[&str]) -> (bool, bool) {
        (
            phrases.iter().any(|p| window.contains(&format!(" {p} "))),
            phrases.iter().any(|p| window.ends_with(&format!(" {p} "))),
        )
    }

    #[test]
    fn cues_read_in_place_answer_as_the_formatted_phrases_did() {
        let windows = [
            window_before("We didn't lose more than ", 25),
            window_after(" of our customers, and then some", 0),
            " a a a ".to_string(),
            "  ".to_string(),
            " won t ".to_string(),
            "no spaces".to_string(),
            String::new(),
        ];
        let lists: [&[&str]; 7] = [
            &["didn t", "lose"],
            &["a a"],
            &["our", "customers"],
            &["won t", "than"],
            &["ours", "custom", "more than"],
            &[""],
            &["", "a"],
        ];
        for window in &windows {
            for phrases in lists {
                assert_eq!(
                    (has_any(window, phrases), ends_with_any(window, phrases)),
                    formatted(window, phrases),
                    "{window:?} {phrases:?}"
                );
            }
        }
    }

    #[test]
    fn windows_keep_the_clause_words_lowercase() {
        assert_eq!(
            window_before("Today, We Saved our Customers over ", 35),
            " we saved our customers over "
        );
        assert_eq!(
            window_after(" Happy Customers every day. Next", 0),
            " happy customers every day "
        );
        assert_eq!(
            lowered_words("This Poll on Twitter shows that "),
            " this poll on twitter shows that "
        );
    }
}
