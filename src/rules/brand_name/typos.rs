//! One-letter near misses of long brand names ("PowerSpek", "Micro Cetner"), read over windows of
//! as many words as the name has, and the near misses that are names or words of their own.

use super::{has_inner_capital, is_name_separator, message, Candidate};
use crate::document::english;
use crate::document::joined::{in_lowercase_joined, in_quoted_label};
use crate::document::normalized::normalize_term;
use crate::finding::Applicability;
use crate::matchers::brand_typos::BrandTypos;
use crate::matchers::one_edit_apart;
use crate::matchers::terms::split_camel_case;
use crate::rules::Context;
use std::ops::Range;

/// One-letter typos of long brand names, over windows of as many words as the name has.
pub(super) fn typos(ctx: &Context, covered: &[Range<usize>]) -> Vec<Candidate> {
    let typos = &ctx.guide.brand_typos;
    if typos.is_empty() {
        return Vec::new();
    }
    let text = ctx.doc.context_text();
    // Prose words only: a window holding anything else is no near miss (it fails the separator
    // and prose tests below), so leaving code and markup out changes no finding.
    let word_ranges = ctx.doc.prose_words();
    let max_len = typos.max_len;
    let mut near_misses: Vec<(Range<usize>, usize)> = Vec::new();
    // Windows of up to as many words as a name has, those left by their first and last words'
    // heads and tails; `false` stops the longer windows from the same first word.
    let near_miss = |i: usize, n: usize| {
        let range = word_ranges[i].start..word_ranges[i + n - 1].end;
        let window = &text[range.clone()];
        // Cheap length filters before any allocation: windows only grow with `n`.
        if window.len() > 4 * max_len {
            return false;
        }
        let (len, letters) = BrandTypos::measure(window);
        if len > max_len {
            return false;
        }
        // Words may also lie as far apart as two of a name's words ("Nxde.js" for "Node.js"):
        // such a window is near only a name with that gap.
        let mut odd_gap = None;
        let joined_like_a_name = word_ranges[i..i + n - 1]
            .iter()
            .zip(&word_ranges[i + 1..i + n])
            .all(|(a, b)| {
                let gap = &text[a.end..b.start];
                is_name_separator(gap)
                    || (typos.odd_gaps.iter().any(|g| g == gap) && {
                        odd_gap = Some(gap);
                        true
                    })
            });
        if !joined_like_a_name || !typos.letters_near(n, len, letters) {
            return true;
        }
        if typos.spelled_as_a_name(window) {
            return true;
        }
        let folded = normalize_term(window);
        let folded_joined: String = folded.split(' ').collect();
        if typos.every_spelling.contains(&folded) || typos.every_spelling.contains(&folded_joined)
        {
            return true;
        }
        let near = typos
            .near(n, &folded, &folded_joined)
            .into_iter()
            .filter(|t| len.abs_diff(t.len) <= 1 + t.words)
            .filter(|t| odd_gap.is_none_or(|gap| t.odd_gaps && t.spaced.contains(gap)));
        for target in near {
            let near = one_edit_apart(&folded, &target.spaced)
                || one_edit_apart(&folded_joined, &target.joined);
            if !near
                || first_letter_changed(&folded_joined, &target.joined)
                || edit_in_short_word(&folded, &target.spaced)
                || edit_in_short_camel_word(window, &ctx.guide.brands[target.index])
                || plural_of_a_names_first_part(window, &ctx.guide.brands[target.index])
                || singular_of_a_plural_name(window, &ctx.guide.brands[target.index])
                || capitals_of_its_own(window, &ctx.guide.brands[target.index])
                || name_with_a_version_or_daemon(window, &ctx.guide.brands[target.index])
                || names_its_people(window, &ctx.guide.brands[target.index])
                || sibling_on_the_first_word(window, &ctx.guide.brands[target.index])
                || part_changed_into_a_word(window, &ctx.guide.brands[target.index])
                || super::lowercase_slug_of_several_part_name(window, &ctx.guide.brands[target.index])
                || target.allowed.contains(&folded)
                || target.allowed.contains(&folded_joined)
            {
                continue;
            }
            // A window may hold a spelling already matched if it is longer ("Nimbus
            // Clowd" holds "Nimbus"), never cut one.
            if covered.iter().any(|c| {
                c.start < range.end
                    && range.start < c.end
                    && !(range.start <= c.start && c.end <= range.end && range.len() > c.len())
            }) || !ctx.doc.is_prose(range.clone())
                || ctx
                    .doc
                    .in_identifier(range.start, range.end, &ctx.guide.dotted_names)
                || ctx.doc.is_mention(range.start, range.end)
                || in_lowercase_joined(text, range.start, range.end)
                || english::ordinary_words(
                    text,
                    range.clone(),
                    ctx.doc.in_heading(range.start) || ctx.doc.in_quotation(range.clone()),
                )
                || takes_an_object(text, range.clone())
                || word_in_a_title_case_name(
                    text,
                    range.clone(),
                    &ctx.guide.brands[target.index],
                    &ctx.guide.brands,
                )
                || in_quoted_label(text, range.start, range.end)
                || super::names_a_scheme_or_a_handle(text, range.start, range.end)
            {
                continue;
            }
            near_misses.push((range.clone(), target.index));
            break;
        }
        true
    };
    // JSON and YAML files read their context text, where a string's quotes are spaces: the
    // words' bytes are read from it.
    typos.windows_near(text.as_bytes(), word_ranges, near_miss);
    near_misses
        .into_iter()
        .map(|(range, index)| {
            let name = &ctx.guide.brands[index];
            Candidate {
                message: message(&text[range.clone()], name),
                range,
                suggestion: name.clone(),
                // One letter off may be a real word: a human decides.
                applicability: Applicability::Unsafe,
                brand: index,
            }
        })
        .collect()
}

