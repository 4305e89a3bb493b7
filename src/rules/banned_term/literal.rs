//! Grammar that puts a banned word in a sense the entry does not mean, for every entry of a
//! guide or pack: a solid noun used as its phrasal verb ("had failed to breakthrough": break
//! through), a reaction the speaker reports ("completely mind-blowing to me"), and "disrupt" with
//! a named incumbent as its object ("they can disrupt ServiceNow": the business-theory sense),
//! "disruptive" as a risk ("this can be quite disruptive", "felt extremely disruptive to users"),
//! a feeling the writer describes ("the feeling when it started working was magical") and
//! "reach out to" a piece of code (".NET", `Invoke-RestMethod`), which is not contacting anyone,
//! and "leverage" after a word of amount ("more leverage over"), the noun, and a setting at the
//! level of a thing ("a table level setting").

use crate::document::english::neighbours::{around, Neighbour};

/// Whether the match at `start..end` is in one of the senses above. `from_pack`: the entry is a
/// pack's, which bans the noun; a guide's own entry for a solid compound may be there for the
/// verb use ("setup" → "set up"), so the phrasal-verb reading applies to pack entries only.
/// `hype`: the entry is the hype pack's, whose words a negation empties of their claim.
pub fn other_sense(
    text: &str,
    start: usize,
    end: usize,
    heading: bool,
    from_pack: bool,
    hype: bool,
) -> bool {
    let matched = &text[start..end];
    let (before, after) = around(text, start, end, 3);
    (from_pack && phrasal_verb(matched, &before))
        || speakers_reaction(&before, &after)
        || (hype && describes_a_feeling(text, start, end))
        || (from_pack && reaches_for_code(text, matched, end))
        || (hype && negated(&before))
        || (!heading && disrupts_a_named_company(matched, &after))
        || disruptive_as_a_risk(matched, &before, &after)
        || (from_pack && leverage_as_a_noun(matched, &before))
        || setting_at_a_level(matched, &before)
}

/// What a setting can apply at: "a table level setting", "project level settings".
const SCOPES: [&str; 24] = [
    "table", "column", "row", "field", "database", "schema", "project", "user", "team", "org",
    "organization", "account", "workspace", "system", "app", "application", "file", "folder",
    "cluster", "node", "server", "instance", "global", "query",
];

/// "a table level setting that helps is …": a setting at the level of a table (a "table-level
/// setting" written apart), not the meeting jargon "level set".
fn setting_at_a_level(matched: &str, before: &[Neighbour]) -> bool {
    matched
        .get(.."level setting".len())
        .is_some_and(|head| head.eq_ignore_ascii_case("level setting"))
        && right_after(before, &SCOPES)
}

/// Whether the word right before the match, with nothing but spaces or emphasis between, is one
/// of `words`.
fn right_after(before: &[Neighbour], words: &[&str]) -> bool {
    before.first().is_some_and(|w| w.tight && w.is_one_of(words))
}

/// Words of amount that only a noun follows: "more leverage", "no leverage".
const AMOUNTS: [&str; 7] = ["more", "less", "much", "enough", "greater", "extra", "no"];

/// "to gain more leverage over their environments": the noun (power over something), which the
/// pack's "leverage" → "use" does not mean; its verb ("we leverage our data") is the jargon.
fn leverage_as_a_noun(matched: &str, before: &[Neighbour]) -> bool {
    matched.eq_ignore_ascii_case("leverage") && right_after(before, &AMOUNTS)
}

/// Words that deny what follows them.
const NEGATIONS: [&str; 12] = [
    "not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "nothing", "without", "neither",
    "nor", "hardly",
];

/// Words that may stand between a negation and the word it denies ("not a magical formula",
/// "no truly revolutionary idea").
/// "as" denies a comparison: "Most humans aren't as magical at product as Steve Jobs".
const DENIED_WITH: [&str; 11] = [
    "a", "an", "the", "so", "very", "really", "truly", "that", "some", "any", "as",
];

