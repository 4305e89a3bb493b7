//! Names a near miss belongs to: written words of the brand that are part of another, longer
//! name, which a fix would misname.

/// "Mac OS X" for the brand "macOS": a name's words followed by a lone capital letter or a Roman
/// numeral ("Mac OS X", "Mac OS 9" is a version and stays reported) are a longer name of their
/// own, often the product's earlier name. "I" and "A" alone are words, not part of a name.
pub(super) fn closed_by_a_letter_or_numeral(text: &str, written: &str, word_end: usize) -> bool {
    if !written.contains(char::is_uppercase) {
        return false;
    }
    let Some(rest) = text[word_end..].strip_prefix(' ') else {
        return false;
    };
    let token_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let token = &rest[..token_len];
    let single_letter = token.len() == 1 && token != "I" && token != "A";
    let numeral = token.len() > 1 && token.bytes().all(|b| b"IVX".contains(&b));
    token.bytes().all(|b| b.is_ascii_uppercase()) && (single_letter || numeral)
}

/// "the FinOps Open Cost and Usage Specification (FOCUS)" for the brand "OpenCost": a name's
/// words written apart inside a run of capitalised words that the page abbreviates by their
/// initials (here or at another mention of the same run) are part of another title, here a
/// standard's. "the Kafka Mirror Maker Operator" (Strimzi's MirrorMaker, misspelt) has no such
/// abbreviation. Headings, whose every word may be capitalised, do not count.
pub(super) fn inside_a_longer_title(text: &str, range: std::ops::Range<usize>, written: &str) -> bool {
    if !written.contains(' ') || !written.starts_with(char::is_uppercase) {
        return false;
    }
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..range.start];
    if line.trim_start().starts_with('#') {
        return false;
    }
    let capital_word = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
    };
    let Some(previous) = line
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '(', '[', '"']).next())
        .filter(|w| capital_word(w))
    else {
        return false;
    };
    // The run: the word before, the name's words, and the capitalised words (or "and", "of",
    // "&" between them) after it.
    let run_start = range.start - 1 - previous.len();
    let mut run_end = range.end;
    let mut initials: String = text[run_start..range.end]
        .split(' ')
        .filter_map(|w| w.chars().next())
        .collect();
    let mut rest = &text[range.end..];
    while let Some(tail) = rest.strip_prefix(' ') {
        let len = tail.find([' ', '\n', ',', '.', '(', ')', ']']).unwrap_or(tail.len());
        let word = &tail[..len];
        if capital_word(word) {
            initials.extend(word.chars().next());
        } else if !matches!(word, "and" | "of" | "&") {
            break;
        }
        run_end += 1 + len;
        rest = &tail[len..];
    }
    let run = text[run_start..run_end].trim_end_matches([' ', '&']);
    let run = run.strip_suffix(" and").or(run.strip_suffix(" of")).unwrap_or(run);
    initials.len() >= 3 && {
        let abbreviated = format!("{run} ({})", initials.to_uppercase());
        text.contains(&abbreviated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(text: &str, written: &str) -> bool {
        let start = text.find(written).unwrap();
        inside_a_longer_title(text, start..start + written.len(), written)
    }

    #[test]
    fn a_split_name_inside_another_title_is_that_title() {
        // The OpenCost blog (Apache-2.0), `2023-06-27-focus`: the abbreviation after the run,
        // or after another mention of it on the page.
        let text = "This week the FinOps Open Cost and Usage Specification (FOCUS) will be announcing it.";
        assert!(titled(text, "Open Cost"));
        let text = "![FinOps Open Cost and Usage Specification](./img/focus_logo.png)\n\nThe FinOps Open Cost and Usage Specification (FOCUS) is open.";
        assert!(titled(text, "Open Cost"));
        // A heading, a common opener, a name followed by a lowercase word: the brand misspelt.
        for text in [
            "## FinOps Open Cost Matters",
            "Try Open Cost Today for free.",
            "We like FinOps Open Cost because it is open.",
            "the finops Open Cost and Usage",
            // The Strimzi blog (Apache-2.0): the product named with its part or beside another
            // product, misspelt.
            "The Strimzi operators family has a new baby: the Kafka Open Cost Operator.",
            "Other components such as Kafka Open Cost and Kafka Connect use TLS.",
            "## FinOps Open Cost and Usage Specification (FOCUS)",
        ] {
            assert!(!titled(text, "Open Cost"), "{text}");
        }
    }

    fn closed(text: &str, written: &str) -> bool {
        let end = text.find(written).map_or(0, |i| i + written.len());
        closed_by_a_letter_or_numeral(text, written, end)
    }

    #[test]
    fn a_lone_capital_or_numeral_closes_a_longer_name() {
        // The Rust blog (rust-lang/blog.rust-lang.org, MIT or Apache-2.0), "Announcing Rust 1.15".
        assert!(closed("[Link OpenSSL statically][cargo/3311] on Mac OS X.", "Mac OS"));
        assert!(closed("Final Fantasy VII is a game.", "Final Fantasy"));
        assert!(closed("Runs on Mac OS X Lion.", "Mac OS"));
    }

    #[test]
    fn words_versions_and_lowercase_names_do_not() {
        assert!(!closed("Mac OS 9 was old.", "Mac OS"));
        assert!(!closed("We use Github I think.", "Github"));
        assert!(!closed("Try Github A/B tests.", "Github"));
        assert!(!closed("Mac OS Xcode tools.", "Mac OS"));
        assert!(!closed("mac os X", "mac os"));
        assert!(!closed("Mac OS.", "Mac OS"));
        assert!(!closed("Github CLI is here.", "Github"));
    }
}
