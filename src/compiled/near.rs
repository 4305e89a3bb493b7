//! Context conditions on a term match, decided from the words around it: `unless_near` words
//! that make the sense literal ("bandwidth" near "network"), and pack words that are part of a
//! capitalised name mid-sentence ("the Robust Connections feature") or a whole heading
//! ("## Deep dives").

use crate::document::english::neighbours::{around_within, Reach};
use crate::document::normalized::normalize_term;
use crate::document::words;
use crate::matchers::terms::TermMatcherBuilder;

/// How many words on each side of a match `unless_near` looks at, within the same sentence:
/// enough for "disrupts a session connection", near enough to be about the same thing.
pub const NEAR_WORDS: usize = 5;

/// How far around a match (in bytes) the words are read: `NEAR_WORDS` long words and markup.
const REACH: Reach = Reach {
    bytes: 400,
    colon_ends: false,
};

/// The `unless_near` words of one entry, with their regular inflections, as folded word
/// sequences.
#[derive(Debug, Default)]
pub struct Near {
    forms: Vec<Vec<String>>,
}

impl Near {
    /// `None` when the entry has no `unless_near` words.
    pub fn new(words: &[String], builder: &mut TermMatcherBuilder) -> Option<Near> {
        if words.is_empty() {
            return None;
        }
        let mut forms: Vec<Vec<String>> = words
            .iter()
            .flat_map(|word| {
                builder
                    .expand(word, false)
                    .iter()
                    .map(|(folded, _, _)| folded.split(' ').map(str::to_string).collect())
                    .collect::<Vec<Vec<String>>>()
            })
            .filter(|form: &Vec<String>| !form.is_empty())
            .collect();
        forms.sort();
        forms.dedup();
        Some(Near { forms })
    }

    /// Whether one of the words occurs within [`NEAR_WORDS`] words of `start..end`, in its
    /// sentence.
    pub fn found(&self, text: &str, start: usize, end: usize) -> bool {
        let (before, after) = window(text, start, end);
        // "the SSD's parallel bandwidth": a possessive names the thing itself.
        let fold = |words: &[&str]| -> Vec<String> {
            words
                .iter()
                .map(|w| {
                    let folded = normalize_term(w);
                    match folded
                        .strip_suffix("'s")
                        .or_else(|| folded.strip_suffix("’s"))
                    {
                        Some(owner) if !owner.is_empty() => owner.to_string(),
                        _ => folded,
                    }
                })
                .collect()
        };
        let (before, after) = (fold(&before), fold(&after));
        self.forms.iter().any(|form| {
            [&before, &after]
                .iter()
                .any(|side| side.windows(form.len()).any(|w| w == form.as_slice()))
        })
    }
}

/// The words before (in text order) and after `start..end`, at most [`NEAR_WORDS`] each,
/// stopping at a sentence end.
fn window(text: &str, start: usize, end: usize) -> (Vec<&str>, Vec<&str>) {
    let (before, after) = around_within(text, start, end, NEAR_WORDS, REACH);
    (
        before.iter().rev().map(|w| w.word).collect(),
        after.iter().map(|w| w.word).collect(),
    )
}

/// Whether the match `start..end` is part of a capitalised name in running text: every word of
/// it starts with a capital, it does not open its sentence, it is not in a heading (`heading`:
/// headings capitalise every word), and it is two or more words or a neighbouring word is capitalised
/// too ("the Robust Connections feature", "our Deep Dive series"). Pack words there name a
/// feature, a section or an event, and are the name's to keep.
pub fn in_capitalised_name(text: &str, start: usize, end: usize, heading: bool) -> bool {
    let matched: Vec<&str> = words(&text[start..end])
        .map(|r| &text[start + r.start..start + r.end])
        .collect();
    if matched.is_empty() || !matched.iter().all(|w| capitalised(w)) {
        return false;
    }
    if heading {
        return false;
    }
    let (before, after) = window(text, start, end);
    // At a sentence start a capital says nothing.
    let Some(previous) = before.last() else {
        return false;
    };
    // The word before counts when it is not itself the sentence's first word.
    let previous_is_name = before.len() > 1 && capitalised(previous);
    matched.len() > 1 || previous_is_name || after.first().is_some_and(|w| capitalised(w))
}

