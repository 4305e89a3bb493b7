//! The two lists of English words that carry little meaning, for two different jobs:
//! - [`FUNCTION_WORDS`]: the words phrase matching treats as interchangeable at half cost and
//!   never anchors on ("the" for "your" in a drifted tagline), and term rules skip as objects.
//!   Short on purpose: only words a writer swaps without changing what a phrase says.
//! - [`SNOWBALL_ENGLISH`]: the stop words field language ignores: a phrase made only of these
//!   ("you can", "in the") says nothing about how the field talks.
//!
//! The Snowball list is the Snowball English stop word list by Martin Porter (the `stop.txt` of the
//! Snowball project's English stemmer, BSD licence), all its entries, with its contractions
//! written with a straight apostrophe. As in the original, "us" is not a stop word (it is
//! often "US").

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Function words: never anchors, and interchangeable at half cost.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as",
    "is", "are", "was", "be", "it", "its", "we", "us", "you", "your", "our", "they", "them",
    "their", "who", "that", "which", "this", "these", "those", "my", "me", "i", "he", "she", "his",
    "her", "within", "into", "onto", "over", "under", "up", "out", "off", "so", "but", "if",
    "than", "every", "each", "all", "any", "some", "just", "very", "also", "here", "there",
];

/// Whether a lowercase word is one of the [`FUNCTION_WORDS`].
pub fn is_function_word(token: &str) -> bool {
    // A set built once: every token of a scored region asks.
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    // No function word is longer than this: most longer words skip the lookup.
    const LONGEST: usize = 6;
    token.len() <= LONGEST
        && SET
            .get_or_init(|| FUNCTION_WORDS.iter().copied().collect())
            .contains(token)
}

/// The Snowball English stop word list.
pub const SNOWBALL_ENGLISH: &[&str] = &[
    // pronouns
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    // verb forms
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "would",
    "should",
    "could",
    "ought",
    // contractions
    "i'm",
    "you're",
    "he's",
    "she's",
    "it's",
    "we're",
    "they're",
    "i've",
    "you've",
    "we've",
    "they've",
    "i'd",
    "you'd",
    "he'd",
    "she'd",
    "we'd",
    "they'd",
    "i'll",
    "you'll",
    "he'll",
    "she'll",
    "we'll",
    "they'll",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "doesn't",
    "don't",
    "didn't",
    "won't",
    "wouldn't",
    "shan't",
    "shouldn't",
    "can't",
    "cannot",
    "couldn't",
    "mustn't",
    "let's",
    "that's",
    "who's",
    "what's",
    "here's",
    "there's",
    "when's",
    "where's",
    "why's",
    "how's",
    // articles, conjunctions, prepositions
    "a",
    "an",
    "the",
    "and",
    "but",
    "if",
    "or",
    "because",
    "as",
    "until",
    "while",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    // adverbs and determiners
    "again",
    "further",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "no",
    "nor",
    "not",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
];

/// Whether a lowercase word (straight apostrophes) is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    SNOWBALL_ENGLISH.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_lowercase_and_has_no_duplicates() {
        let mut seen = std::collections::HashSet::new();
        for word in SNOWBALL_ENGLISH {
            assert_eq!(*word, word.to_lowercase());
            assert!(seen.insert(word), "{word} is listed twice");
        }
        assert!(is_stop_word("the") && is_stop_word("don't"));
        assert!(!is_stop_word("us") && !is_stop_word("laptop"));
    }

    #[test]
    fn no_function_word_is_longer_than_the_lookup_allows() {
        assert!(FUNCTION_WORDS.iter().all(|w| is_function_word(w)));
        assert!(!is_function_word("laptop"));
    }
}
