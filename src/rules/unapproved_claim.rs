//! `unapproved-claim`: a number claim nobody approved.

use super::{Context, RuleDoc};
use crate::document::identifiers::in_identifier;
use crate::finding::Finding;
use crate::guide::schema::{CitedClaims, ClaimsCheck, ClaimsScope};
use crate::matchers::claims::{
    another_partys_figure, compared_with_another, find_claims_in, first_party, is_cited, is_money,
    links_elsewhere, makes_claim, price_without_result, rounded_from, share_spent, sizes_a_group,
    slash_period_end, stated_as_fact, states_an_improvement, Claim, ClaimMatch,
};
use std::collections::HashSet;
use std::ops::Range;

#[path = "unapproved_claim_conflict.rs"]
mod conflict;
use conflict::{conflict, Against};

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("unapproved-claim");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a numeric claim the company makes about itself — a number with what it counts or measures: \"45 seconds\", \
\"2,000 laptops\", \"99.9% uptime\", \"$500 off\", \"#1\", \"10x faster\", \"1B+ updates\", \
\"12.5M downloads\", \"100ms\", \"$12/month\" — that is not in `claims.approved`. A claim is the \
pair (number, unit): the number normalised (\"1,500\" = \"1500\", \"sixty\" = \"60\", \"1.5k\" = \
\"1500\", \"1B\" = \"1 billion\"; suffixes k/K, M, B/bn; \"+\", \"over\" and \"more than\" mark a \
floor; number words count only when a unit follows), the unit being the counted noun in \
singular form (\"8 business hours\" counts hours, \"3–5 total interviews\" interviews), or a \
currency (`$`, `€`, `£`), `$/month`, `%`, `#`, `x`. An approved entry approves every claim with the same pair (\"30-day \
returns\" approves \"returns within 30 days\"), and numbers in approved phrases and calls to \
action are approved too. A figure whose unit an approved claim uses with another number is \
`conflicting-claim`'s, not this rule's. A figure is a marketing claim — a result, a scale or a \
promise — when its form or its clause makes it one: money its clause states a result or an offer \
with (\"raised $15 million\", \"$50k in credits\", \"$500 off\", \"went from $7k to $2k\", $0), a rank, a \"+\" floor, a multiple \
(\"10x\", \"19×\"), \"24/7 support\", a figure written with a multiplier (\"480 million\", \
\"13 million images\", \"$27m\", \"10k/month\"); a count of customers, users, people, teams, \
companies, developers, downloads, installs, apps, devices or updates, of anything \"in stock\", \
or of 100 or more things per period (\"150 auctions each year\"); a percentage of people, of a \
rate or of an improvement (\"95% of users\", \"99.9% uptime\", \"a 25% response rate\", \"40% \
faster\", \"the failure rate fell by 90%\", \"we grew 42%\"), but not who a rollout reaches \
(\"roll out to 5% of users\", \"issue changes to 50% of users\") or how often someone does \
something (\"25% of the time\"); a duration of a promise, a speed or a result (\"set up in 45 \
seconds\", \"30-day returns\", \"a free 14-day trial\", \"took just ten minutes\", \"saved 14 \
minutes\", \"decreased from two days to under four hours\"); any figure after \"trusted by\", \
a count after \"our\". The story around a figure is no claim: durations in a story (\"the flow took 6 weeks \
to build\", \"3 weeks around Europe\"), money someone spends (\"we spent $100/month\", \"the \
last $8K of salary\"), counts of one (\"our 1-liner\"), counts under 100 in a story told in the \
past (\"we had developers at 10 companies\", \"we interviewed 30 customers\"), a handful \
estimated as a range (\"validate it with 10-15 customers\"), a span of sizes (\"startups \
with 5 to 100 employees\"), the size of a group being put together (\"groups of 3-5 events to \
test together\", \"some combination of 10+ events\"), a share spent on one thing (\"We spend \
80%+ on writing\", \"working on it 20% of his time\"), an example of a kind (\"a reward \
like a $30 voucher\"), an example case (\"For a 50-person engineering team, that's …\", \"A team \
of 50 engineers pays the same price as a team of 5\", \"Say you have …\"), a condition a flow \
checks (\"have they activated 2+ products?\"), a floor on what someone pays (\"the potential to \
pay >$20k\"), a share of the reader's things (\"the 20% of your team who …\"), a bare figure or \
rate with the number of an approved count (\"the same 1M/month free tier\" where \"1 million \
flag requests\" is approved), a count of people in the list of a survey's answers, no more than its introduction says answered \
(\"We conducted a survey and 36 attendees responded\" and \"- 15 people just started learning Julia\"), figures of speech (\"charge you a million dollars\", \"a 10x engineer\", \
\"focused 100% on the business\", \"90% of people already know\"), a poll's answer, hearsay (\"people \
mention discounts of 90%+\"), a goal nobody in the sentence owns (\"a common goal here is 5 happy \
customers\"), the price of a service someone hires (\"outsource this at $5k/month\"), a rate in a \
sentence about candidates, a projection (\"That scales to around 1,850 users\"), the top of a span \
of sizes (\"from your first hire through to 100 people\"), a duration in a paragraph about a \
hackathon; a price, a rate or a payment (\"$9 with the student plan\", \"$2 per million writes\", \
\"donated $212\"), unless the guide approves a price in the same unit (\"$599\"; a price per a period \
the guide approves one for, \"$15/month\" against \"$12/month\", is `conflicting-claim`'s); a figure in a \
conditional clause (\"if our planet were 20x bigger\"), under a negated modal (\"we couldn't ever get \
to 100%\") or after an aim (\"we won't aim for 100% availability\"), a level denied or judged out of reach (\"We \
are not yet at 100%\", \"100% compatibility was probably unrealistic\") or imagined with \"even … would\" (\"even \
failures with a rate of 0.1% would appear often enough\"). Values in \
neutral prose promise nothing and are not reported (\"the default timeout is 300ms\", \
\"returns a 404 error\", \"10 concurrent connections\", \"12 public holidays\", \"the first \
1,000 users\"); \"up to\", \"over\" and \"more than\" alone do not make a claim, since limits \
use them too. Not claims either: specifications in technical units (\"32 GB\", \"240 Hz\", \"1.4 kg\", \
\"8-core\", \"27-inch\"), spelled-out counts of things (\"three options\"; spelled-out numbers \
are claims only with a unit of time, percent, dollars or times), a number followed by a \
function word (\"24/7 via chat\"), model names (\"RTX 4090\", \"Windows 11\"), versions \
(\"v2.3\", \"the 5.1 release\", \"Node 20\"), issue and pull request references (\"#36681\", \
\"[#123](…)\"), numbering (\"#5\", \"1.\", \"sessions #1-3\", \"For #3 and #4\"), \"1-1\" and \"1:1\" meetings, years, dates, times of \
day, phone numbers, and anything in code. A figure its sentence attributes to a third-party \
source (\"according to Gartner\", \"Source:\", \"It is estimated that\", a footnote, a link to another site than one \
named after a brand name, such as `nimbus.app` or `getnimbus.com`) is not reported unless `claims.cited: check`; `claims.check: \
conflicts` reports conflicting figures only. Only the company's own figures are reported \
(`claims.scope: first-party`, the default): the figure's sentence, or the sentence before it in \
its paragraph, says \"we\" or \"our\" outside a quotation or names the company (a brand name \
its benefit statement, phrases, calls to action or approved claims use; every brand name when \
they use none; never a name they only ever set against the company, such as \"MongoDB\" in \"A truly \
Open Source MongoDB alternative\", \"webpack\" in \"85% of the most downloaded webpack \
plugins\" or \"GitHub\" in \"View on GitHub\"), or the figure is set against another listed \
brand (\"2x faster than webpack\"). A tool's price, a worked example or a quoted speaker's \
figure is someone else's (an interview's answers are its speaker's: \"at peak we serve 700k \
requests per minute\"; a percentage or multiple after a verb of improvement there, \"cut \
database size by 45%\", is the result the interview offers and is still checked), so is a figure \
in a sentence's opening \"With …\" phrase whose main clause's subject is another party (\"With \
1,400 employees worldwide, Skyscanner's journey with OpenTelemetry …\"), and so is a figure \
whose clause opens with another party as its subject, in a sentence without \"we\", \"our\" or the company (\"For example, CRA has nearly 3 \
million weekly downloads\"; \"it\" stands for the name its paragraph opens on, \"[Structlog](…) is \
a small library … It currently has over 2.5K stars on GitHub\", where a name after the figure with \
\"on\" says where the count is kept, not whose it is). A count a timing measured (\"loading 10K modules took 8 seconds\") \
or one \"the\" points back at (\"serving the 10K modules\" after the paragraph gave them) is no \
new claim, nor is the setting of a test: the size of what a benchmark ran on (\"By sending 50M \
messages\", \"a dataset with low cardinality of 100 devices\", \"a 1k nodes cluster\", \"while \
scaling from 30k pods to 60k pods\") or the load a result was measured at (\"640k rows/sec at 10 \
million devices\", \"regeneration time on 50k pods\"), the size of a dataset (\"a dataset comprised \
of 2 million vectors\", \"the public 1B SIFT dataset\", \"all 29,3K queries in the dataset\") or the \
share of its data a split gives a set or the writers pick (\"split it into 80% training set\", \
\"we randomly pick about 10% of the vectors\"). A model's size is its specification (\"22M \
parameters\", \"32K contexts\"); a count of the list right below it (\"There are 4 apps:\" and \
four items) counts items; a case worked out with \"would\" (\"72 CPU cores would be 72x that, \
reaching 18,000 queries per second\") or supposed with \"assume\" states nothing; \"B\" on a line \
that sizes in kilobytes is bytes (\"small- (10B) and medium-sized (1KB) documents\"); \"4,8M\" \
(a decimal comma before a multiplier) is 4.8 million. A figure in a clause of \"with\", another party and \
its participle (\"…, with ClickHouse performing closest at 548k rows/sec\") is that party's. A \
goal set or a level pushed towards is no claim (\"we set a clear goal: deliver a 10x performance \
improvement\", \"continue pushing test coverage to 100%\", every figure of \"Our goal was to scale \
to 5k nodes, 20k pods and 10k services\"); \"our goal is $100M ARR\" still is. \
`claims.scope: all`, or `claims: {scope: all}` on a channel such as a sell sheet, reports every \
figure. Guides without a `claims` section do not check claims.",
    why: "Numbers are the claims buyers remember and legal teams check. A figure improvised in \
a sales script (\"45-second setup\", \"2,000 laptops in stock\") is a promise the company never \
agreed to make.",
    guide: "claims:\n  approved: [\"30-day returns\", \"1,500 laptops in stock\"]\n",
    example: "Our laptops set up in 45 seconds, with returns within 30 days.\n",
    fixed: "Our laptops set up in minutes, with returns within 30 days.\n",
};

