//! A document: the text of one file, where its prose is, and a line index for positions.

pub mod annotations;
mod ascii_runs;
mod ascii_words;
mod callouts;
pub mod code_links;
mod code_words;
mod command_lines;
mod commands;
pub mod comments;
pub mod english;
pub mod front_matter;
mod heading_anchors;
mod html;
pub mod identifiers;
mod interviews;
pub mod joined;
mod jsx;
pub mod key_lists;
mod kind;
pub mod labels;
mod lines;
pub mod links;
pub mod locale;
pub mod location;
pub mod markdown;
mod mdx;
pub mod mentions;
pub mod normalized;
pub mod office;
mod prose_words;
pub mod queries;
mod quoted_answers;
mod quotes;
pub mod screenshots;
pub mod sentences;
#[cfg(target_arch = "x86_64")]
pub(crate) mod sixteen;
pub mod slugs;
mod spans;
mod status_words;
mod styled_quotes;
mod template_tags;
mod transcripts;
pub mod versions;
mod visible;
mod word_iter;

pub use html::markup_safe;
pub use kind::{decode, Kind, NotText};
pub use lines::LineIndex;
use std::ops::Range;
use std::sync::OnceLock;
pub use word_iter::{words, words_rev, Words, WordsRev};

pub struct Document<'a> {
    /// The text without a UTF-8 BOM; every offset inside the crate refers to it.
    pub text: &'a str,
    /// Bytes of BOM before `text` in the file (0 or 3): added to offsets in findings.
    pub bom: usize,
    pub kind: Kind,
    /// Where prose is, sorted and disjoint; `None` means all of the text (plain text files).
    prose: Option<Vec<Range<usize>>>,
    /// Code blocks and spans (Markdown), sorted.
    code: Vec<Range<usize>>,
    /// The YAML front matter of Markdown files, if any.
    pub front_matter: Option<Range<usize>>,
    /// HTML comments and MDX expressions never closed, sorted: each taken to end with its
    /// paragraph, so the rest of the file is checked.
    pub unclosed: Vec<comments::Unclosed>,
    /// Markdown `>` blockquotes, callouts included, from the same parse as `prose`.
    blockquotes: Vec<Range<usize>>,
    /// Quotations, found when a rule first asks.
    quotations: OnceLock<Vec<Range<usize>>>,
    /// The quotations that are not quoted sentences, found when a rule first asks.
    structural_quotes: OnceLock<Vec<Range<usize>>>,
    /// Link and image destinations (Markdown).
    destinations: Vec<String>,
    /// Headings, from the same parse as `prose`, sorted and disjoint.
    headings: Vec<Range<usize>>,
    /// HTML: the `content` of `<meta name="onmessage-channel">`, which names the channel as
    /// front matter's `channel:` does.
    pub channel_meta: Option<Range<usize>>,
    /// Word and PowerPoint: the custom document property `onmessage-channel`, which names the
    /// channel as front matter's `channel:` does. Not in the text: a finding about an unknown
    /// name sits at its start.
    pub channel_property: Option<String>,
    /// Word and OpenDocument comments and speaker notes lines holding suppression directives,
    /// sorted by anchor: not in the text.
    pub annotations: Vec<annotations::Annotation>,
    /// Joined tokens seen in code, URLs, link destinations and paths: learnt on first use.
    identifier_set: OnceLock<joined::IdentifierSet>,
    lines: OnceLock<LineIndex>,
    /// Words the document uses as status names ([`Document::status_words`]): found on first use.
    status_words: OnceLock<rustc_hash::FxHashSet<String>>,
    /// The prose words ([`Document::prose_words`]): read on first use, shared by every rule.
    prose_words: OnceLock<prose_words::ProseWords>,
    /// Where regions sit in the document's structure (key paths, pages, slides), for formats
    /// that have one; empty for Markdown and HTML.
    locations: location::Locations,
    /// JSON and YAML: how each prose value is quoted, and why the file could not be read.
    content_file: Option<Result<locale::Strings, locale::SyntaxError>>,
    /// JSON and YAML: the text with the quotes delimiting strings made spaces.
    context_text: Option<String>,
}