/// "There's no magical formula", "it is not a revolutionary product": a hype word denied is no
/// overclaim; the writer is doing what the pack asks.
fn negated(before: &[Neighbour]) -> bool {
    let tight = |i: usize| before.get(i).filter(|w| w.tight);
    tight(0).is_some_and(|w| w.is_one_of(&NEGATIONS))
        || (tight(0).is_some_and(|w| w.is_one_of(&DENIED_WITH))
            && tight(1).is_some_and(|w| w.is_one_of(&NEGATIONS)))
}

/// Particles a phrasal verb ends with, which a solid noun keeps ("breakthrough", "setup").
const PARTICLES: [&str; 6] = ["through", "up", "out", "off", "over", "down"];

/// Verbs that take another verb after "to" ("failed to break through").
const TAKES_AN_INFINITIVE: [&str; 22] = [
    "fail", "fails", "failed", "failing", "manage", "managed", "try", "tried", "trying", "able",
    "unable", "want", "wanted", "need", "needed", "hope", "hoped", "hoping", "struggle",
    "struggled", "struggling", "going",
];

/// Modal verbs, which a bare verb follows.
const MODALS: [&str; 12] = [
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "can't",
    "couldn't", "won't",
];

/// "had failed to breakthrough", "could finally breakthrough": a one-word noun made of a verb
/// and a particle, where a verb must stand. The writer means the verb ("break through"), not
/// the noun the entry bans.
fn phrasal_verb(matched: &str, before: &[Neighbour]) -> bool {
    let lower = matched.to_lowercase();
    let solid_compound = PARTICLES.iter().any(|p| {
        lower
            .strip_suffix(p)
            .is_some_and(|verb| verb.len() >= 3 && verb.chars().all(char::is_alphabetic))
    });
    if !solid_compound {
        return false;
    }
    let tight = |i: usize| before.get(i).filter(|w| w.tight);
    let after_modal = tight(0).is_some_and(|w| w.is_one_of(&MODALS));
    let infinitive = tight(0).is_some_and(|w| w.is_one_of(&["to"]))
        && tight(1).is_some_and(|w| w.is_one_of(&TAKES_AN_INFINITIVE));
    after_modal || infinitive
}

/// Words before an adjective that the speaker's reaction follows: a form of "be" or a degree
/// adverb ("is completely mind-blowing to me"). Not a verb's subject: "reach out to us".
const BEFORE_A_REACTION: [&str; 18] = [
    "is", "was", "are", "were", "be", "been", "it's", "that's", "completely", "totally",
    "absolutely", "so", "really", "pretty", "quite", "truly", "just", "still",
];

/// "completely mind-blowing to me": the speaker's reaction, not a claim about a product.
fn speakers_reaction(before: &[Neighbour], after: &[Neighbour]) -> bool {
    let predicate = before
        .first()
        .is_some_and(|w| w.tight && w.is_one_of(&BEFORE_A_REACTION));
    predicate
        && matches!(after, [to, me, ..] if to.tight && me.tight && to.is_one_of(&["to"]) && me.is_one_of(&["me", "us"]))
}

/// Nouns for what someone felt.
const FEELINGS: [&str; 4] = ["feeling", "feelings", "emotion", "emotions"];

/// "The feeling when it started working was magical": the predicate of a feeling the writer
/// describes, not a claim about a product ("a magical feeling" in product copy still is).
fn describes_a_feeling(text: &str, start: usize, end: usize) -> bool {
    let (before, _) = around(text, start, end, 8);
    before
        .first()
        .is_some_and(|w| w.tight && w.is_one_of(&["was", "is", "were", "felt"]))
        && before.iter().skip(1).any(|w| w.is_one_of(&FEELINGS))
}

/// "something that I'm reaching out to .NET for": "reach out to" a name written as code (a
/// leading dot, a code span) reaches for a library, not a person.
fn reaches_for_code(text: &str, matched: &str, end: usize) -> bool {
    let lower = matched.to_lowercase();
    let phrase = lower.split_whitespace().collect::<Vec<_>>();
    if !matches!(phrase.first(), Some(&("reach" | "reaches" | "reached" | "reaching")))
        || phrase.get(1) != Some(&"out")
    {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\t']);
    // "reach out" without "to" in the match: the "to" follows it.
    let rest = match phrase.get(2) {
        Some(&"to") => rest,
        _ => match rest.strip_prefix("to ") {
            Some(object) => object.trim_start(),
            None => return false,
        },
    };
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some('`'), _) => true,
        (Some('.'), Some(c)) => c.is_alphanumeric(),
        _ => false,
    };
    // "reached out to .NET developers": a noun after the name says who was contacted.
    let next = rest
        .split_whitespace()
        .nth(1)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    code && next.is_none_or(|w| {
        w.is_empty() || crate::document::english::stop_words::is_function_word(&w)
    })
}

