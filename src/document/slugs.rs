//! A lowercase slug capitalised because it opens a sentence or a list entry ("Net-kourier is
//! moved to Beta stage" for the `net-kourier` repository, "Knative-eventing-webhook cluster role"
//! for a ClusterRole): sentence case, not the writer's spelling of a name.

use super::joined::run_around;

/// Whether the match at `start..end` lies in a hyphen-joined token written in lowercase but for
/// its first letter, at the start of a sentence or a list entry, that is a slug: three or more
/// parts ("Knative-eventing-webhook"), or a token the page also writes in lowercase
/// ("net-kourier" in a heading above "Net-kourier"), the name only a part of it. A prose compound
/// of two parts ("Powerspec-certified") stays a name in a compound, and a name that is the whole
/// token ("Docker-compose") the name misspelt.
pub fn in_sentence_cased_slug(text: &str, start: usize, end: usize) -> bool {
    let run = run_around(text, start, end);
    let token = &text[run.clone()];
    let parts = token.split('-').count();
    let mut chars = token.chars();
    let sentence_cased = chars.next().is_some_and(char::is_uppercase)
        && !chars.any(|c| c.is_uppercase() || matches!(c, '.' | '/' | '@' | '_'));
    // A name that is the whole token is the name spelled so ("Docker-compose is a great file
    // format" for Docker Compose), however the page writes the command.
    let whole = run.start == start && run.end == end;
    if parts < 2 || whole || !sentence_cased || token.split('-').any(str::is_empty) {
        return false;
    }
    if !opens_an_entry(&text[..run.start]) {
        return false;
    }
    parts >= 3 || written_in_lowercase_elsewhere(text, &token.to_lowercase())
}

/// Whether the text before a token ends a sentence or opens a line or a list entry.
fn opens_an_entry(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or_default();
    let entry = line
        .trim_start()
        .trim_start_matches(['-', '*', '+', '>', '#'])
        .trim_start();
    let numbered = entry
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(['.', ')'])
        .map(str::trim_start);
    entry.is_empty()
        || numbered.is_some_and(str::is_empty)
        || line.trim_end_matches(' ').ends_with(['.', '!', '?', ':']) && line.ends_with(' ')
        || line.ends_with(") ") && line.contains("](")
}

/// Whether `lowercase` stands as a whole token somewhere in `text`.
fn written_in_lowercase_elsewhere(text: &str, lowercase: &str) -> bool {
    let is_token_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    text.match_indices(lowercase).any(|(at, _)| {
        !is_token_char(text[..at].chars().next_back())
            && !is_token_char(text[at + lowercase.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::in_sentence_cased_slug;

    /// The match is `word`, found as the start of `at`.
    fn slug_at(text: &str, at: &str, word: &str) -> bool {
        let start = text.find(at).expect("word in text");
        in_sentence_cased_slug(text, start, start + word.len())
    }

    fn slug(text: &str, word: &str) -> bool {
        slug_at(text, word, word)
    }

    #[test]
    fn a_slug_capitalised_at_an_entry_start_is_the_slug() {
        // The Knative blog (CC-BY-4.0): release notes.
        let text = "**net-contour and net-kourier have moved to Beta**\n\n- [#2738](https://github.com/knative/serving/pull/2738) Net-kourier is moved to Beta stage\n";
        assert!(slug_at(text, "kourier is", "kourier"));
        let text = "* Knative-eventing-webhook cluster role has update permission for namespaces/finalizers.\n";
        assert!(slug(text, "Knative-eventing"));
        // A compound of two parts the page never writes in lowercase is prose; so is a slug in
        // the middle of a sentence, and a token with a capital inside.
        assert!(!slug(
            "Powerspec-certified laptops ship today.\n",
            "Powerspec"
        ));
        assert!(!slug(
            "We moved Knative-eventing-webhook out.\n",
            "Knative-eventing"
        ));
        assert!(!slug(
            "- Knative-Eventing-webhook is new.\n",
            "Knative-Eventing"
        ));
        // The Tilt blog (Apache-2.0): the name is the whole token.
        let text = "Auto-port-exposing! Docker-compose files! Teams hate separate docker-compose and k8s configs.\n";
        assert!(!slug(text, "Docker-compose"));
    }
}