impl<'a> Document<'a> {
    pub fn new(source: &'a str, kind: Kind) -> Self {
        let text = source.strip_prefix('\u{feff}').unwrap_or(source);
        let bom = source.len() - text.len();
        let mut channel_meta = None;
        let mut content_file = None;
        let mut context_text = None;
        let mut locations = location::Locations::default();
        let (prose, code, front_matter, unclosed, blockquotes, destinations, headings) = match kind
        {
            // Extracted text is plain text; its headings come with it ([`Document::with_headings`]).
            Kind::Text | Kind::Docx | Kind::Pptx | Kind::Odt | Kind::Odp | Kind::Pdf => (
                None,
                Vec::new(),
                None,
                Vec::new(),
                Vec::new(),
                Vec::new(),
                Vec::new(),
            ),
            Kind::Markdown | Kind::Mdx => {
                let regions = markdown::regions(text, kind == Kind::Mdx);
                let front_matter = markdown::front_matter_end(text).map(|end| 0..end);
                (
                    Some(regions.prose),
                    regions.code,
                    front_matter,
                    regions.unclosed,
                    regions.blockquotes,
                    regions.destinations,
                    regions.headings,
                )
            }
            Kind::Html | Kind::Mjml | Kind::Astro | Kind::Vue | Kind::Svelte => {
                let html = html::regions(text, kind);
                channel_meta = html.channel;
                let regions = html.regions;
                (
                    Some(regions.prose),
                    regions.code,
                    None,
                    regions.unclosed,
                    regions.blockquotes,
                    regions.destinations,
                    regions.headings,
                )
            }
            Kind::Json | Kind::Yaml => {
                let mut strings = locale::regions(text, kind);
                // The prose stays in `strings` too: fixes are checked against it.
                let prose = match &mut strings {
                    Ok(strings) => {
                        locations = std::mem::take(&mut strings.locations);
                        strings.prose.clone()
                    }
                    Err(_) => Vec::new(),
                };
                context_text = strings.as_ref().ok().map(|s| s.context_text(text));
                content_file = Some(strings);
                (
                    Some(prose),
                    Vec::new(),
                    None,
                    Vec::new(),
                    Vec::new(),
                    Vec::new(),
                    Vec::new(),
                )
            }
        };
        Document {
            text,
            bom,
            kind,
            prose,
            code,
            front_matter,
            unclosed,
            blockquotes,
            quotations: OnceLock::new(),
            structural_quotes: OnceLock::new(),
            destinations,
            headings,
            channel_meta,
            channel_property: None,
            annotations: Vec::new(),
            identifier_set: OnceLock::new(),
            lines: OnceLock::new(),
            status_words: OnceLock::new(),
            prose_words: OnceLock::new(),
            locations,
            content_file,
            context_text,
        }
    }

    /// The text rules read for a match's context: `text`, except in JSON and YAML files, where
    /// the quotes delimiting strings are spaces (a quoted value is neither a quotation nor a
    /// word mentioned). Offsets are the same.
    pub fn context_text(&self) -> &str {
        self.context_text.as_deref().unwrap_or(self.text)
    }

    /// Why a JSON or YAML file could not be read: it is reported and skipped, not checked.
    pub fn syntax_error(&self) -> Option<&locale::SyntaxError> {
        self.content_file.as_ref()?.as_ref().err()
    }

    /// Whether a fix may write `replacement` over `start..end` (offsets in the file, BOM
    /// included) as it is: HTML-family documents refuse markup characters, JSON and YAML files
    /// anything their string's quoting would need escaped, an escape sequence or a placeholder.
    pub fn replacement_fits(&self, start: usize, end: usize, replacement: &str) -> bool {
        if self.kind.is_html() {
            return html::markup_safe(replacement);
        }
        match &self.content_file {
            Some(Ok(strings)) => {
                let (Some(start), Some(end)) =
                    (start.checked_sub(self.bom), end.checked_sub(self.bom))
                else {
                    return false;
                };
                locale::fix_fits(strings, self.text, start..end, replacement)
            }
            Some(Err(_)) => false,
            None => true,
        }
    }

    /// The same document with its regions' structural locations.
    pub fn with_locations(mut self, locations: location::Locations) -> Self {
        self.locations = locations;
        self
    }

    /// The same document with the channel its document properties name.
    pub fn with_channel_property(mut self, channel: Option<String>) -> Self {
        self.channel_property = channel;
        self
    }

    /// The same document with the suppression directives its comments and notes hold.
    pub fn with_annotations(mut self, mut annotations: Vec<annotations::Annotation>) -> Self {
        annotations.sort_by_key(|a| (a.anchor.start, a.anchor.end));
        self.annotations = annotations;
        self
    }

    /// The same document with these headings (sorted, disjoint): for extracted text, whose
    /// headings the extraction found.
    pub fn with_headings(mut self, headings: Vec<Range<usize>>) -> Self {
        self.headings = headings;
        self
    }

