//! `phrase-drift`: an approved phrase or call to action, paraphrased or misquoted.

use super::{Context, RuleDoc};
use crate::finding::{Applicability, EntryRef, Finding};
use crate::matchers::phrases::{phrase_words, stem, PhraseKind};

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("phrase-drift");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a stretch of text that is close to an approved phrase (`phrases`) or call to \
action (`cta`) but not the same — \"3 laptops in sixty seconds\", \"Three notebooks in 60 \
seconds\", \"Experts that speak your language\" — and suggests the approved wording. Exact uses \
(differing only in case and punctuation) never fire, nor does any window overlapping one.\n\n\
The metric: text and phrase are cut into word tokens and normalised (lowercase; number words \
become digits, so \"sixty\" = \"60\"). The distance is a weighted token edit distance: \
inserting or dropping a token costs 1 (1/2 for a function word such as \"the\" or \"every\"); \
substituting costs 0 for equal tokens, 1/2 for near-equal ones (two function words such as \
\"who\"/\"that\", two forms of a word such as \"laptop\"/\"laptops\", an abbreviation such \
as \"demo\"/\"demonstration\", or two words of a built-in synonym group such as \
\"store\"/\"shop\"), 1/4 for a one-letter typo in a word of four letters or more, and 1 \
otherwise. Similarity = 1 - distance / the longer length. Windows of the phrase's length +-2 \
tokens, within one paragraph (never across a blank line or a heading), holding two thirds of \
the phrase's distinct content words (at least two; one for short phrases) are scored; those at or above the threshold \
(`rules: {phrase-drift: {threshold: 0.8}}`, or `threshold:` on one phrase; default 0.8) are \
reported, the best-scoring one where several overlap. A window starts and ends at a content \
word or a function word the phrase holds; its fix is the part of the phrase it matched. A near \
miss of a call to action is drift only with the call's first word (its verb) as written: \
\"Getting started\" is a title, not the call \"Get started\"; after a modal, \"to\" or a subject \
(\"code that can get you started\", also across a line wrapped inside the paragraph, or joined \
by \"and\" to a verb so governed: \"to search for and explore the modules\") the verb is no \
command; the call's words with only an \
article or possessive added (\"Deploy your database\" for \"Deploy database\") are the call in a \
sentence; a preposition put right after the call's verb (\"Deploy with Kubeflow\" for \"Deploy \
Kubeflow\"), or one with an article after the verb and its particle (\"sign up for the free \
trial\" for \"Sign Up Free\"), makes another action; so does another verb before the call's \
object (\"visit the Erlang Ecosystem Foundation website\"); and a near miss whose last word, \
capitalised, runs on into another capitalised word names a title (\"Join the Americas OpenCost \
Community Meeting\"). On the labelled set in \
tests/drift/labelled.yml (84 drifts, 99 non-drifts) this scores precision 1.00 and recall 0.82.",
    why: "A tagline works because it is repeated word for word. Every paraphrase — a digit \
spelled out, a synonym, a word dropped — weakens it, and across a sales team the approved \
wording erodes into a dozen variants buyers never connect.",
    guide: "phrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n",
    example: "3 laptops in sixty seconds, every time.",
    fixed: "Three laptops in 60 seconds, every time.",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for hit in ctx.phrase_hits().iter().filter(|h| !h.exact) {
        let guide = &ctx.guide.guide;
        if let PhraseKind::Cta(i) = hit.kind {
            let window = &ctx.doc.text[hit.range.clone()];
            if !keeps_the_verb(&guide.cta[i], window)
                || governed_verb(ctx.doc.text, hit.range.start)
                || determiners_added(&guide.cta[i], window)
                || preposition_after_verb(&guide.cta[i], window)
                || runs_on_into_a_title(ctx.doc.text, hit.range.clone())
            {
                continue;
            }
        }
        let (what, text) = match hit.kind {
            PhraseKind::Phrase(i) => (
                format!("the approved phrase `{}`", guide.phrases[i].id),
                &guide.phrases[i].text,
            ),
            PhraseKind::Cta(i) => ("the call to action".to_string(), &guide.cta[i]),
        };
        let how = if hit.score >= 0.995 {
            "the same words, written differently".to_string()
        } else {
            format!("similarity {:.2}", hit.score)
        };
        let message = format!("Close to {what} \"{text}\" but not word for word ({how})");
        let entry = match hit.kind {
            PhraseKind::Phrase(i) => EntryRef::Phrase(i),
            PhraseKind::Cta(i) => EntryRef::Cta(i),
        };
        let suggestion = Some(matched_part(text, hit.words.clone()));
        // Words glued by a U+FEFF read as one token, so the window may reach past the phrase's
        // last word (a byte-order mark where two texts were joined): reported, never rewritten.
        if ctx.doc.text[hit.range.clone()].contains('\u{feff}') {
            out.extend(
                ctx.finding(ID, hit.range.clone(), message, suggestion)
                    .map(|f| f.with_entry(entry)),
            );
            continue;
        }
        out.extend(
            ctx.fixable_finding(
                ID,
                hit.range.clone(),
                message,
                suggestion,
                Applicability::Unsafe,
            )
            .map(|f| f.with_entry(entry)),
        );
    }
}

