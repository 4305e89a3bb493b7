//! HTML pages and email templates, MJML emails and site templates (Astro, Vue, Svelte) as
//! documents: what is prose, where findings are, how fixes are written, the guide's `include`,
//! suppression comments, the channel `<meta>`, and bad input.

mod common;

use common::{
    assert_positions, copy_dir, findings, git_tempdir, root, run, run_in, run_stdin_in, write,
};
use serde_json::Value;
use std::fs;

const FORMATS: &str = "fixtures/formats";

/// (path under the fixture, rule, matched, line, column) of each finding, in report order.
fn located(report: &Value, base: &str) -> Vec<(String, String, String, u64, u64)> {
    findings(report)
        .iter()
        .map(|f| {
            let path = f["path"].as_str().expect("path");
            (
                path.strip_prefix(base).unwrap_or(path).to_string(),
                f["rule"].as_str().expect("rule").to_string(),
                f["matched"].as_str().expect("matched").to_string(),
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
            )
        })
        .collect()
}

fn expected(rows: &[(&str, &str, &str, u64, u64)]) -> Vec<(String, String, String, u64, u64)> {
    rows.iter()
        .map(|(p, r, m, l, c)| (p.to_string(), r.to_string(), m.to_string(), *l, *c))
        .collect()
}

#[test]
fn every_format_is_read_with_findings_where_the_words_are() {
    let run = run(&["check", "--format", "json", FORMATS]);
    run.expect_code(1);
    let report = run.json();
    assert_positions(&root(), &report);
    assert_eq!(report["files_checked"], 5, "{}", run.stdout);
    assert_eq!(
        located(&report, "fixtures/formats/"),
        expected(&[
            (
                "emails/renewal-reminder.mjml",
                "preferred-term",
                "client",
                4,
                28
            ),
            (
                "emails/renewal-reminder.mjml",
                "preferred-term",
                "client",
                17,
                67
            ),
            (
                "emails/renewal-reminder.mjml",
                "banned-term",
                "synergy",
                17,
                88
            ),
            (
                "emails/spring-launch.html",
                "preferred-term",
                "client",
                6,
                37
            ),
            (
                "emails/spring-launch.html",
                "preferred-term",
                "client",
                7,
                59
            ),
            (
                "emails/spring-launch.html",
                "preferred-term",
                "client",
                18,
                74
            ),
            (
                "emails/spring-launch.html",
                "preferred-term",
                "client",
                20,
                18
            ),
            (
                "emails/spring-launch.html",
                "banned-term",
                "world-class",
                27,
                28
            ),
            (
                "emails/spring-launch.html",
                "preferred-term",
                "client",
                33,
                63
            ),
            (
                "site/src/components/Banner.svelte",
                "preferred-term",
                "client",
                7,
                32
            ),
            (
                "site/src/components/PlanCard.vue",
                "preferred-term",
                "client",
                5,
                18
            ),
            (
                "site/src/pages/pricing.astro",
                "preferred-term",
                "client",
                9,
                34
            ),
            (
                "site/src/pages/pricing.astro",
                "banned-term",
                "synergy",
                10,
                64
            ),
            (
                "site/src/pages/pricing.astro",
                "banned-term",
                "world-class",
                17,
                68
            ),
        ])
    );
}

/// Whether `offset` lies inside a skipped region of `text`: a script, style or comment, a
/// template or merge tag, a tag itself (attribute names and values), or a site template's
/// front matter or `{…}` expression.
fn skipped_at(text: &str, offset: usize) -> bool {
    let before = &text[..offset];
    let inside = |open: &str, close: &str| {
        before
            .rfind(open)
            .is_some_and(|at| !text[at..offset].contains(close))
    };
    let prose_attribute = ["alt=\"", "title=\"", "content=\""].iter().any(|a| {
        before
            .rfind(a)
            .is_some_and(|at| !text[at + a.len()..offset].contains('"'))
    });
    inside("<script", "</script>")
        || inside("<style", "</style>")
        || inside("<mj-style", "</mj-style>")
        || inside("<!--", "-->")
        || inside("{{", "}}")
        || inside("*|", "|*")
        || (inside("<", ">") && !prose_attribute)
        || (text.starts_with("---\n")
            && text[4..].find("\n---").is_some_and(|end| offset < end + 4))
}