    /// The structural location of `offset` (a key path, a page, a slide), if the format has one.
    pub fn location_at(&self, offset: usize) -> Option<&location::Location> {
        self.locations.at(offset)
    }

    /// Whether the match at `start..end` is part of an identifier: a URL, path, handle or file
    /// name around it, or a joined token this document writes in code, a URL, a link
    /// destination or a path somewhere (`tailwind-nimbus` after `npm install tailwind-nimbus`).
    /// `dotted_names` are the guide's names with dots ("Node.js"), which are words.
    pub fn in_identifier(&self, start: usize, end: usize, dotted_names: &[String]) -> bool {
        if identifiers::plain_word_alone(self.text, start, end) {
            return false;
        }
        if identifiers::in_identifier(self.text, start, end, dotted_names) {
            return true;
        }
        // Most matches are plain words, which no joined token holds: the set (a pass over the
        // whole text) is learnt only when a match lies in one.
        let Some(token) = joined::joined_token_around(self.text, start, end) else {
            return false;
        };
        self.identifier_set
            .get_or_init(|| {
                joined::IdentifierSet::collect(self.text, &self.code, &self.destinations)
            })
            .holds(token)
    }

    /// Whether the match at `start..end` stands alone in quotation marks: a word mentioned
    /// (`avoid the word "synergy"`), not used.
    pub fn is_mention(&self, start: usize, end: usize) -> bool {
        let text = self.context_text();
        joined::quoted_alone(text, start, end) || mentions::after_mention_cue(text, start)
    }

    /// Whether the match at `range` is prose: every character of it lies in a prose region,
    /// except whitespace and `>` quote markers between them (a soft break, a quoted line).
    pub fn is_prose(&self, range: Range<usize>) -> bool {
        self.prose
            .as_ref()
            .is_none_or(|prose| spans::in_prose(self.text, prose, range))
    }

    /// The prose regions, sorted and disjoint; `None`: all of the text (plain text files).
    pub fn prose_regions(&self) -> Option<&[Range<usize>]> {
        self.prose.as_deref()
    }

    /// Where a term match may lie (see [`spans::match_spans`]); `None`: anywhere (plain text).
    pub fn match_spans(&self) -> Option<Vec<Range<usize>>> {
        let prose = self.prose.as_ref()?;
        Some(spans::match_spans(self.text, prose))
    }

    /// Quotations — blockquotes that are not callouts, `<blockquote>` and `<q>` elements, quoted
    /// sentences of three or more words — sorted and disjoint.
    pub fn quotations(&self) -> &[Range<usize>] {
        self.quotations
            .get_or_init(|| quotes::find(self, &self.blockquotes))
    }

    /// Whether the match at `range` touches a quotation (an empty range: lies in one).
    pub fn in_quotation(&self, range: Range<usize>) -> bool {
        let (start, end) = (range.start, range.end.max(range.start + 1));
        // Quoted sentences are looked for around the match only: most documents are asked about
        // a few matches, and finding every quoted sentence takes a pass over all the text.
        let structural = self
            .structural_quotes
            .get_or_init(|| quotes::structural(self, &self.blockquotes));
        quotes::touches(structural, start, end)
            || quotes::sentence_touches(self, start, end)
                .unwrap_or_else(|| quotes::touches(self.quotations(), start, end))
    }

    /// Whether `range` lies in an answer of a question-and-answer interview (one of the
    /// quotations: [`interviews`]).
    pub fn in_interview_answer(&self, range: Range<usize>) -> bool {
        let mut answers = Vec::new();
        interviews::find(self, &mut answers);
        answers
            .iter()
            .any(|a| a.start <= range.start && range.end <= a.end)
    }

    /// The YAML inside the front matter fences, with its offset in the text.
    pub fn front_matter_yaml(&self) -> Option<(usize, &'a str)> {
        self.front_matter_in(front_matter::Syntax::Yaml)
    }

    /// The TOML inside `+++` front matter fences (Hugo, Zola), with its offset in the text.
    pub fn front_matter_toml(&self) -> Option<(usize, &'a str)> {
        self.front_matter_in(front_matter::Syntax::Toml)
    }

    /// The inside of the front matter fences, if the block is written in `syntax`.
    fn front_matter_in(&self, syntax: front_matter::Syntax) -> Option<(usize, &'a str)> {
        let block = &self.text[self.front_matter.clone()?];
        if !block.starts_with(syntax.fence()) {
            return None;
        }
        let start = block.find('\n')? + 1;
        let body = &block[start..];
        let end = body
            .trim_end_matches(['\n', '\r'])
            .rfind('\n')
            .map_or(0, |i| i + 1);
        Some((start, &body[..end]))
    }

