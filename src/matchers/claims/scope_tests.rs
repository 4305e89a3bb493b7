//! Tests of whose figure a claim is: the company speaking or named, another party as the
//! clause's subject, a figure set against another listed brand, and the company's own names.

use super::*;

fn first(text: &str, names: &[&str]) -> bool {
    let at = text
        .find('$')
        .or_else(|| text.find(|c: char| c.is_ascii_digit()));
    let at = at.expect("a figure");
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    first_party(text, at..at + 1, &names, |r: Range<usize>| {
        // A test stand-in for the document's quotations: text between straight quotes.
        let open = text[..r.start].matches('"').count();
        open % 2 == 1
    })
}

#[test]
fn the_company_speaking_or_named_is_first_party() {
    assert!(first("We grew revenue 42% last year.", &[]));
    assert!(first("Our customers save 14 hours a week.", &[]));
    assert!(first(
        "PostHog's free tier covers 1,000 seats.",
        &["PostHog"]
    ));
    assert!(first("Hasura cut costs by 50% with PostHog.", &["PostHog"]));
}

#[test]
fn other_peoples_figures_are_not() {
    // Real sentences of the tuning pages' kind: a tool's price, a worked example, a rule of
    // thumb, a quoted speaker.
    assert!(!first(
        "Gusto costs $40/month plus $6 per employee.",
        &["PostHog"]
    ));
    assert!(!first("Say HogTube has 1,300 customers.", &["PostHog"]));
    assert!(!first(
        "Hire 20 engineers before a head of product.",
        &["PostHog"]
    ));
    assert!(!first(
        "\"We grew 3x in a year,\" says the founder.",
        &["PostHog"]
    ));
    // The company as someone else's customer (founders/startup-ops-toolkit.md).
    assert!(!first(
        "The phone support is great. Gusto charges us $40/month plus $6 per employee.",
        &["PostHog"]
    ));
    // A name inside an identifier or a longer word is not the company.
    assert!(!first(
        "Install posthog-js and PostHogger 2 in 10 minutes.",
        &["PostHog"]
    ));
    // The sentence before counts in its paragraph, not across a blank line.
    assert!(first("We grew fast. Last year revenue hit $40M.", &[]));
    assert!(!first("We grew fast.\n\nGusto costs $40/month.", &[]));
    assert!(!first(
        "We grew fast. It rained. Gusto costs $40/month.",
        &[]
    ));
}

fn another(text: &str, figure: &str, own: &[&str], brands: &[&str]) -> bool {
    let at = text.find(figure).expect("a figure");
    let own: Vec<String> = own.iter().map(|n| n.to_string()).collect();
    let brands: Vec<String> = brands.iter().map(|n| n.to_string()).collect();
    another_partys_figure(text, at..at + figure.len(), &own, &brands)
}

