//! The letters filter of the brand typo search: one edit (a letter replaced, added, dropped, or
//! two neighbours swapped) takes at most one letter away from a string's set of letters and
//! adds at most one. So a window whose letters differ from a name's by two or more on either
//! side is no typo of it, and most windows that reach the exact test are ruled out here,
//! before any folding or allocation.

/// The ASCII letters (case folded) and digits of `text` as bits 0–25 and 26–35; `None` if
/// `text` is not ASCII (folding may then turn a character into a letter: undecided).
pub fn letters(text: &str) -> Option<u64> {
    // One pass: the bits, and every byte ORed together for the ASCII test.
    let (mask, any) = text.bytes().fold((0, 0), |(mask, any), b| {
        (mask | LETTER_BIT[usize::from(b)], any | b)
    });
    any.is_ascii().then_some(mask)
}

/// The letters of a name's folded form, whatever it holds: characters outside ASCII letters and
/// digits are left out on both sides, which keeps the filter exact (an edit still changes the
/// ASCII letters by at most one taken away and one added).
pub fn name_letters(folded: &str) -> u64 {
    folded
        .bytes()
        .fold(0, |mask, b| mask | LETTER_BIT[usize::from(b)])
}

/// Whether a window with letters `window` may be one edit from a name with letters `name`.
#[inline]
pub fn may_be_one_edit(window: u64, name: u64) -> bool {
    (window & !name).count_ones() <= 1 && (name & !window).count_ones() <= 1
}

/// Each byte's bit if it is an ASCII letter (either case) or digit, else 0.
pub(super) const LETTER_BIT: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let byte = (b as u8).to_ascii_lowercase();
        if byte.is_ascii_lowercase() {
            table[b] = 1 << (byte - b'a');
        } else if byte.is_ascii_digit() {
            table[b] = 1 << (26 + byte - b'0');
        }
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::normalized::normalize_term;
    use crate::matchers::one_edit_apart;
    use proptest::prelude::*;

    #[test]
    fn ordinary_words_are_ruled_out_and_typos_are_not() {
        let pester = name_letters("pester");
        let word = |w: &str| letters(w).expect("ASCII");
        assert!(!may_be_one_edit(word("order"), pester));
        assert!(!may_be_one_edit(word("number"), pester));
        assert!(may_be_one_edit(word("Pestre"), pester));
        assert!(may_be_one_edit(word("Jester"), pester));
        assert_eq!(letters("café"), None);
    }

    proptest! {
        /// Whenever the exact test finds a window (folded, as the search folds it) one edit from
        /// a name, the letters filter lets it through.
        #[test]
        fn the_filter_keeps_every_window_one_edit_away(
            name in "[a-zA-Zé0-9 .-]{4,12}",
            edit in 0usize..4,
            at in 0usize..12,
            letter in "[a-zA-Z0-9 -]",
            upper in any::<bool>(),
        ) {
            let folded_name = normalize_term(&name);
            let mut chars: Vec<char> = folded_name.chars().collect();
            let at = at.min(chars.len().saturating_sub(1));
            let c = letter.chars().next().unwrap_or('x');
            match edit {
                0 if !chars.is_empty() => chars[at] = c,
                1 => chars.insert(at, c),
                2 if !chars.is_empty() => { chars.remove(at); }
                _ if at + 1 < chars.len() => chars.swap(at, at + 1),
                _ => {}
            }
            let window: String = chars.into_iter().collect();
            let window = if upper { window.to_uppercase() } else { window };
            let folded = normalize_term(&window);
            if one_edit_apart(&folded, &folded_name) {
                if let Some(mask) = letters(&window) {
                    prop_assert!(may_be_one_edit(mask, name_letters(&folded_name)));
                }
            }
        }
    }
}