#[test]
fn nothing_is_reported_inside_scripts_styles_comments_tags_or_template_syntax() {
    let run = run(&["check", "--format", "json", FORMATS]);
    let report = run.json();
    for finding in findings(&report) {
        let path = root().join(finding["path"].as_str().expect("path"));
        let text = fs::read_to_string(&path).expect("fixture");
        let start = finding["start"].as_u64().expect("start") as usize;
        assert!(
            !skipped_at(&text, start),
            "reported in a skipped region: {finding}"
        );
    }
    // The fixtures do hide the words there: the check above has something to find.
    let email = fs::read_to_string(root().join(FORMATS).join("emails/spring-launch.html"))
        .expect("fixture");
    let hidden = [
        "/* synergy */",
        "var client = \"synergy\"",
        "class=\"client-wrapper\"",
    ];
    assert!(hidden.iter().all(|h| email.contains(h)));
}

#[test]
fn fixes_change_only_the_words_and_keep_markup_and_template_tags() {
    let dir = git_tempdir();
    copy_dir(&root().join(FORMATS), dir.path());
    run_in(dir.path(), &["check", "--fix", "."]);
    for file in [
        "emails/spring-launch.html",
        "emails/renewal-reminder.mjml",
        "site/src/pages/pricing.astro",
        "site/src/components/PlanCard.vue",
        "site/src/components/Banner.svelte",
    ] {
        let before = fs::read_to_string(root().join(FORMATS).join(file)).expect("fixture");
        let after = fs::read_to_string(dir.path().join(file)).expect("fixed");
        assert_ne!(before, after, "{file} had a safe fix");
        // Every change is "client" → "customer" in prose: put back, the file is as it was,
        // tags, attributes, entities and merge tags included.
        assert_eq!(after.replace("customer", "client"), before, "{file}");
    }
    let email = fs::read_to_string(dir.path().join("emails/spring-launch.html")).expect("fixed");
    for kept in [
        "*|FNAME|*",
        "{{#if company}}",
        "{{company}}",
        "Tidewater&rsquo;s",
        "&nbsp;&mdash;",
        "class=\"client-wrapper\" data-segment=\"client\"",
        "var client = \"synergy\"",
        "alt=\"A customer dashboard on a laptop\"",
    ] {
        assert!(email.contains(kept), "{kept} in\n{email}");
    }
    let banner =
        fs::read_to_string(dir.path().join("site/src/components/Banner.svelte")).expect("fixed");
    assert!(banner.contains("{client.name}") && banner.contains("export let client"));
    let after = run_in(dir.path(), &["check", "--format", "json", "."]);
    let report = after.json();
    let rules: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["rule"].as_str().expect("rule"))
        .collect();
    assert!(!rules.contains(&"preferred-term"), "{rules:?}");
}

#[test]
fn a_fix_that_would_write_markup_characters_into_html_is_not_applied() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nterms:\n  - use: \"R&D\"\n    instead_of: [research]\n    safe_fix: true\n",
    );
    let html = "<p>Our research team ships weekly.</p>\n";
    write(dir.path(), "page.html", html);
    write(dir.path(), "page.md", "Our research team ships weekly.\n");
    run_in(dir.path(), &["check", "--fix", "."]);
    assert_eq!(
        fs::read_to_string(dir.path().join("page.html")).expect("html"),
        html
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("page.md")).expect("md"),
        "Our R&D team ships weekly.\n"
    );
}

