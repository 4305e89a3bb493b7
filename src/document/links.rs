//! The Markdown link a piece of text is the text of, and where that link points: a link's
//! destination says what its text names (a screenshot's caption, a template's slug).

use super::identifiers::line_around;
use std::ops::Range;

/// The Markdown link text a match lies in, on the match's line: an open `[` before it with no
/// `]` between, and the first `]` after it with no `[` between.
pub struct LinkText<'t> {
    /// The text between the brackets.
    pub text: Range<usize>,
    /// The rest of the line after the closing `]`: `(destination)`, `[reference]` or prose.
    pub after: &'t str,
}

/// The link text the match at `start..end` lies in, if any (a huge line is read in a bounded
/// window, as for labels: see [`line_around`]).
pub fn link_around(text: &str, start: usize, end: usize) -> Option<LinkText<'_>> {
    link_in_line(text, line_around(text, start, end)?, start, end)
}

/// [`link_around`] within `line`, the range of the match's line to read.
fn link_in_line(text: &str, line: Range<usize>, start: usize, end: usize) -> Option<LinkText<'_>> {
    let before = &text[line.start..start];
    let open = before.rfind('[').filter(|&i| !before[i..].contains(']'))?;
    let after = &text[end..line.end];
    let close = after.find(']').filter(|&i| !after[..i].contains('['))?;
    Some(LinkText {
        text: line.start + open + 1..end + close,
        after: &after[close + 1..],
    })
}

/// The destination of an inline link, from what follows its text's `]` (`(destination "title")`).
pub fn inline_destination(after: &str) -> Option<&str> {
    after
        .strip_prefix('(')
        .map(|inside| inside.split([')', ' ']).next().unwrap_or_default())
}

/// The destination of the Markdown link (not an image: its alt text is no link text) whose text
/// holds `start..end`, inline (`[text](destination)`) or by a reference definition
/// (`[text][label]`, `[text][]` with `[label]: destination` on a line of its own). The whole line
/// is read.
pub fn destination_of_link_text(text: &str, start: usize, end: usize) -> Option<&str> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let link = link_in_line(text, line_start..line_end, start, end)?;
    if text[..link.text.start - 1].ends_with('!') {
        return None;
    }
    if let Some(reference) = link.after.strip_prefix('[') {
        let label = reference.split(']').next().unwrap_or_default();
        // "[text][]" uses its own text as the label.
        let label = if label.is_empty() {
            &text[link.text]
        } else {
            label
        };
        definition(text, label)
    } else {
        inline_destination(link.after)
    }
}

/// Package registries' pages of one package: the host and the path before the package's name.
const PACKAGE_PAGES: [(&str, &str); 9] = [
    ("npmjs.com", "package/"),
    ("pypi.org", "project/"),
    ("crates.io", "crates/"),
    ("rubygems.org", "gems/"),
    ("nuget.org", "packages/"),
    ("hex.pm", "packages/"),
    ("pub.dev", "packages/"),
    ("packagist.org", "packages/"),
    ("pkg.go.dev", ""),
];

