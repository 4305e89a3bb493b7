//! `preferred-term`: one word for one thing.

use super::{non_overlapping, Context, RuleDoc};
use crate::finding::{Applicability, Edit, EntryRef, Finding};
use crate::matchers::terms::{Target, TermMatch};

mod glossary;
mod names;
mod permission;
mod spelling;
use crate::document::mentions::in_interface_label;
use crate::document::normalized::normalize_term;
use names::{
    capitalised_common_noun, closes_a_longer_name, common_word_after_name,
    common_word_before_noun, compared_with_vs, determiner_of_a_longer_noun, drops_a_modifier,
    names_a_dotted_module, names_a_version, names_something_else, owned_by_a_name,
    takes_two_objects, used_as_a_name,
};
use std::collections::HashSet;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("preferred-term");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a word from a `terms` entry's `instead_of` list and suggests the entry's \
`use` word, keeping the writer's case and number (\"Clients\" → \"Customers\"). Matching works \
as for `banned-term`: whole words, case-insensitive, with regular inflections. Not reported: \
a capitalised term that is part of a longer name (\"Front Matter CMS\"; a common noun the \
guide writes in lowercase, capitalised right after a word capitalised mid-sentence: \"Open \
Policy Agent\", \"the local SPIRE Agent\"), a term opening with \"the\", \"a\" or \"an\" whose \
article belongs to a longer noun (\"the cloud host\", \"the cloud-native landscape\", \"the Cloud \
Native Computing Foundation\" for \"the cloud\"), a phrase the guide \
writes in lowercase that the document capitalises word by word mid-sentence (\"the Front \
Matter panel\": a name, wherever the document capitalises it), an abbreviation \
defined right after the `use` word (\"Visual Studio Code (VS Code)\"), a heading that names \
the term itself (a glossary entry) and the paragraph right under a heading that names a term \
the guide discourages (that name's definition tells its history in the names of its time: \
\"### PowerShell Core (product deprecated)\" over \"built on .NET Core\"), a term followed by a version (\".NET Core 3.1\": that \
release kept its name), a term introduced as a name (\"formerly known as PowerShell Core\", \
\"pronounced command-let\"), a bold label of a user interface (\"choose **.NET Core**\", \
\"Templates -> **PowerShell Core**\"), a term in a short quoted phrase given as an example \
of wording (one of a list of quoted phrases, or after \"like\" or \"such as\"). \"Allow\" in \
a sense other than \"make possible\" is not reported (a capability word such as \"enable\" \
does not fit it): passive (\"are only allowed for\"), with a person as its subject (\"we \
allow the government to decide\"), paired with a verb of permission (\"tolerate or allow\", \
\"allow or deny\"), giving time (\"allow at least 24 hours\"), or with no object, ending its clause (\"if the \
candidate's schedule allows\"). A term compared with \"vs\" is one side of a \
comparison, and a name whose first word \
is written as the guide writes it, followed by a word the guide capitalises written in \
lowercase, may be the product carelessly spelt (\".NET core SDK\"): their fix is unsafe. When a \
lowercase noun follows (\"PowerShell core cmdlets\"), the lowercase word describes it \
(PowerShell's core cmdlets): not reported. The fix is safe only when it respells the \
same word (\"e-mail\" → \"email\", \"Javascript\" → \"JavaScript\", \"analyse\" → \"analyze\"); \
a different word (\"client\" → \"customer\") has senses the swap does not fit (\"the email \
client\"), so its fix is unsafe: apply it with `--unsafe-fixes` after reading it, or mark the \
entry `safe_fix: true` when the word fits every sense in your copy.",
    why: "When sales says \"clients\", marketing says \"customers\" and support says \"end \
users\", buyers wonder whether they are three different people. One word for one thing, used \
by both teams, keeps the message recognisable from the first email to the closing call.",
    guide: "terms:\n  - use: customer\n    instead_of: [client, end user]\n",
    example: "Our clients get free setup.",
    fixed: "Our customers get free setup.",
};

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let matches = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Preferred(_)));
    let matches = non_overlapping(matches);
    let text = ctx.doc.context_text();
    // A common noun the document capitalises mid-sentence is a name there ("the Front Matter
    // panel"), and so wherever else the document capitalises it (headings, list items, titles).
    let capitalised = |m: &TermMatch| match m.target {
        Target::Preferred(i) => {
            capitalised_common_noun(&text[m.start..m.end], &ctx.guide.terms[i].instead_of)
        }
        _ => false,
    };
    let names: HashSet<String> = matches
        .iter()
        .filter(|m| capitalised(m) && used_as_a_name(text, m.start, ctx.doc.in_heading(m.start)))
        .map(|m| normalize_term(&text[m.start..m.end]))
        .collect();
    for m in matches {
        let Target::Preferred(i) = m.target else {
            continue;
        };
        let term = &ctx.guide.terms[i];
        let matched = &text[m.start..m.end];
        let heading = ctx.doc.in_heading(m.start);
        if names_something_else(text, m.start, m.end, &term.use_, heading)
            || names_a_version(text, m.end, &text[m.start..m.end])
            || names_a_dotted_module(text, m.end, matched)
            || in_interface_label(text, m.start, m.end)
            || crate::document::screenshots::in_screenshot_link_text(text, m.start, m.end)
            || permission::permit_or_leave_time(text, m.start, m.end)
            || spelling::sis_plural_as_noun(text, m.start, m.end)
            || crate::document::mentions::in_quoted_example(text, m.start, m.end)
            || glossary::in_definition_of_discouraged_name(
                text,
                m.start,
                ctx.guide.terms.iter().flat_map(|t| t.instead_of.iter().map(String::as_str)),
            )
            || common_word_before_noun(text, m.end, matched, &term.instead_of)
            || determiner_of_a_longer_noun(text, m.end, matched)
            || closes_a_longer_name(text, m.start, matched, &term.instead_of, heading)
            || (capitalised(m) && names.contains(&normalize_term(&text[m.start..m.end])))
        {
            continue;
        }
        let message = format!("Use \"{}\" instead of \"{}\"", term.use_.trim(), matched);
        let replacement = ctx.adapt(&term.use_, m);
        let respelt = term.safe_fix
            || replacement
                .as_deref()
                .is_some_and(|r| spelling::respelling(matched, r));
        let applicability = if !respelt
            || spelling::plural_of_a_sis_noun(matched)
            || compared_with_vs(text, m.start, m.end)
            || common_word_after_name(matched, &term.instead_of)
            || drops_a_modifier(text, m.end, matched, &term.use_)
            || takes_two_objects(text, m.end)
            || owned_by_a_name(text, m.start)
        {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        };
        let finding = ctx.fixable_finding(
            ID,
            m.start..m.end,
            message,
            replacement.clone(),
            applicability,
        );
        let finding = finding.map(|f| f.with_entry(EntryRef::Preferred(i)));
        out.extend(finding.map(|mut f| {
            if let (Some(fix), Some(article)) = (
                &mut f.fix,
                replacement
                    .as_deref()
                    .and_then(|r| article_edit(text, m.start, r)),
            ) {
                let bom = ctx.doc.bom;
                fix.edits.insert(
                    0,
                    Edit {
                        start: article.start + bom,
                        end: article.end + bom,
                        ..article
                    },
                );
            }
            f
        }));
    }
}

