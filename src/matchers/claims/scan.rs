//! Where a claim can start, found with a byte scan, so the claim reader runs at those few places
//! instead of at every byte of a document.
//!
//! Every claim begins with `$`, `€`, `£`, `#`, a digit, a number word or "a" before a
//! multiplier; digits and words only after a word boundary. The scan keeps a superset of those
//! places (anything non-ASCII it cannot rule out cheaply stays in), and reading at each, left to
//! right from the end of the last claim, finds exactly the matches an unanchored left-to-right
//! search of the claim pattern finds.

use super::parse::{figure_at, Figure};

/// The first letters of the number words the grammar knows, and of "a" before a multiplier.
const WORD_STARTS: &[u8] = b"aAtTfFsSeEnNhHdD";

/// Every claim in `text` that starts where `wanted` says, left to right and not overlapping,
/// as an unanchored search of the claim pattern finds them, handed to `each` in turn. A claim
/// starting elsewhere is still read, since the next one starts after it.
pub(super) fn each_figure(
    text: &str,
    wanted: impl Fn(usize) -> bool,
    mut each: impl FnMut(&Figure),
) {
    let mut at = 0;
    while let Some(start) = next_start(text, at) {
        at = read_figure(text, start, &wanted, &mut each);
    }
}

/// Reads the claim at `start` (a place [`next_start`] found), handing it to `each` if `wanted`
/// says so, and returns where the scan goes on: past its end, or past `start` if none starts
/// there.
pub(super) fn read_figure(
    text: &str,
    start: usize,
    wanted: &impl Fn(usize) -> bool,
    each: &mut impl FnMut(&Figure),
) -> usize {
    let end = figure_at(text, start).map(|figure| {
        if wanted(start) {
            each(&figure);
        }
        figure.whole.end
    });
    // A claim is never empty, so this always moves on.
    let mut at = end.map_or(start + 1, |end| end.max(start + 1));
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// What a byte may start: nothing, a sign (`$`, `#`), a digit, a number word or "a", or a
/// non-ASCII character; [`WORD`] is any other ASCII letter or `_`, inside a word.
const NONE: u8 = 0;
const SIGN: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 3;
const LEAD: u8 = 4;
const WORD: u8 = 5;

/// [`NONE`] … [`WORD`] by byte: one load per byte of text.
static CLASSES: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut table = [NONE; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() || b as u8 == b'_' {
            table[b] = WORD;
        }
        b += 1;
    }
    table[b'$' as usize] = SIGN;
    table[b'#' as usize] = SIGN;
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = DIGIT;
        b += 1;
    }
    let mut i = 0;
    while i < WORD_STARTS.len() {
        table[WORD_STARTS[i] as usize] = LETTER;
        i += 1;
    }
    let mut b = 0xC0;
    while b < 256 {
        table[b] = LEAD;
        b += 1;
    }
    table
}

/// The first place at or after `from` (a character boundary) where a match may start. After an
/// ASCII letter, digit or underscore there is no word boundary before a digit or a letter, so
/// the rest of a run of those bytes is passed over in a tight loop: most bytes of a text are
/// inside words, and this runs over every byte of every document a claims guide checks.
fn next_start(text: &str, from: usize) -> Option<usize> {
    next_start_before(text, from, text.len()).ok()
}

/// [`next_start`], looking only before `limit`: `Ok` with the first place before it where a
/// match may start, or `Err` with where the scan stopped (at or past `limit`), from which
/// [`next_start`] goes on exactly as it would have from `from`: the scan's only state is its
/// place, and the word-run test it makes on entry passes over nothing there. Sixteen bytes at a
/// time on x86-64 ([`super::scan_blocks`]), a byte class at a time elsewhere.
#[cfg(target_arch = "x86_64")]
pub(super) use super::scan_blocks::next_start_before;
#[cfg(not(target_arch = "x86_64"))]
pub(super) use next_start_bytes as next_start_before;

/// [`next_start_before`] a byte class at a time: the reading on targets other than x86-64, and
/// the reference the SSE2 reading is held to.
#[cfg_attr(all(target_arch = "x86_64", not(test)), allow(dead_code))]
pub(super) fn next_start_bytes(text: &str, from: usize, limit: usize) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let limit = limit.min(bytes.len());
    let mut i = from;
    if i > 0 && bytes.get(i - 1).is_some_and(|&b| is_ascii_word(b)) {
        i = past_run(bytes, i);
    }
    while i < limit {
        // A word byte here is the first of its run: a word boundary.
        match CLASSES[usize::from(bytes[i])] {
            NONE => i += 1,
            SIGN | DIGIT => return Ok(i),
            // Most words with a number word's first letter have no number word's first two
            // ("the", "and"): the pair test rules them out by one load, before the full test.
            LETTER
                if pair_may_start(bytes[i], bytes.get(i + 1).copied().unwrap_or(0))
                    && paired_word_may_start(&bytes[i..]) =>
            {
                return Ok(i)
            }
            LETTER | WORD => i = past_run(bytes, i + 1),
            _ if lead_may_start(text, i) => return Ok(i),
            _ => i += 1,
        }
    }
    Err(i)
}