#[test]
fn site_templates_are_walked_only_when_the_guide_includes_them() {
    let dir = git_tempdir();
    copy_dir(&root().join(FORMATS), dir.path());
    let guide = fs::read_to_string(dir.path().join("message-guide.yml")).expect("guide");
    let without: String = guide
        .lines()
        .filter(|l| !l.starts_with("include:"))
        .map(|l| format!("{l}\n"))
        .collect();
    write(dir.path(), "message-guide.yml", &without);
    let walked = run_in(dir.path(), &["check", "--format", "json", "."]);
    let report = walked.json();
    assert_eq!(report["files_checked"], 2, "{}", walked.stdout);
    assert!(findings(&report)
        .iter()
        .all(|f| f["path"].as_str().is_some_and(|p| p.starts_with("emails/"))));
    // Named on the command line, a site template is read by its extension.
    let named = run_in(
        dir.path(),
        &["check", "--format", "json", "site/src/pages/pricing.astro"],
    );
    let report = named.json();
    assert_eq!(report["files_checked"], 1);
    assert_eq!(findings(&report).len(), 3, "{}", named.stdout);
    // An include glob that is not a glob is a guide error, as an ignore glob is.
    write(
        dir.path(),
        "message-guide.yml",
        format!("{without}include: [\"a/[b\"]\n"),
    );
    let bad = run_in(dir.path(), &["check", "."]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("include"), "{}", bad.stderr);
    assert!(bad.stderr.contains("invalid glob"), "{}", bad.stderr);
}

#[test]
fn stdin_is_read_as_html_by_its_file_name() {
    let email =
        "<p>Hi {{name}}, every client</p>\n<!-- client -->\n<p title=\"every client here\">x</p>\n";
    let args = ["check", "--format", "json", "--stdin", "--stdin-filename"];
    // Read in the folder of the formats guide, where `client` is a preferred term.
    let in_formats = root().join(FORMATS);
    let html = run_stdin_in(&in_formats, &[&args[..], &["email.html"]].concat(), email);
    let report = html.json();
    let got: Vec<(u64, u64)> = findings(&report)
        .iter()
        .filter(|f| f["rule"] == "preferred-term")
        .map(|f| {
            (
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("col"),
            )
        })
        .collect();
    assert_eq!(got, [(1, 23), (3, 17)], "{}", html.stdout);
    // As plain text, the comment and the merge tag would be words too.
    let text = run_stdin_in(&in_formats, &[&args[..], &["email.txt"]].concat(), email);
    assert_eq!(findings(&text.json()).len(), 3, "{}", text.stdout);
}

#[test]
fn suppression_comments_work_as_in_markdown() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", common::SMALL_GUIDE);
    let page = "<html><body>\n\
<!-- onmessage-disable-next-line banned-term -- the customer's own words -->\n\
<p>We leverage it.</p>\n\
<p>We leverage it again.</p>\n\
<!-- onmessage-disable-next-line banned-term -->\n\
<p>Nothing banned here.</p>\n\
<!-- onmessage-disable-next-line no-such-rule -->\n\
<p>Plain.</p>\n\
</body></html>\n";
    write(dir.path(), "page.html", page);
    let run = run_in(dir.path(), &["check", "--format", "json", "page.html"]);
    let got: Vec<(String, u64)> = findings(&run.json())
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().expect("rule").to_string(),
                f["line"].as_u64().expect("line"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("banned-term".to_string(), 4),
            ("unused-suppression".to_string(), 5),
            ("invalid-suppression".to_string(), 7),
        ],
        "{}",
        run.stdout
    );
    write(
        dir.path(),
        "file.html",
        "<!-- onmessage-disable-file -->\n<p>We leverage synergy.</p>\n",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "file.html"]);
    assert!(findings(&run.json()).is_empty(), "{}", run.stdout);
}

