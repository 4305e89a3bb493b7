//! Template syntax that is not HTML, blanked out before the tokenizer sees the text: merge and
//! template tags of email platforms (`{{ … }}`, `{% … %}`, `{# … #}`, `*|FNAME|*`,
//! `%%= … =%%`), and the expressions and front matter of site templates (Astro, Svelte `{…}`,
//! Vue `{{ … }}`). Blanking keeps every byte offset (and newline) where it was, so the
//! tokenizer's positions are positions in the file.

use std::ops::Range;

/// Pairs of (opening, closing) for template and merge tags: Handlebars, Liquid, HubL and Jinja
/// (`{{ }}` covers `{{{ }}}`, `{{# }}`, `{{/ }}`), Mailchimp merge tags and Salesforce
/// Marketing Cloud AMPscript inline expressions.
const MERGE_TAGS: &[(&str, &str)] = &[
    ("{{", "}}"),
    ("{%", "%}"),
    ("{#", "#}"),
    ("*|", "|*"),
    ("%%=", "=%%"),
];

/// Longest a merge tag may run before it is taken as unclosed: a tag opened by mistake must not
/// hide the rest of the file.
const MAX_TAG_BYTES: usize = 4 * 1024;

/// The ranges of the merge and template tags of `text`, in order. A tag with no closing within
/// [`MAX_TAG_BYTES`] covers its opening only, so the words after it are still read.
pub fn merge_tags(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr3(b'{', b'*', b'%', &bytes[at..]) {
        let start = at + offset;
        let Some(&(open, close)) = MERGE_TAGS
            .iter()
            .find(|(open, _)| text[start..].starts_with(open))
        else {
            at = start + 1;
            continue;
        };
        let inner = start + open.len();
        let limit = (inner + MAX_TAG_BYTES).min(text.len());
        let window = &bytes[inner..limit];
        let end = memchr::memmem::find(window, close.as_bytes()).map(|i| {
            let mut end = inner + i + close.len();
            // `{{{ raw }}}`: the third brace belongs to the tag.
            if open == "{{" && bytes.get(start + 2) == Some(&b'{') && bytes.get(end) == Some(&b'}')
            {
                end += 1;
            }
            end
        });
        let end = end.unwrap_or(inner);
        found.push(start..end);
        at = end;
    }
    found
}

/// `{…}` expressions (Svelte, Astro), braces balanced, outside the `skipped` ranges (script
/// and style contents, sorted). One never closed covers its `{` only. Braces are paired in one
/// pass with a stack, so a file of unmatched braces is not scanned again for each.
pub fn expressions(text: &str, skipped: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut closing = rustc_hash::FxHashMap::default();
    let mut open = Vec::new();
    let mut next_skip = 0;
    let mut i = 0;
    while i < bytes.len() {
        while skipped.get(next_skip).is_some_and(|s| s.end <= i) {
            next_skip += 1;
        }
        if let Some(skip) = skipped.get(next_skip).filter(|s| s.start <= i) {
            i = skip.end;
            continue;
        }
        match bytes[i] {
            b'{' => open.push(i),
            b'}' => {
                if let Some(start) = open.pop() {
                    closing.insert(start, i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut found = Vec::new();
    let mut at = 0;
    let mut next_skip = 0;
    while let Some(offset) = memchr::memchr(b'{', &bytes[at..]) {
        let start = at + offset;
        while skipped.get(next_skip).is_some_and(|s| s.end <= start) {
            next_skip += 1;
        }
        if let Some(skip) = skipped.get(next_skip).filter(|s| s.start <= start) {
            at = skip.end;
            continue;
        }
        let end = closing.get(&start).copied().unwrap_or(start + 1);
        found.push(start..end);
        at = end;
    }
    found
}

/// The `---` fenced front matter (Astro's component script) at the start of `text`.
pub fn code_fence(text: &str) -> Option<Range<usize>> {
    match crate::document::front_matter::block(text)? {
        (crate::document::front_matter::Syntax::Yaml, end) => Some(0..end),
        (crate::document::front_matter::Syntax::Toml, _) => None,
    }
}

/// `text` with `ranges` replaced by spaces, newlines kept: same length, same offsets.
pub fn blanked(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        crate::document::mdx::blank(&mut bytes[range.clone()], b' ');
    }
    // Whole characters were replaced by ASCII spaces, so this is UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<&str> {
        merge_tags(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn merge_tags_of_each_platform_are_found_whole() {
        let text = "Hi *|FNAME|*, {{ first_name }} {{{raw}}} {% if vip %}VIP{% endif %} \
                    {# note #} %%=v(@name)=%% 100% sure {x}";
        assert_eq!(
            tags(text),
            [
                "*|FNAME|*",
                "{{ first_name }}",
                "{{{raw}}}",
                "{% if vip %}",
                "{% endif %}",
                "{# note #}",
                "%%=v(@name)=%%"
            ]
        );
    }

    #[test]
    fn an_unclosed_tag_covers_its_opening_only() {
        let text = format!("{{{{ oops {}", "word ".repeat(2000));
        assert_eq!(tags(&text), ["{{"]);
    }

    #[test]
    fn expressions_balance_braces_and_skip_scripts() {
        let text = "<p>{items.map((i) => <li>{i}</li>)} and {a}</p><script>{</script>{";
        let script = text.find("{</script>").expect("script");
        let found: Vec<&str> = expressions(text, std::slice::from_ref(&(script..script + 1)))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["{items.map((i) => <li>{i}</li>)}", "{a}", "{"]);
    }

    #[test]
    fn blanking_keeps_offsets_and_newlines() {
        let text = "a {{ b\nc }} é";
        let view = blanked(text, &merge_tags(text));
        assert_eq!(view.len(), text.len());
        assert_eq!(view, "a     \n     é");
    }
}
