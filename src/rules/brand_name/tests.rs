//! Tests of `brand-name` on real sentences: what fires and what must not.

use crate::document::Kind;
use crate::rules::test_support::{guide, pairs, run};

const GUIDE: &str =
    "version: 1\nbrand:\n  names: [\"Micro Center\", \"PowerSpec\", \"Node.js\", \"Acme\"]\n";

fn fired(text: &str) -> Vec<(String, Option<String>)> {
    fired_with(GUIDE, text)
}

#[test]
fn fires_on_case_split_joined_and_typos() {
    let text = "Powerspec, Power Spec, micro center, MicroCenter, Micro-Center, PowerSpek, Micro Centre, node.js, ACME";
    assert_eq!(
        fired(text),
        pairs(&[
            ("Powerspec", Some("PowerSpec")),
            ("Power Spec", Some("PowerSpec")),
            ("micro center", Some("Micro Center")),
            ("MicroCenter", Some("Micro Center")),
            ("Micro-Center", Some("Micro Center")),
            ("PowerSpek", Some("PowerSpec")),
            ("Micro Centre", Some("Micro Center")),
            ("node.js", Some("Node.js")),
            ("ACME", Some("Acme")),
        ])
    );
}

#[test]
fn exact_possessive_and_plural_spellings_never_fire() {
    let text = "PowerSpec, PowerSpec's, PowerSpecs, Micro Center's, Micro\nCenter, Micro Centers, Node.js, Acme.";
    assert_eq!(fired(text), pairs(&[]));
}

#[test]
fn keeps_the_possessive_in_the_suggestion() {
    assert_eq!(
        fired("Powerspec's team"),
        pairs(&[("Powerspec's", Some("PowerSpec's"))])
    );
}

#[test]
fn identifiers_and_code_never_fire() {
    let text = "see https://powerspec.com, powerspec.com, @powerspec, #powerspec, powerspec_v2, img/powerspec-logo.png, `powerspec`, microcenter.com/deals";
    assert_eq!(fired(text), pairs(&[]));
}

#[test]
fn brands_inside_lowercase_joined_names_never_fire() {
    let text = "Clone deploy-acme and acme-security-logging; add the @powerspec/app kit, \
                powerspec-pay and micro-center-deals.json; run tailwind-powerspek.";
    assert_eq!(fired(text), pairs(&[]));
    // A prose compound the writer capitalised wrongly is still a misspelled brand.
    assert_eq!(
        fired("Every Powerspec-certified part, and the Acme-approved ACME-grade kit."),
        pairs(&[("Powerspec", Some("PowerSpec")), ("ACME", Some("Acme"))])
    );
}

#[test]
fn a_brand_mentioned_in_quotation_marks_never_fires() {
    let text = "Members of the \"acme\" organization, the “powerspec” tag, the 'Powerspek' typo.";
    assert_eq!(fired(text), pairs(&[]));
    assert_eq!(
        fired("the \"acme org\" and acme's \"team\""),
        pairs(&[("acme", Some("Acme")), ("acme's", Some("Acme's"))])
    );
}

#[test]
fn overlapping_near_misses_report_the_longest_name_once() {
    let guide = guide("version: 1\nbrand:\n  names: [\"Nimbus\", \"Nimbus Cloud\"]\n");
    let found = run(
        &guide,
        super::ID,
        "Try Nimbsu Cloud today.",
        Kind::Markdown,
    );
    assert_eq!(found, pairs(&[("Nimbsu Cloud", Some("Nimbus Cloud"))]));
    let found = run(&guide, super::ID, "Try Nimbsu today.", Kind::Markdown);
    assert_eq!(found, pairs(&[("Nimbsu", Some("Nimbus"))]));
    // A near miss of the longer name that holds the shorter one, spelled right or in the
    // wrong case: one finding, for the longer name.
    for (text, matched) in [
        ("Try Nimbus Clowd today.", "Nimbus Clowd"),
        ("Try nimbus Clowd today.", "nimbus Clowd"),
    ] {
        let found = run(&guide, super::ID, text, Kind::Markdown);
        assert_eq!(found, pairs(&[(matched, Some("Nimbus Cloud"))]), "{text}");
    }
    let found = run(
        &guide,
        super::ID,
        "Nimbus Cloud and nimbus.",
        Kind::Markdown,
    );
    assert_eq!(found, pairs(&[("nimbus", Some("Nimbus"))]));
}

