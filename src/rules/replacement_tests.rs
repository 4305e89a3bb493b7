use super::*;
use crate::matchers::terms::Target;

/// The match of `term` (its first occurrence) in `text`, as the term matcher reports it.
fn matched(text: &str, term: &str, inflection: Inflection) -> TermMatch {
    let start = text.find(term).expect("term in text");
    let end = start + term.len();
    let possessive = ["'s", "’s"]
        .into_iter()
        .find(|p| term.ends_with(p) && inflection != Inflection::Plural);
    TermMatch {
        target: Target::Preferred(0),
        start,
        end,
        inflection,
        possessive,
    }
}

fn adapted(text: &str, term: &str, inflection: Inflection, replacement: &str) -> String {
    adapt(
        replacement,
        &matched(text, term, inflection),
        text,
        false,
        &[],
    )
}

#[test]
fn multi_word_replacements_inflect_their_head_word() {
    use Inflection::*;
    let text = "When logging in, check the user is also logged in the same application.";
    assert_eq!(adapted(text, "logging in", Gerund, "sign in"), "signing in");
    assert_eq!(adapted(text, "logged in", Past, "sign in"), "signed in");
    assert_eq!(
        adapted("She logs in daily.", "logs in", Plural, "sign in"),
        "signs in"
    );
    assert_eq!(
        adapted("Track the KPIs weekly.", "KPIs", Plural, "key metric"),
        "key metrics"
    );
    assert_eq!(
        adapted("Ask the contacts.", "contacts", Plural, "point of contact"),
        "points of contact"
    );
    assert_eq!(
        adapted("Our ROIs grew.", "ROIs", Plural, "return on investment"),
        "returns on investment"
    );
    assert_eq!(
        adapted("We set it up.", "set it up", Base, "configure"),
        "configure"
    );
}

#[test]
fn the_writers_capitals_go_onto_plain_words_only() {
    use Inflection::*;
    assert_eq!(
        adapted("## Drive Synergies", "Synergies", Plural, "teamwork"),
        "Teamwork"
    );
    assert_eq!(
        adapted(
            "## Drive Synergies",
            "Synergies",
            Plural,
            "working together"
        ),
        "Working Together"
    );
    assert_eq!(
        adapted(
            "Synergies matter. We know.",
            "Synergies",
            Plural,
            "working together"
        ),
        "Working together"
    );
    assert_eq!(
        adapted("Logged in users see more.", "Logged in", Past, "sign in"),
        "Signed in"
    );
    assert_eq!(
        adapted("Data lives in PGSQL today.", "PGSQL", Base, "PostgreSQL"),
        "PostgreSQL"
    );
    assert_eq!(
        adapted("Update the SF record.", "SF", Base, "Salesforce"),
        "Salesforce"
    );
    assert_eq!(
        adapted("KPIs are tracked weekly.", "KPIs", Plural, "key metric"),
        "Key metrics"
    );
    assert_eq!(
        adapted(
            "Track the KPI's that matter.",
            "KPI's",
            Plural,
            "key metric"
        ),
        "key metrics"
    );
    assert_eq!(
        adapted("OUR CLIENTS COME FIRST", "CLIENTS", Plural, "customer"),
        "CUSTOMERS"
    );
    assert_eq!(
        adapted("OUR CLIENTS COME FIRST", "CLIENTS", Plural, "SaaS buyer"),
        "SaaS BUYERS"
    );
    assert_eq!(
        adapted("Our Clients' needs", "Clients", Plural, "customer"),
        "Customers"
    );
    let text = "The `Astro.redirect` function is only available when [Server-side rendering](/x) is enabled.";
    assert_eq!(
        adapted(text, "Server-side rendering", Base, "on-demand rendering"),
        "on-demand rendering"
    );
    assert_eq!(
        adapted(
            "-  [Server-side rendering](/x)",
            "Server-side rendering",
            Base,
            "on-demand rendering"
        ),
        "On-demand rendering"
    );
    assert_eq!(
        adapted(
            "### Development server now uses workerd",
            "Development server",
            Base,
            "dev server"
        ),
        "Dev server"
    );
}

#[test]
fn case_sensitive_entries_keep_the_replacement_as_written() {
    let text = "If you've installed an NPM package, you can import it.";
    let m = matched(text, "NPM", Inflection::Base);
    assert_eq!(adapt("npm", &m, text, true, &[]), "npm");
    assert_eq!(adapt("npm", &m, text, false, &[]), "npm");
    let text = "NPM packages work in Astro.";
    let m = matched(text, "NPM", Inflection::Base);
    assert_eq!(adapt("npm", &m, text, true, &[]), "npm");
}

