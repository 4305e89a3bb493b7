//! Character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`) in prose: never words, and
//! never cut by a fix. A legacy reference without its `;` (`&amp co`) is one too.

use std::ops::Range;

/// The character references inside the `prose` ranges of `text`, in order.
pub fn within(text: &str, prose: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for range in prose {
        let mut at = range.start;
        while let Some(offset) = memchr::memchr(b'&', &bytes[at..range.end]) {
            let start = at + offset;
            let end = reference_end(bytes, start, range.end);
            if end > start + 1 {
                found.push(start..end);
            }
            at = end.max(start + 1);
        }
    }
    found
}

/// Where the reference opened by the `&` at `start` ends (`start + 1` when it is no reference).
fn reference_end(bytes: &[u8], start: usize, limit: usize) -> usize {
    let mut i = start + 1;
    let numeric = bytes.get(i) == Some(&b'#');
    if numeric {
        i += 1;
        if matches!(bytes.get(i), Some(b'x' | b'X')) {
            i += 1;
        }
    }
    let body = i;
    while i < limit && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == body {
        return start + 1;
    }
    if i < limit && bytes[i] == b';' {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn named_numeric_and_legacy_references_are_found() {
        let text = "Don&rsquo;t &#8217; &#x2019; &amp co & more &;";
        let found: Vec<&str> = within(text, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["&rsquo;", "&#8217;", "&#x2019;", "&amp"]);
    }
}
