//! Joined tokens (words joined by hyphens, dots, slashes or `@`: `tailwind-nimbus`,
//! `@acme/app`, `deploy-acme.md`) and the document's identifier set: every joined token seen in
//! code, a URL, a link destination or a path is an identifier wherever else the document
//! writes it, so a package named once in `npm install tailwind-nimbus` is not prose in the next
//! paragraph. Also: a term standing alone in quotation marks is mentioned, not used.

use super::identifiers::{is_word_char, MAX_TOKEN_REACH};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use source_keys::SourceKeys;
use std::ops::Range;
use std::sync::Mutex;

mod source_keys;

/// Characters that join words into one token. `_` is a word character already. A non-breaking
/// hyphen (U+2011) or a Unicode hyphen (U+2010) joins as `-` does: "kyverno‑authz".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '/' | '@' | '\u{2010}' | '\u{2011}')
}

fn is_run_char(c: char) -> bool {
    is_word_char(c) || is_joiner(c)
}

/// Whether `s` joins two word characters with a joiner somewhere.
fn has_inner_joiner(s: &str) -> bool {
    let mut chars = s.chars();
    let (mut a, mut b) = (chars.next(), chars.next());
    if a == Some('@') && b.is_some_and(is_word_char) {
        return true;
    }
    for c in chars {
        if a.is_some_and(is_word_char) && b.is_some_and(is_joiner) && is_word_char(c) {
            return true;
        }
        (a, b) = (b, Some(c));
    }
    false
}

/// The joined run around `start..end`: extended over word characters and joiners on both
/// sides (at most [`MAX_TOKEN_REACH`] bytes each way), joiners trimmed from its ends, and never
/// narrower than the match itself.
pub fn run_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let mut from = start;
    for (i, c) in text[..start].char_indices().rev() {
        if !is_run_char(c) || start - i > MAX_TOKEN_REACH {
            break;
        }
        from = i;
    }
    let mut to = end;
    for (i, c) in text[end..].char_indices() {
        if !is_run_char(c) || i > MAX_TOKEN_REACH {
            break;
        }
        to = end + i + c.len_utf8();
    }
    // Joiners at the ends are punctuation ("the acme." ends a sentence), except a leading `@`.
    let run = &text[from..to];
    let trimmed_start = run.len() - run.trim_start_matches(['-', '.', '/']).len();
    let trimmed_end = run.trim_end_matches(['-', '.', '/', '@']).len();
    (from + trimmed_start).min(start)..(from + trimmed_end).max(end)
}

/// The joined token the match at `start..end` lies in, if its run around has an inner joiner:
/// the only matches the identifier set can hold, so the set is learnt for these alone.
pub fn joined_token_around(text: &str, start: usize, end: usize) -> Option<&str> {
    let run = &text[run_around(text, start, end)];
    has_inner_joiner(run).then_some(run)
}

/// Whether the match at `start..end` is only part of a joined token (`deploy-acme`,
/// `Powerspec-certified`): a fix there may break an identifier, so it is never safe.
pub fn part_of_joined(text: &str, start: usize, end: usize) -> bool {
    let run = run_around(text, start, end);
    (run.start < start || run.end > end) && has_inner_joiner(&text[run])
}

/// Whether the match at `start..end` is part of an all-lowercase joined token (`deploy-acme`,
/// `nimbus-pay`, `@nimbus/app`): a repository, package or project name, not a misspelled brand;
/// or one side of an all-lowercase name joined by a colon (`wasi:http`, see
/// [`in_lowercase_namespaced`]).
pub fn in_lowercase_joined(text: &str, start: usize, end: usize) -> bool {
    let run = run_around(text, start, end);
    ((run.start < start || run.end > end)
        && has_inner_joiner(&text[run.clone()])
        && !text[run].chars().any(char::is_uppercase))
        || in_lowercase_namespaced(text, start, end)
}