/// The words `words` of the approved text, as written: the part of the phrase the drifted
/// window stands for (the whole phrase unless a word at one end was dropped).
fn matched_part(text: &str, words: std::ops::Range<usize>) -> String {
    let ranges: Vec<_> = crate::document::words(text).collect();
    match (
        ranges.get(words.start),
        words.end.checked_sub(1).and_then(|e| ranges.get(e)),
    ) {
        (Some(first), Some(last)) if words.len() < ranges.len() => {
            text[first.start..last.end].to_string()
        }
        _ => text.to_string(),
    }
}

/// Whether a near miss of a call to action keeps the call's verb as the call writes it (or a
/// one-letter slip of it). Another form of it ("Getting Started with Nimbus", "we booked a
/// demo") is a title or a narrative, not the call misquoted; another verb ("visit the Erlang
/// Ecosystem Foundation website", "recognizes the Erlang Ecosystem Foundation's efforts" near
/// "Join the Erlang Ecosystem Foundation") does something else with the same object.
fn keeps_the_verb(cta: &str, window: &str) -> bool {
    let Some(verb) = phrase_words(cta).into_iter().next() else {
        return true;
    };
    let verb = verb.norm();
    let verb_stem = stem(verb);
    let words = phrase_words(window);
    let another_form = words
        .iter()
        .any(|w| w.norm() != verb && stem(w.norm()) == verb_stem);
    let kept = words.iter().any(|w| {
        w.norm() == verb
            || (verb.chars().count() >= 4 && crate::matchers::one_edit_apart(w.norm(), verb))
    });
    kept && !another_form
}

/// Whether a near miss of a call to action is the call's own words with only articles or
/// possessives added: a button says "Deploy database", a sentence "Deploy your database locally
/// for development". The call is the same; prose needs its grammar. A word changed ("Book the
/// demo" for "Book a demo") is still drift.
fn determiners_added(cta: &str, window: &str) -> bool {
    let cta = phrase_words(cta);
    let mut expected = cta.iter().map(|w| w.norm()).peekable();
    for word in phrase_words(window) {
        if expected.peek() == Some(&word.norm()) {
            expected.next();
        } else if !DETERMINERS.contains(&word.norm()) {
            return false;
        }
    }
    expected.peek().is_none()
}

/// Whether a near miss of a call to action is the call's words with a preposition put right
/// after its verb (or its verb and particle), with articles or possessives after it: "Develop,
/// Build, Train, and Deploy with Kubeflow" deploys something else with Kubeflow, where the call
/// "Deploy Kubeflow" deploys Kubeflow; "sign up for the free trial" signs up for a trial, where
/// the button "Sign Up Free" signs up at no cost. The preposition makes the call's next word
/// the start of another object: another action, not the call misquoted.
fn preposition_after_verb(cta: &str, window: &str) -> bool {
    let cta: Vec<_> = phrase_words(cta).iter().map(|w| w.norm().to_string()).collect();
    let window: Vec<_> = phrase_words(window)
        .iter()
        .map(|w| w.norm().to_string())
        .collect();
    let verb_len = if cta.len() >= 3 && PARTICLES.contains(&cta[1].as_str()) {
        2
    } else {
        1
    };
    if cta.len() <= verb_len
        || window.len() <= cta.len()
        || window[..verb_len] != cta[..verb_len]
        || PREPOSITIONS.contains(&cta[verb_len].as_str())
        || !PREPOSITIONS.contains(&window[verb_len].as_str())
    {
        return false;
    }
    let rest = &window[verb_len + 1..];
    let added = rest.len() - (cta.len() - verb_len);
    // "Deploy with Kubeflow", or an article opening the object: "sign up for free" (at no
    // cost) is still the call.
    (added > 0 || verb_len == 1)
        && rest[..added].iter().all(|w| DETERMINERS.contains(&w.as_str()))
        && rest[added..] == cta[verb_len..]
}

