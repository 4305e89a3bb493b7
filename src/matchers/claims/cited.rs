//! Cited figures: a claim whose sentence attributes it to a third-party source ("according to
//! Gartner", "Source: …", a footnote, a link to another site) is someone else's figure.

use super::cues::FIRST_PERSON;
use std::ops::Range;

/// Words that attribute a figure to a source.
const ATTRIBUTIONS: &[&str] = &[
    "according to",
    "source:",
    "sources:",
    "reported by",
    "survey by",
    "study by",
    "research by",
    "data from",
    "cited by",
    // An estimate nobody here made: "It is estimated that over 30 million small businesses exist".
    "it is estimated",
    "it's estimated",
    "it has been estimated",
    "[^",
];

use crate::limits::CLAIM_SENTENCE_REACH as SENTENCE_REACH;

/// Whether the sentence around `range` cites a third-party source. A link to a host named after
/// one of `brands` (lowercase, without spaces: see [`own_host`]) is the company's own site:
/// companies footnote their own figures, and that is no citation.
pub fn is_cited(text: &str, range: Range<usize>, brands: &[String]) -> bool {
    // The sentence is found and lowercased once, for both readings.
    let here = sentence_range(text, range);
    let lower = text[here.clone()].to_lowercase();
    cites(&lower, brands) || continues_a_citation(text, here, &lower, brands)
}

/// Verbs that report a finding without saying who found it.
const IMPERSONAL_FINDINGS: &[&str] = &[
    "been observed",
    "been measured",
    "been reported",
    "been shown",
    "was observed",
    "were observed",
    "was measured",
    "were measured",
];

/// "Evaluating … [shows](https://netdevconf.info/…) that … Latency reductions of about 20x have
/// been observed …": a sentence that reports a finding in the passive, saying neither who found
/// it nor "we", right after a sentence of its paragraph that cites a source, goes on citing it.
/// `here`: the sentence's range in `text`; `lower`: its text, lowercased.
fn continues_a_citation(text: &str, here: Range<usize>, lower: &str, brands: &[String]) -> bool {
    if !IMPERSONAL_FINDINGS.iter().any(|v| lower.contains(v)) || first_person(lower) {
        return false;
    }
    let before = text[..here.start].trim_end();
    // The sentence may start in the white space before its first word: all of it counts. Two
    // line breaks there are a blank line (spaces on it or not): another paragraph.
    let words_start = text.len() - text[here.start..].trim_start().len();
    if text[before.len()..words_start].matches('\n').count() >= 2 {
        return false;
    }
    let Some((last, _)) = before.char_indices().next_back() else {
        return false;
    };
    let previous = sentence_range(text, last..last);
    cites(&text[previous].to_lowercase(), brands)
}

/// Whether a sentence, lowercased (`lower`), cites a third-party source.
fn cites(lower: &str, brands: &[String]) -> bool {
    if ATTRIBUTIONS.iter().any(|a| lower.contains(a)) {
        return true;
    }
    let own = own_labels(brands);
    lower.match_indices("://").any(|(at, _)| {
        let rest = &lower[at + 3..];
        let url_end = rest
            .find([')', ' ', '>', '"', '\'', ']'])
            .unwrap_or(rest.len());
        let (host, path) = rest[..url_end]
            .split_once('/')
            .unwrap_or((&rest[..url_end], ""));
        let host = host.split(['?', '#']).next().unwrap_or_default();
        // "we got more than 1000 stars on [GitHub](https://github.com/MangoDB-io/MangoDB)": a
        // project page on a code host, in a sentence the company tells of itself, is where its
        // figure is, not a source (the project may have an older name).
        let told_of_itself = on_host(host, &CODE_HOSTS) && first_person(lower);
        !host.is_empty() && !owned_by(host, path, &own) && !told_of_itself
    })
}

/// Whether a lowercase sentence speaks as the company: one of the [`FIRST_PERSON`] words, or
/// "we're" or "we've", as a word.
fn first_person(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| FIRST_PERSON.contains(&w) || matches!(w, "we're" | "we've"))
}

