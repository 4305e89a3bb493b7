//! `banned-term`: words and patterns the guide bans.

use super::{non_overlapping, Context, RuleDoc};
use crate::compiled::Origin;
use crate::document::mentions::in_quoted_example;
use crate::finding::{Applicability, EntryRef, Finding};
use crate::matchers::terms::Target;

mod literal;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("banned-term");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports every word or pattern listed under `banned` in the guide or in an extended \
pack (`jargon`, `hype`). Terms match case-insensitively (unless `case: sensitive`), as whole \
words, with their regular inflections (unless `exact: true`): `leverage` also finds \
\"leveraging\" and \"Leveraged\". The words of a multi-word term may be separated by a hyphen \
or by spaces and one line break; an `exact: true` term keeps its separators as written \
(`roll-back` does not find \"roll back\"). `pattern` entries are regular expressions. Terms inside code, \
URLs, e-mail addresses, file names and other identifiers are never reported. An entry's \
`unless_near` words, in the same sentence within five words, mark a literal sense that is not \
reported (\"bandwidth\" near \"metered connections\"), in that match and in every other match of \
the entry in the same document (one sense per document: \"the SSD's parallel bandwidth\" makes \
\"available bandwidth\" two sentences on the disk's too), and with `unless_after_name: true` a \
match right after a name is that name's own (\"the KARTE ecosystem\"); a pack word inside a \
capitalised name in running text (\"the Deep Dive Series\"), forming a whole heading (\"## Deep \
dives\") or titling a page named after it (a heading of `deep-dives/…`, link text to it, the \
folder's name as written in the prose of its pages: \"most of my deep dives\") names \
something and is not reported, nor is the title of a linked article (link text in Title Case \
or with a subtitle, or a reading-list entry: a list item opening with a link, then a dash and \
the author, \"- [How to create actionable developer personas](…) – Jakub Czakon\", or a talk list's \
entry: a link, a colon and the speaker, \"- [Deep Dive: Linkerd](…): Oliver Gould, Buoyant\"). Words introduced as a name (\"the term\", \"a.k.a.\") or standing \
alone in quotation marks or in a short quoted phrase given as an example of wording (one of a \
list of quoted phrases, or after \"like\" or \"such as\": someone who writes \"unlock growth\" \
or \"leverage your data stack\") are mentioned, not used. Grammar that puts a word in another \
sense is not reported either: a solid noun where a verb stands (\"had failed to \
breakthrough\": break through), the speaker's own reaction (\"completely mind-blowing to \
me\"), \"disrupt\" with a named company as its object (\"they can disrupt ServiceNow\": the \
business-theory sense), \"disruptive\" as a risk (\"this can be quite disruptive\", \"felt \
extremely disruptive to users\"), a hype pack word describing a feeling (\"the feeling when it \
started working was magical\"), \"reach out to\" a name written as code (\"reaching out to \
.NET for\"), a hype pack word denied (\"there's no magical formula\", \"not a \
revolutionary product\"), a pack's \"leverage\" after a word of amount (\"to gain more leverage over\": \
the noun), \"level setting\" after what a setting applies at (\"a table level setting\"), and a \
phrasal verb's particle before a pronoun only an object takes (\"tight loops in them\": the verb \
says \"loop them in\"), nor its base form right after a singular noun that makes a compound of it \
(\"pump the message loop in a timer\"; \"we will loop in sales\" still fires). A banned word inside a name of several words the guide lists, written out \
whole in any case (\"a new bandwidth manager\" when the guide lists \"Bandwidth Manager\"), is that \
name's. `counter_examples` are sentences an entry \
must not flag, checked when the guide loads.",
    why: "Jargon and hype are where sales and marketing drift apart first: each team picks up \
its own buzzwords, and buyers hear noise instead of the benefit. A banned list the whole team \
shares keeps every script, sheet and email in the buyer's words.",
    guide: "banned:\n  - term: leverage\n    reason: \"Jargon our buyers never use\"\n    replacement: use\n",
    example: "We leveraged our buying power to cut prices.",
    fixed: "We used our buying power to cut prices.",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let banned = &ctx.guide.banned;
    let terms = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Banned(_)));
    // The words of the guide's names of several words, gathered for the first match that asks
    // (most documents' matches are ruled out before), not for every document.
    let mut names: Option<Vec<(&[u8], usize)>> = None;
    for m in non_overlapping(terms) {
        let Target::Banned(i) = m.target else {
            continue;
        };
        let text = ctx.doc.context_text();
        let from_pack = matches!(banned[i].origin, Origin::Pack(..));
        let hype = matches!(banned[i].origin, Origin::Pack("hype", _));
        let heading = ctx.doc.in_heading(m.start);
        if literal::other_sense(text, m.start, m.end, heading, from_pack, hype)
            || in_quoted_example(text, m.start, m.end)
            || inside_a_guide_name(
                text,
                m.start,
                m.end,
                names.get_or_insert_with(|| words_of_several_word_names(&ctx.guide.brands)),
            )
        {
            continue;
        }
        let entry = &banned[i].entry;
        let term = entry.term.as_deref().unwrap_or_default();
        let suggestion = entry.replacement.as_deref().and_then(|r| ctx.adapt(r, m));
        out.extend(
            ctx.fixable_finding(
                ID,
                m.start..m.end,
                message(term, &banned[i].origin, entry.reason.as_deref()),
                suggestion,
                Applicability::Unsafe,
            )
            .map(|f| f.with_entry(EntryRef::Banned(i))),
        );
    }
    for m in ctx.guide.pattern_matches(ctx.doc) {
        let entry = &banned[m.banned];
        let matched = &ctx.doc.text[m.range.clone()];
        out.extend(
            ctx.fixable_finding(
                ID,
                m.range.clone(),
                message(matched, &entry.origin, entry.entry.reason.as_deref()),
                entry.entry.replacement.clone(),
                Applicability::Unsafe,
            )
            .map(|f| f.with_entry(EntryRef::Banned(m.banned))),
        );
    }
}

