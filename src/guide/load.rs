//! The only YAML code in the crate: typed parsing with serde_yaml (which reports syntax and type
//! errors with positions) plus a span-aware tree from marked-yaml, used to point semantic errors
//! (duplicates, bad patterns, unknown packs…) at their line and column. Swapping the YAML crate
//! means rewriting this file only.

use super::{nesting, Problem, Seg};
use crate::limits::{MAX_GUIDE_BYTES, MAX_GUIDE_NESTING};
use serde::de::DeserializeOwned;
use std::ops::Range;

/// Where each node of a parsed YAML file is, for error reporting.
pub struct SpanMap {
    text: String,
    /// The span-aware tree, parsed only when a diagnostic needs a position: a valid guide (the
    /// common case, on every pre-commit and editor call) is parsed once.
    tree: std::sync::OnceLock<Tree>,
}

struct Tree {
    root: Option<marked_yaml::Node>,
    /// Byte offset of each character start, to turn marked-yaml's character index into bytes.
    char_offsets: Vec<usize>,
    text_len: usize,
}

/// Parse `text` into `T`, keeping a span map for later diagnostics.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<(T, SpanMap), Problem> {
    if text.trim().is_empty() {
        let mut problem = Problem::at_root("the guide is empty");
        problem.span = Some(0..0);
        return Err(problem
            .with_help("a guide needs at least `version: 1`; run `onmessage init` for a starter"));
    }
    if text.len() as u64 > MAX_GUIDE_BYTES {
        let mut problem = Problem::at_root(format!(
            "the guide is larger than {} MiB",
            MAX_GUIDE_BYTES / (1024 * 1024)
        ));
        problem.span = Some(0..0);
        return Err(problem.with_help("a guide lists words and phrases; keep it to a few pages"));
    }
    if let Some(at) = nesting::too_deep(text, MAX_GUIDE_NESTING) {
        let mut problem = Problem::at_root(format!(
            "the guide nests deeper than {MAX_GUIDE_NESTING} levels"
        ));
        problem.span = Some(at..at + 1);
        return Err(problem.with_help(
            "a guide needs four levels at most (`channels:` → name → `paths:` → list); check for unclosed or repeated brackets",
        ));
    }
    let value: T = serde_yaml::from_str(text).map_err(|err| serde_problem(text, &err))?;
    Ok((
        value,
        SpanMap {
            text: text.to_string(),
            tree: std::sync::OnceLock::new(),
        },
    ))
}

fn serde_problem(text: &str, err: &serde_yaml::Error) -> Problem {
    let raw = err.to_string();
    // serde_yaml appends " at line L column C"; the diagnostic shows the position itself.
    let message = match raw.find(" at line ") {
        Some(i) => raw[..i].to_string(),
        None => raw.clone(),
    };
    // serde_yaml places a duplicate key at the start of its mapping; find the key itself.
    let duplicate = message
        .contains("duplicate ")
        .then(|| duplicate_key(text))
        .flatten();
    let span = duplicate.or_else(|| {
        err.location().map(|loc| {
            let start = floor_boundary(text, loc.index().min(text.len()));
            start..word_end(text, start)
        })
    });
    if message.contains("more than one document") {
        return super::places::several_documents(text, err);
    }
    let help = unknown_name_help(&message).or_else(|| {
        message
            .contains("missing field `version`")
            .then(|| "a guide starts with `version: 1`".to_string())
    });
    Problem {
        path: Vec::new(),
        at_key: false,
        span,
        message,
        help,
    }
}

/// The span of the first key that repeats an earlier key of the same mapping.
fn duplicate_key(text: &str) -> Option<Range<usize>> {
    let options = marked_yaml::LoaderOptions::default().error_on_duplicate_keys(true);
    let Err(marked_yaml::LoadError::DuplicateKey(inner)) =
        marked_yaml::parse_yaml_with_options(0, text, options)
    else {
        return None;
    };
    let character = inner.key.span().start()?.character();
    let start = text
        .char_indices()
        .nth(character)
        .map_or(text.len(), |(i, _)| i);
    Some(start..word_end(text, start))
}

