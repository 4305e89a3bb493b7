//! Words written about rather than used: a term introduced by "pronounced" or "formerly known
//! as", a label of a user interface ("choose **.NET Core**", "Templates -> **PowerShell Core**"),
//! a lowercase name shown as a value ("**powershell**", "the process names powershell, pwsh").
//! Renaming any of them changes what the sentence points at.

/// Words that introduce a term as a name or a spelling, right before it (lowercase, no
/// trailing space): "pronounced command-let", "formerly known as PowerShell Core".
const MENTION_CUES: [&str; 11] = [
    "pronounced",
    "pronounced as",
    "known as",
    "formerly",
    "previously called",
    "also called",
    "aka",
    "a.k.a.",
    "spelled",
    "spelt",
    "the term",
];

/// Words that introduce a name when a capital follows: "a page called Deliverables", "a talk
/// titled Drive Synergies". Lowercase after them, "called" is as often a verb of phoning ("we
/// called end users").
const NAME_CUES: [&str; 4] = ["called", "named", "titled", "entitled"];

/// Bytes before a match that [`after_mention_cue`] reads: the longest cue ("previously called")
/// and the character before it, with room for wide characters that lowercase to ASCII.
const CUE_TAIL_BYTES: usize = 64;

/// Verbs that name a control of a user interface when a bold label follows them.
const INTERFACE_VERBS: [&str; 11] = [
    "choose", "select", "click", "pick", "open", "tap", "press", "check", "enable", "disable",
    "expand",
];

/// Nouns after which a lowercase name is a token's spelling: "the process names powershell,
/// pwsh and notepad", "a module named nimbus", "### Package google" (the Go blog's example
/// package, as Go's `package google` declares it).
const VALUE_CUES: [&str; 10] = [
    "package",
    "module",
    "crate",
    "default",
    "named",
    "names",
    "process",
    "processes",
    "executable",
    "binary",
];

/// Whether the match at `start` follows a mention cue on its line, past spaces, quote marks and
/// emphasis: "pronounced \"command-let\"", "formerly known as **PowerShell Core**".
pub fn after_mention_cue(text: &str, start: usize) -> bool {
    // Asked for every term match: read back from the match, never the whole line. Marks are
    // trimmed up to the line break (a line of only marks holds no cue), then only a tail long
    // enough for the longest cue and the character before it is lowercased.
    let before = text[..start].trim_end_matches(|c: char| {
        (c.is_whitespace() && c != '\n') || matches!(c, '*' | '_' | '"' | '“' | '\'')
    });
    let mut from = before.len().saturating_sub(CUE_TAIL_BYTES);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &before[from..];
    let tail = tail.rfind('\n').map_or(tail, |i| &tail[i + 1..]);
    let capital = text[start..].starts_with(|c: char| c.is_uppercase());
    let cues = MENTION_CUES
        .iter()
        .chain(NAME_CUES.iter().filter(|_| capital));
    if tail.is_ascii() {
        // The same test read in place: ASCII lowercases byte for byte, and the cues are
        // lowercase ASCII.
        let tail = tail.as_bytes();
        return cues.into_iter().any(|cue| {
            tail.len() >= cue.len() && {
                let (head, end) = tail.split_at(tail.len() - cue.len());
                end.eq_ignore_ascii_case(cue.as_bytes())
                    && !head.last().is_some_and(u8::is_ascii_alphanumeric)
            }
        });
    }
    let lower = tail.to_lowercase();
    cues.into_iter().any(|cue| {
        lower.ends_with(cue) && {
            let head = &lower[..lower.len() - cue.len()];
            !head.chars().next_back().is_some_and(char::is_alphanumeric)
        }
    })
}

