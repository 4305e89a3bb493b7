//! The claim scan over a document's prose alone: the same claims as scanning every byte
//! ([`scan::each_figure`]) for the ones starting in prose, without reading most of the rest.
//!
//! A claim starting outside prose may still end inside it and move the scan past a start there,
//! so the text between two prose regions cannot simply be skipped. But no claim holds any of
//! [`BREAKS`] (the claim pattern has none of them), so none starting before such a byte reaches
//! past it: the scan there goes on from just after the last one before the next region as it
//! would have from wherever it was. Only the bytes after that byte are read.

use super::parse::Figure;
use super::scan::{next_start_before, read_figure};
use std::ops::Range;

/// ASCII bytes that are in no claim and start none: after one, the scan starts afresh.
const BREAKS: &[u8] = b"!\"&'()*:;<=>?@[\\]^_`{|}~";

/// Whether each byte is one of [`BREAKS`].
const BREAK_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < BREAKS.len() {
        table[BREAKS[i] as usize] = true;
        i += 1;
    }
    table
};

/// [`scan::each_figure`] for a `wanted` that holds only at places inside `regions` (sorted,
/// disjoint ranges of `text`): every claim it hands to `each` is one `each_figure` hands over,
/// and the same ones, in order.
///
/// [`scan::each_figure`]: super::scan::each_figure
pub(super) fn each_figure_in(
    text: &str,
    regions: &[Range<usize>],
    wanted: impl Fn(usize) -> bool,
    mut each: impl FnMut(&Figure),
) {
    let bytes = text.as_bytes();
    let mut at = 0;
    for region in regions {
        if at >= region.end {
            continue;
        }
        if at < region.start {
            // Past the last break before the region, if there is one: no claim starting before
            // it reaches past it.
            if let Some(last) = bytes[at..region.start]
                .iter()
                .rposition(|&b| BREAK_BYTE[usize::from(b)])
            {
                at += last + 1;
            }
        }
        loop {
            match next_start_before(text, at, region.end) {
                Ok(start) => at = read_figure(text, start, &wanted, &mut each),
                Err(stopped) => {
                    at = stopped;
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::pattern::groups;
    use super::super::scan::each_figure;
    use super::*;
    use proptest::prelude::*;

    /// Every group of every claim handed over.
    type Found = Vec<Vec<Option<Range<usize>>>>;

    fn everywhere(text: &str, wanted: impl Fn(usize) -> bool) -> Found {
        let mut out = Vec::new();
        each_figure(text, wanted, |figure| out.push(groups(figure)));
        out
    }

    fn in_regions(text: &str, regions: &[Range<usize>]) -> Found {
        let inside = |at: usize| regions.iter().any(|r| r.contains(&at));
        let mut out = Vec::new();
        each_figure_in(text, regions, inside, |figure| out.push(groups(figure)));
        out
    }

    #[test]
    fn a_claim_from_outside_prose_still_moves_the_scan_on() {
        // "2,000" starts in code and runs into the prose: the "000" there starts no claim.
        let text = "see `x` 2,000 users";
        let code = text.find('2').expect("in the text");
        let prose = [0..code, code + 2..text.len()];
        let inside = |at: usize| prose.iter().any(|r| r.contains(&at));
        assert_eq!(in_regions(text, &prose), everywhere(text, inside));
        assert!(in_regions(text, &prose).is_empty());
        // After a break ("`") nothing before it matters: "5 days" is read from the prose.
        let text = "`12` 5 days";
        let found = in_regions(text, std::slice::from_ref(&(5..text.len())));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0][0], Some(5..11));
    }

    proptest! {
        /// Reading the prose regions finds exactly the claims starting in them that scanning
        /// every byte finds, whatever lies between the regions.
        #[test]
        fn reading_prose_only_finds_what_reading_everything_finds(
            pieces in prop::collection::vec(prop::sample::select(&[
                "0", "12", "2,000", "3.5", "24/7", "$", "€", "#", "%", "x", "×", "+", "k", "M",
                "million", "a", "a ", "per ", "/", "month", "days", "users", "ms", " ", "\n",
                "\t", "-", "–", ",", ".", "é", "٣", "_", "`", "(", ")", "*", "<b>", ":", "'",
                "{", "}", "|", "[", "]", "!", "twenty", "seven", "thousand", "\u{A0}",
            ][..]), 0..40),
            cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        ) {
            let text = pieces.concat();
            let bounds: Vec<usize> =
                text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut points: Vec<usize> = cuts.iter().map(|c| bounds[c.index(bounds.len())]).collect();
            points.sort_unstable();
            points.dedup();
            // Every other stretch between the cut points is prose.
            let regions: Vec<Range<usize>> = points
                .chunks(2)
                .filter_map(|pair| match pair {
                    [a, b] => Some(*a..*b),
                    _ => None,
                })
                .filter(|r| !r.is_empty())
                .collect();
            let inside = |at: usize| regions.iter().any(|r| r.contains(&at));
            prop_assert_eq!(in_regions(&text, &regions), everywhere(&text, inside));
            // What the skipping rests on: no claim holds a break byte.
            for groups in everywhere(&text, |_| true) {
                let whole = groups[0].clone().expect("every claim has its whole match");
                prop_assert!(!text.as_bytes()[whole].iter().any(|&b| BREAK_BYTE[usize::from(b)]));
            }
        }
    }
}
