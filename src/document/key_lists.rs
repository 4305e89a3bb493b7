//! Lowercase words the layout shows to be keys or values, not names in prose: the scope a change
//! list opens each item with ("- nix: validate license", beside "- winget: support …"), an item
//! of a comma list whose other items are identifiers ("archives, blobs, custom_publishers,
//! docker, nfpms"), a table cell's or a heading's whole text (`| powershell |`, `### vite`).
//! Release notes and references write a configuration section, a pipe or a command by its key;
//! capitalising it as the product misnames the key.

use super::identifiers::line_around;

/// Whether the lowercase word at `start..end` opens a list item as its scope ("- nix: make
/// sure zip is included") and another item of the same list opens with a lowercase scope too:
/// a change list by area. One such item alone ("- docker: the container runtime") may be a
/// gloss, and is prose.
pub fn scope_of_a_change_item(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].contains(|c: char| !c.is_ascii_lowercase()) {
        return false;
    }
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    if scope_of(&text[line.start..line.end]) != Some(&text[start..end])
        || !text[line.start..start].ends_with(' ')
    {
        return false;
    }
    let scoped = |l: &str| scope_of(l).is_some();
    let before = text[..line.start]
        .lines()
        .rev()
        .take_while(|l| in_list(l))
        .take(LIST_REACH);
    let after = text[line.end..]
        .lines()
        .skip(1)
        .take_while(|l| in_list(l))
        .take(LIST_REACH);
    before.chain(after).any(scoped)
}

/// How many lines of a list, or items of a comma list, either way are read.
const LIST_REACH: usize = 30;

/// Whether a line belongs to a list: an item or an indented continuation line.
fn in_list(line: &str) -> bool {
    let trimmed = line.trim_start();
    !trimmed.is_empty() && (item_body(line).is_some() || trimmed.len() < line.len())
}

/// The text of a list item after its marker ("- ", "* ", "+ "), past indentation.
fn item_body(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    ["- ", "* ", "+ "]
        .iter()
        .find_map(|marker| trimmed.strip_prefix(marker))
}

/// The lowercase scope a list item opens with: "- nix: validate" gives "nix".
fn scope_of(line: &str) -> Option<&str> {
    let body = item_body(line)?;
    let (scope, rest) = body.split_once(": ")?;
    let keyish = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-');
    (!scope.is_empty()
        && scope.starts_with(|c: char| c.is_ascii_lowercase())
        && scope.chars().all(keyish)
        && !rest.trim().is_empty())
    .then_some(scope)
}

/// Whether the word at `start..end` is an item of a comma list ("archives, blobs, checksum,
/// custom_publishers, docker, nfpms"; "[homebrew_casks](…), [scoop](…), [nix](…)") of single
/// lowercase tokens, one of them written as an identifier (snake_case): the list names keys,
/// and so does this item.
pub fn listed_with_identifiers(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].contains(|c: char| !c.is_ascii_lowercase()) {
        return false;
    }
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let line_text = &text[line.start..line.end];
    let (start, end) = (start - line.start, end - line.start);
    let Some((first, last)) = item_around(line_text, start, end) else {
        return false;
    };
    let mut items = vec![&line_text[start..end]];
    let mut left = first;
    for _ in 0..LIST_REACH {
        let Some(gap) = separator_before(&line_text[..left]) else {
            break;
        };
        match item_ending_at(line_text, left - gap) {
            Some((from, word)) => {
                items.push(word);
                left = from;
            }
            None => break,
        }
    }
    let mut right = last;
    for _ in 0..LIST_REACH {
        let Some(gap) = separator_after(&line_text[right..]) else {
            break;
        };
        match item_starting_at(line_text, right + gap) {
            Some((to, word)) => {
                items.push(word);
                right = to;
            }
            None => break,
        }
    }
    items.len() >= 3 && items.iter().any(|w| w.contains('_'))
}

/// Commas and the conjunctions that join a list's items.
const SEPARATORS: [&str; 4] = [", and ", ", or ", ", ", " and "];

fn separator_before(head: &str) -> Option<usize> {
    SEPARATORS
        .iter()
        .find(|s| head.ends_with(*s))
        .map(|s| s.len())
}

fn separator_after(tail: &str) -> Option<usize> {
    SEPARATORS
        .iter()
        .find(|s| tail.starts_with(*s))
        .map(|s| s.len())
}

/// A key as a list writes it: lowercase letters, digits, `_` and `-`.
fn is_key(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-'))
}

/// The item the word at `start..end` is, with its markup: a bare word, `code` or a link
/// "[word](destination)". Returns where the item starts and ends.
fn item_around(line: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if !is_key(&line[start..end]) {
        return None;
    }
    let (first, last) = match (
        line[..start].chars().next_back(),
        line[end..].chars().next(),
    ) {
        (Some('`'), Some('`')) => (start - 1, end + 1),
        (Some('['), Some(']')) if line[end + 1..].starts_with('(') => {
            (start - 1, end + 1 + line[end + 1..].find(')')? + 1)
        }
        (before, after) => {
            let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if word_char(before) || word_char(after) {
                return None;
            }
            (start, end)
        }
    };
    Some((first, last))
}

