//! "Allow" in the sense of permit or let, or of leaving time for something: senses a
//! capability word ("enable") does not have. A style guide that says "enable, not allow" means
//! the capability sense ("PostHog allows you to track …"); "we don't allow political
//! discussions", "only allowed for Engineering" and "allow at least 24 hours" are other senses,
//! told apart by their grammar.

use crate::document::english::neighbours::{around, Neighbour};

/// Whether the match is a form of "allow" used in a sense other than "make possible": passive
/// ("are only allowed for"), with a person as its subject ("we allow the government to
/// decide"), paired with a verb of permission ("tolerate or allow", "allow or deny"), giving
/// time ("allow at least 24 hours", "allow time for"), or with no object ("if time allows").
pub fn permit_or_leave_time(text: &str, start: usize, end: usize) -> bool {
    let matched = text[start..end].to_lowercase();
    if !matches!(
        matched.as_str(),
        "allow" | "allows" | "allowed" | "allowing"
    ) {
        return false;
    }
    let (before, after) = around(text, start, end, 6);
    (matched == "allowed" && passive(&before))
        || person_as_subject(&before)
        || paired_with_permission(&before, &after)
        || gives_time(&after)
        || ends_its_clause(text, end)
}

/// "if the candidate's schedule allows.", "as time allows, we …": "allow" with no object ends
/// its clause and means "permit"; "enable" needs an object.
fn ends_its_clause(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(['*', '_', ' ', '\t', '\r']);
    // A line break inside a paragraph may come before the object ("allows\nyou to").
    let rest = match rest.strip_prefix('\n') {
        Some(next) => {
            let next = next.trim_start_matches([' ', '\t', '\r']);
            if !next.is_empty() && !next.starts_with('\n') {
                return false;
            }
            next
        }
        None => rest,
    };
    rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')', '\n'])
}

/// Adverbs and auxiliaries that may stand between a subject (or "be") and the verb.
const BETWEEN: [&str; 32] = [
    "only", "not", "never", "also", "still", "generally", "usually", "always", "often",
    "explicitly", "currently", "now", "just", "therefore", "then", "even", "do", "does", "did",
    "don't", "doesn't", "didn't", "will", "won't", "would", "can", "can't", "cannot", "could",
    "may", "might", "should",
];

/// Forms of "be" and "get" before a passive participle.
const BE: [&str; 14] = [
    "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
    "get", "gets", "got",
];

/// People as a subject: they permit; a product or feature makes possible. Not "they", which
/// is as often the features ("They allow you to add interactivity").
const PERSONS: [&str; 14] = [
    "i", "we", "you", "he", "she", "i'll", "we'll", "you'll", "i'd", "we'd", "we're", "you're",
    "we've", "i've",
];

/// Verbs of permission and refusal that "allow" is paired with in its permit sense.
const PERMISSION_VERBS: [&str; 20] = [
    "tolerate", "tolerates", "tolerated", "permit", "permits", "permitted", "forbid", "forbids",
    "prohibit", "prohibits", "prohibited", "deny", "denies", "denied", "disallow", "disallows",
    "disallowed", "refuse", "refuses", "refused",
];

/// The first word before the verb past adverbs and auxiliaries, if nothing but spaces and
/// those words separate them.
fn subject_slot<'a>(before: &[Neighbour<'a>]) -> Option<Neighbour<'a>> {
    for word in before {
        if !word.tight {
            return None;
        }
        if !word.is_one_of(&BETWEEN) {
            return Some(*word);
        }
    }
    None
}

/// "are only allowed for", "isn't allowed", "it's allowed", "you're not allowed to".
fn passive(before: &[Neighbour]) -> bool {
    subject_slot(before).is_some_and(|w| {
        let lower = w.lower();
        w.is_one_of(&BE) || ["'s", "'re", "'m"].iter().any(|c| lower.ends_with(c))
    })
}

/// "We allow the government to determine …", "you're not allowed to" (passive, above), "I
/// allowed myself …".
fn person_as_subject(before: &[Neighbour]) -> bool {
    subject_slot(before).is_some_and(|w| w.is_one_of(&PERSONS))
}

/// "don't tolerate or allow political discussions", "allow or deny access".
fn paired_with_permission(before: &[Neighbour], after: &[Neighbour]) -> bool {
    let pair = |side: &[Neighbour]| match side {
        [and, verb, ..] => {
            and.tight && verb.tight && and.is_one_of(&["or", "and", "nor"]) && verb.is_one_of(&PERMISSION_VERBS)
        }
        _ => false,
    };
    pair(before) || pair(after)
}

/// Words that count or size an amount of time.
const AMOUNT: [&str; 22] = [
    "at", "least", "most", "up", "to", "about", "around", "roughly", "approximately", "a", "an", "one",
    "extra", "additional", "enough", "some", "plenty", "of", "several", "few", "couple", "more",
];

