use super::*;

fn keys(toml: &str) -> Vec<(String, Vec<String>)> {
    toml_fields(toml)
        .into_iter()
        .map(|f| (f.key, f.values))
        .collect()
}

#[test]
fn a_block_needs_its_own_closing_fence() {
    assert_eq!(block("---\na: 1\n---\nbody"), Some((Syntax::Yaml, 13)));
    assert_eq!(block("+++\na = 1\n+++\nbody"), Some((Syntax::Toml, 14)));
    assert_eq!(block("+++\na = 1\n---\nbody"), None);
    assert_eq!(block("---\na: 1\n+++\nbody"), None);
    assert_eq!(block("+++\nno end"), None);
    assert_eq!(block("text\n+++\n"), None);
    assert_eq!(block("++++\na = 1\n++++\n"), None);
}

/// The front matter of a post on the Rust blog (rust-lang/blog.rust-lang.org, MIT or Apache-2.0).
const RUST_BLOG: &str = r#"path = "2024/07/25/Rust-1.80.0"
title = "Announcing Rust 1.80.0"
authors = ["The Rust Release Team"]
aliases = [
    "2024/07/25/Rust-1.80.0.html",
    "releases/1.80.0",
]

[extra]
release = true
"#;

#[test]
fn top_level_keys_are_read_up_to_the_first_table() {
    assert_eq!(
        keys(RUST_BLOG),
        vec![
            ("path".into(), vec!["2024/07/25/Rust-1.80.0".into()]),
            ("title".into(), vec!["Announcing Rust 1.80.0".into()]),
            ("authors".into(), vec!["The Rust Release Team".into()]),
            (
                "aliases".into(),
                vec![
                    "2024/07/25/Rust-1.80.0.html".into(),
                    "releases/1.80.0".into()
                ]
            ),
        ]
    );
}

/// The front matter of a post on the KEDA blog (kedacore/keda-docs, Apache-2.0): a bare date, an
/// emoji in the title, an array whose items start their lines.
#[test]
fn bare_values_emoji_and_comments_are_read() {
    let toml = "title = \"Help shape the future of KEDA with our survey 📝\"\ndate = 2023-05-04 # a comment\nauthor = \"KEDA Maintainers\"\naliases = [\n\"/blog/keda-survey\"\n]\n";
    assert_eq!(
        keys(toml),
        vec![
            (
                "title".into(),
                vec!["Help shape the future of KEDA with our survey 📝".into()]
            ),
            ("date".into(), vec!["2023-05-04".into()]),
            ("author".into(), vec!["KEDA Maintainers".into()]),
            ("aliases".into(), vec!["/blog/keda-survey".into()]),
        ]
    );
}

#[test]
fn a_string_range_is_its_text_without_quotes() {
    let toml = "channel = \"sell-sheet\"\naudience = 'gamers'\n";
    let fields = toml_fields(toml);
    assert_eq!(&toml[fields[0].range.clone()], "sell-sheet");
    assert!(fields[0].is_string);
    assert_eq!(&toml[fields[1].range.clone()], "gamers");
    let list = toml_fields("channel = [\"a\", \"b\"]\n");
    assert!(!list[0].is_string);
    assert_eq!(list[0].range, 10..20);
}

#[test]
fn escapes_quoted_keys_and_multi_line_strings() {
    let toml = "\"quoted key\" = \"a \\\"b\\\" \\u00e9 \\q\"\ndescription = \"\"\"\nline one\nline two\"\"\"\nlit = '''C:\\path'''\ntable = { a = 1 }\nnext = 1\n";
    assert_eq!(
        keys(toml),
        vec![
            ("quoted key".into(), vec!["a \"b\" é \\q".into()]),
            ("description".into(), vec!["line one\nline two".into()]),
            ("lit".into(), vec!["C:\\path".into()]),
            ("table".into(), vec![]),
            ("next".into(), vec!["1".into()]),
        ]
    );
}

#[test]
fn unreadable_toml_stops_quietly() {
    for toml in [
        "title = \"open",
        "title = [\"a\", ",
        "a.b = 1\n",
        "= 1\n",
        "title \"no equals\"\n",
        "t = \"\\",
        "t = \"é\\é\"",
        "t = '''never closed",
        "x = {",
        "k = [[1, 2], [\"é\"]]\n",
    ] {
        let _ = toml_fields(toml);
    }
    assert_eq!(
        keys("a = 1\nb.c = 2\nd = 3\n"),
        vec![("a".into(), vec!["1".into()])]
    );
    // Nesting as deep as a hostile file likes stops at a bound, not at the stack's end.
    let deep = format!(
        "a = 1\nk = {}1{}\n",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    assert_eq!(keys(&deep), vec![("a".into(), vec!["1".into()])]);
    let nested = format!("k = {}'x'{}\n", "[".repeat(31), "]".repeat(31));
    assert_eq!(keys(&nested), vec![("k".into(), vec![])]);
    // Only an array's own strings are values: a nested array or table gives none.
    assert_eq!(
        keys("k = [[1, 2], [\"x\"], {a = 1}, \"y\", 3]\nnext = 'z'\n"),
        vec![
            ("k".into(), vec!["y".into()]),
            ("next".into(), vec!["z".into()])
        ]
    );
}

mod never_panics {
    use super::toml_fields;
    use proptest::prelude::*;

    proptest! {
        /// Any text, however broken, is read without a panic, and every range lies in it on
        /// character boundaries.
        #[test]
        fn on_any_text(text in "[a-z=\"'\\[\\]{},#\\\\\n é.+-]{0,60}") {
            for field in toml_fields(&text) {
                prop_assert!(text.get(field.range.clone()).is_some());
            }
        }
    }
}