/// "Our `main` function parses the flags" near "Perses": a lowercase word right before a
/// determiner is a verb taking its object. A name is a noun, and no noun phrase runs on into
/// "the", "a" or "its" without a comma.
fn takes_an_object(text: &str, range: Range<usize>) -> bool {
    const DETERMINERS: [&str; 12] = [
        "the", "a", "an", "its", "their", "this", "these", "those", "our", "your", "his", "her",
    ];
    let Some(rest) = text[range.end..].strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    !text[range].contains(char::is_uppercase) && DETERMINERS.contains(&next)
}

/// "the Mersenne Twister algorithm", "Computational & Mathematical Engineering", "Professor
/// Emeritus of Mathematics" near "Twitter" and "Mathematica": an ordinary English word with a
/// capital, beside another capitalised word (across "of", "for", "the", "&", …), is a word of a
/// title or of a name of several words (an algorithm, a department, a book), where every word
/// takes its capital. A slip of the keyboard does not land on a dictionary word inside such a
/// name. A neighbour counts when its capital is its own: not a sentence's first word that is an
/// ordinary word ("Try Docket today", "Share on Twister"; "Mersenne Twister is famous" counts, a
/// name), and not a word of the guide's names ("Docket Compose" for "Docker Compose": the
/// product's name misspelt). "Use Twister and Facebook" keeps its lowercase neighbour and is
/// still reported, and so is the name without its last "s" ("Open it in Window Terminal" for
/// "Windows"): the name's own word, in a name made from it.
fn word_in_a_title_case_name(text: &str, range: Range<usize>, name: &str, brands: &[String]) -> bool {
    const CONNECTORS: [&str; 9] = ["of", "for", "the", "to", "and", "&", "in", "on", "a"];
    let window = &text[range.clone()];
    // A capital, then lowercase letters, two letters at least: "A" alone is no name's word.
    let capitalised = |word: &str| word.chars().nth(1).is_some() && super::capitalised_like_a_word(word);
    let plural = |one: &str, other: &str| {
        other
            .strip_suffix(['s', 'S'])
            .is_some_and(|stem| stem.eq_ignore_ascii_case(one))
    };
    if !capitalised(window)
        || plural(window, name)
        || plural(name, window)
        || window.chars().count() < MIN_TYPO_WORD_LEN
        || !english::is_word(window)
    {
        return false;
    }
    let of_a_name = |word: &str| {
        brands
            .iter()
            .any(|b| b.split_whitespace().any(|part| part.eq_ignore_ascii_case(word)))
    };
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..].find('\n').map_or(text.len(), |i| range.end + i);
    // Neighbours on the line, separated by spaces only: punctuation ends a name. A name may end
    // a sentence ("thesis on Mathematical Optimization."); markup may open one.
    let next = text[range.end..line_end]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(' ').next())
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| capitalised(w) && !of_a_name(w));
    let previous = text[line_start..range.start]
        .strip_suffix(' ')
        .is_some_and(|head| {
            // Past up to two connectors, the word before and where it starts in `text`.
            let mut end = head.len();
            for _ in 0..=2 {
                let start = head[..end].rfind(' ').map_or(0, |i| i + 1);
                let word = &head[start..end];
                if CONNECTORS.contains(&word) && start > 0 {
                    end = start - 1;
                    continue;
                }
                let core = word.trim_start_matches(|c: char| !c.is_alphanumeric());
                let at = line_start + end - core.len();
                return capitalised(core)
                    && !of_a_name(core)
                    && (english::capitalised_mid_sentence(text, at, false)
                        || !english::is_word(core));
            }
            false
        });
    previous || next
}

