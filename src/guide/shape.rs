//! Size and shape limits on every guide field, checked before anything is compiled: a string
//! longer than an entry can be, a phrase longer than a tagline, a list longer than a guide
//! needs, a term no text can ever match. Each problem points at the value.

use super::schema::Guide;
use super::{Problem, Seg};
use crate::guide_path;
use crate::limits::{
    MAX_ENTRY_CHARS, MAX_GUIDE_LIST_ENTRIES, MAX_GUIDE_NOTE_CHARS, MAX_GUIDE_PATTERNS,
    MAX_PHRASE_WORDS,
};

/// How a string field is checked.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A word or short phrase matched in text: at most [`MAX_ENTRY_CHARS`], and it must hold
    /// a letter or a digit (punctuation alone is no word, so it could never match).
    Term,
    /// A phrase matched word by word: a term of at most [`MAX_PHRASE_WORDS`] words.
    Phrase,
    /// A name, glob, pattern or replacement: at most [`MAX_ENTRY_CHARS`].
    Short,
    /// Prose shown to writers (reason, example, statement): at most [`MAX_GUIDE_NOTE_CHARS`].
    Note,
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn string(&mut self, path: Vec<Seg>, what: &str, value: &str, kind: Kind) {
        // Words first: a paragraph pasted as a phrase is told it is a paragraph.
        if kind == Kind::Phrase {
            let words = crate::document::words(value).count();
            if words > MAX_PHRASE_WORDS {
                self.problems.push(
                    Problem::at(
                        path,
                        format!("{what} has {words} words, more than {MAX_PHRASE_WORDS}"),
                    )
                    .with_help(format!(
                        "an approved phrase is a tagline, not a paragraph: at most {MAX_PHRASE_WORDS} words"
                    )),
                );
                return;
            }
        }
        let limit = match kind {
            Kind::Note => MAX_GUIDE_NOTE_CHARS,
            _ => MAX_ENTRY_CHARS,
        };
        // Counting stops past the limit: the length of a huge value is not worth a pass.
        let chars = value.chars().take(limit + 1).count();
        if chars > limit {
            let help = match kind {
                Kind::Note => format!("keep it to a sentence or two: at most {limit} characters"),
                _ => {
                    format!("a guide entry is a word or a short phrase: at most {limit} characters")
                }
            };
            self.problems.push(
                Problem::at(path, format!("{what} is longer than {limit} characters"))
                    .with_help(help),
            );
            return;
        }
        if matches!(kind, Kind::Term | Kind::Phrase)
            && !value.trim().is_empty()
            && !value.chars().any(char::is_alphanumeric)
        {
            self.problems.push(
                Problem::at(
                    path,
                    format!("{what} `{value}` can never match: it has no letter or digit"),
                )
                .with_help("text is matched word by word, and punctuation alone is no word"),
            );
        }
    }

    /// A list: at most [`MAX_GUIDE_LIST_ENTRIES`] items, each checked as `kind`.
    fn list(&mut self, path: Vec<Seg>, what: &str, values: &[String], kind: Kind) {
        if self.count(path.clone(), what, values.len()) {
            for (i, value) in values.iter().enumerate() {
                let mut at = path.clone();
                at.push(Seg::Index(i));
                self.string(at, what, value, kind);
            }
        }
    }

    /// The test sentences of the entry at `entry` (`counter_examples`, `examples`, `fixed`):
    /// sentences, like `example`.
    fn tests(
        &mut self,
        entry: Vec<Seg>,
        counter: &[String],
        examples: &[String],
        fixed: &Option<String>,
    ) {
        let at = |key: &str| {
            let mut path = entry.clone();
            path.push(Seg::from(key));
            path
        };
        self.list(
            at("counter_examples"),
            "the counter-example",
            counter,
            Kind::Note,
        );
        self.list(at("examples"), "the example", examples, Kind::Note);
        if let Some(fixed) = fixed {
            self.string(at("fixed"), "the fixed sentence", fixed, Kind::Note);
        }
    }

    /// Whether a list of `len` items is within [`MAX_GUIDE_LIST_ENTRIES`] (else a problem at
    /// the first item past it).
    fn count(&mut self, mut path: Vec<Seg>, what: &str, len: usize) -> bool {
        if len <= MAX_GUIDE_LIST_ENTRIES {
            return true;
        }
        path.push(Seg::Index(MAX_GUIDE_LIST_ENTRIES));
        self.problems.push(
            Problem::at(
                path,
                format!("{len} entries where a guide allows {MAX_GUIDE_LIST_ENTRIES} ({what})"),
            )
            .with_help("split the list, or move long word lists out of the guide"),
        );
        false
    }

    /// The keys of a map (channel, audience and rule names).
    fn keys<'a>(
        &mut self,
        path: Vec<Seg>,
        what: &str,
        keys: impl ExactSizeIterator<Item = &'a String>,
    ) -> bool {
        let len = keys.len();
        if len > MAX_GUIDE_LIST_ENTRIES {
            self.problems.push(
                Problem::at(
                    path,
                    format!("{len} {what}s where a guide allows {MAX_GUIDE_LIST_ENTRIES}"),
                )
                .with_help("split the guide by folder: each folder can have its own"),
            );
            return false;
        }
        let before = self.problems.len();
        for key in keys {
            let mut at = path.clone();
            at.push(Seg::Key(key.clone()));
            if key.chars().take(MAX_ENTRY_CHARS + 1).count() > MAX_ENTRY_CHARS {
                self.problems.push(
                    Problem::at(
                        at,
                        format!("{what} name is longer than {MAX_ENTRY_CHARS} characters"),
                    )
                    .at_key(),
                );
            }
        }
        self.problems.len() == before
    }
}

