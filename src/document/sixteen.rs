//! Sixteen bytes of a text at a time for the SSE2 scans (x86-64 only; SSE2 is part of its
//! baseline): the masks a scan works out of a block, with the lanes past the text's end cleared.

/// `classes` of the sixteen bytes of `bytes` from `base` (`base < bytes.len()`), bit `i` of each
/// mask for byte `base + i`, bytes past the end set in no mask: a block with sixteen bytes left
/// is read in place; the last block of a text of sixteen bytes or more reads its last sixteen
/// bytes and shifts the lanes before `base` out; a shorter text is copied into a zeroed buffer
/// (so `classes` must set no bit for a zero byte).
#[inline(always)]
pub(crate) fn masks_at<const N: usize>(
    bytes: &[u8],
    base: usize,
    classes: impl Fn(&[u8; 16]) -> [u32; N],
) -> [u32; N] {
    if let Some(chunk) = bytes.get(base..base + 16) {
        return classes(chunk.try_into().expect("sixteen bytes"));
    }
    let rest = bytes.len() - base;
    if let Some(last) = bytes.len().checked_sub(16) {
        // The last sixteen bytes, read without a copy: the lanes before `base` shifted out.
        let masks = classes(bytes[last..].try_into().expect("sixteen bytes"));
        return masks.map(|mask| mask >> (16 - rest));
    }
    classes(&padded(&bytes[base..]))
}

/// `rest` (under sixteen bytes) and zeros after it; copied in two overlapping pieces of fixed
/// length, not by a call.
#[inline(always)]
fn padded(rest: &[u8]) -> [u8; 16] {
    let mut out = [0u8; 16];
    let n = rest.len();
    if n >= 8 {
        out[..8].copy_from_slice(&rest[..8]);
        out[n - 8..n].copy_from_slice(&rest[n - 8..]);
    } else if n >= 4 {
        out[..4].copy_from_slice(&rest[..4]);
        out[n - 4..n].copy_from_slice(&rest[n - 4..]);
    } else if n > 0 {
        out[0] = rest[0];
        out[n / 2] = rest[n / 2];
        out[n - 1] = rest[n - 1];
    }
    out
}

use std::arch::x86_64::{
    __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
    _mm_or_si128, _mm_set1_epi8,
};

/// The sixteen bytes of `chunk` as one vector.
#[inline(always)]
pub(crate) fn load(chunk: &[u8; 16]) -> __m128i {
    // SAFETY: the load reads exactly the sixteen bytes `chunk` borrows, at any alignment, and
    // SSE2 is part of the x86-64 baseline, so its target feature is always there.
    unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
}

/// The lanes of `x` holding a byte in `low..=high` (at most 128 values): a signed compare after
/// adding moves `low` to -128, and every byte outside the range (wrapping) past its last value.
#[inline(always)]
pub(crate) fn in_range(x: __m128i, low: u8, high: u8) -> __m128i {
    let shift = 0x80u8.wrapping_sub(low) as i8;
    let last = (high - low) as i8 - 127;
    // SAFETY: SSE2 is part of the x86-64 baseline, so its target feature is always there; no
    // memory is read.
    unsafe { _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(shift)), _mm_set1_epi8(last)) }
}

/// The lanes of `x` equal to `byte`.
#[inline(always)]
pub(crate) fn equal(x: __m128i, byte: u8) -> __m128i {
    // SAFETY: SSE2 is part of the x86-64 baseline, so its target feature is always there; no
    // memory is read.
    unsafe { _mm_cmpeq_epi8(x, _mm_set1_epi8(byte as i8)) }
}

/// The lanes of `x` holding an ASCII word byte: a digit, a letter (folded by `| 0x20`, which
/// maps only `A`-`Z` onto `a`-`z`) or `_`.
#[inline(always)]
pub(crate) fn word_lanes(x: __m128i) -> __m128i {
    let letter = in_range(folded(x), b'a', b'z');
    or(or(in_range(x, b'0', b'9'), letter), equal(x, b'_'))
}

/// `x` with every byte `| 0x20`: an ASCII letter in lowercase (only `A`-`Z` map onto `a`-`z`).
#[inline(always)]
pub(crate) fn folded(x: __m128i) -> __m128i {
    // SAFETY: SSE2 is part of the x86-64 baseline, so its target feature is always there; no
    // memory is read.
    unsafe { _mm_or_si128(x, _mm_set1_epi8(0x20)) }
}

/// The lanes set in `a` or in `b`.
#[inline(always)]
pub(crate) fn or(a: __m128i, b: __m128i) -> __m128i {
    // SAFETY: SSE2 is part of the x86-64 baseline, so its target feature is always there; no
    // memory is read.
    unsafe { _mm_or_si128(a, b) }
}

/// Bit `i` for each lane `i` of a compare's result that is set.
#[inline(always)]
pub(crate) fn bits(lanes: __m128i) -> u32 {
    // Sixteen lanes: sixteen bits of a non-negative `i32`.
    // SAFETY: as in `in_range`: SSE2 is always there, and no memory is read.
    unsafe { _mm_movemask_epi8(lanes) as u32 }
}
