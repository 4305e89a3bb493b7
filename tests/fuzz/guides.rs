//! Guide generators: a guide shaped like the README's format (every section, drawn from word
//! pools with ordinary, multi-word, camel-case, dotted and hostile entries), written out as YAML
//! in mixed styles (block, flow, one-line JSON; plain, single- and double-quoted strings), and
//! mutations of that text (lines and bytes deleted, duplicated, swapped; deep nesting; huge
//! strings; odd Unicode).

use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// How hostile the generated guides may be. `Bounded` keeps every input small enough for
/// `cargo test`; `Long` adds the inputs that are slow by design (deep nesting, huge strings,
/// replacements that grow a file pass after pass).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Bounded,
    Long,
}

const BRANDS: &[&str] = &[
    "PowerSpec",
    "Micro Center",
    "Byte Harbor",
    "CoreForge",
    "Node.js",
    "AT&T",
    "C++",
    "iPhone",
    "O'Reilly",
    "Yahoo!",
    "Wi-Fi",
    "7-Eleven",
    "U.S. Robotics",
    "Dr. Oetker",
    "MacBook Pro",
    "Ünïcøde Labs",
    "日本電気",
    "Ωmega",
    "Café\u{301} Noir",
    "ﬁnance",
    "İstanbul Tech",
    "X",
    "3M",
    "GitHub",
];

/// Entries no real guide holds but a guide can: punctuation only, invisible, one letter.
const HOSTILE: &[&str] = &[
    "-",
    "--",
    " - ",
    ".",
    "'",
    "’",
    "&",
    "x",
    "ß",
    "İ",
    "e\u{301}",
    "\u{ad}",
    "\u{200b}word",
    "😀",
    "  spaced  ",
    "a\tb",
    "line\nbreak",
    "",
    " ",
    "MiXeD",
    "c#",
    ".net",
    "\u{202e}rtl",
    "\u{1b}[31mred",
];

/// Ordinary words for terms, banned entries and audiences: none is in a built-in pack, so a
/// guide drawing distinct ones validates.
const WORDS: &[&str] = &[
    "client",
    "outlet",
    "notebook",
    "technician",
    "gizmo",
    "widget",
    "shopper",
    "teammate",
    "vendor",
    "handset",
    "workstation",
    "console",
    "voucher",
    "invoice",
    "warranty",
    "bundle",
    "tablet",
    "monitor",
    "router",
    "charger",
    "headset",
    "printer",
    "cheap",
    "awesome",
    "insane",
    "epic",
    "killer",
    "ninja",
    "guru",
    "rockstar",
    "stuff",
    "basically",
    "end user",
    "sales rep",
    "help desk",
    "sign up",
    "IoT",
    "ROI",
    "SKU",
];

/// Preferred words (`use`, `prefer`, replacements): never in [`WORDS`].
const USES: &[&str] = &[
    "customer",
    "store",
    "laptop",
    "expert",
    "device",
    "buyer",
    "colleague",
    "supplier",
    "phone",
    "rig",
    "affordable",
    "great",
    "plainly",
    "use",
];

/// Banned patterns with a sentence each matches.
const PATTERNS: &[(&str, &str)] = &[
    (
        r"\b(?:best|first)[- ]in[- ]class\b",
        "Our best in class tool.",
    ),
    (
        r"\blowest prices? (?:in town|anywhere)\b",
        "The lowest price in town.",
    ),
    (r"\d+% off", "Get 50% off today."),
    (r"(?i)free\s+trial", "Start a FREE trial."),
    (r"(a+)+$", "aaaa"),
    (r"\bworld[- ]?class\b", "A world class team."),
    (r"[\p{Lu}]{5,}", "SHOUTING here"),
    (r"^#+ .*urgent", "# very urgent"),
];

/// A replacement that grows the text on every fix pass, `Scale::Long` only. (`[a-z]` →
/// `abcdef`, which multiplies a text by six per pass, is left out until fix runs are bounded:
/// it would stall every run that drew it.)
const GROWING: &[(&str, &str)] = &[(r"\bdata\b", "big data")];

