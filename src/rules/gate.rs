//! What happens to a finding between its rule and the report: a suppression comment may silence
//! it, and past `MAX_FINDINGS_PER_FILE` it is only counted. Both are decided as each finding is
//! made, so a file with millions of matches never holds millions of findings.

use crate::registry::RuleId;
use crate::suppress::Suppressions;
use std::collections::BinaryHeap;

#[derive(Debug, Default)]
pub struct Gate {
    pub suppressions: Suppressions,
    /// Sort keys (text offset, rule index) of the findings let through, the last on top: at
    /// most `cap` of them.
    kept: BinaryHeap<(usize, usize)>,
    /// Findings turned away because `cap` earlier ones were kept already.
    pub past_cap: usize,
    /// The text offset of the first of them.
    pub first_past_cap: Option<usize>,
    cap: usize,
}

impl Gate {
    pub fn new(suppressions: Suppressions, cap: usize) -> Self {
        Gate {
            suppressions,
            cap,
            ..Gate::default()
        }
    }

    /// Whether a finding of `rule` at text offset `start`, on `line`, goes on to the report.
    /// A suppressed finding is not counted; one that sorts after `cap` findings already let
    /// through is counted and dropped. Findings let through may still be cut at the end, when
    /// earlier ones arrive later: only the first `cap` in report order are kept.
    pub fn admit(&mut self, rule: RuleId, line: usize, start: usize) -> bool {
        if self.suppressions.suppresses(rule, line) {
            return false;
        }
        let key = (start, rule.index());
        if self.kept.len() >= self.cap && self.kept.peek().is_none_or(|&last| key > last) {
            self.past_cap += 1;
            self.first_past_cap = Some(self.first_past_cap.map_or(start, |f| f.min(start)));
            return false;
        }
        self.kept.push(key);
        if self.kept.len() > self.cap {
            self.kept.pop();
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::banned_term::ID as BANNED;
    use crate::rules::brand_name::ID as BRAND;

    #[test]
    fn keeps_the_first_findings_in_report_order_and_counts_the_rest() {
        let mut gate = Gate::new(Suppressions::default(), 2);
        assert!(gate.admit(BANNED, 1, 50));
        assert!(gate.admit(BANNED, 1, 40));
        // Later than both kept: counted, not kept.
        assert!(!gate.admit(BANNED, 1, 60));
        // Earlier than the last kept: let through (the finding at 50 is cut at the end).
        assert!(gate.admit(BANNED, 1, 10));
        assert!(!gate.admit(BRAND, 1, 40), "same offset, later rule");
        assert!(gate.admit(BANNED, 1, 40), "same key as a kept one");
        assert_eq!((gate.past_cap, gate.first_past_cap), (2, Some(40)));
    }
}
