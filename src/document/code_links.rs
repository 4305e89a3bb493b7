//! Links to code: a lowercase word whose whole link text points at a folder or file of that
//! name in a repository names that code ("Exporters: [otlp](…/tree/v0.58.0/exporter/otlpexporter)"
//! is the exporter's configuration key, not a misspelt "OTLP"), and so does one linked to a
//! source file by a relative path ("- [google](context/google/google.go) provides the `Search`
//! function": the example's Go package, not a misspelt "Google").

use super::links::{destination_of_link_text, host_and_path, link_around};

/// Code hosts' paths to a folder or a file at a ref.
const CODE_PATHS: [&str; 4] = ["/tree/", "/blob/", "/-/tree/", "/src/"];

/// Code hosts whose paths [`CODE_PATHS`] reads.
const CODE_HOSTS: [&str; 4] = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];

/// Whether `start..end`, an all-lowercase word, is the whole text of a link to a folder or file
/// in a repository whose name starts with that word (`otlp` → `…/exporter/otlpexporter`,
/// `kafka` → `…/receiver/kafkareceiver/README.md`).
pub fn names_linked_code(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if word.is_empty() || word.contains(|c: char| !c.is_lowercase() && !c.is_ascii_digit()) {
        return false;
    }
    let whole_text = link_around(text, start, end).is_some_and(|link| link.text == (start..end));
    whole_text
        && destination_of_link_text(text, start, end).is_some_and(|d| points_at_code(d, word))
}

/// Whether `destination` is a code host's path to a folder or file whose name (its last
/// segment, before any extension, or the folder holding a README) starts with `word`.
fn points_at_code(destination: &str, word: &str) -> bool {
    // An address without a path has no folder to name; a relative one names a source file.
    let Some((host, path)) = host_and_path(destination) else {
        return relative_source_file(destination, word);
    };
    let path = format!("/{path}");
    if !CODE_HOSTS.contains(&host) || !CODE_PATHS.iter().any(|p| path.contains(p)) {
        return false;
    }
    let mut segments = path.trim_end_matches('/').rsplit('/');
    let last = segments.next().unwrap_or_default();
    let last = if last.to_lowercase().starts_with("readme") {
        segments.next().unwrap_or_default()
    } else {
        last
    };
    let name = last.split('.').next().unwrap_or_default().to_lowercase();
    name.starts_with(word)
}

/// Whether `destination`, a relative path (no scheme, not a page of the site: no leading "/"),
/// ends in a source file whose name, or the folder holding it, starts with `word`.
fn relative_source_file(destination: &str, word: &str) -> bool {
    if destination.contains("://") || destination.starts_with(['/', '#']) {
        return false;
    }
    let path = destination.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.rsplit('/');
    let file = segments.next().unwrap_or_default();
    let Some((stem, extension)) = file.rsplit_once('.') else {
        return false;
    };
    let folder = segments.next().unwrap_or_default();
    SOURCE_EXTENSIONS.contains(&extension)
        && [stem, folder]
            .iter()
            .any(|name| name.to_lowercase().starts_with(word))
}

/// Extensions of source files a post links to by a relative path.
const SOURCE_EXTENSIONS: [&str; 16] = [
    "go", "rs", "py", "js", "ts", "java", "c", "h", "cc", "cpp", "rb", "kt", "swift", "cs", "php",
    "scala",
];

#[cfg(test)]
mod tests {
    use super::names_linked_code;

    fn named(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        names_linked_code(text, start, start + word.len())
    }

    #[test]
    fn a_word_linked_to_its_code_names_that_code() {
        // The OpenTelemetry blog (CC-BY-4.0), `k8s-otel-expose/index.md`.
        let text = "- Exporters:\n  [otlp](https://github.com/open-telemetry/opentelemetry-collector/tree/v0.58.0/exporter/otlpexporter),\n  [logging](https://github.com/open-telemetry/opentelemetry-collector/tree/v0.58.0/exporter/loggingexporter)\n";
        assert!(named(text, "otlp"));
        assert!(named(
            "See [kafka](https://github.com/o/r/blob/main/receiver/kafkareceiver/README.md).",
            "kafka"
        ));
        // Prose linking a word to a site, a capitalised word, and a word inside longer link
        // text are not code.
        assert!(!named(
            "We export [otlp](https://opentelemetry.io/docs/specs/otlp/) data.",
            "otlp"
        ));
        assert!(!named(
            "[Otlp](https://github.com/o/r/tree/main/exporter/otlpexporter)",
            "Otlp"
        ));
        assert!(!named(
            "[the otlp exporter](https://github.com/o/r/tree/main/exporter/otlpexporter)",
            "otlp"
        ));
        assert!(!named(
            "[otlp](https://github.com/o/r/tree/main/exporter/loggingexporter)",
            "otlp"
        ));
    }

    #[test]
    fn a_word_linked_to_a_source_file_by_a_relative_path_names_that_code() {
        // The Go blog (CC-BY-4.0), `context.md`: the example's packages.
        let text = "  - [google](context/google/google.go) provides the `Search` function.";
        assert!(named(text, "google"));
        assert!(named(
            "- [userip](context/userip/userip.go) extracts it.",
            "userip"
        ));
        // A page of the site, a document and another file's name are no source file of it.
        for text in [
            "Read [google](/blog/google/) first.",
            "Read [google](google.md) first.",
            "Read [google](context/search/search.go) first.",
            "Read [google](https://example.com/google.go) first.",
        ] {
            assert!(!named(text, "google"), "{text}");
        }
    }
}
