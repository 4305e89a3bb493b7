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

#[cfg(test)]
mod tests {
    use super::*;

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
