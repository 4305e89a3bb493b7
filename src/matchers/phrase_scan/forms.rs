//! The surface forms of an anchor key: every way a document may write one of the phrases'
//! content words (see [`super::AnchorScanner`]), generated for its tables.

use crate::matchers::claims::number_words;
use crate::matchers::phrases::{canonical, Word, SYNONYMS};

/// Every lowercase word whose index key is `key`, given to `each` (a word may come more than
/// once): the forms [`crate::matchers::phrases::stem`] maps to it (a doubled final consonant,
/// an ending, a possessive), the same for each synonym it heads, and number words for digits.
/// Candidates are generated generously and kept only when their key really is `key`, so the set
/// is exact.
pub(super) fn surface_forms(key: &str, mut each: impl FnMut(&str)) {
    let mut bases: Vec<&str> = vec![key];
    for group in SYNONYMS.iter().filter(|g| g[0] == key) {
        bases.extend(group.iter().copied());
    }
    // Only number words change under the metric's normalisation ("sixty" → "60"), and only a
    // key of digits has number words among its bases: other forms are their own normal form,
    // and skipping `Word::new` for them keeps a guide of hundreds of phrases quick to load.
    let digits = key.bytes().all(|b| b.is_ascii_digit());
    if digits {
        bases.extend(number_words().map(|w| -> &str { w }));
        bases.push("one");
    }
    let mut form = String::new();
    for base in bases {
        // `stem` undoubles a final consonant other than these: only then can a doubled form
        // map back.
        let doubled = base
            .bytes()
            .last()
            .filter(|c| base.len() >= 3 && c.is_ascii_alphabetic() && !b"aeiouls".contains(c));
        for double in std::iter::once(None).chain(doubled.map(Some)) {
            for ending in ["", "ing", "ies", "es", "ed", "s", "d"] {
                // A possessive lands with either apostrophe or with neither: `stem` strips both
                // alike, and no synonym or number word holds one. Asked once for both.
                for possessive in ["", "'s"] {
                    form.clear();
                    form.push_str(base);
                    form.extend(double.map(char::from));
                    form.push_str(ending);
                    form.push_str(possessive);
                    let lands = if digits {
                        canonical(Word::new(&form).norm()) == key
                    } else {
                        canonical(&form) == key
                    };
                    if lands {
                        each(&form);
                        if !possessive.is_empty() {
                            form.truncate(form.len() - possessive.len());
                            form.push_str("’s");
                            each(&form);
                        }
                    }
                }
            }
        }
    }
}