#[test]
fn a_short_word_after_a_name_is_no_typo_of_a_longer_name() {
    // Real lines of PostHog customer stories, with "PostHog" and "PostHog AI" as names.
    let guide = guide("version: 1\nbrand:\n  names: [\"PostHog\", \"PostHog AI\"]\n");
    for text in [
        "We chose PostHog as our product analytics tool.",
        "Everyone at the company uses PostHog at least once a week.",
        "Reports are built in the PostHog UI and the PostHog API feeds our warehouse.",
        "Before PostHog I had three dashboards.",
    ] {
        assert!(
            run(&guide, super::ID, text, Kind::Markdown).is_empty(),
            "{text}"
        );
    }
    let found = run(&guide, super::ID, "Ask Posthog AI.", Kind::Markdown);
    assert_eq!(found, pairs(&[("Posthog AI", Some("PostHog AI"))]));
}

const PS_GUIDE: &str = "version: 1\nbrand:\n  names: [\"PowerShell\", \"Windows PowerShell\", \"Windows\", \"GitHub\", \"PowerShellGet\"]\n";

#[test]
fn a_short_camel_case_word_after_a_name_is_no_typo_of_a_longer_name() {
    // Register-ArgumentCompleter.md: parameter set names in the SYNTAX section.
    assert!(ps("## SYNTAX\n\n### NativeSet\n\n### PowerShellSet\n").is_empty());
    assert_eq!(
        ps("Install the module with PowerShelGet first."),
        pairs(&[("PowerShelGet", Some("PowerShellGet"))])
    );
}

#[test]
fn a_lowercase_word_off_in_a_short_camel_part_is_another_name() {
    // The Node.js blog (MIT): "openssl" (OpenSSL, the library) beside the guide's "OpenSSF".
    let guide = guide("version: 1\nbrand:\n  names: [\"OpenSSF\", \"PowerShellGet\"]\n");
    let fired = |text: &str| run(&guide, super::ID, text, Kind::Markdown);
    assert!(fired("Node.js 16 uses openssl 1.1.1, which reaches its end of life.").is_empty());
    // A slip in a longer part still is one, lowercase or not.
    assert_eq!(
        fired("Install powershelget first."),
        pairs(&[("powershelget", Some("PowerShellGet"))])
    );
}

fn ps(text: &str) -> Vec<(String, Option<String>)> {
    run(&guide(PS_GUIDE), super::ID, text, Kind::Markdown)
}

#[test]
fn ordinary_words_one_letter_from_a_brand_never_fire() {
    // Real lines of the PowerShell docs: "window" is one letter from "Windows".
    for text in [
        "Sets the window style for the session. Valid values are `Normal`, `Minimized`,",
        "This command resizes the Windows PowerShell window to 10 lines by 10 characters.",
        "### Example 4: Start a process in a maximized window",
        "### -WindowStyle \\<Window style\\>",
        "Window size and buffer size are set here.",
        "third command calls the **ToggleDesktop** method of the object to minimize the open windows on your",
        "> management tools. Only unregister PowerShell endpoints during planned maintenance windows.",
        // `Exploring-the-Windows-PowerShell-ISE.md`: a noun after "a", capitalised as the
        // interface's part.
        "| **Show Command Window** | Shows the Commands Pane for installed Modules, as a separate Window. |",
    ] {
        assert_eq!(ps(text), pairs(&[]), "{text}");
    }
    // Without the article the capital still marks a misspelt name.
    assert_eq!(
        ps("Open it in Window Terminal."),
        pairs(&[("Window", Some("Windows"))])
    );
}