/// Units of time.
const TIME: [&str; 15] = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "time",
];

/// Words after an amount of time that say what the time is for ("24 hours for a reply"); a
/// noun there is what the time measures instead ("a 30 day retention").
const AFTER_TIME: [&str; 8] = ["for", "before", "after", "to", "between", "until", "and", "or"];

/// "Allow at least 24 hours for …", "allow a few days.", "allow time for the change".
fn gives_time(after: &[Neighbour]) -> bool {
    for (i, word) in after.iter().take(5).enumerate() {
        if !word.tight && !word.word.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        if word.is_one_of(&TIME) {
            return after
                .get(i + 1)
                .is_none_or(|next| !next.tight || next.is_one_of(&AFTER_TIME));
        }
        // "at least 24 hours", not "(only one allowed at a time)": per occasion, not an amount.
        let at_a_time = word.is_one_of(&["at"])
            && !after.get(i + 1).is_some_and(|w| w.is_one_of(&["least", "most"]));
        let amount = !at_a_time && word.is_one_of(&AMOUNT)
            || word.word.chars().all(|c| c.is_ascii_digit())
            || crate::matchers::claims::words::number_word(&word.lower()).is_some()
            || word.is_one_of(&["business", "working", "calendar"]);
        if !amount {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::permit_or_leave_time;
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    fn other_sense(text: &str) -> bool {
        let lower = text.to_lowercase();
        let start = lower.find("allow").expect("allow in text");
        let end = start
            + lower[start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(lower.len() - start);
        permit_or_leave_time(text, start, end)
    }

    #[test]
    fn permit_and_leave_time_senses() {
        // PostHog handbook, `grown-ups.md`, `slack-messaging.md`, `spending-money.md` (MIT).
        for text in [
            "We therefore don't stand for any political cause and don't tolerate or allow political discussions in Slack.",
            "We allow the government to determine what is acceptable instead of getting into discussions.",
            "2. Allow at least **24 hours** for salespeople and TAMs to respond.",
            "- Apple Studio Displays are only allowed for Engineering (high density screen) and Sales teams",
            "You're not allowed to share it.",
            "Choose whether to allow or deny access.",
            "Allow a few minutes for the DNS change.",
            // PostHog newsletter, `hiring-at-posthog-lessons.md` (MIT): no object.
            "They can be split over more than one day, or become SuperWeeks if the candidate’s schedule allows.",
            "As time allows, we add more.",
        ] {
            assert!(other_sense(text), "{text}");
        }
    }

    #[test]
    fn the_capability_sense_stays() {
        // PostHog handbook and blog pages (MIT), labelled correct.
        for text in [
            "This allows us to specify our own font weights.",
            "We're an all-remote company that allows people to work from almost anywhere in the world.",
            "Putting things in writing helps us clarify our own ideas, as well as allow others to provide better feedback.",
            "Combining surveys with regular interviews allows you to gather both broad quantitative insights and deep qualitative feedback.",
            "It allows for uninterrupted work.",
            "This allows\nyou to track events.",
            "Flags allow teams to ship safely.",
            "It allows up to 10 users.",
            "PostHog allows you to set a 30 day retention.",
            "It allows a 30 day retention period.",
            // tldr pages, `yetris.md` (CC-BY-4.0): per occasion, not an amount of time.
            "- Hold a piece (only one allowed at a time):",
            // Astro docs, `tutorial/…/2.mdx` (MIT): "they" are the islands.
            "5. They allow you to add interactivity without needing to know any other JavaScript frameworks.",
        ] {
            assert!(!other_sense(text), "{text}");
        }
    }

    #[test]
    fn allow_as_permit_or_leave_time_is_not_reported() {
        let g = guide("version: 1\nterms:\n  - {use: enable, instead_of: [allow]}\n");
        // PostHog handbook, `grown-ups.md`, `slack-messaging.md`, `spending-money.md` (MIT):
        // "permit" and "leave time for", which "enable" does not mean.
        for text in [
            "We therefore don't stand for any political cause and don't tolerate or allow political discussions in Slack.",
            "We allow the government to determine what is acceptable.",
            "2. Allow at least **24 hours** for salespeople and TAMs to respond.",
            "- Apple Studio Displays are only allowed for Engineering and Sales teams",
        ] {
            assert_eq!(run(&g, crate::rules::preferred_term::ID, text, Kind::Markdown), pairs(&[]), "{text}");
        }
        // The capability sense, close to them, is still reported: PostHog handbook,
        // `spending-money.md` and `branding.md` (MIT).
        for text in [
            "You'll be added as a _Creator Lite_ which allows you to record 25 videos/mo.",
            "This allows us to use fewer colors in our palette.",
        ] {
            assert_eq!(run(&g, crate::rules::preferred_term::ID, text, Kind::Markdown).len(), 1, "{text}");
        }
    }
}