/// Whether the match at `start..end` is one side of an all-lowercase name joined by a colon
/// (`wasi:http`, `wasi:keyvalue/store`): a namespaced interface or scheme, written as code
/// writes it, not a misspelled brand. A colon then a space ("note: the") joins nothing.
fn in_lowercase_namespaced(text: &str, start: usize, end: usize) -> bool {
    let lower_word = |c: char| is_run_char(c) && !c.is_uppercase();
    let joined_after = text[end..]
        .strip_prefix(':')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()));
    let joined_before = text[..start]
        .strip_suffix(':')
        .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_lowercase()));
    if !(joined_after || joined_before) || text[start..end].chars().any(char::is_uppercase) {
        return false;
    }
    // The whole token, both sides of the colon, is lowercase.
    let from = text[..start]
        .char_indices()
        .rev()
        .take_while(|&(i, c)| (lower_word(c) || c == ':') && start - i <= MAX_TOKEN_REACH)
        .last()
        .map_or(start, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .take_while(|&(i, c)| (lower_word(c) || c == ':') && i <= MAX_TOKEN_REACH)
        .last()
        .map_or(end, |(i, c)| end + i + c.len_utf8());
    let boundary = |c: Option<char>| !c.is_some_and(|c| is_run_char(c) || c == ':');
    boundary(text[..from].chars().next_back()) && boundary(text[to..].chars().next())
}

