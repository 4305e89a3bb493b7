//! Where approved phrases may be, found without tokenising whole documents.
//!
//! Every form of every anchor word (the phrases' content words: their inflections, their
//! synonyms, number words for digits) goes into one hash table, built the first time a document
//! is scanned: each word of a document costs one lookup. Its anchors are grouped into paragraphs
//! (blank lines end a segment, and no phrase window crosses one). Only a paragraph holding enough
//! distinct anchors of some phrase is cut into tokens (here alone words are asked whether they
//! are prose) and scored, and only for those phrases.
//! The result is the same as tokenising and scoring the whole document: a test checks it.

use super::claims::number_words;
use super::phrase_metric::{Scratch, TokenKeys};
use super::phrases::{canonical, PhraseHit, PhraseMatcher, Token, Word, SYNONYMS};
use super::word_scan::scan;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// The anchor words of all phrases, in every form a document may write them.
pub(super) struct AnchorScanner {
    /// Lowercase form, as bytes → anchor key (an index into `postings`): the forms too long
    /// for `short`.
    forms: FxHashMap<Box<[u8]>, usize>,
    /// The forms of up to [`PACKED`] bytes, packed into one integer ([`pack`]): most words are
    /// short, and an integer key hashes and compares without a byte-slice compare.
    short: FxHashMap<u128, usize>,
    /// The longest form, in bytes: longer ASCII words are never looked up.
    longest: usize,
    /// A bit per [`sketch`] of the forms in `short`: a word whose bit is clear is none of them,
    /// and most words are ruled out here without a table lookup.
    sketches: Vec<u64>,
    /// Per anchor key, the (phrase, position in phrase) pairs it anchors.
    postings: Vec<Vec<(usize, usize)>>,
    /// Per anchor key, with each of its postings, the bit of the phrase word's id that counts
    /// distinct anchors ([`PhraseMatcher::qualify`]): every anchor of a document asks.
    bits: Vec<Vec<u64>>,
}

impl AnchorScanner {
    /// `bit` gives the bit of a (phrase, position) pair's word id.
    pub(super) fn new(
        index: &FxHashMap<String, Vec<(usize, usize)>>,
        bit: impl Fn(usize, usize) -> u64,
    ) -> Self {
        let mut forms: FxHashMap<Box<[u8]>, usize> = FxHashMap::default();
        let mut short = FxHashMap::default();
        let mut postings = Vec::new();
        let mut bits = Vec::new();
        let mut longest = 0;
        let mut sketches = vec![0u64; SKETCH_BITS / 64];
        for (key, entries) in index {
            for form in surface_forms(key) {
                let form = form.as_bytes();
                longest = longest.max(form.len());
                match pack(form) {
                    Some(packed) => {
                        let bit = sketch(packed);
                        sketches[bit / 64] |= 1 << (bit % 64);
                        short.insert(packed, postings.len())
                    }
                    None => forms.insert(form.into(), postings.len()),
                };
            }
            postings.push(entries.clone());
            bits.push(entries.iter().map(|&(p, k)| bit(p, k)).collect());
        }
        AnchorScanner {
            forms,
            short,
            longest,
            sketches,
            postings,
            bits,
        }
    }

    /// The anchor key of the word `text[range]`, if it is an anchor; `ascii` says whether the
    /// word is ASCII.
    fn key(&self, text: &str, range: Range<usize>, ascii: bool) -> Option<usize> {
        if ascii {
            // ASCII lowercase keeps the length; other scripts may not ("ẞ" → "ß").
            if range.len() > self.longest {
                return None;
            }
            // Lowercase into one integer: this runs for every word of every document.
            if let Some(packed) = pack_lowercase_at(text.as_bytes(), range.clone()) {
                let bit = sketch(packed);
                if self.sketches[bit / 64] & (1 << (bit % 64)) == 0 {
                    return None;
                }
                return self.short.get(&packed).copied();
            }
            self.lookup(text[range].to_ascii_lowercase().as_bytes())
        } else {
            self.lookup(text[range].to_lowercase().as_bytes())
        }
    }

    /// The anchor key of a lowercase form, from whichever table holds forms of its length.
    fn lookup(&self, lower: &[u8]) -> Option<usize> {
        match pack(lower) {
            Some(packed) => self.short.get(&packed).copied(),
            None => self.forms.get(lower).copied(),
        }
    }
}

