//! Where in a document's structure a finding sits, for formats whose line and column are not
//! enough to find it: a locale file's key path, a PDF page, a slide and its notes, a Word
//! paragraph. Part of the JSON contract (`location` on a finding, omitted when absent).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A place in a document's structure. Serialised as a small object: `{"key": "home.hero.title"}`,
/// `{"page": 2}`, `{"slide": 3, "part": "notes"}`, `{"paragraph": 14}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Location {
    /// A string value in a JSON or YAML file, by its key path (`home.hero.title`, `items[2].label`).
    Key { key: String },
    /// A page of a PDF, counted from 1.
    Page { page: u32 },
    /// A slide of a deck, counted from 1, and the part of it: `slide` or `notes`.
    Slide { slide: u32, part: SlidePart },
    /// A paragraph of a word-processor document in reading order, counted from 1.
    Paragraph { paragraph: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlidePart {
    Slide,
    Notes,
}

impl fmt::Display for Location {
    /// The words human output puts after the file name: `key home.hero.title`, `page 2`,
    /// `slide 3 (notes)`, `paragraph 14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Key { key } => write!(f, "key {key}"),
            Location::Page { page } => write!(f, "page {page}"),
            Location::Slide {
                slide,
                part: SlidePart::Slide,
            } => write!(f, "slide {slide}"),
            Location::Slide {
                slide,
                part: SlidePart::Notes,
            } => write!(f, "slide {slide} (notes)"),
            Location::Paragraph { paragraph } => write!(f, "paragraph {paragraph}"),
        }
    }
}

/// The locations of a document's regions, sorted by start and disjoint.
#[derive(Debug, Clone, Default)]
pub struct Locations(Vec<(Range<usize>, Location)>);

impl Locations {
    /// Regions must be sorted by start and must not overlap; out-of-order ones are dropped so a
    /// lookup stays a binary search.
    pub fn new(regions: Vec<(Range<usize>, Location)>) -> Self {
        let mut kept: Vec<(Range<usize>, Location)> = Vec::with_capacity(regions.len());
        for (range, location) in regions {
            if kept.last().is_none_or(|(last, _)| last.end <= range.start) {
                kept.push((range, location));
            }
        }
        Locations(kept)
    }

    /// The location of the region holding `offset`, if any.
    pub fn at(&self, offset: usize) -> Option<&Location> {
        let i = self.0.partition_point(|(range, _)| range.end <= offset);
        self.0
            .get(i)
            .filter(|(range, _)| range.start <= offset)
            .map(|(_, location)| location)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_small_objects() {
        let key = Location::Key {
            key: "home.hero.title".into(),
        };
        assert_eq!(
            serde_json::to_string(&key).unwrap(),
            r#"{"key":"home.hero.title"}"#
        );
        let notes = Location::Slide {
            slide: 3,
            part: SlidePart::Notes,
        };
        assert_eq!(
            serde_json::to_string(&notes).unwrap(),
            r#"{"slide":3,"part":"notes"}"#
        );
        let back: Location = serde_json::from_str(r#"{"page":2}"#).unwrap();
        assert_eq!(back, Location::Page { page: 2 });
        assert_eq!(notes.to_string(), "slide 3 (notes)");
    }

    #[test]
    fn finds_the_region_holding_an_offset() {
        let locations = Locations::new(vec![
            (0..10, Location::Page { page: 1 }),
            (12..20, Location::Page { page: 2 }),
            (15..30, Location::Page { page: 9 }), // overlaps: dropped
        ]);
        assert_eq!(locations.at(0), Some(&Location::Page { page: 1 }));
        assert_eq!(locations.at(9), Some(&Location::Page { page: 1 }));
        assert_eq!(locations.at(10), None);
        assert_eq!(locations.at(19), Some(&Location::Page { page: 2 }));
        assert_eq!(locations.at(25), None);
    }
}
