//! Field language: phrases of 2–4 words that recur in at least [`MIN_FILES`] files of `sales`
//! channels but appear neither in the guide nor in any file of a `marketing` channel — what the
//! field actually says, as candidates for marketing to adopt or to answer.
//!
//! Counting is linear in the words of the team files: each word is interned once, each clause
//! of n words yields at most 3n keys (its 2-, 3- and 4-word runs, packed into one `u128` with no
//! collisions, counted under a 64-bit digest of it), and only phrases that reach [`MIN_FILES`]
//! files keep their first files, writers and example sentences. Files arrive in a fixed order
//! (by path), so the examples — from the file where a phrase reaches [`MIN_FILES`] files and the
//! next — are the same on every run. Peak memory on 9,852 sales files: 91 MB (was 663 MB).

mod keys;

use super::{Example, FieldPhrase};
use crate::document::english::stop_words::is_stop_word;
use keys::{digest, pack, push_keys, spread, unpack};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// A phrase must recur in at least this many files of sales channels.
pub const MIN_FILES: u32 = 3;
/// Phrase lengths, in words.
const MIN_WORDS: usize = 2;
/// Files listed per phrase (the count covers all of them).
pub const LISTED_FILES: usize = 10;
/// Longest example sentence shown, in characters.
const EXAMPLE_CHARS: usize = 240;
/// Phrases the report lists: candidates for a person to read, not a dump.
pub const MAX_PHRASES: usize = 200;
/// Example sentences kept per phrase, each from a different file.
pub const EXAMPLES: usize = 2;

/// Words a phrase may not start or end with: articles, pronouns, auxiliaries, prepositions and
/// conjunctions, which make fragments ("of the two", "quick fixes and", "you can"). Negation and
/// quantifiers are not among them: "no pressure at all" is how people talk.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "i'm", "if", "in", "into",
    "is", "it", "it's", "its", "just", "may", "me", "might", "must", "my", "of", "off", "on",
    "onto", "or", "our", "out", "over", "she", "should", "so", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "until",
    "up", "us", "very", "was", "we", "we're", "were", "what", "when", "where", "which", "while",
    "who", "whom", "whose", "why", "will", "with", "would", "you", "you're", "your",
];

fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

/// A sentence of a team file: its text as shown, and its clauses (runs of words between
/// punctuation) as lowercase words. Phrases never cross a clause boundary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    pub text: String,
    /// The clauses' normalised words in one string: a space between two words of a clause, a
    /// line break between clauses (a normalised word holds neither). A report keeps every
    /// sentence of a team's files, so one string a sentence instead of one a word: a tenth of
    /// the allocations.
    words: String,
}

impl Sentence {
    /// A sentence of `text` (as shown) and no words yet.
    pub fn new(text: String) -> Self {
        Sentence {
            text,
            words: String::new(),
        }
    }

    /// Start a new clause at the next word.
    pub fn break_clause(&mut self) {
        if !self.words.is_empty() && !self.words.ends_with('\n') {
            self.words.push('\n');
        }
    }

    /// Add a word (as written) to the current clause, normalised; `joined` appends it to the
    /// last word with a hyphen ("all-day").
    pub fn push_word(&mut self, word: &str, joined: bool) {
        match (joined, self.words.chars().next_back()) {
            (true, Some(last)) if last != '\n' => self.words.push('-'),
            (_, None | Some('\n')) => {}
            _ => self.words.push(' '),
        }
        push_normalized(&mut self.words, word);
    }

    /// Its clauses, each as its words in order.
    pub fn clauses(&self) -> impl Iterator<Item = impl Iterator<Item = &str> + Clone> {
        self.words
            .split('\n')
            .filter(|clause| !clause.is_empty())
            .map(|clause| clause.split(' '))
    }
}

/// Append `word` normalised for counting: lowercase, straight apostrophes. A report normalises
/// every word of a team's files, so an ASCII word (nearly all) is copied and lowercased in
/// place, without the two copies of the general case.
fn push_normalized(out: &mut String, word: &str) {
    if word.is_ascii() {
        let at = out.len();
        out.push_str(word);
        out[at..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase().replace('’', "'"));
    }
}

/// The clauses of a guide string, split as documents are.
fn guide_clauses(text: &str) -> Vec<Vec<String>> {
    let words: Vec<_> = crate::document::words(text).collect();
    super::measure::sentences(text, &words, |_| false, false)
        .iter()
        .flat_map(|s| s.clauses().map(|c| c.map(str::to_string).collect()))
        .collect()
}

/// A phrase in [`MIN_FILES`] files or more. Kept small: a large sales corpus has 100,000.
struct Candidate {
    /// Its words, packed.
    phrase: u128,
    /// How many sales files hold the phrase.
    files: u32,
    /// The first [`LISTED_FILES`] of them (by index), in order.
    listed: [u32; LISTED_FILES],
    /// An order-free hash of all of them: two phrases in the same files have the same one.
    file_set: u64,
    /// Distinct writers of those files (by index).
    writers: Vec<u32>,
    /// (file, sentence in the shared store), at most [`EXAMPLES`], from different files.
    examples: [(u32, u32); EXAMPLES],
    /// How many of `examples` are set.
    example_count: u8,
}