const CLAIMS: &[&str] = &[
    "30-day returns",
    "$599",
    "60 seconds",
    "24/7 support",
    "1,500 laptops in stock",
    "99.9% uptime",
    "#1",
    "10x faster",
    "$100 off",
    "2 hours",
];

const PHRASES: &[&str] = &[
    "Three laptops in 60 seconds",
    "Experts who speak your language",
    "Walk out sure you bought the right machine",
    "Built for the way you work",
    "Your data, your rules",
    "One word for one thing",
];

const CTAS: &[&str] = &[
    "Visit your local store",
    "Book a demo",
    "Call us",
    "Sign up today",
];

const BENEFIT_WORDS: &[&str] = &[
    "confident",
    "peace of mind",
    "the right machine",
    "sure you bought",
    "relief",
];

/// Every rule id, from the registry.
pub fn rules() -> Vec<&'static str> {
    onmessage::registry::RULES
        .iter()
        .map(|r| r.id.as_str())
        .collect()
}

const LEVELS: &[&str] = &["error", "warning", "info", "off"];

/// Channel folders, none below another, so no channel covers a later one.
const CHANNEL_DIRS: &[(&str, &str)] = &[
    ("sales-script", "sales/**"),
    ("sell-sheet", "sell-sheets/**"),
    ("campaign", "campaigns/**"),
    ("blog", "blog/*.md"),
    ("email", "mail/**/*.mdx"),
];

/// A guide before it is written out, and the words a document should be built from.
#[derive(Debug, Clone)]
pub struct GuideSpec {
    pub value: Value,
    /// Every string of the guide a document may quote, misspell or break.
    pub vocabulary: Vec<String>,
    /// Literal banned and non-preferred words: matches of these must survive an invisible
    /// character inserted inside a word.
    pub literal_terms: Vec<String>,
    /// Channel and audience names, for front matter.
    pub channels: Vec<String>,
    pub audiences: Vec<String>,
}

/// A brand name: from the list, camel-case or dotted from two words, or hostile.
fn brand() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(BRANDS).prop_map(str::to_string),
        2 => ("[A-Z][a-z]{2,6}", "[A-Z][a-z]{2,6}").prop_map(|(a, b)| format!("{a}{b}")),
        1 => ("[a-z]{2,6}", "[a-z]{2,3}").prop_map(|(a, b)| format!("{a}.{b}")),
        1 => ("[A-Z][a-z]{1,6}", "[A-Z][a-z]{1,6}").prop_map(|(a, b)| format!("{a} {b}")),
        1 => prop::sample::select(HOSTILE).prop_map(str::to_string),
    ]
}

/// An entry word: usually the next of the shuffled ordinary words, sometimes hostile.
fn pick(words: &mut std::slice::Iter<'_, &'static str>, hostile: Option<&'static str>) -> String {
    match hostile {
        Some(h) => h.to_string(),
        None => words.next().copied().unwrap_or("gadget").to_string(),
    }
}

fn maybe_hostile() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![12 => Just(None), 1 => prop::sample::select(HOSTILE).prop_map(Some)]
}

fn level() -> impl Strategy<Value = &'static str> {
    prop::sample::select(LEVELS)
}

