//! Template tags in Markdown: a Hugo shortcode (`{{< youtube sq8nsjuJqO4 >}}`, `{{% note %}}`),
//! a Liquid or Jinja tag (`{% include cta.html %}`) or output (`{{ site.title }}`). The site
//! generator replaces each with its output before anyone reads the page: its words are a
//! template's name and arguments, not prose. A tag closes within its paragraph; an opening
//! with no closing there, or with a code span inside, is left as text.

use std::ops::Range;

/// Openings and the closing each needs, longest opening first.
const TAGS: [(&str, &str); 4] = [("{{<", ">}}"), ("{{%", "%}}"), ("{{", "}}"), ("{%", "%}")];

/// The template tags that open in the prose ranges of `text` (sorted and disjoint), sorted and
/// disjoint. A tag may run past its range's end (a shortcode's arguments over two lines); tags
/// in code are code already, so only prose is searched.
pub fn template_tags_in(text: &str, prose: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    // One search over the whole text: a document has few braces and many prose ranges.
    for brace in memchr::memchr_iter(b'{', bytes) {
        if brace < at || !matches!(bytes.get(brace + 1), Some(b'{' | b'%')) {
            continue;
        }
        let k = prose.partition_point(|r| r.end <= brace);
        if prose.get(k).is_none_or(|r| r.start > brace) {
            continue;
        }
        let rest = &text[brace..];
        let Some((open, close)) = TAGS.iter().find(|(open, _)| rest.starts_with(open)) else {
            continue;
        };
        let inside_from = brace + open.len();
        match closing(bytes, inside_from, close.as_bytes()) {
            Some(end) => {
                found.push(brace..end);
                at = end;
            }
            None => at = inside_from,
        }
    }
    found
}

/// The template tags of a Markdown body, sorted and disjoint (the whole body read as prose).
#[cfg(test)]
fn template_tags(body: &str) -> Vec<Range<usize>> {
    let whole = 0..body.len();
    template_tags_in(body, std::slice::from_ref(&whole))
}

/// The end of the closing `close` of a tag whose inside starts at `from`: before a code span's
/// backtick, another brace or a blank line (the paragraph's end), or `None`. One pass over the
/// tag's bytes, so a body of many tags costs what its tags are long.
fn closing(bytes: &[u8], from: usize, close: &[u8]) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'`' | b'{' => return None,
            b'\n' if blank_line_follows(&bytes[i + 1..]) => return None,
            _ if bytes[i..].starts_with(close) => return Some(i + close.len()),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether the line starting `rest` holds only spaces and tabs (or `rest` is empty).
fn blank_line_follows(rest: &[u8]) -> bool {
    rest.iter()
        .take_while(|&&b| b != b'\n')
        .all(|&b| b == b' ' || b == b'\t' || b == b'\r')
}

#[cfg(test)]
mod tests {
    use super::template_tags;

    fn tags(body: &str) -> Vec<&str> {
        template_tags(body).into_iter().map(|r| &body[r]).collect()
    }

    #[test]
    fn shortcodes_and_liquid_tags_are_found() {
        // Linkerd's blog (Apache-2.0), `2019-1126-kubecon-na-2019-linkerd-roundup.md` and
        // `2020-1215-december-linkerd-community-meeting.md`: Hugo shortcodes embedding videos.
        assert_eq!(
            tags("Watch it here:\n\n{{< youtube sq8nsjuJqO4 >}}\n"),
            ["{{< youtube sq8nsjuJqO4 >}}"]
        );
        assert_eq!(
            tags("{{< youtube id=\"fkG92qOhdo4\" t=\"10\" >}}"),
            ["{{< youtube id=\"fkG92qOhdo4\" t=\"10\" >}}"]
        );
        assert_eq!(
            tags("{{% note %}}Read this.{{% /note %}}"),
            ["{{% note %}}", "{{% /note %}}"]
        );
        assert_eq!(
            tags("Posted by {{ page.author }} in {% include tag.html name=\"k8s\" %}."),
            ["{{ page.author }}", "{% include tag.html name=\"k8s\" %}"]
        );
        // A shortcode's arguments may run over lines of one paragraph.
        assert_eq!(
            tags("{{< x user=\"alexellisuk\"\n  id=\"1129\" >}}"),
            ["{{< x user=\"alexellisuk\"\n  id=\"1129\" >}}"]
        );
    }

    #[test]
    fn braces_that_open_no_tag_are_text() {
        for body in [
            "A set {a, b} of two.",
            "An unclosed {{ opening.\n\nA later }} in another paragraph.",
            "Write `{{` to open a tag, then `}}`.",
            "{% no closing here\n\nand %} later",
        ] {
            assert!(tags(body).is_empty(), "{body}");
        }
    }
}