#[test]
fn a_mass_noun_that_is_also_a_verb_takes_the_verb_s_where_no_noun_stands() {
    use Inflection::*;
    // Real PowerShell reference lines: "facilitates" is a verb, "help" must become "helps".
    assert_eq!(
        adapted(
            "This cmdlet facilitates security and validation tests.",
            "facilitates",
            Plural,
            "help"
        ),
        "helps"
    );
    assert_eq!(
        adapted("We value the assistances.", "assistances", Plural, "help"),
        "help"
    );
    // The Kyverno blog (Apache-2.0): "this" is the subject, "empowers" its verb.
    assert_eq!(
        adapted(
            "This empowers policies to dynamically fetch data from external sources.",
            "empowers",
            Plural,
            "help"
        ),
        "helps"
    );
    assert_eq!(
        adapted("These synergies matter.", "synergies", Plural, "help"),
        "help"
    );
}

#[test]
fn mass_nouns_are_not_pluralised() {
    use Inflection::*;
    assert_eq!(
        adapted("We found synergies.", "synergies", Plural, "teamwork"),
        "teamwork"
    );
    assert_eq!(
        adapted("Find the learnings.", "learnings", Plural, "insight"),
        "insights"
    );
    let text = "Share the learnings.";
    let m = matched(text, "learnings", Plural);
    assert_eq!(
        adapt("lore", &m, text, false, &["lore".to_string()]),
        "lore"
    );
    assert_eq!(
        adapted("All the SSRs.", "SSRs", Plural, "on-demand rendering"),
        "on-demand rendering"
    );
}

fn breaks(text: &str, term: &str, replacement: &str) -> bool {
    let start = text.find(term).expect("term in text");
    breaks_grammar(text, start, start + term.len(), replacement, replacement)
}

#[test]
fn fixes_that_break_the_sentence_are_not_offered() {
    assert!(breaks("We help facilitate this.", "facilitate", "help"));
    assert!(breaks(
        "It helped facilitate the move.",
        "facilitate",
        "help"
    ));
    assert!(breaks("Please reach out to us.", "reach out", "contact"));
    // images.mdx of the Astro docs: an audience word removed after "more".
    assert!(breaks(
        "the CDN may provide its own SDKs to more easily integrate in an Astro project.",
        "easily",
        ""
    ));
    assert!(breaks("It uses less easily parsed markup.", "easily", ""));
    assert!(!breaks(
        "so you can easily override the styles by adding your own styles.",
        "easily",
        ""
    ));
    // dev-toolbar-app-reference.mdx of the Astro docs.
    assert!(breaks(
        "In order to facilitate sending and receiving custom messages, helper methods are provided.",
        "facilitate",
        "help"
    ));
    assert!(!breaks(
        "dictionary-like hash tables to facilitate translation.",
        "facilitate",
        "help"
    ));
    assert!(!breaks(
        "a persistent connection to the server to facilitate subsequent requests.",
        "facilitate",
        "help"
    ));
    assert!(breaks(
        "A powerful feature of server-side rendering on demand, API routes run code.",
        "server-side rendering",
        "on-demand rendering"
    ));
    assert!(!breaks("Please reach out today.", "reach out", "contact"));
    assert!(!breaks(
        "Please reach out to us.",
        "reach out to",
        "contact"
    ));
    assert!(!breaks("Log in to your account.", "Log in", "Sign in"));
    assert!(!breaks("We facilitate this.", "facilitate", "help"));
    // A PostHog comparison page: "allow for" is not "enable".
    assert!(breaks(
        "Its pricing allows for full transparency.",
        "allows",
        "enables"
    ));
    assert!(!breaks("It allows teams to ship.", "allows", "enables"));
    assert!(!breaks("We allowed for it.", "allowed", "accounted"));
    assert!(!breaks("Our clients love it.", "clients", "customers"));
    // The Kyverno blog (Apache-2.0): a noun phrase where a verb stands after a modal, and
    // spaced words where the writer hyphenated a modifier.
    assert!(breaks(
        "In this blog post we will deep dive into the assertion model used by Chainsaw.",
        "deep dive",
        "detailed look"
    ));
    assert!(breaks(
        "from a simplified Quick Start for beginners to deep-dive Reference material for advanced policy authors.",
        "deep-dive",
        "detailed look"
    ));
    assert!(!breaks(
        "Join our product deep dive on Thursday.",
        "deep dive",
        "detailed look"
    ));
    assert!(!breaks("Join the deep-dive.", "deep-dive", "detailed look"));
    // The Kubewarden and Linkerd blogs (Apache-2.0): a spaced term before the noun it modifies;
    // the Falco blog (CC-BY-4.0): an adverb after it is no noun. A verb phrase's replacement ends
    // in its particle and takes what follows as its object.
    assert!(breaks(
        "Stay tuned for a new deep dive blog post!",
        "deep dive",
        "detailed look"
    ));
    assert!(breaks(
        "## Linkerd intro and deep dive sessions",
        "deep dive",
        "detailed look"
    ));
    assert!(!breaks(
        "we are excited to guide you through a deep dive today! Also, learn about how we integrated",
        "deep dive",
        "detailed look"
    ));
    assert!(!breaks(
        "Today we will take a deep dive into one of them.",
        "deep dive",
        "detailed look"
    ));
    assert!(!breaks(
        "Let's circle back tomorrow morning.",
        "circle back",
        "follow up"
    ));
    // The Astro and PowerShell docs (MIT): a noun compound or a name modifies a noun well; the
    // Falco blog: a gerund after a verb phrase is no noun.
    assert!(!breaks(
        "Open the VS Code extension settings.",
        "VS Code",
        "Visual Studio Code"
    ));
    assert!(!breaks(
        "Restart the development server logs viewer.",
        "development server",
        "dev server"
    ));
    assert!(!breaks(
        "Please reach out using the links above and we can get started.",
        "reach out",
        "get in touch"
    ));
    // The highlight.io blog (Apache-2.0): a Title Case hyphenated modifier.
    assert!(breaks(
        "4. **Drill-Down Capabilities**: Leveraging the same filtering",
        "Drill-Down",
        "look closer"
    ));
    assert!(!breaks("We will leverage it.", "leverage", "use"));
    assert!(!breaks("We need to proceed.", "proceed", "succeed"));
    // The Flux blog (Apache-2.0): the replacement's word right before the match (a short word
    // too, "use" in "used").
    assert!(breaks(
        "[kritis](https://github.com/grafeas/kritis) can be used to leverage the information provided by SBOMs",
        "leverage",
        "use"
    ));
    assert!(!breaks(
        "We leverage the information provided by SBOMs.",
        "leverage",
        "use"
    ));
}

