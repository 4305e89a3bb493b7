//! What a file's front matter says about who wrote it, when, and under which tags: the values
//! `report --by` groups files by and the CSV rows carry. Only top-level keys with a text value or
//! a list of text values are kept, bounded: front matter belongs to the site's own tooling, and
//! a key we cannot read as a label is no label.

use crate::document::{front_matter, Document};
use crate::guide::nesting;
use crate::limits::MAX_GUIDE_NESTING;

/// Values kept per key, and the length each is cut to: a label, not a paragraph.
const MAX_VALUES: usize = 32;
const MAX_VALUE_CHARS: usize = 120;

/// The group of files whose front matter has no value for the key.
pub const NO_VALUE: &str = "(none)";

/// Top-level front-matter keys and their text values, in the order written.
pub type FrontValues = Vec<(String, Vec<String>)>;

/// The text values of a document's YAML or TOML front matter (none for other documents).
pub fn read(doc: &Document) -> FrontValues {
    if let Some((_, toml)) = doc.front_matter_toml() {
        return front_matter::toml_fields(toml)
            .into_iter()
            .filter_map(|field| {
                let values: Vec<String> = field
                    .values
                    .iter()
                    .map(|v| label(v))
                    .filter(|v| !v.is_empty())
                    .take(MAX_VALUES)
                    .collect();
                (!values.is_empty()).then_some((field.key, values))
            })
            .collect();
    }
    let Some((_, yaml)) = doc.front_matter_yaml() else {
        return Vec::new();
    };
    if nesting::too_deep(yaml, MAX_GUIDE_NESTING).is_some() {
        return Vec::new();
    }
    let Ok(marked_yaml::Node::Mapping(map)) = marked_yaml::parse_yaml(0, yaml) else {
        return Vec::new();
    };
    map.iter()
        .filter_map(|(key, value)| {
            let values: Vec<String> = match value {
                marked_yaml::Node::Scalar(s) => vec![label(s.as_str())],
                marked_yaml::Node::Sequence(items) => items
                    .iter()
                    .filter_map(|item| item.as_scalar().map(|s| label(s.as_str())))
                    .take(MAX_VALUES)
                    .collect(),
                marked_yaml::Node::Mapping(_) => return None,
            };
            let values: Vec<String> = values.into_iter().filter(|v| !v.is_empty()).collect();
            (!values.is_empty()).then(|| (key.as_str().to_string(), values))
        })
        .collect()
}

/// A value as a label: one line, trimmed, bounded.
fn label(text: &str) -> String {
    let line = text.split(['\n', '\r']).next().unwrap_or_default().trim();
    line.chars().take(MAX_VALUE_CHARS).collect()
}

/// The values of the first of `keys` the front matter has.
pub fn values<'a>(front: &'a FrontValues, keys: &[&str]) -> &'a [String] {
    keys.iter()
        .find_map(|k| front.iter().find(|(key, _)| key == k))
        .map_or(&[][..], |(_, values)| values.as_slice())
}

/// Who wrote the file: `author`, else `authors`.
pub fn authors(front: &FrontValues) -> &[String] {
    values(front, &["author", "authors"])
}

/// The file's tags: `tags`, else `tag`.
pub fn tags(front: &FrontValues) -> &[String] {
    values(front, &["tags", "tag"])
}

/// The file's date as written in `date` (the key Jekyll, Hugo, Astro and Docusaurus share).
pub fn date(front: &FrontValues) -> Option<&str> {
    values(front, &["date"]).first().map(String::as_str)
}

/// The month of a date that starts `YYYY-MM` (ISO 8601, as front matter and git write them),
/// as `YYYY-MM`; `None` for any other form.
pub fn month(date: &str) -> Option<String> {
    let b = date.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let separated = matches!(b.get(4), Some(b'-' | b'/'));
    let month_ok = date
        .get(5..7)
        .and_then(|m| m.parse::<u8>().ok())
        .is_some_and(|m| (1..=12).contains(&m));
    (digits(0..4) && separated && digits(5..7) && month_ok)
        .then(|| format!("{}-{}", &date[..4], &date[5..7]))
}

/// What `report --by` groups files by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupBy {
    /// The month of the file's date (front matter `date`, or its last commit with `--dates git`).
    Month,
    /// A front-matter key; `author` and `tag` also read `authors` and `tags`.
    Key(String),
}

