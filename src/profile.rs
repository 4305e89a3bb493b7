//! Which channel and audience a document belongs to: named in its front matter (`channel:`,
//! `audience:`) or an HTML `<meta name="onmessage-channel">`, which wins, or else the first in
//! guide order whose `paths` match the file.

use crate::compiled::CompiledGuide;
use crate::document::front_matter;
use crate::document::Document;
use crate::guide::load::front_matter_strings;
use std::ops::Range;
use std::path::Path;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Index into the compiled guide's channels.
    pub channel: Option<usize>,
    /// Index into the compiled guide's audiences.
    pub audience: Option<usize>,
    /// Front-matter names the guide does not define.
    pub unknown: Vec<UnknownName>,
}

/// A `channel:` or `audience:` value in front matter that the guide does not define.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// `channel` or `audience`.
    pub key: &'static str,
    pub name: String,
    /// The value's range in the document text.
    pub range: Range<usize>,
    /// The closest defined name.
    pub suggestion: Option<String>,
    /// Every defined name, for the message.
    pub known: Vec<String>,
}

/// A channel and audience the caller names for a document that has no place of its own (a draft
/// pasted into the check page): each, when set, wins over front matter and the path's globs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Chosen {
    /// Index into the compiled guide's channels.
    pub channel: Option<usize>,
    /// Index into the compiled guide's audiences.
    pub audience: Option<usize>,
}

/// Work out the profile of a document. `relative` is its path relative to the guide's folder
/// (`None` when it is outside it: then only front matter can name a channel); `chosen` names
/// what the caller picked.
pub fn profile(
    doc: &Document,
    relative: Option<&Path>,
    guide: &CompiledGuide,
    chosen: Chosen,
) -> Profile {
    let mut profile = from_place(doc, relative, guide);
    if chosen.channel.is_some() {
        profile.channel = chosen.channel;
        profile.unknown.retain(|u| u.key != "channel");
    }
    if chosen.audience.is_some() {
        profile.audience = chosen.audience;
        profile.unknown.retain(|u| u.key != "audience");
    }
    profile
}

/// The profile the document's path and front matter give it.
fn from_place(doc: &Document, relative: Option<&Path>, guide: &CompiledGuide) -> Profile {
    let mut profile = Profile {
        channel: relative.and_then(|r| guide.channel_for(r)),
        audience: relative.and_then(|r| guide.audience_for(r)),
        unknown: Vec::new(),
    };
    // (key, value, the value's range in the text) from front matter, or from HTML's
    // `<meta name="onmessage-channel">`, which plays its part.
    let mut named: Vec<(String, String, Range<usize>)> = Vec::new();
    if let Some((offset, yaml)) = doc.front_matter_yaml() {
        if may_name_a_profile(yaml) {
            for (key, value, range) in front_matter_strings(yaml) {
                let range = unquoted(yaml, range);
                named.push((key, value, range.start + offset..range.end + offset));
            }
        }
    }
    if let Some((offset, toml)) = doc.front_matter_toml() {
        if may_name_a_profile(toml) {
            for field in front_matter::toml_fields(toml) {
                // A list or table where a name belongs is reported as the unknown name it is.
                let value = match field.is_string {
                    true => field.values.into_iter().next().unwrap_or_default(),
                    false => toml[field.range.clone()].to_string(),
                };
                let range = field.range.start + offset..field.range.end + offset;
                named.push((field.key, value, range));
            }
        }
    }
    if let Some(range) = doc.channel_meta.clone() {
        let value = doc.text[range.clone()].trim().to_string();
        named.push(("channel".to_string(), value, range));
    }
    if let Some(value) = &doc.channel_property {
        named.push(("channel".to_string(), value.trim().to_string(), 0..0));
    }
    for (key, value, range) in named {
        let names: Vec<&str> = match key.as_str() {
            "channel" => guide.channels.iter().map(|c| c.name.as_str()).collect(),
            "audience" => guide.audiences.iter().map(|a| a.name.as_str()).collect(),
            _ => continue,
        };
        if value.trim().is_empty() {
            continue; // `channel:` with no value names nothing
        }
        let found = names.iter().position(|n| *n == value);
        let key = if key == "channel" {
            "channel"
        } else {
            "audience"
        };
        let slot = if key == "channel" {
            &mut profile.channel
        } else {
            &mut profile.audience
        };
        // A named but unknown channel means "no channel", not "the one the path suggests".
        *slot = found;
        if found.is_none() {
            profile.unknown.push(UnknownName {
                key,
                suggestion: crate::suggest::closest(&value, names.iter().copied())
                    .map(str::to_string),
                known: names.iter().map(|n| n.to_string()).collect(),
                name: value,
                range,
            });
        }
    }
    profile
}

/// Whether front matter may name a channel or an audience. Most names neither: its parsing is
/// skipped (the keys must be written out).
fn may_name_a_profile(front_matter: &str) -> bool {
    front_matter.contains("channel") || front_matter.contains("audience")
}