impl Candidate {
    /// The first [`LISTED_FILES`] files.
    fn listed(&self) -> &[u32] {
        &self.listed[..(self.files as usize).min(LISTED_FILES)]
    }

    fn add_example(&mut self, file: u32, sentence: u32) {
        if let Some(slot) = self.examples.get_mut(usize::from(self.example_count)) {
            *slot = (file, sentence);
            self.example_count += 1;
        }
    }

    fn examples(&self) -> &[(u32, u32)] {
        &self.examples[..usize::from(self.example_count)]
    }

    fn add_file(&mut self, file: u32, writer: Option<u32>) {
        if let Some(slot) = self.listed.get_mut(self.files as usize) {
            *slot = file;
        }
        self.files += 1;
        self.file_set = self.file_set.wrapping_add(spread(file));
        if let Some(w) = writer.filter(|w| !self.writers.contains(w)) {
            self.writers.push(w);
        }
    }
}

/// What is kept of every phrase seen: 16 bytes, since a large corpus has millions.
#[derive(Default)]
struct Stat {
    count: u32,
    /// The first files, until the phrase becomes a candidate.
    first: [u32; 2],
    /// Its index in [`FieldCounter::candidates`] plus one; 0 until it is one.
    candidate: u32,
}

#[derive(Default)]
pub struct FieldCounter {
    /// Each distinct word once, shared by the lookup and the list (a corpus has 100,000s).
    vocab: FxHashMap<Arc<str>, u32>,
    words: Vec<Arc<str>>,
    /// Whether each interned word is a stop word, asked once per word rather than per phrase.
    stop: Vec<bool>,
    /// Whether each interned word is a function word a phrase may not start or end with.
    function: Vec<bool>,
    /// Every phrase seen in a sales file, by the [`digest`] of its words.
    stats: FxHashMap<u64, Stat>,
    candidates: Vec<Candidate>,
    marketing: FxHashSet<u64>,
    in_guide: FxHashSet<u64>,
    sales_paths: Vec<String>,
    /// Example sentences, each stored once however many phrases it shows.
    examples: Vec<String>,
    /// Each sales file's writer (its first front-matter author) by index into `writers`.
    file_writers: Vec<Option<u32>>,
    writers: FxHashMap<String, u32>,
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
        counter.in_guide.extend(keys.into_iter().map(digest));
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
        let shared: Arc<str> = Arc::from(word);
        self.words.push(shared.clone());
        self.stop.push(is_stop_word(word));
        self.function.push(is_function_word(word));
        // Ids start at 1: 0 marks an unused slot in a key. Fewer than 2^32 distinct words.
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.vocab.insert(shared, id);
        id
    }

    /// The distinct phrase keys of a file, each with the sentence it first appears in.
    fn file_keys(&mut self, sentences: &[Sentence]) -> FxHashMap<u128, usize> {
        let mut found: FxHashMap<u128, usize> = FxHashMap::default();
        let mut keys = Vec::new();
        for (s, sentence) in sentences.iter().enumerate() {
            for clause in sentence.clauses() {
                let ids: Vec<u32> = clause.map(|w| self.intern(w)).collect();
                keys.clear();
                push_keys(&ids, &mut keys);
                for &key in &keys {
                    if self.reads_as_language(key) {
                        found.entry(key).or_insert(s);
                    }
                }
            }
        }
        found
    }

    /// Not only stop words, and neither starting nor ending with a function word.
    fn reads_as_language(&self, key: u128) -> bool {
        // Called for every n-gram of every sales sentence: no allocation.
        let (Some(first), Some(last)) = (unpack(key).next(), unpack(key).last()) else {
            return false;
        };
        !self.function[first as usize - 1]
            && !self.function[last as usize - 1]
            && !unpack(key).all(|id| self.stop[id as usize - 1])
    }

    /// Count a file of a marketing channel: its phrases are not field language.
    pub fn add_marketing(&mut self, sentences: &[Sentence]) {
        let keys = self.file_keys(sentences);
        self.marketing.extend(keys.into_keys().map(digest));
    }

    /// Count a sales file; `writer` is who wrote it (its front matter's author), when known.
    pub fn add_sales(&mut self, path: &str, writer: Option<&str>, sentences: &[Sentence]) {
        let file = u32::try_from(self.sales_paths.len()).unwrap_or(u32::MAX);
        self.sales_paths.push(path.to_string());
        let next = u32::try_from(self.writers.len()).unwrap_or(u32::MAX);
        let writer = writer.map(|w| *self.writers.entry(w.to_string()).or_insert(next));
        self.file_writers.push(writer);
        let keys = self.file_keys(sentences);
        // This file's sentences in the example store, by sentence index, stored on first use.
        let mut stored: FxHashMap<usize, u32> = FxHashMap::default();
        let mut store = |sentence: usize, examples: &mut Vec<String>| {
            *stored.entry(sentence).or_insert_with(|| {
                examples.push(shorten(&sentences[sentence].text));
                u32::try_from(examples.len() - 1).unwrap_or(u32::MAX)
            })
        };
        for (key, sentence) in keys {
            let stat = self.stats.entry(digest(key)).or_default();
            stat.count += 1;
            match stat.count {
                1 => stat.first[0] = file,
                2 => stat.first[1] = file,
                n if n == MIN_FILES => {
                    let mut candidate = Candidate {
                        phrase: key,
                        files: 0,
                        listed: [0; LISTED_FILES],
                        file_set: 0,
                        writers: Vec::new(),
                        examples: [(0, 0); EXAMPLES],
                        example_count: 0,
                    };
                    for f in [stat.first[0], stat.first[1], file] {
                        candidate.add_file(f, self.file_writers[f as usize]);
                    }
                    candidate.add_example(file, store(sentence, &mut self.examples));
                    self.candidates.push(candidate);
                    stat.candidate = u32::try_from(self.candidates.len()).unwrap_or(u32::MAX);
                }
                _ => {
                    let Some(candidate) = (stat.candidate as usize)
                        .checked_sub(1)
                        .and_then(|i| self.candidates.get_mut(i))
                    else {
                        continue;
                    };
                    candidate.add_file(file, writer);
                    if usize::from(candidate.example_count) < EXAMPLES {
                        let example = store(sentence, &mut self.examples);
                        candidate.add_example(file, example);
                    }
                }
            }
        }
    }

    /// The field phrases: candidates not in the guide nor in marketing files, and only maximal
    /// ones (a phrase in exactly the same files as a longer listed phrase containing it is left
    /// out); most files first (then most writers, longest), at most [`MAX_PHRASES`], and how
    /// many there were before that cut.
    pub fn finish(mut self) -> (Vec<FieldPhrase>, usize) {
        // Only candidates are listed: let go of every other phrase's count first.
        let stats = std::mem::take(&mut self.stats);
        let listed: FxHashMap<u64, &Candidate> = stats
            .into_iter()
            .filter(|(key, _)| !self.marketing.contains(key) && !self.in_guide.contains(key))
            .filter_map(|(key, stat)| {
                let index = (stat.candidate as usize).checked_sub(1)?;
                Some((key, self.candidates.get(index)?))
            })
            .collect();
        let mut shadowed: FxHashSet<u64> = FxHashSet::default();
        let mut sub = Vec::new();
        for candidate in listed.values() {
            let ids: Vec<u32> = unpack(candidate.phrase).collect();
            if ids.len() <= MIN_WORDS {
                continue;
            }
            sub.clear();
            for n in MIN_WORDS..ids.len() {
                for window in ids.windows(n) {
                    sub.push(digest(pack(window)));
                }
            }
            for inner in &sub {
                if listed
                    .get(inner)
                    .is_some_and(|c| c.files == candidate.files && c.file_set == candidate.file_set)
                {
                    shadowed.insert(*inner);
                }
            }
        }
        // Rank first, then build only the phrases shown: on a large sales corpus there are
        // 100,000 candidates, and each built phrase carries paths and sentences.
        let word = |id: u32| &*self.words[id as usize - 1];
        let mut ranked: Vec<(u128, &Candidate)> = listed
            .iter()
            .filter(|(key, _)| !shadowed.contains(key))
            .map(|(_, candidate)| (candidate.phrase, *candidate))
            .collect();
        // Most files, most writers, longest, then by text: word by word is the order of the
        // joined text, since a space sorts before every character a word holds.
        ranked.sort_by(|(ka, a), (kb, b)| {
            b.files
                .cmp(&a.files)
                .then(b.writers.len().cmp(&a.writers.len()))
                .then(unpack(*kb).count().cmp(&unpack(*ka).count()))
                .then_with(|| unpack(*ka).map(word).cmp(unpack(*kb).map(word)))
        });
        let found = ranked.len();
        let phrases = ranked
            .into_iter()
            .take(MAX_PHRASES)
            .map(|(key, candidate)| {
                let words: Vec<&str> = unpack(key).map(word).collect();
                let examples: Vec<Example> = candidate
                    .examples()
                    .iter()
                    .map(|&(file, sentence)| Example {
                        path: self.sales_paths[file as usize].clone(),
                        sentence: self.examples[sentence as usize].clone(),
                    })
                    .collect();
                FieldPhrase {
                    text: words.join(" "),
                    words: words.len(),
                    files: candidate.files as usize,
                    writers: candidate.writers.len(),
                    example: examples[0].clone(),
                    examples,
                    in_files: candidate
                        .listed()
                        .iter()
                        .map(|&f| self.sales_paths[f as usize].clone())
                        .collect(),
                }
            })
            .collect();
        (phrases, found)
    }
}

/// A sentence cut to [`EXAMPLE_CHARS`] characters.
pub(super) fn shorten(text: &str) -> String {
    match text.char_indices().nth(EXAMPLE_CHARS) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests;
