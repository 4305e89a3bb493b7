//! What kind of file a document is, read from its name, and the test that its bytes are text.

use std::path::Path;

/// How a file's text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Markdown,
    Mdx,
    /// HTML pages and email templates (`.html`, `.htm`).
    Html,
    /// MJML emails (`.mjml`).
    Mjml,
    /// Site templates: walked only when the guide's `include` names them.
    Astro,
    Vue,
    Svelte,
    /// Word documents (`.docx`): text extracted from the package ([`super::office`]).
    Docx,
    /// PowerPoint decks (`.pptx`).
    Pptx,
    /// OpenDocument text (`.odt`).
    Odt,
    /// OpenDocument presentations (`.odp`).
    Odp,
    /// PDF files (`.pdf`): the text layer.
    Pdf,
    /// Locale and content files: their string values are the prose. Walked only when the
    /// guide's `include` names them.
    Json,
    Yaml,
}

impl Kind {
    /// The kind of a file walked from a directory; `None` for files that are not checked unless
    /// named explicitly or by the guide's `include` ([`Kind::from_extension`]).
    pub fn from_path(path: &Path) -> Option<Kind> {
        Kind::from_extension(path).filter(|kind| !kind.needs_include())
    }

    /// The kind a file's extension says, whether or not walks take it by default.
    pub fn from_extension(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Kind::Markdown),
            "mdx" => Some(Kind::Mdx),
            "txt" => Some(Kind::Text),
            "html" | "htm" => Some(Kind::Html),
            "mjml" => Some(Kind::Mjml),
            "astro" => Some(Kind::Astro),
            "vue" => Some(Kind::Vue),
            "svelte" => Some(Kind::Svelte),
            "docx" => Some(Kind::Docx),
            "pptx" => Some(Kind::Pptx),
            "odt" => Some(Kind::Odt),
            "odp" => Some(Kind::Odp),
            "pdf" => Some(Kind::Pdf),
            "json" => Some(Kind::Json),
            "yaml" | "yml" => Some(Kind::Yaml),
            _ => None,
        }
    }

    /// The kind of a file named explicitly: read by its extension, anything unknown as plain
    /// text.
    pub fn for_named(path: &Path) -> Kind {
        Kind::from_extension(path).unwrap_or(Kind::Text)
    }

    /// Astro, Vue and Svelte: walked only when the guide's `include` names them.
    pub fn is_site_template(self) -> bool {
        matches!(self, Kind::Astro | Kind::Vue | Kind::Svelte)
    }

    /// Word, PowerPoint, OpenDocument and PDF: binary files whose text is extracted first
    /// ([`super::office::extract`]) and then read as plain text; never fixed in place.
    pub fn is_extracted(self) -> bool {
        matches!(
            self,
            Kind::Docx | Kind::Pptx | Kind::Odt | Kind::Odp | Kind::Pdf
        )
    }

    /// JSON and YAML locale and content files.
    pub fn is_content_file(self) -> bool {
        matches!(self, Kind::Json | Kind::Yaml)
    }

    /// Walked only when the guide's `include` names them: site templates, and JSON and YAML
    /// files (a repository holds many that are not copy: package.json, CI workflows).
    pub fn needs_include(self) -> bool {
        self.is_site_template() || self.is_content_file()
    }

    /// Whether the text is read as HTML (pages, emails, MJML, site templates): suppression
    /// comments are HTML comments, as in Markdown.
    pub fn is_html(self) -> bool {
        matches!(
            self,
            Kind::Html | Kind::Mjml | Kind::Astro | Kind::Vue | Kind::Svelte
        )
    }
}

/// Why a file's bytes are not a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotText {
    #[error("not UTF-8 text")]
    NotUtf8,
    #[error("not UTF-8 text (contains NUL bytes)")]
    Binary,
    /// Minified or generated text, not prose a writer edits.
    #[error("a line is longer than {} MiB", crate::limits::MAX_LINE_BYTES / (1024 * 1024))]
    LineTooLong,
}

/// Decode file bytes as text, refusing binary files (NUL bytes), invalid UTF-8 and lines longer
/// than `MAX_LINE_BYTES`.
pub fn decode(bytes: &[u8]) -> Result<&str, NotText> {
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    // No line is longer than the whole text.
    if bytes.len() > crate::limits::MAX_LINE_BYTES
        && bytes.split(|&b| b == b'\n').any(|line| {
            line.strip_suffix(b"\r").unwrap_or(line).len() > crate::limits::MAX_LINE_BYTES
        })
    {
        return Err(NotText::LineTooLong);
    }
    std::str::from_utf8(bytes).map_err(|_| NotText::NotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_binary_and_invalid_utf8() {
        assert_eq!(decode(b"ok"), Ok("ok"));
        assert_eq!(decode(b"a\0b"), Err(NotText::Binary));
        assert_eq!(decode(&[0xff, 0xfe, 0x41]), Err(NotText::NotUtf8));
        let limit = crate::limits::MAX_LINE_BYTES;
        let mut lines = "a".repeat(limit);
        lines.push_str("\r\n");
        lines.push_str(&"b".repeat(limit));
        assert!(
            decode(lines.as_bytes()).is_ok(),
            "lines of exactly the limit are read"
        );
        lines.push('b');
        assert_eq!(decode(lines.as_bytes()), Err(NotText::LineTooLong));
    }
}
