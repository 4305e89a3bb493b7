//! "Did you mean …" for mistyped keys, pack names and rule ids.

/// The candidate closest to `input` by Jaro-Winkler similarity, if it is close enough to be a
/// plausible typo (the threshold is the one cargo and clap use for their suggestions).
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::jaro_winkler(&input, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_not_strangers() {
        let keys = ["extends", "brand", "benefit", "phrases", "terms", "banned"];
        assert_eq!(closest("extend", keys), Some("extends"));
        assert_eq!(closest("band", keys), Some("brand"));
        assert_eq!(closest("Termz", keys), Some("terms"));
        assert_eq!(closest("colour", keys), None);
    }
}
