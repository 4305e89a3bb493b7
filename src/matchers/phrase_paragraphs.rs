//! Where approved phrases may be, found without tokenising whole documents.
//!
//! One pass over a document's prose words ([`word_list`]; or over its text, [`text_scan`])
//! finds the anchors among them ([`AnchorScanner`]) and its paragraphs (blank lines end a
//! segment, and no phrase window crosses one). Only a paragraph holding enough distinct anchors of some phrase is
//! looked at further: its anchors are asked whether they are prose; if enough still are, and
//! enough lie within the phrase's reach of each other ([`super::phrase_gate`]), the words within
//! that reach of those anchors are cut into tokens and scored, only for those phrases.
//! The result is the same as tokenising and scoring the whole document: tests check it.

use super::phrase_bound::Neighbours;
use super::phrase_gate::{merge, passing_anchors, ParagraphWords, Status};
use super::phrase_metric::{Scratch, TokenKeys};
use super::phrase_scan::AnchorScanner;
use super::phrase_windows::PhraseKeys;
use super::phrases::{PhraseHit, PhraseMatcher, Token, Word};
use std::ops::Range;

#[cfg(test)]
mod equivalence;
mod segments;
mod text_scan;
mod word_list;

#[cfg(test)]
pub(crate) use segments::hash_line;
pub use segments::tokenize;
use segments::{blank_line_after, breaks_segment, has_blank_line};

