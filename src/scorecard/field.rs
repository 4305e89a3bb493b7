//! Field language: phrases of 2–4 words that recur in at least [`MIN_FILES`] files of `sales`
//! channels but appear neither in the guide nor in any file of a `marketing` channel — what the
//! field actually says, as candidates for marketing to adopt or to answer.
//!
//! Counting is linear in the words of the team files: each word is interned once, each clause
//! of n words yields at most 3n keys (its 2-, 3- and 4-word runs, packed into one `u128` with no
//! collisions), and only phrases that reach [`MIN_FILES`] files keep their file list and an
//! example sentence. Files arrive in a fixed order (by path), so the example — the sentence of
//! the file where a phrase reaches [`MIN_FILES`] files — is the same on every run.

use super::{Example, FieldPhrase};
use crate::document::english::stop_words::is_stop_word;
use rustc_hash::{FxHashMap, FxHashSet};

/// A phrase must recur in at least this many files of sales channels.
pub const MIN_FILES: u32 = 3;
/// Phrase lengths, in words.
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 4;
/// Files listed per phrase (the count covers all of them).
pub const LISTED_FILES: usize = 10;
/// Longest example sentence shown, in characters.
const EXAMPLE_CHARS: usize = 240;

/// A sentence of a team file: its text as shown, and its clauses (runs of words between
/// punctuation) as lowercase words. Phrases never cross a clause boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub clauses: Vec<Vec<String>>,
}

