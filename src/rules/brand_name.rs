//! `brand-name`: each brand name has exactly one spelling.

use super::{non_overlapping, Context, RuleDoc};
use crate::document::english;
use crate::document::identifiers::{lowercase_alone_in_heading, lowercase_alone_in_table_cell};
use crate::document::joined::{in_capitalised_joined, in_lowercase_joined, in_quoted_label};
use crate::document::mentions::{in_interface_label, lowercase_value};
use crate::document::normalized::normalize_term;
use crate::document::versions::version_after;
use crate::finding::{Applicability, EntryRef, Finding};
use crate::matchers::inflect::Inflection;
use crate::matchers::one_edit_apart;
use crate::matchers::terms::{split_camel_case, Target};
use std::collections::BTreeMap;
use std::ops::Range;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("brand-name");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a brand name from `brand.names` spelled any other way: wrong case \
(\"Powerspec\", \"micro center\"), split or joined (\"Power Spec\", \"MicroCenter\", \
\"Micro-Center\"), or — for names of six letters or more — one letter off or two letters swapped (\"PowerSpek\", \"Micro Cetner\"). \
The exact spelling never fires, nor does it followed by a possessive `'s` or a plural `s`, \
nor a name inside an all-lowercase package or repository name (`deploy-acme`, `@acme/app`), a \
capitalised identifier (`Microsoft-Windows-PowerShell`), a file name (`[slug].astro`) or a \
quoted interface label ('NodeJS Static'), nor a search query quoted as typed (\"people \
searching for “posthog SDK”\"), nor a name written as code: a call (`rspack(options)`), a pull \
request (`rspack#6448`), a command with an option (`rslint --type-check`), or a word in \
lowerCamelCase (`moduleFederation`) for a name of several words. A near miss that changes the \
name's first letter is another product (\"ESLint\" near \"Rslint\") and not reported. An ordinary English word (\"window\", or \"windows\" \
for the brand \"Windows\") is no misspelled brand unless capitalised mid-sentence, and not \
even then after \"a\" or \"an\" (\"as a separate Window\": a brand takes no article); nor is \
the plural of a name's first part (\"iPads\" for \"iPadOS\", \"Macs\" for \"macOS\"). A lowercase \
name made of two ordinary words is the ordinary word after \"a\", \"an\" or \"in\" or right before \
a lowercase noun (\"a realtime Slack clone\", \"realtime changes\" for \"Realtime\"); elsewhere its \
case fix is unsafe. A name of several words found with its case changed, every changed word an \
ordinary English word in lowercase (\"a Postgres sync engine\", \"a VS code extension\"), gets an \
unsafe fix; with an inflection the name's spelling lacks (\"Electric syncs over HTTP\") it is not \
reported, nor where its last word runs into a noun the document also writes without the name's \
other words (\"a Postgres sync engine\" in a post that says \"the sync engine\"): a kind of thing, \
described. Nor is the text of a link to an image file (a screenshot's caption) reported, nor that of a \
link to a commit, a pull request or an issue (its title, quoted), nor a lowercase name \
named with the kind of identifier it is (\"the gitpod user\", \"the ferretdb package\") or after \
\"default\", nor one opening a command (\"the linkerd upgrade command\", \"docker build\", \"docker system \
prune\") or after a flag it takes (\"a new \
`-o jsonpath` flag to linkerd viz tap\") or as the value a setting written as code is set to (\"set \
the `search_path` to ferretdb\"), nor a lowercase \
name in a bare list of lowercase links to one folder, which names presets or packages as their \
addresses do (\"[vanilla](https://vite.new/vanilla-ts), [vue](https://vite.new/vue-ts), \
[lit](https://vite.new/lit-ts)\"). \
The case fix of one word written all in lowercase or all in capitals is unsafe: it may be a \
command, a user or a schema (`docker run`, the `gitpod` user). A near miss that is the name and a \
version run together (\"webpack5\") or the name's daemon (\"dockerd\") or the name with one part turned into an English word \
(\"MangoDB\" near \"MongoDB\") is a name of its own, and not reported; so is a name inside a \
longer token of capitalised parts (`Ionide-VSCode`). Things of a plural name's kind, counted \
(\"one of the first Tilt extensions\" for \"Tilt Extensions\"), and a name in capitals that the \
document's code writes as a placeholder (\"the FERRETDB SVC\" beside `{FERRETDB SVC}`) are not \
reported either.",
    why: "A brand spelled three ways in three documents looks like three companies. Names are \
the cheapest part of the message to get right and the most visible when wrong.",
    guide: "brand:\n  names: [\"PowerSpec\", \"Micro Center\"]\n",
    example: "Every Powerspec desktop is built in-house.",
    fixed: "Every PowerSpec desktop is built in-house.",
};