/// The longest form, in bytes, that [`pack`] packs: the last byte of the integer holds the length.
const PACKED: usize = 15;

/// `bytes` (up to [`PACKED`] of them) and their length in one integer; equal only for equal
/// byte strings.
fn pack(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > PACKED {
        return None;
    }
    let mut buffer = [0u8; 16];
    buffer[..bytes.len()].copy_from_slice(bytes);
    buffer[PACKED] = bytes.len() as u8;
    Some(u128::from_le_bytes(buffer))
}

/// [`pack`] of the ASCII lowercase of the ASCII word `text[range]`, read as one 16-byte load
/// where the text is long enough (a copy of a few bytes of varying length costs more).
fn pack_lowercase_at(text: &[u8], range: Range<usize>) -> Option<u128> {
    let len = range.len();
    if len > PACKED {
        return None;
    }
    let bytes = match text.get(range.start..range.start + 16) {
        Some(sixteen) => {
            let mut buffer = [0u8; 16];
            buffer.copy_from_slice(sixteen);
            // `len` is at most 15: the shift stays inside the integer.
            u128::from_le_bytes(buffer) & ((1u128 << (8 * len)) - 1)
        }
        None => {
            let mut buffer = [0u8; 16];
            buffer[..len].copy_from_slice(text.get(range)?);
            u128::from_le_bytes(buffer)
        }
    };
    Some(ascii_lowercase(bytes) | ((len as u128) << (8 * PACKED)))
}

/// The ASCII lowercase of 16 ASCII bytes at once: a byte from `A` to `Z` gains 0x20. Adding to
/// a byte below 0x80 never carries into the next one, so each byte's top bit tells its range.
fn ascii_lowercase(bytes: u128) -> u128 {
    const ONES: u128 = u128::MAX / 255;
    let at_least_a = bytes + ONES * u128::from(0x80 - b'A');
    let past_z = bytes + ONES * u128::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !past_z & (ONES * 0x80);
    bytes | (upper >> 2)
}

// Forms are a few thousand (every ending and possessive of every anchor): a table of 8 KiB keeps
// the test selective and stays in the first-level cache.
const SKETCH_SHIFT: u32 = 16;
const SKETCH_BITS: usize = 1 << SKETCH_SHIFT;

/// A cheap hash of a packed form (see [`pack`]), one of [`SKETCH_BITS`].
fn sketch(packed: u128) -> usize {
    let mixed = (packed as u64) ^ ((packed >> 64) as u64).rotate_left(29);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_SHIFT)) as usize
}

/// Every lowercase word whose index key is `key`: the forms [`super::phrases::stem`] maps to it
/// (a doubled final consonant, an ending, a possessive), the same for each synonym it heads, and
/// number words for digits. Candidates are generated generously and kept only when their key
/// really is `key`, so the set is exact.
fn surface_forms(key: &str) -> Vec<String> {
    let mut bases: Vec<&str> = vec![key];
    for group in SYNONYMS.iter().filter(|g| g[0] == key) {
        bases.extend(group.iter().copied());
    }
    if key.bytes().all(|b| b.is_ascii_digit()) {
        bases.extend(number_words().map(|w| -> &str { w }));
        bases.push("one");
    }
    let mut forms: FxHashSet<String> = FxHashSet::default();
    let mut form = String::new();
    for base in bases {
        // `stem` undoubles a final consonant other than these: only then can a doubled form
        // map back.
        let doubled = base
            .bytes()
            .last()
            .filter(|c| base.len() >= 3 && c.is_ascii_alphabetic() && !b"aeiouls".contains(c));
        for double in std::iter::once(None).chain(doubled.map(Some)) {
            for ending in ["", "ing", "ies", "es", "ed", "s", "d"] {
                for possessive in ["", "'s", "’s"] {
                    form.clear();
                    form.push_str(base);
                    form.extend(double.map(char::from));
                    form.push_str(ending);
                    form.push_str(possessive);
                    if canonical(Word::new(&form).norm()) == key && !forms.contains(&form) {
                        forms.insert(form.clone());
                    }
                }
            }
        }
    }
    forms.into_iter().collect()
}

