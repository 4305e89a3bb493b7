//! All literal terms of a guide — banned terms, non-preferred words, brand spellings — with their
//! inflections expanded at compile time, in one Aho-Corasick automaton over the normalised text.
//! Word boundaries, case-sensitive entries, prose regions and identifiers are checked only on the
//! (rare) candidate matches.

use super::inflect::{inflections, is_acronym, Inflection};
use crate::document::identifiers::is_word_char;
use crate::document::normalized::{is_invisible, normalize_term, Normalized};
use crate::document::Document;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// What a term belongs to: an index into the compiled guide's banned entries, terms or brands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Banned(usize),
    Preferred(usize),
    Brand(usize),
    /// A benefit expression, by index.
    Benefit(usize),
    /// An audience's avoid word: (audience, word).
    Avoid(usize, usize),
}

/// One literal form the automaton looks for.
#[derive(Debug, Clone)]
pub struct Variant {
    pub target: Target,
    /// The normalised (lowercase, single-spaced) form.
    pub folded: String,
    /// For case-sensitive entries, the words as written; the match must equal them exactly.
    pub exact_words: Option<Vec<String>>,
    /// For `exact` entries of several words, the separators as written (`true`: a hyphen):
    /// "roll-back" matches only "roll-back", "open source" only "open source".
    pub separators: Option<Vec<bool>>,
    pub inflection: Inflection,
    /// The guide wrote the term's words apart ("log in", not "log-in"): it may be a phrasal verb,
    /// whose noun use ("a log in the terminal") is another word.
    pub spaced: bool,
}

/// A match in a document, after boundary, case, prose and identifier checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMatch {
    pub target: Target,
    /// Text offsets of the match, including a possessive `'s`.
    pub start: usize,
    pub end: usize,
    pub inflection: Inflection,
    /// The possessive ending that followed the term (`'s` or `’s`), included in `start..end`.
    pub possessive: Option<&'static str>,
}

/// A term's forms, as [`expand`] gives them.
pub type Forms = Rc<Vec<(String, Inflection, Vec<String>)>>;

#[derive(Default)]
pub struct TermMatcherBuilder {
    variants: Vec<Variant>,
    /// Forms already expanded: compiling a guide asks for most terms more than once (collision
    /// checks, pack overrides, the automaton), and start-up time is paid on every call.
    expanded: HashMap<(String, bool), Forms>,
}

impl TermMatcherBuilder {
    /// The forms of `term` (see [`expand`]), computed once per builder.
    pub fn expand(&mut self, term: &str, exact: bool) -> Forms {
        self.expanded
            .entry((term.to_string(), exact))
            .or_insert_with(|| Rc::new(expand(term, exact)))
            .clone()
    }

    /// Add a term and, unless `exact`, every form with one word regularly inflected.
    pub fn add_term(&mut self, target: Target, term: &str, case_sensitive: bool, exact: bool) {
        let spaced = {
            let gaps = separators(term);
            !gaps.is_empty() && gaps.iter().all(|hyphen| !hyphen)
        };
        for (folded, inflection, written) in self.expand(term, exact).iter() {
            // A form without a letter or digit is no word (an empty one would match everywhere):
            // validation refuses such entries, and the matcher never holds one either.
            if !is_wordlike(folded) {
                continue;
            }
            let exact_words = case_sensitive.then(|| written.clone());
            let separators = exact.then(|| separators(term)).filter(|s| !s.is_empty());
            self.variants.push(Variant {
                target,
                folded: folded.clone(),
                exact_words,
                separators,
                inflection: *inflection,
                spaced,
            });
        }
    }

    /// Add the forms a brand name is misspelled in: any case, split, joined, with a plural `s`.
    pub fn add_brand(&mut self, target: Target, name: &str) {
        let mut forms = vec![
            normalize_term(name),
            normalize_term(&name.replace([' ', '-'], "")),
        ];
        forms.push(normalize_term(&split_camel_case(name)));
        forms.sort();
        forms.dedup();
        // A name of punctuation alone ("-") is no word and may fold to nothing.
        forms.retain(|form| is_wordlike(form));
        for folded in forms {
            for (folded, inflection) in [
                (format!("{folded}s"), Inflection::Plural),
                (folded, Inflection::Base),
            ] {
                self.variants.push(Variant {
                    target,
                    folded,
                    exact_words: None,
                    separators: None,
                    inflection,
                    spaced: false,
                });
            }
        }
    }

    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// The matcher of every term added. Patterns are plain strings of bounded size, so the
    /// automaton fails only past Aho-Corasick's internal limits (identifier overflow); the
    /// error is the caller's to report, never a matcher without terms.
    pub fn build(self) -> Result<TermMatcher, aho_corasick::BuildError> {
        let ac = if self.variants.is_empty() {
            None
        } else {
            Some(automaton(
                self.variants.iter().map(|v| v.folded.as_str()),
                None,
            )?)
        };
        Ok(TermMatcher {
            ac,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
            variants: self.variants,
            joined: None,
        })
    }
}