#[test]
fn a_clause_whose_subject_is_another_party_is_its_figure() {
    // Rsbuild's blog (MIT): the company speaks in the sentence, another tool has the figure.
    let text = "When we look at the npm download numbers for webpack, CRA, and Vue CLI, we find that a large number of projects are still using these tools. For example, webpack has about 25 million weekly downloads, CRA has nearly 3 million weekly downloads.";
    let brands = ["Rspack", "Rsbuild", "webpack"];
    assert!(another(text, "25 million", &["Rspack", "Rsbuild"], &brands));
    assert!(another(text, "3 million", &["Rspack", "Rsbuild"], &brands));
    // QuestDB's blog (Apache-2.0): a clause of "with", another database and its participle, in
    // a sentence where the company speaks first.
    let text = "Using a dataset with low cardinality of 100 devices, we hit maximum ingestion throughput of 904k rows/sec, with ClickHouse performing closest at 548k rows/sec.";
    let brands = ["QuestDB", "ClickHouse"];
    assert!(another(text, "548k", &["QuestDB"], &brands));
    assert!(!another(text, "904k", &["QuestDB"], &brands));
    // OpenTelemetry's blog (Apache-2.0): an opening phrase of "with" describes the main
    // clause's subject, another company, though the sentence names the project later.
    let text = "With 1,400 employees worldwide running over 1,000 microservices across 24\nproduction Kubernetes clusters, Skyscanner's journey with OpenTelemetry offers\nvaluable lessons for organizations operating at scale.";
    let own = ["OpenTelemetry"];
    assert!(another(text, "1,400 employees", &own, &own));
    assert!(another(text, "1,000 microservices", &own, &own));
    // The ESLint blog (Apache-2.0), a case study Cesium wrote: an adverb of time before the
    // phrase; the figures are CesiumJS's, not ESLint's.
    let text = "Now with more than 4,000,000 downloads and 9000 stars on GitHub, CesiumJS has a large community of developers.";
    let own = ["ESLint"];
    assert!(another(text, "4,000,000 downloads", &own, &own));
    assert!(another(text, "9000 stars", &own, &own));
    assert!(!another(
        "Now with more than 4,000,000 downloads, ESLint has a large community.",
        "4,000,000 downloads",
        &own,
        &own
    ));
    // PostHog's customer stories (MIT): a word as long as an adverb, then a character of
    // three bytes, is read by bytes (it once panicked in the middle of "’"); the figure is
    // Phantom's.
    assert!(another(
        "Phantom’s team of 40 engineers ships daily.",
        "40 engineers",
        &["PostHog"],
        &["PostHog"]
    ));
    let own = ["OpenTelemetry"];
    for text in [
        "Now with 1,400 employees worldwide, our journey offers lessons.",
        "With 1,400 employees worldwide, OpenTelemetry's community offers lessons.",
        "With 1,400 employees worldwide, our journey offers lessons.",
        "With 1,400 employees worldwide, the journey offers lessons.",
    ] {
        assert!(!another(text, "1,400 employees", &own, &own), "{text}");
    }
    // Tembo's blog (PostgreSQL License): "It" opening a sentence is the sentence before's
    // subject, in one paragraph only.
    let text = "PGXN is the original Postgres extension registry. It distributes ~375 extensions and 400+ developers already publish extension source code distributions via PGXN.";
    assert!(another(text, "375 extensions", &["Tembo"], &["Tembo"]));
    // highlight.io's blog (Apache-2.0), reviewing other projects' libraries: "it" is the
    // library the paragraph opens on, past sentences about it and about the reader.
    let text = "[Structlog](https://www.structlog.org/en/stable/) is a small structured logging library in Python. It was developed in 2013 and is constantly keeping up with changes in Python. It currently has over 2.5K stars on GitHub at the time of the writing.";
    assert!(another(
        text,
        "2.5K stars",
        &["highlight.io"],
        &["highlight.io"]
    ));
    let text = "[Loguru](https://github.com/Delgan/loguru) is a popular, third-party logging library. It is pre-configured with a lot of useful functionality. You can format logs using only a single `add()` function. At the time, of writing, it has 14K Github stars making it the most popular third-party logging framework.";
    assert!(another(
        text,
        "14K Github stars",
        &["highlight.io"],
        &["highlight.io"]
    ));
    // Where the count is kept ("on GitHub") says nothing of whose it is, even where the guide
    // counts GitHub among the company's names; a name in the figure does.
    let both = ["highlight.io", "GitHub"];
    let structlog = text_of_structlog();
    assert!(another(&structlog, "2.5K stars", &both, &both));
    let in_figure =
        "[Loguru](https://github.com/Delgan/loguru) is a library. It has 14K GitHub stars.";
    assert!(!another(in_figure, "14K GitHub stars", &both, &both));
    // The company's own product, and "it" across a blank line, are no other party's.
    let own = "Highlight is an open source monitoring platform. It was launched in 2021. It has 7K stars on GitHub.";
    assert!(!another(own, "7K stars", &["Highlight"], &["Highlight"]));
    let apart = "[Loguru](https://github.com/Delgan/loguru) is a library.\n\nAt the time of writing, it has 14K stars.";
    assert!(!another(apart, "14K stars", &["Highlight"], &["Highlight"]));
    for text in [
        "Tembo is the managed Postgres platform. It distributes 375 extensions.",
        "PGXN is the original registry.\n\nIt distributes 375 extensions.",
    ] {
        assert!(
            !another(text, "375 extensions", &["Tembo"], &["Tembo"]),
            "{text}"
        );
    }
}

#[test]
fn the_company_or_a_plain_noun_as_subject_keeps_the_figure() {
    let own = ["Rspack", "Rsbuild", "Fleet"];
    let brands = ["Rspack", "Rsbuild", "webpack", "Fleet"];
    for (text, figure) in [
        ("Rspack is 10 times faster than webpack.", "10 times"),
        ("For example, Rsbuild has 2,000 dependents on npm.", "2,000"),
        ("Compared to webpack, we cut build time by 90%.", "90%"),
        ("Developers from 750 organizations tried it.", "750"),
        (
            "For example, our customer Grantable cut setup time by 90%.",
            "90%",
        ),
        ("Hasura cut costs by 50% with Rspack.", "50%"),
        // Fleet's and Supabase's customer stories (MIT, Apache-2.0): the company in the
        // sentence.
        ("Fleet powers the device management layer of Primo’s platform, and Primo powers IT orchestration for 400+ modern companies.", "400+"),
        ("In our benchmark, **Rspack 2.1 improves production build performance by around 16%**.", "16%"),
        ("The startup time dropped to 2 seconds.", "2 seconds"),
    ] {
        assert!(!another(text, figure, &own, &brands), "{text}");
    }
}