/// Whether the match at `start..end` is a word of a name of several words the guide lists
/// (`words`: each word of such a name, as the name and the word's offset in it, see
/// [`words_of_several_word_names`]), written out whole around it in any case: "**Bandwidth
/// Manager**: A new bandwidth manager optimizes TCP" names the feature (the brand rule asks
/// for its capitals), it is not the jargon "bandwidth".
fn inside_a_guide_name(text: &str, start: usize, end: usize, words: &[(&[u8], usize)]) -> bool {
    // Byte-wise and without lowercasing: this runs for every banned match of every document.
    let matched = &text.as_bytes()[start..end];
    words
        .iter()
        .any(|&(name, offset)| written_around(text, start, matched, name, offset))
}

/// Whether `name`, its word at `offset` being `matched` (at `start` in `text`), is written out
/// whole there, in any case, with no letter or digit touching it.
fn written_around(text: &str, start: usize, matched: &[u8], name: &[u8], offset: usize) -> bool {
    let (Some(from), Some(word)) = (
        start.checked_sub(offset),
        name.get(offset..offset + matched.len()),
    ) else {
        return false;
    };
    let to = from + name.len();
    word.eq_ignore_ascii_case(matched)
        && text
            .as_bytes()
            .get(from..to)
            .is_some_and(|written| written.eq_ignore_ascii_case(name))
        && !text[..from].ends_with(char::is_alphanumeric)
        && !text[to..].starts_with(char::is_alphanumeric)
}

/// Each word of each name of several words among `names` (a space or a hyphen in it), as the
/// name's bytes and the offset of the word's first byte: the name's first byte, and the one
/// after each separator (after a last one there is none, and no match lies there).
fn words_of_several_word_names(names: &[String]) -> Vec<(&[u8], usize)> {
    let mut words = Vec::new();
    for name in names.iter().map(|name| name.as_bytes()) {
        if name.iter().copied().any(is_separator) {
            words.push((name, 0));
            let after = name.iter().enumerate().filter(|&(_, &b)| is_separator(b));
            words.extend(after.map(|(i, _)| (name, i + 1)).filter(|&(_, at)| at < name.len()));
        }
    }
    words
}

/// Whether `b` parts two words of a name: a space or a hyphen.
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'-')
}

/// [`inside_a_guide_name`] as it read before: each name of several words, and each of its word
/// starts found by reading the name again for every match. What tests hold it to.
#[cfg(test)]
fn inside_a_guide_name_by_names(text: &str, start: usize, end: usize, names: &[&[u8]]) -> bool {
    let matched = &text.as_bytes()[start..end];
    names.iter().any(|&name| {
        let word_starts = (0..name.len()).filter(|&i| i == 0 || matches!(name[i - 1], b' ' | b'-'));
        word_starts
            .into_iter()
            .any(|offset| written_around(text, start, matched, name, offset))
    })
}

