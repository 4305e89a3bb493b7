//! Document generators: Markdown, MDX and plain text mixing every region kind the document
//! layer tells apart (front matter, headings, lists, quotes, code fences and spans, links, URLs,
//! HTML and suppression comments, MDX imports, JSX and `{expressions}`, numbers and claims),
//! built around the guide's own words — exact, misspelled, recased, split, joined, inflected,
//! with invisible characters inside — then encoded with a BOM, CRLF, invalid UTF-8, NUL or
//! very long lines.

use super::guides::{rules, GuideSpec, Scale};
use proptest::prelude::*;

const FILLER: &[&str] = &[
    "a", "an", "the", "our", "we", "sell", "fast", "and", "of", "in", "to", "you", "laptops",
    "seconds", "store", "price", "today", "three", "sixty", "use", "data", "hello", "Power",
    "Spec", "Micro", "Center", "Node", "js", "I'll", "don't",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", ", ", ". ", "! ", "? ", "; ", ": ", "'",
    "’", "\"", "(", ")", "-", "_", "/", ".", " > ", "\n> ",
];

/// Odd characters: invisible, combining, wide, right-to-left, control.
const ODD: &[&str] = &[
    "\u{ad}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{a0}",
    "\u{301}",
    "\u{202e}",
    "\u{2028}",
    "\u{85}",
    "\u{1b}[31m",
    "\u{7}",
    "\u{c}",
    "\u{b}",
    "\r",
    "é",
    "ß",
    "İ",
    "ı",
    "ﬁ",
    "ǅ",
    "ŉ",
    "Ω",
    "😀",
    "👩\u{200d}💻",
    "日本",
    "—",
    "…",
    "«",
    "»",
    "“",
    "”",
];

/// Numbers and claims, approved and not, and the numbers that are never claims.
const NUMBERS: &[&str] = &[
    "$599",
    "30-day returns",
    "returns within 30 days",
    "45 seconds",
    "sixty seconds",
    "99.9% uptime",
    "#1",
    "10x faster",
    "2,000 laptops",
    "1,500 laptops in stock",
    "$100 off",
    "32 GB",
    "240 Hz",
    "RTX 4090",
    "2024",
    "555-0100",
    "3.",
    "1e9",
    "99999999999999999999 units",
];

/// Invisible characters a word may hide behind.
pub const INVISIBLE: &[char] = &[
    '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}',
];

/// A change to one guide word as a writer (or an adversary) would type it.
fn misspell(word: &str, how: u8, at: usize) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    let i = at % chars.len();
    match how {
        0 | 1 => word.to_string(),
        2 => word.to_lowercase(),
        3 => word.to_uppercase(),
        4 => {
            // Swap two neighbouring letters.
            let mut c = chars.clone();
            if i + 1 < c.len() {
                c.swap(i, i + 1);
            }
            c.into_iter().collect()
        }
        5 => chars
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != i)
            .map(|(_, c)| c)
            .collect(),
        6 => {
            // An invisible character inside the word.
            let mut c = chars.clone();
            c.insert(i.max(1).min(c.len()), INVISIBLE[at % INVISIBLE.len()]);
            c.into_iter().collect()
        }
        7 => word.replace(' ', ""),
        8 => word.replace(' ', "-"),
        9 => {
            let mut c = chars.clone();
            c.insert(i.max(1).min(c.len()), ' ');
            c.into_iter().collect()
        }
        10 => format!("{word}s"),
        11 => format!("{word}'s"),
        12 => format!("{word}ing"),
        13 => format!("{word}ed"),
        14 => word.replace(' ', "\n"),
        _ => word.replace(' ', "\n> "),
    }
}