/// The automaton of `variants`' folded forms: the default kind (a contiguous NFA for more than a
/// few patterns) or the one asked for.
fn automaton<'v>(
    forms: impl Iterator<Item = &'v str>,
    kind: Option<AhoCorasickKind>,
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(kind)
        .build(forms)
}

/// Bytes searched with the default automaton before the full DFA is built. A DFA costs some
/// 80 million instructions to build (25 ms; as much as the default automaton's extra work on
/// about 1.5 MB) and then saves a failure-link walk per byte: compiling a guide (which searches
/// its own examples), a pre-commit hook on a few files and a few hundred pages never pay for it
/// (300 bench pages: 380 M instructions in all without it, 443 M with it built at 512 KiB); a
/// whole repository pays once (the 9,852-page corpus: 4,943 M with it at 512 KiB, 5,134 M at
/// 4 MiB).
const DFA_AFTER_BYTES: usize = 2 * 1024 * 1024;

/// Pattern text past which no DFA is tried (a guide of some ten thousand terms), and the table
/// size past which one is not kept.
const MAX_DFA_PATTERN_BYTES: usize = 256 * 1024;
const MAX_DFA_BYTES: usize = 16 * 1024 * 1024;

/// Guides, at most, whose DFA also holds their packs' forms ([`TermMatcher::join`]) in one
/// process: each such DFA holds its own copy of those forms (~0.5 MB), so a tree of many guides
/// keeps the packs in their one shared automaton.
const MAX_JOINED_DFAS: usize = 4;
static JOINED_DFAS: AtomicUsize = AtomicUsize::new(0);

/// The full DFA of `forms`, unless their text or its table is past the limits above.
fn full_dfa<'v>(forms: impl Iterator<Item = &'v str> + Clone) -> Option<AhoCorasick> {
    let pattern_bytes: usize = forms.clone().map(str::len).sum();
    (pattern_bytes <= MAX_DFA_PATTERN_BYTES)
        .then(|| automaton(forms, Some(AhoCorasickKind::DFA)).ok())
        .flatten()
        .filter(|dfa| dfa.memory_usage() <= MAX_DFA_BYTES)
}

fn is_wordlike(form: &str) -> bool {
    form.chars().any(char::is_alphanumeric)
}

/// The folded forms of a term with its words as written: the base form, then (unless `exact`)
/// each word inflected in turn.
pub fn expand(term: &str, exact: bool) -> Vec<(String, Inflection, Vec<String>)> {
    let written: Vec<String> = written_words(term);
    let folded: Vec<String> = written.iter().map(|w| normalize_term(w)).collect();
    let mut out = vec![(folded.join(" "), Inflection::Base, written.clone())];
    if exact {
        return out;
    }
    for (i, word) in folded.iter().enumerate() {
        // "ROI" → "ROIs": an acronym's plural keeps its capitals, so a case-sensitive entry
        // finds it; an acronym has no verb forms.
        if is_acronym(&written[i]) {
            let mut words = folded.clone();
            let mut written_form = written.clone();
            words[i] = format!("{word}s");
            written_form[i] = format!("{}s", written[i]);
            out.push((words.join(" "), Inflection::Plural, written_form));
            continue;
        }
        for (form, inflection) in inflections(word) {
            let mut words = folded.clone();
            let mut written_form = written.clone();
            if written[i] == *word {
                written_form[i] = form.clone();
            }
            words[i] = form;
            out.push((words.join(" "), inflection, written_form));
        }
    }
    out
}