    /// The page's title: the front matter's `title:` line (unquoted; in TOML, `title = "…"`),
    /// else its first `# ` heading.
    pub fn title(&self) -> Option<&'a str> {
        if let Some((_, yaml)) = self.front_matter_yaml() {
            if let Some(line) = yaml.lines().find(|l| l.starts_with("title:")) {
                return Some(line["title:".len()..].trim().trim_matches(['"', '\'']));
            }
        }
        if let Some((_, toml)) = self.front_matter_toml() {
            let fields = front_matter::toml_fields(toml);
            if let Some(title) = fields.iter().find(|f| f.key == "title" && f.is_string) {
                return Some(&toml[title.range.clone()]);
            }
        }
        self.text
            .lines()
            .find(|l| l.starts_with("# "))
            .map(|l| l[2..].trim_end())
    }

    /// Whether `offset` lies in a heading (Markdown and MDX; plain text has none).
    pub fn in_heading(&self, offset: usize) -> bool {
        self.heading_at(offset).is_some()
    }

    /// The heading holding `offset`, if any.
    fn heading_at(&self, offset: usize) -> Option<&Range<usize>> {
        let i = self.headings.partition_point(|r| r.end <= offset);
        self.headings.get(i).filter(|r| r.start <= offset)
    }

    /// Whether `offset` lies in a code block or code span.
    pub fn in_code(&self, offset: usize) -> bool {
        let i = self.code.partition_point(|r| r.end <= offset);
        self.code.get(i).is_some_and(|r| r.start <= offset)
    }

    /// Whether a code block or code span writes `word` as a whole word, in the same case: a
    /// placeholder or constant (`{FERRETDB SVC}`) the prose then names.
    pub fn code_writes_word(&self, word: &str) -> bool {
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        self.code.iter().any(|range| {
            let code = &self.text[range.clone()];
            code.match_indices(word).any(|(at, _)| {
                boundary(code[..at].chars().next_back())
                    && boundary(code[at + word.len()..].chars().next())
            })
        })
    }

    /// Whether the document's code holds `phrase` as a placeholder, in angle brackets or braces
    /// (`'<kubevirt host>'`, `{ferretdb svc}`), as written.
    pub fn code_writes_placeholder(&self, phrase: &str) -> bool {
        self.code.iter().any(|range| {
            let code = &self.text[range.clone()];
            code.match_indices(phrase).any(|(at, _)| {
                let (before, after) = (&code[..at], &code[at + phrase.len()..]);
                before.ends_with('<') && after.starts_with('>')
                    || before.ends_with('{') && after.starts_with('}')
            })
        })
    }

    /// Whether a line of the document's code runs `program` with `argument` ("docker manifest
    /// inspect <image>" for "docker" and "manifest"), or a code span the prose just before calls
    /// a command is `argument` alone ("a new subcommand: `healthcheck`"; not "the logs in the
    /// `connect` container"): prose that writes the two words together may name that command.
    pub fn code_writes_command(&self, program: &str, argument: &str) -> bool {
        let command = format!("{program} {argument}");
        self.code.iter().any(|range| {
            let code = &self.text[range.clone()];
            let before = self
                .text
                .floor_char_boundary(range.start.saturating_sub(24));
            let alone = code.trim_matches('`') == argument
                && self.text[before..range.start].contains("command");
            alone
                || code.lines().any(|line| {
                    let line = line.trim_matches(|c: char| c == '`' || c.is_whitespace());
                    line.trim_start_matches("$ ")
                        .strip_prefix(&command)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                })
        })
    }

    /// Whether a link of the document leads to the registry page of a package named `name`
    /// (`[grpc][]` with `[grpc]: https://www.npmjs.com/package/grpc`): the word, written as the
    /// package is, names that package wherever the document writes it.
    pub fn links_to_package(&self, name: &str) -> bool {
        self.destinations
            .iter()
            .any(|destination| links::package_of(destination) == Some(name))
    }

    /// Whether the document's code sets `key` as a configuration key: a line of a code block
    /// opening with `key:` (YAML), past indentation and a list marker.
    pub fn code_writes_key(&self, key: &str) -> bool {
        self.code.iter().any(|range| {
            self.text[range.clone()].lines().any(|line| {
                let line = line.trim_start();
                let line = line.strip_prefix("- ").unwrap_or(line);
                line.strip_prefix(key)
                    .is_some_and(|rest| rest.starts_with(':'))
            })
        })
    }

    /// (line, column) of a text offset, 1-based, columns in characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.line_index().position(self.text, offset)
    }

    pub fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(self.text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_at(doc: &Document, needle: &str) -> bool {
        let start = doc.text.find(needle).expect("needle in text");
        doc.is_prose(start..start + needle.len())
    }

    #[test]
    fn headings_are_what_the_parser_reads_as_headings() {
        let text = "# Deep dives\n\n#hashtag line\n\n```sh\n# a comment\n```\n\nSetext title\n============\n\n> ## Quoted heading\n\nPlain text.\n";
        let doc = Document::new(text, Kind::Markdown);
        let at = |needle: &str| doc.in_heading(text.find(needle).expect("needle in text"));
        assert!(at("Deep dives"));
        assert!(at("Setext title"));
        assert!(at("Quoted heading"));
        assert!(!at("hashtag"), "no space after #: a paragraph");
        assert!(!at("a comment"), "a comment in a code block");
        assert!(!at("Plain text"));
        let plain = Document::new("# not a heading in plain text", Kind::Text);
        assert!(!plain.in_heading(2));
    }

    #[test]
    fn matches_may_cross_soft_breaks_and_quote_markers_only() {
        let doc = Document::new("> best in\n> class and `code` here\n", Kind::Markdown);
        assert!(prose_at(&doc, "best in\n> class"));
        assert!(!prose_at(&doc, "code"));
        assert!(!prose_at(&doc, "and `code`"));
    }

    #[test]
    fn joined_tokens_in_code_urls_and_destinations_are_identifiers_everywhere() {
        let at = |doc: &Document, needle: &str, word: &str| {
            let start = doc.text.find(needle).expect("needle") + needle.find(word).expect("word");
            doc.in_identifier(start, start + word.len(), &[])
        };
        let md = "`npm i tailwind-nimbus`, [docs](guides/get-started.md)\n\n\
                  Use tailwind-nimbus to get-started; a well-known client.";
        let doc = Document::new(md, Kind::Markdown);
        assert!(at(&doc, "Use tailwind-nimbus", "nimbus"));
        assert!(at(&doc, "to get-started", "get"));
        assert!(!at(&doc, "well-known", "known"));
        assert!(!at(&doc, "a well-known client", "client"));
        // Plain text learns from URLs and paths; code spans mean nothing there.
        let txt =
            "See https://x.io/acme/deploy-acme and `client-kit`.\nRun deploy-acme or client-kit.";
        let doc = Document::new(txt, Kind::Text);
        assert!(at(&doc, "Run deploy-acme", "acme"));
        assert!(!at(&doc, "or client-kit", "client"));
    }

    #[test]
    fn front_matter_yaml_is_the_inside_of_the_fences() {
        let doc = Document::new("---\nchannel: x\n---\nbody", Kind::Markdown);
        assert_eq!(doc.front_matter_yaml(), Some((4, "channel: x\n")));
        assert_eq!(
            Document::new("---\nchannel: x\n---\nbody", Kind::Text).front_matter_yaml(),
            None
        );
    }

    #[test]
    fn toml_front_matter_is_metadata_not_prose() {
        // The opening of a post on the Rust blog (rust-lang/blog.rust-lang.org, MIT or
        // Apache-2.0): Zola's `+++` front matter.
        let text = "+++\npath = \"2024/07/25/Rust-1.80.0\"\ntitle = \"Announcing Rust 1.80.0\"\nauthors = [\"The Rust Release Team\"]\n+++\n\nThe Rust team is happy to announce a new version.\n";
        let doc = Document::new(text, Kind::Markdown);
        let body = text.find("The Rust team").unwrap_or_default();
        let prose = doc.prose_regions().unwrap_or_default();
        assert!(!prose.is_empty());
        assert!(prose.iter().all(|r| r.start >= body));
        assert_eq!(doc.front_matter_yaml(), None);
        assert_eq!(doc.front_matter_toml().map(|(at, _)| at), Some(4));
        assert_eq!(doc.title(), Some("Announcing Rust 1.80.0"));
    }

    #[test]
    fn bom_is_stripped_and_counted() {
        let doc = Document::new("\u{feff}hello\r\nworld", Kind::Text);
        assert_eq!(doc.bom, 3);
        assert_eq!(doc.text, "hello\r\nworld");
        assert_eq!(doc.position(7), (2, 1));
    }
}