/// Normalise a word for counting: lowercase, straight apostrophes.
pub fn normalize_word(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// The clauses of a guide string, split as documents are.
fn guide_clauses(text: &str) -> Vec<Vec<String>> {
    let words: Vec<_> = crate::document::words(text).collect();
    super::measure::sentences(text, &words, |_| false)
        .into_iter()
        .flat_map(|s| s.clauses)
        .collect()
}

struct Candidate {
    /// Sales files (by index) that hold the phrase, in order.
    files: Vec<u32>,
    example_file: u32,
    example: String,
}

#[derive(Default)]
struct Stat {
    count: u32,
    /// The first files, until the phrase becomes a candidate.
    first: [u32; 2],
    candidate: Option<Box<Candidate>>,
}

#[derive(Default)]
pub struct FieldCounter {
    vocab: FxHashMap<String, u32>,
    words: Vec<String>,
    /// Whether each interned word is a stop word, asked once per word rather than per phrase.
    stop: Vec<bool>,
    stats: FxHashMap<u128, Stat>,
    marketing: FxHashSet<u128>,
    in_guide: FxHashSet<u128>,
    sales_paths: Vec<String>,
}

impl FieldCounter {
    /// A counter that leaves out every phrase found in `guide_texts`.
    pub fn new<'a>(guide_texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counter = FieldCounter::default();
        let mut keys = Vec::new();
        for clause in guide_texts.into_iter().flat_map(guide_clauses) {
            let ids: Vec<u32> = clause.iter().map(|w| counter.intern(w)).collect();
            push_keys(&ids, &mut keys);
        }
        counter.in_guide.extend(keys);
        counter
    }

    /// How many sales files were counted.
    pub fn sales_files(&self) -> usize {
        self.sales_paths.len()
    }

    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.vocab.get(word) {
            return id;
        }
        self.words.push(word.to_string());
        self.stop.push(is_stop_word(word));
        // Ids start at 1: 0 marks an unused slot in a key. Fewer than 2^32 distinct words.
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.vocab.insert(word.to_string(), id);
        id
    }

    /// The distinct phrase keys of a file, each with the sentence it first appears in.
    fn file_keys(&mut self, sentences: &[Sentence]) -> FxHashMap<u128, usize> {
        let mut found: FxHashMap<u128, usize> = FxHashMap::default();
        let mut keys = Vec::new();
        for (s, sentence) in sentences.iter().enumerate() {
            for clause in &sentence.clauses {
                let ids: Vec<u32> = clause.iter().map(|w| self.intern(w)).collect();
                keys.clear();
                push_keys(&ids, &mut keys);
                for &key in &keys {
                    if !self.all_stop_words(key) {
                        found.entry(key).or_insert(s);
                    }
                }
            }
        }
        found
    }

    fn all_stop_words(&self, key: u128) -> bool {
        unpack(key).all(|id| self.stop[id as usize - 1])
    }

    /// Count a file of a marketing channel: its phrases are not field language.
    pub fn add_marketing(&mut self, sentences: &[Sentence]) {
        let keys = self.file_keys(sentences);
        self.marketing.extend(keys.into_keys());
    }

    /// Count a file of a sales channel.
    pub fn add_sales(&mut self, path: &str, sentences: &[Sentence]) {
        let file = u32::try_from(self.sales_paths.len()).unwrap_or(u32::MAX);
        self.sales_paths.push(path.to_string());
        let keys = self.file_keys(sentences);
        for (key, sentence) in keys {
            let stat = self.stats.entry(key).or_default();
            stat.count += 1;
            match stat.count {
                1 => stat.first[0] = file,
                2 => stat.first[1] = file,
                n if n == MIN_FILES => {
                    stat.candidate = Some(Box::new(Candidate {
                        files: vec![stat.first[0], stat.first[1], file],
                        example_file: file,
                        example: shorten(&sentences[sentence].text),
                    }));
                }
                _ => {
                    if let Some(candidate) = &mut stat.candidate {
                        candidate.files.push(file);
                    }
                }
            }
        }
    }

    /// The field phrases, most widespread first: candidates not in the guide nor in marketing
    /// files, without phrases made only of stop words, and only maximal ones (a phrase in
    /// exactly the same files as a longer listed phrase containing it is left out).
    pub fn finish(self) -> Vec<FieldPhrase> {
        let listed: FxHashMap<u128, &Candidate> = self
            .stats
            .iter()
            .filter(|(key, _)| !self.marketing.contains(key) && !self.in_guide.contains(key))
            .filter_map(|(key, stat)| stat.candidate.as_deref().map(|c| (*key, c)))
            .collect();
        let mut shadowed: FxHashSet<u128> = FxHashSet::default();
        let mut sub = Vec::new();
        for (key, candidate) in &listed {
            let ids: Vec<u32> = unpack(*key).collect();
            if ids.len() <= MIN_WORDS {
                continue;
            }
            sub.clear();
            for n in MIN_WORDS..ids.len() {
                for window in ids.windows(n) {
                    sub.push(pack(window));
                }
            }
            for inner in &sub {
                if listed
                    .get(inner)
                    .is_some_and(|c| c.files == candidate.files)
                {
                    shadowed.insert(*inner);
                }
            }
        }
        let mut phrases: Vec<FieldPhrase> = listed
            .iter()
            .filter(|(key, _)| !shadowed.contains(key))
            .map(|(key, candidate)| {
                let words: Vec<&str> = unpack(*key)
                    .map(|id| self.words[id as usize - 1].as_str())
                    .collect();
                FieldPhrase {
                    text: words.join(" "),
                    words: words.len(),
                    files: candidate.files.len(),
                    example: Example {
                        path: self.sales_paths[candidate.example_file as usize].clone(),
                        sentence: candidate.example.clone(),
                    },
                    in_files: candidate
                        .files
                        .iter()
                        .take(LISTED_FILES)
                        .map(|&f| self.sales_paths[f as usize].clone())
                        .collect(),
                }
            })
            .collect();
        phrases.sort_by(|a, b| {
            b.files
                .cmp(&a.files)
                .then(b.words.cmp(&a.words))
                .then(a.text.cmp(&b.text))
        });
        phrases
    }
}

/// Every 2- to 4-word run of `ids`, packed.
fn push_keys(ids: &[u32], keys: &mut Vec<u128>) {
    for start in 0..ids.len() {
        for n in MIN_WORDS..=MAX_WORDS {
            if let Some(window) = ids.get(start..start + n) {
                keys.push(pack(window));
            }
        }
    }
}