/// A valid-shaped guide. Most validate; hostile entries and random combinations make some
/// invalid, which is fine: loading must then fail with an error, never a panic.
pub fn guide_spec(scale: Scale) -> impl Strategy<Value = GuideSpec> {
    let words = Just(WORDS.to_vec()).prop_shuffle();
    let brands = prop::collection::vec(brand(), 0..4);
    let benefit = prop::option::weighted(
        0.6,
        (
            prop::sample::subsequence(BENEFIT_WORDS, 1..4),
            prop::option::of(1usize..200),
        ),
    );
    let phrases = prop::sample::subsequence(PHRASES, 0..4);
    let thresholds = prop::collection::vec(prop::option::of(0.5f64..1.0), 4);
    let cta = prop::sample::subsequence(CTAS, 0..3);
    let claims = prop::option::weighted(0.5, prop::sample::subsequence(CLAIMS, 0..6));
    let channels = prop::collection::vec(
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            prop::option::of(0usize..4),
            prop::option::of(5usize..400),
            prop::option::of(prop::bool::ANY),
        ),
        0..4,
    );
    let entries = prop::collection::vec(
        (0u8..6, maybe_hostile(), any::<(bool, bool, bool, bool)>()),
        0..9,
    );
    let patterns = prop::collection::vec(
        (prop::sample::select(PATTERNS), any::<bool>(), any::<bool>()),
        0..3,
    );
    let growing = match scale {
        Scale::Long => prop::option::weighted(0.03, prop::sample::select(GROWING)).boxed(),
        Scale::Bounded => Just(None).boxed(),
    };
    let rules = prop::collection::vec(
        (
            prop::sample::select(rules()),
            level(),
            prop::option::of(0.0f64..1.2),
        ),
        0..4,
    );
    let packs = prop::sample::subsequence(&["jargon", "hype"][..], 0..3);
    let ignore = prop::option::of(prop::sample::select(
        &["archive/**", "*.txt", "drafts/*"][..],
    ));
    (
        (words, brands, benefit, phrases, thresholds, cta, claims),
        (channels, entries, patterns, growing, rules, packs, ignore),
    )
        .prop_map(
            |(
                (words, brands, benefit, phrases, thresholds, cta, claims),
                (channels, entries, patterns, growing, rules, packs, ignore),
            )| {
                build(Parts {
                    words,
                    brands,
                    benefit,
                    phrases,
                    thresholds,
                    cta,
                    claims,
                    channels,
                    entries,
                    patterns,
                    growing,
                    rules,
                    packs,
                    ignore,
                })
            },
        )
}

type ChannelParts = (bool, bool, bool, Option<usize>, Option<usize>, Option<bool>);

