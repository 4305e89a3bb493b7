//! Search queries quoted as typed: "people searching for “posthog SDK” ended up on the forum".
//! The words between the marks are what someone typed into a search box; correcting their case
//! misquotes the query. So is a quoted value given to a key in an expression
//! (`filter=domain:”datadog”`).

use super::joined::{quoted_on_line, QuotedOnLine};

/// Words right before a quoted query that say it was searched for or typed.
const SEARCH_CUES: [&str; 12] = [
    "search",
    "searches",
    "searched",
    "searching",
    "query",
    "queries",
    "type",
    "types",
    "typed",
    "typing",
    "googled",
    "googling",
];

/// The most words a quoted query holds.
const MAX_QUERY_WORDS: usize = 6;

/// Whether the match at `start..end` lies in a short quoted phrase, on one line, that a search
/// cue introduces within the two words before its opening mark ("searching for “posthog SDK”",
/// "typed 'acme login'").
pub fn in_quoted_query(text: &str, start: usize, end: usize) -> bool {
    let Some(QuotedOnLine {
        line_start,
        open_at,
        open,
        close_at,
        ..
    }) = quoted_on_line(text, start, end)
    else {
        return false;
    };
    let query = &text[open_at + open.len_utf8()..close_at];
    if query.split_whitespace().count() > MAX_QUERY_WORDS {
        return false;
    }
    text[line_start..open_at]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| SEARCH_CUES.contains(&w.to_lowercase().as_str()))
}

/// Whether the match at `start..end` is the whole of a quoted value right after a key's `:` or
/// `=` ("* filter=domain:”datadog”", OpenCost's blog, in a list of API examples outside code):
/// the value as an expression spells it, not a name in prose.
pub fn quoted_value_of_a_key(text: &str, start: usize, end: usize) -> bool {
    // Marks as converters leave them: a value may open on a closing mark (”datadog”).
    const MARKS: [char; 6] = ['"', '\'', '“', '”', '‘', '’'];
    let Some(open) = text[..start]
        .chars()
        .next_back()
        .filter(|c| MARKS.contains(c))
    else {
        return false;
    };
    let key = &text[..start - open.len_utf8()];
    text[end..].starts_with(MARKS)
        && key.ends_with([':', '='])
        && key[..key.len() - 1].ends_with(|c: char| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::{in_quoted_query, quoted_value_of_a_key};

    #[test]
    fn a_quoted_value_of_a_key_is_spelled_as_typed() {
        let value = |text: &str, word: &str| {
            let start = text.find(word).expect("word in text");
            quoted_value_of_a_key(text, start, start + word.len())
        };
        // The OpenCost blog (Apache-2.0), `2024-04-30-introducing-opencost-plugins`.
        assert!(value("        * filter=domain:”datadog”", "datadog"));
        assert!(value("Set name=\"nimbus\" in the file.", "nimbus"));
        // Prose after a colon, and a quotation that holds more than the word.
        assert!(!value("The answer: \"datadog\" is the one.", "datadog"));
        assert!(!value("filter=domain:\"datadog cloud\"", "datadog"));
    }

    fn query(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        in_quoted_query(text, start, start + word.len())
    }

    #[test]
    fn a_query_quoted_as_typed() {
        // PostHog newsletter, `seo-for-startups.md` (MIT).
        let text = "I recently noticed people searching for “posthog SDK” were ending up at this forum index page instead of our docs.";
        assert!(query(text, "posthog"));
        assert!(query("Users typed 'acme login' into the box.", "acme"));
    }

    #[test]
    fn quoted_prose_and_unquoted_searches_are_not_queries() {
        assert!(!query("Search for posthog in the app store.", "posthog"));
        assert!(!query(
            "She said “posthog is great” at the meetup.",
            "posthog"
        ));
        assert!(!query(
            "We searched everywhere, then read “the posthog handbook is a delight to read every single morning”.",
            "posthog"
        ));
    }
}