/// Whether a link to `host` and `path` (lowercase) is the company's own: on a code host, a page
/// whose path names one of its `own` labels ("github.com/milvus-io/milvus"); on a site host, a
/// site whose owner's label names one ("milvus-io.github.io"); elsewhere a host of its own (see
/// [`own_host`]). A guide may list GitHub or Vercel among the names it spells, so a host's own
/// name never makes a page there the company's: "microsoft.github.io/picologging" is Microsoft's.
fn owned_by(host: &str, path: &str, own: &[String]) -> bool {
    if on_host(host, &CODE_HOSTS) {
        return path.split(['/', '?', '#']).take(2).any(|segment| {
            own.iter()
                .any(|b| segment.replace('-', "").contains(b.as_str()))
        });
    }
    let owner = SITE_HOSTS
        .iter()
        .find_map(|h| host.strip_suffix(h).and_then(|o| o.strip_suffix('.')));
    match owner {
        Some(owner) => own
            .iter()
            .any(|b| owner.replace('-', "").contains(b.as_str())),
        None => own.iter().any(|b| own_host(host, b)),
    }
}

/// Whether `host` is one of `hosts` or a subdomain of one.
fn on_host(host: &str, hosts: &[&str]) -> bool {
    hosts
        .iter()
        .any(|h| host == *h || host.strip_suffix(h).is_some_and(|o| o.ends_with('.')))
}

/// Hosts of many owners' sites, each a subdomain named after its owner.
const SITE_HOSTS: [&str; 7] = [
    "github.io",
    "gitlab.io",
    "netlify.app",
    "vercel.app",
    "pages.dev",
    "readthedocs.io",
    "readthedocs.org",
];

/// Whether the figure at `range` is the text of a link to another party's project page on a code
/// host: "And the GitHub repo? Over [150,000 stars](https://github.com/openclaw/openclaw)"
/// counts OpenClaw's stars. A page whose path names one of `brands`
/// ("github.com/milvus-io/milvus"), any other site and a relative link are not.
pub fn links_elsewhere(text: &str, range: Range<usize>, brands: &[String]) -> bool {
    use crate::document::links::{inline_destination, link_around};
    let Some(url) = link_around(text, range.start, range.end)
        .and_then(|link| inline_destination(link.after))
        .map(str::to_lowercase)
    else {
        return false;
    };
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    // Only a project page: a report someone links ("[12.5 million updates](…/report)") may
    // state the company's own figure, stale, which is still a conflict. A code host is judged
    // by its path: a guide may list "GitHub" among its names.
    on_host(host, &CODE_HOSTS) && !owned_by(host, path, &own_labels(brands))
}

/// The brand names as a host or a path would hold them: lowercase, without spaces or hyphens.
fn own_labels(brands: &[String]) -> Vec<String> {
    brands
        .iter()
        .map(|b| b.to_lowercase().replace([' ', '-'], ""))
        .filter(|b| !b.is_empty())
        .collect()
}

/// Hosts of many parties' projects: a page there is the company's when its path names it.
const CODE_HOSTS: [&str; 6] = [
    "github.com",
    "gitlab.com",
    "npmjs.com",
    "pypi.org",
    "crates.io",
    "hub.docker.com",
];

/// Whether a host is the company's own: one of its labels is the brand, alone or with the
/// usual affixes of company domains (`nimbus.app`, `docs.nimbus.io`, `getnimbus.com`,
/// `nimbushq.com`). A label that only holds the brand among other words is another party's
/// site (`astro-component-starter.cc` is not Astro's).
fn own_host(host: &str, brand: &str) -> bool {
    const AFFIXES: [(&str, &str); 6] = [
        ("", ""),
        ("get", ""),
        ("use", ""),
        ("try", ""),
        ("", "hq"),
        ("", "app"),
    ];
    host.split('.').any(|label| {
        AFFIXES.iter().any(|(pre, post)| {
            label
                .strip_prefix(pre)
                .and_then(|l| l.strip_suffix(post))
                .is_some_and(|l| l == brand)
        })
    })
}