/// One term, banned or audience entry: its kind, a hostile word in place of an ordinary one,
/// and flags (case, exact, an extra word or replacement, an example).
type Entry = (u8, Option<&'static str>, (bool, bool, bool, bool));

struct Parts {
    words: Vec<&'static str>,
    brands: Vec<String>,
    benefit: Option<(Vec<&'static str>, Option<usize>)>,
    phrases: Vec<&'static str>,
    thresholds: Vec<Option<f64>>,
    cta: Vec<&'static str>,
    claims: Option<Vec<&'static str>>,
    channels: Vec<ChannelParts>,
    entries: Vec<Entry>,
    patterns: Vec<((&'static str, &'static str), bool, bool)>,
    growing: Option<(&'static str, &'static str)>,
    rules: Vec<(&'static str, &'static str, Option<f64>)>,
    packs: Vec<&'static str>,
    ignore: Option<&'static str>,
}

fn build(p: Parts) -> GuideSpec {
    let mut g = Map::new();
    let mut vocabulary: Vec<String> = Vec::new();
    let mut literal_terms = Vec::new();
    g.insert("version".into(), json!(1));
    if !p.packs.is_empty() {
        g.insert("extends".into(), json!(p.packs));
        vocabulary.extend(["synergy", "leverage", "world-class", "circle back"].map(String::from));
    }
    if !p.brands.is_empty() {
        vocabulary.extend(p.brands.iter().cloned());
        g.insert("brand".into(), json!({ "names": p.brands }));
    }
    if let Some((expressions, within)) = &p.benefit {
        let mut b = json!({"statement": "Walk out sure you bought the right machine",
                           "expressions": expressions});
        if let Some(n) = within {
            b["within_words"] = json!(n);
        }
        vocabulary.extend(expressions.iter().map(|s| s.to_string()));
        g.insert("benefit".into(), b);
    }
    let ids: Vec<String> = (0..p.phrases.len()).map(|i| format!("p{i}")).collect();
    if !p.phrases.is_empty() {
        let list: Vec<Value> = p
            .phrases
            .iter()
            .zip(&ids)
            .zip(&p.thresholds)
            .map(|((text, id), t)| match t {
                Some(t) => json!({"id": id, "text": text, "threshold": t}),
                None => json!({"id": id, "text": text}),
            })
            .collect();
        vocabulary.extend(p.phrases.iter().map(|s| s.to_string()));
        g.insert("phrases".into(), Value::Array(list));
    }
    if !p.cta.is_empty() {
        vocabulary.extend(p.cta.iter().map(|s| s.to_string()));
        g.insert("cta".into(), json!(p.cta));
    }
    if let Some(claims) = &p.claims {
        vocabulary.extend(claims.iter().map(|s| s.to_string()));
        g.insert("claims".into(), json!({ "approved": claims }));
    }
    let mut channel_names = Vec::new();
    if !p.channels.is_empty() {
        let mut channels = Map::new();
        for (i, (with_path, req_benefit, req_cta, req_phrase, max_words, team)) in
            p.channels.iter().enumerate()
        {
            let (name, glob) = CHANNEL_DIRS[i % CHANNEL_DIRS.len()];
            let mut c = Map::new();
            if *with_path {
                c.insert("paths".into(), json!([glob]));
            }
            let mut require = Vec::new();
            if *req_benefit && p.benefit.is_some() {
                require.push("benefit".to_string());
            }
            if *req_cta && !p.cta.is_empty() {
                require.push("cta".to_string());
            }
            if let Some(id) = req_phrase.and_then(|k| ids.get(k)) {
                require.push(format!("phrase:{id}"));
            }
            if !require.is_empty() {
                c.insert("require".into(), json!(require));
            }
            if let Some(n) = max_words {
                c.insert("max_words".into(), json!(n));
            }
            if let Some(sales) = team {
                c.insert(
                    "team".into(),
                    json!(if *sales { "sales" } else { "marketing" }),
                );
            }
            channel_names.push(name.to_string());
            channels.insert(name.into(), Value::Object(c));
        }
        g.insert("channels".into(), Value::Object(channels));
    }
    let mut words = p.words.iter();
    let (mut terms, mut banned, mut audiences) = (Vec::new(), Vec::new(), Map::new());
    for (n, (kind, hostile, (case, exact, extra, example))) in p.entries.iter().enumerate() {
        let word = pick(&mut words, *hostile);
        vocabulary.push(word.clone());
        let use_word = USES[n % USES.len()];
        match kind {
            0 | 1 => {
                let mut t = json!({"use": use_word, "instead_of": [word]});
                if *extra {
                    let second = pick(&mut words, None);
                    vocabulary.push(second.clone());
                    literal_terms.push(second.clone());
                    t["instead_of"] = json!([word, second]);
                }
                if *case {
                    t["case"] = json!("sensitive");
                }
                if *exact {
                    t["exact"] = json!(true);
                }
                literal_terms.push(word);
                terms.push(t);
            }
            2..=4 => {
                let mut b = json!({ "term": word });
                if *extra {
                    b["reason"] = json!(format!("Say {use_word} instead of {word}"));
                    b["replacement"] = json!(use_word);
                }
                if *case {
                    b["case"] = json!("sensitive");
                }
                if *exact {
                    b["exact"] = json!(true);
                }
                if *example {
                    b["example"] = json!(format!("We sell the {word} here."));
                }
                literal_terms.push(word);
                banned.push(b);
            }
            _ => {
                let name = ["gamers", "business", "students"][n % 3];
                let mut a = json!({ "avoid": [word] });
                if *extra {
                    a["prefer"] = json!([use_word]);
                }
                if *case {
                    a["paths"] = json!(["campaigns/gaming/**"]);
                }
                audiences.insert(name.into(), a);
            }
        }
    }
    for ((pattern, example), with_example, sensitive) in &p.patterns {
        let mut b = json!({"pattern": pattern, "reason": "Unsubstantiated"});
        if *with_example {
            b["example"] = json!(example);
        }
        if *sensitive {
            b["case"] = json!("sensitive");
        }
        vocabulary.push(example.to_string());
        banned.push(b);
    }
    if let Some((pattern, replacement)) = p.growing {
        banned.push(json!({"pattern": pattern, "replacement": replacement}));
        vocabulary.push("data hello".into());
    }
    if !terms.is_empty() {
        g.insert("terms".into(), Value::Array(terms));
    }
    if !banned.is_empty() {
        g.insert("banned".into(), Value::Array(banned));
    }
    let audience_names: Vec<String> = audiences.keys().cloned().collect();
    if !audiences.is_empty() {
        g.insert("audiences".into(), Value::Object(audiences));
    }
    if !p.rules.is_empty() {
        let mut rules = Map::new();
        for (rule, level, threshold) in &p.rules {
            let setting = match threshold {
                Some(t) if *rule == "phrase-drift" => json!({"level": level, "threshold": t}),
                Some(_) => json!({ "level": level }),
                None => json!(level),
            };
            rules.insert(rule.to_string(), setting);
        }
        g.insert("rules".into(), Value::Object(rules));
    }
    if let Some(glob) = p.ignore {
        g.insert("ignore".into(), json!([glob]));
    }
    GuideSpec {
        value: Value::Object(g),
        vocabulary,
        literal_terms,
        channels: channel_names,
        audiences: audience_names,
    }
}

/// A small deterministic generator for the writing style, so one `u64` picks every choice of
/// style and shrinking the guide keeps its look.
struct Style(u64);

impl Style {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Write `value` as YAML: block or flow collections, plain or quoted strings, chosen by
/// `seed`; one seed in eight writes one-line JSON (which is YAML too).
pub fn to_yaml(value: &Value, seed: u64) -> String {
    let mut style = Style(seed | 1);
    if style.next(8) == 0 {
        return value.to_string();
    }
    let mut out = String::new();
    block(value, 0, &mut style, &mut out);
    out
}

fn is_plain(s: &str) -> bool {
    let special = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    ];
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '_' | '/'))
        && !s.ends_with(' ')
        && !special.contains(&s.to_ascii_lowercase().as_str())
}

