//! `brand-name` on words that are names of their own or identifiers, from the blogs of Gitpod,
//! FerretDB and Rspack (MIT / Apache-2.0): what stays quiet, which fixes are only unsafe, and
//! the misspellings still reported.

use crate::document::Kind;
use crate::finding::Applicability;
use crate::rules::test_support::{findings, guide, pairs, run};

const GUIDE: &str = "version: 1\nbrand:\n  names: [Gitpod, Docker, FerretDB, MongoDB, PostgreSQL, \"VS Code\", webpack, GrowthBook, \"Micro Center\", PowerSpec]\n";

fn fired(text: &str) -> Vec<(String, Option<String>)> {
    run(&guide(GUIDE), super::ID, text, Kind::Markdown)
}

fn applicability(text: &str) -> Vec<(String, Option<Applicability>)> {
    findings(&guide(GUIDE), text, Kind::Markdown)
        .iter()
        .filter(|f| f.rule == super::ID)
        .map(|f| (f.matched.clone(), f.fix.as_ref().map(|x| x.applicability)))
        .collect()
}

#[test]
fn a_one_word_name_in_one_case_gets_only_an_unsafe_fix() {
    // Lowercase or capitals may be an identifier: a user, a command, a schema, a placeholder.
    for (text, word) in [
        ("Instead of managing your own docker builds and versions, simply put the _Dockerfile_ into the repository.", "docker"),
        ("![Launch and test a ferretdb database in minutes](/img/blog/launch-ferretdb-demo-database.jpg)", "ferretdb"),
        ("Once deployed, you can get the FERRETDB SVC (`10.254.17.193:27017`) from the list of services.", "FERRETDB"),
    ] {
        assert_eq!(
            applicability(text),
            [(word.to_string(), Some(Applicability::Unsafe))],
            "{text}"
        );
    }
}

#[test]
fn a_name_in_mixed_case_keeps_its_safe_fix() {
    // Wrong inner capitals are a writer's miscapitalisation, never an identifier's spelling.
    assert_eq!(
        applicability("Every Powerspec desktop ships with Ferretdb preinstalled."),
        [
            ("Powerspec".to_string(), Some(Applicability::Safe)),
            ("Ferretdb".to_string(), Some(Applicability::Safe))
        ]
    );
}

#[test]
fn a_name_inside_a_capitalised_joined_name_is_an_identifier() {
    let text = "Krzysztof Cieślak, the creator of Ionide-VSCode, spoke about F# tooling.";
    assert_eq!(fired(text), pairs(&[]));
    // The name joined only to itself, or to a lowercase word, is still the name misspelt.
    assert_eq!(
        fired("Visit Micro-Center today; the VSCode-compatible editor ships soon."),
        pairs(&[("Micro-Center", Some("Micro Center")), ("VSCode", Some("VS Code"))])
    );
}

#[test]
fn a_name_and_a_version_run_together_is_no_typo() {
    let text = "For example, the Rspack output will behave the same as webpack5 by default.";
    assert_eq!(fired(text), pairs(&[]));
    // A letter off is still reported.
    assert_eq!(
        fired("The build uses webpak under the hood."),
        pairs(&[("webpak", Some("webpack"))])
    );
}

