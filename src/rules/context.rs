//! Everything a rule may look at, computed once per document and only when a rule asks.

use super::gate::Gate;
use super::unapproved_claim::Verdict;
use crate::compiled::CompiledGuide;
use crate::document::joined::part_of_joined;
use crate::document::normalized::Normalized;
use crate::document::Document;
use crate::finding::{Applicability, Edit, Finding, Fix, Scope};
use crate::guide::schema::Quotes;
use crate::limits::MAX_FINDINGS_PER_FILE;
use crate::matchers::claims::ClaimMatch;
use crate::matchers::phrases::PhraseHit;
use crate::matchers::terms::TermMatch;
use crate::profile::{profile, Chosen, Profile};
use crate::registry::RuleId;
use crate::suppress::Suppressions;
use std::cell::RefCell;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub guide: &'a CompiledGuide,
    /// How findings name the file.
    pub path: &'a str,
    /// Literal term matches (banned, preferred, brand, benefit, audience words).
    pub terms: Vec<TermMatch>,
    pub profile: Profile,
    /// Every rule's level for this document: overrides, channel, then top-level `rules`.
    levels: Vec<crate::finding::Level>,
    words: OnceLock<Vec<Range<usize>>>,
    /// Per prose word, whether it counts as a word, once asked ([`Context::is_counted`]).
    word_answers: RefCell<Vec<Option<bool>>>,
    phrase_hits: OnceLock<Vec<PhraseHit>>,
    /// The document's figures with their verdicts, read once for both claim rules.
    claims: OnceLock<Vec<(ClaimMatch, Verdict)>>,
    /// Suppressions and the findings cap, applied as each finding is made.
    gate: RefCell<Gate>,
}

impl<'a> Context<'a> {
    /// `relative` is the file's path relative to the guide's folder, for channel and audience
    /// globs (`None` when it is outside the folder or has no path); `chosen` is what the caller
    /// picked for a draft ([`Chosen`]).
    pub fn new(
        doc: &'a Document<'a>,
        guide: &'a CompiledGuide,
        path: &'a str,
        relative: Option<&Path>,
        chosen: Chosen,
    ) -> Self {
        let norm = Normalized::of_document(doc);
        let terms = guide.term_matches(doc, &norm, path);
        let profile = profile(doc, relative, guide, chosen);
        let levels = guide.levels_for(profile.channel, relative);
        Context {
            doc,
            guide,
            path,
            terms,
            profile,
            levels,
            words: OnceLock::new(),
            word_answers: RefCell::new(Vec::new()),
            phrase_hits: OnceLock::new(),
            claims: OnceLock::new(),
            gate: RefCell::new(Gate::new(Suppressions::parse(doc), MAX_FINDINGS_PER_FILE)),
        }
    }

    /// The claims of this document as `judge` reads them, worked out on first use.
    pub(super) fn claims(
        &self,
        judge: impl FnOnce() -> Vec<(ClaimMatch, Verdict)>,
    ) -> &[(ClaimMatch, Verdict)] {
        self.claims.get_or_init(judge)
    }

    /// Prose words: front matter, code, URLs and identifiers left out. Every word count
    /// (`within_words`, `max_words`) counts these.
    pub fn words(&self) -> &[Range<usize>] {
        self.words.get_or_init(|| {
            let prose = self.doc.prose_words();
            let mut answers = self.word_answers(prose.len());
            prose
                .iter()
                .zip(answers.iter_mut())
                .filter_map(|(w, known)| {
                    known
                        .get_or_insert_with(|| self.counts(w))
                        .then(|| w.clone())
                })
                .collect()
        })
    }

    /// Whether prose word `index` (of [`Document::prose_words`]) counts as a word, the answer
    /// kept: phrase drift asks about the words near its anchors, the word counts about all.
    fn is_counted(&self, index: usize) -> bool {
        let prose = self.doc.prose_words();
        let mut answers = self.word_answers(prose.len());
        match (answers.get_mut(index), prose.get(index)) {
            (Some(known), Some(w)) => *known.get_or_insert_with(|| self.counts(w)),
            _ => false,
        }
    }