fn string(s: &str, style: &mut Style) -> String {
    match style.next(3) {
        0 if is_plain(s) => s.to_string(),
        1 if !s.chars().any(char::is_control) => format!("'{}'", s.replace('\'', "''")),
        _ => Value::String(s.to_string()).to_string(),
    }
}

fn flow(value: &Value, style: &mut Style) -> String {
    match value {
        Value::String(s) => string(s, style),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|v| flow(v, style)).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", string(k, style), flow(v, style)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        other => other.to_string(),
    }
}

fn is_collection(value: &Value) -> bool {
    match value {
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
        _ => false,
    }
}

fn block(value: &Value, indent: usize, style: &mut Style, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = string(k, style);
                if is_collection(v) && style.next(3) != 0 {
                    out.push_str(&format!("{pad}{key}:\n"));
                    block(v, indent + 2, style, out);
                } else {
                    out.push_str(&format!("{pad}{key}: {}\n", flow(v, style)));
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                if matches!(item, Value::Object(m) if !m.is_empty()) && style.next(2) == 0 {
                    // "- key: value" then the other keys below it.
                    let mut inner = String::new();
                    block(item, indent + 2, style, &mut inner);
                    out.push_str(&format!("{pad}- {}", &inner[indent + 2..]));
                } else {
                    out.push_str(&format!("{pad}- {}\n", flow(item, style)));
                }
            }
        }
        other => out.push_str(&format!("{pad}{}\n", flow(other, style))),
    }
}

/// One change to a guide's text.
#[derive(Debug, Clone)]
pub enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    DeleteBytes(usize, usize),
    InsertBytes(usize, Vec<u8>),
    /// Nest the value of a line in `depth` flow sequences or maps.
    Nest(usize, usize, bool),
    /// Repeat a string value `times` times.
    Huge(usize, usize),
}

const ODD: &[&str] = &[
    "\u{feff}",
    "\u{ad}",
    "\u{200b}",
    "\u{202e}",
    "\u{0}",
    "\t",
    "\r",
    "\r\n",
    "\u{85}",
    "\u{2028}",
    "é",
    "\u{301}",
    "😀",
    ": ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "!!str ",
    "? ",
    "|",
    ">",
    "#",
    "%YAML 1.2\n",
    "---\n",
    "...\n",
    "'",
    "\"",
    "\\",
    "<<: ",
    "\u{ffff}",
    "\u{1b}[2J",
];

