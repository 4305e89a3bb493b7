//! What the one-letter brand typo search needs of a guide's brand names, built once per guide:
//! each long name's spellings and allowed forms, sorted by length so a window of text only
//! looks at names of about its length, and every correct spelling in a set.

use super::inflect::inflections;
use crate::document::normalized::normalize_term;
use std::collections::HashSet;

/// Names shorter than this (without spaces) are never searched for typos: one letter off a
/// short name is usually another word.
pub const MIN_TYPO_LEN: usize = 6;

/// A brand's spellings for the one-edit check: its normalised form with and without spaces.
#[derive(Debug, Clone)]
pub struct TypoTarget {
    /// Index into the guide's brand names.
    pub index: usize,
    pub spaced: String,
    pub joined: String,
    pub words: usize,
    /// Characters in `spaced`.
    pub len: usize,
    /// Forms at one edit that are fine: plural and inflections of the name.
    pub allowed: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct BrandTypos {
    /// By `len`, then guide order.
    targets: Vec<TypoTarget>,
    /// Every brand's normalised spelling, spaced and joined: a window equal to one is no typo.
    pub every_spelling: HashSet<String>,
    /// The most words of a searched name.
    pub max_words: usize,
    /// No window longer than this (in characters) can be one edit from a name.
    pub max_len: usize,
}

impl BrandTypos {
    pub fn new(brands: &[String]) -> Self {
        let mut targets: Vec<TypoTarget> = brands
            .iter()
            .enumerate()
            .filter_map(|(index, name)| {
                let spaced = normalize_term(name);
                let joined: String = spaced.split(' ').collect();
                (joined.chars().count() >= MIN_TYPO_LEN).then(|| {
                    let mut allowed: Vec<String> =
                        inflections(&joined).into_iter().map(|(f, _)| f).collect();
                    allowed.extend(inflections(&spaced).into_iter().map(|(f, _)| f));
                    allowed.push(format!("{spaced}s"));
                    TypoTarget {
                        index,
                        words: spaced.split(' ').count(),
                        len: spaced.chars().count(),
                        spaced,
                        joined,
                        allowed,
                    }
                })
            })
            .collect();
        targets.sort_by_key(|t| (t.len, t.index));
        let every_spelling = brands
            .iter()
            .flat_map(|name| {
                let spaced = normalize_term(name);
                [spaced.split(' ').collect::<String>(), spaced]
            })
            .collect();
        BrandTypos {
            max_words: targets.iter().map(|t| t.words).max().unwrap_or(1),
            max_len: targets
                .iter()
                .map(|t| t.len + 1 + t.words)
                .max()
                .unwrap_or(0),
            targets,
            every_spelling,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// The names a window of `words` words and `len` characters may be one edit from (its
    /// separators may differ by up to one per word), in guide order.
    pub fn candidates(&self, words: usize, len: usize) -> Vec<&TypoTarget> {
        let low = len.saturating_sub(1 + self.max_words);
        let from = self.targets.partition_point(|t| t.len < low);
        let mut out: Vec<&TypoTarget> = self.targets[from..]
            .iter()
            .take_while(|t| t.len <= len + 1 + self.max_words)
            .filter(|t| t.words >= words && len.abs_diff(t.len) <= 1 + t.words)
            .collect();
        out.sort_by_key(|t| t.index);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_the_long_names_of_about_the_windows_length() {
        let brands: Vec<String> = ["Nimbus", "Nimbus Cloud", "Acme", "PowerShell"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let typos = BrandTypos::new(&brands);
        let names = |words, len| -> Vec<&str> {
            typos
                .candidates(words, len)
                .iter()
                .map(|t| t.spaced.as_str())
                .collect()
        };
        // "Acme" is too short to search; "nimbsu" (6) may be Nimbus; "powershel" (9) may be
        // PowerShell, or "nimbuscloud" joined (11) with a letter off: in guide order.
        assert_eq!(names(1, 6), ["nimbus"]);
        assert_eq!(names(1, 9), ["nimbus cloud", "powershell"]);
        assert_eq!(names(2, 12), ["nimbus cloud"]);
        assert!(names(1, 30).is_empty());
        assert!(typos.every_spelling.contains("nimbuscloud"));
        assert_eq!(typos.max_words, 2);
    }
}