impl PhraseMatcher {
    /// Scores the paragraphs holding anchors: `paragraphs` holds the first word of each, then
    /// the number of words; `anchors` are in word order. `reused` holds the buffers of the
    /// texts scored before on this thread ([`with_reused`]).
    fn score_paragraphs(
        &self,
        text: &str,
        words: &[Range<usize>],
        paragraphs: &[usize],
        anchors: &[Anchor],
        filters: Filters,
        reused: &mut Reused,
    ) -> Vec<PhraseHit> {
        let scanner = self.anchor_scanner();
        let mut scratch = PhraseBuffers::new(reused, self.phrases.len());
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
            self.find_in_paragraph(&paragraph, scanner, filters, &mut scratch, &mut hits);
        }
        scratch.give_back(reused);
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        hits
    }

    /// The anchor forms of every phrase, built on first use.
    fn anchor_scanner(&self) -> &AnchorScanner {
        self.scanner.get_or_init(|| {
            AnchorScanner::new(&self.index, |p, k| {
                1u64 << self.phrases[p].word_ids[k].min(63)
            })
        })
    }

    /// Score the phrases that have enough distinct anchors near each other in one paragraph.
    fn find_in_paragraph<'s, 't>(
        &'s self,
        paragraph: &Paragraph<'t, '_>,
        scanner: &AnchorScanner,
        (is_word, in_heading): Filters,
        scratch: &mut PhraseBuffers<'s, 't>,
        hits: &mut Vec<PhraseHit>,
    ) {
        let qualifying = &mut scratch.qualifying;
        // A phrase whose bound over the whole paragraph rules it out has no window here: its
        // anchors are not asked whether they are prose.
        let near = &mut scratch.neighbours;
        near.forget();
        self.qualify(
            paragraph.anchors.iter(),
            scanner,
            &mut scratch.seen,
            qualifying,
            |p, present| self.may_drift_in(p, present, paragraph.text, paragraph.words, near),
        );
        if qualifying.is_empty() {
            return;
        }
        // The anchors of these phrases are asked first whether they are prose words: a paragraph
        // of code, or one whose anchors are identifiers, is dropped before its other words are
        // asked. Anchors of other phrases cannot make these qualify, and are asked only if they
        // are near an anchor that does.
        for &p in qualifying.iter() {
            scratch.slot[p] = 0;
        }
        let prose = &mut scratch.prose;
        prose.clear();
        prose.extend(paragraph.anchors.iter().map(|a| {
            let relevant = scanner.postings[a.key]
                .iter()
                .any(|&(p, _)| scratch.slot[p] != usize::MAX);
            relevant.then(|| is_word(a.word))
        }));
        let ruled_in = &mut scratch.passing;
        ruled_in.clear();
        ruled_in.extend_from_slice(qualifying);
        let verified = paragraph
            .anchors
            .iter()
            .zip(prose.iter())
            .filter(|(_, &p)| p == Some(true));
        // Only the phrases kept above: fewer anchors never make another qualify.
        let slot = &scratch.slot;
        self.qualify(
            verified.map(|(a, _)| a),
            scanner,
            &mut scratch.seen,
            qualifying,
            |p, _| slot[p] != usize::MAX,
        );
        for &p in ruled_in.iter() {
            scratch.slot[p] = usize::MAX;
        }
        if qualifying.is_empty() {
            return;
        }
        qualifying.sort_unstable();
        let mut status = std::mem::take(&mut scratch.status);
        let mut words =
            ParagraphWords::new(paragraph.words, paragraph.first_word, &mut status, is_word);
        for (anchor, known) in paragraph.anchors.iter().zip(prose.iter()) {
            if let Some(token) = *known {
                words.set(anchor.word - paragraph.first_word, token);
            }
        }
        let spans = self.gate(paragraph, scanner, &mut words, scratch);
        if !scratch.alive.is_empty() {
            self.score_spans(
                paragraph, scanner, &mut words, &spans, in_heading, scratch, hits,
            );
        }
        scratch.spans = spans;
        scratch.status = status;
    }

    /// Cuts the words of `spans` into tokens and scores the `alive` phrases among them. Only the
    /// words near passing anchors become tokens; two spans apart are two segments, as no window
    /// of a passing anchor reaches from one into the other.
    #[allow(clippy::too_many_arguments)]
    fn score_spans<'s, 't>(
        &'s self,
        paragraph: &Paragraph<'t, '_>,
        scanner: &AnchorScanner,
        words: &mut ParagraphWords,
        spans: &[Range<usize>],
        in_heading: &dyn Fn(usize) -> bool,
        scratch: &mut PhraseBuffers<'s, 't>,
        hits: &mut Vec<PhraseHit>,
    ) {
        let tokens = &mut scratch.tokens;
        tokens.clear();
        let lists = &mut scratch.lists;
        let mut anchors = paragraph.anchors.iter().peekable();
        let mut segment = 0;
        for span in spans {
            let mut first_in_span = true;
            for j in span.clone() {
                let at = paragraph.first_word + j;
                while anchors.next_if(|a| a.word < at).is_some() {}
                let anchor = anchors.next_if(|a| a.word == at);
                if !words.is_token(j) {
                    continue;
                }
                let range = paragraph.words[j].clone();
                if let Some(before) = tokens.last() {
                    if first_in_span
                        || breaks_segment(
                            paragraph.text,
                            before.range.clone(),
                            range.start,
                            in_heading,
                        )
                    {
                        segment += 1;
                    }
                }
                first_in_span = false;
                if let Some(anchor) = anchor {
                    for &(p, k) in &scanner.postings[anchor.key] {
                        if let Some(list) = lists.get_mut(scratch.slot[p]) {
                            list.push((tokens.len(), k));
                        }
                    }
                }
                tokens.push(Token {
                    word: Word::new(&paragraph.text[range.clone()]),
                    range,
                    segment,
                });
            }
        }
        let tokens: &[Token] = tokens;
        let mut keys = TokenKeys::new(tokens.len());
        for (&p, list) in scratch.alive.iter().zip(lists.iter()) {
            scratch.slot[p] = usize::MAX;
            hits.extend(self.find_phrase(
                p,
                list,
                tokens,
                &mut keys,
                &mut scratch.metric,
                &mut scratch.phrase_keys,
            ));
        }
    }

    /// Of the `qualifying` phrases (sorted), those with a passing anchor ([`passing_anchors`])
    /// into `alive`, each with `slot` its place there and an empty list in `lists`; `slot` of the
    /// others is reset. Returns the words the passing anchors' windows may touch, as sorted
    /// disjoint spans of the paragraph's words.
    fn gate(
        &self,
        paragraph: &Paragraph<'_, '_>,
        scanner: &AnchorScanner,
        words: &mut ParagraphWords,
        scratch: &mut PhraseBuffers<'_, '_>,
    ) -> Vec<Range<usize>> {
        let qualifying = &scratch.qualifying;
        for (slot, &p) in qualifying.iter().enumerate() {
            scratch.slot[p] = slot;
        }
        let gate_lists = &mut scratch.gate_lists;
        for list in gate_lists.iter_mut() {
            list.clear();
        }
        if gate_lists.len() < qualifying.len() {
            gate_lists.resize_with(qualifying.len(), Vec::new);
        }
        // Per qualifying phrase, its anchors that are tokens: (word in paragraph, word id's bit).
        for (anchor, known) in paragraph.anchors.iter().zip(scratch.prose.iter()) {
            if *known != Some(true) {
                continue;
            }
            let postings = scanner.postings[anchor.key].iter();
            for (&(p, _), &bit) in postings.zip(&scanner.bits[anchor.key]) {
                if let Some(list) = gate_lists.get_mut(scratch.slot[p]) {
                    list.push((anchor.word - paragraph.first_word, bit));
                }
            }
        }
        let mut spans = std::mem::take(&mut scratch.spans);
        spans.clear();
        scratch.alive.clear();
        for (&p, list) in qualifying.iter().zip(gate_lists.iter()) {
            scratch.slot[p] = usize::MAX;
            let phrase = &self.phrases[p];
            let len = phrase.len();
            let passing = &mut scratch.passing;
            passing.clear();
            if phrase.word_ids.len() > 63 {
                // Ids past 63 share a bit: such a phrase is scored wherever anchored.
                passing.extend(list.iter().map(|&(word, _)| word));
            } else {
                let (needed, reach) = (phrase.anchors_needed, len + 2);
                passing_anchors(list, needed, reach, words, &mut scratch.positions, passing);
            }
            if passing.is_empty() {
                continue;
            }
            // A window scored around an anchor, and the anchors counted for it, lie within
            // `len + 2` tokens of it: an anchor whose neighbourhood rules out every window
            // ([`PhraseMatcher::may_drift_near`]) is not tokenised for this phrase.
            let mut kept = false;
            for &word in passing.iter() {
                let span = words.around(word, len + 2);
                if phrase.word_ids.len() <= 63
                    && !self.may_drift_near(
                        p,
                        paragraph.text,
                        span.clone(),
                        list,
                        words,
                        &mut scratch.neighbours,
                    )
                {
                    continue;
                }
                spans.push(span);
                kept = true;
            }
            if kept {
                scratch.alive.push(p);
            }
        }
        merge(&mut spans);
        let lists = &mut scratch.lists;
        for list in lists.iter_mut() {
            list.clear();
        }
        if lists.len() < scratch.alive.len() {
            lists.resize_with(scratch.alive.len(), Vec::new);
        }
        for (slot, &p) in scratch.alive.iter().enumerate() {
            scratch.slot[p] = slot;
        }
        spans
    }

    /// The phrases with enough distinct words among `anchors` (one paragraph's) for a window
    /// to be scored, and which `keep` keeps (given the bits of their word ids seen), into
    /// `qualifying`. `seen` is all zero before and after.
    fn qualify<'a>(
        &self,
        anchors: impl Iterator<Item = &'a Anchor>,
        scanner: &AnchorScanner,
        seen: &mut [u64],
        qualifying: &mut Vec<usize>,
        mut keep: impl FnMut(usize, u64) -> bool,
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
        let needed = &self.needed;
        qualifying.retain(|&p| {
            let enough = seen[p].count_ones() >= needed[p] && keep(p, seen[p]);
            seen[p] = 0;
            enough
        });
    }
}