/// The host (without `www.`) and the path (without its leading `/`, query or fragment) of an
/// `http(s)://` address with a path.
pub fn host_and_path(destination: &str) -> Option<(&str, &str)> {
    let rest = destination
        .strip_prefix("https://")
        .or_else(|| destination.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/')?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    Some((host, path.split(['?', '#']).next().unwrap_or_default()))
}

/// The name of the package whose registry page `destination` is
/// (`https://www.npmjs.com/package/grpc` → `grpc`, `…/package/@grpc/grpc-js` → `grpc-js`), if it
/// is one: the last segment of the path, as written.
pub fn package_of(destination: &str) -> Option<&str> {
    let (host, path) = host_and_path(destination)?;
    let (_, prefix) = PACKAGE_PAGES.iter().find(|(h, _)| *h == host)?;
    let name = path
        .strip_prefix(prefix)?
        .trim_end_matches('/')
        .rsplit('/')
        .next()?;
    (!name.is_empty()).then_some(name)
}

/// Whether `start..end` lies in the text of a link to a commit, a pull or merge request or an
/// issue, titled as a change ("[docker: dynamically switch between local docker daemon
/// …](…/commit/af5a0a7)", "[#157 - Questdb benchmark support](…/issues/157)"): such link text is the change's title, quoted as its author wrote it
/// (an area prefix such as "docker:" or "tiltfile:" names code), not the writer's prose.
pub fn in_link_to_a_change(text: &str, start: usize, end: usize) -> bool {
    const CHANGES: [&str; 5] = [
        "/commit/",
        "/commits/",
        "/pull/",
        "/merge_requests/",
        "/issues/",
    ];
    // The title's form first: it reads the link text only, where a destination by reference
    // means reading every line for its definition.
    link_around(text, start, end).is_some_and(|link| {
        let title = &text[link.text];
        titled_by_area(title) || titled_by_number(title)
    }) && destination_of_link_text(text, start, end)
        .is_some_and(|destination| CHANGES.iter().any(|part| destination.contains(part)))
}

/// Whether link text reads as a change's title: it opens (past a quotation mark) with the area
/// of code it changes, in lowercase, and a colon ("docker: …", "\"tiltfile: …\""). Link text
/// of the writer's own ("Logbook's [Github Issues page](…/issues/279)") does not.
fn titled_by_area(link_text: &str) -> bool {
    let title = link_text.trim_start_matches(['"', '“', '\'']);
    title.split_once(": ").is_some_and(|(area, _)| {
        !area.is_empty()
            && area.len() <= 30
            && area
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_./".contains(&b))
    })
}

/// Whether link text opens with the change's number and a separator, as a tracker lists it
/// ("#157 - Questdb benchmark support", "#4021: fix the cache"): the title that follows is
/// the change's author's. A number alone ("[#157](…)") holds no title.
fn titled_by_number(link_text: &str) -> bool {
    let Some(rest) = link_text.strip_prefix('#') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && [" - ", " – ", " — ", ": "]
            .iter()
            .any(|separator| rest[digits..].starts_with(separator))
}

/// The destination a reference definition (`[label]: destination`) gives `label`.
fn definition<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    text.lines().find_map(|line| {
        let line = line.trim_start();
        let rest = line.strip_prefix('[')?;
        let (name, rest) = rest.split_once("]:")?;
        name.eq_ignore_ascii_case(label)
            .then(|| rest.split_whitespace().next())
            .flatten()
    })
}

/// Whether `start..end` is the whole text of an inline link in a bare list of three or more such
/// links — nothing between them but commas, spaces or "and" — each text one lowercase word and
/// each destination the same but for its last segment ("Try it online: [vanilla](https://
/// vite.new/vanilla-ts), [vue](https://vite.new/vue-ts), [lit](…)"): the writer lists
/// identifiers — template presets, packages, repositories — as their addresses spell them, so a
/// name among them is that identifier, not the brand miscapitalised. Links in a sentence, with
/// words between ("the [database](…), API, [realtime](…) functionality"), are prose.
pub fn in_list_of_lowercase_links(text: &str, start: usize, end: usize) -> bool {
    // The bounded line around the match (see [`line_around`]): every link of it is parsed.
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let line_start = line.start;
    let line = &text[line];
    let links = inline_links(line);
    let Some(own) = links
        .iter()
        .position(|l| line_start + l.text_start == start && l.text.len() == end - start)
    else {
        return false;
    };
    let Some(own_folder) = folder(links[own].destination) else {
        return false;
    };
    let listed = |l: &InlineLink| {
        !l.text.is_empty()
            && l.text.chars().all(|c| c.is_lowercase())
            && folder(l.destination) == Some(own_folder)
    };
    let bare = |a: &InlineLink, b: &InlineLink| {
        line[a.end..b.text_start - 1]
            .split(|c: char| c.is_whitespace() || c == ',')
            .all(|word| word.is_empty() || word == "and")
    };
    if !listed(&links[own]) {
        return false;
    }
    let before = (0..own)
        .rev()
        .take_while(|&i| listed(&links[i]) && bare(&links[i], &links[i + 1]))
        .count();
    let after = (own + 1..links.len())
        .take_while(|&i| listed(&links[i]) && bare(&links[i - 1], &links[i]))
        .count();
    before + 1 + after >= 3
}

