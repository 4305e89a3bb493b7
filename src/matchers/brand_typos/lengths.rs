//! The window lengths each head and tail key of the names lets through: an open word's side is
//! worked out once as a set of lengths, and a window starting (ending) there is then decided
//! by its length alone.

/// A set of window lengths (joined, in bytes) as bits: bit `n` for length `n`, bit 63 for 63
/// and more (so a longer window is never ruled out by it).
pub(super) type Lengths = u64;

/// The bit of `len` in [`Lengths`].
#[inline]
pub(super) fn length_bit(len: usize) -> Lengths {
    1 << len.min(63)
}