/// Whether the match at `start..end` lies in a bold label of a user interface: a bold span of
/// at most five words right after an interface verb ("choose **.NET Core**"), or one step of a
/// menu path ("Administrative Templates -> **PowerShell Core**", "**File > Exit**").
pub fn in_interface_label(text: &str, start: usize, end: usize) -> bool {
    let Some((open, close)) = bold_around(text, start, end) else {
        return false;
    };
    let label = &text[open..close];
    if label.split_whitespace().count() > 5 {
        return false;
    }
    let is_path_step = |s: &str| ["->", "→", " > "].iter().any(|sep| s.contains(sep));
    // The step before may end the previous line: "**Administrative Templates** ->\n**PowerShell
    // Core**".
    let before = text[..open - 2].trim_end_matches([' ', '\t']);
    let before = match before.strip_suffix('\n') {
        Some(previous) if line_before(text, open - 2).trim().is_empty() => previous,
        _ => before,
    };
    let before = line_before(before, before.len()).trim_end();
    let after = &text[close + 2..line_end(text, close)];
    let verb = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| INTERFACE_VERBS.contains(&w.to_lowercase().as_str()));
    verb || is_path_step(label)
        || before.ends_with("->")
        || before.ends_with('→')
        || before.ends_with(" >")
        || is_path_step(&after.chars().take(4).collect::<String>())
}

/// Whether a lowercase name is shown as a value: the whole of a bold or italic span
/// ("**powershell**, **Output**, or another language ID"), or right after a word that says a
/// token's spelling follows ("the process names powershell, pwsh, and notepad").
pub fn lowercase_value(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if word.chars().any(char::is_uppercase) {
        return false;
    }
    let emphasis = ["**", "__", "*", "_"].iter().any(|mark| {
        text[..start].ends_with(mark)
            && text[end..].starts_with(mark)
            && !text[..start - mark.len()].ends_with(|c: char| c.is_alphanumeric() || c == '*')
    });
    // The word before, on the match's line: read back from the match only.
    let previous = text[..start]
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let spaced = text[..start].ends_with(' ');
    // "a ferretdb database" is one of the product's databases; "the ferretdb database" one.
    let indefinite = spaced && matches!(previous.as_str(), "a" | "an");
    emphasis
        || (spaced && VALUE_CUES.contains(&previous.as_str()))
        || (!indefinite && names_its_kind(text, end))
        || super::commands::names_a_program(text, start, end)
}

