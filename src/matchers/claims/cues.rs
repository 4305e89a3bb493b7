//! The words around a figure that make it a claim or keep it out: what `makes_claim` reads.

/// Counted nouns of adoption, reach and trust (singular): "2,000 customers", "600 apps".
pub(super) const ADOPTION: &[&str] = &[
    "customer",
    "client",
    "user",
    "team",
    "company",
    "business",
    "organization",
    "organisation",
    "enterprise",
    "brand",
    "developer",
    "engineer",
    "employee",
    "expert",
    "subscriber",
    "creator",
    "merchant",
    "seller",
    "partner",
    "agency",
    "school",
    "student",
    "visitor",
    "people",
    "person",
    "contributor",
    "country",
    "store",
    "download",
    "install",
    "installation",
    "star",
    "review",
    "app",
    "device",
    "update",
    "website",
    "respondent",
];

/// What an improvement measures, or a comparative after a percentage or multiple: "99.9%
/// uptime", "40% faster", "3x more", "20% off".
pub(super) const IMPROVEMENTS: &[&str] = &[
    "uptime",
    "availability",
    "accuracy",
    "satisfaction",
    "retention",
    "roi",
    "saving",
    "savings",
    "growth",
    "increase",
    "reduction",
    "boost",
    "lift",
    "improvement",
    "conversion",
    "conversions",
    "revenue",
    "productivity",
    "off",
    "discount",
    "faster",
    "quicker",
    "cheaper",
    "fewer",
    "less",
    "more",
    "better",
    "higher",
    "lower",
    "smaller",
    "lighter",
];

/// Comparatives that make a count or a duration a claim ("3 fewer steps", "10 minutes
/// faster"); "more" and "less" are left out ("add 2 more fields").
pub(super) const COUNT_COMPARATIVES: &[&str] = &["faster", "quicker", "cheaper", "fewer"];

/// Verbs before a percentage or multiple that make it an improvement: "cut build times by 40%",
/// "the failure rate fell by 90%", "the response rate jumped to 25%".
pub(super) const IMPROVE_VERBS: &[&str] = &[
    "fell",
    "dropped",
    "jumped",
    "rose",
    "climbed",
    "decreased",
    "shrank",
    "halved",
    "went from",
    "went up",
    "went down",
    "cut",
    "cuts",
    "reduce",
    "reduces",
    "reduced",
    "slash",
    "slashes",
    "slashed",
    "boost",
    "boosts",
    "boosted",
    "increase",
    "increases",
    "increased",
    "improve",
    "improves",
    "improved",
    "grow",
    "grows",
    "grew",
    "lower",
    "lowers",
    "lowered",
    "raise",
    "raises",
    "raised",
    "double",
    "doubled",
    "triple",
    "tripled",
];

/// Verbs of a result, in the past tense, that make a duration one: "the time to conversion
/// decreased from two days to under four hours". Instructions use the imperative ("reduce the
/// timeout to 30 seconds"), so present forms are left out.
pub(super) const TIME_RESULTS: &[&str] = &[
    "reduced",
    "decreased",
    "dropped",
    "fell",
    "shrank",
    "halved",
    "slashed",
    "went down",
    "would have taken",
    "used to take",
    "used to spend",
];

/// A percentage of a rate is a measured result: "a 25% response rate", "keep failure rates
/// at 1%".
pub(super) const RATES: &[&str] = &["rate", "rates"];

/// Money someone spends in a story is not a price: "we spent $100/month each", "happy paying
/// $200 MRR for it".
pub(super) const SPENDING: &[&str] = &["spent", "spend", "spending", "paying", "paid"];

/// Words that make a figure a guess or a hypothesis: "maybe 70% of the new features", "we could
/// have saved about 30% of our time", "your monthly churn rate would be 10%".
pub(super) const HEDGES: &[&str] = &[
    "maybe",
    "perhaps",
    "probably",
    "would",
    // "We said we'd be happy with 500 stars": "'d be" is "would be" (words split at "'").
    "d be",
    "could have",
    "might have",
];

