//! The compiled form of a guide's words: terms with inflections, brand spellings, patterns.

pub mod brand_typos;
pub mod claims;
pub mod inflect;
pub mod packs;
mod phrase_bound;
pub mod phrase_gate;
pub mod phrase_metric;
pub mod phrase_paragraphs;
pub mod phrase_scan;
mod phrase_windows;
pub mod phrases;
pub mod term_use;
pub mod terms;
pub mod word_scan;

/// Whether `a` and `b` are exactly one edit apart: one character replaced, inserted or deleted,
/// or two neighbours swapped (optimal string alignment distance 1); ASCII words without
/// allocating (phrase drift asks this of many word pairs).
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    if a == b || a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit(&a, &b)
}

fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    match long.len() - short.len() {
        // One insertion: the rest of the longer word, past the extra character, matches.
        1 => short[prefix..] == long[prefix + 1..],
        0 => {
            let (s, l) = (&short[prefix..], &long[prefix..]);
            // One substitution, or a swap of two neighbours.
            s[1..] == l[1..] || (s.len() >= 2 && s[0] == l[1] && s[1] == l[0] && s[2..] == l[2..])
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit_apart;

    #[test]
    fn one_edit_means_exactly_one() {
        for (a, b) in [
            ("powerspec", "powerspek"),
            ("center", "centre"),
            ("call", "cal"),
            ("demo", "deom"),
            ("café", "cafe"),
            ("a", ""),
        ] {
            assert!(one_edit_apart(a, b), "{a} {b}");
            assert!(one_edit_apart(b, a), "{b} {a}");
        }
        for (a, b) in [
            ("same", "same"),
            ("abcd", "badc"),
            ("call", "ca"),
            ("center", "cantre"),
            ("", "ab"),
        ] {
            assert!(!one_edit_apart(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("kitten", "sitting"),
            ("flaw", "lawn"),
            ("ab", "ba"),
            ("abc", "acb"),
            ("spec", "spek"),
        ] {
            assert_eq!(
                one_edit_apart(a, b),
                strsim::osa_distance(a, b) == 1,
                "{a} {b}"
            );
        }
    }
}