/// Whether the non-ASCII character at `i` may start a claim: "€", "£", "ſ" (a case form of
/// "s") and digits of other scripts may.
pub(super) fn lead_may_start(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '€' | '£' | 'ſ') || c.is_numeric())
}

/// The end of the run of ASCII word bytes at `i`.
pub(super) fn past_run(bytes: &[u8], i: usize) -> usize {
    let rest = bytes.get(i..).unwrap_or_default();
    rest.iter()
        .position(|&b| !is_ascii_word(b))
        .map_or(bytes.len(), |len| i + len)
}

/// [`next_start`] by its plain definition: every byte asked in turn.
#[cfg(test)]
fn next_start_plain(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let class = CLASSES[bytes[i] as usize];
        if class != NONE && class != WORD {
            // After an ASCII letter, digit or underscore there is no word boundary before a
            // digit or a letter.
            let boundary = || i == 0 || !is_ascii_word(bytes[i - 1]);
            let start = match class {
                SIGN => true,
                DIGIT => boundary(),
                LETTER => boundary() && word_may_start(&bytes[i..]),
                _ => lead_may_start(text, i),
            };
            if start {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

pub(super) fn is_ascii_word(b: u8) -> bool {
    // One load per byte: every byte of a checked text is asked.
    static WORD_BYTES: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            table[b] = c.is_ascii_alphanumeric() || c == b'_';
            b += 1;
        }
        table
    };
    WORD_BYTES[usize::from(b)]
}

/// Whether a number word, or "a" and a space before a multiplier, may start `rest`, read by
/// their first letters. A non-ASCII byte where a letter is expected may be a case form
/// ("ſ", the Kelvin sign): kept.
#[cfg(test)]
pub(super) fn word_may_start(rest: &[u8]) -> bool {
    pair_may_start(rest[0], rest.get(1).copied().unwrap_or(0)) && paired_word_may_start(rest)
}

/// [`word_may_start`] of a `rest` whose first two bytes pass [`pair_may_start`] (the scans ask
/// that first: most words are ruled out there).
#[inline]
pub(super) fn paired_word_may_start(rest: &[u8]) -> bool {
    if rest[0].eq_ignore_ascii_case(&b'a') {
        return match rest.get(1) {
            // `\s` is Unicode: ASCII whitespace and the vertical tab, or a non-ASCII space.
            Some(&space) if space.is_ascii_whitespace() || space == 0x0B => {
                head_may_be(&rest[2..], |head| matches!(head, b"tho" | b"mil" | b"bil"))
            }
            Some(&other) => other >= 0x80,
            None => false,
        };
    }
    // The grammar wants no boundary after a number word, so "two", "six" and "ten" start
    // longer words too ("sixth", "tend"); the others are told by four letters, which rules
    // out "for", "this", "those", "several", "element" and "found". Read as one `u32`: most
    // words asked start "th" ("the", "that", "this").
    let Some(&head) = rest.first_chunk::<4>() else {
        return head_may_be(rest, |head| matches!(head, b"two" | b"six" | b"ten"));
    };
    let four = u32::from_le_bytes(head);
    if four & 0x8080_8080 != 0 {
        return true;
    }
    // `| 0x20` maps only `A`-`Z` onto `a`-`z`, so the letters compare folded.
    let folded = four | 0x2020_2020;
    // Most words asked start "the" or "tha", as no number word does: out before the tables;
    // of those starting "thi" ("this", "think") only "thir" ("thirty", "third") is one.
    let three = folded & 0x00FF_FFFF;
    if three == packed(b"the\0") || three == packed(b"tha\0") {
        return false;
    }
    if three == packed(b"thi\0") {
        return folded == packed(b"thir");
    }
    is_number_three(three) || is_number_four(folded)
}

/// Whether `three` (three bytes, the fourth zero) is one of [`NUMBER_THREES`]: a `match` on
/// constants, which compiles to a few compares instead of a walk of the list.
#[inline]
fn is_number_three(three: u32) -> bool {
    const TWO: u32 = NUMBER_THREES[0];
    const SIX: u32 = NUMBER_THREES[1];
    const TEN: u32 = NUMBER_THREES[2];
    matches!(three, TWO | SIX | TEN)
}

/// Whether `four` (four bytes) is one of [`NUMBER_FOURS`], as [`is_number_three`] reads it:
/// every word passing the pair test but "the", "tha" and "thi" ("for", "file", "set", "see")
/// asks, and the list's walk was most of the test.
#[inline]
fn is_number_four(four: u32) -> bool {
    const F: [u32; 15] = NUMBER_FOURS;
    const TWEN: u32 = F[0];
    const TWEL: u32 = F[1];
    const THIR: u32 = F[2];
    const FORT: u32 = F[3];
    const FIFT: u32 = F[4];
    const SEVE: u32 = F[5];
    const EIGH: u32 = F[6];
    const NINE: u32 = F[7];
    const THRE: u32 = F[8];
    const FOUR: u32 = F[9];
    const FIVE: u32 = F[10];
    const ELEV: u32 = F[11];
    const HUND: u32 = F[12];
    const THOU: u32 = F[13];
    const DOZE: u32 = F[14];
    matches!(
        four,
        TWEN | TWEL
            | THIR
            | FORT
            | FIFT
            | SEVE
            | EIGH
            | NINE
            | THRE
            | FOUR
            | FIVE
            | ELEV
            | HUND
            | THOU
            | DOZE
    )
}

/// The number words told by three letters, as [`u32`]s of their bytes (the fourth byte zero).
const NUMBER_THREES: [u32; 3] = [packed(b"two\0"), packed(b"six\0"), packed(b"ten\0")];

/// The first four letters of the other number words, as [`u32`]s of their bytes.
const NUMBER_FOURS: [u32; 15] = [
    packed(b"twen"),
    packed(b"twel"),
    packed(b"thir"),
    packed(b"fort"),
    packed(b"fift"),
    packed(b"seve"),
    packed(b"eigh"),
    packed(b"nine"),
    packed(b"thre"),
    packed(b"four"),
    packed(b"five"),
    packed(b"elev"),
    packed(b"hund"),
    packed(b"thou"),
    packed(b"doze"),
];

const fn packed(four: &[u8; 4]) -> u32 {
    u32::from_le_bytes(*four)
}

/// Whether a number word, or "a" and a space, may start with the bytes `first`, `second`
/// (`second` 0 at the end of the text): folded, the first two letters of a number word (its
/// case forms "ſ" and "K" are not ASCII, and no number word has one first or second), a
/// non-ASCII `second`, or "a" and a space. Most words starting with a number word's first
/// letter ("the", "that", "and", "for") are ruled out here by one load.
#[inline]
pub(super) fn pair_may_start(first: u8, second: u8) -> bool {
    let at = usize::from(first) << 8 | usize::from(second);
    START_PAIRS[at / 64] & 1 << (at % 64) != 0
}

/// The first two letters of each number word the grammar knows.
const NUMBER_PAIRS: &[&[u8; 2]] = &[
    b"tw", b"th", b"fo", b"fi", b"si", b"se", b"ei", b"ni", b"te", b"el", b"hu", b"do",
];

/// [`pair_may_start`] by two bytes, as a 65,536-bit set.
static START_PAIRS: [u64; 1024] = start_pairs();

const fn start_pairs() -> [u64; 1024] {
    let mut set = [0u64; 1024];
    let mut i = 0;
    while i < WORD_STARTS.len() {
        let first = WORD_STARTS[i];
        let lower = first.to_ascii_lowercase();
        let mut second = 0;
        while second < 256 {
            let b = second as u8;
            let keep = if lower == b'a' {
                b.is_ascii_whitespace() || b == 0x0B || b >= 0x80
            } else {
                b >= 0x80 || is_number_pair(lower, b.to_ascii_lowercase())
            };
            if keep {
                let at = (first as usize) << 8 | second;
                set[at / 64] |= 1 << (at % 64);
            }
            second += 1;
        }
        i += 1;
    }
    set
}

const fn is_number_pair(a: u8, b: u8) -> bool {
    let mut i = 0;
    while i < NUMBER_PAIRS.len() {
        if NUMBER_PAIRS[i][0] == a && NUMBER_PAIRS[i][1] == b {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether the first three bytes of `rest`, lowercase, pass `known`; true when one is
/// non-ASCII (a case form may follow), false when there are fewer (every word has three
/// letters, each at least a byte).
fn head_may_be(rest: &[u8], known: impl Fn(&[u8; 3]) -> bool) -> bool {
    match rest {
        [a, b, c, ..] if *a >= 0x80 || *b >= 0x80 || *c >= 0x80 => true,
        [a, b, c, ..] => known(&[
            a.to_ascii_lowercase(),
            b.to_ascii_lowercase(),
            c.to_ascii_lowercase(),
        ]),
        _ => false,
    }
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