    /// The kept answers of [`Context::is_counted`], one per prose word (`count` of them).
    fn word_answers(&self, count: usize) -> std::cell::RefMut<'_, Vec<Option<bool>>> {
        let mut answers = self.word_answers.borrow_mut();
        answers.resize(count, None);
        answers
    }

    /// Whether a prose word counts: no part of an identifier.
    fn counts(&self, word: &Range<usize>) -> bool {
        !self
            .doc
            .in_identifier(word.start, word.end, &self.guide.dotted_names)
    }

    /// How many prose words come before `offset`. Only the words before it are asked whether
    /// they count (unless every word already was): a benefit is looked for near the top.
    pub fn word_position(&self, offset: usize) -> usize {
        if let Some(words) = self.words.get() {
            return words.partition_point(|w| w.start < offset);
        }
        let prose = self.doc.prose_words();
        let before = prose.partition_point(|w| w.start < offset);
        let mut answers = self.word_answers(prose.len());
        prose[..before]
            .iter()
            .zip(answers.iter_mut())
            .map(|(w, known)| *known.get_or_insert_with(|| self.counts(w)))
            .filter(|&counts| counts)
            .count()
    }

    /// The number of prose words ([`Context::words`]) if it is over `max`. A document with no
    /// more words of any kind than `max` is under it whatever they are: its words are not asked
    /// whether they count (the identifier test of every word is most of a count's cost).
    pub fn word_count_over(&self, max: usize) -> Option<usize> {
        if self.doc.prose_words().len() <= max {
            return None;
        }
        let words = self.words().len();
        (words > max).then_some(words)
    }

    /// Exact uses and drifts of approved phrases and calls to action.
    pub fn phrase_hits(&self) -> &[PhraseHit] {
        self.phrase_hits.get_or_init(|| {
            if self.guide.phrases.is_empty() {
                Vec::new()
            } else {
                // The document's prose words, read once for every matcher: a token is one of
                // them that counts as a word.
                let is_token = |index: usize| self.is_counted(index);
                let in_heading = |at: usize| self.doc.in_heading(at);
                self.guide.phrases.find_in_words(
                    self.doc.text,
                    self.doc.prose_words(),
                    &is_token,
                    &in_heading,
                )
            }
        })
    }

    /// The channel's settings, if the document is in a channel.
    pub fn channel(&self) -> Option<&crate::compiled::CompiledChannel> {
        self.profile.channel.map(|c| &self.guide.channels[c])
    }

    /// The level `rule` runs at for this document.
    pub fn level(&self, rule: RuleId) -> crate::finding::Level {
        self.levels
            .get(rule.index())
            .copied()
            .unwrap_or(crate::finding::Level::Off)
    }

    pub fn is_on(&self, rule: RuleId) -> bool {
        self.level(rule).severity().is_some()
    }

    /// A finding of `rule` at text range `range`; `None` when the guide turns the rule off, a
    /// suppression comment silences it, or it is past the findings cap (then it is counted).
    pub fn finding(
        &self,
        rule: RuleId,
        range: Range<usize>,
        message: String,
        suggestion: Option<String>,
    ) -> Option<Finding> {
        self.level(rule).severity()?;
        if self.quoted(rule, range.clone()) == Some(Quotes::Skip) {
            return None;
        }
        let (line, _) = self.doc.position(range.start);
        if !self.gate.borrow_mut().admit(rule, line, range.start) {
            return None;
        }
        self.make(rule, range, message, suggestion)
    }

    /// A finding of `rule` at text range `range`, past no suppression or cap.
    fn make(
        &self,
        rule: RuleId,
        range: Range<usize>,
        message: String,
        suggestion: Option<String>,
    ) -> Option<Finding> {
        let severity = self.level(rule).severity()?;
        let (line, column) = self.doc.position(range.start);
        let (end_line, end_column) = self.doc.position(range.end);
        Some(Finding {
            path: self.path.to_string(),
            line,
            column,
            end_line,
            end_column,
            start: range.start + self.doc.bom,
            end: range.end + self.doc.bom,
            rule,
            severity,
            message,
            matched: self.doc.text[range.clone()].to_string(),
            suggestion,
            fix: None,
            scope: Scope::Span,
            entry: None,
            location: self.doc.location_at(range.start).cloned(),
        })
    }

    /// The rules' findings made into the report: the suppression comments' own findings added,
    /// sorted, cut at the cap, and the findings past it counted in one `partial-check` finding
    /// where the first of them starts. Called once, after the rules.
    pub fn finish(&self, mut findings: Vec<Finding>) -> Vec<Finding> {
        let gate = self.gate.take();
        let make = |rule, range, message, suggestion| self.make(rule, range, message, suggestion);
        findings.extend(gate.suppressions.findings(make));
        findings.sort_by_key(|f| (f.start, f.rule.index()));
        let (mut hidden, mut first_hidden) = (gate.past_cap, gate.first_past_cap);
        if let Some(first_cut) = findings.get(MAX_FINDINGS_PER_FILE) {
            let at = first_cut.start - self.doc.bom;
            first_hidden = Some(first_hidden.map_or(at, |first| first.min(at)));
            hidden += findings.len() - MAX_FINDINGS_PER_FILE;
            findings.truncate(MAX_FINDINGS_PER_FILE);
        }
        if let Some(at) = first_hidden {
            let message = super::partial_check::past_cap_message(hidden);
            findings.extend(self.make(super::partial_check::ID, at..at, message, None));
        }
        findings
    }

    /// A finding whose suggestion replaces its match, with a fix of `applicability` — unless the
    /// match holds more than words, spaces, hyphens and apostrophes (markup, a quote marker, a
    /// line break): a fix never deletes markup. A match that is only part of a joined token
    /// (`Powerspec-certified`, `repo-updater`) may be a name: its fix is at most unsafe.
    pub fn fixable_finding(
        &self,
        rule: RuleId,
        range: Range<usize>,
        message: String,
        suggestion: Option<String>,
        applicability: Applicability,
    ) -> Option<Finding> {
        let mut finding = self.finding(rule, range.clone(), message, suggestion.clone())?;
        // Someone else's words are reported, never rewritten.
        let quoted = self.quoted(rule, range.clone()).is_some();
        if quoted && suggestion.is_some() {
            finding.message.push_str(" (in a quotation: not fixed)");
        }
        // A heading the page links to by its anchor: new words would break the link.
        let linked_heading =
            !quoted && suggestion.is_some() && self.doc.in_linked_heading(range.start);
        if linked_heading {
            finding
                .message
                .push_str(" (in a heading the page links to: not fixed)");
        }
        // Part of a joined token ("client-facing"): the fix may break an identifier.
        let applicability = if part_of_joined(self.doc.text, range.start, range.end) {
            Applicability::Unsafe
        } else {
            applicability
        };
        if let (Some(replacement), true) = (
            suggestion,
            !quoted && !linked_heading && is_plain(&self.doc.text[range]),
        ) {
            let edit = Edit {
                start: finding.start,
                end: finding.end,
                replacement,
            };
            finding.fix = Some(Fix {
                applicability,
                edits: vec![edit],
            });
        }
        Some(finding)
    }

    /// The guide's `quotes` mode when a match of a word rule touches a quotation and the guide
    /// does not check quotations as prose; whole-file rules are not affected.
    fn quoted(&self, rule: RuleId, range: Range<usize>) -> Option<Quotes> {
        let mode = self.guide.guide.quotes;
        (mode != Quotes::Check && QUOTED_RULES.contains(&rule) && self.doc.in_quotation(range))
            .then_some(mode)
    }

    /// A finding about the whole file: line 1, column 1, an empty match at the start of the
    /// text — after a BOM, so `start..end` is a valid, empty range of the file either way.
    pub fn file_finding(&self, rule: RuleId, message: String) -> Option<Finding> {
        let severity = self.level(rule).severity()?;
        if !self.gate.borrow_mut().admit(rule, 1, 0) {
            return None;
        }
        Some(Finding {
            path: self.path.to_string(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            start: self.doc.bom,
            end: self.doc.bom,
            rule,
            severity,
            message,
            matched: String::new(),
            suggestion: None,
            fix: None,
            scope: Scope::File,
            entry: None,
            location: None,
        })
    }
}

/// The rules that match words in the text, which `quotes` governs.
const QUOTED_RULES: [RuleId; 6] = [
    super::banned_term::ID,
    super::preferred_term::ID,
    super::brand_name::ID,
    super::phrase_drift::ID,
    super::audience_term::ID,
    super::unapproved_claim::ID,
];

/// Words, single spaces, hyphens, apostrophes and dots only — and the invisible characters a
/// match may look through, which the replacement drops: text a replacement can stand in for
/// without losing markup.
fn is_plain(text: &str) -> bool {
    text.chars().all(|c| {
        crate::document::identifiers::is_word_char(c)
            || matches!(c, ' ' | '-' | '\'' | '’' | '.')
            || crate::document::normalized::is_invisible(c)
    }) && !text.contains("  ")
}
