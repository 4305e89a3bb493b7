//! "#" numbers that are references or numbering, not ranks: `#36681`, "issue #12", "point #2",
//! "sessions #1-3".

use super::read::previous_word;
use super::words::NAMING_WORDS;

/// `#36681`, `[#123](…)`, "issue #12", "#5" numbering a list item or heading: references and
/// numbering, not a rank.
pub(super) fn rank_is_reference(text: &str, start: usize, end: usize, digits: &str) -> bool {
    if digits.len() > 2 {
        return true; // ranks are small; long numbers are issues and pull requests
    }
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || "[/&#(".contains(c)) {
        return true;
    }
    if text[end..].starts_with([']', ')', ':']) {
        return true;
    }
    // "sessions #1-3", "videos #4–7": a range numbers several items; a rank is one place.
    if text[end..]
        .strip_prefix(['-', '–'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    // "For #3 and #4, …": two numbers joined are two items of a list; one thing has one rank.
    if paired_with_another_number(text, start, end) {
        return true;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if text[line_start..start]
        .chars()
        .all(|c| c.is_whitespace() || "#>*-+".contains(c))
    {
        return true;
    }
    // "(PKCS) #12": the number of a name given just before.
    if text[..start].trim_end_matches(' ').ends_with(')') {
        return true;
    }
    // "Example #4", "PKCS #10": a numbered item or a standard's part; "For #2, we set up …"
    // opens a sentence on an item of a list the post made.
    previous_word(text, start).is_some_and(|(word, sentence_start)| {
        (sentence_start && word.eq_ignore_ascii_case("for"))
            || NAMING_WORDS.contains(&word.to_lowercase().as_str())
            || (word.len() > 1
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
            || numbers_an_item(word, sentence_start)
    })
}

/// Whether `word`, right before a "#" number, is a noun the number labels: "described in point
/// #2 above", "an argument at position #2", "Requirement #1 eliminates …". A rank follows a verb
/// or a determiner ("is #2", "the #1 app", "Voted #1"), never a bare noun; a capitalised word
/// inside a sentence may be a name whose rank it is ("Product Hunt #1"), so only a lowercase
/// word, or the sentence's first, counts.
fn numbers_an_item(word: &str, sentence_start: bool) -> bool {
    let lower = word.to_lowercase();
    word.len() > 2
        && word.chars().all(char::is_alphabetic)
        && (sentence_start || word.starts_with(char::is_lowercase))
        && !crate::document::english::stop_words::is_function_word(&lower)
        && !RANKING_WORDS.contains(&lower.as_str())
}

/// Words a rank follows: "Ranked #1", "voted #1 by gamers", "climbed to … #3" reads "to".
const RANKING_WORDS: &[&str] = &[
    "ranked",
    "ranks",
    "rank",
    "ranking",
    "rated",
    "rates",
    "rating",
    "voted",
    "named",
    "chosen",
    "picked",
    "reached",
    "reaches",
    "hit",
    "hits",
    "top",
    "topped",
    "tops",
    "became",
    "become",
    "becomes",
    "remain",
    "remains",
    "remained",
    "stay",
    "stays",
    "stayed",
    "sits",
    "sat",
    "climbed",
    "debuted",
    "landed",
    "finished",
    "placed",
    "trending",
    "still",
    "now",
    "currently",
];

/// Whether the "#" number at `start..end` is joined to another by "and", "or", "&" or a comma:
/// "#3 and #4", "#2, #5".
fn paired_with_another_number(text: &str, start: usize, end: usize) -> bool {
    const JOINS: [&str; 4] = [" and #", " or #", " & #", ", #"];
    let digit_at = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let after = JOINS
        .iter()
        .any(|j| text[end..].starts_with(j) && digit_at(end + j.len()));
    let before = JOINS.iter().any(|j| {
        let join = &j[..j.len() - 1];
        text[..start].ends_with(join) && {
            let head = text[..start - join.len()].trim_end_matches(|c: char| c.is_ascii_digit());
            head.len() < start - join.len() && head.ends_with('#')
        }
    });
    after || before
}