pub(super) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "did you mean" for serde's `unknown field `x`, expected one of `a`, `b`` messages.
fn unknown_name_help(message: &str) -> Option<String> {
    let rest = message
        .split_once("unknown field `")
        .or_else(|| message.split_once("unknown variant `"))?
        .1;
    let (name, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::suggest::closest(name, candidates.iter().copied())
        .map(|best| format!("did you mean `{best}`?"))
}

/// The end of the token starting at `start`: a quoted string, or up to a flow delimiter or the
/// end of the line.
fn word_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let mut chars = rest.char_indices();
    match chars.next() {
        None => start,
        Some((_, quote @ ('"' | '\''))) => chars
            .find(|&(_, c)| c == quote)
            .map(|(i, c)| start + i + c.len_utf8())
            .unwrap_or_else(|| start + line_len(rest)),
        Some(_) => {
            let end = rest
                .char_indices()
                .find(|&(i, c)| {
                    matches!(c, '\n' | '\r' | ',' | ']' | '}' | '#')
                        || c == ':' && rest[i + 1..].starts_with(char::is_whitespace)
                })
                .map_or(rest.len(), |(i, _)| i);
            start + rest[..end].trim_end().len().max(1).min(rest.len())
        }
    }
}

fn line_len(text: &str) -> usize {
    text.find('\n').unwrap_or(text.len())
}

impl SpanMap {
    /// The span of the value at `path`, or of its key when `at_key`; the closest existing
    /// ancestor when the path runs out (so an error still points somewhere useful).
    pub fn span_of(&self, path: &[Seg], at_key: bool) -> Option<Range<usize>> {
        let tree = self.tree();
        let Some(mut node) = tree.root.as_ref() else {
            return super::places::key_by_text(&self.text, path);
        };
        let mut best = self.node_span(node);
        for (depth, seg) in path.iter().enumerate() {
            let last = depth + 1 == path.len();
            match (seg, node) {
                (Seg::Key(key), marked_yaml::Node::Mapping(map)) => {
                    let (k, v) = map.iter().find(|(k, _)| k.as_str() == *key)?;
                    if last && at_key {
                        return self.start_of(k.span());
                    }
                    node = v;
                    best = self.node_span(node).or(best);
                }
                (Seg::Index(i), marked_yaml::Node::Sequence(seq)) => {
                    node = seq.get(*i)?;
                    best = self.node_span(node).or(best);
                }
                _ => break,
            }
        }
        best
    }

    fn start_of(&self, span: &marked_yaml::Span) -> Option<Range<usize>> {
        let start = self.byte_offset(span.start()?.character());
        Some(start..start)
    }

    fn node_span(&self, node: &marked_yaml::Node) -> Option<Range<usize>> {
        let start = self.byte_offset(node.span().start()?.character());
        let end = match node.span().end() {
            Some(end) if !matches!(node, marked_yaml::Node::Scalar(_)) => {
                self.byte_offset(end.character())
            }
            _ => start,
        };
        Some(start..end.max(start))
    }

    fn tree(&self) -> &Tree {
        self.tree.get_or_init(|| Tree {
            // marked-yaml is stricter than serde_yaml in a few corners (anchors, tags); without
            // its tree, errors still report, just without a position.
            root: marked_yaml::parse_yaml(0, &self.text).ok(),
            char_offsets: self.text.char_indices().map(|(i, _)| i).collect(),
            text_len: self.text.len(),
        })
    }

    fn byte_offset(&self, character: usize) -> usize {
        let tree = self.tree();
        tree.char_offsets
            .get(character)
            .copied()
            .unwrap_or(tree.text_len)
    }

    /// Widen a zero-length start position to the token there.
    pub fn token_at(text: &str, span: Range<usize>) -> Range<usize> {
        if span.is_empty() && span.start < text.len() {
            span.start..word_end(text, span.start)
        } else {
            span
        }
    }
}

