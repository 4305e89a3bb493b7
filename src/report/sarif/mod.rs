//! SARIF 2.1.0 output, for code-scanning dashboards: one run, every rule in the driver, one
//! result per finding. Paths are relative to the repository root (the emitter asks for them
//! through [`Needs::root_paths`]), so `%SRCROOT%` resolves them wherever the check ran.

mod schema;

use super::emitter::{Emitter, Entry, Needs, Totals};
use crate::finding::{Finding, Level, Scope, Severity};
use crate::registry::{RuleMeta, RULES};
use schema::{
    ArtifactChange, ArtifactLocation, ByteRegion, Configuration, Driver, Location, Log,
    LogicalLocation, PhysicalLocation, Region, Replacement, Rule, Run, SarifFix, SarifResult, Text,
    Tool,
};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::io;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The fingerprint key: bump the suffix if the hashed fields ever change.
pub const FINGERPRINT_KEY: &str = "onmessage/v1";

/// The SARIF log for `findings`. `line_texts[i]` is the trimmed text of the first line of
/// `findings[i]` (an identity for the finding that survives edits elsewhere in the file); a
/// missing entry counts as an empty line.
fn log<'a>(findings: &'a [Finding], line_texts: &[String]) -> Log<'a> {
    let mut occurrences: HashMap<u64, u64> = HashMap::new();
    let results = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let line_text = line_texts.get(i).map_or("", String::as_str);
            let identity = identity_hash(f, line_text);
            let seen = occurrences.entry(identity).or_insert(0);
            let fingerprint = fnv1a(identity.to_le_bytes().iter().chain(&seen.to_le_bytes()));
            *seen += 1;
            result(f, fingerprint)
        })
        .collect();
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "onmessage",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules: RULES.iter().map(rule).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// SARIF as an [`Emitter`]: one document whose results need every finding (fingerprints count
/// repeats across the run), so findings are kept — with paths relative to the repository root
/// and their line texts — and the log is written at `finish`.
#[derive(Default)]
pub struct SarifEmitter {
    findings: Vec<Finding>,
    line_texts: Vec<String>,
}

impl Emitter for SarifEmitter {
    fn needs(&self) -> Needs {
        Needs {
            line_texts: true,
            root_paths: true,
            ..Needs::default()
        }
    }

    fn file(&mut self, _out: &mut dyn io::Write, entries: &[Entry<'_>]) -> io::Result<()> {
        for entry in entries {
            self.findings.push(Finding {
                path: entry.path.to_string(),
                ..entry.finding.clone()
            });
            self.line_texts.push(entry.line_text.to_string());
        }
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn io::Write,
        _notes: &mut dyn io::Write,
        _totals: &Totals<'_>,
    ) -> io::Result<()> {
        let text = super::escape::to_json_pretty(&log(&self.findings, &self.line_texts))
            .map_err(io::Error::other)?;
        self.findings.clear();
        self.line_texts.clear();
        writeln!(out, "{text}")
    }
}

fn rule(meta: &RuleMeta) -> Rule {
    let doc = Some(meta.doc);
    Rule {
        id: meta.id.as_str(),
        name: camel_case(meta.id.as_str()),
        short_description: Text { text: meta.summary },
        full_description: doc.map(|doc| Text { text: doc.what }),
        help: doc.map(|doc| Text {
            text: format!(
                "{}\n\nWhy it matters\n{}\n\nExample\nWith this guide:\n{}\nthis text is reported:\n{}\nFixed:\n{}",
                doc.what,
                doc.why,
                indent(&format!("version: 1\n{}", doc.guide)),
                indent(doc.example),
                indent(doc.fixed),
            ),
        }),
        default_configuration: Configuration {
            level: level(meta.default_level),
        },
    }
}

fn artifact(f: &Finding) -> ArtifactLocation {
    ArtifactLocation {
        uri: encode_uri(&f.path),
        uri_base_id: (!is_absolute(&f.path)).then_some("%SRCROOT%"),
    }
}

fn fixes(f: &Finding) -> Vec<SarifFix<'_>> {
    let Some(fix) = &f.fix else { return Vec::new() };
    let applicability = match fix.applicability {
        crate::finding::Applicability::Safe => "safe",
        crate::finding::Applicability::Unsafe => "unsafe",
    };
    let replacements = fix
        .edits
        .iter()
        .map(|e| Replacement {
            deleted_region: ByteRegion {
                byte_offset: e.start,
                byte_length: e.end - e.start,
            },
            inserted_content: Text {
                text: &e.replacement,
            },
        })
        .collect();
    vec![SarifFix {
        description: Text {
            text: format!(
                "Write {:?} ({applicability} fix)",
                f.suggestion.as_deref().unwrap_or_default()
            ),
        },
        artifact_changes: [ArtifactChange {
            artifact_location: artifact(f),
            replacements,
        }],
    }]
}