/// What a claim in the document is, against the guide's approved claims.
pub(super) enum Verdict {
    /// A figure whose unit an approved claim uses, with another number: the approved entry,
    /// and its figure as written there (the span a finding's suggestion replaces).
    Conflicts { entry: String, figure: String },
    /// A figure nobody approved; `cited` when its sentence attributes it to another source.
    Unapproved { cited: bool },
    /// An approved figure stated word for word (no finding; the scorecard counts its uses).
    Approved,
}

/// Every claim in the document's prose that is not approved, with its verdict. Empty when the
/// guide has no `claims` section: it has not taken a position on numbers, and reporting every
/// figure would bury the findings that matter. Worked out once per document: both claim rules
/// read it.
pub(super) fn judged<'c>(ctx: &'c Context) -> &'c [(ClaimMatch, Verdict)] {
    ctx.claims(|| judge(ctx))
}

fn judge(ctx: &Context) -> Vec<(ClaimMatch, Verdict)> {
    let Some(claims) = &ctx.guide.guide.claims else {
        return Vec::new();
    };
    let text = ctx.doc.text;
    let mut out = Vec::new();
    // Prices the guide approves, by unit ("$/month" for "$12/month"): where it states its own
    // prices, every other price in that unit is checked against them.
    let priced = &ctx.guide.approved_price_units;
    // A claim starts with its figure, never with a space or a `>`: one starting outside prose
    // is not prose, so it is not read at all.
    let starts_in_prose = |start: usize| {
        let first = text[start..].chars().next().map_or(0, char::len_utf8);
        ctx.doc.is_prose(start..start + first)
    };
    for found in find_claims_in(text, ctx.doc.prose_regions(), starts_in_prose) {
        let range = found.range.clone();
        if restates_approved(&found, &ctx.guide.approved_claims)
            || !ctx.doc.is_prose(range.clone())
            || after_brand(text, range.start, &ctx.guide.brands)
            || sizes_a_group(text, range.start)
            || share_spent(text, range.start, range.end)
            || (in_identifier(text, range.start, range.end, &ctx.guide.dotted_names)
                && !whole_rate(text, &found))
        {
            continue;
        }
        if ctx.guide.approved_claims.contains(&found.claim) {
            out.push((found, Verdict::Approved));
            continue;
        }
        let verdict = match conflict(ctx, &found) {
            Some(Against::Rounds) => Verdict::Approved,
            // Another party's price is no stale version of the company's: a price conflicts
            // only where it would be reported as the company's figure. Other figures conflict
            // wherever the page states them (a list of the project's numbers names nobody),
            // unless someone else says them: a visitor's comment the post quotes ("> I abused
            // LEFT JOIN to create a query that produces 224,964,999,650,251 rows").
            Some(_)
                if (is_money(&found.claim.unit) || ctx.doc.in_quotation(range.clone()))
                    && someone_elses(ctx, &found) =>
            {
                continue
            }
            // "Our goal was to scale to 5k nodes, 20k pods": aimed at, or a test's setting.
            // "PGXN is the original Postgres extension registry. It distributes ~375
            // extensions": a sentence whose subject is another party states its figure, and so
            // does a link to its page ("Over [150,000 stars](https://github.com/openclaw/…)").
            Some(Against::Conflicts(_))
                if !stated_as_fact(text, &found)
                    || another_partys(ctx, &found)
                    || links_elsewhere(text, range.clone(), &ctx.guide.brands) =>
            {
                continue
            }
            Some(Against::Conflicts(approved)) => Verdict::Conflicts {
                entry: approved.entry.clone(),
                figure: approved.figure.clone(),
            },
            // A value in neutral prose ("the default timeout is 300ms") promises nothing.
            None if !makes_claim(text, &found) => continue,
            // A price, a rate or a payment states no result ("$9 for the student plan",
            // "donated $212"), unless the guide approves prices in its unit.
            None if price_without_result(text, &found) && !priced.contains(&found.claim.unit) => {
                continue
            }
            // Citations matter only when they silence something: reading sentences is the
            // costly part on a long document full of figures.
            None => Verdict::Unapproved {
                cited: claims.check == ClaimsCheck::All
                    && claims.cited == CitedClaims::Skip
                    && is_cited(text, range, &ctx.guide.brands),
            },
        };
        out.push((found, verdict));
    }
    out
}