/// Particles of a phrasal verb that opens a call ("Sign up", "Check out").
const PARTICLES: &[&str] = &["up", "out", "off", "down", "back", "in", "on"];

/// Whether the window's last word, capitalised, runs on into another capitalised word: "[Join the
/// Americas OpenCost Community Meeting](…)" links to one meeting, whose name holds the call's
/// words; the call's object ends where the window does.
fn runs_on_into_a_title(text: &str, range: std::ops::Range<usize>) -> bool {
    let last_word_capitalised = text[range.clone()]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let next = text[range.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or_default();
    last_word_capitalised
        && next.starts_with(char::is_uppercase)
        && next.chars().skip(1).any(char::is_lowercase)
}

/// Prepositions that can follow a verb and take its object.
const PREPOSITIONS: &[&str] = &[
    "with", "on", "in", "to", "for", "from", "at", "by", "into", "onto", "via", "over", "through",
    "using", "across",
];

/// Articles and possessives a sentence adds to a button's words.
const DETERMINERS: &[&str] = &["a", "an", "the", "your", "our", "my", "their", "this"];

/// Whether the window starting at `start` follows a word that makes its verb no command: a
/// modal or "to" ("some code that can get you started", "nice to get you started") or a subject
/// ("we get started", "once you get started"). A call to action is an imperative, said to the
/// reader; the same words governed by another verb or a subject are prose.
fn governed_verb(text: &str, start: usize) -> bool {
    let spaced = text[..start].trim_end_matches([' ', '\t']);
    // A line wrapped inside a paragraph ("a working example repository to\nget you started.")
    // is a space; a blank line or a line of its own (a list item, a heading) is not.
    let head = match spaced.strip_suffix('\n') {
        Some(before) if !before.ends_with('\n') && before.ends_with(char::is_alphabetic) => before,
        _ => spaced,
    };
    if head.len() == text[..start].len() && !head.is_empty() {
        return false; // no space before the window: markup, not a word
    }
    let previous = head
        .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if matches!(previous.as_str(), "and" | "or") {
        // A verb joined to another ("the ability to search for and explore the modules") is
        // governed as that one is: read back over the clause's few words before the "and".
        return head[..head.len() - previous.len()]
            .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == ' '))
            .next()
            .unwrap_or_default()
            .split(' ')
            .rev()
            .filter(|w| !w.is_empty())
            .take(COORDINATED_WORDS)
            .any(|w| GOVERNING.contains(&w.to_lowercase().as_str()));
    }
    GOVERNING.contains(&previous.as_str())
}

/// How many words before an "and" are read for what governs the verb joined after it.
const COORDINATED_WORDS: usize = 3;