#[test]
fn the_plural_of_a_names_first_part_is_no_typo() {
    // Fleet articles, `faire.md` (MIT): Apple's devices, not the operating system.
    let g = guide("version: 1\nbrand:\n  names: [\"iPadOS\", \"macOS\"]\n");
    let found = run(
        &g,
        super::ID,
        "Fleet also gives Faire more flexibility for managing Macs and iPads.",
        Kind::Markdown,
    );
    assert_eq!(found, pairs(&[]));
    assert_eq!(
        run(&g, super::ID, "Update to iPadOs 18.", Kind::Markdown),
        pairs(&[("iPadOs", Some("iPadOS"))])
    );
}

#[test]
fn a_capitalised_near_miss_mid_sentence_and_real_misspellings_still_fire() {
    assert_eq!(
        ps("On Window PowerShell 5.1, the `Out-File` cmdlet creates a Unicode file."),
        pairs(&[("Window PowerShell", Some("Windows PowerShell"))])
    );
    assert_eq!(
        ps("Fork it on Github, then run powershell in a new window."),
        pairs(&[
            ("Github", Some("GitHub")),
            ("powershell", Some("PowerShell"))
        ])
    );
    assert_eq!(
        ps("Install Powershel first."),
        pairs(&[("Powershel", Some("PowerShell"))])
    );
}

#[test]
fn brands_inside_capitalised_identifiers_and_table_values_never_fire() {
    for text in [
        "Enables the Microsoft-Windows-PowerShell event provider logs.",
        "| powershell                   | [System.Management.Automation.PowerShell](xref:System.Management.Automation.PowerShell) |",
    ] {
        assert_eq!(ps(text), pairs(&[]), "{text}");
    }
    // Prose compounds and prose in a table still fire.
    assert_eq!(
        ps("A Windows-PowerShell-based tool. | Use powershell here |"),
        pairs(&[
            ("Windows-PowerShell", Some("Windows PowerShell")),
            ("powershell", Some("PowerShell"))
        ])
    );
}

#[test]
fn file_names_are_identifiers() {
    let guide = guide("version: 1\nbrand:\n  names: [\"Astro\", \"Vite\"]\n");
    for text in [
        "- **[slug].astro**",
        "- [...slug].astro",
        "Rename `index.astro` to src/pages/index.astro, then index.astro works.",
        "Create .astro files in your project.",
    ] {
        assert_eq!(
            run(&guide, super::ID, text, Kind::Markdown),
            pairs(&[]),
            "{text}"
        );
    }
    assert_eq!(
        run(
            &guide,
            super::ID,
            "1. Create an astro project.",
            Kind::Markdown
        ),
        pairs(&[("astro", Some("Astro"))])
    );
}

#[test]
fn unrelated_words_of_similar_length_never_fire() {
    assert_eq!(
        fired("Power specs matter. The power spec sheet. Powerful spectra. Acne."),
        pairs(&[])
    );
}

#[test]
fn near_misses_in_a_huge_line_are_read_in_a_bounded_window() {
    // 20,000 near misses on one 380 KB line: each is read in a window around it, not with the
    // whole line (which would be quadratic); a line too long to read is no heading or sentence
    // start to judge by, so the ordinary word is left alone.
    let line = "the console Window ".repeat(20_000);
    assert_eq!(ps(&line), pairs(&[]));
    let short = "the console Window is closed.";
    assert_eq!(ps(short), pairs(&[("Window", Some("Windows"))]));
}

#[test]
fn a_lowercase_name_alone_in_a_heading_is_an_option() {
    // configuration-reference.mdx and styling.mdx of the Astro docs.
    let guide = guide("version: 1\nbrand:\n  names: [\"Vite\"]\n");
    let text = "### vite\n\nPass additional configuration options to Vite.\n\n\
                You can configure it using the `assetsInlineLimit` vite build option.\n";
    assert_eq!(
        run(&guide, super::ID, text, Kind::Markdown),
        pairs(&[("vite", Some("Vite"))])
    );
}

