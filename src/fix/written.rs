//! The stretches of a text that fixes wrote, carried through each pass's edits. A later pass may
//! fix only a finding that lies inside one of them: text nobody was shown is never rewritten.

use crate::finding::Edit;
use std::ops::Range;

/// Sorted, disjoint, non-empty ranges of the current text that fixes wrote; touching ranges are
/// merged (two adjacent replacements are one written stretch).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    ranges: Vec<Range<usize>>,
}

impl Written {
    /// Whether `start..end` lies inside one written stretch.
    pub fn covers(&self, start: usize, end: usize) -> bool {
        let i = self.ranges.partition_point(|r| r.end < end);
        self.ranges
            .get(i)
            .is_some_and(|r| r.start <= start && end <= r.end)
    }

    /// The written stretches after `edits` (sorted by start, non-overlapping) are applied: the
    /// old ones moved or cut by the edits, plus each replacement. Linear in both.
    pub fn after(&self, edits: &[&Edit]) -> Written {
        // shift[i]: how far text after edits[..i] moves.
        let mut shift = Vec::with_capacity(edits.len() + 1);
        let mut delta = 0isize;
        shift.push(delta);
        let mut ranges = Vec::with_capacity(self.ranges.len() + edits.len());
        for edit in edits {
            let start = edit.start.saturating_add_signed(delta);
            ranges.push(start..start + edit.replacement.len());
            delta += edit.replacement.len() as isize - (edit.end - edit.start) as isize;
            shift.push(delta);
        }
        let moved = |at: usize, i: usize| at.saturating_add_signed(shift[i]);
        let mut i = 0;
        for range in &self.ranges {
            // The first edit that ends past the range's start.
            while i < edits.len() && edits[i].end <= range.start && edits[i].start < range.start {
                i += 1;
            }
            let mut from = range.start;
            let mut k = i;
            while from < range.end {
                match edits.get(k) {
                    Some(edit) if edit.start < range.end => {
                        if from < edit.start {
                            ranges.push(moved(from, k)..moved(edit.start, k));
                        }
                        from = from.max(edit.end);
                        k += 1;
                    }
                    _ => {
                        ranges.push(moved(from, k)..moved(range.end, k));
                        break;
                    }
                }
            }
        }
        ranges.retain(|r| !r.is_empty());
        ranges.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        Written { ranges: merged }
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // the expected lists of ranges
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, replacement: &str) -> Edit {
        Edit {
            start,
            end,
            replacement: replacement.into(),
        }
    }

    fn after(written: &Written, edits: &[Edit]) -> Written {
        written.after(&edits.iter().collect::<Vec<_>>())
    }

    #[test]
    fn replacements_are_written_and_move_with_earlier_edits() {
        // "a client and a client" -> "a customer and a customer"
        let first = after(
            &Written::default(),
            &[edit(2, 8, "customer"), edit(15, 21, "customer")],
        );
        assert_eq!(first.ranges, [2..10, 17..25]);
        assert!(first.covers(2, 10) && first.covers(19, 20));
        assert!(!first.covers(0, 3) && !first.covers(9, 11) && !first.covers(0, 0));
        // Pass 2 shortens the first stretch and inserts before the second: both move.
        let second = after(&first, &[edit(0, 1, "an"), edit(4, 6, "")]);
        assert_eq!(second.ranges, [0..2, 3..9, 16..24]);
    }

    #[test]
    fn an_edit_inside_a_written_stretch_keeps_it_whole_and_touching_ones_merge() {
        let first = after(&Written::default(), &[edit(4, 8, "big data")]);
        assert_eq!(first.ranges, [4..12]);
        let second = after(&first, &[edit(8, 12, "big data")]);
        assert_eq!(second.ranges, [4..16]);
        let touching = after(&Written::default(), &[edit(0, 1, "ab"), edit(1, 2, "cd")]);
        assert_eq!(touching.ranges, [0..4]);
    }

    #[test]
    fn a_deletion_writes_nothing_and_cuts_a_stretch() {
        let first = after(&Written::default(), &[edit(2, 4, "wxyz")]);
        let second = after(&first, &[edit(3, 5, ""), edit(8, 9, "")]);
        assert_eq!(second.ranges, [2..4]);
        assert_eq!(
            after(&Written::default(), &[edit(3, 5, "")]).ranges,
            Vec::<Range<usize>>::new()
        );
    }
}