/// "ESLint" near "Rslint", "Emotion" near "Remotion": typists rarely get a word's first letter
/// wrong, and names that differ at their first letter are usually other products.
fn first_letter_changed(folded: &str, name: &str) -> bool {
    folded.chars().next() != name.chars().next()
}

/// "iPads" near "iPadOS", "Macs" near "MacOS": the plural of the name's first part (a camel-case
/// part, "iPad" + "OS") is that other thing, counted, not the name misspelt.
fn plural_of_a_names_first_part(window: &str, name: &str) -> bool {
    window.strip_suffix('s').is_some_and(|stem| {
        name.get(..stem.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(stem))
            .then(|| &name[stem.len()..])
            .is_some_and(|rest| rest.chars().count() >= 2 && rest.starts_with(char::is_uppercase))
    })
}

/// "Edge Function" near "Edge Functions", "CloudEvent" near "CloudEvents": one of the things a
/// name of several words (spaced or in camel case) ending in a plural names, not a typo.
/// ("Window" near "Windows" is a one-word name: the word list decides that one.)
fn singular_of_a_plural_name(window: &str, name: &str) -> bool {
    // A camel-case name's singular keeps its capitals: "Cloudevent" is the name miscased.
    let spaced = name.contains(' ');
    (spaced || split_camel_case(name).contains(' '))
        && name.strip_suffix('s').is_some_and(|stem| {
            !stem.ends_with('s')
                && if spaced {
                    stem.eq_ignore_ascii_case(window)
                } else {
                    stem == window
                }
        })
}

/// "PostgREST" near "Postgres": a word with capitals inside it where the name has none, and
/// letters the name does not have, is a name of its own; a slip of the keyboard does not invent
/// capitals. "NodeJS" for "Node.js" has the name's letters: the name written another way.
fn capitals_of_its_own(window: &str, name: &str) -> bool {
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if letters(window) == letters(name) {
        return false;
    }
    let plain = |word: &str| word.chars().skip(1).all(|c| !c.is_uppercase());
    window.split(' ').any(has_inner_capital) && name.split(' ').all(plain)
}

/// "webpack5", "Vue3": the name and a version number run together, not the name mistyped; nor,
/// the other way round, the name without its version ("the webview" near "WebView2": the kind of
/// thing, or the product line; "webviews", its plural) or with another one ("ES2016" near
/// "ES2015"); nor is "dockerd", the name's daemon, a program named in lowercase with a trailing
/// "d" (as containerd is). The other way round, where the name is the daemon ("Chaosd", "containerd"),
/// the ordinary word it is made from ("Chaos Engineering", "a container") is that word.
fn name_with_a_version_or_daemon(window: &str, name: &str) -> bool {
    let digits = |c: char| c.is_ascii_digit();
    let stem = window.trim_end_matches(digits);
    let name_stem = name.trim_end_matches(digits);
    let another_version = name_stem.len() < name.len()
        && !name_stem.is_empty()
        && [stem, stem.strip_suffix('s').unwrap_or(stem)]
            .iter()
            .any(|stem| stem.eq_ignore_ascii_case(name_stem))
        && window[stem.len()..] != name[name_stem.len()..];
    let daemon = window
        .strip_suffix('d')
        .filter(|stem| !stem.contains(|c: char| !c.is_lowercase()));
    let word_of_the_daemon = name.strip_suffix('d').is_some_and(|stem| {
        stem.eq_ignore_ascii_case(window)
            && window.chars().count() >= MIN_TYPO_WORD_LEN
            && english::is_word(window)
    });
    (stem.len() < window.len() && stem.eq_ignore_ascii_case(name))
        || daemon.is_some_and(|stem| stem.eq_ignore_ascii_case(name))
        || word_of_the_daemon
        || another_version
}

/// "redoxfs", "RedoxFS" near "Redox OS": a name's first word with a short ending of its own
/// joined to it names a sibling product (the Redox file system), not the name with its last word
/// misspelt; a writer who misspells "Redox OS" keeps its two words.
fn sibling_on_the_first_word(window: &str, name: &str) -> bool {
    let Some((first, rest)) = name.split_once(' ') else {
        return false;
    };
    let ending = window
        .get(..first.len())
        .filter(|head| head.eq_ignore_ascii_case(first))
        .map(|_| &window[first.len()..]);
    ending.is_some_and(|ending| {
        (1..=3).contains(&ending.len())
            && ending.bytes().all(|b| b.is_ascii_alphabetic())
            && !ending.eq_ignore_ascii_case(&rest.replace(' ', ""))
    })
}

