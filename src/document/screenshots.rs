//! The text of a link to an image file ("[Launch .NET Core Console App][04]" with "[04]:
//! media/…/add-configuration-dialog.png"): a caption of a screenshot, naming what the image
//! shows as the interface labels it. Renaming it makes it point at nothing on screen.

/// Whether `start..end` lies in the text of a Markdown link (not an image's alt text) whose
/// destination, inline or in a reference definition, is an image file.
pub fn in_screenshot_link_text(text: &str, start: usize, end: usize) -> bool {
    super::links::destination_of_link_text(text, start, end).is_some_and(is_image_file)
}

/// Image file extensions a screenshot link points at.
const IMAGE_EXTENSIONS: [&str; 8] = [
    ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp",
];

fn is_image_file(destination: &str) -> bool {
    let path = destination
        .trim_matches(['<', '>'])
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|ext| path.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::in_screenshot_link_text;

    fn linked(text: &str, term: &str) -> bool {
        let start = text.rfind(term).expect("term in text");
        in_screenshot_link_text(text, start, start + term.len())
    }

    #[test]
    fn text_of_a_link_to_an_image_is_a_caption() {
        // PowerShell docs, `using-vscode-for-debugging-compiled-cmdlets.md` (CC-BY-4.0).
        let text = "1. To create a default debug configuration, select **Launch .NET Core Console App**:\n\n   [Launch .NET Core Console App][04]\n\n[04]: media/using-vscode-for-debugging-compiled-cmdlets/add-configuration-dialog.png\n";
        assert!(linked(text, ".NET Core Console"));
        assert!(linked(
            "See [the .NET Core dialog](media/dialog.PNG).",
            ".NET Core"
        ));
        assert!(linked(
            "[.NET Core][]\n\n[.net core]: shot.jpg\n",
            ".NET Core"
        ));
    }

    #[test]
    fn other_links_and_alt_text_are_prose() {
        // A link to a page, an image's own alt text, and a reference to a page.
        assert!(!linked(
            "Read [Breaking changes in .NET Core 2.1](/dotnet/core/compatibility/2.1).",
            ".NET Core"
        ));
        assert!(!linked("![A .NET Core app](media/app.png)", ".NET Core"));
        assert!(!linked(
            "[Moving to .NET Core][05]\n\n[05]: /dotnet/core/porting\n",
            ".NET Core"
        ));
        assert!(!linked("Plain .NET Core text.", ".NET Core"));
    }
}
