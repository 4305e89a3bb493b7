//! Tests of `names.rs`: sentences from the Astro and PowerShell docs.

use super::*;
use crate::document::{Document, Kind};

fn other(text: &str, term: &str, preferred: &str) -> bool {
    let start = text.find(term).expect("term in text");
    let heading = Document::new(text, Kind::Markdown).in_heading(start);
    names_something_else(text, start, start + term.len(), preferred, heading)
}

fn release(text: &str, term: &str) -> bool {
    let start = text.find(term).expect("term in text");
    names_a_version(text, start + term.len(), term)
        || compared_with_vs(text, start, start + term.len())
}

#[test]
fn longer_names_definitions_and_glossary_headings_are_not_the_term() {
    let fm = "In this section, we'll walk through how to add Front Matter CMS to your project.";
    assert!(other(fm, "Front Matter", "frontmatter"));
    let templates = "script installs **PowerShell Core Administrative Templates** on the local";
    assert!(other(templates, "PowerShell Core", "PowerShell"));
    assert!(other(
        "### Visual Studio Code (VS Code)",
        "VS Code",
        "Visual Studio Code"
    ));
    assert!(other(
        "### PowerShell Core (product deprecated)",
        "PowerShell Core",
        "PowerShell"
    ));
}

#[test]
fn ordinary_uses_are_the_term() {
    let fm = "Add front matter YAML to each page.";
    assert!(!other(fm, "front matter", "frontmatter"));
    let vs = "When using VS Code to create and edit PowerShell scripts, save as UTF-8.";
    assert!(!other(vs, "VS Code", "Visual Studio Code"));
    assert!(!other(
        "# Understanding file encoding in VS Code and PowerShell",
        "VS Code",
        "Visual Studio Code"
    ));
    assert!(!other("### Install NPM Packages", "NPM", "npm"));
    assert!(!other("- NPM Packages", "NPM", "npm"));
    assert!(!other(
        "- [Installing NPM Packages](/en/guides/imports/)",
        "NPM",
        "npm"
    ));
    assert!(!other(
        "Front Matter. Then the body.",
        "Front Matter",
        "frontmatter"
    ));
}

#[test]
fn a_common_noun_capitalised_mid_sentence_is_a_name() {
    // frontmatter-cms.mdx of the Astro docs: the Front Matter CMS, not front matter.
    let terms = ["front matter".to_string()];
    assert!(capitalised_common_noun("Front Matter", &terms));
    assert!(!capitalised_common_noun("front matter", &terms));
    assert!(!capitalised_common_noun("FRONT MATTER", &terms));
    assert!(!capitalised_common_noun("Client", &["client".to_string()]));
    assert!(!capitalised_common_noun(
        "Front Matter",
        &["Front Matter".to_string()]
    ));
    let at = |text: &str| {
        let start = text.find("Front").expect("term");
        let heading = Document::new(text, Kind::Markdown).in_heading(start);
        used_as_a_name(text, start, heading)
    };
    assert!(at(
        "- Click on the **Initialize project** button in the Front Matter panel"
    ));
    assert!(at(
        "  - Click on the **Front Matter** icon on the panel's title bar or files."
    ));
    assert!(!at(
        "- Front Matter will ask you for the title of the article."
    ));
    assert!(!at("### Install the Front Matter CMS extension"));
    assert!(!at("Add YAML. Front Matter goes at the top."));
}

#[test]
fn a_lowercase_word_after_a_name_may_be_a_common_word() {
    let terms = ["PowerShell Core".to_string(), ".NET Core".to_string()];
    // about_Format.ps1xml.md and a binary-module walkthrough of the PowerShell docs.
    for matched in ["PowerShell core", "PowerShell\ncore", ".NET core"] {
        assert!(common_word_after_name(matched, &terms), "{matched}");
    }
    for matched in [
        "PowerShell Core",
        "powershell core",
        ".NET Core",
        "PowerShell\n> Core",
    ] {
        assert!(!common_word_after_name(matched, &terms), "{matched}");
    }
    let lower = ["GitHub issues".to_string()];
    assert!(!common_word_after_name("GitHub issues", &lower));
}

#[test]
fn a_no_break_space_before_the_previous_word_is_skipped_whole() {
    // Found by tests/fix_properties.rs: slicing one byte past U+00A0 panicked.
    let text = "end-user our\u{a0}users leverages";
    let start = text.find("leverages").expect("word in text");
    assert_eq!(previous_word(text, start), Some("users"));
    assert!(!release(text, "leverages"));
}

