//! `preferred-term`: one word for one thing.

use super::{adapt, non_overlapping, Context, RuleDoc};
use crate::finding::Finding;
use crate::matchers::terms::Target;

pub const ID: &str = "preferred-term";

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a word from a `terms` entry's `instead_of` list and suggests the entry's \
`use` word, keeping the writer's case and number (\"Clients\" → \"Customers\"). Matching works \
as for `banned-term`: whole words, case-insensitive, with regular inflections.",
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
    for m in non_overlapping(matches) {
        let Target::Preferred(i) = m.target else {
            continue;
        };
        let term = &ctx.guide.terms[i];
        let matched = &ctx.doc.text[m.start..m.end];
        let message = format!("Use \"{}\" instead of \"{}\"", term.use_.trim(), matched);
        out.extend(ctx.finding(
            ID,
            m.start..m.end,
            message,
            Some(adapt(&term.use_, m, ctx.doc.text)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str = "version: 1\nterms:\n  - {use: customer, instead_of: [client, end user]}\n  - {use: follow up, instead_of: [ping]}\n";

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), "preferred-term", text, Kind::Markdown)
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
                ("pinged", Some("follow up")),
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