/// The edit that turns a preceding "a" into "an" (or back) to suit the replacement, if needed.
fn article_edit(text: &str, word_start: usize, replacement: &str) -> Option<Edit> {
    let before = &text[..word_start];
    let spaces = before.len() - before.trim_end_matches(' ').len();
    if spaces == 0 {
        return None;
    }
    let head = &before[..before.len() - spaces];
    let article_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let article = &head[article_start..];
    let wanted_an = wants_an(replacement);
    let right = match article {
        "a" | "an" => {
            if wanted_an {
                "an"
            } else {
                "a"
            }
        }
        "A" | "An" => {
            if wanted_an {
                "An"
            } else {
                "A"
            }
        }
        "AN" => {
            if wanted_an {
                "AN"
            } else {
                "A"
            }
        }
        _ => return None,
    };
    (article != right).then(|| Edit {
        start: article_start,
        end: head.len(),
        replacement: right.to_string(),
    })
}

/// Whether a word takes "an": it starts with a vowel sound (by spelling, with the common
/// exceptions "user", "one", "hour").
fn wants_an(word: &str) -> bool {
    let lower = word.to_lowercase();
    // A word without vowels ("npm", "SQL") is read letter by letter: "an npm package".
    let first_word = lower.split_whitespace().next().unwrap_or_default();
    if !first_word.is_empty() && !first_word.contains(['a', 'e', 'i', 'o', 'u', 'y']) {
        return first_word.starts_with(['f', 'h', 'l', 'm', 'n', 'r', 's', 'x']);
    }
    if ["hour", "honest", "honor", "honour", "heir"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if ["uni", "use", "usu", "uti", "eu", "one", "once", "ewe"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    lower.starts_with(['a', 'e', 'i', 'o', 'u'])
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str = "version: 1\nterms:\n  - {use: customer, instead_of: [client, end user]}\n  - {use: follow up, instead_of: [ping]}\n";

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), super::ID, text, Kind::Markdown)
    }

    #[test]
    fn suggests_the_use_word_in_the_writers_case_and_number() {
        assert_eq!(
            fired("Clients and CLIENT, our client's needs, end users. We pinged them."),
            pairs(&[
                ("Clients", Some("Customers")),
                ("CLIENT", Some("CUSTOMER")),
                ("client's", Some("customer's")),
                ("end users", Some("customers")),
                ("pinged", Some("followed up")),
            ])
        );
    }

    #[test]
    fn another_word_is_an_unsafe_fix_unless_the_guide_says_it_fits_every_sense() {
        use crate::finding::Applicability::{Safe, Unsafe};
        let applicability = |g: &str, text: &str| {
            let found = crate::rules::test_support::findings(&guide(g), text, Kind::Text);
            found.first().and_then(|f| f.fix.as_ref()).map(|f| f.applicability)
        };
        let swap = "version: 1\nterms:\n  - {use: enable, instead_of: [allow]}\n";
        // PostHog handbook, `culture.md` (MIT): "allow" here may mean "permit" as well as "make
        // possible"; "enable" fits only the second, so the swap is unsafe.
        for text in [
            "We're an all-remote company that allows people to work from almost anywhere.",
            "Flags allow teams to ship safely.",
        ] {
            assert_eq!(applicability(swap, text), Some(Unsafe), "{text}");
        }
        let trusted = "version: 1\nterms:\n  - {use: enable, instead_of: [allow], safe_fix: true}\n";
        assert_eq!(
            applicability(trusted, "Flags allow teams to ship safely."),
            Some(Safe)
        );
        // Respellings keep every sense.
        let respelt = "version: 1\nterms:\n  - {use: email, instead_of: [e-mail]}\n  - {use: analyze, instead_of: [analyse]}\n";
        assert_eq!(applicability(respelt, "Send an e-mail."), Some(Safe));
        assert_eq!(applicability(respelt, "We analysed the funnel."), Some(Safe));
        // PostHog handbook, `positioning/posthog-ai.md` (MIT): the plural of "analysis".
        assert_eq!(
            applicability(respelt, "It runs multi-step analyses for you."),
            Some(Unsafe)
        );
    }

    #[test]
    fn a_verb_given_two_objects_gets_no_safe_fix() {
        use crate::finding::Applicability::{Safe, Unsafe};
        let g = guide("version: 1\nterms:\n  - {use: enable, instead_of: [allow], safe_fix: true}\n");
        // Real sentences from PostHog's founder and startup pages (MIT).
        for (text, expected) in [
            (
                "This window allows you the opportunity to buy shares.",
                Unsafe,
            ),
            ("It allowed our customers a lot of flexibility.", Unsafe),
            ("It allows us to tweak our messaging.", Safe),
            ("Flags allow teams to ship safely.", Safe),
        ] {
            let found = crate::rules::test_support::findings(&g, text, Kind::Text);
            let fix = found.first().and_then(|f| f.fix.as_ref());
            assert_eq!(fix.map(|f| f.applicability), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_module_the_page_names_with_dots_is_not_the_product() {
        let g = guide("version: 1\nterms:\n  - {use: PowerShell, instead_of: [PowerShell Core]}\n");
        // PowerShell docs, `Microsoft.PowerShell.Core/Update-Help.md` (CC-BY-4.0).
        let page = "# Update-Help\n\nModule: Microsoft.PowerShell.Core\n\nTo update help for the modules in `$PSHOME\\Modules`, including the PowerShell Core modules, run as administrator.\n";
        assert_eq!(fired_with(&g, page), pairs(&[]));
        // Without the module on the page, or before another word, it is the product.
        let product = "To update help, including the PowerShell Core modules, run as administrator.\n";
        assert_eq!(fired_with(&g, product).len(), 1);
        let quoted = "Module: Microsoft.PowerShell.Core\n\n> including the PowerShell\n> Core modules, run it.\n";
        assert_eq!(fired_with(&g, quoted), pairs(&[]));
        let release = "Module: Microsoft.PowerShell.Core\n\nPowerShell Core was renamed.\n";
        assert_eq!(fired_with(&g, release).len(), 1);
    }

    fn fired_with(g: &crate::compiled::CompiledGuide, text: &str) -> Vec<(String, Option<String>)> {
        run(g, super::ID, text, Kind::Markdown)
    }

    #[test]
    fn a_named_products_feature_gets_no_safe_fix() {
        use crate::finding::Applicability::{Safe, Unsafe};
        let g = guide("version: 1\nbrand: {names: [Astro]}\nterms:\n  - {use: on-demand rendering, instead_of: [server-side rendering], safe_fix: true}\n");
        // Astro docs, `guides/cms/apostrophecms.mdx` (MIT).
        for (text, expected) in [
            ("It also configures Vite's server-side rendering.", Unsafe),
            ("Astro's server-side rendering runs on request.", Unsafe),
            ("Use server-side rendering for dashboards.", Safe),
            // PowerShell docs, `understanding-file-encoding.md` (CC-BY-4.0): a contraction.
            ("It's server-side rendering, not static.", Safe),
        ] {
            let found = crate::rules::test_support::findings(&g, text, Kind::Text);
            let fix = found.first().and_then(|f| f.fix.as_ref());
            assert_eq!(fix.map(|f| f.applicability), Some(expected), "{text}");
        }
    }

    #[test]
    fn fixes_are_safe_and_adjust_the_article() {
        let g = guide("version: 1\nterms:\n  - {use: expert, instead_of: [technician], safe_fix: true}\n  - {use: customer, instead_of: [end user], safe_fix: true}\n");
        let text = "Ask a technician. An end user waits.";
        let fixes: Vec<_> = crate::rules::test_support::findings(&g, text, Kind::Text)
            .into_iter()
            .map(|f| f.fix.expect("preferred terms are fixable"))
            .collect();
        assert!(fixes
            .iter()
            .all(|f| f.applicability == crate::finding::Applicability::Safe));
        let edits: Vec<(&str, &str)> = fixes
            .iter()
            .flat_map(|f| &f.edits)
            .map(|e| (&text[e.start..e.end], e.replacement.as_str()))
            .collect();
        assert_eq!(
            edits,
            [
                ("a", "an"),
                ("technician", "expert"),
                ("An", "A"),
                ("end user", "customer")
            ]
        );
    }

    #[test]
    fn non_ascii_before_an_article_is_fine() {
        assert_eq!(
            fired("He said “a client”. Our client’s client."),
            pairs(&[
                ("client", Some("customer")),
                ("client’s", Some("customer’s")),
                ("client", Some("customer"))
            ])
        );
    }

    #[test]
    fn stays_quiet_on_the_use_word_and_identifiers() {
        assert_eq!(
            fired("customers, clientele, client_id, `client`, clients.example.com"),
            pairs(&[])
        );
    }
}
