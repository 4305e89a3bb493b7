//! A pack word inside the title of a linked article or video ("- [Visual Studio Code: deep dive
//! into debugging your PowerShell scripts][21]") is the title's author's word, quoted: renaming
//! it would misquote the title, so it is not reported. A link text is a title when it is
//! written as one: four words or more, with a subtitle separator (": ", " - ", " – ", " — ",
//! " | ") or in Title Case. A writer's own link text ("[learn how to leverage our API](/api)")
//! is a sentence and still checked. An entry of a reading list ("- **[How to create actionable
//! developer personas](https://…) – Jakub Czakon:** …") cites its link text as the title its
//! author published, whatever its case: a list item that opens with the link, followed by a dash
//! and the author's name.

use crate::document::links::{link_around, LinkText};
use crate::document::words;

/// Whether `start..end` lies in the text of a Markdown link (inline or by reference) written
/// as a title.
pub fn in_cited_title(text: &str, start: usize, end: usize) -> bool {
    link_around(text, start, end).is_some_and(|link| {
        matches!(link.after.chars().next(), Some('(' | '['))
            && (is_title(&text[link.text.clone()]) || reading_list_entry(text, &link))
    })
}

/// "- **[Actionable metrics for mobile apps](/product-engineers/…) – <TeamMember name=… />**":
/// a list item that opens with a link of three words or more, followed by a dash and a name
/// (a capitalised word or a component naming a person).
fn reading_list_entry(text: &str, link: &LinkText) -> bool {
    if words(&text[link.text.clone()]).count() < 3 {
        return false;
    }
    let line_start = text[..link.text.start].rfind('\n').map_or(0, |i| i + 1);
    let opening = text[line_start..link.text.start - 1].trim_start();
    let marker = match opening.strip_prefix(['-', '*', '+']) {
        Some(marker) => marker,
        None => {
            let digits = opening.trim_start_matches(|c: char| c.is_ascii_digit());
            match digits.strip_prefix(['.', ')']) {
                Some(marker) if digits.len() < opening.len() => marker,
                _ => return false,
            }
        }
    };
    if !marker.starts_with(' ') || !marker.trim().chars().all(|c| matches!(c, '*' | '_')) {
        return false;
    }
    let close = match link.after.chars().next() {
        Some('(') => ')',
        Some('[') => ']',
        _ => return false,
    };
    let Some(close_at) = link.after.find(close) else {
        return false;
    };
    let rest = link.after[close_at + 1..].trim_start_matches(['*', '_']);
    if rest.starts_with(':') {
        // A speaker's name may run onto the item's next line: read on in the whole text.
        // `link.after` starts right after the text's `]`.
        let destination_end = link.text.end + 1 + close_at + 1;
        let colon = destination_end + text[destination_end..].find(':').unwrap_or(0);
        return speakers_name(&text[colon + 1..]);
    }
    [" – ", " — ", " - ", " -- "].iter().any(|dash| {
        rest.strip_prefix(dash)
            .map(|name| name.trim_start_matches(['*', '_']))
            .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase() || c == '<'))
    })
}

/// A talk list's speaker after the title's colon ("- [Deep Dive: Linkerd](…): Oliver\n  Gould,
/// Buoyant"): two to four capitalised words, then a comma or the item's end. A glossary's
/// description ("- [Term](…): A way to …") runs on in lowercase words and is no name.
fn speakers_name(after_colon: &str) -> bool {
    let item_end = ["\n-", "\n*", "\n\n"]
        .iter()
        .filter_map(|end| after_colon.find(end))
        .min()
        .unwrap_or(after_colon.len());
    let item = &after_colon[..item_end];
    let name = item.split([',', ';', '(']).next().unwrap_or_default();
    let words: Vec<&str> = name.split_ascii_whitespace().collect();
    (2..=4).contains(&words.len())
        && !matches!(words[0], "A" | "An" | "The")
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
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
        // PostHog newsletter, `ideal-customer-profile-framework.md` and `bad-behaviors.md` (MIT):
        // reading lists give each title with its author, in the title's own case.
        assert!(cited(
            "- **[How to create actionable developer personas](https://www.developermarkepear.com/blog/developer-personas) – Jakub Czakon:** Want to go deeper on personas?",
            "actionable"
        ));
        assert!(cited(
            "- **[Actionable metrics for mobile apps](/product-engineers/mobile-app-metrics-kpis) – <TeamMember name=\"Lior Neu-ner\" />**",
            "Actionable"
        ));
        assert!(cited(
            "1. [A deep dive into pipelines][3] - Ana Lee",
            "deep dive"
        ));
        // Linkerd's blog (Apache-2.0), `2019-0531-kubecon-eu-2019-linkerd-roundup.md`: a list of
        // a conference's talks, each title linked to its recording, then its speakers.
        let talks = "- [Deep Dive: Linkerd](https://www.youtube.com/watch?v=E-zuggDfv0A): Oliver\n  Gould, Buoyant\n- [Dealing with the Pesky Path Parameter Problem: Service Profiles](https://www.youtube.com/watch?v=yJ1AXO3eH10):\n  Alex Leong, Buoyant\n";
        assert!(cited(talks, "Deep Dive"));
        assert!(cited(
            "- [Deep dive into meshes](/talks/1): Ana Lee",
            "Deep dive"
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
            // A list item of the writer's own: no author after the link, or the link later on.
            (
                "- [Get actionable insights from every call](/product) – fast.",
                "actionable",
            ),
            (
                "- [Get actionable insights today](/product): see how.",
                "actionable",
            ),
            (
                "- [Get actionable insights today](/product): The Guide",
                "actionable",
            ),
            (
                "- Read [how to get actionable insights](https://example.com) – Ana Lee",
                "actionable",
            ),
        ] {
            assert!(!cited(line, word), "{line}");
        }
    }
}
