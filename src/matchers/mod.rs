//! The compiled form of a guide's words: terms with inflections, brand spellings, patterns.

pub mod inflect;
pub mod terms;
pub mod claims;
pub mod phrases;
