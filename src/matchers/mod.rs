//! The compiled form of a guide's words: terms with inflections, brand spellings, patterns.

pub mod claims;
pub mod inflect;
pub mod phrases;
pub mod terms;
