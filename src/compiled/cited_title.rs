//! A pack word inside the title of a linked article or video ("- [Visual Studio Code: deep dive
//! into debugging your PowerShell scripts][21]") is the title's author's word, quoted: renaming
//! it would misquote the title, so it is not reported. A link text is a title when it is
//! written as one: four words or more, with a subtitle separator (": ", " - ", " – ", " — ",
//! " | ") or in Title Case. A writer's own link text ("[learn how to leverage our API](/api)")
//! is a sentence and still checked.

use crate::document::identifiers::line_around;
use crate::document::words;

/// Whether `start..end` lies in the text of a Markdown link (inline or by reference) written
/// as a title.
pub fn in_cited_title(text: &str, start: usize, end: usize) -> bool {
    link_around(text, start, end).is_some_and(|link| {
        matches!(link.after.chars().next(), Some('(' | '[')) && is_title(&text[link.text])
    })
}

/// The Markdown link text around a match, on the match's line: an open `[` before it with no
/// `]` between, and the first `]` after it with no `[` between.
pub(super) struct LinkText<'t> {
    /// The text between the brackets.
    pub text: std::ops::Range<usize>,
    /// The rest of the line after the closing `]`: `(destination)`, `[reference]` or prose.
    pub after: &'t str,
}

/// The link text the match at `start..end` lies in, if any (a huge line is read in a bounded
/// window, as for labels).
pub(super) fn link_around(text: &str, start: usize, end: usize) -> Option<LinkText<'_>> {
    let line = line_around(text, start, end)?;
    let before = &text[line.start..start];
    let open = before.rfind('[').filter(|&i| !before[i..].contains(']'))?;
    let after = &text[end..line.end];
    let close = after.find(']').filter(|&i| !after[..i].contains('['))?;
    Some(LinkText {
        text: line.start + open + 1..end + close,
        after: &after[close + 1..],
    })
}

/// Four words or more, with a subtitle separator or most longer words capitalised.
fn is_title(link_text: &str) -> bool {
    let all: Vec<&str> = words(link_text).map(|r| &link_text[r]).collect();
    if all.len() < 4 {
        return false;
    }
    if [": ", " - ", " – ", " — ", " | "]
        .iter()
        .any(|separator| link_text.contains(separator))
    {
        return true;
    }
    let long: Vec<&&str> = all.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 3 && capitalised * 3 >= long.len() * 2
}

#[cfg(test)]
mod tests {
    use super::in_cited_title;

    fn cited(line: &str, word: &str) -> bool {
        let start = line.find(word).expect("word in line");
        in_cited_title(line, start, start + word.len())
    }

    #[test]
    fn titles_of_linked_articles_are_cited() {
        // PowerShell docs (CC-BY-4.0), `dev-cross-plat/vscode/using-vscode.md`.
        assert!(cited(
            "- [Visual Studio Code: deep dive into debugging your PowerShell scripts][21]",
            "deep dive"
        ));
        assert!(cited(
            "Read [How We Leverage Session Replay To Find Bugs](https://example.com/post).",
            "Leverage"
        ));
    }

    #[test]
    fn a_writers_own_link_text_and_prose_are_not() {
        for (line, word) in [
            (
                "Learn [how to leverage our API](/docs/api) today.",
                "leverage",
            ),
            (
                "Today we will take a deep dive into one of them.",
                "deep dive",
            ),
            ("[Deep dive](/guide) first.", "Deep dive"),
            ("A [deep dive: the internals] without a link.", "deep dive"),
        ] {
            assert!(!cited(line, word), "{line}");
        }
    }
}