/// A finding before it is made: the case path and the near-miss path both propose, and one
/// span keeps one finding.
struct Candidate {
    range: Range<usize>,
    message: String,
    suggestion: String,
    applicability: Applicability,
    /// Index of the brand in the guide's `brands`.
    brand: usize,
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.guide.brands.is_empty() {
        return;
    }
    let text = ctx.doc.context_text();
    let matches = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Brand(_)));
    let mut covered: Vec<Range<usize>> = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    for m in non_overlapping(matches) {
        let Target::Brand(i) = m.target else { continue };
        covered.push(m.start..m.end);
        let word_end = m.end - m.possessive.map_or(0, str::len);
        if in_lowercase_joined(text, m.start, word_end) {
            continue; // `deploy-acme`, `nimbus-pay`: a repository or package name
        }
        let name = &ctx.guide.brands[i];
        let plural = if m.inflection == Inflection::Plural {
            "s"
        } else {
            ""
        };
        let written = collapse_whitespace(&text[m.start..word_end]);
        let correct = format!("{name}{plural}");
        if written == correct
            || lowercase_split_of_joined_name(&written, name)
            || ordinary_word_in_lowercase(&written, name)
            || compound::lower_camel_identifier_for_several_words(&written, name)
            || (compound::ordinary_words_of_a_longer_name(&written, &correct)
                && m.inflection == Inflection::Plural)
            || in_capitalised_joined(text, m.start, word_end)
            || lowercase_alone_in_table_cell(text, m.start..word_end)
            || lowercase_alone_in_heading(text, m.start..word_end)
            || (!written.contains(char::is_lowercase) && english::in_all_caps_line(text, m.start))
            || in_quoted_label(text, m.start, word_end)
            || lowercase_value(text, m.start, word_end)
            || crate::document::queries::in_quoted_query(text, m.start, word_end)
            || in_interface_label(text, m.start, word_end)
            || crate::document::screenshots::in_screenshot_link_text(text, m.start, word_end)
            || lowercase_before_a_version(text, &written, word_end)
            || crate::document::links::in_list_of_lowercase_links(text, m.start, word_end)
            || crate::document::links::in_link_to_a_change(text, m.start, word_end)
            || compound::ordinary_compound_in_use(text, m.start..word_end, &written, name)
            || compound::describes_a_kind(text, m.start..word_end, &written, &correct)
            || compound::counted_things_of_a_plural_name(text, m.start..word_end, &written, &correct)
            || placeholder_in_code(ctx, &written)
        {
            continue;
        }
        // Case, split and join corrections keep the word: safe, unless the lowercase word is
        // two ordinary words run together, which may mean just them ("realtime changes" for a
        // product "Realtime", "the dropbox by the door").
        // The same for a name of several words written with ordinary words in lowercase: "the
        // Supabase dashboard" may be the product, "consuming durable streams" is the phrase.
        let applicability = if compound::compound_of_ordinary_words(&written, name)
            || compound::ordinary_words_of_a_longer_name(&written, &correct)
            || one_word_in_one_case(&written)
        {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        };
        candidates.push(Candidate {
            range: m.start..m.end,
            message: message(&text[m.start..word_end], name),
            suggestion: format!("{correct}{}", m.possessive.unwrap_or_default()),
            applicability,
            brand: i,
        });
    }
    candidates.extend(typos(ctx, &covered));
    // One span, one finding: where candidates overlap ("nimbus Clowd" is "nimbus" in the wrong
    // case and one letter from "Nimbus Cloud"), the longest is reported.
    // Kept spans are disjoint, so only the last one starting before a candidate's end can
    // overlap it: one look-up each, however many candidates a file has.
    candidates.sort_by_key(|c| (std::cmp::Reverse(c.range.len()), c.range.start));
    let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
    for candidate in candidates {
        let overlaps = kept
            .range(..candidate.range.end)
            .next_back()
            .is_some_and(|(_, k)| k.range.end > candidate.range.start);
        if !overlaps {
            kept.insert(candidate.range.start, candidate);
        }
    }
    for c in kept.into_values() {
        out.extend(
            ctx.fixable_finding(ID, c.range, c.message, Some(c.suggestion), c.applicability)
                .map(|f| f.with_entry(EntryRef::Brand(c.brand))),
        );
    }
}

/// "power spec" is ordinary prose, "Power Spec" is the brand "PowerSpec" split: a split of a
/// name written without spaces is reported only when its later words are capitalised.
fn lowercase_split_of_joined_name(written: &str, name: &str) -> bool {
    !name.contains([' ', '-'])
        && written.contains([' ', '-'])
        && written
            .split([' ', '-'])
            .skip(1)
            .any(|word| !word.starts_with(char::is_uppercase))
}

