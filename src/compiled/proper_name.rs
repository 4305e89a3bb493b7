//! A banned word inside a proper name is part of the name, not the word in use: "Mongo Atlas
//! Flexible Sync" (another company's product), "Strange Loop in 2014" (a conference). A word
//! capitalised where the sentence does not make it so, right after another capitalised word or
//! right before one, is read as a name's word. Headings and Title Case lines capitalise every
//! word by habit, so there a capital says nothing and the word is still reported ("Drive
//! Synergies").
//!
//! It holds for every banned entry, the guide's own too, and is asked where every surface's
//! term matches are made (`CompiledGuide::literal_here`), so the rule, the fixer, the report
//! and a guide's counter-examples agree. Its sibling for pack words alone,
//! `near::in_capitalised_name`, is looser: a pack phrase whose every word is capitalised is a
//! name by itself ("our Deep Dive series"), since a pack entry's word is never the guide's own.

use crate::document::english::capitalised_mid_sentence;
use crate::document::english::stop_words::is_function_word;
use crate::document::identifiers::line_around;

/// Whether the match at `start..end` (its first word capitalised mid-sentence) sits next to
/// another capitalised word, in a line that is not Title Case. `heading`: the match is in a
/// heading.
pub fn in_a_proper_name(text: &str, start: usize, end: usize, heading: bool) -> bool {
    if heading
        || !capitalised_mid_sentence(text, start, heading)
        || title_case_line(text, start, end)
    {
        return false;
    }
    // An acronym ("URL", "US") is written in capitals wherever it stands: it says nothing.
    let matched = &text[start..end];
    if !matched.chars().skip(1).any(char::is_lowercase) {
        return false;
    }
    // A capitalised word, not a function word a sentence capitalises ("The Alias provider").
    let capitalised = |word: &str| {
        word.starts_with(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric())
            && !is_function_word(&word.to_lowercase())
    };
    let previous = text[..start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '\n', '\t', '(', '[']).next())
        .unwrap_or_default();
    // The word before counts only where it, too, is capitalised mid-sentence: "Simplify URLs"
    // opens a list item, "Xata's Sample Blog Database" names a database.
    let previous = if !previous.is_empty()
        && capitalised_mid_sentence(text, start - 1 - previous.len(), heading)
    {
        previous
    } else {
        ""
    };
    // The word after a one-word match ("Flexible Sync"); a match of several words ends its name
    // at its own last word ("Strange Loop in").
    let single = !text[start..end].contains([' ', '-', '\n']);
    let next = text[end..]
        .strip_prefix(' ')
        .map(|rest| {
            rest.split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
        })
        .unwrap_or_default();
    capitalised(previous) || (single && capitalised(next))
}

/// Whether most of the longer words of the match's line are capitalised: a title written in
/// Title Case ("- Drive Synergies Across Every Team").
fn title_case_line(text: &str, start: usize, end: usize) -> bool {
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let words: Vec<&str> = text[line]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitals = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 2 && capitals * 3 >= words.len() * 2
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, run};

    fn fired(text: &str) -> Vec<String> {
        let g = guide("version: 1\nextends: [jargon, hype]\nbanned: [{term: flexible}]\n");
        run(&g, crate::rules::banned_term::ID, text, Kind::Markdown)
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    }

    #[test]
    fn a_pack_word_inside_a_proper_name_is_the_name() {
        // Electric's blog (Apache-2.0): another company's product in link text, a conference.
        for text in [
            "Tools like [Mongo Atlas Flexible Sync](https://www.mongodb.com/docs/atlas/) sync data.\n",
            "I gave a talk about it at Strange Loop in 2014, and people liked it.\n",
        ] {
            assert_eq!(fired(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn the_word_in_use_and_title_case_still_fire() {
        for (text, term) in [
            ("We leverage Postgres to sync data.\n", "leverage"),
            ("Flexible pricing for every team.\n", "Flexible"),
            ("# Drive Synergies\n", "Synergies"),
            ("Our APIs are flexible and fast.\n", "flexible"),
            // After a function word a sentence capitalised, and in capitals, no name is read.
            ("We said that. The Flexible plan costs less.\n", "Flexible"),
            ("A truly FLEXIBLE Sync engine.\n", "FLEXIBLE"),
            ("- Leverage Postgres for sync.\n", "Leverage"),
            ("Synergy Wins come first.\n", "Synergy"),
        ] {
            let found = fired(text);
            assert!(found.iter().any(|m| m == term), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_counter_example_inside_a_proper_name_is_accepted_as_the_rule_reads_it() {
        // The guide's own sentences are matched as documents are: a counter-example naming
        // another company's product loads, and the entry still fires on the word in use.
        let yaml = "version: 1\nbanned:\n  - term: flexible\n    counter_examples: [\"Tools like Mongo Atlas Flexible Sync sync data.\"]\n";
        let g = guide(yaml);
        let found = run(
            &g,
            crate::rules::banned_term::ID,
            "Our APIs are flexible.\n",
            Kind::Markdown,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(g
            .banned_hits("Tools like Mongo Atlas Flexible Sync sync data.")
            .is_empty());
    }
}