/// "the same 1M/month free tier" where "1 million flag requests" is approved: a bare figure or
/// rate (no counted noun of its own) with the number of an approved count, or that number
/// rounded ("the 1.4 million number" for "1.43 million rows per second"), says that count again
/// in other words. A figure that counts something names it, and is judged by its own pair.
fn restates_approved(found: &ClaimMatch, approved: &HashSet<Claim>) -> bool {
    let unit = found.claim.unit.as_str();
    let counts = |a: &Claim| {
        !a.unit.is_empty() && !is_money(&a.unit) && !matches!(a.unit.as_str(), "%" | "#" | "x")
    };
    (unit.is_empty() || unit.starts_with('/'))
        && approved.iter().any(|a| {
            counts(a)
                && (a.number == found.claim.number || rounded_from(&found.claim.number, &a.number))
        })
}

/// "Nimbus 2 ships": a number right after a brand name names a product version, even first in
/// a sentence.
fn after_brand(text: &str, start: usize, brands: &[String]) -> bool {
    let head = text[..start].trim_end_matches(' ');
    head.len() < start
        && brands.iter().any(|brand| {
            head.len() >= brand.len()
                && head.is_char_boundary(head.len() - brand.len())
                && head[head.len() - brand.len()..].eq_ignore_ascii_case(brand)
        })
}