/// Every size or shape problem in the guide. Checked before the other validation, which may
/// assume what these limits promise.
pub fn check(guide: &Guide) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    if c.count(guide_path!["extends"], "packs", guide.extends.len()) {
        for (i, extend) in guide.extends.iter().enumerate() {
            c.string(
                guide_path!["extends", i, "pack"],
                "pack name",
                &extend.pack,
                Kind::Short,
            );
            let path = guide_path!["extends", i, "except"];
            c.list(path, "an `except` term", &extend.except, Kind::Term);
        }
    }
    if let Some(brand) = &guide.brand {
        c.list(
            guide_path!["brand", "names"],
            "brand name",
            &brand.names,
            Kind::Term,
        );
        c.tests(
            guide_path!["brand"],
            &brand.counter_examples,
            &brand.examples,
            &brand.fixed,
        );
    }
    if let Some(benefit) = &guide.benefit {
        c.string(
            guide_path!["benefit", "statement"],
            "the benefit statement",
            &benefit.statement,
            Kind::Note,
        );
        let path = guide_path!["benefit", "expressions"];
        c.list(path, "benefit expression", &benefit.expressions, Kind::Term);
        c.tests(
            guide_path!["benefit"],
            &benefit.counter_examples,
            &benefit.examples,
            &None,
        );
    }
    if c.count(guide_path!["phrases"], "phrases", guide.phrases.len()) {
        for (i, phrase) in guide.phrases.iter().enumerate() {
            c.string(
                guide_path!["phrases", i, "id"],
                "a phrase id",
                &phrase.id,
                Kind::Short,
            );
            let what = "the approved phrase";
            c.string(
                guide_path!["phrases", i, "text"],
                what,
                &phrase.text,
                Kind::Phrase,
            );
            c.tests(
                guide_path!["phrases", i],
                &phrase.counter_examples,
                &phrase.examples,
                &phrase.fixed,
            );
        }
    }
    if c.count(guide_path!["terms"], "terms", guide.terms.len()) {
        for (i, term) in guide.terms.iter().enumerate() {
            c.string(
                guide_path!["terms", i, "use"],
                "`use`",
                &term.use_,
                Kind::Term,
            );
            let path = guide_path!["terms", i, "instead_of"];
            c.list(path, "the term", &term.instead_of, Kind::Term);
            if let Some(example) = &term.example {
                c.string(
                    guide_path!["terms", i, "example"],
                    "the example",
                    example,
                    Kind::Note,
                );
            }
            c.tests(
                guide_path!["terms", i],
                &term.counter_examples,
                &term.examples,
                &term.fixed,
            );
            let path = guide_path!["terms", i, "unless_near"];
            c.list(path, "an `unless_near` word", &term.unless_near, Kind::Term);
        }
    }
    check_banned(guide, &mut c);
    c.list(
        guide_path!["cta"],
        "the call to action",
        &guide.cta,
        Kind::Phrase,
    );
    for (i, sentences) in guide.cta.counter_examples.iter().enumerate() {
        let (examples, fixed) = (&guide.cta.examples[i], &guide.cta.fixed[i]);
        c.tests(guide_path!["cta", i], sentences, examples, fixed);
    }
    if let Some(claims) = &guide.claims {
        let path = guide_path!["claims", "approved"];
        c.list(path, "the approved claim", &claims.approved, Kind::Short);
        c.tests(
            guide_path!["claims"],
            &claims.counter_examples,
            &claims.examples,
            &claims.fixed,
        );
    }
    if c.keys(guide_path!["channels"], "channel", guide.channels.keys()) {
        for (name, channel) in &guide.channels {
            let at = |key: &str| guide_path!["channels", name.as_str(), key];
            c.list(at("paths"), "a channel glob", &channel.paths, Kind::Short);
            c.list(
                at("require"),
                "a requirement",
                &channel.require,
                Kind::Short,
            );
        }
    }
    if c.keys(guide_path!["audiences"], "audience", guide.audiences.keys()) {
        for (name, audience) in &guide.audiences {
            let at = |key: &str| guide_path!["audiences", name.as_str(), key];
            c.list(
                at("paths"),
                "an audience glob",
                &audience.paths,
                Kind::Short,
            );
            c.list(at("avoid"), "the avoid word", &audience.avoid, Kind::Term);
            c.list(
                at("prefer"),
                "the prefer word",
                &audience.prefer,
                Kind::Short,
            );
            let (counter, examples) = (&audience.counter_examples, &audience.examples);
            let at = guide_path!["audiences", name.as_str()];
            c.tests(at, counter, examples, &audience.fixed);
        }
    }
    c.keys(guide_path!["rules"], "rule", guide.rules.keys());
    if c.count(guide_path!["overrides"], "overrides", guide.overrides.len()) {
        for (i, entry) in guide.overrides.iter().enumerate() {
            let path = guide_path!["overrides", i, "paths"];
            c.list(path, "an override glob", &entry.paths, Kind::Short);
            c.keys(
                guide_path!["overrides", i, "rules"],
                "rule",
                entry.rules.keys(),
            );
        }
    }
    c.list(
        guide_path!["ignore"],
        "an ignore glob",
        &guide.ignore,
        Kind::Short,
    );
    c.list(
        guide_path!["include"],
        "an include glob",
        &guide.include,
        Kind::Short,
    );
    c.list(
        guide_path!["uncountable"],
        "an uncountable word",
        &guide.uncountable,
        Kind::Short,
    );
    if let Some(calibration) = &guide.calibration {
        let (good, bad) = (&calibration.good, &calibration.bad);
        c.list(
            guide_path!["calibration", "good"],
            "a calibration glob",
            good,
            Kind::Short,
        );
        c.list(
            guide_path!["calibration", "bad"],
            "a calibration glob",
            bad,
            Kind::Short,
        );
    }
    c.problems
}

