//! Locale files read as documents: which values are prose, their key paths, and fix safety.

use super::*;

fn strings(text: &str, kind: Kind) -> Strings {
    regions(text, kind).expect("parses")
}

/// Each prose region's text.
fn prose(text: &str, kind: Kind) -> Vec<String> {
    strings(text, kind)
        .prose
        .iter()
        .map(|r| text[r.clone()].to_string())
        .collect()
}

fn key_at(strings: &Strings, text: &str, needle: &str) -> Option<String> {
    let at = text.find(needle).expect("needle");
    match strings.locations.at(at)? {
        Location::Key { key } => Some(key.clone()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn json_string_values_are_prose_with_key_paths() {
    let text = r#"{"home": {"hero": {"title": "Best in class", "cta": "Start now"}},
 "items": [{"label": "First item"}, {"label": "Second one"}],
 "errors": {"not.found": "Page not here"}, "count": 3, "ok": true, "none": null,
 "url": "https://x.example/a", "slug": "home-page"}"#;
    assert_eq!(
        prose(text, Kind::Json),
        [
            "Best in class",
            "Start now",
            "First item",
            "Second one",
            "Page not here"
        ]
    );
    let found = strings(text, Kind::Json);
    assert_eq!(
        key_at(&found, text, "Best").as_deref(),
        Some("home.hero.title")
    );
    assert_eq!(
        key_at(&found, text, "Second").as_deref(),
        Some("items[1].label")
    );
    assert_eq!(
        key_at(&found, text, "Page not").as_deref(),
        Some(r#"errors["not.found"]"#)
    );
    assert_eq!(key_at(&found, text, "home\""), None, "keys are not prose");
}

#[test]
fn json_escapes_are_skipped_regions() {
    let text = r#"{"a": "Line one\nLine two \"quoted\" caf\u00e9 end"}"#;
    assert_eq!(
        prose(text, Kind::Json),
        ["Line one", "Line two ", "quoted", " caf", " end"]
    );
}

#[test]
fn json_syntax_errors_have_positions() {
    for (text, line, column) in [
        ("{\"a\": \"b\",\n \"c\" \"d\"}", 2, 6),
        ("{\"a\": [1, 2", 1, 12),
        ("{\"a\": \"never closed}", 1, 7),
        ("[1,]", 1, 4),
        ("{} {}", 1, 4),
        ("{\"a\": \"bad \\q escape\"}", 1, 12),
        ("", 1, 1),
    ] {
        let err = regions(text, Kind::Json).expect_err(text);
        assert_eq!((err.line, err.column), (line, column), "{text}: {err}");
        assert_eq!(err.format, "JSON");
    }
}

#[test]
fn json_nested_100000_levels_is_read_without_recursion() {
    let depth = 100_000;
    let text = format!(
        "{}\"Deep value here\"{}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert_eq!(prose(&text, Kind::Json), ["Deep value here"]);
    let truncated = &text[..text.len() - 1];
    assert!(regions(truncated, Kind::Json).is_err());
    let objects = format!("{}1{}", "{\"k\": ".repeat(depth), "}".repeat(depth));
    assert!(regions(&objects, Kind::Json).is_ok());
}

#[test]
fn yaml_scalars_of_every_style() {
    let text = "en:\n  home:\n    title: Best in class\n    quoted: \"Say \\\"hi\\\" now\"\n    single: 'It''s here'\n    body: |\n      First line here\n      second line\n    folded: >-\n      Folded text\n      goes on\n    list: [Flow one, \"Flow two\"]\n    count: 3\n    flag: true\n    empty: ~\n";
    assert_eq!(
        prose(text, Kind::Yaml),
        [
            "Best", "in", "class", "Say ", "hi", " now", "It", "s here", "First", "line", "here",
            "second", "line", "Folded", "text", "goes", "on", "Flow", "one", "Flow two"
        ]
    );
    let found = strings(text, Kind::Yaml);
    assert_eq!(
        key_at(&found, text, "Best").as_deref(),
        Some("en.home.title")
    );
    assert_eq!(
        key_at(&found, text, "second").as_deref(),
        Some("en.home.body")
    );
    assert_eq!(
        key_at(&found, text, "Flow two").as_deref(),
        Some("en.home.list[1]")
    );
}

#[test]
fn yaml_anchors_aliases_tags_and_documents() {
    let text = "a: &x Shared words\nb: *x\nc: !!str Tagged words\n---\nd: Second document\n";
    assert_eq!(
        prose(text, Kind::Yaml),
        ["Shared", "words", "Second", "document"]
    );
    let found = strings(text, Kind::Yaml);
    assert_eq!(key_at(&found, text, "Second").as_deref(), Some("d"));
}

#[test]
fn yaml_non_ascii_lines_up() {
    let text = "a: |\n  Café déjà vu\nb: Über größe here\nc: \"naïve \\u00e9 café\"\n";
    assert_eq!(
        prose(text, Kind::Yaml),
        ["Café", "déjà", "vu", "Über", "größe", "here", "naïve ", " café"]
    );
}

#[test]
fn yaml_syntax_errors_and_deep_flow_are_reported() {
    let err = regions("a: b\n c: d\n  - e", Kind::Yaml).expect_err("bad indentation");
    assert_eq!(err.format, "YAML");
    assert!(err.line >= 2, "{err}");
    let deep = format!("{}a{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(regions(&deep, Kind::Yaml).is_err(), "past the flow limit");
    let unterminated = "a: \"never closed\nb: c\n";
    assert!(regions(unterminated, Kind::Yaml).is_err());
}

#[test]
fn fixes_fit_only_without_escaping() {
    let text = r#"{"a": "best client ever", "b": "x\ny client"}"#;
    let found = strings(text, Kind::Json);
    let client = text.find("client").expect("client");
    let range = client..client + "client".len();
    assert!(fix_fits(&found, text, range.clone(), "customer"));
    assert!(!fix_fits(&found, text, range.clone(), "\"customer\""));
    assert!(!fix_fits(&found, text, range, "back\\slash"));
    let escape = text.find("\\n").expect("escape");
    assert!(
        !fix_fits(&found, text, escape..escape + 3, "z"),
        "never over an escape"
    );
    let key = text.find("\"b\"").expect("key") + 1;
    assert!(!fix_fits(&found, text, key..key + 1, "c"), "never in a key");

    let yaml = "a: best client\nb: 'single client'\nc: plain\n";
    let found = strings(yaml, Kind::Yaml);
    let at = |needle: &str| {
        let start = yaml.find(needle).expect("needle");
        start..start + needle.len()
    };
    assert!(
        !fix_fits(&found, yaml, at("client\nb"), "customer"),
        "never across two values"
    );
    let plain = yaml.find("client").expect("client");
    assert!(fix_fits(&found, yaml, plain..plain + 6, "customer"));
    assert!(!fix_fits(&found, yaml, plain..plain + 6, "customer: x"));
    assert!(!fix_fits(&found, yaml, at("best"), "#1"));
    let single = yaml.find("single client").expect("single") + 7;
    assert!(!fix_fits(&found, yaml, single..single + 6, "customer's"));
    assert!(fix_fits(&found, yaml, single..single + 6, "customer \"x\""));
}

#[test]
fn string_quotes_are_spaces_in_the_context_text() {
    let text = r#"{"a": "Ask the \"client\" team", "b": 3}"#;
    let found = strings(text, Kind::Json);
    assert_eq!(
        found.context_text(text),
        r#"{ a :  Ask the \"client\" team ,  b : 3}"#
    );
    let yaml = "a: \"Ask 'the' team\"\nb: 'It''s'\nc: plain \"words\"\n";
    let found = strings(yaml, Kind::Yaml);
    assert_eq!(
        found.context_text(yaml),
        "a:  Ask 'the' team \nb:  It''s \nc: plain \"words\"\n"
    );
}

/// Regions are sorted, disjoint, on character boundaries and inside the text.
fn well_formed(text: &str, strings: &Strings) -> bool {
    strings.prose.windows(2).all(|w| w[0].end <= w[1].start)
        && strings.prose.iter().all(|r| {
            r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        })
}

proptest::proptest! {
    #[test]
    fn any_json_ish_input_is_read_or_refused_without_panicking(
        text in "[{}\\[\\]\":, a-z0-9\\\\ué%#\n]{0,80}"
    ) {
        if let Ok(strings) = regions(&text, Kind::Json) {
            proptest::prop_assert!(well_formed(&text, &strings));
            // serde_json also refuses lone surrogates (`\ud800`), which the grammar allows.
            if !text.contains("\\ud") {
                proptest::prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
            }
        }
    }

    #[test]
    fn any_yaml_ish_input_is_read_or_refused_without_panicking(
        text in "[{}\\[\\]\"':,|>&*!#% a-z0-9\\\\é\n-]{0,80}"
    ) {
        if let Ok(strings) = regions(&text, Kind::Yaml) {
            proptest::prop_assert!(well_formed(&text, &strings));
        }
    }
}
