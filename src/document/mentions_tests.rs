use super::*;

fn at(text: &str, term: &str) -> (usize, usize) {
    let start = text.find(term).expect("term in text");
    (start, start + term.len())
}

#[test]
fn mention_cues() {
    // PowerShell docs (ps101/02-help-system.md, 01-getting-started.md) and product copy.
    let cue = |text: &str, term: &str| after_mention_cue(text, at(text, term).0);
    assert!(cue(
        "Cmdlets are pronounced \"command-lets\".",
        "command-lets"
    ));
    assert!(cue("It is pronounced as command-let.", "command-let"));
    let spaced = format!("pronounced{}**command-let**", " ".repeat(100));
    assert!(
        cue(&spaced, "command-let"),
        "marks and spaces are passed however many"
    );
    assert!(
        !cue("It is pronounced\n command-let here.", "command-let"),
        "a cue on the line before"
    );
    assert!(cue(
        "PowerShell 6, formerly known as PowerShell Core, runs anywhere.",
        "PowerShell Core"
    ));
    assert!(cue(
        "Version 6 (a.k.a. PowerShell Core).",
        "PowerShell Core"
    ));
    assert!(!cue("Our clients love it.", "clients"), "no cue");
    assert!(
        !cue("We called end users last week.", "end users"),
        "'called' is also a verb of phoning: not a cue"
    );
    // PostHog handbook `website-design-process.md` (MIT): a capitalised name after it.
    assert!(cue(
        "We usually wrap up final mockups in a page called Deliverables.",
        "Deliverables"
    ));
    assert!(cue("A talk titled Drive Synergies.", "Drive Synergies"));
    assert!(
        !cue("Our Osaka clients love it.", "clients"),
        "'aka' inside a word"
    );
}

#[test]
fn interface_labels() {
    let label = |text: &str, term: &str| {
        let (s, e) = at(text, term);
        in_interface_label(text, s, e)
    };
    assert!(label(
        "In the dropdown, choose **.NET Core** and press Enter.",
        ".NET Core"
    ));
    assert!(label(
        "Open Administrative Templates -> **PowerShell Core** in the editor.",
        "PowerShell Core"
    ));
    assert!(label("To exit, **File > VS Code Exit**.", "VS Code"));
    // about_Logging_Windows.md: the path goes on over a line break.
    assert!(label(
        "through **Administrative Templates** ->\n**PowerShell Core**.",
        "PowerShell Core"
    ));
    assert!(
        !label(
            "We moved to **PowerShell Core** last year.",
            "PowerShell Core"
        ),
        "bold for emphasis"
    );
    assert!(
        !label("Choose PowerShell Core for scripts.", "PowerShell Core"),
        "not a bold label"
    );
}

#[test]
fn lowercase_values() {
    let value = |text: &str, term: &str| {
        let (s, e) = at(text, term);
        lowercase_value(text, s, e)
    };
    assert!(value(
        "- Use tagged code fences - **powershell**, **Output**, or another language ID",
        "powershell"
    ));
    assert!(value(
        "The process names powershell, pwsh, and notepad are processes.",
        "powershell"
    ));
    assert!(!value("Install powershell today.", "powershell"));
    assert!(
        !value("**Powershell** is great.", "Powershell"),
        "a capital: a misspelt name"
    );
    assert!(
        !value("Use **the new powershell** release.", "powershell"),
        "part of a longer span"
    );
    // Gitpod's and FerretDB's blogs (MIT, Apache-2.0): a user, a package, a schema, a default.
    for (text, word) in [
        ("- PostgreSQL (+ some configuration for the gitpod user)", "gitpod"),
        ("Let's see how the [ferretdb package](https://pkg.go.dev/github.com/FerretDB/FerretDB/ferretdb) can be used.", "ferretdb"),
        ("![Image showing ferretdb schema](/img/blog/neon-schema.png)", "ferretdb"),
        ("Switch to the GrowthBook database (default growthbook).", "growthbook"),
        // The Bazel blog (Apache-2.0): a repository's branch.
        ("Few fixes can be merged into the google branch after the internal teams' approval.", "google"),
        // The Go blog (CC-BY-4.0), `context.md`: a package named after its kind.
        ("### Package google", "google"),
        ("The module nimbus exports one function.", "nimbus"),
    ] {
        assert!(value(text, word), "{text}");
    }
    // The brand before a kind of thing it makes, or after "a": the product, miscapitalised.
    for (text, word) in [
        (
            "![Launch and test a ferretdb database in minutes](/img/launch.jpg)",
            "ferretdb",
        ),
        ("Build a docker image for the workspace.", "docker"),
        ("Spin up two postgres instances.", "postgres"),
        ("The gitpod users love it.", "gitpod"),
    ] {
        assert!(!value(text, word), "{text}");
    }
}

#[test]
fn quoted_examples_of_wording() {
    let example = |text: &str, term: &str| {
        let (s, e) = at(text, term);
        in_quoted_example(text, s, e)
    };
    // PostHog newsletter, `10x-job-posts.md` (MIT).
    let job_post = "The last thing we want is someone who writes \"unlock growth\" or \"leverage your data stack\", so we've named it Propagandist.";
    assert!(example(job_post, "leverage"));
    assert!(example(
        "Cut filler such as “best-in-class solutions” from the page.",
        "best-in-class"
    ));
    assert!(example(
        "Words like \"seamless\", \"robust\" and \"magical\".",
        "robust"
    ));
    assert!(
        !example(
            "He told us \"we leverage PostHog for every launch\" last week.",
            "leverage"
        ),
        "a quotation of someone's own words"
    );
    assert!(
        !example(
            "\"It let us leverage our data.\" and \"We love it.\"",
            "leverage"
        ),
        "quoted sentences"
    );
    assert!(!example("We leverage \"data\" and \"AI\".", "leverage"));
    assert!(
        !example(
            "Read \"How we leverage Kafka at scale\" on our blog.",
            "leverage"
        ),
        "a title, alone"
    );
}
