//! Case, split and join corrections whose fix is a guess: reported as before, but never with a
//! safe fix. Each reads a way of writing the name that is as often something else (the words'
//! plain meaning, a title, another product's name, an identifier) as the name miswritten.

/// "Amazon Kinesis Data Streams", "#### Analyzing Data Streams with SQL" for the name
/// "DataStreams": a name written as one word, split into capitalised ordinary words, is as
/// often those words in a title or in another product's name as the name split; joining them
/// is a guess, so its fix is never safe.
pub(super) fn split_into_capitalised_words(written: &str, name: &str) -> bool {
    super::split_of_joined_name(written, name)
        && written
            .split([' ', '-'])
            .filter(|part| !part.is_empty())
            .all(|part| part.starts_with(char::is_uppercase) && crate::document::english::is_word(part))
}

/// "[dataSet]" for the name "DataSet": a word in lowerCamelCase is how code names a variable, a
/// field or a label, so a name of one word with a capital inside, written with its first letter
/// lowercase, may be an identifier; its case fix is never safe.
pub(super) fn lower_camel_case_of_one_word(written: &str, name: &str) -> bool {
    !name.contains([' ', '-'])
        && super::has_inner_capital(name)
        && written.starts_with(char::is_lowercase)
        && super::has_inner_capital(written)
}

#[cfg(test)]
#[path = "guessed_case_tests.rs"]
mod tests;