/// "$12/month", "10k/month" or "900 users/month" standing alone: its slash makes it look like
/// a path, but it is a price or a rate. A full stop closing the sentence after it ("Plans start
/// at $15/month.") joins nothing; "$15/month.html" is a file.
fn whole_rate(text: &str, found: &ClaimMatch) -> bool {
    let joined = |c: char| c.is_alphanumeric() || "/_.@-".contains(c);
    let unit = &found.claim.unit;
    let end = if (is_money(unit) && unit.contains('/')) || unit.starts_with('/') {
        found.range.end
    } else {
        match slash_period_end(text, found.range.end) {
            Some(end) => end,
            None => return false,
        }
    };
    let after = &text[end..];
    let full_stop = after.trim_start_matches('.').len() < after.len()
        && !after
            .trim_start_matches('.')
            .starts_with(|c: char| c.is_alphanumeric() || "/_@-".contains(c));
    !text[..found.range.start].ends_with(joined) && (full_stop || !after.starts_with(joined))
}

/// Whether a figure is not the company's own under the claims scope of the document's channel:
/// a figure whose sentence neither speaks as the company nor names it (unless it is set against
/// another listed brand: "2x faster than webpack"), or whose clause opens with another party
/// ("Heroku charges $25/month").
fn someone_elses(ctx: &Context, found: &ClaimMatch) -> bool {
    let own = &ctx.guide.own_names;
    let brands = &ctx.guide.brands;
    let text = ctx.doc.text;
    let range = found.range.clone();
    // An interview's answers are the interviewee's words, except the result it reports. Asked
    // only of a "we" already in a quotation: most figures never get here.
    let quoted = |r: Range<usize>| {
        ctx.doc.in_quotation(r.clone())
            && !(states_an_improvement(text, found) && ctx.doc.in_interview_answer(r))
    };
    first_party_scope(ctx)
        && ((!first_party(text, range.clone(), own, quoted)
            && !compared_with_another(text, range.clone(), own, brands))
            || another_partys_figure(text, range, own, brands))
}