/// Whether the word ending at `end` is followed by the kind of identifier it names: "the gitpod
/// user", "the ferretdb package", "ferretdb schema". A writer names a user, a package or a schema
/// by its own spelling and says what it is; the brand would be "a Docker image", "Postgres
/// instances" (kinds of thing a product makes, not names in a system), or come after "a" ("a
/// ferretdb database": one of the product's, not one named so).
fn names_its_kind(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let next_len = super::commands::next_word_len(rest);
    let next = &rest[..next_len];
    let whole = !rest[next_len..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
    whole && IDENTIFIER_KINDS.contains(&next)
}

/// Kinds of identifier a system names by one lowercase word: who logs in, what is installed,
/// where data lives. Singular only: "the gitpod users" are the people who use Gitpod.
const IDENTIFIER_KINDS: [&str; 17] = [
    "user",
    "username",
    "package",
    "module",
    "crate",
    "gem",
    "schema",
    "database",
    "namespace",
    "keyspace",
    "bucket",
    "role",
    "binary",
    "executable",
    "directory",
    "folder",
    // "the google branch": a branch of a repository, named as created.
    "branch",
];

/// Words that introduce quoted examples of wording: "avoid copy like \"unlock growth\"".
const EXAMPLE_CUES: [&str; 4] = ["like", "such as", "e.g.", "e.g.,"];

/// The most words a quoted example of wording holds: a phrase, not a quoted sentence.
const EXAMPLE_WORDS: usize = 8;

/// Whether the match lies in a short quoted phrase given as an example of wording — one of a
/// list of quoted phrases ("someone who writes \"unlock growth\" or \"leverage your data
/// stack\"") or introduced by "like" or "such as" — which the sentence talks about rather than
/// uses. A quoted sentence someone said is a quotation, not an example.
pub fn in_quoted_example(text: &str, start: usize, end: usize) -> bool {
    let Some(line) = super::identifiers::line_around(text, start, end) else {
        return false;
    };
    let Some((open, close)) = quoted_phrase(text, line.start, start, end, line.end) else {
        return false;
    };
    let phrase = &text[open..close];
    if phrase.split_whitespace().count() > EXAMPLE_WORDS
        || phrase.trim_end().ends_with(['.', '!', '?'])
    {
        return false;
    }
    // Past the marks themselves, which may be wider than a byte (“ ”).
    let before = text[line.start..open]
        .trim_end_matches(['"', '“'])
        .trim_end();
    let after = text[close..line.end]
        .trim_start_matches(['"', '”'])
        .trim_start();
    let before_lower = before.to_lowercase();
    let cue = EXAMPLE_CUES.iter().any(|cue| {
        before_lower.ends_with(cue)
            && !before_lower[..before_lower.len() - cue.len()]
                .ends_with(|c: char| c.is_alphanumeric())
    });
    let joiners = [",", "or", "and", "nor", "/"];
    let strip = |s: &str, at_end: bool| -> Option<usize> {
        joiners.iter().find_map(|j| {
            let rest = if at_end {
                s.strip_suffix(j)?.trim_end()
            } else {
                s.strip_prefix(j)?.trim_start()
            };
            Some(rest.len())
        })
    };
    let listed_before = strip(before, true).is_some_and(|len| before[..len].ends_with(['"', '”']));
    let listed_after =
        strip(after, false).is_some_and(|len| after[after.len() - len..].starts_with(['"', '“']));
    cue || listed_before || listed_after
}

/// The quoted phrase on the line `line_start..line_end` around `start..end`: the offsets of its
/// text, between the marks. Straight quotes open after an even number of them on the line.
fn quoted_phrase(
    text: &str,
    line_start: usize,
    start: usize,
    end: usize,
    line_end: usize,
) -> Option<(usize, usize)> {
    let head = &text[line_start..start];
    let tail = &text[end..line_end];
    let curly = head.rfind('“').filter(|&i| !head[i..].contains(['”', '"']));
    if let Some(open) = curly {
        let close = tail
            .find('”')
            .filter(|&i| !tail[..i].contains(['“', '"']))?;
        return Some((line_start + open + '“'.len_utf8(), end + close));
    }
    let open = head.rfind('"')?;
    if !head[..open].matches('"').count().is_multiple_of(2) || head[open..].contains(['“', '”'])
    {
        return None;
    }
    let close = tail
        .find('"')
        .filter(|&i| !tail[..i].contains(['“', '”']))?;
    Some((line_start + open + 1, end + close))
}

/// The bold span (`**…**` or `__…__`) on the match's line that holds `start..end`: the offsets
/// of its text, between the markers. `None` on a line reaching further than
/// [`crate::limits::LINE_CONTEXT_REACH`] from the match.
pub(crate) fn bold_around(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    // As for quoted labels: a huge line is read in a bounded window, never whole per match.
    let line = super::identifiers::line_around(text, start, end)?;
    let (line_start, line_end) = (line.start, line.end);
    for mark in ["**", "__"] {
        let head = &text[line_start..start];
        let Some(open) = head.rfind(mark) else {
            continue;
        };
        // An even number of markers before this one: it opens a span.
        if head[..open].matches(mark).count() % 2 != 0 {
            continue;
        }
        let Some(close) = text[end..line_end].find(mark) else {
            continue;
        };
        return Some((line_start + open + 2, end + close));
    }
    None
}

fn line_before(text: &str, at: usize) -> &str {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    &text[line_start..at]
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

#[cfg(test)]
#[path = "mentions_tests.rs"]
mod tests;