/// Markup around a piece of text, `{}` standing for it.
const WRAPS: &[&str] = &[
    "# {}\n",
    "\n## {}\n",
    "\n- {}\n",
    "\n1. {}\n",
    "\n> {}\n",
    "\n```\n{}\n```\n",
    "\n~~~md\n{}\n~~~\n",
    "\n    {}\n",
    "`{}`",
    "**{}**",
    "_{}_",
    "~~{}~~",
    "[{}](https://x.example/{})",
    "![{}](img/{}.png)",
    "<https://{}.example>",
    "https://example.com/{}?q={}",
    "<!-- {} -->",
    "<b>{}</b>",
    "<script>{}</script>",
    "<pre>{}</pre>",
    "\"{}\"",
    "“{}”",
    "\n| {} | x |\n|---|---|\n| y | {} |\n",
    "{{{}}}",
    "<Card title=\"{}\">{}</Card>",
    "\nimport X from '{}'\n",
    "\nexport const a = '{}'\n",
    "user@{}.com",
    "@{}",
    "#{}",
    "sales/{}.md",
    "snake_{}_case",
    "[^{}]",
    "\n[{}]: https://x.example\n",
    "{}\\\n",
    "\n***\n{}",
    "\n<details>\n{}\n</details>\n",
];

/// Suppression comments, good and broken; `{}` is a rule id (or a typo of one).
const SUPPRESSIONS: &[&str] = &[
    "\n<!-- onmessage-disable-next-line {} -->\n",
    "\n<!-- onmessage-disable-next-line -->\n",
    "\n<!-- onmessage-disable {} -->\n",
    "\n<!-- onmessage-enable {} -->\n",
    "\n<!-- onmessage-enable -->\n",
    "<!-- onmessage-disable-file -->",
    "<!-- onmessage-disable-nxt-line {} -->",
    "\n<!-- onmessage-disable-next-line {}",
    "\n{/* onmessage-disable-next-line {} */}\n",
    "{/* onmessage-disable {} */}",
    "{/* onmessage-enable */}",
    "<!--",
    "{",
    "\n```\n",
    "}",
    "-->",
    "\n---\n",
];

const RULE_TYPOS: &[&str] = &[
    "banned-terms",
    "brandname",
    "no-such-rule",
    "unused-suppression",
    "invalid-suppression",
    "banned-term, brand-name",
    "",
];

/// One piece of a document.
fn piece(vocabulary: Vec<String>) -> BoxedStrategy<String> {
    let vocab = if vocabulary.is_empty() {
        vec!["synergy".to_string()]
    } else {
        vocabulary
    };
    let word = (prop::sample::select(vocab), 0u8..16, any::<usize>())
        .prop_map(|(w, how, at)| misspell(&w, how, at));
    let rule = prop_oneof![
        3 => prop::sample::select(rules()),
        1 => prop::sample::select(RULE_TYPOS),
    ];
    prop_oneof![
        8 => word.clone(),
        4 => prop::sample::select(FILLER).prop_map(str::to_string),
        6 => prop::sample::select(SEPARATORS).prop_map(str::to_string),
        3 => (prop::sample::select(WRAPS), word).prop_map(|(w, inner)| w.replace("{}", &inner)),
        2 => (prop::sample::select(SUPPRESSIONS), rule)
            .prop_map(|(s, r)| s.replace("{}", r)),
        2 => prop::sample::select(NUMBERS).prop_map(str::to_string),
        1 => prop::sample::select(ODD).prop_map(str::to_string),
    ]
    .boxed()
}

fn front_matter(spec: &GuideSpec) -> BoxedStrategy<String> {
    let mut channels = spec.channels.clone();
    channels.extend(["sel-sheet", "nope", "\"quoted\"", "[a, b]"].map(String::from));
    let mut audiences = spec.audiences.clone();
    audiences.extend(["gamer", "nobody"].map(String::from));
    prop_oneof![
        4 => Just(String::new()),
        3 => (
            prop::option::of(prop::sample::select(channels)),
            prop::option::of(prop::sample::select(audiences)),
        )
            .prop_map(|(c, a)| {
                let mut fm = "---\n".to_string();
                if let Some(c) = c {
                    fm.push_str(&format!("channel: {c}\n"));
                }
                if let Some(a) = a {
                    fm.push_str(&format!("audience: {a}\n"));
                }
                fm + "title: synergy leverage\n---\n"
            }),
        1 => prop::sample::select(
            &["---\n", "---\nchannel: [\n---\n", "---\r\nchannel: x\r\n---\r\n", "+++\ntitle = 1\n+++\n", "---\n---\n"][..]
        )
        .prop_map(str::to_string),
    ]
    .boxed()
}