/// Whether another party is the subject of the figure's clause, under the first-party scope
/// and a guide that names the company (without its names, any name may be the company's).
fn another_partys(ctx: &Context, found: &ClaimMatch) -> bool {
    let (own, brands) = (&ctx.guide.own_names, &ctx.guide.brands);
    first_party_scope(ctx)
        && !own.is_empty()
        && another_partys_figure(ctx.doc.text, found.range.clone(), own, brands)
}

/// Whether the document's claims are read under the first-party scope: the guide's, or its
/// channel's where that sets one.
fn first_party_scope(ctx: &Context) -> bool {
    ctx.guide.guide.claims.as_ref().is_some_and(|claims| {
        ctx.channel()
            .and_then(|c| ctx.guide.guide.channels.get(&c.name))
            .and_then(|c| c.claims)
            .map_or(claims.scope, |c| c.scope)
            == ClaimsScope::FirstParty
    })
}

/// The approved figures the document states, for the scorecard's claims section.
pub fn approved_uses<'c>(ctx: &'c Context) -> impl Iterator<Item = &'c ClaimMatch> {
    judged(ctx)
        .iter()
        .filter(|(_, verdict)| matches!(verdict, Verdict::Approved))
        .map(|(found, _)| found)
}

/// The claim a claim rule's finding starting at text offset `start` reports.
pub fn claim_at<'c>(ctx: &'c Context, start: usize) -> Option<&'c ClaimMatch> {
    judged(ctx)
        .iter()
        .map(|(found, _)| found)
        .find(|found| found.range.start == start)
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(claims) = &ctx.guide.guide.claims else {
        return;
    };
    let text = ctx.doc.text;
    for (found, verdict) in judged(ctx) {
        // A conflict is `conflicting-claim`'s; `check: conflicts` wants nothing else; a cited
        // figure is someone else's unless the guide checks those too.
        let Verdict::Unapproved { cited } = verdict else {
            continue;
        };
        if claims.check == ClaimsCheck::Conflicts || (*cited && claims.cited == CitedClaims::Skip) {
            continue;
        }
        // A figure the company does not state about itself is someone else's: a tool's price,
        // a worked example, a quoted speaker's. A clause whose own subject is another party
        // ("webpack has about 25 million weekly downloads") holds that party's figure when its
        // sentence names neither "we" nor the company.
        if someone_elses(ctx, found) {
            continue;
        }
        let range = found.range.clone();
        let message = format!(
            "\"{}\" is not an approved claim ({}); add it to `claims.approved` once it is signed off",
            &text[range.clone()],
            found.claim
        );
        out.extend(ctx.finding(ID, range, message, None));
    }
}

#[cfg(test)]
#[path = "unapproved_claim_tests.rs"]
mod tests;