fn check_banned(guide: &Guide, c: &mut Checker) {
    if !c.count(guide_path!["banned"], "banned entries", guide.banned.len()) {
        return;
    }
    let mut patterns = 0;
    for (i, entry) in guide.banned.iter().enumerate() {
        let at = |key: &str| guide_path!["banned", i, key];
        if let Some(term) = &entry.term {
            c.string(at("term"), "the banned term", term, Kind::Term);
        }
        if let Some(pattern) = &entry.pattern {
            patterns += 1;
            if patterns == MAX_GUIDE_PATTERNS + 1 {
                c.problems.push(
                    Problem::at(
                        at("pattern"),
                        format!("more than {MAX_GUIDE_PATTERNS} banned patterns"),
                    )
                    .with_help("each pattern is a regex run over every document: list words as `term`s, or join patterns with `|`"),
                );
            }
            c.string(at("pattern"), "the pattern", pattern, Kind::Short);
        }
        for (key, value, kind) in [
            ("replacement", &entry.replacement, Kind::Short),
            ("reason", &entry.reason, Kind::Note),
            ("example", &entry.example, Kind::Note),
        ] {
            if let Some(value) = value {
                c.string(at(key), &format!("the {key}"), value, kind);
            }
        }
        c.tests(
            guide_path!["banned", i],
            &entry.counter_examples,
            &entry.examples,
            &entry.fixed,
        );
        let path = at("unless_near");
        c.list(
            path,
            "an `unless_near` word",
            &entry.unless_near,
            Kind::Term,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load::parse;

    fn problems(yaml: &str) -> Vec<String> {
        let (guide, _) = parse::<Guide>(yaml).expect("parses");
        check(&guide)
            .into_iter()
            .map(|p| format!("{} | {}", p.message, p.help.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn entries_without_a_letter_or_digit_can_never_match() {
        let yaml = "version: 1\nbrand: {names: [\"-\", \"--\", \" - \", \"C++\"]}\nterms:\n  - {use: customer, instead_of: [\"-\"]}\nbanned:\n  - {term: \"…\"}\n  - {term: \"\"}\n";
        let found = problems(yaml);
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(
            found[0],
            "brand name `-` can never match: it has no letter or digit | text is matched word by word, and punctuation alone is no word"
        );
        assert!(
            found[3].starts_with("the term `-` can never match"),
            "{found:?}"
        );
        assert!(
            found[4].starts_with("the banned term `…` can never match"),
            "{found:?}"
        );
    }

    #[test]
    fn long_strings_phrases_and_lists_are_refused() {
        let long = "a".repeat(MAX_ENTRY_CHARS + 1);
        let words = vec!["word"; MAX_PHRASE_WORDS + 1].join(" ");
        let names: Vec<String> = (0..=MAX_GUIDE_LIST_ENTRIES)
            .map(|i| format!("n{i}"))
            .collect();
        let yaml = format!(
            "version: 1\nbanned:\n  - {{term: {long}}}\n  - {{term: ok, reason: {}}}\nphrases:\n  - {{id: tag, text: \"{words}\"}}\ncta: [\"{}\"]\nignore: [{}]\n",
            "b".repeat(MAX_GUIDE_NOTE_CHARS + 1),
            vec!["go"; MAX_PHRASE_WORDS].join(" "),
            names.join(", ")
        );
        let found = problems(&yaml);
        assert_eq!(
            found,
            [
                "the approved phrase has 31 words, more than 30 | an approved phrase is a tagline, not a paragraph: at most 30 words",
                "the banned term is longer than 200 characters | a guide entry is a word or a short phrase: at most 200 characters",
                "the reason is longer than 1000 characters | keep it to a sentence or two: at most 1000 characters",
                "5001 entries where a guide allows 5000 (an ignore glob) | split the list, or move long word lists out of the guide",
            ]
        );
    }

    #[test]
    fn too_many_patterns() {
        let mut yaml = String::from("version: 1\nbanned:\n");
        for i in 0..=MAX_GUIDE_PATTERNS {
            yaml.push_str(&format!("  - {{pattern: 'p{i}'}}\n"));
        }
        assert_eq!(problems(&yaml).len(), 1);
    }
}