/// Up to four word ids in one key, first word in the high bits; unused slots are 0.
fn pack(ids: &[u32]) -> u128 {
    ids.iter()
        .take(MAX_WORDS)
        .enumerate()
        .fold(0u128, |key, (i, &id)| {
            key | (u128::from(id) << (96 - 32 * i))
        })
}

fn unpack(key: u128) -> impl Iterator<Item = u32> {
    // Truncation to the low 32 bits is the point: each slot is one id.
    (0..MAX_WORDS)
        .map(move |i| (key >> (96 - 32 * i)) as u32)
        .filter(|&id| id != 0)
}

/// A sentence cut to [`EXAMPLE_CHARS`] characters.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(EXAMPLE_CHARS) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            clauses: guide_clauses(text),
        }
    }

    fn texts(phrases: &[FieldPhrase]) -> Vec<(String, usize)> {
        phrases.iter().map(|p| (p.text.clone(), p.files)).collect()
    }

    #[test]
    fn keys_pack_and_unpack() {
        let key = pack(&[7, 1, 9]);
        assert_eq!(unpack(key).collect::<Vec<_>>(), [7, 1, 9]);
        assert_ne!(pack(&[7, 1]), pack(&[7, 1, 9]));
    }

    #[test]
    fn recurring_sales_phrases_not_in_marketing_or_the_guide_are_field_language() {
        let mut counter = FieldCounter::new(["Book a demo"]);
        counter.add_sales(
            "a.md",
            &[sentence("No pressure at all, book a demo today.")],
        );
        counter.add_sales(
            "b.md",
            &[sentence(
                "We say no pressure at all. Book a demo, price match",
            )],
        );
        counter.add_sales(
            "c.md",
            &[sentence(
                "Honestly, no pressure at all, and the price match",
            )],
        );
        counter.add_sales("d.md", &[sentence("price match here, book a demo")]);
        counter.add_marketing(&[sentence("Ask about our price match")]);
        let phrases = counter.finish();
        // "no pressure at all" is in a, b and c; its 2- and 3-word parts are in the same files,
        // so only the maximal phrase is listed. "book a demo" (a, b, d) is in the guide;
        // "price match" (b, c, d) is in a marketing file; "at all" is made of stop words.
        assert_eq!(texts(&phrases), [("no pressure at all".to_string(), 3)]);
        assert_eq!(phrases[0].example.path, "c.md");
        assert_eq!(
            phrases[0].example.sentence,
            "Honestly, no pressure at all, and the price match"
        );
        assert_eq!(phrases[0].in_files, ["a.md", "b.md", "c.md"]);
    }

    #[test]
    fn a_shorter_phrase_in_more_files_is_listed_too() {
        let mut counter = FieldCounter::new([]);
        for (path, text) in [
            ("a.md", "bench tested laptops"),
            ("b.md", "bench tested laptops"),
            ("c.md", "bench tested laptops"),
            ("d.md", "every one bench tested"),
        ] {
            counter.add_sales(path, &[sentence(text)]);
        }
        assert_eq!(
            texts(&counter.finish()),
            [
                ("bench tested".to_string(), 4),
                ("bench tested laptops".to_string(), 3)
            ]
        );
    }

    #[test]
    fn two_files_are_not_enough_and_nothing_is_empty() {
        let mut counter = FieldCounter::new([]);
        counter.add_sales("a.md", &[sentence("walk them through it")]);
        counter.add_sales("b.md", &[sentence("walk them through it")]);
        counter.add_sales("c.md", &[]);
        assert!(counter.finish().is_empty());
        assert!(FieldCounter::new([]).finish().is_empty());
    }

    #[test]
    fn long_examples_are_shortened() {
        let long = "word ".repeat(100);
        assert!(shorten(&long).chars().count() <= EXAMPLE_CHARS + 1);
        assert!(shorten(&long).ends_with('…'));
    }
}