/// Where the sentence holding `range` lies: from the last sentence end or blank line before it to
/// the next after it, within [`SENTENCE_REACH`] bytes.
pub(super) fn sentence_range(text: &str, range: Range<usize>) -> Range<usize> {
    let mut from = range.start.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (range.end + SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // A space or line break at `i` of `s` ends a sentence: after a blank line's first break, or
    // after a stop that is no ellipsis.
    let ends = |s: &str, (i, c): (usize, &str)| {
        c == "\n" && s[..i].ends_with('\n')
            || s[..i].ends_with(['.', '!', '?']) && !s[..i].ends_with("..")
    };
    // The nearest end on each side is searched outwards from the figure: gathering every end of
    // the reach into a list first cost ~9 k instructions a call.
    let head = &text[from..range.start];
    let start = head
        .rmatch_indices([' ', '\n'])
        .find(|&found| ends(head, found))
        .map_or(from, |(i, _)| from + i + 1);
    let tail = &text[range.end..to];
    let end = tail
        .match_indices([' ', '\n'])
        .find(|&found| ends(tail, found))
        .map_or(to, |(i, _)| range.end + i);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Cilium blog (Apache-2.0), "Cilium 1.9": a finding reported in the passive right after
    /// the sentence that links its source.
    #[test]
    fn a_passive_finding_after_a_cited_sentence_is_cited() {
        let text = "Evaluating the application latency under rate-limiting with HTB compared\nto eBPF with FQ [shows](https://netdevconf.info/0x14/session.html?talk-replacing-HTB-with-EDT-and-BPF)\nthat the CPU utilization can be reduced significantly while improving transmission latency.\nLatency reductions of about 20x have been observed for the 95th percentile as well as reductions of\nabout 10x for the 99th percentile when eBPF and FQ are used in combination.\n";
        let brands = vec!["Cilium".to_string()];
        for figure in ["20x", "10x"] {
            let at = text.find(figure).unwrap_or_default();
            assert!(is_cited(text, at..at + 3, &brands), "{figure}");
        }
    }

    #[test]
    fn not_without_a_cited_sentence_before_it_in_its_paragraph() {
        let brands = vec!["Cilium".to_string()];
        let cited = |text: &str| {
            let at = text.find("20x").unwrap_or_default();
            is_cited(text, at..at + 3, &brands)
        };
        let link = "Tests [show](https://example.org/talk) that latency drops.";
        assert!(!cited(&format!(
            "{link}\n\nReductions of 20x have been observed."
        )));
        assert!(!cited(&format!(
            "{link} We have observed reductions of 20x."
        )));
        assert!(!cited(&format!(
            "{link} Reductions of 20x have been observed on our clusters."
        )));
        assert!(!cited(
            "Latency drops a lot. Reductions of 20x have been observed."
        ));
        assert!(!cited(&format!("{link} Nimbus cuts latency by 20x.")));
        assert!(cited(&format!("{link} Reductions of 20x were measured.")));
        // A soft break keeps the paragraph; a blank line ends it, spaces on it or not.
        assert!(cited(&format!("{link}\nReductions of 20x were measured.")));
        assert!(!cited(&format!(
            "{link}\n  \nReductions of 20x were measured."
        )));
    }

    /// `sentence_range` as first written: every end of the reach gathered, then the nearest.
    fn sentence_range_listed(text: &str, range: Range<usize>) -> Range<usize> {
        let from = range.start.saturating_sub(SENTENCE_REACH);
        let to = (range.end + SENTENCE_REACH).min(text.len());
        let ends = |s: &str| -> Vec<usize> {
            s.match_indices([' ', '\n'])
                .filter(|(i, c)| {
                    *c == "\n" && s[..*i].ends_with('\n')
                        || s[..*i].ends_with(['.', '!', '?']) && !s[..*i].ends_with("..")
                })
                .map(|(i, _)| i)
                .collect()
        };
        let start = ends(&text[from..range.start])
            .last()
            .map_or(from, |&i| from + i + 1);
        let end = ends(&text[range.end..to])
            .first()
            .map_or(to, |&i| range.end + i);
        start..end
    }

    #[test]
    fn sentence_range_finds_the_nearest_ends_outwards() {
        let texts = [
            "We grew 42% this year.",
            "It rains. Then... we grew 42% this year! Next one? Yes.\n\nNew paragraph",
            "Line one\n\n 42% here.. and on\nmore. End",
            "Sure. Really! 42%",
            "42%. After",
        ];
        for text in texts {
            let at = text.find("42%").unwrap_or(0);
            for range in [at..at + 3, at..at, at + 3..at + 3] {
                assert_eq!(
                    sentence_range(text, range.clone()),
                    sentence_range_listed(text, range),
                    "{text}"
                );
            }
        }
        let text = "It rains. We grew 42% this year. Next";
        let at = text.find("42%").unwrap_or(0);
        assert_eq!(
            &text[sentence_range(text, at..at + 3)],
            "We grew 42% this year."
        );
    }

    fn cited(text: &str, brands: &[&str]) -> bool {
        let at = text.find("42%").unwrap_or(0);
        let brands: Vec<String> = brands.iter().map(|b| b.to_string()).collect();
        is_cited(text, at..at + 3, &brands)
    }

    #[test]
    fn third_party_sources_cite_and_own_sites_do_not() {
        // The highlight.io blog (Apache-2.0): a guide that spells GitHub's name does not own
        // every page on GitHub's hosts; the company's own repository and site still are its own.
        let spelled = &["highlight.io", "GitHub"];
        assert!(cited(
            "[Picologging](https://microsoft.github.io/picologging/) is 9 months old and has 42% of the stars.",
            spelled
        ));
        assert!(cited(
            "[Loguru](https://github.com/Delgan/loguru) has 42% of the stars.",
            spelled
        ));
        assert!(!cited(
            "We grew 42% ([repository](https://github.com/nimbus-io/nimbus)).",
            &["Nimbus", "GitHub"]
        ));
        // The FerretDB blog (Apache-2.0): its repository under the project's former name.
        assert!(!cited(
            "Within days, we got more than 42% of the stars on [GitHub](https://github.com/MangoDB-io/MangoDB).",
            &["FerretDB", "GitHub"]
        ));
        assert!(!cited(
            "We grew 42% ([docs](https://nimbus.github.io/docs/)).",
            &["Nimbus", "GitHub"]
        ));
        assert!(cited(
            "According to Gartner, 42% of teams ship weekly.",
            &[]
        ));
        assert!(cited("42% of teams ship weekly (source: IDC).", &[]));
        // The gRPC blog (CC-BY-4.0), in a user's story: a market estimate nobody here made.
        assert!(cited(
            "It is estimated that over 42% of small businesses exist in the United States.",
            &["gRPC"]
        ));
        assert!(!cited("We estimated that 42% of teams ship weekly.", &[]));
        assert!(cited(
            "[42% of teams](https://www.gartner.com/en/report) ship weekly.",
            &["Nimbus"]
        ));
        assert!(cited("42% of teams ship weekly.[^1]", &[]));
        assert!(!cited(
            "[42% of teams](https://nimbus.app/blog/report) ship weekly.",
            &["Nimbus"]
        ));
        assert!(!cited(
            "[42% of teams](/blog/report) ship weekly.",
            &["Nimbus"]
        ));
        assert!(!cited(
            "[42% of teams](https://docs.getnimbus.com/report) ship weekly.",
            &["Nimbus"]
        ));
        // Astro docs (cms/cloudcannon.mdx): a starter kit's own figure, on its own site.
        assert!(cited(
            "use the [Starter Template](https://astro-component-starter.cc) with 42% fewer steps.",
            &["Astro"]
        ));
        // Only the claim's own sentence counts.
        assert!(!cited(
            "According to Gartner, it rains. We grew 42% this year.",
            &[]
        ));
        assert!(!cited("We grew 42% this year.\n\nSource: our books", &[]));
    }
}

#[cfg(test)]
mod link_tests {
    use super::links_elsewhere;

    fn linked(text: &str, figure: &str, brands: &[&str]) -> bool {
        let start = text.find(figure).expect(figure);
        let brands: Vec<String> = brands.iter().map(|b| b.to_string()).collect();
        links_elsewhere(text, start..start + figure.len(), &brands)
    }

    #[test]
    fn a_figure_linked_to_another_partys_page_is_theirs() {
        // The Milvus blog (Apache-2.0), on OpenClaw; the guide lists "GitHub" as a name too.
        let text = "And the GitHub repo? Over [150,000 stars](https://github.com/openclaw/openclaw) in a few weeks.";
        assert!(linked(text, "150,000 stars", &["Milvus", "GitHub"]));
        let npm = "The plugin has [2M weekly downloads](https://www.npmjs.com/package/left-pad).";
        assert!(linked(npm, "2M weekly downloads", &["Milvus"]));
    }

    #[test]
    fn a_figure_linked_to_the_companys_own_page_is_its_own() {
        for text in [
            "Milvus has [43K stars](https://github.com/milvus-io/milvus) on GitHub.",
            "Milvus has [43K stars](https://milvus.io/blog) on GitHub.",
            "Milvus has [43K stars](/docs/stars) on GitHub.",
            // A report may state the company's own figure, stale: still a conflict.
            "Milvus has [43K stars](https://example.org/report) on GitHub.",
            "Milvus has 43K stars on [GitHub](https://github.com/openclaw/openclaw).",
        ] {
            assert!(!linked(text, "43K stars", &["Milvus", "GitHub"]), "{text}");
        }
    }
}