/// How the text is stored.
#[derive(Debug, Clone, Default)]
pub struct Encoding {
    pub bom: bool,
    pub crlf: bool,
    /// Invalid UTF-8 or NUL bytes spliced in at these (wrapped) offsets.
    pub raw: Vec<(usize, Vec<u8>)>,
    /// One piece repeated without a line break: a very long line.
    pub long_line: Option<(usize, usize)>,
}

fn encoding(scale: Scale) -> impl Strategy<Value = Encoding> {
    let repeat = match scale {
        Scale::Bounded => 1usize..600,
        Scale::Long => 1usize..3_000,
    };
    let raw_bytes = prop_oneof![
        Just(vec![0xff]),
        Just(vec![0xc3]),
        Just(vec![0xe2, 0x80]),
        Just(vec![0xed, 0xa0, 0x80]),
        Just(vec![0]),
        Just(vec![0xfe, 0xff]),
    ];
    (
        prop::bool::weighted(0.3),
        prop::bool::weighted(0.2),
        prop::collection::vec((any::<usize>(), raw_bytes), 0..2)
            .prop_filter_map("raw bytes are rare", |v| {
                Some(v).filter(|v| v.is_empty() || v[0].0 % 8 == 0)
            }),
        prop::option::weighted(0.1, (any::<usize>(), repeat)),
    )
        .prop_map(|(bom, crlf, raw, long_line)| Encoding {
            bom,
            crlf,
            raw,
            long_line,
        })
}

/// A document as stored: bytes, and the path it is checked as.
#[derive(Debug, Clone)]
pub struct Doc {
    pub bytes: Vec<u8>,
    pub path: String,
}

fn path(spec: &GuideSpec) -> impl Strategy<Value = String> {
    let _ = spec;
    prop::sample::select(
        &[
            "doc.md",
            "doc.md",
            "doc.mdx",
            "doc.txt",
            "doc.markdown",
            "notes",
            "NOTES.MD",
            "sales/call.md",
            "sell-sheets/a.mdx",
            "campaigns/gaming/x.md",
            "blog/post.md",
            "mail/a/b.mdx",
            "archive/old.md",
        ][..],
    )
    .prop_map(str::to_string)
}

pub fn document(spec: &GuideSpec, scale: Scale) -> impl Strategy<Value = Doc> {
    let pieces = match scale {
        Scale::Bounded => 0usize..60,
        Scale::Long => 0usize..300,
    };
    (
        front_matter(spec),
        prop::collection::vec(piece(spec.vocabulary.clone()), pieces),
        encoding(scale),
        path(spec),
    )
        .prop_map(|(fm, pieces, enc, path)| Doc {
            bytes: encode(&fm, &pieces, &enc),
            path,
        })
}

pub fn encode(front_matter: &str, pieces: &[String], enc: &Encoding) -> Vec<u8> {
    let mut text = front_matter.to_string();
    for (i, p) in pieces.iter().enumerate() {
        match enc.long_line {
            Some((at, times)) if at % pieces.len() == i => {
                text.push_str(&p.replace('\n', " ").repeat(times));
            }
            _ => text.push_str(p),
        }
    }
    if enc.crlf {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if enc.bom {
        text.insert(0, '\u{feff}');
    }
    let mut bytes = text.into_bytes();
    for (at, raw) in &enc.raw {
        let at = at % (bytes.len() + 1);
        bytes.splice(at..at, raw.iter().copied());
    }
    bytes
}
