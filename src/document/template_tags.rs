//! Template tags in Markdown: a Hugo shortcode (`{{< youtube sq8nsjuJqO4 >}}`, `{{% note %}}`),
//! a Liquid or Jinja tag (`{% include cta.html %}`) or output (`{{ site.title }}`). The site
//! generator replaces each with its output before anyone reads the page: its words are a
//! template's name and arguments, not prose. A tag closes within its paragraph; an opening
//! with no closing there, or with a code span inside, is left as text.

use super::comments::paragraph_end;
use std::ops::Range;

/// Openings and the closing each needs, longest opening first.
const TAGS: [(&str, &str); 4] = [("{{<", ">}}"), ("{{%", "%}}"), ("{{", "}}"), ("{%", "%}")];

/// The template tags of a Markdown body, sorted and disjoint.
pub fn template_tags(body: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(brace) = body[at..].find('{').map(|i| at + i) {
        let rest = &body[brace..];
        let Some((open, close)) = TAGS.iter().find(|(open, _)| rest.starts_with(open)) else {
            at = brace + 1;
            continue;
        };
        let inside_from = brace + open.len();
        let limit = paragraph_end(body, brace);
        let closed = body[inside_from..limit]
            .find(close)
            .map(|i| inside_from + i)
            .filter(|&end| !body[inside_from..end].contains(['`', '{']));
        match closed {
            Some(end) => {
                found.push(brace..end + close.len());
                at = end + close.len();
            }
            None => at = inside_from,
        }
    }
    found
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
