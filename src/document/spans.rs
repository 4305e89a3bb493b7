//! Where a term match may lie in a Markdown document: its prose regions, widened over the white
//! space and `>` quote markers around them and joined across them — exactly the text a match
//! that [`super::Document::is_prose`] accepts can cover. The matching view is built over these
//! spans alone, so code blocks, front matter and markup are neither normalised nor searched.

use std::ops::Range;

/// Characters a prose match may cross between prose regions (a soft break, a quoted line).
fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '>'
}

/// The spans of `text` whose `prose` regions (sorted, disjoint, on character boundaries) are
/// given: sorted and disjoint, each starting and ending on a character boundary, with neither
/// white space nor `>` right before or right after it.
pub fn match_spans(text: &str, prose: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(prose.len());
    for region in prose {
        if region.is_empty() {
            continue;
        }
        // The last span may reach into this region already (over white space it starts with).
        let floor = spans.last().map_or(0, |s| s.end).min(region.start);
        let before: usize = text[floor..region.start]
            .chars()
            .rev()
            .take_while(|&c| is_gap(c))
            .map(char::len_utf8)
            .sum();
        let after: usize = text[region.end..]
            .chars()
            .take_while(|&c| is_gap(c))
            .map(char::len_utf8)
            .sum();
        let span = region.start - before..region.end + after;
        match spans.last_mut() {
            // Only gap characters lie between them.
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => spans.push(span),
        }
    }
    spans
}

/// Whether every character of `range` lies in one of the `prose` regions (sorted, disjoint),
/// except white space and `>` quote markers between them (a soft break, a quoted line).
pub fn in_prose(text: &str, prose: &[Range<usize>], range: Range<usize>) -> bool {
    let mut i = prose.partition_point(|r| r.end <= range.start);
    let mut at = range.start;
    while at < range.end {
        match prose.get(i) {
            Some(r) if r.start <= at => {
                at = r.end;
                i += 1;
            }
            next => {
                let gap_end = next.map_or(range.end, |r| r.start.min(range.end));
                if !text[at..gap_end].chars().all(is_gap) {
                    return false;
                }
                at = gap_end;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::normalized::Normalized;

    #[test]
    fn regions_join_across_white_space_and_quote_markers_only() {
        let text = "> best in\n> class and `code` here\n";
        let prose = [2..9, 12..22, 28..33];
        let spans = match_spans(text, &prose);
        let found: Vec<&str> = spans.iter().map(|s| &text[s.clone()]).collect();
        assert_eq!(found, ["> best in\n> class and ", " here\n"]);
    }

    /// The text's character boundaries, and prose regions between pairs of them picked by
    /// `cuts` (indexes into the boundaries, wrapped).
    fn prose_at_cuts(text: &str, cuts: Vec<usize>) -> (Vec<usize>, Vec<Range<usize>>) {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| bounds[c % bounds.len()]).collect();
        cuts.sort_unstable();
        cuts.dedup();
        let prose = cuts.chunks_exact(2).map(|p| p[0]..p[1]).collect();
        (bounds, prose)
    }

    proptest::proptest! {
        /// Every range the prose test accepts lies in one span, and spans end where no gap
        /// character continues them.
        #[test]
        fn prose_matches_lie_in_one_span(
            text in "[ab >\u{a0}`\n]{0,24}",
            cuts in proptest::collection::vec(0usize..25, 0..8),
        ) {
            let (bounds, prose) = prose_at_cuts(&text, cuts);
            let spans = match_spans(&text, &prose);
            let is_prose = |range: Range<usize>| in_prose(&text, &prose, range);
            for (k, &start) in bounds.iter().enumerate() {
                for &end in &bounds[k + 1..] {
                    let has_word = text[start..end].contains(|c: char| !is_gap(c));
                    if has_word && is_prose(start..end) {
                        proptest::prop_assert!(
                            spans.iter().any(|s| s.start <= start && end <= s.end),
                            "{:?} {:?} {:?}", start..end, prose, spans
                        );
                    }
                }
            }
            for s in &spans {
                proptest::prop_assert!(!text[..s.start].ends_with(is_gap));
                proptest::prop_assert!(!text[s.end..].starts_with(is_gap));
            }
        }

        /// The view over the spans reads each span as the view of the whole text reads it.
        #[test]
        fn the_view_of_spans_agrees_with_the_whole_view(
            text in "[aB \t>\\-\n\u{a0}\u{ad}é`]{0,30}",
            cuts in proptest::collection::vec(0usize..31, 0..8),
        ) {
            let (_, prose) = prose_at_cuts(&text, cuts);
            let spans = match_spans(&text, &prose);
            let in_span = |at: usize| spans.iter().any(|s| s.contains(&at));
            let full = Normalized::new(&text);
            let whole: Vec<(u8, usize)> = full.text.bytes().enumerate()
                .map(|(i, b)| (b, full.source_offset(i)))
                .filter(|&(_, at)| in_span(at))
                .collect();
            let part = Normalized::of_spans(&text, &spans);
            let mut seen = std::collections::HashSet::new();
            let starts: Vec<usize> = spans.iter().skip(1).map(|s| s.start).collect();
            // Each separator is the first byte mapped to the start of the span after it, and
            // only follows text: spans that read as nothing (an invisible character) before it
            // leave none.
            let of_spans: Vec<(u8, usize)> = part.text.bytes().enumerate()
                .map(|(i, b)| (i, b, part.source_offset(i)))
                .filter(|&(i, b, at)| {
                    !(b == b'\n' && i > 0 && starts.contains(&at) && seen.insert(at))
                })
                .map(|(_, b, at)| (b, at))
                .collect();
            proptest::prop_assert_eq!(of_spans, whole);
        }
    }
}