/// Which words are tokens (by index among the text's words), and which offsets are in a
/// heading.
type Filters<'f> = (&'f dyn Fn(usize) -> bool, &'f dyn Fn(usize) -> bool);

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
struct PhraseBuffers<'s, 't> {
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
    /// Per anchor of the current paragraph, whether it is a prose word, if asked yet.
    prose: Vec<Option<bool>>,
    /// Per word of the current paragraph, whether it is a token, if asked yet.
    status: Vec<Status>,
    /// Per qualifying phrase, its anchors that are tokens, for the gate ([`passing_anchors`]);
    /// only the first `qualifying.len()` are in use.
    gate_lists: Vec<Vec<(usize, u64)>>,
    /// The gate's token positions of one phrase's anchors.
    positions: Vec<usize>,
    /// The gate's passing anchors of one phrase; before the gate, the phrases qualifying on
    /// all anchors.
    passing: Vec<usize>,
    /// The spans of words tokenised.
    spans: Vec<Range<usize>>,
    /// The qualifying phrases with a passing anchor: the ones scored.
    alive: Vec<usize>,
    /// The lowercase tokens near one passing anchor.
    neighbours: Neighbours,
    /// The metric's keys of the phrases scored so far in this text.
    phrase_keys: PhraseKeys<'s>,
}

