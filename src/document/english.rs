//! Common English words, from an embedded word list (12dicts "3esl" with AGID inflections;
//! source and licence in `english/README.md`): a one-letter near miss of a brand that is an
//! ordinary word ("window" next to "Windows") is the word, not a misspelled brand, unless it is
//! capitalised mid-sentence.

use super::identifiers::line_around;

pub mod neighbours;
pub mod stop_words;

const WORDS: &str = include_str!("english/words.txt");

/// The list's words, sorted, split once.
#[cfg(test)]
fn list() -> &'static [&'static str] {
    use std::sync::OnceLock;
    static WORDS_SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS_SORTED.get_or_init(|| WORDS.lines().collect())
}

/// Whether `word` is a line of `sorted` (lines in byte order, each ending in `\n`): a binary
/// search over the text itself, so a run that asks a few times never splits all 45,000 lines.
fn holds_line(sorted: &str, word: &str) -> bool {
    let bytes = sorted.as_bytes();
    // `low` is always a line's start; the word, if there, starts in `low..high`.
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let mid = low + (high - low) / 2;
        let start = bytes[low..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(low, |p| low + p + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        match sorted[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// Whether `word` (any case) is an ordinary English word.
pub fn is_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    holds_line(WORDS, &lower)
}

/// Whether `word` (any case) is an ordinary English word or made of them as tech writing makes
/// words the core list leaves out: one with a derivational ending ("stateful": "state" and
/// "-ful", "serverless") or two words run together ("webview": "web" and "view"), each of three
/// letters or more. "acme" and "micro" are neither.
pub fn is_word_or_made_of_words(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ful", "less", "ness", "able", "ity", "ize", "ise"];
    let lower = word.to_lowercase();
    let listed = |part: &str| holds_line(WORDS, part);
    listed(&lower)
        || ENDINGS.iter().any(|ending| {
            lower
                .strip_suffix(ending)
                .is_some_and(|stem| stem.len() >= 3 && listed(stem))
        })
        || (3..lower.len().saturating_sub(2))
            .any(|at| lower.is_char_boundary(at) && listed(&lower[..at]) && listed(&lower[at..]))
}

/// Whether the word at `start` is capitalised where a sentence does not make it so: not at the
/// start of a sentence, heading, list item or table cell. Headings are Title Case by habit, so
/// a capital in one says nothing.
/// `heading`: the word is in a heading, as the document's parser reads it.
pub fn capitalised_mid_sentence(text: &str, start: usize, heading: bool) -> bool {
    if !text[start..].starts_with(char::is_uppercase) || heading {
        return false;
    }

    // A line too long to read around the word is no heading; the word is left alone.
    let Some(line) = line_around(text, start, start) else {
        return false;
    };
    let line_start = line.start;
    let whole = text[line].trim();
    // A heading, or a line wholly in bold standing as one.
    let bold_line = (whole.starts_with("**") && whole.ends_with("**"))
        || (whole.starts_with("__") && whole.ends_with("__"));
    if bold_line {
        return false;
    }
    let before = text[line_start..start].trim_end_matches(is_markup);
    if let Some(last) = before.chars().next_back() {
        return !ends_sentence(last);
    }
    // Only markup before it on its line: a block's first word, or a wrapped line's.
    let prefix = text[line_start..start].trim_start();
    if line_start == 0
        || prefix.starts_with(['-', '*', '+', '>', '|'])
        || prefix.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // The end of the line before: a blank line or a sentence's end starts a sentence.
    let previous = text[..line_start - 1].trim_end_matches([' ', '\t', '\r']);
    previous
        .chars()
        .next_back()
        .is_some_and(|last| last != '\n' && !ends_sentence(last))
}

/// Whether the line holding `start` is written in capitals throughout ("## WINDOWS DRIVE
/// LETTER FUNCTIONS"): the capitals are the line's typography, not a spelling.
pub fn in_all_caps_line(text: &str, start: usize) -> bool {
    let Some(line) = line_around(text, start, start) else {
        return false;
    };
    let line = &text[line];
    let letters = || line.chars().filter(|c| c.is_alphabetic());
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 2
        && letters().all(char::is_uppercase)
}

/// Whether the word at `start..end` sits in a run of three or more words in capitals on its
/// line, two of them ordinary English words ("to access **THE WHOLE POSTGRES ECOSYSTEM**, not
/// just …"): the capitals are emphasis, not a spelling. A run of acronyms ("AWS RDS POSTGRES")
/// is not.
pub fn in_all_caps_phrase(text: &str, start: usize, end: usize) -> bool {
    let capitals = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_uppercase());
    let apart = |c: char| !(c.is_alphanumeric() || c == '\'');
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    // Read out from the word only as far as the capitals go: a line may be long.
    let before = text[line_start..start]
        .rsplit(apart)
        .filter(|w| !w.is_empty());
    let after = text[end..line_end].split(apart).filter(|w| !w.is_empty());
    let run: Vec<&str> = before
        .take_while(capitals)
        .chain(after.take_while(capitals))
        .collect();
    let ordinary = run
        .iter()
        .filter(|w| w.len() > 2 && is_word(&w.to_lowercase()))
        .count();
    run.len() >= 2 && ordinary >= 2
}

/// Whether `start` is in a bold label of two or more words in Title Case ("| **Show Command
/// Window** |", a menu command): every word has its capital, so one says nothing about a brand.
/// One bold word ("a separate **Window**") still does.
fn in_title_case_bold_label(text: &str, start: usize) -> bool {
    let first = text[start..].chars().next().map_or(0, char::len_utf8);
    super::mentions::bold_around(text, start, start + first).is_some_and(|(open, close)| {
        let label = &text[open..close];
        label.split_whitespace().count() >= 2
            && label
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
    })
}

/// A near miss made of ordinary English words ("window" for "Windows", "console window"), not
/// capitalised mid-sentence, is those words; "On Window PowerShell 5.1" is a misspelled brand.
/// `heading`: the words are in a heading, or in a quotation, whose sentence breaks are the
/// speaker's ("at a tech conference Thanks to all!" in a quoted tweet): a first capital there
/// says nothing.
pub fn ordinary_words(text: &str, range: std::ops::Range<usize>, heading: bool) -> bool {
    let window = &text[range.clone()];
    super::words(window).enumerate().all(|(i, word)| {
        let word_text = &window[word.clone()];
        let capital_ok = if i == 0 {
            !capitalised_mid_sentence(text, range.start, heading)
                || in_title_case_bold_label(text, range.start)
                || after_an_indefinite_article(text, range.start)
        } else {
            !word_text.starts_with(char::is_uppercase)
        };
        capital_ok && is_word(word_text)
    })
}

/// Whether "a" or "an" comes right before `start`, or one lowercase word before it ("as a
/// separate Window"): a brand takes no indefinite article, so a capital there marks the writer's
/// noun, the way a user interface capitalises its parts.
fn after_an_indefinite_article(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = &text[from..start];
    if !head.ends_with([' ', '\t']) {
        return false;
    }
    let words: Vec<&str> = head
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let article = |w: &&str| matches!(*w, "a" | "an" | "A" | "An");
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase());
    words.first().is_some_and(article)
        || (words.first().is_some_and(plain) && words.get(1).is_some_and(article))
}

/// Characters that open or mark up a word: a word after them may still start a sentence.
fn is_markup(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '*' | '_' | '[' | '(' | '"' | '\'' | '“' | '‘' | '`' | '\\' | '<' | '>' | '-' | '+'
        )
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '|')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching_the_text_finds_exactly_the_lines() {
        let list = list();
        for (i, word) in list.iter().enumerate() {
            assert!(holds_line(WORDS, word), "{word}");
            // Between two neighbours, and past either end, nothing is found.
            let between = format!("{word}\u{1}");
            assert_eq!(
                holds_line(WORDS, &between),
                list.get(i + 1) == Some(&between.as_str())
            );
        }
        for absent in ["", "\u{0}", "~", "zzzzzz", "powerspec"] {
            assert!(!holds_line(WORDS, absent), "{absent:?}");
        }
        assert!(holds_line("a\nb\nc\n", "c") && !holds_line("a\nb\nc\n", "bb"));
    }

    #[test]
    fn the_list_is_sorted_and_holds_inflections() {
        assert!(list().windows(2).all(|w| w[0] < w[1]));
        for word in ["window", "windows", "Window", "logged", "teamwork", "teams"] {
            assert!(is_word(word), "{word}");
        }
        for word in [
            "powershell",
            "github",
            "powerspec",
            "acme",
            "starlight",
            "windoes",
        ] {
            assert!(!is_word(word), "{word}");
        }
    }

    #[test]
    fn ordinary_words_are_common_words_not_capitalised_mid_sentence() {
        let ordinary = |text: &str, span: &str| {
            let start = text.find(span).expect("span");
            ordinary_words(text, start..start + span.len(), false)
        };
        assert!(ordinary(
            "display its output in a console window.",
            "window"
        ));
        assert!(ordinary("Window size is set.", "Window"));
        assert!(ordinary("the console window is closed", "console window"));
        assert!(!ordinary("On Window PowerShell 5.1", "Window"));
        // Exploring-the-Windows-PowerShell-ISE.md: a menu command's label in a table.
        assert!(ordinary(
            "| **Show Command Window**        | Shows the Commands Pane |",
            "Window"
        ));
        assert!(!ordinary("as a separate **Window**.", "Window"));
        // Found by the fix property test: a window that starts with a wide character.
        assert!(!ordinary("PowerSpec **Émicro Center** PowerSpec", "Émicro"));
        assert!(!ordinary("the console Window is closed", "console Window"));
        assert!(!ordinary("install powershel first", "powershel"));
    }

    fn mid(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word");
        let heading =
            crate::document::Document::new(text, crate::document::Kind::Markdown).in_heading(start);
        capitalised_mid_sentence(text, start, heading)
    }

    #[test]
    fn capitals_mid_sentence_are_told_from_sentence_starts() {
        assert!(mid(
            "On Window PowerShell 5.1, the cmdlet",
            "Window PowerShell"
        ));
        assert!(mid("the console\nWindow is closed", "Window"));
        assert!(mid("as a separate **Window**.", "Window"));
        assert!(!mid("Window title. Window size", "Window title"));
        assert!(!mid("It closed. Window size", "Window size"));
        assert!(!mid("### -WindowStyle \\<Window style\\>", "Window style"));
        assert!(!mid("- Window\n- Door", "Window"));
        assert!(!mid("1. Window opens", "Window"));
        assert!(!mid("| Window | x |", "Window"));
        assert!(!mid("The end.\nWindow size", "Window"));
        assert!(!mid("Para.\n\nWindow size", "Window"));
        assert!(!mid("the window", "window"));
        assert!(!mid(
            "**How to Use the Grid View Window Features**",
            "Window"
        ));
        assert!(!mid("## Our Window\n", "Window"), "a heading");
    }

    #[test]
    fn all_caps_lines_are_typography() {
        let caps = |text: &str, word: &str| in_all_caps_line(text, text.find(word).expect("word"));
        assert!(caps("## WINDOWS DRIVE LETTER FUNCTIONS", "WINDOWS"));
        assert!(caps(
            "intro\n## UPDATE HELP IN THE POWERSHELL ISE\nmore",
            "POWERSHELL"
        ));
        assert!(!caps("Run WINDOWS updates", "WINDOWS"));
        assert!(!caps("WINDOWS", "WINDOWS"));
    }
}