/// "gitpod", "FERRETDB": one word written all in lowercase or all in capitals. Written so it is
/// as often an identifier (the `gitpod` user, a `ferretdb` schema, `docker run`, a `{FERRETDB
/// SVC}` placeholder) as the name in the wrong case, so its case fix is never safe. A word in
/// mixed case ("Github", "Powerspec") is the name as a writer miscapitalised it.
fn one_word_in_one_case(written: &str) -> bool {
    !written.contains([' ', '-'])
        && (!written.chars().any(char::is_uppercase) || !written.chars().any(char::is_lowercase))
}

/// "you can get the FERRETDB SVC (`10.254.17.193:27017`)" where the command below reads
/// `{FERRETDB SVC}`: a name written all in capitals as the document's code writes it is that
/// code's placeholder or constant, named in the prose; a fix would no longer match the code.
fn placeholder_in_code(ctx: &Context, written: &str) -> bool {
    written.chars().any(char::is_alphabetic)
        && !written.contains(char::is_lowercase)
        && !written.contains(' ')
        && ctx.doc.code_writes_word(written)
}

/// "windows" for the brand "Windows": a brand that is an ordinary word with a capital, written
/// all in lowercase, is the ordinary word ("minimize the open windows"). A brand with capitals
/// of its own ("TypeScript", "GitHub") is no such word, whatever a dictionary lists.
fn ordinary_word_in_lowercase(written: &str, name: &str) -> bool {
    capitalised_like_a_word(name)
        && !written.chars().any(char::is_uppercase)
        && english::is_word(written)
}

/// "Windows", "Realtime": a capital, then lowercase letters only — a name spelled as an
/// ordinary word at the start of a sentence would be.
fn capitalised_like_a_word(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase())
}

/// What may sit between the words of a name: one hyphen, or spaces with at most one line break.
fn is_name_separator(gap: &str) -> bool {
    // Most windows' words are one space apart: answered before any character is decoded.
    gap == " " || gap == "-" || (gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1)
}

fn message(written: &str, name: &str) -> String {
    format!("\"{written}\" misspells the brand name \"{name}\"")
}

/// Runs of whitespace (and quote markers after a line break) read as one space.
fn collapse_whitespace(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '>')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One-letter typos of long brand names, over windows of as many words as the name has.
fn typos(ctx: &Context, covered: &[Range<usize>]) -> Vec<Candidate> {
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
        let len = window.chars().count();
        if len > max_len {
            return false;
        }
        let joined_like_a_name = word_ranges[i..i + n - 1]
            .iter()
            .zip(&word_ranges[i + 1..i + n])
            .all(|(a, b)| is_name_separator(&text[a.end..b.start]));
        if !joined_like_a_name || !typos.letters_may_be_near(n, len, window) {
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
            .filter(|t| len.abs_diff(t.len) <= 1 + t.words);
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
                || part_changed_into_a_word(window, &ctx.guide.brands[target.index])
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
                || english::ordinary_words(text, range.clone(), ctx.doc.in_heading(range.start))
                || in_quoted_label(text, range.start, range.end)
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

/// "Edge Function" near "Edge Functions": one of the things a name of several words ending in
/// a plural names, not a typo. ("Window" near "Windows" is a one-word name: the word list
/// decides that one.)
fn singular_of_a_plural_name(window: &str, name: &str) -> bool {
    name.contains(' ')
        && name
            .strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && stem.eq_ignore_ascii_case(window))
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
    let inner_capital = |word: &str| {
        word.chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
    };
    let plain = |word: &str| word.chars().skip(1).all(|c| !c.is_uppercase());
    window.split(' ').any(inner_capital) && name.split(' ').all(plain)
}

/// "webpack5", "Vue3": the name and a version number run together, not the name mistyped; nor
/// is "dockerd", the name's daemon, a program named in lowercase with a trailing "d" (as
/// containerd is).
fn name_with_a_version_or_daemon(window: &str, name: &str) -> bool {
    let stem = window.trim_end_matches(|c: char| c.is_ascii_digit());
    let daemon = window
        .strip_suffix('d')
        .filter(|stem| !stem.contains(|c: char| !c.is_lowercase()));
    (stem.len() < window.len() && stem.eq_ignore_ascii_case(name))
        || daemon.is_some_and(|stem| stem.eq_ignore_ascii_case(name))
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

/// "supabase v0.0.4", "nimbus 2.3.1": a lowercase name before a dotted version number is a
/// package in a list of releases, not the brand in prose.
fn lowercase_before_a_version(text: &str, written: &str, end: usize) -> bool {
    !written.chars().any(char::is_uppercase) && version_after(text, end).is_some_and(|v| v.dotted)
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
/// cmdlet's syntax) is "PowerShell" and "Set", not a typo of "PowerShellGet".
fn edit_in_short_camel_word(window: &str, name: &str) -> bool {
    edit_in_short_word(
        &normalize_term(&split_camel_case(window)),
        &normalize_term(&split_camel_case(name)),
    )
}

mod compound;
#[cfg(test)]
mod code_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod phrase_tests;
#[cfg(test)]
mod own_names_tests;