/// Whether `start..end` is the whole text of an inline link, in lowercase, that its destination
/// ends with: "[falco](https://gallery.ecr.aws/falcosecurity/falco)" (a container image),
/// "the [falco](https://github.com/falcosecurity/falco) and [libs](…) repositories",
/// "[sysdig](https://github.com/draios/sysdig), it's a CLI tool". The link names what its
/// address names — an image, a repository, a program — spelled as the address spells it.
pub fn names_its_address(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let keyish = |c: char| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_');
    if word.is_empty() || !word.chars().all(keyish) || !text[..start].ends_with('[') {
        return false;
    }
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let line_start = line.start;
    inline_links(&text[line]).iter().any(|l| {
        line_start + l.text_start == start
            && l.text == word
            && last_segment(l.destination).is_some_and(|last| last.eq_ignore_ascii_case(word))
    })
}

/// Whether `start..end` is part of the text of an inline link, all lowercase, whose words run
/// together spell its destination's site: "[wasm edge](https://wasmedge.org/)" names WasmEdge,
/// the site's own product, as its address spells it; a brand inside it is part of that name.
/// The whole link text ("[wasmtime](https://wasmtime.dev/)") is the site's name itself, which
/// may be the brand written in lowercase: not this.
pub fn in_link_text_spelling_its_site(text: &str, start: usize, end: usize) -> bool {
    let Some(line) = line_around(text, start, end) else {
        return false;
    };
    let line_start = line.start;
    inline_links(&text[line]).iter().any(|l| {
        let (from, to) = (
            line_start + l.text_start,
            line_start + l.text_start + l.text.len(),
        );
        let joined: String = l.text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        from <= start
            && end <= to
            && (from < start || end < to)
            && !joined.is_empty()
            && joined
                .chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit())
            && site_name(l.destination).is_some_and(|site| site == joined)
    })
}

/// A destination's site name: its host's first label past `www.`, for an address with a
/// scheme ("https://wasmedge.org/docs" gives "wasmedge").
fn site_name(destination: &str) -> Option<&str> {
    let (_, rest) = destination.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let (name, _) = host.split_once('.')?;
    (!name.is_empty()).then_some(name)
}

/// A destination's last path segment under an owner, past a trailing `/`, without a query or
/// fragment: "https://github.com/draios/sysdig/" gives "sysdig". A registry or a code host
/// names a thing under its owner (`owner/name`); a page one step below a site's root
/// ("https://supabase.com/realtime", the product's page) or a bare host has none.
fn last_segment(destination: &str) -> Option<&str> {
    let path = destination.split(['?', '#']).next().unwrap_or_default();
    let path = path.trim_end_matches('/');
    let after_host = path.split_once("://").map_or(path, |(_, rest)| rest);
    let mut segments = after_host.split('/');
    let (_host, last) = (segments.next()?, segments.next_back()?);
    let owners = segments.filter(|s| !s.is_empty()).count();
    (owners >= 1 && !last.is_empty()).then_some(last)
}

/// A destination's folder: all of it before its last `/`.
fn folder(destination: &str) -> Option<&str> {
    destination.rsplit_once('/').map(|(folder, _)| folder)
}

/// An inline link on a line: its text, where the text starts in the line, its destination, and
/// where the link ends (after its `)`).
struct InlineLink<'t> {
    text: &'t str,
    text_start: usize,
    destination: &'t str,
    end: usize,
}

/// The inline links `[text](destination)` of one line, images left out.
fn inline_links(line: &str) -> Vec<InlineLink<'_>> {
    let mut links = Vec::new();
    let mut at = 0;
    while let Some(open) = line[at..].find('[').map(|i| at + i) {
        at = open + 1;
        let Some(close) = line[at..].find(']').map(|i| at + i) else {
            break;
        };
        let text = &line[open + 1..close];
        let Some(inside) = line[close + 1..].strip_prefix('(') else {
            continue;
        };
        if text.contains('[') || line[..open].ends_with('!') {
            continue;
        }
        let Some(length) = inside.find(')') else {
            break;
        };
        let destination = inside[..length].split(' ').next().unwrap_or_default();
        let end = close + 2 + length + 1;
        links.push(InlineLink {
            text,
            text_start: open + 1,
            destination,
            end,
        });
        at = end;
    }
    links
}

#[cfg(test)]
#[path = "links_tests.rs"]
mod tests;
