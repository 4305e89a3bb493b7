//! Shares of a test's data: what a split gives a set, what the writers pick, a workload's mix
//! of operations. Each sets a test up; nothing came of it yet.

use crate::document::english::neighbours::{around, Neighbour};

/// Whether the percentage at `start..end` is a share of a test's data: what a split gives a set
/// ("we have split it into 80% training set and 20% validation set"), what the writers pick
/// ("We randomly pick about 10% of the vectors from the original dataset") or a workload's mix
/// of operations ("95% reads, 5% writes"). It sets a test up;
/// nothing came of it yet.
pub(super) fn data_share(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = around(text, start, end, 4);
    let split = matches!(after.as_slice(), [kind, set, ..]
        if kind.tight && set.tight && kind.is_one_of(&DATA_SETS) && set.is_one_of(&["set", "sets", "split"]));
    let tight: Vec<&Neighbour> = before.iter().take_while(|w| w.tight).collect();
    let estimate = tight
        .first()
        .is_some_and(|w| w.is_one_of(&["about", "around", "roughly", "approximately"]));
    // "we pick", "we randomly pick": an adverb may stand between (no "-ly" word is a picker).
    let picked = match &tight[usize::from(estimate)..] {
        [verb, adverb, who, ..] if adverb.lower().ends_with("ly") => {
            verb.is_one_of(&PICK_VERBS) && who.is_one_of(&["we", "i"])
        }
        [verb, who, ..] => verb.is_one_of(&PICK_VERBS) && who.is_one_of(&["we", "i"]),
        _ => false,
    };
    let of = after
        .first()
        .is_some_and(|w| w.tight && w.is_one_of(&["of"]));
    // "the \"read mostly\" workload (95% reads, 5% writes)": a benchmark's mix of operations.
    let mix = after
        .first()
        .is_some_and(|w| w.tight && w.is_one_of(&OPERATIONS));
    split || (picked && of) || mix
}

/// Operations a workload mixes, in the plural: "95% reads, 5% writes".
const OPERATIONS: [&str; 7] = [
    "reads", "writes", "inserts", "updates", "deletes", "lookups", "selects",
];

/// The sets a test's data is split into: "80% training set".
const DATA_SETS: [&str; 6] = [
    "training",
    "train",
    "validation",
    "test",
    "evaluation",
    "holdout",
];

/// Verbs of picking part of a test's data, in the present: "we randomly pick about 10% of".
const PICK_VERBS: [&str; 5] = ["pick", "select", "sample", "choose", "take"];