/// The buffers of [`PhraseBuffers`] that borrow nothing, and the anchor scan's lists, kept
/// from one text to the next on a thread ([`with_reused`]): made and dropped per document they
/// cost ~25 M instructions on the bench corpus (9,600 documents). Every buffer is cleared or
/// reset where it is used, so what a text leaves in one never reaches the next.
#[derive(Default)]
struct Reused {
    /// The first word of each paragraph, then the number of words (the word scans').
    paragraphs: Vec<usize>,
    /// The anchors found, in word order (the word scans').
    anchors: Vec<Anchor>,
    seen: Vec<u64>,
    slot: Vec<usize>,
    qualifying: Vec<usize>,
    lists: Vec<Vec<(usize, usize)>>,
    metric: Scratch,
    prose: Vec<Option<bool>>,
    status: Vec<Status>,
    gate_lists: Vec<Vec<(usize, u64)>>,
    positions: Vec<usize>,
    passing: Vec<usize>,
    spans: Vec<Range<usize>>,
    alive: Vec<usize>,
    neighbours: Neighbours,
}

thread_local! {
    /// The [`Reused`] buffers of this thread, between two texts (`None` while a text has them).
    static REUSED: std::cell::Cell<Option<Box<Reused>>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with this thread's [`Reused`] buffers (new ones the first time, or if another
/// text on this thread has them), and keeps them for the next text.
fn with_reused<R>(f: impl FnOnce(&mut Reused) -> R) -> R {
    let mut reused = REUSED.with(std::cell::Cell::take).unwrap_or_default();
    let result = f(&mut reused);
    REUSED.with(|cell| cell.set(Some(reused)));
    result
}

impl<'s, 't> PhraseBuffers<'s, 't> {
    /// The buffers for one text of a matcher of `phrases` phrases, taken from `reused`; `seen`
    /// all zero and `slot` all `usize::MAX`, as between paragraphs.
    fn new(reused: &mut Reused, phrases: usize) -> Self {
        use std::mem::take;
        let (mut seen, mut slot) = (take(&mut reused.seen), take(&mut reused.slot));
        seen.clear();
        seen.resize(phrases, 0);
        slot.clear();
        slot.resize(phrases, usize::MAX);
        PhraseBuffers {
            seen,
            slot,
            qualifying: take(&mut reused.qualifying),
            tokens: Vec::new(),
            lists: take(&mut reused.lists),
            metric: take(&mut reused.metric),
            prose: take(&mut reused.prose),
            status: take(&mut reused.status),
            gate_lists: take(&mut reused.gate_lists),
            positions: take(&mut reused.positions),
            passing: take(&mut reused.passing),
            spans: take(&mut reused.spans),
            alive: take(&mut reused.alive),
            neighbours: take(&mut reused.neighbours),
            phrase_keys: PhraseKeys::new(phrases),
        }
    }

    /// Puts the buffers that borrow nothing back into `reused`, for the next text.
    fn give_back(self, reused: &mut Reused) {
        reused.seen = self.seen;
        reused.slot = self.slot;
        reused.qualifying = self.qualifying;
        reused.lists = self.lists;
        reused.metric = self.metric;
        reused.prose = self.prose;
        reused.status = self.status;
        reused.gate_lists = self.gate_lists;
        reused.positions = self.positions;
        reused.passing = self.passing;
        reused.spans = self.spans;
        reused.alive = self.alive;
        reused.neighbours = self.neighbours;
    }
}