/// The item ending at `at`, as (where it starts, its word).
fn item_ending_at(line: &str, at: usize) -> Option<(usize, &str)> {
    let head = &line[..at];
    if let Some(link) = head.strip_suffix(')') {
        let open = link.rfind("](")?;
        let label_start = link[..open].rfind('[')?;
        let word = &link[label_start + 1..open];
        return is_key(word).then_some((label_start, word));
    }
    if let Some(code) = head.strip_suffix('`') {
        let open = code.rfind('`')?;
        let word = &code[open + 1..];
        return is_key(word).then_some((open, word));
    }
    // Past the whole character that ends the run: it may be wider than a byte (a no-break
    // space).
    let from = head
        .char_indices()
        .rfind(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '-')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[from..];
    is_key(word).then_some((from, word))
}

/// The item starting at `at`, as (where it ends, its word).
fn item_starting_at(line: &str, at: usize) -> Option<(usize, &str)> {
    let tail = &line[at..];
    if let Some(link) = tail.strip_prefix('[') {
        let close = link.find("](")?;
        let word = &link[..close];
        let dest_end = link[close..].find(')')?;
        return is_key(word).then_some((at + 1 + close + dest_end + 1, word));
    }
    if let Some(code) = tail.strip_prefix('`') {
        let close = code.find('`')?;
        let word = &code[..close];
        return is_key(word).then_some((at + close + 2, word));
    }
    let len = tail
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-')))
        .unwrap_or(tail.len());
    let word = &tail[..len];
    is_key(word).then_some((at + len, word))
}

/// `| powershell | [System.Management.Automation.PowerShell](…) |`: a lowercase name that is a
/// table cell's whole content is a value (a type accelerator, a process or package name). So is
/// one that opens a cell of it and one more lowercase word (`| docker buildx | 0.18.0 |`): a
/// program and its subcommand, listed as typed.
pub fn lowercase_alone_in_table_cell(text: &str, range: std::ops::Range<usize>) -> bool {
    let word = &text[range.clone()];
    if word.chars().any(char::is_uppercase) {
        return false;
    }
    let Some(line) = line_around(text, range.start, range.end) else {
        return false;
    };
    let (line_start, line_end) = (line.start, line.end);
    let row = &text[line_start..line_end];
    // A row may leave out its outer pipes (`flagger | [1.17.0](…) | […](…)`): then it needs two
    // pipes, and its first cell runs from the line's start.
    let piped = row.trim_start().starts_with('|');
    if !piped && row.matches('|').count() < 2 {
        return false;
    }
    let cell_start = match text[line_start..range.start].rfind('|') {
        Some(at) => at + 1,
        None if !piped => 0,
        None => return false,
    };
    let Some(to) = text[range.end..line_end].find('|') else {
        return false;
    };
    let cell = &text[line_start + cell_start..range.end + to];
    let cell = cell.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '`'));
    cell == word
        || cell
            .strip_prefix(word)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// `### vite` in a configuration reference: a lowercase word that is a Markdown heading's whole
/// text names an option, a key or a command. A heading in prose starts with a capital.
pub fn lowercase_alone_in_heading(text: &str, range: std::ops::Range<usize>) -> bool {
    let word = &text[range.clone()];
    if word.chars().any(char::is_uppercase) {
        return false;
    }
    let Some(line) = line_around(text, range.start, range.end) else {
        return false;
    };
    let before = text[line.start..range.start].trim_start();
    let Some(marks) = before.strip_suffix(' ') else {
        return false;
    };
    let marks = marks.trim_end();
    !marks.is_empty()
        && marks.len() <= 6
        && marks.chars().all(|c| c == '#')
        && text[range.end..line.end]
            .trim_end()
            .trim_end_matches('#')
            .trim()
            .is_empty()
}

/// Whether the lowercase word at `start..end` is joined to another by a `#` ("the Slack
/// kubernetes#falco": a workspace and its channel; "rspack#6448": a repository's pull request).
/// Prose puts no `#` between two words.
pub fn joined_by_a_hash(text: &str, start: usize, end: usize) -> bool {
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let lowercase = !text[start..end].contains(char::is_uppercase);
    let before = text[..start]
        .strip_suffix('#')
        .is_some_and(|head| word_char(head.chars().next_back()));
    let after = text[end..]
        .strip_prefix('#')
        .is_some_and(|tail| word_char(tail.chars().next()));
    lowercase && (before || after)
}

#[cfg(test)]
mod tests {
    use super::{
        joined_by_a_hash, listed_with_identifiers, lowercase_alone_in_heading,
        lowercase_alone_in_table_cell, scope_of_a_change_item,
    };