/// Words of an expense policy or a spending cap right before an amount: "expenses over $75",
/// "a User Limit of $5,000 per month", "budget of $500". The amount is a rule for spending, not
/// a price.
pub(super) const EXPENSES: &[&str] = &[
    "expense",
    "expenses",
    "limit",
    "budget",
    "allowance",
    "stipend",
    "reimbursed",
    "reimbursement",
    "receipts",
];

/// Words right before an estimated amount that make it a cost of something: "Cost = ~$1,300",
/// "for ~$3,000 in total".
pub(super) const COST_WORDS: &[&str] = &["cost", "costs", "fee", "fees", "for", "price"];

/// Nouns right after an amount that make it a budget: "a $300 monthly budget".
pub(super) const BUDGETS: &[&str] = &["budget", "budgets", "allowance", "stipend"];

/// Words that cap a count: "no more than 6 people", "at most 10 users". A ceiling on people is
/// a rule (a team size, a plan's seats), not the size of a business.
pub(super) const CEILINGS: &[&str] = &[
    "no more than",
    "not more than",
    "at most",
    "maximum of",
    "max",
    "fewer than",
    "less than",
];

/// A count below this is the size of an anecdote when its clause is told in the past ("we had
/// developers at 10 companies", "15 people said they would use it"); from it on, or per period
/// ("150 auctions each year"), it is the size of a business.
pub(super) const SCALE: f64 = 100.0;

/// Words of a story told in the past: with a count below [`SCALE`], an anecdote.
pub(super) const NARRATIVE: &[&str] = &["had", "said", "told", "asked", "was", "were", "wanted"];

/// Verbs of a story or a habit around a duration: "the flow took 6 weeks to build", "we spent 3
/// weeks on it", "the support team spends 2 hours a day on tickets" (time someone spends is no
/// promise).
pub(super) const STORY_TIME: &[&str] = &[
    "took", "spent", "went", "lasted", "spend", "spends", "spending",
];

/// Words before and after a period that make a count a rate: "each year", "per month".
pub(super) const EACH: &[&str] = &["each", "every", "per", "a"];
pub(super) const PERIODS: &[&str] = &["day", "week", "month", "quarter", "year"];

/// Words before any figure that make it a claim: "trusted by 500 agencies". Verbs of saving
/// count for durations and percentages only ("save 3 hours a week"; "PowerShell saves … 32
/// instances" is a setting), as do [`IMPROVE_VERBS`].
pub(super) const TRUST: &[&str] = &[
    "trusted by",
    "loved by",
    "chosen by",
    "relied on by",
    "relied upon by",
];

pub(super) const SAVE_VERBS: &[&str] = &[
    "save", "saves", "saved", "saving", "cut", "cuts", "slash", "slashes", "slashed",
];

/// Words right before a figure that offer it as an example of a kind: "a reward like a $30
/// voucher", "a tool such as a $5 plugin".
pub(super) const EXAMPLE: &[&str] = &["like a", "like an", "such as a", "such as an"];

/// Words right before a figure that pick items rather than count achievements: "the first
/// 1,000 users", "the following 19 people", "the top 10".
pub(super) const SELECTING: &[&str] = &["first", "last", "next", "following", "previous", "top"];

/// Words around a duration that make it a promise: "set up in 45 seconds", "30-day returns",
/// "ships in 2-3 days", "a free 14-day trial".
pub(super) const PROMISES: &[&str] = &[
    "set up",
    "setup",
    "get started",
    "up and running",
    "onboarding",
    "returns",
    "refund",
    "refunds",
    "trial",
    "guarantee",
    "warranty",
    "cover",
    "coverage",
    "delivery",
    "ships",
    "shipping",
    "support",
    "free",
    "money back",
];