/// Words before a verb that make it no imperative.
const GOVERNING: &[&str] = &[
    "can", "could", "will", "would", "may", "might", "should", "must", "shall", "to", "we", "you",
    "they", "i", "it", "he", "she", "we'll", "you'll", "we’ll", "you’ll", "i'll", "i’ll",
];

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str = "version: 1\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n  - {id: promise, text: \"Experts who speak your language\", threshold: 0.95}\ncta: [\"Book a demo\"]\n";

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), super::ID, text, Kind::Markdown)
    }

    #[test]
    fn reports_drifted_phrases_and_calls_to_action() {
        assert_eq!(
            fired("Three notebooks in 60 seconds. Book the demo today."),
            pairs(&[
                (
                    "Three notebooks in 60 seconds",
                    Some("Three laptops in 60 seconds")
                ),
                ("Book the demo", Some("Book a demo")),
            ])
        );
    }

    #[test]
    fn per_phrase_threshold_overrides_the_default() {
        // 0.9 similarity: drift at 0.8, but this phrase asks for 0.95.
        assert_eq!(fired("Experts that speak your language."), pairs(&[]));
    }

    #[test]
    fn exact_uses_unrelated_text_and_code_stay_quiet() {
        assert_eq!(
            fired("THREE LAPTOPS IN 60 SECONDS! Book a demo."),
            pairs(&[])
        );
        assert_eq!(fired("Our three stores open in 60 days."), pairs(&[]));
        assert_eq!(
            fired("`3 laptops in sixty seconds`\n\n```\n3 laptops in sixty seconds\n```\n"),
            pairs(&[])
        );
    }

    #[test]
    fn windows_do_not_cross_blank_lines_or_headings() {
        assert_eq!(fired("Three laptops\n\nin 60 seconds flat"), pairs(&[]));
        assert_eq!(fired("# Three laptops\nin sixty seconds"), pairs(&[]));
        // Headings as the parser sees them: an underlined (setext) heading is one, a hashtag
        // line is none.
        assert_eq!(
            fired(
                "Three laptops\n---
in sixty seconds"
            ),
            pairs(&[])
        );
        assert_eq!(
            fired("Three laptops\n#fast in sixty seconds"),
            pairs(&[(
                "Three laptops\n#fast in sixty seconds",
                Some("Three laptops in 60 seconds")
            )])
        );
    }

    #[test]
    fn calls_to_action_drift_only_in_the_imperative() {
        let g = guide(
            "version: 1\ncta: [\"Get started with Nimbus\", \"Book a demo\", \"Visit your local store\"]\n",
        );
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        assert_eq!(
            fired("See [Getting Started with Nimbus](/docs/start) first."),
            pairs(&[])
        );
        assert_eq!(fired("## Getting started\n\nRead on."), pairs(&[]));
        assert_eq!(fired("We booked a demo last week."), pairs(&[]));
        assert_eq!(
            fired("[Visit your nearest store](https://example.com/stores) today."),
            pairs(&[("Visit your nearest store", Some("Visit your local store"))])
        );
        assert_eq!(
            fired("Book the demo today."),
            pairs(&[("Book the demo", Some("Book a demo"))])
        );
        // Tembo's blog (PostgreSQL License), `2024-03-08-tembo-cli.md`: a button's words with a
        // possessive a sentence needs.
        let g = guide("version: 1\ncta: [\"Deploy database\"]\n");
        let text = "- **Seamless Deployment**: Deploy your database locally for development";
        assert_eq!(run(&g, super::ID, text, Kind::Markdown), pairs(&[]));
        // highlight.io's blog (Apache-2.0): the call's words after a modal, "to" or a subject.
        let g = guide("version: 1\ncta: [\"Get started\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        for text in [
            "Here is some code that can get you started!",
            "This can be nice to get you started with a local collector.",
            "Once you get it started, the agent reports every minute.",
            // The GoReleaser blog (MIT), `goreleaser-v2.16.md`: "to" before a wrapped line.
            "We also made a working example repository to\nget you started.",
        ] {
            assert_eq!(fired(text), pairs(&[]), "{text}");
        }
        // The Nuxt blog (MIT), `18.nuxt-devtools-v1-0.md`: a verb joined by "and" to one that
        // "to" governs is no command either.
        let g = guide("version: 1\ncta: [\"Explore all modules\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        for text in [
            "We also provide the ability for you to search for and explore the modules from the community.",
            "You can search and explore the modules.",
        ] {
            assert_eq!(fired(text), pairs(&[]), "{text}");
        }
        for text in [
            "Search for and explore the modules from the community.",
            "Open the tab, and explore the modules.",
        ] {
            assert_eq!(
                fired(text),
                pairs(&[("explore the modules", Some("Explore all modules"))]),
                "{text}"
            );
        }
        let g = guide("version: 1\ncta: [\"Get started\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        assert_eq!(
            fired("Get you started in minutes."),
            pairs(&[("Get you started", Some("Get started"))])
        );
        // A list item or a paragraph of its own after a line ending in "to" is the call.
        for text in [
            "Read how to\n\nGet you started in minutes.",
            "- Learn more about how to\n- Get you started in minutes.",
        ] {
            assert_eq!(
                fired(text),
                pairs(&[("Get you started", Some("Get started"))]),
                "{text}"
            );
        }
    }

    #[test]
    fn another_verb_before_the_calls_object_is_another_action() {
        // The Elixir blog (Apache-2.0): another verb before the call's object.
        let g = guide("version: 1\ncta: [\"Join the Erlang Ecosystem Foundation\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        for text in [
            "To request a stipend, visit the [Erlang Ecosystem Foundation](https://erlef.org) website.",
            "The team also recognizes the [Erlang Ecosystem Foundation](https://erlef.org)'s efforts.",
        ] {
            assert_eq!(fired(text), pairs(&[]), "{text}");
        }
        assert_eq!(
            fired("Join an Erlang Ecosystem Foundation today."),
            pairs(&[(
                "Join an Erlang Ecosystem Foundation",
                Some("Join the Erlang Ecosystem Foundation")
            )])
        );
    }

    #[test]
    fn a_call_running_on_into_a_title_names_that_title() {
        // The OpenCost blog (Apache-2.0), `2026-02-23-opencost-community-meeting-schedule`.
        let g = guide("version: 1\ncta: [\"Join the OpenCost community\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        assert_eq!(
            fired("  [Join the Americas OpenCost Community Meeting](https://example.com/meeting)"),
            pairs(&[])
        );
        assert_eq!(
            fired("Join the friendly OpenCost community today."),
            pairs(&[(
                "Join the friendly OpenCost community",
                Some("Join the OpenCost community")
            )])
        );
    }

    #[test]
    fn a_preposition_after_the_calls_verb_is_another_action() {
        // The Kubeflow blog (Apache-2.0), `2020-03-02-kubeflow-1-0-cloud-native-ml-for-everyone.md`.
        let g = guide("version: 1\ncta: [\"Deploy Kubeflow\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        assert_eq!(
            fired("## Develop, Build, Train, and Deploy with Kubeflow"),
            pairs(&[])
        );
        // The Tembo blog (PostgreSQL License), `2024-10-03-tembo-free-trial.mdx`: a
        // preposition and an article after the verb and its particle make the call's last word
        // part of another object.
        let g = guide("version: 1\ncta: [\"Sign Up Free\"]\n");
        let text = "-   Visit [Tembo.io](https://cloud.tembo.io/) and sign up for the free trial.";
        assert_eq!(run(&g, super::ID, text, Kind::Markdown), pairs(&[]));
        assert_eq!(
            run(&g, super::ID, "Sign up for free today.", Kind::Markdown),
            pairs(&[("Sign up for free", Some("Sign Up Free"))])
        );
        let g = guide("version: 1\ncta: [\"Deploy Kubeflow\"]\n");
        let fired = |text| run(&g, super::ID, text, Kind::Markdown);
        // Another word in the call's place, or one put after its object, is still drift.
        assert_eq!(
            fired("Deploy every Kubeflow today."),
            pairs(&[("Deploy every Kubeflow", Some("Deploy Kubeflow"))])
        );
    }

    #[test]
    fn drift_spans_start_and_end_at_the_phrases_words() {
        let text = "Make sure to follow or subscribe to our show on your favorite podcast \
                    platform so you never miss an episode.";
        let fired = |phrase: &str| {
            let g = guide(&format!(
                "version: 1\nphrases:\n  - {{id: show, text: \"{phrase}\"}}\n"
            ));
            run(&g, super::ID, text, Kind::Markdown)
        };
        // The window "to our show ..." once stood for the whole phrase: its fix wrote "follow
        // or subscribe Follow our show". The words the writer kept are the phrase's own.
        assert_eq!(
            fired("Follow our show on your favorite podcast platform"),
            pairs(&[])
        );
        assert_eq!(
            fired("Subscribe to the show on your favorite podcast app"),
            pairs(&[(
                "subscribe to our show on your favorite podcast platform",
                Some("Subscribe to the show on your favorite podcast app")
            )])
        );
        // A window that is only part of the phrase, word for word, is no drift: its fix wrote
        // "Built by hand in Ohio the USA".
        let g = guide("version: 1\nphrases:\n  - {id: ohio, text: \"Built by hand in Ohio\"}\n");
        let text = "Built by hand in the USA, one tower at a time.";
        assert_eq!(run(&g, super::ID, text, Kind::Markdown), pairs(&[]));
    }

    #[test]
    fn rule_threshold_is_configurable() {
        let strict = guide(&format!(
            "{GUIDE}rules:\n  phrase-drift: {{level: warning, threshold: 0.95}}\n"
        ));
        assert!(run(
            &strict,
            super::ID,
            "Three notebooks in 60 seconds.",
            Kind::Markdown
        )
        .is_empty());
    }
}