impl PhraseMatcher {
    /// Exact uses and drifted windows of every phrase in `text`, counting only the words
    /// `is_word` accepts (prose, not identifiers). Equal to [`PhraseMatcher::find`] over the
    /// tokens of the whole text, at a fraction of the cost.
    pub fn find_in_text(
        &self,
        text: &str,
        is_word: &dyn Fn(Range<usize>) -> bool,
    ) -> Vec<PhraseHit> {
        if self.phrases.is_empty() {
            return Vec::new();
        }
        let scanner = self.scanner.get_or_init(|| {
            AnchorScanner::new(&self.index, |p, k| {
                1u64 << self.phrases[p].word_ids[k].min(63)
            })
        });
        let mut words = Vec::new();
        // The first word of each paragraph, then the number of words.
        let mut paragraphs = Vec::new();
        let mut anchors = Vec::new();
        let mut blank_lines = None;
        scan(text, |word| {
            if blank_lines != Some(word.blank_lines) {
                blank_lines = Some(word.blank_lines);
                paragraphs.push(words.len());
            }
            if let Some(key) = scanner.key(text, word.range.clone(), word.ascii) {
                anchors.push(Anchor {
                    word: words.len(),
                    key,
                    paragraph: paragraphs.len() - 1,
                });
            }
            words.push(word.range);
        });
        if anchors.is_empty() {
            return Vec::new();
        }
        paragraphs.push(words.len());
        let mut scratch = PhraseBuffers {
            seen: vec![0; self.phrases.len()],
            slot: vec![usize::MAX; self.phrases.len()],
            qualifying: Vec::new(),
            tokens: Vec::new(),
            lists: Vec::new(),
            metric: Scratch::default(),
            prose: Vec::new(),
        };
        let mut hits = Vec::new();
        for group in anchors.chunk_by(|a, b| a.paragraph == b.paragraph) {
            let paragraph = group[0].paragraph;
            let span = paragraphs[paragraph]..paragraphs[paragraph + 1];
            let paragraph = Paragraph {
                text,
                words: &words[span.clone()],
                first_word: span.start,
                anchors: group,
            };
            self.find_in_paragraph(&paragraph, scanner, is_word, &mut scratch, &mut hits);
        }
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        hits
    }