impl GroupBy {
    pub fn parse(by: &str) -> GroupBy {
        match by {
            "month" => GroupBy::Month,
            other => GroupBy::Key(other.to_string()),
        }
    }

    /// How the report names the grouping ("author", "month").
    pub fn name(&self) -> &str {
        match self {
            GroupBy::Month => "month",
            GroupBy::Key(key) => key,
        }
    }

    /// The groups a file belongs to: one per value (a file with three tags is in three
    /// groups), or [`NO_VALUE`].
    pub fn groups(&self, front: &FrontValues, date: Option<&str>) -> Vec<String> {
        let found: Vec<String> = match self {
            GroupBy::Month => date.and_then(month).into_iter().collect(),
            GroupBy::Key(key) => {
                let keys: &[&str] = match key.as_str() {
                    "author" | "authors" => &["author", "authors"],
                    "tag" | "tags" => &["tags", "tag"],
                    other => return one_or_none(values(front, &[other])),
                };
                values(front, keys).to_vec()
            }
        };
        if found.is_empty() {
            vec![NO_VALUE.to_string()]
        } else {
            dedup(found)
        }
    }
}

fn one_or_none(values: &[String]) -> Vec<String> {
    if values.is_empty() {
        vec![NO_VALUE.to_string()]
    } else {
        dedup(values.to_vec())
    }
}

fn dedup(mut values: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(v.clone()));
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn front(text: &str) -> FrontValues {
        read(&Document::new(text, Kind::Markdown))
    }

    #[test]
    fn scalars_and_lists_are_kept_and_maps_are_not() {
        let f = front("---\ntitle: Launch\nauthor: Ana Díaz\ntags: [pricing, launch]\nseo: {a: 1}\ndate: 2024-03-05\n---\nBody.\n");
        assert_eq!(authors(&f), ["Ana Díaz"]);
        assert_eq!(tags(&f), ["pricing", "launch"]);
        assert_eq!(date(&f), Some("2024-03-05"));
        assert!(f.iter().all(|(k, _)| k != "seo"));
        assert!(front("No front matter.\n").is_empty());
        assert!(front("---\n- a list\n---\nBody.\n").is_empty());
    }

    #[test]
    fn toml_front_matter_gives_the_same_labels() {
        let f = front("+++\ntitle = \"Launch\"\nauthors = [\"Ana Díaz\", \"Bo\"]\ntags = ['pricing']\nseo = { a = 1 }\ndate = 2024-03-05\n\n[extra]\nrelease = true\n+++\nBody.\n");
        assert_eq!(authors(&f), ["Ana Díaz", "Bo"]);
        assert_eq!(tags(&f), ["pricing"]);
        assert_eq!(date(&f), Some("2024-03-05"));
        assert!(f.iter().all(|(k, _)| k != "seo" && k != "release"));
    }

    #[test]
    fn months_come_from_iso_dates_only() {
        assert_eq!(month("2024-03-05").as_deref(), Some("2024-03"));
        assert_eq!(month("2024-11-05T10:00:00Z").as_deref(), Some("2024-11"));
        assert_eq!(month("2024/07/01").as_deref(), Some("2024-07"));
        assert_eq!(month("2024-13-01"), None);
        assert_eq!(month("March 5, 2024"), None);
        assert_eq!(month("2024"), None);
    }

    #[test]
    fn a_file_is_in_one_group_per_value_or_in_none() {
        let f = front("---\nauthors: [Ana, Bo, Ana]\ntags: launch\ndate: 2024-03-05\n---\n");
        assert_eq!(GroupBy::parse("author").groups(&f, None), ["Ana", "Bo"]);
        assert_eq!(GroupBy::parse("tag").groups(&f, None), ["launch"]);
        assert_eq!(GroupBy::parse("month").groups(&f, date(&f)), ["2024-03"]);
        assert_eq!(GroupBy::parse("region").groups(&f, None), [NO_VALUE]);
        assert_eq!(GroupBy::parse("month").groups(&f, None), [NO_VALUE]);
    }

    #[test]
    fn values_are_one_bounded_line() {
        let long = "x".repeat(500);
        let f = front(&format!("---\nauthor: \"{long}\"\nteam: \"a\\nb\"\n---\n"));
        assert_eq!(authors(&f)[0].chars().count(), MAX_VALUE_CHARS);
        assert_eq!(values(&f, &["team"]), ["a"]);
    }
}
