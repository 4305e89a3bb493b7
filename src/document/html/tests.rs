use super::regions;
use crate::document::{Document, Kind};

fn prose(text: &str, kind: Kind) -> Vec<&str> {
    regions(text, kind)
        .regions
        .prose
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn text_and_reader_facing_attributes_are_prose_and_nothing_else() {
    let text = "<!DOCTYPE html><html><head><title>Acme client portal</title>\
<meta name=\"description\" content=\"The client portal\"><meta name=\"keywords\" content=\"client\">\
<style>.client { color: red }</style><script>let client = \"client\";</script></head>\
<body class=\"client\"><!-- client note --><img src=\"client.png\" alt=\"A client smiling\">\
<p data-x=\"client\">Dear client, <input placeholder=\"Client name\"></p></body></html>";
    let joined = prose(text, Kind::Html).join("|");
    assert_eq!(
        joined,
        "Acme client portal|The client portal|A client smiling|Dear client, |Client name"
    );
}

#[test]
fn merge_tags_and_character_references_are_not_prose() {
    let text = "<p>Hi *|FNAME|*, {{ first_name }} {% if vip %}VIP{% endif %} Don&rsquo;t wait&nbsp;now</p>";
    let joined = prose(text, Kind::Html).join("|");
    assert!(!joined.contains("FNAME"), "{joined}");
    assert!(!joined.contains("first_name"), "{joined}");
    assert!(!joined.contains("vip "), "{joined}");
    assert!(
        !joined.contains("rsquo") && !joined.contains("nbsp"),
        "{joined}"
    );
    assert!(joined.contains("VIP"), "{joined}");
    assert!(joined.contains("now"), "{joined}");
}

#[test]
fn code_headings_quotes_and_destinations_are_mapped() {
    let text = "<h2>Fast setup</h2><p>Run <code>npm i acme-client</code> or <kbd>Ctrl</kbd>.</p>\
<blockquote><p>They said it</p></blockquote><a href=\"https://acme.io/get-started\">Start</a>";
    let html = regions(text, Kind::Html).regions;
    let code: Vec<&str> = html.code.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(code, ["<code>npm i acme-client</code>", "<kbd>Ctrl</kbd>"]);
    let headings: Vec<&str> = html.headings.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(headings, ["<h2>Fast setup</h2>"]);
    assert_eq!(html.blockquotes.len(), 1);
    assert_eq!(html.destinations, ["https://acme.io/get-started"]);
    let doc = Document::new(text, Kind::Html);
    assert!(doc.in_heading(text.find("setup").expect("heading")));
    assert!(doc.in_code(text.find("acme-client").expect("code")));
    assert!(!doc.is_prose(text.find("acme-client").map(|s| s..s + 4).expect("code")));
}

#[test]
fn an_unclosed_comment_ends_with_its_paragraph() {
    let text = "<p>One client</p>\n<!-- draft client\n\n<p>Two client</p>\n";
    let html = regions(text, Kind::Html).regions;
    assert_eq!(html.unclosed.len(), 1);
    assert_eq!(&text[html.unclosed[0].range.clone()], "<!-- draft client");
    let joined: Vec<&str> = html.prose.iter().map(|r| &text[r.clone()]).collect();
    let joined = joined.join("|");
    assert!(joined.contains("Two client"), "{joined}");
    assert!(!joined.contains("draft"), "{joined}");
}

#[test]
fn mjml_text_is_prose_and_its_styles_and_attributes_are_not() {
    let text = "<mjml><mj-head><mj-title>Client news</mj-title><mj-style>.client { x: 1 }</mj-style>\
</mj-head><mj-body><mj-section><mj-column><mj-image alt=\"Client photo\" src=\"c.png\" />\
<mj-text font-family=\"Client Sans\">Hello client</mj-text><mj-button href=\"#\">Book a demo</mj-button>\
</mj-column></mj-section></mj-body></mjml>";
    let joined = prose(text, Kind::Mjml).join("|");
    assert_eq!(joined, "Client news|Client photo|Hello client|Book a demo");
}

#[test]
fn site_template_scripts_expressions_and_front_matter_are_not_prose() {
    let astro = "---\nconst client = 'client';\n---\n<Layout title=\"Client home\">\n<h1>Hello {client.name}, client</h1>\n\
{items.map((i) => <li>{i.client}</li>)}\n<script>const a = {client: 1};</script>\n</Layout>\n";
    let joined = prose(astro, Kind::Astro).join("|");
    assert_eq!(joined.matches("client").count(), 1, "{joined}");
    assert!(joined.contains("Client home"), "{joined}");
    let doc = Document::new(astro, Kind::Astro);
    assert!(doc.in_code(astro.find("const client").expect("front matter")));
    let vue = "<template>\n  <p :title=\"client\">Dear {{ client.name }} client</p>\n</template>\n\
<script setup>\nconst client = ref('client')\n</script>\n<style scoped>.client{}</style>\n";
    let joined = prose(vue, Kind::Vue).join("|");
    assert_eq!(joined.matches("client").count(), 1, "{joined}");
    let svelte = "<script>\nlet client = 'client';\n</script>\n{#if client}\n<p>Hi {client}, client</p>\n{/if}\n";
    let joined = prose(svelte, Kind::Svelte).join("|");
    assert_eq!(joined.matches("client").count(), 1, "{joined}");
}

#[test]
fn the_channel_meta_is_found() {
    let text = "<head><meta name=\"onmessage-channel\" content=\"email\"></head><p>Hi</p>";
    let doc = Document::new(text, Kind::Html);
    assert_eq!(doc.channel_meta.map(|r| &text[r]), Some("email"));
}

#[test]
fn deep_nesting_and_broken_markup_do_not_overflow() {
    let deep = "<div><blockquote><code>".repeat(100_000) + "text";
    let doc = Document::new(&deep, Kind::Html);
    assert!(!doc.is_prose(deep.len() - 4..deep.len()));
    for text in [
        "<",
        "<p",
        "<p title=\"open",
        "<!--",
        "</",
        "<![CDATA[",
        "&",
        "&#",
        "{{",
        "*|",
    ] {
        for kind in [Kind::Html, Kind::Mjml, Kind::Astro, Kind::Vue, Kind::Svelte] {
            let _ = Document::new(text, kind);
        }
    }
}

proptest::proptest! {
    #[test]
    fn prose_ranges_are_sorted_disjoint_and_on_character_boundaries(
        text in "[<>/a-z =\"'!&;#{}*|%\\-é\n]{0,80}"
    ) {
        for kind in [Kind::Html, Kind::Astro, Kind::Svelte] {
            let found = regions(&text, kind).regions;
            for r in &found.prose {
                proptest::prop_assert!(r.start < r.end && r.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
            proptest::prop_assert!(found.prose.windows(2).all(|w| w[0].end < w[1].start));
        }
    }
}
