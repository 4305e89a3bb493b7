//! `phrase-drift`: an approved phrase or call to action, paraphrased or misquoted.

use super::{Context, RuleDoc};
use crate::finding::{Applicability, Finding};
use crate::matchers::phrases::PhraseKind;

pub const ID: &str = "phrase-drift";

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
reported, the best-scoring one where several overlap. On the labelled set in \
tests/drift/labelled.yml (84 drifts, 99 non-drifts) this scores precision 1.00 and recall 0.83.",
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
        out.extend(ctx.fixable_finding(
            ID,
            hit.range.clone(),
            message,
            Some(text.clone()),
            Applicability::Unsafe,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str = "version: 1\nphrases:\n  - {id: tagline, text: \"Three laptops in 60 seconds\"}\n  - {id: promise, text: \"Experts who speak your language\", threshold: 0.95}\ncta: [\"Book a demo\"]\n";

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), "phrase-drift", text, Kind::Markdown)
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
    }

    #[test]
    fn rule_threshold_is_configurable() {
        let strict = guide(&format!(
            "{GUIDE}rules:\n  phrase-drift: {{level: warning, threshold: 0.95}}\n"
        ));
        assert!(run(
            &strict,
            "phrase-drift",
            "Three notebooks in 60 seconds.",
            Kind::Markdown
        )
        .is_empty());
    }
}
