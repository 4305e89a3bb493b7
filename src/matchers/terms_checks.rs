//! Whether a match of the term automaton in the normalised view is a term's use in the text:
//! whole words, the case and separators an entry asks for, in prose, no identifier, mention or
//! noun use.

use super::super::inflect::{is_acronym, Inflection};
use super::super::term_use::{based_on, followed_by_noun, noun_then_verb, noun_use};
use super::{written_words, Target, TermMatch, Variant};
use crate::document::identifiers::is_word_char;
use crate::document::normalized::{is_invisible, Normalized};
use crate::document::Document;

/// The match of `variant` at `start..end` of the view, if it passes the boundary, case,
/// separator, prose, identifier and noun-use checks.
pub(super) fn checked(
    doc: &Document,
    norm: &Normalized,
    dotted_names: &[String],
    variant: &Variant,
    start: usize,
    end: usize,
) -> Option<TermMatch> {
    let text = doc.text;
    let (start, end) = norm.original(text, start, end);
    let possessive = bounded(text, start, end)?;
    if let Some(words) = &variant.exact_words {
        if written_words(&text[start..end]) != *words {
            return None;
        }
    }
    if let Some(separators) = &variant.separators {
        if super::separators(&text[start..end]) != *separators {
            return None;
        }
    }
    let full_end = end + possessive.map_or(0, str::len);
    if !doc.is_prose(start..full_end)
        || doc.in_identifier(start, full_end, dotted_names)
        || doc.is_mention(start, full_end)
        || (!matches!(variant.target, Target::Brand(_))
            && (noun_use(text, start, end, variant)
                || noun_then_verb(text, start, end, variant)
                || based_on(&text[start..end], variant)))
    {
        return None;
    }
    let mut inflection = variant.inflection;
    let mut possessive = possessive;
    // "KPI's are tracked": an acronym's plural written with an apostrophe.
    if possessive.is_some()
        && inflection == Inflection::Base
        && is_acronym(&text[start..end])
        && !followed_by_noun(text, full_end)
    {
        (inflection, possessive) = (Inflection::Plural, None);
    }
    Some(TermMatch {
        target: variant.target,
        start,
        end: full_end,
        inflection,
        possessive,
    })
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether the view's match `start..end` of `form` runs on from a letter or digit, or into one:
/// most matches of a short form ("he" in "the", "us" in "use"), refused here before the match
/// is mapped back to the text. An ASCII letter or digit in the view comes only from a letter or
/// digit of the text (lowercased), with nothing but invisible characters between, so
/// [`bounded`] refuses every such match too; it still decides all others.
#[inline]
pub(super) fn inside_a_word(view: &[u8], start: usize, end: usize, form: &[u8]) -> bool {
    let alnum = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    (alnum(form.first()) && start > 0 && alnum(view.get(start - 1)))
        || (alnum(form.last()) && alnum(view.get(end)))
}

/// Whether `start..end` is a whole word sequence: no word character (nor a word-internal
/// apostrophe or dot, as in "don't" or "node.js") continues it on either side. Returns the
/// possessive ending that follows, if any; `None` when the boundary check fails.
pub(super) fn bounded(text: &str, start: usize, end: usize) -> Option<Option<&'static str>> {
    let first = text[start..end].chars().next()?;
    let last = text[start..end].chars().next_back()?;
    if is_word_char(first) {
        // Invisible characters (a soft hyphen, a zero-width space) are looked through, as the
        // normalised view does.
        let mut before = text[..start].chars().rev().filter(|&c| !is_invisible(c));
        match before.next() {
            Some(c) if is_word_char(c) => return None,
            Some(c)
                if (is_apostrophe(c) || c == '.') && before.next().is_some_and(is_word_char) =>
            {
                return None;
            }
            _ => {}
        }
    }
    if !is_word_char(last) {
        return Some(None);
    }
    let mut after = text[end..].chars().filter(|&c| !is_invisible(c));
    match after.next() {
        Some(c) if is_word_char(c) => None,
        Some(c) if is_apostrophe(c) => {
            let next = after.next();
            let following = after.next();
            if matches!(next, Some('s' | 'S')) && !following.is_some_and(is_word_char) {
                Some(Some(if c == '\'' { "'s" } else { "’s" }))
            } else if next.is_some_and(is_word_char) {
                None
            } else {
                Some(None)
            }
        }
        Some('.') if after.next().is_some_and(is_word_char) => None,
        _ => Some(None),
    }
}