const SUPABASE: &str = "version: 1\nbrand:\n  names: [Supabase, Postgres, Realtime, \"Edge Functions\"]\n";

fn fired_with(yaml: &str, text: &str) -> Vec<(String, Option<String>)> {
    run(&guide(yaml), super::ID, text, Kind::Markdown)
}

#[test]
fn a_name_with_capitals_of_its_own_is_not_a_typo() {
    // From Supabase's monthly updates: PostgREST is another product, not "Postgres" misspelt.
    let text = "We bumped PostgREST to the latest version, and PostgREST 10 is in pre-release.";
    assert_eq!(fired_with(SUPABASE, text), pairs(&[]));
    // A one-letter slip in the name still is, and so is the name in camel case.
    assert_eq!(
        fired_with(SUPABASE, "Every project runs Postgrse 15."),
        pairs(&[("Postgrse", Some("Postgres"))])
    );
    assert_eq!(
        fired("Install NodeJS first."),
        pairs(&[("NodeJS", Some("Node.js"))])
    );
}

#[test]
fn a_name_in_a_phrase_in_capitals_or_a_spelled_out_address_is_not_misspelt() {
    // Tembo's blog (PostgreSQL License), `2024-01-10-ga.mdx`.
    let g = "version: 1\nbrand: {names: [Tembo, Postgres]}\n";
    for text in [
        "Our objective is to make it easy for developers to access **THE WHOLE POSTGRES ECOSYSTEM**, not just a thin sliver.",
        "And send us feedback at support [at] tembo [dot] io.",
    ] {
        assert_eq!(fired_with(g, text), pairs(&[]), "{text}");
    }
    // A name in capitals among acronyms, or alone, is still the name misspelt.
    for text in ["Run it on AWS RDS POSTGRES today.", "We love POSTGRES."] {
        assert_eq!(fired_with(g, text).len(), 1, "{text}");
    }
}

#[test]
fn the_singular_of_a_plural_name_is_one_of_them() {
    let text = "The team watched the Edge Function logs while the job ran.";
    assert_eq!(fired_with(SUPABASE, text), pairs(&[]));
    assert_eq!(
        fired_with(SUPABASE, "Deploy them as Edge Functoins today."),
        pairs(&[("Edge Functoins", Some("Edge Functions"))])
    );
}