    /// Score the phrases that have enough distinct anchors in one paragraph.
    fn find_in_paragraph<'t>(
        &self,
        paragraph: &Paragraph<'t, '_>,
        scanner: &AnchorScanner,
        is_word: &dyn Fn(Range<usize>) -> bool,
        scratch: &mut PhraseBuffers<'t>,
        hits: &mut Vec<PhraseHit>,
    ) {
        let qualifying = &mut scratch.qualifying;
        self.qualify(
            paragraph.anchors.iter(),
            scanner,
            &mut scratch.seen,
            qualifying,
        );
        if qualifying.is_empty() {
            return;
        }
        // The anchors are asked first whether they are prose words: a paragraph of code, or one
        // whose anchors are identifiers, is dropped before its other words are asked.
        let prose = &mut scratch.prose;
        prose.clear();
        prose.extend(
            paragraph
                .anchors
                .iter()
                .map(|a| is_word(paragraph.words[a.word - paragraph.first_word].clone())),
        );
        let verified = paragraph
            .anchors
            .iter()
            .zip(prose.iter())
            .filter(|(_, &p)| p);
        self.qualify(
            verified.map(|(a, _)| a),
            scanner,
            &mut scratch.seen,
            qualifying,
        );
        if qualifying.is_empty() {
            return;
        }
        qualifying.sort_unstable();
        for (slot, &p) in qualifying.iter().enumerate() {
            scratch.slot[p] = slot;
        }
        // Anchors per qualifying phrase as (token index, position in phrase), in token order.
        let lists = &mut scratch.lists;
        for list in lists.iter_mut() {
            list.clear();
        }
        if lists.len() < qualifying.len() {
            lists.resize_with(qualifying.len(), Vec::new);
        }
        let tokens = &mut scratch.tokens;
        tokens.clear();
        let mut next = paragraph.anchors.iter().zip(prose.iter()).peekable();
        let mut segment = 0;
        for (j, range) in paragraph.words.iter().enumerate() {
            let anchor = next.next_if(|(a, _)| a.word == paragraph.first_word + j);
            let is_token = match anchor {
                Some((_, &prose)) => prose,
                None => is_word(range.clone()),
            };
            if !is_token {
                continue;
            }
            if let Some(before) = tokens.last() {
                if breaks_segment(paragraph.text, before.range.end, range.start) {
                    segment += 1;
                }
            }
            if let Some((anchor, _)) = anchor {
                for &(p, k) in &scanner.postings[anchor.key] {
                    if let Some(list) = lists.get_mut(scratch.slot[p]) {
                        list.push((tokens.len(), k));
                    }
                }
            }
            tokens.push(Token {
                word: Word::new(&paragraph.text[range.clone()]),
                range: range.clone(),
                segment,
            });
        }
        let tokens: &[Token] = tokens;
        let mut keys = TokenKeys::new(tokens.len());
        for (&p, list) in qualifying.iter().zip(lists.iter()) {
            scratch.slot[p] = usize::MAX;
            hits.extend(self.find_phrase(p, list, tokens, &mut keys, &mut scratch.metric));
        }
    }

    /// The phrases with enough distinct words among `anchors` (one paragraph's) for a window
    /// to be scored, into `qualifying`. `seen` is all zero before and after.
    fn qualify<'a>(
        &self,
        anchors: impl Iterator<Item = &'a Anchor>,
        scanner: &AnchorScanner,
        seen: &mut [u64],
        qualifying: &mut Vec<usize>,
    ) {
        // The distinct anchor words of each phrase here, one bit per word id. Ids past 63 would
        // share a bit and undercount, so phrases that long are scored whenever anchored.
        qualifying.clear();
        for anchor in anchors {
            let bits = &scanner.bits[anchor.key];
            for (&(p, _), &bit) in scanner.postings[anchor.key].iter().zip(bits) {
                if seen[p] == 0 {
                    qualifying.push(p);
                }
                seen[p] |= bit;
            }
        }
        qualifying.retain(|&p| {
            let phrase = &self.phrases[p];
            let enough = phrase.word_ids.len() > 63
                || seen[p].count_ones() as usize >= phrase.anchors_needed;
            seen[p] = 0;
            enough
        });
    }
}

/// A word of a text that is an anchor word of some phrase (not yet known to be prose).
struct Anchor {
    /// Index among the text's words.
    word: usize,
    /// Anchor key: an index into [`AnchorScanner::postings`].
    key: usize,
    /// Index among the text's paragraphs.
    paragraph: usize,
}

/// The words between two blank lines, and the anchors among them.
struct Paragraph<'t, 'a> {
    text: &'t str,
    words: &'a [Range<usize>],
    /// Index of `words[0]` among the text's words.
    first_word: usize,
    anchors: &'a [Anchor],
}

/// Buffers reused across the paragraphs of one text: most paragraphs are scored when anchors
/// are dense, and allocating these per paragraph showed in profiles.
struct PhraseBuffers<'t> {
    /// Distinct anchor words seen, as bits; all zero between paragraphs.
    seen: Vec<u64>,
    /// A qualifying phrase's place in the paragraph's lists; `usize::MAX` between paragraphs.
    slot: Vec<usize>,
    /// The phrases scored in the current paragraph.
    qualifying: Vec<usize>,
    /// The current paragraph's tokens.
    tokens: Vec<Token<'t>>,
    /// Per qualifying phrase, its anchors in the current paragraph; only the first
    /// `qualifying.len()` are in use.
    lists: Vec<Vec<(usize, usize)>>,
    /// The edit-distance tables.
    metric: Scratch,
    /// Per anchor of the current paragraph, whether it is a prose word.
    prose: Vec<bool>,
}

/// The words of `text[span]` that `is_word` accepts, as phrase tokens, split into segments at
/// blank lines and headings.
pub fn tokenize<'t>(
    text: &'t str,
    span: Range<usize>,
    is_word: &dyn Fn(Range<usize>) -> bool,
) -> Vec<Token<'t>> {
    let mut tokens = Vec::new();
    tokenize_into(text, span, is_word, &mut tokens);
    tokens
}

