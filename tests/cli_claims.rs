//! Claims end to end on real sentences: figures as writers write them, stale figures reported
//! as `conflicting-claim`, numbers that are no claims, `claims.check` and `claims.cited`.

mod common;

use common::{findings, git_tempdir, run_in, triples, write};

/// `check --format json doc.md` in a scratch folder holding `guide` and `doc`.
fn check(guide: &str, doc: &str) -> (i32, Vec<(String, String, String)>, Vec<String>) {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", doc);
    let run = run_in(dir.path(), &["check", "--format", "json", "doc.md"]);
    // Nothing on stderr but the warning a bare approved duration ("100ms") earns at load.
    let warnings = run.stderr.matches("times nothing").count();
    assert!(
        run.stderr.is_empty() || (warnings > 0 && !run.stderr.contains("error")),
        "{}",
        run.stderr
    );
    let report = run.json();
    let suggestions = findings(&report)
        .iter()
        .map(|f| f["suggestion"].as_str().unwrap_or("").to_string())
        .collect();
    (run.code, triples(&report), suggestions)
}

fn rules_and_matches(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(_, rule, matched)| (rule.as_str(), matched.as_str()))
        .collect()
}

const GUIDE: &str = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  scope: all\n  approved: [\"1B+ updates\", \"50M+ devices\", \"100ms\"]\n";

#[test]
fn figures_as_writers_write_them_load_and_approve() {
    let doc = "Nimbus has shipped over 1 billion updates to 50M+ devices, each in 100 ms.\n";
    let (code, found, _) = check(GUIDE, doc);
    assert_eq!(found, vec![], "approved figures stay quiet");
    assert_eq!(code, 0);
}

#[test]
fn stale_figures_are_conflicting_claims_with_the_approved_wording() {
    let doc = "Back then we had shipped 12.5 million updates to 20M active devices in 250ms.\n";
    let (code, found, suggestions) = check(GUIDE, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("conflicting-claim", "12.5 million updates"),
            ("conflicting-claim", "20M active devices"),
            ("conflicting-claim", "250ms"),
        ]
    );
    assert_eq!(suggestions, ["1B+ updates", "50M+ devices", "100ms"]);
    assert_eq!(code, 1, "conflicting-claim is an error by default");
}

#[test]
fn references_numbering_meetings_versions_and_function_words_are_no_claims() {
    let doc = "\
# Notes

Fixed in [#36681](https://github.com/acme/app/pull/36681), see #36682.

#5 Keep the changelog short

1. We hold 1-1 meetings and 1:1 sessions.
2. Upgrade to v2.3 or the 5.1 release; Node 20 is required.

Support is there 24/7 via their phone.

Nimbus 2 ships this spring.
";
    let (code, found, _) = check(GUIDE, doc);
    assert_eq!(found, vec![]);
    assert_eq!(code, 0);
}

#[test]
fn the_unit_is_the_counted_noun() {
    // The units show in what conflicts: "8 business hours" counts hours, "3–5 total interviews"
    // interviews; "12 public holidays" is no figure the guide states, and no marketing claim.
    let guide = "version: 1\nclaims:\n  scope: all\n  approved: [\"2 interviews\", \"24 business hours\", \"24/7 support\"]\n";
    let doc =
        "Expect 3–5 total interviews and a reply within 8 business hours, with 24/7 support and 12 public holidays.\n";
    let (_, found, suggestions) = check(guide, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("conflicting-claim", "3–5 total interviews"),
            ("conflicting-claim", "8 business hours"),
        ]
    );
    assert_eq!(suggestions, ["2 interviews", "24 business hours"]);
}

#[test]
fn check_conflicts_reports_only_stale_figures() {
    let guide = format!("{GUIDE}  check: conflicts\n");
    let doc =
        "We shipped 480 million updates, are trusted by 2,000 teams and guarantee 99.9% uptime.\n";
    let (_, found, _) = check(&guide, doc);
    assert_eq!(
        rules_and_matches(&found),
        [("conflicting-claim", "480 million updates")]
    );
    let (_, all, _) = check(GUIDE, doc);
    assert_eq!(
        rules_and_matches(&all),
        [
            ("conflicting-claim", "480 million updates"),
            ("unapproved-claim", "2,000 teams"),
            ("unapproved-claim", "99.9%"),
        ],
        "`all` (the default) reports the others too"
    );
}