/// "they can disrupt ServiceNow": "disrupt" with a named company as its object is the
/// business-theory sense (challenge an incumbent), not a boast.
fn disrupts_a_named_company(matched: &str, after: &[Neighbour]) -> bool {
    let lower = matched.to_lowercase();
    if !lower.starts_with("disrupt") || lower.starts_with("disruptive") {
        return false;
    }
    after.first().is_some_and(|name| {
        let lower = name.lower();
        name.tight
            && name.word.starts_with(char::is_uppercase)
            && !crate::document::english::stop_words::is_function_word(&lower)
    })
}

/// Adverbs of degree between a verb and its adjective: "can be quite disruptive".
const DEGREES: [&str; 12] = [
    "quite", "very", "highly", "extremely", "too", "really", "pretty", "so", "potentially",
    "somewhat", "rather", "fairly",
];

/// Verbs that say how something is or felt: "felt extremely disruptive to users".
const COPULAS: [&str; 9] = [
    "be", "is", "are", "was", "were", "felt", "feel", "feels", "seem",
];

/// "For large fleets this can be quite disruptive", "felt extremely disruptive to users":
/// "disruptive" said of what a change does to the people or systems it interrupts, after a
/// modal and "be", or with "to" naming whom it disrupts, is the literal sense (causing
/// disruption), not the hype the pack means ("our disruptive pricing model").
fn disruptive_as_a_risk(matched: &str, before: &[Neighbour], after: &[Neighbour]) -> bool {
    if !matched.eq_ignore_ascii_case("disruptive") {
        return false;
    }
    let mut verbs = before.iter().skip_while(|w| w.is_one_of(&DEGREES));
    let Some(verb) = verbs.next().filter(|w| w.is_one_of(&COPULAS)) else {
        return false;
    };
    let after_a_modal = verb.is_one_of(&["be"]) && verbs.next().is_some_and(|w| w.is_one_of(&MODALS));
    let to_whom = after.first().is_some_and(|w| w.tight && w.is_one_of(&["to"]));
    after_a_modal || to_whom
}

#[cfg(test)]
mod tests {
    use super::other_sense;

    fn literal(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        other_sense(text, start, start + term.len(), false, true, false)
    }

    fn hype_literal(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        other_sense(text, start, start + term.len(), false, true, true)
    }

    #[test]
    fn a_hype_word_denied() {
        // PostHog founders, `growth-metrics-guide-for-startups.md` (MIT).
        assert!(hype_literal(
            "There's no magical formula for picking a north star metric.",
            "magical"
        ));
        assert!(hype_literal(
            "It is not a revolutionary product, and that is fine.",
            "revolutionary"
        ));
        // PostHog newsletter, `product-management-is-broken.md` (MIT): a comparison denied.
        assert!(hype_literal(
            "Most humans aren't as magical at product as Steve Jobs.",
            "magical"
        ));
        // "as" without a denial compares, and claims.
        assert!(!hype_literal(
            "Onboarding is as magical as the product itself.",
            "magical"
        ));
        // Used, not denied; and a negation elsewhere in the sentence denies something else.
        assert!(!hype_literal(
            "Setting up your store is a magical experience.",
            "magical"
        ));
        assert!(!hype_literal(
            "No setup, just a magical experience.",
            "magical"
        ));
        // Only the hype pack's words: a guide's own banned word stays banned when denied.
        assert!(!literal("There's no magical formula.", "magical"));
    }