fn result(f: &Finding, fingerprint: u64) -> SarifResult<'_> {
    SarifResult {
        fixes: fixes(f),
        rule_id: f.rule.as_str(),
        rule_index: Some(f.rule.index()),
        level: severity(f.severity),
        message: Text { text: &f.message },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: artifact(f),
                region: Region {
                    start_line: f.line.max(1),
                    start_column: f.column.max(1),
                    end_line: f.end_line.max(f.line).max(1),
                    end_column: end_column(f),
                },
            },
            logical_locations: f.location.iter().map(logical_location).collect(),
        }],
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, format!("{fingerprint:016x}"))]),
    }
}

/// A finding's structural location as SARIF names one: a locale key is a property with its
/// path as the qualified name; a page, slide or paragraph is an element named as people say it.
fn logical_location(location: &crate::document::location::Location) -> LogicalLocation {
    use crate::document::location::Location as Structural;
    match location {
        Structural::Key { key } => LogicalLocation {
            name: key.rsplit('.').next().unwrap_or(key).to_string(),
            fully_qualified_name: Some(key.clone()),
            kind: "property",
        },
        other => LogicalLocation {
            name: other.to_string(),
            fully_qualified_name: None,
            kind: "element",
        },
    }
}

/// SARIF wants `endColumn >= 1`, and not before `startColumn` on a one-line region.
fn end_column(f: &Finding) -> usize {
    if f.end_line > f.line {
        f.end_column.max(1)
    } else {
        f.end_column.max(f.column).max(1)
    }
}

fn level(level: Level) -> &'static str {
    match level.severity() {
        Some(s) => severity(s),
        None => "none",
    }
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A hash of what identifies a finding, independent of its line number. Findings about the
/// whole file are identified by rule and path alone.
fn identity_hash(f: &Finding, line_text: &str) -> u64 {
    let line_text = if f.scope == Scope::File {
        ""
    } else {
        line_text.trim()
    };
    // 0xff never occurs in UTF-8, so it separates the fields unambiguously.
    let fields = [f.rule.as_str(), &f.path, &f.matched, line_text];
    fnv1a(
        fields
            .iter()
            .flat_map(|field| field.as_bytes().iter().chain(&[0xff])),
    )
}

/// FNV-1a, 64 bits: tiny, and the same on every platform and Rust version.
fn fnv1a<'a>(bytes: impl IntoIterator<Item = &'a u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn is_absolute(path: &str) -> bool {
    std::path::Path::new(path).is_absolute()
}

/// A path as a URI reference: every byte outside RFC 3986's unreserved set and `/` is
/// percent-encoded. Absolute paths become `file://` URIs.
pub fn encode_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    if is_absolute(path) {
        out.push_str(if path.starts_with('/') {
            "file://"
        } else {
            "file:///"
        });
    }
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            // Writing into a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `banned-term` → `BannedTerm`.
fn camel_case(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn indent(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(encode_uri("sales/a b,c.md"), "sales/a%20b%2Cc.md");
        assert_eq!(encode_uri("café/100%.md"), "caf%C3%A9/100%25.md");
        if cfg!(unix) {
            assert_eq!(encode_uri("/abs/x y.md"), "file:///abs/x%20y.md");
        }
    }

    #[test]
    fn rule_names_are_camel_case() {
        assert_eq!(camel_case("banned-term"), "BannedTerm");
        assert_eq!(camel_case("too-long"), "TooLong");
    }

    #[test]
    fn emitter_writes_the_log_of_every_file_at_finish_with_the_given_paths() {
        let findings = [
            Finding::sample(crate::rules::banned_term::ID, 3),
            Finding::sample(crate::rules::banned_term::ID, 9),
        ];
        let entries: Vec<Entry> = findings
            .iter()
            .map(|finding| Entry {
                path: "docs/a b.md",
                line_text: "We leverage it.",
                ..Entry::bare(finding)
            })
            .collect();
        let mut emitter = SarifEmitter::default();
        let mut out = Vec::new();
        emitter
            .file(&mut out, &entries[..1])
            .expect("writing to a Vec");
        emitter
            .file(&mut out, &entries[1..])
            .expect("writing to a Vec");
        assert!(out.is_empty(), "nothing before finish");
        let tally = crate::report::Tally::default();
        let totals = Totals {
            files_checked: 2,
            fixed: None,
            tally: &tally,
            summary: true,
        };
        emitter
            .finish(&mut out, &mut Vec::new(), &totals)
            .expect("writing to a Vec");
        let moved: Vec<Finding> = findings
            .iter()
            .map(|f| Finding {
                path: "docs/a b.md".into(),
                ..f.clone()
            })
            .collect();
        let lines = vec!["We leverage it.".to_string(); 2];
        let text = String::from_utf8_lossy(&out);
        let whole = crate::report::escape::to_json_pretty(&log(&moved, &lines));
        assert_eq!(text, whole.expect("serialisable") + "\n");
        let log: serde_json::Value = serde_json::from_str(&text).expect("SARIF is JSON");
        let results = &log["runs"][0]["results"];
        let uri = &results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        assert_eq!(uri, "docs/a%20b.md");
        // The same rule, file, match and line text twice: told apart by their order.
        let print = |i: usize| results[i]["partialFingerprints"][FINGERPRINT_KEY].clone();
        assert_ne!(print(0), print(1));
    }
}