    #[test]
    fn words_joined_by_a_hash() {
        // The Falco blog (CC BY 4.0): a Slack workspace and its channel.
        let text = "share your work in the Slack kubernetes#falco before submitting your PR";
        assert!(at(text, "kubernetes", joined_by_a_hash));
        assert!(at(text, "falco", joined_by_a_hash));
        for (text, word) in [
            ("We love falco. #security", "falco"),
            ("Ask in #falco on Slack", "falco"),
            ("the Falco#1 rule", "Falco"),
        ] {
            assert!(!at(text, word, joined_by_a_hash), "{text}");
        }
    }

    #[test]
    fn a_lowercase_word_alone_in_a_heading_is_a_name_of_a_key() {
        // configuration-reference.mdx of the Astro docs: the `vite` option.
        let alone = |text: &str, word: &str| over(text, word, lowercase_alone_in_heading);
        assert!(alone("Intro.\n\n### vite\n\nPass options to Vite.", "vite"));
        assert!(alone("## astro ##\n", "astro"));
        assert!(!alone("### Vite\n", "Vite"));
        assert!(!alone("### Configure vite for SSR\n", "vite"));
        assert!(!alone("We use vite here.\n", "vite"));
    }

    #[test]
    fn a_lowercase_word_alone_in_a_table_cell_is_a_value() {
        let cell = |text: &str, word: &str| over(text, word, lowercase_alone_in_table_cell);
        assert!(cell("| powershell   | [x](y) |", "powershell"));
        assert!(cell("| `pwsh` | **powershell** |", "powershell"));
        assert!(!cell("| Use powershell here |", "powershell"));
        // The GoReleaser blog (MIT), `rust-zig.md`: a table of the tools a build ran.
        assert!(cell("| docker buildx  | 0.18.0  |", "docker"));
        // The Flux blog (Apache-2.0): a row without its outer pipes.
        assert!(cell(
            "flagger                     | [1.17.0](https://github.com/fluxcd/flagger/releases) | [1.17.0](https://deps.dev/go/flagger)",
            "flagger"
        ));
        assert!(!cell("flagger is great | and so on", "flagger"));
        assert!(!cell("We like flagger.", "flagger"));
        assert!(!cell("| with docker buildx |", "docker"));
        assert!(!cell("| docker Buildx |", "docker"));
        assert!(!cell("| PowerShell |", "PowerShell"));
        assert!(!cell("powershell | alone", "powershell"));
    }

    /// `f` asked about the first `word` in `text`, as a range.
    fn over(text: &str, word: &str, f: fn(&str, std::ops::Range<usize>) -> bool) -> bool {
        let start = text.find(word).expect("word in text");
        f(text, start..start + word.len())
    }

    fn at(text: &str, word: &str, f: fn(&str, usize, usize) -> bool) -> bool {
        let start = text.find(word).expect("word in text");
        f(text, start, start + word.len())
    }

    #[test]
    fn scopes_of_a_change_list() {
        // The GoReleaser blog (MIT), `goreleaser-v1.23.md`: a change list by area.
        let notes = "## Highlights\n\n- nix: validate license to prevent generating invalid derivations\n- winget: support `archives.format: binary`\n- homebrew: `dependencies` can be added to specific OSes\n- aur: support `archives.wrap_in_directory`\n- `--single-target` is now more consistent\n";
        for word in ["nix", "homebrew", "aur"] {
            assert!(at(notes, word, scope_of_a_change_item), "{word}");
        }
        // One gloss alone, a capitalised scope, a scope not at the item's start: prose.
        for (text, word) in [
            (
                "- docker: the container runtime we use\n- Podman works too\n",
                "docker",
            ),
            ("- Nix: validate license\n- winget: support it\n", "Nix"),
            (
                "- we moved to nix: it is faster\n- aur: support it\n",
                "nix",
            ),
            ("nix: validate license\nwinget: support it\n", "nix"),
        ] {
            assert!(!at(text, word, scope_of_a_change_item), "{text}");
        }
    }

    #[test]
    fn items_of_a_list_of_keys() {
        // The GoReleaser blog (MIT), `goreleaser-v1.17.md` and `goreleaser-v2.17.md`.
        for (text, word) in [
            ("  several fields: archives, blobs, checksum, custom_publishers, docker, nfpms,", "docker"),
            ("- default the pull request branch name for [homebrew_casks](https://goreleaser.com/a/), [scoop](https://goreleaser.com/b/), [nix](https://goreleaser.com/c/), [winget](https://goreleaser.com/d/), and [krew](https://goreleaser.com/e/)", "nix"),
            ("the keys `sboms`, `docker`, and `docker_signs`", "docker"),
        ] {
            assert!(at(text, word, listed_with_identifiers), "{text}");
        }
        // A list of products, or two items only: prose.
        for (text, word) in [
            ("We publish to homebrew, scoop, docker, and nix.", "docker"),
            ("Use docker_image or docker.", "docker"),
            ("It runs on docker, Podman_X and Kubernetes.", "docker"),
            // An item after a character wider than a byte (found by the fix property test).
            ("\u{a0}, powerspec ", "powerspec"),
            ("x\u{2014}, powerspec, \u{a0}é_b, c ", "powerspec"),
        ] {
            assert!(!at(text, word, listed_with_identifiers), "{text}");
        }
    }
}