#[test]
fn values_in_reference_prose_are_no_claims_but_stale_figures_still_conflict() {
    // Reference docs and handbooks state values that promise nothing; a figure the guide
    // states is still checked wherever it appears.
    let doc = "\
The default timeout is 300ms, and the server returns a 404 error after 3 retries.

The `ReadKey()` call times out (no typing in 300ms). Requires Node 20.

Create 2 new fields, then add 150 items. We have 12 public holidays.

Back in 2019 we counted 600 devices.
";
    let (_, found, suggestions) = check(GUIDE, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("conflicting-claim", "300ms"),
            ("conflicting-claim", "300ms"),
            ("conflicting-claim", "600 devices"),
        ]
    );
    assert_eq!(suggestions, ["100ms", "100ms", "50M+ devices"]);
    let quiet = "version: 1\nclaims:\n  scope: all\n  approved: [\"1B+ updates\"]\n";
    let (code, found, _) = check(quiet, doc);
    // Only the device count is a company figure.
    assert_eq!(
        rules_and_matches(&found),
        [("unapproved-claim", "600 devices")],
        "no other marketing claim in reference prose"
    );
    assert_eq!(code, 0, "unapproved-claim is a warning");
}

#[test]
fn marketing_claims_are_still_reported() {
    let doc = "\
Trusted by 10,000+ teams, Nimbus helped Acme cut build times by 40%.

12.5 million updates delivered, with 99.9% uptime and 95% of users on the latest version.

Plans start at $12/month, and setup takes 10x less time: set up in 45 seconds.
";
    let quiet = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  scope: all\n  approved: [\"30-day returns\"]\n";
    let (_, found, _) = check(quiet, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("unapproved-claim", "10,000+ teams"),
            ("unapproved-claim", "40%"),
            ("unapproved-claim", "12.5 million updates"),
            ("unapproved-claim", "99.9%"),
            ("unapproved-claim", "95%"),
            ("unapproved-claim", "10x"),
            ("unapproved-claim", "45 seconds"),
        ]
    );
    // A price states no result: it is checked only where the guide approves prices in its unit,
    // and then every other price in that unit is a stale one: it conflicts with the approved
    // price (`conflicting-claim`, where it used to be `unapproved-claim`).
    let priced = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  scope: all\n  approved: [\"$10/month\"]\n";
    let (_, found, _) = check(priced, doc);
    let found = rules_and_matches(&found);
    assert!(
        found.contains(&("conflicting-claim", "$12/month")),
        "{found:?}"
    );
    assert!(
        !found.contains(&("unapproved-claim", "$12/month")),
        "{found:?}"
    );
    // A yearly price approved says nothing of monthly ones: the price stays quiet.
    let yearly = "version: 1\nbrand: {names: [Nimbus]}\nclaims:\n  scope: all\n  approved: [\"$100/year\"]\n";
    let (_, found, _) = check(yearly, doc);
    assert!(
        !rules_and_matches(&found)
            .iter()
            .any(|(_, m)| *m == "$12/month"),
        "{found:?}"
    );
}

#[test]
fn an_approved_entry_that_holds_no_claim_is_a_located_guide_error() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nclaims:\n  approved: [\"1B+ updates\", \"50M+ devices\", \"100ms\", \"Node 20\"]\n",
    );
    write(dir.path(), "doc.md", "Hello.\n");
    let run = run_in(dir.path(), &["check", "doc.md"]);
    run.expect_code(2);
    // Only the version is rejected: figures as writers write them are claims.
    assert!(
        run.stderr.contains("`Node 20` holds no claim"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("holds no claim").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("message-guide.yml:3:54"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_approved_figure_in_title_case_is_a_claim() {
    // Kubeflow's landing page (CC-BY-4.0) writes its figures as cards in Title Case; a guide
    // copies them as written. A name with capitals of its own ("PyPI", "GitHub") stays.
    let guide = "version: 1\nbrand: {names: [Kubeflow]}\nclaims:\n  approved: [\"258M+ PyPI Downloads\", \"33.1K+ GitHub Stars\", \"3K Contributors\"]\n";
    let doc =
        "Kubeflow passed 300M+ PyPI downloads, with 33.1K+ GitHub stars and 3K contributors.\n";
    let (code, found, suggestions) = check(guide, doc);
    assert_eq!(
        rules_and_matches(&found),
        [("conflicting-claim", "300M+ PyPI downloads")]
    );
    assert_eq!(suggestions, ["258M+ PyPI Downloads"]);
    assert_eq!(code, 1);
}

#[test]
fn a_percentage_of_another_thing_does_not_conflict() {
    // Nuxt's guide approves "100% open source"; its blog on Shiki (MIT) counts issues.
    let guide = "version: 1\nbrand: {names: [Nuxt]}\nclaims:\n  scope: all\n  approved: [\"100% open source\"]\n";
    let (_, found, _) = check(guide, "Nuxt is 95% open source.\n");
    assert_eq!(rules_and_matches(&found), [("conflicting-claim", "95%")]);
    let issues = "The new version solves 95% of the open issues we have had in Shiki.\n";
    let (_, found, _) = check(guide, issues);
    assert!(
        rules_and_matches(&found)
            .iter()
            .all(|(rule, _)| *rule != "conflicting-claim"),
        "{found:?}"
    );
}

#[test]
fn cited_figures_are_someone_elses() {
    let doc = "According to Gartner, 42% of teams ship weekly.\n\n\
[70% of developers](https://survey.example.org/2025) use two editors, and 12.5 million updates were counted there.\n\n\
Our [40 engineers](https://nimbus.app/team) agree.\n";
    let (_, found, _) = check(GUIDE, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("conflicting-claim", "12.5 million updates"),
            ("unapproved-claim", "40 engineers"),
        ]
    );
    let (_, checked, _) = check(&format!("{GUIDE}  cited: check\n"), doc);
    assert_eq!(checked.len(), 4, "{checked:?}");
}

#[test]
fn an_unknown_check_value_is_a_located_guide_error() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nclaims:\n  approved: [\"1B+ updates\"]\n  check: conflict\n",
    );
    write(dir.path(), "doc.md", "Hello.\n");
    let run = run_in(dir.path(), &["check", "doc.md"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("unknown variant `conflict`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `conflicts`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("message-guide.yml:4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn report_lists_which_files_still_state_a_stale_figure() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(
        dir.path(),
        "blog/2019-launch.md",
        "Nimbus has shipped 12.5 million updates.\n",
    );
    write(
        dir.path(),
        "blog/2021-growth.md",
        "We passed 480 million updates.\n\nNimbus now runs on 20M devices.\n",
    );
    write(
        dir.path(),
        "blog/today.md",
        "Nimbus has shipped 1B+ updates.\n",
    );
    let run = run_in(dir.path(), &["report", "--format", "json", "."]);
    run.expect_code(0);
    let report = run.json();
    let stale = &report["sections"][0]["stale_figures"];
    let rows: Vec<(String, u64, Vec<String>)> = stale
        .as_array()
        .expect("stale_figures is a list")
        .iter()
        .map(|s| {
            let places = s["places"]
                .as_array()
                .expect("places")
                .iter()
                .map(|p| {
                    format!(
                        "{}:{} {}",
                        p["path"].as_str().unwrap_or(""),
                        p["line"],
                        p["says"].as_str().unwrap_or("")
                    )
                })
                .collect();
            (
                s["approved"].as_str().unwrap_or("").to_string(),
                s["count"].as_u64().unwrap_or(0),
                places,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "1B+ updates".to_string(),
                2,
                vec![
                    "blog/2019-launch.md:1 12.5 million updates".to_string(),
                    "blog/2021-growth.md:1 480 million updates".to_string(),
                ]
            ),
            (
                "50M+ devices".to_string(),
                1,
                vec!["blog/2021-growth.md:3 20M devices".to_string()]
            ),
        ]
    );
    let md = run_in(dir.path(), &["report", "."]);
    assert!(md.stdout.contains("#### Stale figures"), "{}", md.stdout);
    assert!(
        md.stdout.contains("| 1B+ updates | 2 | \"12.5 million updates\" (blog/2019-launch.md:1), \"480 million updates\" (blog/2021-growth.md:1) |"),
        "{}",
        md.stdout
    );
    let html = run_in(dir.path(), &["report", "--format", "html", "."]);
    assert!(
        html.stdout.contains("<h3>Stale figures</h3>"),
        "{}",
        html.stdout
    );
    // Nothing stale, no section.
    let clean = git_tempdir();
    write(clean.path(), "message-guide.yml", GUIDE);
    write(
        clean.path(),
        "today.md",
        "Nimbus has shipped 1B+ updates.\n",
    );
    let md = run_in(clean.path(), &["report", "."]);
    assert!(!md.stdout.contains("Stale figures"), "{}", md.stdout);
}

#[test]
fn every_writer_form_loads_in_the_guide_and_approves_its_other_spellings() {
    let guide = "version: 1\nclaims:\n  scope: all\n  approved: [\"1B+ updates\", \"12.5M downloads\", \"1.5k stars\", \"$12/month\", \"10x faster\", \"2bn requests\", \"99.9% uptime\", \"95% of users\"]\n";
    let doc = "\
Over 1 billion updates, 12,500,000 downloads and 1,500 stars.

Plans cost $12 per month and run 10x faster, serving 2 billion requests with 99.9% uptime; 95% of users agree.
";
    let (code, found, _) = check(guide, doc);
    assert_eq!(
        found,
        vec![],
        "the same figures in other words are approved"
    );
    assert_eq!(code, 0);
    // A percentage conflicts only with one measuring the same thing.
    let doc = "We promise 99.5% uptime, 80% of users agree, and 20% off this week.\n";
    let (_, found, suggestions) = check(guide, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("conflicting-claim", "99.5%"),
            ("conflicting-claim", "80%"),
            ("unapproved-claim", "20%"),
        ]
    );
    assert_eq!(suggestions, ["99.9%", "95%", ""]);
}

/// A customer story, in sentences from PostHog's blog and customer stories: results and scale
/// are reported, the story's own times, spending and rollout settings are not, and a figure
/// counting other requests than the approved ones is no conflict.
#[test]
fn customer_stories_report_results_and_scale_not_the_story() {
    let guide = "version: 1\nbrand: {names: [PostHog]}\nclaims:\n  scope: all\n  approved: [\"1 million flag requests\", \"1 million events\"]\n";
    let doc = "\
Phantom’s failure rate fell by 90% as a result of this switch.

It now serves over 250bn proxy requests each month.

PostHog has subsequently raised $27m in funding from GV, and grew to more than a million users today.

That's up from 10k/month that we were offering before.

I went travelling with my wife for 3 weeks around Europe whilst we worked on our first idea.

We spent $100/month each. We turned our 1-liner into a pitch.

We use feature flags to issue changes to 50% of users and then compare the effect.

We had developers at 10 companies saying they were interested.
";
    let (code, found, _) = check(guide, doc);
    assert_eq!(
        rules_and_matches(&found),
        [
            ("unapproved-claim", "90%"),
            ("unapproved-claim", "250bn proxy requests"),
            ("unapproved-claim", "$27m"),
            ("unapproved-claim", "a million users"),
            ("unapproved-claim", "10k/month"),
        ]
    );
    assert_eq!(code, 0, "unapproved-claim is a warning by default");
}

#[test]
fn a_bare_approved_duration_is_a_located_guide_warning_and_still_conflicts() {
    // Rspack's guide approves its benchmark as "1.36 seconds" (MIT): every duration in seconds
    // conflicts with it, which the guide is told at the entry, without a change in behaviour.
    let dir = git_tempdir();
    let guide =
        "version: 1\nclaims:\n  approved:\n    - \"85% of plugins\"\n    - \"1.36 seconds\"\n";
    write(dir.path(), "message-guide.yml", guide);
    write(dir.path(), "doc.md", "Our cold start takes 3 seconds.\n");
    let run = run_in(dir.path(), &["check", "--format", "json", "doc.md"]);
    assert!(
        run.stderr.contains("`1.36 seconds` times nothing")
            && run.stderr.contains("message-guide.yml:5:"),
        "{}",
        run.stderr
    );
    assert_eq!(
        triples(&run.json()),
        [(
            "doc.md".to_string(),
            "conflicting-claim".to_string(),
            "3 seconds".to_string()
        )]
    );
    // Named, it times one thing: no warning, and other durations are no conflict.
    let named = guide.replace("1.36 seconds", "1.36 seconds build time");
    write(dir.path(), "message-guide.yml", &named);
    let run = run_in(dir.path(), &["check", "--format", "json", "doc.md"]);
    assert_eq!(run.stderr, "");
    assert!(triples(&run.json()).is_empty());
    write(
        dir.path(),
        "doc.md",
        "Our home page now has a 3 seconds build time.\n",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "doc.md"]);
    assert_eq!(
        triples(&run.json()),
        [(
            "doc.md".to_string(),
            "conflicting-claim".to_string(),
            "3 seconds".to_string()
        )]
    );
}