#[test]
fn sentence_starts_are_found_past_markup() {
    for (text, at) in [
        ("Clients win.", 0),
        ("## Clients", 3),
        ("- **Clients** win", 4),
        ("Done. Clients win.", 6),
        ("> Clients win.", 2),
    ] {
        assert!(sentence_initial(text, at), "{text}");
    }
    assert!(!sentence_initial("Our Clients win.", 4));
}

/// The OpenTelemetry blog (CC-BY-4.0) and the PostHog handbook (MIT): a match used as a noun or
/// an adjective, where the replacement is a verb or a countable noun phrase.
#[test]
fn a_replacement_that_needs_a_verb_slot_is_not_offered_elsewhere() {
    // A bare noun after "be".
    assert!(breaks(
        "Your background is leverage. If you are an SRE, platform engineer",
        "leverage",
        "use"
    ));
    assert!(breaks(
        "The point of all this isn't a standalone inventory — it's leverage on the telemetry",
        "leverage",
        "use"
    ));
    assert!(breaks(
        "SOC 2 isn't a growth milestone anymore. It's table stakes. If you don't have it",
        "table stakes",
        "basic requirement"
    ));
    // ... but a passive, a progressive, a name, an adjective or a respelling reads well there.
    assert!(!breaks(
        "When focusing on the product, you should always be touching base with your users.",
        "touching base",
        "talking"
    ));
    assert!(!breaks(
        "The Kubernetes health-check information is leveraged to add and remove service backends.",
        "leveraged",
        "used"
    ));
    assert!(!breaks(
        "Their database is PostgreSQL, hosted on AWS.",
        "PostgreSQL",
        "Postgres"
    ));
    assert!(!breaks(
        "They connect to many parts of the company, and are mission critical to making money.",
        "mission critical",
        "essential"
    ));
    // A participle after a verb that takes an adjective.
    assert!(breaks(
        "creating a community where people feel empowered to contribute.",
        "empowered",
        "helped"
    ));
    assert!(breaks(
        "lets those boundaries become empowering rather than limiting.",
        "empowering",
        "helping"
    ));
    assert!(!breaks(
        "high achievers were empowered to become independent artists.",
        "empowered",
        "helped"
    ));
    // A compound the writer built with a hyphen, but not a prefix.
    assert!(breaks(
        "the highest-leverage moment to put declarative config into a real project",
        "leverage",
        "use"
    ));
    assert!(!breaks(
        "One useful and under-utilized way is rolling out based on groups.",
        "utilized",
        "used"
    ));
    assert!(!breaks(
        "One key takeaway from the interviews for me was realizing that",
        "key takeaway",
        "main point"
    ));
    assert!(!breaks(
        "Let Gitpod do the heavy lifting for you.",
        "heavy lifting",
        "hard work"
    ));
}