    #[test]
    fn a_feeling_described_and_code_reached_for() {
        // PostHog founders, `what-motivates-me.md` (MIT).
        assert!(hype_literal(
            "The feeling when it started working was magical.",
            "magical"
        ));
        assert!(!hype_literal("Our app gives you a magical feeling.", "magical"));
        assert!(!hype_literal("The onboarding is magical.", "magical"));
        // PowerShell docs (CC-BY-4.0), `learn/deep-dives/everything-about-string-substitutions.md`.
        assert!(literal(
            "Again, this is something that I'm reaching out to .NET for.",
            "reaching out to"
        ));
        assert!(literal("Then reach out to `Invoke-RestMethod`.", "reach out"));
        assert!(!literal("Reach out to our team for a quote.", "Reach out to"));
        assert!(!literal("Reach out to support.example.com today.", "Reach out to"));
        assert!(!literal("We reached out to .NET developers... ", "reached out"));
    }

    #[test]
    fn leverage_as_a_noun_of_amount() {
        // Tilt's blog (Apache-2.0), `2018-12-21-should-developers-know-about-kubernetes.md`.
        assert!(literal(
            "Teams want to gain more leverage over their increasingly complex environments.",
            "leverage"
        ));
        assert!(literal("We had no leverage in that negotiation.", "leverage"));
        // The verb, and the noun without an amount, stay reported.
        assert!(!literal("We leverage more data than before.", "leverage"));
        assert!(!literal("You can leverage our API.", "leverage"));
        assert!(!literal("Some leverage AI to write copy.", "leverage"));
    }

    #[test]
    fn a_solid_noun_where_a_verb_stands() {
        // PostHog spotlight, `startup-before-sunset-ai.md` (MIT).
        assert!(literal(
            "An earlier Product Hunt launch had failed to breakthrough because it hadn't reached product-market fit.",
            "breakthrough"
        ));
        assert!(literal("We could breakthrough the noise.", "breakthrough"));
        // The same page: the noun.
        assert!(!literal(
            "Without this insight, BeforeSunset may never have had its later breakthrough.",
            "breakthrough"
        ));
        assert!(!literal(
            "Our breakthrough technology cuts onboarding time.",
            "breakthrough"
        ));
        assert!(!literal("It led to a breakthrough.", "breakthrough"));
    }

    #[test]
    fn the_speakers_own_reaction() {
        // PostHog spotlight, `startup-inlang.md` (MIT).
        assert!(literal(
            "The amount of full-time jobs you can create when you build infrastructure is completely mind-blowing to me.",
            "mind-blowing"
        ));
        assert!(!literal(
            "See mind-blowing results in just one week.",
            "mind-blowing"
        ));
        assert!(!literal(
            "The results are mind-blowing, to me at least.",
            "mind-blowing"
        ));
        // A verb's object, not a reaction: the phrase pack's "reach out to us".
        assert!(!literal("Please reach out to us.", "reach out"));
    }

    #[test]
    fn disruptive_as_a_risk() {
        // The Strimzi blog (Apache-2.0), `2025-04-10-phased-strimzi-upgrade-example.md`, and the
        // Prometheus blog (Apache-2.0): what a change does to those it interrupts.
        for text in [
            "For large fleets this can be quite disruptive.",
            "However, rolling every Kafka cluster in your fleet could be quite disruptive.",
            "Making other composite types consistent felt extremely disruptive to users.",
        ] {
            assert!(literal(text, "disruptive"), "{text}");
        }
        // The boast: before a noun, or said of the product.
        for text in [
            "Our disruptive pricing model puts customers first.",
            "It's a disruptive technology to bring to any organization.",
            "Our approach is truly disruptive.",
            "This will be a disruptive product.",
        ] {
            assert!(!literal(text, "disruptive"), "{text}");
        }
    }

    #[test]
    fn disrupting_a_named_incumbent() {
        // PostHog spotlight, `startup-risotto.md` (MIT).
        assert!(literal(
            "Aron and his co-founders believe they can disrupt ServiceNow by combining Slack and AI.",
            "disrupt"
        ));
        assert!(!literal(
            "We're here to disrupt the payroll industry.",
            "disrupt"
        ));
        assert!(!literal("We disrupt The Market.", "disrupt"));
        assert!(!literal("Disrupt. Then grow.", "Disrupt"));
    }
}