/// A value's range without its quotes.
fn unquoted(yaml: &str, range: Range<usize>) -> Range<usize> {
    let text = &yaml[range.clone()];
    let quoted = text.len() >= 2
        && (text.starts_with('"') && text.ends_with('"')
            || text.starts_with('\'') && text.ends_with('\''));
    if quoted {
        range.start + 1..range.end - 1
    } else {
        range
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Kind;
    use std::path::PathBuf;

    fn guide() -> CompiledGuide {
        let yaml = "version: 1\ncta: [Call us]\nchannels:\n  sales-script: {paths: [\"sales/**\"], require: [cta]}\n  sell-sheet: {paths: [\"sheets/**\"]}\n  email: {}\naudiences:\n  gamers: {paths: [\"sales/gaming/**\"], avoid: [workstation]}\n";
        CompiledGuide::from_text("g.yml", yaml, None, PathBuf::new())
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// The profile of a Markdown `text` at `path`, nothing chosen.
    fn markdown_profile(text: &str, path: &str, g: &CompiledGuide) -> Profile {
        profile(
            &Document::new(text, Kind::Markdown),
            Some(Path::new(path)),
            g,
            Chosen::default(),
        )
    }

    #[test]
    fn paths_pick_the_first_matching_channel_and_audience() {
        let g = guide();
        let doc = Document::new("text", Kind::Markdown);
        let p = profile(
            &doc,
            Some(Path::new("sales/gaming/a.md")),
            &g,
            Chosen::default(),
        );
        assert_eq!((p.channel, p.audience), (Some(0), Some(0)));
        let p = profile(&doc, Some(Path::new("other/a.md")), &g, Chosen::default());
        assert_eq!((p.channel, p.audience), (None, None));
    }

    #[test]
    fn front_matter_wins_and_unknown_names_are_reported() {
        let g = guide();
        let text = "---\nchannel: email\n---\nHi";
        let p = markdown_profile(text, "sales/a.md", &g);
        assert_eq!(p.channel, Some(2));
        let text = "---\nchannel: \"sell-sheets\"\naudience: gamer\n---\nHi";
        let p = markdown_profile(text, "sales/gaming/a.md", &g);
        assert_eq!((p.channel, p.audience), (None, None));
        assert_eq!(p.unknown.len(), 2);
        assert_eq!(&text[p.unknown[0].range.clone()], "sell-sheets");
        assert_eq!(p.unknown[0].suggestion.as_deref(), Some("sell-sheet"));
        assert_eq!(p.unknown[1].suggestion.as_deref(), Some("gamers"));
    }

    #[test]
    fn toml_front_matter_names_the_channel_as_yaml_does() {
        let g = guide();
        let text = "+++\ntitle = \"Hi\"\nchannel = \"email\"\n+++\nHi";
        let p = markdown_profile(text, "sales/a.md", &g);
        assert_eq!(p.channel, Some(2));
        let text = "+++\nchannel = 'sell-sheets'\naudience = [\"gamers\"]\n+++\nHi";
        let p = markdown_profile(text, "sales/gaming/a.md", &g);
        assert_eq!((p.channel, p.audience), (None, None));
        assert_eq!(&text[p.unknown[0].range.clone()], "sell-sheets");
        assert_eq!(p.unknown[0].suggestion.as_deref(), Some("sell-sheet"));
        assert_eq!(&text[p.unknown[1].range.clone()], "[\"gamers\"]");
    }

    #[test]
    fn a_chosen_channel_and_audience_win_over_path_and_front_matter() {
        let g = guide();
        let text = "---\nchannel: sel-sheet\n---\nHi";
        let doc = Document::new(text, Kind::Markdown);
        let chosen = Chosen {
            channel: Some(2),
            audience: Some(0),
        };
        let p = profile(&doc, Some(Path::new("sales/a.md")), &g, chosen);
        assert_eq!((p.channel, p.audience), (Some(2), Some(0)));
        assert!(
            p.unknown.is_empty(),
            "the chosen channel replaces the misspelt one"
        );
        // Choosing only an audience leaves the channel to the front matter.
        let chosen = Chosen {
            channel: None,
            audience: Some(0),
        };
        let doc = Document::new("---\nchannel: sell-sheet\n---\nHi", Kind::Markdown);
        let p = profile(&doc, None, &g, chosen);
        assert_eq!((p.channel, p.audience), (Some(1), Some(0)));
    }

    #[test]
    fn an_html_channel_meta_names_the_channel_as_front_matter_does() {
        let g = guide();
        let text = "<head><meta name=\"onmessage-channel\" content=\"email\"></head><p>Hi</p>";
        let doc = Document::new(text, Kind::Html);
        let p = profile(&doc, Some(Path::new("sales/a.html")), &g, Chosen::default());
        assert_eq!(p.channel, Some(2), "the meta wins over the path");
        let text = "<meta name=\"onmessage-channel\" content=\"emial\"><p>Hi</p>";
        let doc = Document::new(text, Kind::Html);
        let p = profile(&doc, Some(Path::new("sales/a.html")), &g, Chosen::default());
        assert_eq!(p.channel, None);
        assert_eq!(p.unknown.len(), 1);
        assert_eq!(&text[p.unknown[0].range.clone()], "emial");
        assert_eq!(p.unknown[0].suggestion.as_deref(), Some("email"));
    }

    #[test]
    fn a_document_property_names_the_channel_as_front_matter_does() {
        let g = guide();
        let doc = Document::new("Hi", Kind::Docx).with_channel_property(Some("email".into()));
        let p = profile(&doc, Some(Path::new("sales/a.docx")), &g, Chosen::default());
        assert_eq!(p.channel, Some(2), "the property wins over the path");
        let doc = Document::new("Hi", Kind::Docx).with_channel_property(Some("emial".into()));
        let p = profile(&doc, Some(Path::new("sales/a.docx")), &g, Chosen::default());
        assert_eq!(p.channel, None);
        assert_eq!(p.unknown[0].suggestion.as_deref(), Some("email"));
    }
}
