//! Phrases as keys: up to four interned word ids packed into one `u128` (no collisions), and
//! the 64-bit digests they are counted under.

use super::MIN_WORDS;

/// The longest phrase, in words: four 32-bit ids fill a key.
pub(super) const MAX_WORDS: usize = 4;

/// Every 2- to 4-word run of `ids`, packed.
pub(super) fn push_keys(ids: &[u32], keys: &mut Vec<u128>) {
    for start in 0..ids.len() {
        for n in MIN_WORDS..=MAX_WORDS {
            if let Some(window) = ids.get(start..start + n) {
                keys.push(pack(window));
            }
        }
    }
}

/// Up to four word ids in one key, first word in the high bits; unused slots are 0.
/// A 64-bit digest of a packed phrase, so the count of every phrase seen costs 8 bytes of key
/// rather than 16. Both halves are mixed by a bijection (splitmix64's finaliser) before they
/// are combined: two of a million phrases share a digest with odds near 10^-8, and then they
/// only share a count.
pub(super) fn digest(key: u128) -> u64 {
    fn mix(mut z: u64) -> u64 {
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    mix(key as u64) ^ mix(((key >> 64) as u64) ^ 0x9e37_79b9_7f4a_7c15).rotate_left(32)
}

pub(super) fn pack(ids: &[u32]) -> u128 {
    ids.iter()
        .take(MAX_WORDS)
        .enumerate()
        .fold(0u128, |key, (i, &id)| {
            key | (u128::from(id) << (96 - 32 * i))
        })
}

pub(super) fn unpack(key: u128) -> impl Iterator<Item = u32> {
    // Truncation to the low 32 bits is the point: each slot is one id.
    (0..MAX_WORDS)
        .map(move |i| (key >> (96 - 32 * i)) as u32)
        .filter(|&id| id != 0)
}

/// A well-mixed 64-bit value of a file index (splitmix64's finaliser), for [`Candidate::file_set`].
pub(super) fn spread(file: u32) -> u64 {
    let mut z = u64::from(file).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_pack_and_unpack() {
        let key = pack(&[7, 1, 9]);
        assert_eq!(unpack(key).collect::<Vec<_>>(), [7, 1, 9]);
        assert_ne!(pack(&[7, 1]), pack(&[7, 1, 9]));
    }
}
