//! [`next_start_before`] sixteen bytes at a time with SSE2 (part of the x86-64 baseline: no
//! target feature or runtime test): a mask of the bytes that may start a claim, from range
//! compares, and the byte tests of [`super::scan`] asked only at its bits. This runs over every
//! byte of the prose of every document a claims guide checks.

use super::scan::{is_ascii_word, lead_may_start, pair_may_start, paired_word_may_start, past_run};
use crate::document::sixteen::{bits, equal, folded, in_range, load, masks_at, or, word_lanes};

/// The first place at or after `from` (a character boundary) and before `limit` where a claim
/// may start, or where the byte-class scan stops ([`super::scan::next_start_bytes`], which it
/// returns the same as on every text). Inlined into the region loop of
/// [`super::prose_scan::each_figure_in`]: a document's prose is scanned as in one call, without a
/// call's set-up and return for each region (~62 a document).
#[inline(always)]
pub(super) fn next_start_before(text: &str, from: usize, limit: usize) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let limit = limit.min(bytes.len());
    let word_before = from > 0 && bytes.get(from - 1).is_some_and(|&b| is_ascii_word(b));
    if from >= limit {
        return Err(if word_before {
            past_run(bytes, from)
        } else {
            from
        });
    }
    let mut base = from;
    // Bit 0: whether the byte before `base` is an ASCII word byte.
    let mut before = u32::from(word_before);
    // The whole blocks before `limit`: read in place, every lane in reach, no bounds test.
    let mut rest = &bytes[from..limit];
    while let Some((chunk, after)) = rest.split_first_chunk::<16>() {
        let masks = classes(chunk);
        if let Some(at) = first_start(text, base, masks, before, 0xFFFF) {
            return Ok(at);
        }
        before = (masks[0] >> 15) & 1;
        base += 16;
        rest = after;
    }
    // The last block, under sixteen bytes before `limit`: its lanes past `limit` out of reach.
    if base < limit {
        let masks = masks_at(bytes, base, classes);
        if let Some(at) = first_start(text, base, masks, before, (1 << (limit - base)) - 1) {
            return Ok(at);
        }
    }
    // Where the byte-class scan stops: past the run of word bytes `limit` falls in, if any.
    Err(if is_ascii_word(bytes[limit - 1]) {
        past_run(bytes, limit)
    } else {
        limit
    })
}

/// The first place in the block at `base` where a claim may start, by its [`classes`] masks
/// (`before`: whether the byte before `base` is an ASCII word byte; `in_reach`: the lanes to
/// ask).
#[inline(always)]
fn first_start(
    text: &str,
    base: usize,
    [word, anywhere, at_boundary]: [u32; 3],
    before: u32,
    in_reach: u32,
) -> Option<usize> {
    // A digit or letter starts a claim only where the byte before is no word byte.
    let boundary = !((word << 1) | before);
    let mut starts = (anywhere | (at_boundary & boundary)) & in_reach;
    while starts != 0 {
        let at = base + starts.trailing_zeros() as usize;
        starts &= starts - 1;
        if may_start_at(text, at) {
            return Some(at);
        }
    }
    None
}

/// Whether a claim may start at `at`, a byte [`classes`] marks: a sign or a digit at a word
/// boundary does; a number word's first letter if its next bytes say so; a non-ASCII lead byte
/// if its character says so.
#[inline(always)]
fn may_start_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // Only those bytes are marked: told apart by range, letters (most of them) first.
    match bytes[at] {
        first @ 0x40..=0x7F => {
            // Most words with a number word's first letter have no number word's first two
            // ("the", "and"): the pair test rules them out by one load, before the full test.
            pair_may_start(first, bytes.get(at + 1).copied().unwrap_or(0))
                && paired_word_may_start(&bytes[at..])
        }
        // `$`, `#` or a digit.
        0..=0x3F => true,
        _ => lead_may_start(text, at),
    }
}

/// Three masks of the sixteen bytes of `chunk`: the ASCII word bytes; the bytes that may start a
/// claim anywhere (`$`, `#`, a non-ASCII lead byte); those that may start one at a word boundary
/// (a digit, a number word's first letter in either case). A zero byte is in none.
#[inline(always)]
fn classes(chunk: &[u8; 16]) -> [u32; 3] {
    let x = load(chunk);
    let signs = in_range(x, b'#', b'$');
    let leads = in_range(x, 0xC0, 0xFF);
    let folded = folded(x);
    // The number words' first letters (`WORD_STARTS` in `scan`), folded: a, d-f, h, n, s-t.
    let letters = or(
        or(equal(folded, b'a'), in_range(folded, b'd', b'f')),
        or(
            or(equal(folded, b'h'), equal(folded, b'n')),
            in_range(folded, b's', b't'),
        ),
    );
    let at_boundary = or(in_range(x, b'0', b'9'), letters);
    [
        bits(word_lanes(x)),
        bits(or(signs, leads)),
        bits(at_boundary),
    ]
}
