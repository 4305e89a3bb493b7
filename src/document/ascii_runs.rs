//! Where a run of ASCII that the normalised view copies byte for byte ends (see
//! [`super::normalized`]): read sixteen bytes at a time with SSE2 on x86-64, a byte at a time
//! elsewhere and for the last bytes of a text.

use super::normalized::collapses;

/// The first offset in `from..limit` whose byte ends a run of ASCII that maps byte for byte —
/// a byte past ASCII, a hyphen, or white space that [`collapses`] — else `limit` (`limit` at
/// most the text's length).
pub(super) fn ascii_run_end(bytes: &[u8], from: usize, limit: usize) -> usize {
    let mut at = from;
    // Sixteen bytes at a time, each block with the sixteen bytes after each of its own (the
    // white space test reads the next byte): runs are most of any text, and a byte at a time
    // this was most of the view's cost.
    #[cfg(target_arch = "x86_64")]
    while at < limit {
        let (Some(block), Some(next)) = (bytes.get(at..at + 16), bytes.get(at + 1..at + 17)) else {
            break;
        };
        let stops = run_stops(block.try_into().expect("16"), next.try_into().expect("16"));
        if stops != 0 {
            return (at + stops.trailing_zeros() as usize).min(limit);
        }
        at += 16;
    }
    while at < limit {
        let c = bytes[at];
        if !c.is_ascii() || c == b'-' || (c.is_ascii_whitespace() && collapses(bytes, at)) {
            return at;
        }
        at += 1;
    }
    limit
}

/// Bit `i` for each byte `i` of `block` that ends a run ([`ascii_run_end`]), `next` being the
/// sixteen bytes after each.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn run_stops(block: &[u8; 16], next: &[u8; 16]) -> u32 {
    use super::sixteen::{bits, equal, in_range, load, or};
    let (x, y) = (load(block), load(next));
    // `u8::is_ascii_whitespace`: tab, line feed, form feed, carriage return and space.
    let white = or(
        or(in_range(x, b'\t', b'\n'), in_range(x, 0x0C, b'\r')),
        equal(x, b' '),
    );
    // What `collapses` reads after it: those and the vertical tab.
    let white_next = or(in_range(y, b'\t', b'\r'), equal(y, b' '));
    let quoted_line = bits(equal(x, b'\n')) & bits(equal(y, b'>'));
    bits(x) | bits(equal(x, b'-')) | (bits(white) & (bits(white_next) | quoted_line))
}

#[cfg(test)]
mod tests {
    use super::collapses;

    /// [`super::ascii_run_end`] a byte at a time: the reading the blocks are held to.
    fn run_end_bytewise(bytes: &[u8], from: usize, limit: usize) -> usize {
        (from..limit)
            .find(|&i| {
                let c = bytes[i];
                !c.is_ascii() || c == b'-' || (c.is_ascii_whitespace() && collapses(bytes, i))
            })
            .unwrap_or(limit)
    }

    proptest::proptest! {
        /// The run's end read sixteen bytes at a time is the one read byte by byte, for any
        /// bytes the test or its neighbour reads (every white space byte, `>`, `-`, bytes past
        /// ASCII), from any place, with any limit.
        #[test]
        fn runs_end_where_a_byte_at_a_time_ends_them(
            bytes in proptest::collection::vec(proptest::sample::select(
                &[b'a', b'Z', b'0', b' ', b'\t', b'\n', 0x0B, 0x0C, b'\r', b'>', b'-', 0x80, 0xC3, 0xFF, 0x08, 0x0E, 0x1F][..]
            ), 0..120),
            from in 0usize..40,
            cut in 0usize..20,
        ) {
            let limit = bytes.len().saturating_sub(cut);
            let from = from.min(limit);
            proptest::prop_assert_eq!(
                super::ascii_run_end(&bytes, from, limit),
                run_end_bytewise(&bytes, from, limit)
            );
        }
    }
}