/// The top-level string values of a document's YAML front matter, as (key, value, byte range of
/// the value in `yaml`). Front matter that is not a YAML mapping yields nothing: it belongs to
/// the document's own tooling, not to us.
pub fn front_matter_strings(yaml: &str) -> Vec<(String, String, Range<usize>)> {
    // Deep nesting would take the parser quadratic time, and no channel name is nested.
    if nesting::too_deep(yaml, MAX_GUIDE_NESTING).is_some() {
        return Vec::new();
    }
    let Ok(marked_yaml::Node::Mapping(map)) = marked_yaml::parse_yaml(0, yaml) else {
        return Vec::new();
    };
    let char_offsets: Vec<usize> = yaml.char_indices().map(|(i, _)| i).collect();
    map.iter()
        .filter_map(|(key, value)| {
            let character = value.span().start()?.character();
            let start = char_offsets.get(character).copied().unwrap_or(yaml.len());
            let (text, end) = match value.as_scalar() {
                Some(scalar) => (scalar.as_str().to_string(), word_end(yaml, start)),
                // A list or map where a name belongs: its source text, so it is reported as
                // the unknown name it is.
                None => {
                    let line = yaml[start..].lines().next().unwrap_or_default().trim_end();
                    (line.to_string(), start + line.len())
                }
            };
            Some((key.as_str().to_string(), text, start..end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::schema::Guide;

    #[test]
    fn unknown_key_gets_position_and_suggestion() {
        let text = "version: 1\ntermz:\n  - use: customer\n";
        let problem = parse::<Guide>(text).err().expect("unknown key must fail");
        assert!(
            problem.message.contains("unknown field `termz`"),
            "{}",
            problem.message
        );
        assert_eq!(problem.help.as_deref(), Some("did you mean `terms`?"));
        let span = problem.span.expect("serde_yaml reports a position");
        assert_eq!(&text[span], "termz");
    }

    #[test]
    fn spans_point_at_nested_values_and_keys() {
        let text = "version: 1\nbanned:\n  - term: synergy\n  - pattern: 'a(b'\n";
        let (_, spans) = parse::<Guide>(text).expect("valid yaml");
        let path = crate::guide_path!["banned", 1, "pattern"];
        let span = SpanMap::token_at(text, spans.span_of(&path, false).expect("found"));
        assert_eq!(&text[span], "'a(b'");
        let key = SpanMap::token_at(text, spans.span_of(&path, true).expect("found"));
        assert_eq!(&text[key], "pattern");
    }

    #[test]
    fn non_ascii_text_before_a_span_counts_in_bytes() {
        let text = "version: 1\nbrand:\n  names: [\"Café Süd\", \"Ünïcode\"]\nextends: [jargn]\n";
        let (_, spans) = parse::<Guide>(text).expect("valid yaml");
        let span = spans
            .span_of(&[Seg::Key("extends".into()), Seg::Index(0)], false)
            .expect("found");
        assert_eq!(&text[SpanMap::token_at(text, span)], "jargn");
    }

    #[test]
    fn front_matter_strings_have_value_ranges() {
        let yaml = "title: Hello\nchannel: sell-sheet\naudience: \"gamers\"\ntags: [a]\n";
        let found = front_matter_strings(yaml);
        let channel = found
            .iter()
            .find(|(k, _, _)| k == "channel")
            .expect("channel");
        assert_eq!(channel.1, "sell-sheet");
        assert_eq!(&yaml[channel.2.clone()], "sell-sheet");
        let audience = found
            .iter()
            .find(|(k, _, _)| k == "audience")
            .expect("audience");
        assert_eq!(&yaml[audience.2.clone()], "\"gamers\"");
        assert!(front_matter_strings("- not a map").is_empty());
        let list = "channel: [sell-sheet]\n";
        let found = front_matter_strings(list);
        assert_eq!(found[0].1, "[sell-sheet]");
        assert_eq!(&list[found[0].2.clone()], "[sell-sheet]");
    }

    #[test]
    fn empty_guide_is_a_clear_error() {
        let problem = parse::<Guide>("  \n").err().expect("empty must fail");
        assert_eq!(problem.message, "the guide is empty");
    }
}
