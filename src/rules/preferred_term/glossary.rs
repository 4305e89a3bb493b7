//! The definition under a glossary heading for a name the guide discourages ("### PowerShell Core
//! (product deprecated)" over "The name used for PowerShell v6, built on .NET Core."): it tells
//! that name's history in the names of its time, which a rename would make untrue.

use crate::document::normalized::normalize_term;

/// Words of a heading's note that mark its name retired: "(product deprecated)".
const RETIRED: [&str; 6] = [
    "deprecated",
    "retired",
    "obsolete",
    "discontinued",
    "legacy",
    "former",
];

/// Whether the match lies in the first paragraph under a heading whose title is one of
/// `discouraged`, the guide's `instead_of` words, with a note that marks the name retired
/// ("(product deprecated)"). A heading that only names the term is a reference entry for
/// something still called so ("### NPM" over "Retrieves fonts from NPM packages").
pub fn in_definition_of_discouraged_name<'a>(
    text: &str,
    start: usize,
    mut discouraged: impl Iterator<Item = &'a str>,
) -> bool {
    let Some(title) = heading_over_paragraph(text, start) else {
        return false;
    };
    let Some((name, note)) = title.split_once(" (") else {
        return false;
    };
    let note = note.to_lowercase();
    if !RETIRED.iter().any(|word| note.contains(word)) {
        return false;
    }
    let title = normalize_term(name.trim());
    !title.is_empty() && discouraged.any(|word| normalize_term(word) == title)
}

/// The title of the heading right above the paragraph holding `start` (blank lines between
/// them only), without its `#` marks.
fn heading_over_paragraph(text: &str, start: usize) -> Option<&str> {
    let paragraph_start = text[..start].rfind("\n\n").map_or(0, |i| i + 2);
    let above = text[..paragraph_start].trim_end();
    let line_start = above.rfind('\n').map_or(0, |i| i + 1);
    let line = above[line_start..].trim_start();
    let title = line.strip_prefix('#')?.trim_start_matches('#');
    title.starts_with(' ').then(|| title.trim().trim_end_matches('#').trim())
}

#[cfg(test)]
mod tests {
    use super::in_definition_of_discouraged_name;

    fn in_definition(text: &str, term: &str) -> bool {
        let start = text.find(term).expect("term in text");
        let words = [".NET Core", "PowerShell Core"];
        in_definition_of_discouraged_name(text, start, words.into_iter())
    }

    #[test]
    fn a_definition_under_the_discouraged_names_heading() {
        // PowerShell docs, `community/contributing/product-terminology.md` (CC-BY-4.0).
        let page = "### PowerShell Core (product deprecated)\n\nThe name used for PowerShell v6, built on .NET Core. This name shouldn't be used.\n\n### Windows PowerShell (product name)\n\nThe version that ships in Windows, not .NET Core.\n";
        assert!(in_definition(page, ".NET Core. This"));
        assert!(
            !in_definition(page, ".NET Core.\n"),
            "the entry of a name the guide keeps"
        );
        // PowerShell docs, `dev-cross-plat/Writing-Portable-Modules.md`: a heading naming
        // something else.
        assert!(!in_definition(
            "### The .NET Portability Analyzer (aka APIPort)\n\nRun it on .NET Core code.\n",
            ".NET Core"
        ));
        assert!(
            !in_definition(
                "### PowerShell Core (deprecated)\n\nIt is old.\n\nIt ran on .NET Core.\n",
                ".NET Core"
            ),
            "a later paragraph of the section"
        );
        // Astro docs, `reference/font-provider-reference.mdx` (MIT): a reference entry, the
        // name still in use.
        assert!(!in_definition(
            "### PowerShell Core\n\nRetrieves modules from .NET Core packages.\n",
            ".NET Core"
        ));
    }
}