fn message(term: &str, origin: &Origin, reason: Option<&str>) -> String {
    let by = match origin {
        Origin::Guide(_) => String::new(),
        Origin::Pack(pack, _) => format!(" by the {pack} pack"),
    };
    match reason {
        Some(reason) => format!("\"{term}\" is banned{by}: {reason}"),
        None => format!("\"{term}\" is banned{by}"),
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str = r#"version: 1
banned:
  - {term: leverage, reason: Jargon, replacement: use}
  - {term: synergy, replacement: working together}
  - {term: circle back, replacement: follow up}
  - {pattern: '\b(?:best|first)[- ]in[- ]class\b', reason: Superlative}
  - {term: IoT, case: sensitive}
  - {term: utilize, exact: true, replacement: use}
  - {term: ROI}
"#;

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), super::ID, text, Kind::Markdown)
    }

    #[test]
    fn fires_on_terms_inflections_and_patterns() {
        let text = "Leveraged synergies help. We are circling back\nwith a best-in-class IoT plan to utilize ROI.";
        assert_eq!(
            fired(text),
            pairs(&[
                ("Leveraged", Some("Used")),
                ("synergies", Some("working together")),
                ("circling back", Some("following up")),
                ("best-in-class", None),
                ("IoT", None),
                ("utilize", Some("use")),
                ("ROI", None),
            ])
        );
    }

    #[test]
    fn suggestion_copies_possessive_and_case() {
        assert_eq!(fired("LEVERAGE's"), pairs(&[("LEVERAGE's", Some("USE's"))]));
    }

    #[test]
    fn stays_quiet_inside_words_code_urls_and_identifiers() {
        let text = "deleverage heroic iot utilizes\n\n`leverage` [x](https://a.io/leverage) see synergy.io or @synergy or #leverage, leverage_ratio, docs/leverage.md\n\n```\nleverage\n```\n<!-- leverage -->\n";
        assert_eq!(fired(text), pairs(&[]));
    }

    #[test]
    fn never_crosses_a_blank_line() {
        assert_eq!(fired("circle\n\nback"), pairs(&[]));
        assert_eq!(
            fired("> circle\n> back"),
            pairs(&[("circle\n> back", Some("follow up"))])
        );
    }

    #[test]
    fn pack_entries_name_their_pack() {
        let g = guide("version: 1\nextends: [jargon]\n");
        let findings = crate::rules::test_support::findings(&g, "Let's find synergy.", Kind::Text);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(
            findings[0]
                .message
                .starts_with("\"synergy\" is banned by the jargon pack: "),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn other_senses_and_quoted_examples_are_not_reported() {
        let g = guide("version: 1\nextends: [jargon, hype]\n");
        let fired = |text: &str| run(&g, super::ID, text, Kind::Markdown);
        // PostHog pages (MIT): `newsletter/10x-job-posts.md`, `spotlight/startup-before-sunset-ai.md`,
        // `spotlight/startup-inlang.md`, `spotlight/startup-risotto.md`.
        for text in [
            "The last thing we want is someone who writes \"unlock growth\" or \"leverage your data stack\", so we've named it Propagandist.",
            "An earlier Product Hunt launch for the AI-less version of the tool had failed to breakthrough because it hadn't yet reached product-market fit.",
            "“Well, the amount of full-time jobs you can create when you build infrastructure is completely mind-blowing to me.",
            "Aron and his co-founders believe they can disrupt ServiceNow by combining Slack and AI to build a new type of helpdesk solution.",
            // highlight.io's blog (Apache-2.0), `lw5-clickhouse-performance-optimization.md`.
            "If inserting large batch sizes (100k+ rows at 10MB+ data), a table level setting that helps is using `min_rows_for_wide_part=0`.",
        ] {
            assert_eq!(fired(text), pairs(&[]), "{text}");
        }
        // Close sentences that still use the words: PostHog `customers/runable.md`,
        // `spotlight/startup-inlang.md`, `spotlight/startup-before-sunset-ai.md` (MIT), and the
        // jargon pack's own example for "disrupt".
        for (text, term) in [
            ("Most of Runable's users are small business owners who want to leverage AI without setting up agents or API keys.", "leverage"),
            ("But we’re also asking: can this breakthrough potentially spill over to other domains?", "breakthrough"),
            ("Without this insight, BeforeSunset may never have had its later breakthrough.", "breakthrough"),
            ("We're here to disrupt the payroll industry.", "disrupt"),
            // The jargon pack's own example.
            ("Sales teams utilize our dashboard every morning.", "utilize"),
            ("Let's level set on goals before the demo.", "level set"),
            // PostHog's `feature-flag-best-practices.md` (MIT): "under-utilized" is "underused".
            ("One useful and under-utilized way is rolling out based on groups.", "utilized"),
        ] {
            let found = fired(text);
            assert!(found.iter().any(|(m, _)| m == term), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_literal_sense_holds_for_the_whole_document() {
        let g = guide("version: 1\nextends: [jargon, hype]\n");
        let fired = |text: &str| run(&g, super::ID, text, Kind::Markdown);
        // The Milvus blog (Apache-2.0), on AISAQ: the SSD's bandwidth is named once, then meant
        // again sentences later without a literal word near it.
        let post = "If each iteration expands only one candidate node, the system issues just a single disk read at a time, leaving most of the SSD’s parallel bandwidth unused. To avoid this inefficiency, DISKANN expands multiple candidates in each iteration and sends parallel read requests to the SSD. This approach makes much better use of available bandwidth and reduces the total number of iterations required.\n\nOnce bandwidth becomes the limiting factor, AISAQ cannot keep pace with DISKANN.\n";
        assert_eq!(fired(post), pairs(&[]), "{post}");
        // Without the literal words the same sentences are the jargon, each one reported.
        let alone = "This approach makes much better use of available bandwidth.\n\nOnce bandwidth becomes the limiting factor, we cannot keep pace.\n";
        assert_eq!(fired(alone).len(), 2, "{alone}");
    }

    #[test]
    fn a_guides_own_solid_compound_is_reported_in_its_verb_use() {
        // A guide that bans "setup" means the verb use ("set up"): the phrasal-verb reading of
        // pack nouns ("failed to breakthrough") does not apply to it.
        let g = guide("version: 1\nbanned:\n  - {term: setup, replacement: set up}\n");
        let found = run(&g, super::ID, "You need to setup the server first.", Kind::Text);
        assert_eq!(found, pairs(&[("setup", Some("set up"))]));
    }

    #[test]
    fn a_word_of_a_name_the_guide_lists_is_the_name() {
        let g = guide("version: 1\nextends: [jargon]\nbrand: {names: [Cilium, Bandwidth Manager]}\n");
        let fired = |text: &str| run(&g, super::ID, text, Kind::Markdown);
        // The Cilium blog (CC BY 4.0), `2020-11-10-cilium-19.md`: the feature's name, in its
        // capitals and not.
        for text in [
            "- **Bandwidth Manager**: A new bandwidth manager automatically optimizes TCP",
            "## Bandwidth Manager",
        ] {
            assert_eq!(fired(text), pairs(&[]), "{text}");
        }
        // The word alone, or the name's words apart, is still the jargon.
        for text in [
            "Our team has the bandwidth to onboard you this month.",
            "Our bandwidth is the manager's call.",
        ] {
            assert_eq!(fired(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn the_words_of_the_names_read_as_the_names_did() {
        let names: Vec<String> = ["Bandwidth Manager", "Cilium", "x-ray vision", "Ends-", "Re re"]
            .iter()
            .map(|n| n.to_string())
            .collect();
        let several: Vec<&[u8]> = names
            .iter()
            .filter(|name| name.contains([' ', '-']))
            .map(|name| name.as_bytes())
            .collect();
        let words = super::words_of_several_word_names(&names);
        for text in [
            "A new bandwidth manager, **Bandwidth Manager**: and bandwidth alone.",
            "X-Ray Vision, x-ray, ray vision; ends- and Ends-x; re re re.",
            "abandwidth manager bandwidth managers — é bandwidth manager",
        ] {
            // Every match of every word-like stretch of the text, as the rule may ask.
            for start in 0..text.len() {
                for end in start + 1..=text.len() {
                    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                        continue;
                    }
                    assert_eq!(
                        super::inside_a_guide_name(text, start, end, &words),
                        super::inside_a_guide_name_by_names(text, start, end, &several),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn off_means_off() {
        let g = guide(&format!("{GUIDE}rules: {{banned-term: off}}\n"));
        assert!(run(&g, super::ID, "leverage", Kind::Text).is_empty());
    }
}