/// Words after any figure that make it a claim: "2,000 screens in stock".
pub(super) const CLAIM_AFTER: &[&str] = &["in stock"];

/// The company speaking about itself: with a percentage or a multiple, "we" and "our" make it
/// the company's figure ("with 99% upkeep on our repair bench", "we grew 42%"). Counts are left
/// out: handbooks say "we have 12 public holidays".
pub(super) const FIRST_PERSON: &[&str] = &["we", "our", "us"];

/// Words that make a percentage a rollout setting, not an achievement: "roll the feature out to
/// 5% of users", "a canary with 1% of users".
pub(super) const ROLLOUT: &[&str] = &[
    "roll", "rolled", "rolling", "rollout", "rollouts", "canary", "ramp", "ramped", "expose",
    "exposed", "sample", "sampled", "sampling",
];

/// Words right before a duration that make it a speed promise: "results in just 10 seconds".
/// "In under" and "in less than" are left out: requirements use them ("must return results
/// in less than 20ms").
pub(super) const SPEED: &[&str] = &[
    "in just",
    "in only",
    "in as little as",
    "took just",
    "takes just",
    "took only",
    "takes only",
];

/// Words right before an amount that make it the reader's estimated outlay: "You're looking at
/// $1,000-$10,000 per issue depending on reach". What the reader would pay is not the company's
/// price.
pub(super) const READERS_OUTLAY: &[&str] = &[
    "you re looking at",
    "you are looking at",
    "you ll be looking at",
    "you will be looking at",
];

/// A past action denied before a figure: "We didn't start with a $0 minimum", "we didn't offer
/// $0 minimum". What was not done is told, not claimed.
pub(super) const DENIED_PAST: &[&str] = &["didn t", "did not"];

/// Words right before a figure that compare it, which keep a denied sentence a claim ("we
/// didn't lose more than 0.1% of events").
pub(super) const COMPARERS: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "over",
    "under",
    "below",
    "above",
    "beyond",
];

/// A figure a thing reaches in a condition is a threshold: "Split the team when it hits 6
/// people", "once it reaches 1,000 users". Verbs of reaching, right before the figure...
pub(super) const REACHES: &[&str] = &[
    "hits", "hit", "reaches", "reach", "gets to", "get to", "passes",
];

/// ...and the words that open the condition, earlier in the clause.
pub(super) const CONDITIONS: &[&str] = &["when", "once", "until", "before", "after", "if"];

/// Verbs of running a test: a figure right after one of them and a preposition is the size of
/// what the test ran on ("We measured the loading time for 10K modules", "benchmarked on 1M
/// rows"), its result is the claim.
pub(super) const MEASURING: &[&str] = &[
    "measured",
    "measuring",
    "benchmarked",
    "benchmarking",
    "tested",
    "testing",
    "timed",
    "profiled",
    "profiling",
];

/// Verbs that time what came before them: "loading 10K modules took 8 seconds" times the
/// loading of a test's modules, whose count is the workload.
pub(super) const TIMED_BY: &[&str] = &["took", "takes", "take"];

/// Prepositions that introduce what a test ran on.
pub(super) const WORKLOAD_INTRO: &[&str] = &["for", "with", "on", "over", "against"];

/// Units of a machine-learning model's size: "22M parameters", "a 3B-parameter model",
/// "LLM-powered embeddings with 32K contexts".
pub(super) const MODEL_SIZES: &[&str] = &["parameter", "param", "context"];

/// Nouns of a series whose members are numbered with "#": "in round #15", "step #3". The
/// number labels a member; it ranks nothing.
pub(super) const NUMBERED_SERIES: &[&str] = &[
    "round",
    "step",
    "phase",
    "stage",
    "iteration",
    "run",
    "episode",
    "part",
    "chapter",
    "lesson",
    "item",
    "sprint",
    "week",
    "day",
    "session",
    "test",
    "trial",
    "batch",
];