/// Whether the word right before the match, in its sentence, is a name: an acronym or a word
/// with an inner capital ("KARTE", "GitHub"), or a capitalised word that does not open its
/// sentence ("the React ecosystem"). The match is then that name's own thing.
pub fn after_a_name(text: &str, start: usize, end: usize) -> bool {
    let (before, _) = window(text, start, end);
    let Some(previous) = before.last() else {
        return false;
    };
    let gap = text[..start].trim_end_matches([' ', '\t']);
    // Only spaces between: "the React ecosystem", not "React, and its ecosystem".
    if !gap.ends_with(previous) {
        return false;
    }
    // "One ecosystem for logs", "Every ecosystem": a capitalised function or number word is no
    // name.
    let folded = previous.to_lowercase();
    if crate::document::english::stop_words::is_function_word(&folded)
        || folded == "one"
        || crate::matchers::claims::words::number_word(&folded).is_some()
    {
        return false;
    }
    let letters: Vec<char> = previous.chars().filter(|c| c.is_alphabetic()).collect();
    let inner_capital = letters.iter().skip(1).any(|c| c.is_uppercase());
    let acronym = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    inner_capital || acronym || (before.len() > 1 && capitalised(previous))
}

/// Whether the match titles a page named after it: it sits in a heading of a page whose path
/// holds its words as a slug (`# Deep dive articles` in `deep-dives/overview.md`), in the prose
/// of a page whose folder does ("most of my deep dives" in `deep-dives/everything-about-null.md`),
/// or in link text whose destination does (`[Deep dives](../learn/deep-dives/overview.md)`). Renaming such
/// a title renames a section of the site; the words are the page's name there.
pub fn names_a_page(text: &str, start: usize, end: usize, page: &str, heading: bool) -> bool {
    let slug: Vec<String> = words(&text[start..end])
        .map(|r| text[start + r.start..start + r.end].to_lowercase())
        .collect();
    if slug.is_empty() {
        return false;
    }
    let slug = slug.join("-");
    let holds_slug = |path: &str| {
        path.to_lowercase()
            .replace(['_', ' '], "-")
            .split(['/', '\\', '.', '#'])
            .any(|part| part.contains(&slug))
    };
    if heading && holds_slug(page) {
        return true;
    }
    // In the prose of a section's pages, words that are the section's folder name as written
    // name that section ("more fragmented than most of my deep dives" in `learn/deep-dives/…`);
    // another form of them ("our deep dive on Thursday") is used, not named.
    let folder = page.rfind(['/', '\\']).map_or("", |i| &page[..i]);
    if !heading
        && folder
            .to_lowercase()
            .replace(['_', ' '], "-")
            .split(['/', '\\'])
            .any(|part| part == slug)
    {
        return true;
    }
    // Link text whose destination follows: `[…](destination)`.
    let destination = crate::document::links::link_around(text, start, end)
        .and_then(|link| crate::document::links::inline_destination(link.after));
    destination.is_some_and(holds_slug)
}