#[test]
fn own_names_are_the_brands_of_the_company_messaging() {
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [PostHog, PostHog Cloud, Mixpanel]\nbenefit:\n  statement: PostHog helps developers build successful products\n",
    )
    .expect("guide");
    assert_eq!(own_names(&guide), ["PostHog", "PostHog Cloud"]);
    let guide: Guide =
        serde_yaml::from_str("version: 1\nbrand:\n  names: [Nimbus, Nimbus Pay]\n").expect("guide");
    assert_eq!(own_names(&guide), ["Nimbus", "Nimbus Pay"]);
}
#[test]
fn a_figure_set_against_another_listed_brand_is_compared() {
    let own: Vec<String> = vec!["Rspack".into()];
    let brands: Vec<String> = vec!["Rspack".into(), "webpack".into(), "Vite".into()];
    let compared = |text: &str, figure: &str| {
        let at = text.find(figure).expect("a figure");
        compared_with_another(text, at..at + figure.len(), &own, &brands)
    };
    // Rspack's blog, `rspack-next-partner.mdx` (MIT).
    assert!(compared(
        "- **Development Mode**: 2x faster than webpack",
        "2x"
    ));
    assert!(compared(
        "Builds use 40% less memory than the Vite dev server.",
        "40%"
    ));
    // Compared with the company itself, with no listed brand, or too far away: not this.
    assert!(!compared("Rsbuild is 2x faster than Rspack 0.1.", "2x"));
    assert!(!compared("It is 3x faster than before.", "3x"));
    assert!(!compared(
        "It took 2 seconds to start, which is much faster than webpack.",
        "2 seconds"
    ));
    assert!(!compared("It is 2x faster than webpacker.", "2x"));
}

#[test]
fn names_the_messaging_sets_against_the_company_are_not_its_own() {
    // FerretDB's home page, Rspack's home page, Vite's (the guides of the labelled sets).
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [FerretDB, FerretDB Cloud, MongoDB, MongoDB Shell, PostgreSQL]\nbenefit:\n  statement: A truly Open Source MongoDB alternative\n",
    )
    .expect("guide");
    assert_eq!(
        own_names(&guide),
        ["FerretDB", "FerretDB Cloud", "PostgreSQL"]
    );
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [Rspack, Rsbuild, webpack]\nclaims:\n  approved: [\"85% of the 50 most downloaded webpack plugins\"]\n",
    )
    .expect("guide");
    assert_eq!(own_names(&guide), ["Rspack", "Rsbuild"]);
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [Vite, Vitest, GitHub]\ncta: [Get Started, View on GitHub]\n",
    )
    .expect("guide");
    assert_eq!(own_names(&guide), ["Vite", "Vitest"]);
    // A name the messaging uses as the company is still the only one.
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [Fleet, Fleet Premium, Jamf]\ncta: [Try Fleet, Switch from Jamf]\n",
    )
    .expect("guide");
    assert_eq!(own_names(&guide), ["Fleet", "Fleet Premium"]);
}
#[test]
fn a_name_the_messaging_also_uses_as_the_company_stays_its_own() {
    // The bench's full guide: "the PowerShell extension", "Upgrade from Windows PowerShell"
    // beside "PowerShell is a cross-platform task automation solution".
    let guide: Guide = serde_yaml::from_str(
        "version: 1\nbrand:\n  names: [PowerShell, Windows PowerShell, GitHub]\nphrases:\n  - {id: a, text: PowerShell is a cross-platform task automation solution}\n  - {id: b, text: Write scripts with the PowerShell extension}\n  - {id: c, text: Upgrade from Windows PowerShell at your own pace}\n  - {id: d, text: PowerShell is open source on GitHub}\n",
    )
    .expect("guide");
    assert_eq!(own_names(&guide), ["PowerShell", "Windows PowerShell"]);
}

fn text_of_structlog() -> String {
    "[Structlog](https://www.structlog.org/en/stable/) is a small structured logging library in Python. It was developed in 2013 and is constantly keeping up with changes in Python. It currently has over 2.5K stars on GitHub at the time of the writing.".to_string()
}