/// A term's words: split on whitespace and on hyphens between word characters.
fn written_words(term: &str) -> Vec<String> {
    normalize_separators(term)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Collapse separators like the normalised view does, keeping case.
fn normalize_separators(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.trim().chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if is_invisible(c) {
            continue;
        }
        let joins = c == '-'
            && i > 0
            && is_word_char(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&n| is_word_char(n));
        if c.is_whitespace() || c == '>' || joins {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The separators between a term's words, as [`written_words`] splits them: `true` for a
/// hyphen joining two words, `false` for spaces (or a line break).
fn separators(text: &str) -> Vec<bool> {
    let chars: Vec<char> = text.trim().chars().filter(|&c| !is_invisible(c)).collect();
    let mut out = Vec::new();
    let mut in_gap = false;
    for (i, &c) in chars.iter().enumerate() {
        let joins = c == '-'
            && i > 0
            && is_word_char(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&n| is_word_char(n));
        if joins {
            out.push(true);
            in_gap = false;
        } else if c.is_whitespace() || c == '>' {
            if !in_gap {
                out.push(false);
                in_gap = true;
            }
        } else {
            in_gap = false;
        }
    }
    out
}

/// "PowerSpec" → "Power Spec": the split spelling of a camel-case brand.
pub fn split_camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            out.push(' ');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

pub struct TermMatcher {
    ac: Option<AhoCorasick>,
    /// A full DFA of the same patterns (the same matches, one table lookup per byte), built
    /// once [`DFA_AFTER_BYTES`] have been searched; `None` inside when its table
    /// would be too large (a tree of many guides holds one per guide).
    dfa: OnceLock<Option<(AhoCorasick, bool)>>,
    searched: AtomicUsize,
    variants: Vec<Variant>,
    joined: Option<Joined>,
}

impl TermMatcher {
    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// Searches `other`'s patterns too once the DFA is built: a guide's DFA then holds its
    /// packs' forms, so a large run reads each text once rather than once for the guide and
    /// once for its packs. `banned[k]` is this matcher's banned index for `other`'s variant `k`
    /// (`u32::MAX`: not this matcher's); those matches come from [`TermMatcher::find_joined`].
    /// Before the DFA (the first [`DFA_AFTER_BYTES`]), and past [`MAX_JOINED_DFAS`] guides in
    /// a run, the two are searched apart: the shared matcher holds the forms once for every
    /// guide that extends the same packs.
    pub fn join(&mut self, other: Arc<TermMatcher>, banned: Vec<u32>) {
        self.joined = Some(Joined { other, banned });
    }

    /// The automaton to search with: the DFA once it pays for itself (with the joined
    /// matcher's patterns after this one's, if any), else the default.
    fn automaton(&self, bytes: usize) -> Option<(&AhoCorasick, bool)> {
        let ac = self.ac.as_ref()?;
        if self.searched.fetch_add(bytes, Ordering::Relaxed) < DFA_AFTER_BYTES {
            return Some((ac, false));
        }
        let dfa = self.dfa.get_or_init(|| {
            let own = || self.variants.iter().map(|v| v.folded.as_str());
            // The DFA only speeds up what the default automaton already finds: one that fails
            // to build (or is too large) leaves the same matches to the default, and one too
            // large with the joined forms is built without them.
            if let Some(Joined { other, .. }) = &self.joined {
                if JOINED_DFAS.fetch_add(1, Ordering::Relaxed) < MAX_JOINED_DFAS {
                    let joined = own().chain(other.variants.iter().map(|v| v.folded.as_str()));
                    if let Some(dfa) = full_dfa(joined) {
                        return Some((dfa, true));
                    }
                }
            }
            full_dfa(own()).map(|dfa| (dfa, false))
        });
        Some(match dfa {
            Some((dfa, joined)) => (dfa, *joined),
            None => (ac, false),
        })
    }

    /// Every valid match in the document, sorted by start, longest first.
    pub fn find(
        &self,
        doc: &Document,
        norm: &Normalized,
        dotted_names: &[String],
    ) -> Vec<TermMatch> {
        self.find_joined(doc, norm, dotted_names).0
    }

    /// [`TermMatcher::find`], and the joined matcher's matches (with this matcher's banned
    /// indices, sorted the same way) when this search held them: otherwise the caller searches
    /// with that matcher itself.
    pub fn find_joined(
        &self,
        doc: &Document,
        norm: &Normalized,
        dotted_names: &[String],
    ) -> (Vec<TermMatch>, Option<Vec<TermMatch>>) {
        let Some((ac, with_joined)) = self.automaton(norm.text.len()) else {
            return (Vec::new(), None);
        };
        let (mut own, mut joined) = (Vec::new(), Vec::new());
        let view = norm.text.as_bytes();
        let count = self.variants.len();
        for m in ac.find_overlapping_iter(norm.text.as_str()) {
            let (pattern, start, end) = (m.pattern().as_usize(), m.start(), m.end());
            if let Some(variant) = self.variants.get(pattern) {
                if !inside_a_word(view, start, end, variant.folded.as_bytes()) {
                    own.extend(checked(doc, norm, dotted_names, variant, start, end));
                }
                continue;
            }
            let Some(Joined { other, banned }) = &self.joined else {
                continue;
            };
            let k = pattern - count;
            let (Some(variant), Some(&index)) = (other.variants.get(k), banned.get(k)) else {
                continue;
            };
            if index == u32::MAX || inside_a_word(view, start, end, variant.folded.as_bytes()) {
                continue;
            }
            if let Some(mut found) = checked(doc, norm, dotted_names, variant, start, end) {
                found.target = Target::Banned(index as usize);
                joined.push(found);
            }
        }
        order_matches(&mut own);
        order_matches(&mut joined);
        (own, with_joined.then_some(joined))
    }
}

/// Another matcher searched with a [`TermMatcher`]'s DFA ([`TermMatcher::join`]).
struct Joined {
    other: Arc<TermMatcher>,
    /// Per variant of `other`, the banned index its matches take (`u32::MAX`: none).
    banned: Vec<u32>,
}

/// Sort matches by start, longest first, without repeats (matches of several matchers are
/// merged this way too).
pub fn order_matches(matches: &mut Vec<TermMatch>) {
    matches.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    matches.dedup_by_key(|m| (m.target, m.start, m.end));
}

#[path = "terms_checks.rs"]
mod checks;
use checks::{checked, inside_a_word};

#[cfg(test)]
#[path = "terms_tests.rs"]
mod tests;