/// Whether the match at `start..end` is part of a longer joined token whose every part is
/// capitalised (`Microsoft-Windows-PowerShell`, an event provider): an identifier. A prose
/// compound ("Powerspec-certified") has a lowercase part.
pub fn in_capitalised_joined(text: &str, start: usize, end: usize) -> bool {
    if !part_of_joined(text, start, end) {
        return false;
    }
    let run = &text[run_around(text, start, end)];
    run.split(['-', '.', '/', '@', '_'])
        .all(|part| part.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Opening quotation marks and the marks that close them.
const QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('“', '”'),
    ('‘', '’'),
    ('«', '»'),
    ('„', '“'),
    ('‚', '‘'),
];

/// Whether the match at `start..end` stands alone in quotation marks ("the \"acme\" org",
/// "avoid the word “synergy”"): a word mentioned, not used. Nothing but the match may sit
/// between the marks, and no word character right outside them (an apostrophe is no quote).
pub fn quoted_alone(text: &str, start: usize, end: usize) -> bool {
    let Some(open) = text[..start].chars().next_back() else {
        return false;
    };
    // Punctuation may sit inside the closing mark: use "cmdlet", not "command-let."
    let inside = text[end..]
        .strip_prefix(['.', ',', ';', ':', '!', '?'])
        .map_or(0, |_| 1);
    let Some(close) = text[end + inside..].chars().next() else {
        return false;
    };
    if !QUOTES.iter().any(|&(o, c)| o == open && c == close) {
        return false;
    }
    let before = text[..start - open.len_utf8()].chars().next_back();
    let after = text[end + inside + close.len_utf8()..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// Words at most in a quoted label ('NodeJS Static', "Show Command Window").
const MAX_LABEL_WORDS: usize = 4;

/// Whether the match at `start..end` lies in a short quoted label whose every word is
/// capitalised (select 'NodeJS Static' or 'NodeJS SSR'): a value of a user interface, written as
/// the interface writes it. A lowercase quoted phrase ("the \"acme org\"") is prose.
pub fn in_quoted_label(text: &str, start: usize, end: usize) -> bool {
    let Some(QuotedOnLine {
        open_at,
        open,
        close_at,
        close,
        ..
    }) = quoted_on_line(text, start, end)
    else {
        return false;
    };
    let before = text[..open_at].chars().next_back();
    let after = text[close_at + close.len_utf8()..].chars().next();
    let label = &text[open_at + open.len_utf8()..close_at];
    let words: Vec<&str> = label.split_whitespace().collect();
    !before.is_some_and(is_word_char)
        && !after.is_some_and(is_word_char)
        && (2..=MAX_LABEL_WORDS).contains(&words.len())
        && !label.contains(['.', ',', ';', '!', '?'])
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// The quotation around a match on its line: the nearest opening mark before it and that mark's
/// closing mark after it.
pub(crate) struct QuotedOnLine {
    pub line_start: usize,
    pub open_at: usize,
    pub open: char,
    pub close_at: usize,
    pub close: char,
}

/// The quotation marks around `start..end` on its line (within the bounded reach of
/// [`super::identifiers::line_around`]), if the nearest opening mark before the match is closed
/// after it on the same line.
pub(crate) fn quoted_on_line(text: &str, start: usize, end: usize) -> Option<QuotedOnLine> {
    let line = super::identifiers::line_around(text, start, end)?;
    let (open_at, open) = text[line.start..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| QUOTES.iter().any(|&(o, _)| o == c))?;
    let open_at = line.start + open_at;
    let &(_, close) = QUOTES.iter().find(|&&(o, _)| o == open)?;
    let close_at = text[end..line.end].find(close).map(|i| end + i)?;
    Some(QuotedOnLine {
        line_start: line.start,
        open_at,
        open,
        close_at,
        close,
    })
}

/// Joined tokens longer than this are not learnt: no package or path is that long, and the set
/// stays small on hostile input.
const MAX_KEY_BYTES: usize = 2 * MAX_TOKEN_REACH;

/// Lowercased joined tokens seen in code, URLs, link destinations and paths.
#[derive(Debug, Default)]
pub struct IdentifierSet {
    keys: HashSet<String>,
    /// The ASCII lines of the sources, whose keys are looked up when asked rather than learnt.
    looked_up: SourceKeys,
    /// The answers given so far, by token: prose repeats its joined tokens (a file name, `e.g.`),
    /// and every word of one asks about it, while a search reads all of the sources.
    answers: Mutex<HashMap<Box<str>, bool>>,
}

impl IdentifierSet {
    /// Learns from `code` (code spans and blocks), `destinations` (link targets) and every
    /// whitespace-delimited token of `text` that is a URL, an e-mail address, a handle or a path.
    pub fn collect(text: &str, code: &[Range<usize>], destinations: &[String]) -> Self {
        let mut set = IdentifierSet::default();
        let sources = code
            .iter()
            .filter_map(|range| text.get(range.clone()))
            .chain(destinations.iter().map(String::as_str))
            .chain(url_or_path_candidates(text).filter(|token| is_url_or_path(token)));
        let looked_up = SourceKeys::gather(sources, |line| set.learn_runs(line));
        set.looked_up = looked_up;
        set
    }

    /// [`IdentifierSet::collect`] by its plain definition: every run of the code learnt.
    #[cfg(test)]
    fn collect_plain(text: &str, code: &[Range<usize>], destinations: &[String]) -> Self {
        let mut set = IdentifierSet::default();
        for code in code.iter().filter_map(|range| text.get(range.clone())) {
            set.learn_runs(code);
        }
        for destination in destinations {
            set.learn_runs(destination);
        }
        for token in url_or_path_candidates(text) {
            if is_url_or_path(token) {
                set.learn_runs(token);
            }
        }
        set
    }

    fn learn_runs(&mut self, text: &str) {
        learn_runs(&mut self.keys, text);
    }

    /// Whether the match at `start..end` lies in a joined token the set holds.
    pub fn holds_token_around(&self, text: &str, start: usize, end: usize) -> bool {
        joined_token_around(text, start, end).is_some_and(|token| self.holds(token))
    }

    /// Whether the set holds `token`, a joined token (see [`joined_token_around`]).
    pub fn holds(&self, token: &str) -> bool {
        if self.keys.is_empty() && self.looked_up.is_empty() {
            return false;
        }
        // A poisoned lock only loses the remembered answers: work them out again.
        let Ok(mut answers) = self.answers.lock() else {
            return self.work_out(token);
        };
        if let Some(&held) = answers.get(token) {
            return held;
        }
        let held = self.work_out(token);
        answers.insert(token.into(), held);
        held
    }

    /// [`IdentifierSet::holds`], without the remembered answers.
    fn work_out(&self, token: &str) -> bool {
        let held = |key: &str| {
            let lower = key.to_lowercase();
            self.keys.contains(&lower) || self.looked_up.holds(&lower)
        };
        held(token) || token.strip_prefix('@').is_some_and(held)
    }
}

/// Learn the keys of every joined run of `text` into `keys` (lowercase).
fn learn_runs(keys: &mut HashSet<String>, text: &str) {
    for run in runs_with_joiners(text) {
        let run = run.trim_matches(['-', '.', '/']);
        if run.len() > MAX_KEY_BYTES || !has_inner_joiner(run) {
            continue;
        }
        insert(keys, run);
        // `@acme/nimbus-pay` names `nimbus-pay`; `docs/deploy-acme.md` names `deploy-acme`.
        for piece in run.split(['/', '@']) {
            insert(keys, piece);
            if let Some((stem, extension)) = piece.rsplit_once('.') {
                if (1..=5).contains(&extension.len())
                    && extension.chars().all(|c| c.is_ascii_alphanumeric())
                {
                    insert(keys, stem);
                }
            }
        }
    }
}

fn insert(keys: &mut HashSet<String>, key: &str) {
    // Code repeats its names: look the key up before allocating its lowercase copy.
    if has_inner_joiner(key) && !keys.contains(key) {
        let lower = key.to_lowercase();
        if !keys.contains(&lower) {
            keys.insert(lower);
        }
    }
}

fn is_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '<' | '>' | '"' | '`' | '\'')
}

/// The runs of `text` (split at every character that is no [`is_run_char`]) holding a joiner:
/// found from the joiners' bytes, as only such a run can join two words.
fn runs_with_joiners(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let joiners =
        memchr::memchr3_iter(b'-', b'.', b'/', bytes).chain(memchr::memchr_iter(b'@', bytes));
    pieces_around(text, joiners.collect(), |c| !is_run_char(c))
}

/// The tokens of `text` (split at [`is_break`]) that may be a URL or path: those holding a `/`
/// or an `@`, or starting with `www.` — found from those bytes, so the text is not split token
/// by token.
fn url_or_path_candidates(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let slashes = memchr::memchr2_iter(b'/', b'@', bytes);
    let hosts = memchr::memmem::find_iter(bytes, b"www.");
    // A `www.` inside a token is no host at its start, and the token holds no `/` or `@`
    // unless another hit says so.
    pieces_around(text, slashes.chain(hosts).collect(), is_break)
        .filter(|token| token.contains(['/', '@']) || token.starts_with("www."))
}

/// The pieces of `text` between characters `splits` that hold one of the ASCII bytes at
/// `hits` (as `text.split(splits)` gives them): each once, in order, and linear however long a
/// piece is, since the hits inside a piece already given are skipped.
fn pieces_around(
    text: &str,
    mut hits: Vec<usize>,
    splits: impl Fn(char) -> bool + Copy,
) -> impl Iterator<Item = &str> {
    hits.sort_unstable();
    let mut next_free = 0;
    hits.into_iter().filter_map(move |at| {
        if at < next_free {
            return None; // inside a piece already given
        }
        let start = text[..at].rfind(splits).map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        let end = text[at..].find(splits).map_or(text.len(), |i| at + i);
        next_free = end.max(at + 1);
        Some(&text[start..end])
    })
}

/// A URL, an e-mail address or handle, or a path (`a/b`): where a joined token is a name.
fn is_url_or_path(token: &str) -> bool {
    token.contains("://")
        || token.starts_with("www.")
        || token.contains('@')
        || token.match_indices('/').any(|(i, _)| {
            let before = token[..i].chars().next_back();
            let after = token[i + 1..].chars().next();
            // "24/7" and "1/2" are numbers, "and/or" is a word.
            before.is_some_and(|b| is_word_char(b) && !b.is_ascii_digit())
                && after.is_some_and(is_word_char)
        })
}

#[cfg(test)]
mod tests;
