//! A second example for field phrases in exactly [`field::MIN_FILES`] files. Counting keeps no
//! sentence of a file it has let go, so a phrase that becomes a candidate in its third file has
//! only that file's sentence; the first file's is found again here by reading that one file once
//! more, through the same pipeline, for the few phrases the report shows.

use super::field::{self, Sentence};
use super::{Example, FieldLanguage};
use std::collections::HashMap;

/// Gives each listed phrase with fewer than two examples one from the first file it is in that
/// none of its examples come from. `sentences_of` re-reads a sales file by its report path
/// (`None` when it cannot be read now); each file is read at most once.
pub fn complete(
    language: &mut FieldLanguage,
    mut sentences_of: impl FnMut(&str) -> Option<Vec<Sentence>>,
) {
    let mut read: HashMap<String, Option<Vec<Sentence>>> = HashMap::new();
    for phrase in &mut language.phrases {
        if phrase.examples.len() >= field::EXAMPLES {
            continue;
        }
        let Some(path) = phrase
            .in_files
            .iter()
            .find(|p| !phrase.examples.iter().any(|e| &e.path == *p))
        else {
            continue;
        };
        let sentences = read
            .entry(path.clone())
            .or_insert_with(|| sentences_of(path));
        let words: Vec<&str> = phrase.text.split(' ').collect();
        let Some(found) = sentences.iter().flatten().find(|s| holds(s, &words)) else {
            continue;
        };
        let example = Example {
            path: path.clone(),
            sentence: field::shorten(&found.text),
        };
        // Examples follow the order of the files, as counting gives them.
        let at = phrase
            .examples
            .iter()
            .position(|e| in_order(&phrase.in_files, path, &e.path))
            .unwrap_or(phrase.examples.len());
        phrase.examples.insert(at, example);
        phrase.example = phrase.examples[0].clone();
    }
}

/// Whether some clause of `sentence` has `words` in a row.
fn holds(sentence: &Sentence, words: &[&str]) -> bool {
    sentence.clauses().any(|clause| {
        let clause: Vec<&str> = clause.collect();
        clause.windows(words.len()).any(|w| w == words)
    })
}

/// Whether `a` comes before `b` among `files` (a file not listed comes last).
fn in_order(files: &[String], a: &str, b: &str) -> bool {
    let at = |p: &str| files.iter().position(|f| f == p).unwrap_or(usize::MAX);
    at(a) < at(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scorecard::field::FieldCounter;

    fn sentence(text: &str) -> Sentence {
        let words: Vec<_> = crate::document::words(text).collect();
        super::super::measure::sentences(text, &words, |_| false, true)
            .into_iter()
            .next()
            .expect("one sentence")
    }

    #[test]
    fn a_phrase_in_three_files_gets_its_first_files_sentence_too() {
        let files = [
            ("a.md", "Ask about the extended warranty before you pay."),
            ("b.md", "Most buyers skip the extended warranty."),
            ("c.md", "The extended warranty covers drops."),
        ];
        let mut counter = FieldCounter::new([]);
        for (path, text) in files {
            counter.add_sales(path, None, &[sentence(text)]);
        }
        let mut language = FieldLanguage {
            phrases: counter.finish().0,
            ..FieldLanguage::default()
        };
        assert_eq!(language.phrases[0].text, "extended warranty");
        assert_eq!(language.phrases[0].examples.len(), 1, "counting alone");
        let mut reads = Vec::new();
        complete(&mut language, |path| {
            reads.push(path.to_string());
            let text = files.iter().find(|(p, _)| *p == path)?.1;
            Some(vec![sentence(text)])
        });
        let phrase = &language.phrases[0];
        let shown: Vec<(&str, &str)> = phrase
            .examples
            .iter()
            .map(|e| (e.path.as_str(), e.sentence.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("a.md", "Ask about the extended warranty before you pay."),
                ("c.md", "The extended warranty covers drops.")
            ]
        );
        assert_eq!(phrase.example, phrase.examples[0]);
        assert_eq!(reads, ["a.md"], "one file read once");
    }

    #[test]
    fn an_unreadable_file_or_a_changed_one_leaves_the_example_alone() {
        let mut counter = FieldCounter::new([]);
        for path in ["a.md", "b.md", "c.md"] {
            counter.add_sales(path, None, &[sentence("Mention the price lock early.")]);
        }
        let mut language = FieldLanguage {
            phrases: counter.finish().0,
            ..FieldLanguage::default()
        };
        let before = language.phrases.clone();
        complete(&mut language, |_| None);
        assert_eq!(language.phrases, before);
        complete(&mut language, |_| {
            Some(vec![sentence("Nothing alike here.")])
        });
        assert_eq!(language.phrases, before);
    }
}