pub fn mutation(scale: Scale) -> impl Strategy<Value = Mutation> {
    let (depth, times) = match scale {
        Scale::Bounded => (1usize..400, 1usize..200),
        // Longer strings (a brand name of 60,000 letters) stall the loader: issue 12, open.
        Scale::Long => (1usize..20_000, 1usize..5_000),
    };
    prop_oneof![
        3 => any::<usize>().prop_map(Mutation::DeleteLine),
        2 => any::<usize>().prop_map(Mutation::DuplicateLine),
        2 => any::<(usize, usize)>().prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (any::<usize>(), 1usize..8).prop_map(|(a, n)| Mutation::DeleteBytes(a, n)),
        3 => (
            any::<usize>(),
            prop_oneof![
                prop::sample::select(ODD).prop_map(|s| s.as_bytes().to_vec()),
                prop::collection::vec(any::<u8>(), 1..4),
            ]
        )
            .prop_map(|(a, b)| Mutation::InsertBytes(a, b)),
        1 => (any::<usize>(), depth, any::<bool>()).prop_map(|(a, d, m)| Mutation::Nest(a, d, m)),
        1 => (any::<usize>(), times).prop_map(|(a, t)| Mutation::Huge(a, t)),
    ]
}

/// Apply mutations to guide text; the result may be any bytes, so it is returned as bytes.
pub fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let mut lines: Vec<Vec<u8>> = bytes
            .split_inclusive(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect();
        let n = lines.len().max(1);
        match m {
            Mutation::DeleteLine(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::DuplicateLine(i) if !lines.is_empty() => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
            Mutation::DeleteBytes(at, len) if !bytes.is_empty() => {
                let at = at % bytes.len();
                let end = (at + len).min(bytes.len());
                bytes.drain(at..end);
                continue;
            }
            Mutation::InsertBytes(at, insert) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, insert.iter().copied());
                continue;
            }
            Mutation::Nest(i, depth, map) if !lines.is_empty() => {
                let line = &mut lines[i % n];
                let colon = line.iter().position(|&b| b == b':').map_or(0, |c| c + 1);
                let (open, close) = if *map {
                    ("{a: ".repeat(*depth), "}".repeat(*depth))
                } else {
                    ("[".repeat(*depth), "]".repeat(*depth))
                };
                let end = line.len() - usize::from(line.ends_with(b"\n"));
                line.splice(end..end, close.bytes());
                line.splice(colon..colon, format!(" {open}").bytes());
            }
            Mutation::Huge(i, times) if !lines.is_empty() => {
                let line = &mut lines[i % n];
                if let Some(q) = line.iter().position(|&b| b == b'"') {
                    let filler = "Ab".repeat(*times);
                    line.splice(q + 1..q + 1, filler.bytes());
                }
            }
            _ => {}
        }
        bytes = lines.concat();
    }
    bytes
}

/// The demo guide, and the README's guide with every key (the YAML block after "Every key is
/// optional"): guides as people write them, in block style with comments, where the generated
/// ones are flow-heavy.
pub fn real_guides() -> [&'static str; 2] {
    const README: &str = include_str!("../../README.md");
    let from = README
        .find("Every key is optional")
        .expect("the README's guide section");
    let block = &README[from..];
    let start = block.find("```yaml\n").expect("its YAML block") + "```yaml\n".len();
    let end = block[start..].find("```").expect("the block's end");
    [
        include_str!("../../fixtures/demo/message-guide.yml"),
        &block[start..start + end],
    ]
}

/// One of [`real_guides`] with a few mutations.
pub fn real_guide_mutated(scale: Scale) -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(real_guides().to_vec()),
        prop::collection::vec(mutation(scale), 1..6),
    )
        .prop_map(|(text, mutations)| mutate(text, &mutations))
}

/// A guide as text: a valid-shaped one, or (one in three) the same mutated.
#[derive(Debug, Clone)]
pub struct GuideText {
    pub spec: GuideSpec,
    pub bytes: Vec<u8>,
    pub mutated: bool,
}

pub fn guide_text(scale: Scale) -> impl Strategy<Value = GuideText> {
    (
        guide_spec(scale),
        any::<u64>(),
        prop::option::weighted(0.33, prop::collection::vec(mutation(scale), 1..4)),
    )
        .prop_map(|(spec, seed, mutations)| {
            let yaml = to_yaml(&spec.value, seed);
            let bytes = match &mutations {
                Some(m) => mutate(&yaml, m),
                None => yaml.into_bytes(),
            };
            GuideText {
                spec,
                bytes,
                mutated: mutations.is_some(),
            }
        })
}