#[test]
fn releases_and_comparisons_are_not_safely_renamed() {
    // A release is not reported at all, a comparison is reported without a safe fix.
    let text = "Because of changes in .NET Core 3.1, PowerShell 7.0 and higher use the";
    let start = text.find(".NET Core").unwrap_or(0);
    assert!(names_a_version(
        text,
        start + ".NET Core".len(),
        ".NET Core"
    ));
    assert!(names_a_version(
        "PowerShell Core 6 is out.",
        15,
        "PowerShell Core"
    ));
    assert!(
        !names_a_version("Ask client 12.", 10, "client"),
        "a count, not a version"
    );
    assert!(names_a_version("Ask client v2 users.", 10, "client"));
    assert!(!compared_with_vs(text, start, start + ".NET Core".len()));
    assert!(release(
        "Because of changes in .NET Core 3.1, PowerShell 7.0 and higher use the",
        ".NET Core"
    ));
    assert!(release("## .NET Framework vs .NET Core", ".NET Core"));
    assert!(release("(.NET Core vs .NET Framework)", ".NET Core"));
    assert!(!release(
        "PowerShell on Linux and macOS uses .NET Core, a subset of the full .NET Framework",
        ".NET Core"
    ));
}

#[test]
fn a_fix_that_drops_a_word_before_a_lowercase_word_is_not_safe() {
    // Update-Help: "the PowerShell Core modules" are PowerShell's core modules.
    let text = "Updates the help for the PowerShell Core modules.";
    let end = text.find(" modules").unwrap_or(0);
    assert!(drops_a_modifier(text, end, "PowerShell Core", "PowerShell"));
    // At the end of a clause, or a replacement that is no subset, the fix stays safe.
    let text = "Install PowerShell Core, then restart.";
    let end = text.find(',').unwrap_or(0);
    assert!(!drops_a_modifier(
        text,
        end,
        "PowerShell Core",
        "PowerShell"
    ));
    let text = "Ask the client about it.";
    let end = text.find(" about").unwrap_or(0);
    assert!(!drops_a_modifier(text, end, "client", "customer"));
}

#[test]
fn a_determiner_of_a_longer_noun_is_not_the_term() {
    let longer = |text: &str, term: &str| {
        let start = text.find(term).expect("term in text");
        determiner_of_a_longer_noun(text, start + term.len(), term)
    };
    // The wasmCloud blog (CC-BY-4.0): "the" determines the noun the term's word describes.
    for (text, term) in [
        ("replicas of the DogsAndCats actor on the cloud host and an HTTPClient", "the cloud"),
        ("community leaders from across the cloud native ecosystem to share", "the cloud"),
        ("In the cloud-native ecosystem there are a wealth of", "the cloud"),
        ("the promise to revolutionize the cloud landscape with", "the cloud"),
        ("infrastructure hosted by the Cloud Native Computing Foundation (CNCF)", "the Cloud"),
        ("born of the evolution of the Cloud ABI ideas", "the Cloud"),
    ] {
        assert!(longer(text, term), "{text}");
    }
    // The thing itself, the term as the guide means it.
    for (text, term) in [
        ("running both locally and in the cloud (or just on another machine)", "the cloud"),
        ("Core Wasm is particularly well-suited to the cloud. In addition", "the cloud"),
        ("enabling technology for the cloud, the edge, and everywhere", "the cloud"),
        ("run anywhere from the cloud to the edge.", "the cloud"),
        ("whether that's in the cloud or at the edge", "the cloud"),
        ("in the Cloud as well as edge devices.", "the Cloud"),
        ("## Why components are made for the cloud\n", "the cloud"),
    ] {
        assert!(!longer(text, term), "{text}");
    }
    // A term that does not open with a determiner.
    assert!(!longer("the client library", "client"));
}

#[test]
fn a_capitalised_common_noun_closing_a_longer_name_is_not_the_term() {
    let closes = |text: &str, term: &str, instead_of: &str| {
        let start = text.find(term).expect("term in text");
        closes_a_longer_name(text, start, term, &[instead_of.to_string()], false)
    };
    // The wasmCloud blog (CC-BY-4.0): software components named in capitals.
    let policy = "Platforms like wasmCloud integrate with Kubernetes, OpenTelemetry, and Open Policy Agent.";
    assert!(closes(policy, "Agent", "agent"));
    let spire = "it requests its identity from the local SPIRE Agent via the SPIFFE Workload Endpoint";
    assert!(closes(spire, "Agent", "agent"));
    // A sentence's first word is no name's: "Clients" here is the writer's word.
    assert!(!closes("Our Clients love it.", "Clients", "client"));
    assert!(!closes("We thank every Client.", "Client", "client"));
    // The PowerShell docs (CC-BY-4.0): a term the guide capitalises is a name already.
    let add_type = "The `Add-Type` cmdlet lets you define a Microsoft .NET Core class in your session.";
    assert!(!closes(add_type, ".NET Core", ".NET Core"));
}