/// "Synadian" near "Synadia", "Googler" near "Google": a name ending in a vowel, with "n" (or
/// "ns") after it, names the company's people ("for this Synadian, my first technology
/// conference"), as "Canadian" does a country's; a name ending in "e", with "r" (or "rs") after
/// it, its employees ("Even though he was a Googler at the time").
fn names_its_people(window: &str, name: &str) -> bool {
    let ends_in_a_vowel = name.ends_with(['a', 'e', 'i', 'o']);
    let stem = window
        .strip_suffix("ns")
        .or_else(|| window.strip_suffix('n'));
    // "TorchServer" near "TorchServe" ends on an ordinary word ("Server"): the name misspelt.
    let last_part = window
        .rfind(char::is_uppercase)
        .map_or(window, |at| &window[at..]);
    let member = name.ends_with('e')
        && !english::is_word(last_part)
        && window
            .strip_suffix("rs")
            .or_else(|| window.strip_suffix('r'))
            .is_some_and(|stem| stem.eq_ignore_ascii_case(name));
    member || (ends_in_a_vowel && stem.is_some_and(|stem| stem.eq_ignore_ascii_case(name)))
}

/// "MangoDB" near "MongoDB": the one part of a name of several parts (camel-case or spaced)
/// that differs has become an ordinary English word where the name's part is none. A slip of
/// the keyboard rarely lands on a real word and keeps every other capital: that is a pun or a
/// name of its own (a project's former name). One-word names are left to the word list's own
/// test, which reports a word capitalised mid-sentence ("Docket").
fn part_changed_into_a_word(window: &str, name: &str) -> bool {
    let parts = |text: &str| -> Vec<String> {
        split_camel_case(text)
            .split([' ', '-'])
            .filter(|p| !p.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (window, name) = (parts(window), parts(name));
    if window.len() != name.len() || name.len() < 2 {
        return false;
    }
    let mut changed = window.iter().zip(&name).filter(|(w, n)| w != n);
    match (changed.next(), changed.next()) {
        (Some((w, n)), None) => {
            w.chars().count() >= MIN_TYPO_WORD_LEN && english::is_word(w) && !english::is_word(n)
        }
        _ => false,
    }
}


/// A word this short that differs by a letter is another word, not a typo: "PostHog as" and
/// "PostHog UI" are not "PostHog AI", while "Nimbus Clowd" is "Nimbus Cloud".
const MIN_TYPO_WORD_LEN: usize = 4;

/// Whether the one edit between a window and a name of as many words falls in a word of the
/// name shorter than [`MIN_TYPO_WORD_LEN`].
fn edit_in_short_word(window: &str, name: &str) -> bool {
    let (window, name): (Vec<&str>, Vec<&str>) =
        (window.split(' ').collect(), name.split(' ').collect());
    window.len() == name.len()
        && window.len() > 1
        && window
            .iter()
            .zip(&name)
            .any(|(w, n)| w != n && n.chars().count() < MIN_TYPO_WORD_LEN)
}

/// The same for the words of a camel-case name: "PowerShellSet" (a parameter set's name in a
/// cmdlet's syntax) is "PowerShell" and "Set", not a typo of "PowerShellGet". A window all in
/// lowercase and as long as the name is split where the name's parts meet: "openssl" is "open"
/// and "ssl", another part than "OpenSSF"'s "SSF" (OpenSSL, the library).
fn edit_in_short_camel_word(window: &str, name: &str) -> bool {
    let name_parts = split_camel_case(name);
    let window_parts = if !window.contains(|c: char| !c.is_lowercase())
        && window.chars().count() == name.chars().count()
    {
        split_like(window, &name_parts)
    } else {
        split_camel_case(window)
    };
    edit_in_short_word(&normalize_term(&window_parts), &normalize_term(&name_parts))
}

/// `word` with a space wherever `parts` (the same letters with spaces put in) has one.
fn split_like(word: &str, parts: &str) -> String {
    let mut out = String::with_capacity(parts.len());
    let mut letters = word.chars();
    for c in parts.chars() {
        if c == ' ' {
            out.push(' ');
        } else if let Some(l) = letters.next() {
            out.push(l);
        }
    }
    out.extend(letters);
    out
}

#[cfg(test)]
#[path = "typos_tests.rs"]
mod tests;
