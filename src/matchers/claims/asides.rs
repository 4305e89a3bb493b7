//! Figures that sit in a claim's place but are not the company's: a threshold of the reader's
//! own situation in advice ("once you're at $1M ARR"). (A figure in the title of a linked page
//! is left alone: "[How Documenso got 4,000 stars](…)" is a result worth checking.)

/// Whether the clause before a figure (" word word … ", lowercase, as `window_before` gives it)
/// puts it in the reader's hypothetical situation: "if", "once", "when" or "until" with "you",
/// then a verb of having or reaching right before the figure.
pub(super) fn reader_threshold(before: &str) -> bool {
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(you) = words.iter().rposition(|&w| w == "you") else {
        return false;
    };
    let conditional = you > 0 && CONDITIONS.contains(&words[you - 1]);
    // "you're at", "you have", "you reach": at most two words between "you" and the figure.
    let reaching =
        words[you + 1..].len() <= 2 && words[you + 1..].iter().any(|w| REACHING.contains(w));
    conditional && reaching
}

const CONDITIONS: &[&str] = &["if", "once", "when", "until", "unless"];
const REACHING: &[&str] = &["at", "have", "reach", "hit", "cross", "pass", "get"];

#[cfg(test)]
mod tests {
    use super::reader_threshold;

    #[test]
    fn the_readers_own_threshold_in_advice() {
        // PostHog founders post `vc-or-bootstrap.md` (MIT): " … once you're at" before "$1M".
        assert!(reader_threshold(" a lifestyle business once you re at "));
        assert!(reader_threshold(" if you have "));
        assert!(reader_threshold(" when you reach "));
        // The company's own figure, or the reader's gain from it.
        assert!(!reader_threshold(" we re at "));
        assert!(!reader_threshold(" once you sign up you save "));
        assert!(!reader_threshold(" if you upgrade it costs "));
    }
}
