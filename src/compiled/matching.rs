//! Matching a compiled guide's literal terms and banned patterns against a document, with the
//! context conditions that say a match is not the sense the entry means.

use super::{near, CompiledGuide, Origin, PatternMatch};
use crate::document::normalized::Normalized;
use crate::document::{Document, Kind};
use crate::matchers::terms::{Target, TermMatch};
use std::collections::HashSet;

impl CompiledGuide {
    /// Every literal term match (banned, non-preferred and brand forms) in a document; `page`
    /// is the document's path as findings name it ("" for a sentence of the guide itself).
    pub fn term_matches(&self, doc: &Document, norm: &Normalized, page: &str) -> Vec<TermMatch> {
        let mut found = self.raw_term_matches(doc, norm);
        let literal = self.literal_in_document(doc, &found);
        found.retain(|m| {
            !literal.contains(&m.target) && !self.named_here(doc, page, m.target, m.start, m.end)
        });
        found
    }

    /// The entries whose `unless_near` words stand near one of their matches in `doc`: one
    /// sense per document. A post that speaks of "the SSD's parallel bandwidth" means the disk's
    /// data rate again in "makes much better use of available bandwidth" two sentences on.
    fn literal_in_document(&self, doc: &Document, found: &[TermMatch]) -> HashSet<Target> {
        let mut literal = HashSet::new();
        for m in found {
            if !literal.contains(&m.target) && self.near_here(doc, m.target, m.start, m.end) {
                literal.insert(m.target);
            }
        }
        literal
    }

    /// Whether a context condition says the match at `start..end` is not the sense the entry
    /// means: an `unless_near` word is near ([`Self::near_here`]), or the match is part of a
    /// name ([`Self::named_here`]).
    fn literal_here(
        &self,
        doc: &Document,
        page: &str,
        target: Target,
        start: usize,
        end: usize,
    ) -> bool {
        self.named_here(doc, page, target, start, end) || self.near_here(doc, target, start, end)
    }

    /// Whether one of the entry's `unless_near` words stands near the match at `start..end`.
    fn near_here(&self, doc: &Document, target: Target, start: usize, end: usize) -> bool {
        let near = match target {
            Target::Banned(i) => self.banned_near.get(i),
            Target::Preferred(t) => self.terms_near.get(t),
            _ => None,
        };
        near.and_then(Option::as_ref)
            .is_some_and(|near| near.found(doc.text, start, end))
    }

    /// Whether the match at `start..end` is part of a name: a banned word in a proper name
    /// ([`super::proper_name`]), a pack word in a capitalised name, a section or a page's title
    /// ([`near::in_capitalised_name`] and its neighbours), or a word right after a name for an
    /// entry marked `unless_after_name`.
    fn named_here(
        &self,
        doc: &Document,
        page: &str,
        target: Target,
        start: usize,
        end: usize,
    ) -> bool {
        let text = doc.text;
        match target {
            Target::Banned(i) => {
                let heading = doc.in_heading(start);
                // Any banned word, the guide's own too, inside a proper name is the name's.
                super::proper_name::in_a_proper_name(doc.context_text(), start, end, heading)
                    || (matches!(self.banned[i].origin, Origin::Pack(..))
                        && (near::in_capitalised_name(text, start, end, heading)
                            || near::is_section_name(text, start, end, heading)
                            || near::names_a_page(text, start, end, page, heading)
                            || super::page_topic::page_is_about(doc, page, start, end)
                            || super::page_topic::page_names_a_status(doc, start, end)
                            || super::cited_title::in_cited_title(text, start, end)))
                    || (self.banned[i].entry.unless_after_name
                        && near::after_a_name(text, start, end))
            }
            Target::Preferred(t) => {
                self.terms.get(t).is_some_and(|term| term.unless_after_name)
                    && near::after_a_name(text, start, end)
            }
            _ => false,
        }
    }

    fn raw_term_matches(&self, doc: &Document, norm: &Normalized) -> Vec<TermMatch> {
        let (mut found, joined) = self.matcher.find_joined(doc, norm, &self.dotted_names);
        let Some((packs, indices)) = &self.packs else {
            return found;
        };
        // The guide's DFA holds the packs' forms once it is built; before, they are searched
        // with the packs' own matcher.
        match joined {
            Some(joined) => found.extend(joined),
            None => found.extend(
                packs
                    .matcher
                    .find(doc, norm, &self.dotted_names)
                    .into_iter()
                    .filter_map(|mut m| {
                        let Target::Banned(i) = m.target else {
                            return None;
                        };
                        m.target = Target::Banned((*indices.get(i)?)?);
                        Some(m)
                    }),
            ),
        }
        crate::matchers::terms::order_matches(&mut found);
        found
    }

    /// Every match of a banned `pattern` in a document's prose, outside identifiers.
    pub fn pattern_matches(&self, doc: &Document) -> Vec<PatternMatch> {
        // Patterns see through soft hyphens and zero-width characters, as terms do: they run
        // over the text without them (only when it has any), and matches map back.
        if self.patterns.is_empty() {
            return Vec::new();
        }
        let visible = crate::document::normalized::Visible::new(doc.text);
        let mut found = Vec::new();
        for (banned, regex) in &self.patterns {
            for m in regex.find_iter(visible.text()) {
                if m.range().is_empty() {
                    continue;
                }
                let range = visible.original(m.range());
                if doc.is_prose(range.clone())
                    && !doc.in_identifier(range.start, range.end, &self.dotted_names)
                    && !doc.is_mention(range.start, range.end)
                    && !self.literal_here(doc, "", Target::Banned(*banned), range.start, range.end)
                {
                    found.push(PatternMatch {
                        banned: *banned,
                        range,
                    });
                }
            }
        }
        found
    }

    /// The term matches in a sentence of the guide itself (a plain-text document of no page).
    pub(super) fn sentence_term_matches(&self, doc: &Document) -> Vec<TermMatch> {
        self.term_matches(doc, &Normalized::new(doc.text), "")
    }

    /// Indices of the banned entries that fire on a plain-text sentence (for examples).
    pub fn banned_hits(&self, sentence: &str) -> HashSet<usize> {
        let doc = Document::new(sentence, Kind::Text);
        let terms = self
            .sentence_term_matches(&doc)
            .into_iter()
            .filter_map(|m| match m.target {
                Target::Banned(i) => Some(i),
                _ => None,
            });
        terms
            .chain(self.pattern_matches(&doc).into_iter().map(|m| m.banned))
            .collect()
    }

    /// The literal-term targets that match a plain-text sentence (for examples).
    pub fn target_hits(&self, sentence: &str) -> HashSet<Target> {
        let doc = Document::new(sentence, Kind::Text);
        self.sentence_term_matches(&doc)
            .into_iter()
            .map(|m| m.target)
            .collect()
    }
}