/// Whether the match is the whole text of a Markdown heading (`heading`: the match is in one,
/// as the parser reads it; "## Deep dives", a setext "Deep dives" over `===`): a heading that is
/// only the pack word names a section of the site, it does not use the word in a sentence.
pub fn is_section_name(text: &str, start: usize, end: usize, heading: bool) -> bool {
    if !heading {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = text[line_start..start]
        .trim_start_matches(|c: char| c.is_whitespace() || c == '>')
        .trim_start_matches('#');
    let after = text[end..line_end].trim_end().trim_end_matches('#');
    before.trim().is_empty() && after.trim().is_empty()
}

/// A word that starts with a capital and is not all capitals (an acronym is no title case).
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Kind};

    /// Whether `at` is in a heading as the Markdown parser reads `text`.
    fn heading(text: &str, at: usize) -> bool {
        Document::new(text, Kind::Markdown).in_heading(at)
    }

    fn near(words: &[&str], text: &str, term: &str) -> bool {
        let mut builder = TermMatcherBuilder::default();
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let near = Near::new(&words, &mut builder).expect("words");
        let start = text.find(term).expect("term in text");
        near.found(text, start, start + term.len())
    }

    #[test]
    fn near_words_count_in_the_sentence_only_with_inflections() {
        let words = ["connection", "network"];
        assert!(near(
            &words,
            "It saves bandwidth on metered connections.",
            "bandwidth"
        ));
        assert!(near(&words, "Network bandwidth is scarce.", "bandwidth"));
        assert!(!near(
            &words,
            "Use the network. Our team has the bandwidth.",
            "bandwidth"
        ));
        assert!(!near(
            &words,
            "We have the bandwidth to help you with the new network.",
            "bandwidth"
        ));
        assert!(near(
            &["status quo"],
            "We disrupt the status quo.",
            "disrupt"
        ));
    }

    #[test]
    fn capitalised_names_mid_sentence() {
        let name = |text: &str, term: &str| {
            let start = text.find(term).expect("term");
            in_capitalised_name(text, start, start + term.len(), heading(text, start))
        };
        assert!(name("Turn on the Robust Connections feature.", "Robust"));
        assert!(name("Join our Deep Dive on Thursday.", "Deep Dive"));
        assert!(
            !name("Our Robust platform scales.", "Robust"),
            "sentence start"
        );
        assert!(
            !name("We offer a Robust platform.", "Robust"),
            "no name around it"
        );
        assert!(
            !name("## Drive Synergies", "Synergies"),
            "headings are title case"
        );
        assert!(!name("Leverage Acme today.", "Leverage"), "sentence start");
        assert!(
            !name("Use the ROI calculator.", "ROI"),
            "an acronym is no title case"
        );
    }

    #[test]
    fn a_word_right_after_a_name() {
        let after = |text: &str, term: &str| {
            let start = text.find(term).expect("term");
            after_a_name(text, start, start + term.len())
        };
        // Real sentences: Astro docs (craft-cross-cms.mdx) and product copy.
        assert!(after(
            "An API-based headless CMS from the KARTE ecosystem.",
            "ecosystem"
        ));
        assert!(after("Plugins from the React ecosystem work.", "ecosystem"));
        assert!(after("GitHub ecosystem tools are free.", "ecosystem"));
        assert!(
            !after("Our partner ecosystem covers every CRM.", "ecosystem"),
            "a common noun before it"
        );
        assert!(
            !after("Ecosystems grow. Our ecosystem is big.", "ecosystem"),
            "a sentence-initial capital says nothing"
        );
        assert!(
            !after("We love React, and its ecosystem.", "ecosystem"),
            "not right after the name"
        );
        assert!(!after("ecosystem first", "ecosystem"), "nothing before it");
        // PostHog blog (best-splunk-alternatives.mdx): a clause after a bold label.
        assert!(!after(
            "**It covers observability and security:** One ecosystem for logs, APM, and SIEM",
            "ecosystem"
        ));
        assert!(!after("Pick Every ecosystem you need.", "ecosystem"));
    }

    #[test]
    fn whole_headings_name_sections() {
        let section = |text: &str, term: &str| {
            let start = text.find(term).expect("term");
            is_section_name(text, start, start + term.len(), heading(text, start))
        };
        assert!(section("## Deep dives\n", "Deep dives"));
        assert!(section("Deep dives\n----------\n", "Deep dives"), "setext");
        assert!(
            section("> ## Deep dives ##\n", "Deep dives"),
            "quoted, closing hashes"
        );
        assert!(
            !section("## Our deep dives\n", "deep dives"),
            "more than the term"
        );
        assert!(
            !section("#Deep dives\n", "Deep dives"),
            "no heading without a space"
        );
        assert!(!section("Deep dives are fun.\n", "Deep dives"));
    }

    #[test]
    fn a_title_that_names_its_page() {
        let titles = |text: &str, term: &str, page: &str| {
            let start = text.find(term).expect("term");
            names_a_page(text, start, start + term.len(), page, heading(text, start))
        };
        // PowerShell docs: learn/deep-dives/overview.md and community/2020-updates.md.
        let page = "reference/docs-conceptual/learn/deep-dives/overview.md";
        assert!(titles("# Deep dive articles\n", "Deep dive", page));
        assert!(titles(
            "- Created a new [Deep dives](../learn/deep-dives/overview.md) section",
            "Deep dives",
            "community/2020-updates.md"
        ));
        assert!(
            !titles("# Deep dive articles\n", "Deep dive", "blog/launch.md"),
            "a heading of another page"
        );
        assert!(
            !titles("Join our deep dive on Thursday.", "deep dive", page),
            "running text on that page"
        );
        // PowerShell docs, `learn/deep-dives/everything-about-null.md`: the section's name as
        // its folder writes it, in the prose of one of its pages.
        assert!(titles(
            "I know this article is more fragmented than most of my\ndeep dives.",
            "deep dives",
            "reference/docs-conceptual/learn/deep-dives/everything-about-null.md"
        ));
        assert!(
            !titles(
                "Most of my deep dives are long.",
                "deep dives",
                "reference/docs-conceptual/learn/overview/deep-dives.md"
            ),
            "a file named so, not a folder"
        );
        assert!(
            !titles(
                "Read [our deep dive into pricing](/blog/pricing/).",
                "deep dive",
                "blog/a.md"
            ),
            "a link to a page named otherwise"
        );
    }
}