/// [`tokenize`] into a buffer it clears first.
fn tokenize_into<'t>(
    text: &'t str,
    span: Range<usize>,
    is_word: &dyn Fn(Range<usize>) -> bool,
    tokens: &mut Vec<Token<'t>>,
) {
    tokens.clear();
    let mut segment = 0;
    for word in crate::document::words(&text[span.clone()]) {
        let range = word.start + span.start..word.end + span.start;
        if !is_word(range.clone()) {
            continue;
        }
        if let Some(before) = tokens.last() {
            if breaks_segment(text, before.range.end, range.start) {
                segment += 1;
            }
        }
        tokens.push(Token {
            word: Word::new(&text[range.clone()]),
            range,
            segment,
        });
    }
}

/// A blank line or a heading between two words ends a segment: phrase windows never cross it.
fn breaks_segment(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    if !gap.contains('\n') {
        return false;
    }
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let is_heading = |at: usize| text[line_start(at)..].trim_start().starts_with('#');
    // `from` is the end of the previous word: its line is the line that word is on.
    has_blank_line(gap) || is_heading(from) || is_heading(to)
}

/// Whether a gap between two words holds a whole line of white space.
fn has_blank_line(gap: &str) -> bool {
    // Only the pieces between two line breaks are whole lines: before the first is the rest of
    // the first word's line, after the last the start of the next's. Most gaps hold no line
    // break at all, and this runs between every two anchors: one byte search rules them out.
    let Some(first) = gap.find('\n') else {
        return false;
    };
    let mut rest = &gap[first + 1..];
    while let Some(end) = rest.find('\n') {
        if rest[..end].trim().is_empty() {
            return true;
        }
        rest = &rest[end + 1..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{breaks_segment, has_blank_line, pack, pack_lowercase_at, PACKED};

    #[test]
    fn packed_forms_are_equal_only_for_equal_words() {
        let lower =
            |text: &str, range: std::ops::Range<usize>| pack_lowercase_at(text.as_bytes(), range);
        assert_eq!(pack(b"laptops"), lower("LapTops", 0..7));
        assert_eq!(
            pack(b"laptops"),
            lower("my LapTops are here, at last", 3..10)
        );
        assert_ne!(pack(b"a"), pack(b"a\0"));
        assert_ne!(pack(b""), pack(b"\0"));
        assert_ne!(pack(b"caf\xc3\xa9"), pack(b"cafe"));
        let longest = "x".repeat(PACKED);
        assert!(pack(longest.as_bytes()).is_some());
        assert_eq!(pack(format!("{longest}x").as_bytes()), None);
        assert_eq!(lower(&format!("{longest}X"), 0..PACKED + 1), None);
    }

    #[test]
    fn ascii_lowercase_changes_only_capital_letters() {
        let all: Vec<u8> = (0u8..0x80).collect();
        for chunk in all.chunks(15) {
            let text = format!("{}tail of sixteen bytes", String::from_utf8_lossy(chunk));
            let expected = pack(&chunk.to_ascii_lowercase());
            assert_eq!(pack_lowercase_at(text.as_bytes(), 0..chunk.len()), expected);
            let at_end = String::from_utf8_lossy(chunk).to_string();
            assert_eq!(
                pack_lowercase_at(at_end.as_bytes(), 0..chunk.len()),
                expected
            );
        }
    }

    #[test]
    fn blank_lines_are_whole_lines_of_white_space() {
        assert!(!has_blank_line(" "));
        assert!(!has_blank_line(" \n "));
        assert!(has_blank_line("\n\n"));
        assert!(has_blank_line(". \n \t\r\n x"));
        assert!(!has_blank_line("\n x \n"));
        assert!(has_blank_line("\n x \n\u{a0}\n"));
    }

    #[test]
    fn segments_end_at_blank_lines_and_headings() {
        let text = "one two\nthree\n\nfour\n# Five\nsix";
        let at = |w: &str| text.find(w).expect("word");
        assert!(!breaks_segment(text, at("two") + 3, at("three")));
        assert!(breaks_segment(text, at("three") + 5, at("four")));
        assert!(breaks_segment(text, at("four") + 4, at("Five")));
        assert!(breaks_segment(text, at("Five") + 4, at("six")));
        assert!(!breaks_segment(text, at("one") + 3, at("two")));
        let cafe = "the café\nand";
        assert!(!breaks_segment(
            cafe,
            cafe.find('\n').unwrap_or(0),
            cafe.len() - 3
        ));
    }
}

#[cfg(test)]
mod equivalence {
    use super::tokenize;
    use crate::matchers::phrases::{PhraseKind, PhraseMatcher};
    use proptest::prelude::*;
    use std::ops::Range;

    fn matcher() -> PhraseMatcher {
        let mut matcher = PhraseMatcher::default();
        for (i, phrase) in [
            "Three laptops in 60 seconds",
            "Visit your local store",
            "Book a demo",
            "The value is the path to the value",
            "Experts who speak your language",
        ]
        .iter()
        .enumerate()
        {
            matcher.add(PhraseKind::Phrase(i), phrase, 0.8);
        }
        matcher.add(PhraseKind::Cta(0), "Call us today", 0.75);
        matcher
    }

    /// Words and separators that make phrases, near misses and segment breaks likely.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "three",
            "Three",
            "3",
            "laptops",
            "laptop",
            "notebooks",
            "in",
            "sixty",
            "60",
            "seconds",
            "secnods",
            "visit",
            "your",
            "local",
            "nearest",
            "store",
            "shop",
            "shop's",
            "book",
            "booked",
            "schedule",
            "a",
            "demo",
            "demonstration",
            "the",
            "value",
            "is",
            "path",
            "to",
            "experts",
            "who",
            "that",
            "speak",
            "language",
            "call",
            "phone",
            "us",
            "today",
            "x_y",
            "user@example.com",
            " ",
            " ",
            " ",
            ", ",
            ". ",
            "\n",
            "\n\n",
            "\n# ",
            "\n  \n",
            "’",
            "'",
            "-",
        ])
    }

    #[test]
    fn paragraphs_are_scored_separately_and_anchors_never_cross_them() {
        let text = "Book a demo today.\n\nThree notebooks in 60 seconds!\n\n# Visit\n\nyour local shop\n\nlaptops\n\nin 60 seconds";
        let all = |_: Range<usize>| true;
        let found: Vec<(&str, bool)> = matcher()
            .find_in_text(text, &all)
            .into_iter()
            .map(|h| (&text[h.range], h.exact))
            .collect();
        // "Visit" sits in a heading of its own; "laptops" and "in 60 seconds" are paragraphs
        // apart, so neither pair is a drifted phrase.
        assert_eq!(
            found,
            [
                ("Book a demo", true),
                ("Three notebooks in 60 seconds", false)
            ]
        );
        assert_eq!(
            matcher().find(&tokenize(text, 0..text.len(), &all)).len(),
            found.len()
        );
    }

    #[test]
    fn any_case_and_any_length_of_anchor_is_found() {
        let long = "a".repeat(70);
        let mut matcher = PhraseMatcher::default();
        // Each phrase has one content word, its only anchor.
        matcher.add(PhraseKind::Phrase(0), "the Übermorgen", 0.8);
        matcher.add(PhraseKind::Phrase(1), &format!("the {long}"), 0.8);
        let text = format!("THE ÜBERMORGEN\n\nThe {}", long.to_uppercase());
        let all = |_: Range<usize>| true;
        let found: Vec<bool> = matcher
            .find_in_text(&text, &all)
            .iter()
            .map(|h| h.exact)
            .collect();
        assert_eq!(found, [true, true]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn scanning_paragraphs_finds_what_scoring_every_token_finds(
            pieces in prop::collection::vec(piece(), 0..80),
            skip_x in any::<bool>(),
        ) {
            let text: String = pieces.iter().enumerate().map(|(i, p)| {
                // Separate adjacent words so they stay words.
                if p.chars().next().is_some_and(char::is_alphanumeric) && i > 0 {
                    format!(" {p}")
                } else {
                    p.to_string()
                }
            }).collect();
            // A filter like the prose and identifier test: here, words holding a "3" are out.
            let is_word = |r: Range<usize>| !(skip_x && text[r].contains('3'));
            let matcher = matcher();
            let everything = matcher.find(&tokenize(&text, 0..text.len(), &is_word));
            prop_assert_eq!(matcher.find_in_text(&text, &is_word), everything);
        }
    }
}