#[test]
fn the_name_without_its_version_or_with_another_is_no_typo() {
    // From the Tauri blog (tauri-apps/tauri-docs, MIT): "webview" is the kind of thing.
    let versioned = guide("version: 1\nbrand:\n  names: [WebView2, ES2015]\n");
    let fired = |text: &str| run(&versioned, super::ID, text, Kind::Markdown);
    for text in [
        "…communication between the Tauri core and the frontend code run inside the webview.",
        "Tauri now supports adding multiple webviews to a single window.",
        "The parser now reads ES2016 syntax.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // A letter off in the name, its version kept, is still reported.
    assert_eq!(
        fired("Windows ships WebVeiw2 with Edge."),
        pairs(&[("WebVeiw2", Some("WebView2"))])
    );
}

#[test]
fn a_part_changed_into_a_word_is_a_name_of_its_own() {
    // FerretDB's former name, a pun on the name it replaces.
    for text in [
        "Earlier this week, we unveiled our vision for MangoDB, the Truly Open Source MongoDB Replacement.",
        "FerretDB (née MangoDB) was launched in 2021.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // A slip that makes no word is reported.
    assert_eq!(
        fired("Migrate from MnogoDB or MongDB in minutes."),
        pairs(&[("MnogoDB", Some("MongoDB")), ("MongDB", Some("MongoDB"))])
    );
}

#[test]
fn a_lowercase_name_in_a_bare_list_of_links_to_one_folder_is_quiet() {
    // Vite's blog, `announcing-vite5-1.md` (MIT): template presets named as their URLs are.
    let guide_text = "version: 1\nbrand:\n  names: [Vue, Preact, Svelte, Qwik, Supabase, Realtime]\n";
    let presets = "Try Vite 5.1 online in StackBlitz: [vanilla](https://vite.new/vanilla-ts), [vue](https://vite.new/vue-ts), [react](https://vite.new/react-ts), [preact](https://vite.new/preact-ts), [lit](https://vite.new/lit-ts), [svelte](https://vite.new/svelte-ts), [solid](https://vite.new/solid-ts), [qwik](https://vite.new/qwik-ts).";
    assert_eq!(
        run(&guide(guide_text), super::ID, presets, Kind::Markdown),
        pairs(&[])
    );
    // Supabase's customer stories (Apache-2.0): links inside a sentence are still prose.
    let sentence = "utilizing Supabase for the [database](https://supabase.com/database), API, [realtime](https://supabase.com/realtime) functionality, and [authentication](https://supabase.com/auth).";
    assert_eq!(
        run(&guide(guide_text), super::ID, sentence, Kind::Markdown),
        pairs(&[("realtime", Some("Realtime"))])
    );
}

#[test]
fn a_name_with_an_apostrophe_s_is_spelled_right() {
    // The Kyverno blog (Apache-2.0): "CEL's" is the possessive of the name as the guide spells
    // it; its plural "CELs" would change the sentence.
    let g = guide("version: 1\nbrand:\n  names: [CEL, Gitpod]\n");
    for text in [
        "- Easier foreach loop iteration with CEL's `map()` and `filter()` functions",
        "Gitpod’s workspaces start fast.",
    ] {
        assert_eq!(run(&g, super::ID, text, Kind::Markdown), pairs(&[]), "{text}");
    }
    assert_eq!(
        run(&g, super::ID, "The Cel's functions and gitpod's API.", Kind::Markdown),
        pairs(&[("Cel's", Some("CEL's")), ("gitpod's", Some("Gitpod's"))])
    );
}

#[test]
fn a_chat_transcripts_messages_are_reported_without_a_fix() {
    // The Vitess blog (Apache-2.0), `2018-09-10-vitess-weekly-digest.md`: a Slack conversation
    // the digest reproduces; the speakers' words are theirs.
    let g = guide("version: 1\nbrand:\n  names: [Vitess, MySQL]\n");
    let text = "### Migration\n\n**vittal [Aug 28th at 9:05 AM]**\n\nhi , How easy it is to migrate from existing mysql stack to vitess ?\n\n**sougou**\n\nDoing a mysqldump and restoring to a new vitess cluster seems relatively easy.\n\n**vittal**\n\nthanks\n\n**sougou**\n\nyw\n\n### Summary\n\nWe moved to vitess last year.\n";
    let found = findings(&g, text, Kind::Markdown);
    let brand: Vec<_> = found.iter().filter(|f| f.rule == super::ID).collect();
    assert_eq!(brand.len(), 4, "{brand:?}");
    let fixed: Vec<&str> = brand
        .iter()
        .filter(|f| f.fix.is_some())
        .map(|f| f.matched.as_str())
        .collect();
    // Only the writer's own "vitess", under the next heading, keeps its fix.
    assert_eq!(fixed, ["vitess"]);
    assert!(brand.last().is_some_and(|f| f.fix.is_some()));
}

/// The Rust blog (rust-lang/blog.rust-lang.org, MIT or Apache-2.0): an operating system's
/// earlier name and a team's slug are names of their own; the brands still misspelt are
/// reported.
#[test]
fn an_earlier_name_and_a_dotted_names_slug_are_names_of_their_own() {
    let guide = guide("version: 1\nbrand:\n  names: [macOS, crates.io, rust-analyzer]\n");
    let fired = |text: &str| run(&guide, super::ID, text, Kind::Markdown);
    assert!(fired("[Link OpenSSL statically][cargo/3311] on Mac OS X.").is_empty());
    assert!(fired("<a href=\"https://github.com/rust-lang/crates.io\">crates-io</a> (Carol)").is_empty());
    assert_eq!(
        fired("Builds now run on Mac OS 13 and on Macos."),
        [
            ("Mac OS".to_string(), Some("macOS".to_string())),
            ("Macos".to_string(), Some("macOS".to_string()))
        ]
    );
    assert_eq!(
        fired("Publish it to Crates-IO today."),
        [("Crates-IO".to_string(), Some("crates.io".to_string()))]
    );
}

/// A comment a project-goal update on the Rust blog quotes in a container styled as a
/// blockquote is someone's words: its misspelt brand is reported without a fix.
#[test]
fn a_brand_in_a_container_styled_as_a_quote_gets_no_fix() {
    let guide = guide("version: 1\nbrand:\n  names: [rust-analyzer]\n");
    let text = "<div style=\"margin-top: 8px; background: var(--blockquote-bg-color); border-left: 4px solid #e1e4e8;\">\n<p>The new solver is now officially used by Rust Analyzer.</p>\n</div>\n\nWe use Rust Analyzer daily.\n";
    let fixes: Vec<Option<Applicability>> = findings(&guide, text, Kind::Markdown)
        .iter()
        .filter(|f| f.rule == super::ID)
        .map(|f| f.fix.as_ref().map(|x| x.applicability))
        .collect();
    assert_eq!(fixes, [None, Some(Applicability::Safe)]);
}