#[test]
fn character_references_never_make_a_finding_or_a_broken_fix() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\nbanned:\n  - {term: nbsp}\n  - {term: amp}\n  - {term: mdash}\nterms:\n  - use: customer\n    instead_of: [client]\n    safe_fix: true\n",
    );
    let page =
        "<p>Fast&nbsp;setup &amp; more &mdash; for every client&rsquo;s team &#8212; done.</p>\n";
    write(dir.path(), "page.html", page);
    let run = run_in(dir.path(), &["check", "--format", "json", "page.html"]);
    let report = run.json();
    assert_positions(dir.path(), &report);
    let matched: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["matched"].as_str().expect("matched"))
        .collect();
    assert_eq!(matched, ["client"], "{}", run.stdout);
    run_in(dir.path(), &["check", "--fix", "page.html"]);
    assert_eq!(
        fs::read_to_string(dir.path().join("page.html")).expect("fixed"),
        page.replace("client&rsquo;s", "customer&rsquo;s")
    );
}

#[test]
fn an_html_meta_names_the_channel_as_front_matter_does() {
    let dir = git_tempdir();
    write(
        dir.path(),
        "message-guide.yml",
        "version: 1\ncta: [\"Book a demo\"]\nchannels:\n  email: {require: [cta]}\n",
    );
    let with_meta = "<html><head><meta name=\"onmessage-channel\" content=\"email\"></head>\n<body><p>Hello there.</p></body></html>\n";
    write(dir.path(), "news.html", with_meta);
    write(dir.path(), "plain.html", "<p>Hello there.</p>\n");
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    let report = run.json();
    let got: Vec<(&str, &str)> = findings(&report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path"),
                f["rule"].as_str().expect("rule"),
            )
        })
        .collect();
    assert_eq!(got, [("news.html", "missing-cta")], "{}", run.stdout);
}

#[test]
fn bad_html_is_named_and_skipped_or_read_without_panicking() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", common::SMALL_GUIDE);
    write(dir.path(), "binary.html", b"<p>leverage\0</p>".as_slice());
    write(
        dir.path(),
        "latin1.html",
        b"<p>caf\xe9 leverage</p>".as_slice(),
    );
    let deep = format!(
        "{}<p>We leverage it.</p>",
        "<div><span><b>\n".repeat(200_000)
    );
    write(dir.path(), "deep.html", deep);
    write(
        dir.path(),
        "unclosed.html",
        "<div><p>We leverage<b>it\n<!-- never closed\n\n<p>Still synergy here.</p>\n",
    );
    // An attribute quote never closed takes the rest of the file, as in a browser.
    write(
        dir.path(),
        "open-quote.html",
        "<p title=\"open\n<p>leverage</p>\n",
    );
    write(
        dir.path(),
        "templates.mjml",
        "<mj-text>{{ unclosed <mj-text>synergy *|</mj-text>",
    );
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    run.expect_code(1);
    assert!(run.stderr.contains("binary.html"), "{}", run.stderr);
    assert!(run.stderr.contains("latin1.html"), "{}", run.stderr);
    let report = run.json();
    assert_positions(dir.path(), &report);
    let got: Vec<(&str, &str)> = findings(&report)
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path"),
                f["matched"].as_str().expect("matched"),
            )
        })
        .collect();
    assert!(got.contains(&("deep.html", "leverage")), "{got:?}");
    assert!(got.contains(&("unclosed.html", "leverage")), "{got:?}");
    assert!(got.contains(&("unclosed.html", "synergy")), "{got:?}");
    assert!(
        got.iter().all(|(path, _)| *path != "open-quote.html"),
        "{got:?}"
    );
    assert_eq!(report["files_checked"], 4, "{}", run.stdout);
    assert!(got.contains(&("templates.mjml", "synergy")), "{got:?}");
    let partial = findings(&report)
        .iter()
        .find(|f| f["path"] == "unclosed.html" && f["rule"] == "partial-check")
        .cloned();
    let partial =
        partial.unwrap_or_else(|| panic!("the unclosed comment is reported: {}", run.stdout));
    let message = partial["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("a browser or mail client") && !message.contains("Markdown"),
        "an HTML file's message names what hides the text: {message}"
    );
}