#[test]
fn things_of_a_plural_names_kind_counted_are_not_the_name() {
    // Tilt's blog (Apache-2.0), `2021-11-04-docker-build-alternatives.md`, against a guide that
    // names "Tilt Extensions" (the docs' collection of them).
    let g = "version: 1\nbrand:\n  names: [Tilt, Tilt Extensions]\n";
    let text = "The `pack` extension was one of the first Tilt extensions! It builds images without a Dockerfile.";
    assert_eq!(fired_with(g, text), pairs(&[]));
    // The collection itself, miscapitalised (the April 2021 news post, its case changed), is
    // still the name.
    let found = fired_with(
        g,
        "In April we introduced [Tilt extensions](https://docs.tilt.dev/extensions.html).",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_name_in_capitals_that_the_code_writes_is_its_placeholder() {
    // FerretDB's blog (Apache-2.0), `2023-08-18-deploy-run-ferretdb-leafcloud.md`.
    let g = "version: 1\nbrand:\n  names: [FerretDB]\n";
    let text = "Next you need to connect using your FerretDB URI, and you can get the FERRETDB SVC (`10.254.17.193:27017`) by running `kubectl get svc -n postgres-operator`.\n\n```sh\nmongosh \"mongodb://ferretuser:<password>@{FERRETDB SVC}/ferretdb?authMechanism=PLAIN\"\n```\n";
    assert_eq!(fired_with(g, text), pairs(&[]));
    // Without the placeholder in the code, the capitals are the name miscased (unsafe fix).
    let text = "Next you need to connect using your FerretDB URI, and you can get the FERRETDB SVC (`10.254.17.193:27017`) by running `kubectl get svc -n postgres-operator`.\n";
    assert_eq!(fired_with(g, text).len(), 1);
}

#[test]
fn a_lowercase_name_before_a_version_is_a_package() {
    let text = "- supabase v0.0.4\n- gotrue 0.2.0\n";
    assert_eq!(fired_with(SUPABASE, text), pairs(&[]));
    // In prose, with no version after it, the lowercase name is still reported.
    assert_eq!(
        fired_with(SUPABASE, "We moved to supabase in 2021."),
        pairs(&[("supabase", Some("Supabase"))])
    );
}

#[test]
fn a_lowercase_compound_of_ordinary_words_gets_no_safe_fix() {
    use crate::finding::Applicability;
    let guide = guide(SUPABASE);
    // "realtime" before a capitalised word may be the product ("your realtime API") or the
    // adjective: reported, without a safe fix.
    let findings = crate::rules::test_support::findings(
        &guide,
        "You can manage your realtime API, and we moved to supabase.",
        Kind::Markdown,
    );
    let applicability: Vec<(&str, Option<Applicability>)> = findings
        .iter()
        .filter(|f| f.rule == super::ID)
        .map(|f| (f.matched.as_str(), f.fix.as_ref().map(|x| x.applicability)))
        .collect();
    assert_eq!(
        applicability,
        [
            ("realtime", Some(Applicability::Unsafe)),
            ("supabase", Some(Applicability::Unsafe))
        ]
    );
}

#[test]
fn a_lowercase_compound_used_as_the_ordinary_word_is_not_the_name() {
    // Supabase blog and customer pages (Apache-2.0): the adjective before a noun, after "a",
    // and the adverb "in realtime".
    for text in [
        "Send realtime database changes to other systems, like queues or webhooks.",
        "- @thorwebdev shows the group how to [build a realtime Slack clone](https://example.com/video) with Supabase",
        "### Table View now has realtime changes",
        "- @CodeByCorey tracks realtime page views using Supabase.",
        "This is a critical anti-money-laundering operation and needs to be performed in realtime to prevent any delays on legitimate payments.",
    ] {
        assert_eq!(fired_with(SUPABASE, text), pairs(&[]), "{text}");
    }
    // Where it may be the product it is still reported: before a name, alone, or linked.
    for text in [
        "It's still basic, but you can use it to manage your realtime API - choosing which tables are enabled.",
        "You can use realtime to listen to changes.",
        "utilizing Supabase for the database, API, [realtime](https://supabase.com/realtime) functionality",
    ] {
        assert_eq!(
            fired_with(SUPABASE, text),
            pairs(&[("realtime", Some("Realtime"))]),
            "{text}"
        );
    }
}

#[test]
fn the_names_daemon_is_a_program_of_its_own() {
    // Tilt's blog (Apache-2.0), `2021-09-07-rancher-desktop.md`: dockerd, Docker's daemon, set
    // against containerd.
    let g = "version: 1\nbrand:\n  names: [Docker, Tilt]\n";
    let text = "Read [Rancher Desktop: Should You Use containerd Or dockerd?][runtimes] next.";
    assert_eq!(fired_with(g, text), pairs(&[]));
    // A slip inside the name, or a capital, is still the name mistyped.
    assert_eq!(
        fired_with(g, "Install Dockerd first."),
        pairs(&[("Dockerd", Some("Docker"))])
    );
    // The Chaos Mesh blog (CC BY 4.0): the word a daemon's name is made from, capitalised in
    // another name, is that word, not "Chaosd" mistyped.
    let g = "version: 1\nbrand:\n  names: [Chaos Mesh, Chaosd, Android]\n";
    for text in [
        "Chaos Mesh is a cloud-native Chaos Engineering platform that orchestrates chaos.",
        "They created [Chaos Monkey](https://netflix.github.io/chaosmonkey/) to test.",
        "I was asked to implement one type of AWS Chaos in the controller.",
    ] {
        assert_eq!(fired_with(g, text), pairs(&[]), "{text}");
    }
    // A slip that drops the last letter of a name that is no daemon is still the name mistyped.
    assert_eq!(
        fired_with(g, "Install it on Androi phones."),
        pairs(&[("Androi", Some("Android"))])
    );
}

#[test]
fn a_name_written_with_its_dot_a_space_is_misspelt_and_a_dotted_near_miss_is_a_file() {
    // "Node.js" is two prose words: a window of two words reaches it, so the name split at its
    // dot is one character off and reported like any split name.
    assert_eq!(
        fired("Install Node js before you start."),
        pairs(&[("Node js", Some("Node.js"))])
    );
    assert_eq!(
        fired("Install Nodejs before you start."),
        pairs(&[("Nodejs", Some("Node.js"))])
    );
    // A one-letter slip before the dot now reaches the exact test too, but a word, a dot and
    // "js" is written like a file name ("server.js"), which the rule leaves alone.
    for text in [
        "Install Nxde.js before you start.",
        "Install Nodee.js before you start.",
        "Open server.js and index.js in the editor.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
}

#[test]
fn a_collapsed_name_is_told_without_collapsing_it() {
    for text in [
        "Micro Center",
        "Node.js",
        "Micro  Center",
        " Acme",
        "Acme ",
        "Micro\nCenter",
        "Micro\u{a0}Center",
        "a>b",
        "",
    ] {
        assert_eq!(
            super::is_collapsed(text),
            super::collapse_whitespace(text) == text,
            "{text:?}"
        );
    }
}

#[test]
fn a_lowercase_name_after_an_indefinite_article_is_one_of_a_kind() {
    // The Kubeflow blog (Apache-2.0): an operator for Spark, a model registry in general.
    let g = "version: 1\nbrand:\n  names: [\"Spark Operator\", \"Model Registry\", \"VS Code\", \"Knative Eventing\"]\n";
    for text in [
        "Additionally, a renewed effort to develop a Spark operator.",
        "A model registry provides a central catalog for ML model developers.",
        "We need a model registry for our models, and a Spark operator, too.",
    ] {
        assert_eq!(fired_with(g, text), pairs(&[]), "{text}");
    }
    // Before a lowercase noun the article is the noun's; with "the", or none, it may be the
    // product: all still reported, the case fix unsafe.
    for (text, written, name) in [
        (
            "Create a new view in a VS code extension.",
            "VS code",
            "VS Code",
        ),
        (
            "Create a Knative eventing broker, for example.",
            "Knative eventing",
            "Knative Eventing",
        ),
        (
            "The model registry provides a central catalog.",
            "model registry",
            "Model Registry",
        ),
        (
            "Kubeflow 1.9 ships model registry as an alpha.",
            "model registry",
            "Model Registry",
        ),
        (
            "Deploy a model registry process first.",
            "model registry",
            "Model Registry",
        ),
        // FerretDB's blog (Apache-2.0): the article may be the later noun's.
        (
            "Connect with a VS code or JetBrains extension.",
            "VS code",
            "VS Code",
        ),
    ] {
        assert_eq!(fired_with(g, text), pairs(&[(written, Some(name))]), "{text}");
    }
}

#[test]
fn a_joined_name_before_the_kind_of_object_it_is_is_a_type() {
    // The Knative blog (Apache-2.0), `configurable-runtimeclassnames.md`: the operator's custom
    // resource, named by its kind.
    let g = "version: 1\nbrand:\n  names: [\"Knative Serving\", \"React Native\"]\n";
    for text in [
        "It can be configured with the KnativeServing resource if deployed with the operator.",
        "Create a KnativeServing CR first.",
    ] {
        assert_eq!(fired_with(g, text), pairs(&[]), "{text}");
    }
    // Alone, or before another noun, the joined name is the name misspelt.
    for (text, written, name) in [
        ("VS Code has a known debugging issue with ReactNative.", "ReactNative", "React Native"),
        ("We moved the KnativeServing install to v1.2.", "KnativeServing", "Knative Serving"),
    ] {
        assert_eq!(fired_with(g, text), pairs(&[(written, Some(name))]), "{text}");
    }
}
