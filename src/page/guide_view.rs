//! The guide as the page's second view shows it to people who never read YAML: what each
//! section means for a writer, from the compiled guide (packs included), in guide order.

use crate::compiled::{CompiledGuide, Origin, Requirement};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct GuideView {
    /// The guide file, relative to where the page was started; none for the built-in packs.
    pub file: Option<String>,
    pub benefit: Option<BenefitView>,
    pub phrases: Vec<String>,
    pub calls_to_action: Vec<String>,
    pub claims: Vec<String>,
    pub brand_names: Vec<String>,
    pub terms: Vec<TermView>,
    pub banned: Vec<BannedView>,
    pub channels: Vec<ChannelView>,
    pub audiences: Vec<AudienceView>,
}

#[derive(Debug, Serialize)]
pub struct BenefitView {
    pub statement: String,
    pub expressions: Vec<String>,
    /// Within how many words a document must state it, when the guide says.
    pub within_words: Option<usize>,
}

/// One word for one thing.
#[derive(Debug, Serialize)]
pub struct TermView {
    pub use_: String,
    pub instead_of: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct BannedView {
    /// The word, or the pattern's text.
    pub term: String,
    pub reason: Option<String>,
    pub replacement: Option<String>,
    /// The built-in pack it comes from; none for the guide's own entries.
    pub pack: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ChannelView {
    pub name: String,
    /// What each document of the channel must have, in words.
    pub requires: Vec<String>,
    pub max_words: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct AudienceView {
    pub name: String,
    pub avoid: Vec<String>,
    pub prefer: Vec<String>,
}

impl GuideView {
    pub fn of(guide: &CompiledGuide, file: Option<String>) -> Self {
        let schema = &guide.guide;
        GuideView {
            file,
            benefit: schema.benefit.as_ref().map(|b| BenefitView {
                statement: b.statement.clone(),
                expressions: b.expressions.clone(),
                within_words: b.within_words,
            }),
            phrases: schema.phrases.iter().map(|p| p.text.clone()).collect(),
            calls_to_action: schema.cta.iter().cloned().collect(),
            claims: schema
                .claims
                .as_ref()
                .map(|c| c.approved.clone())
                .unwrap_or_default(),
            brand_names: guide.brands.clone(),
            terms: guide
                .terms
                .iter()
                .map(|t| TermView {
                    use_: t.use_.clone(),
                    instead_of: t.instead_of.clone(),
                })
                .collect(),
            banned: guide
                .banned
                .iter()
                .map(|b| BannedView {
                    term: b
                        .entry
                        .term
                        .clone()
                        .or_else(|| b.entry.pattern.clone())
                        .unwrap_or_default(),
                    reason: b.entry.reason.clone(),
                    replacement: b.entry.replacement.clone(),
                    pack: match b.origin {
                        Origin::Guide(_) => None,
                        Origin::Pack(name, _) => Some(name.to_string()),
                    },
                })
                .collect(),
            channels: guide
                .channels
                .iter()
                .map(|c| ChannelView {
                    name: c.name.clone(),
                    requires: c.require.iter().map(|r| requirement(guide, r)).collect(),
                    max_words: c.max_words,
                })
                .collect(),
            audiences: guide
                .audiences
                .iter()
                .map(|a| AudienceView {
                    name: a.name.clone(),
                    avoid: a.avoid.clone(),
                    prefer: a.prefer.clone(),
                })
                .collect(),
        }
    }
}

/// A requirement as a writer reads it.
fn requirement(guide: &CompiledGuide, requirement: &Requirement) -> String {
    match requirement {
        Requirement::Benefit => "the core benefit".to_string(),
        Requirement::Cta => "a call to action".to_string(),
        Requirement::Phrase(i) => match guide.guide.phrases.get(*i) {
            Some(phrase) => format!("the phrase \"{}\"", phrase.text),
            None => "an approved phrase".to_string(),
        },
    }
}
