//! Which directive covers a finding, in time independent of how many directives there are: a
//! file of thousands of suppression comments must not cost thousands of comparisons for each of
//! its findings.

use super::{Directive, Scope};
use crate::registry::RuleId;
use std::collections::HashMap;

/// For each rule (and `None` for directives naming no rule, which cover every rule), the first
/// directive of each scope; ranges in document order with the furthest line reached so far.
#[derive(Debug, Default)]
pub struct Index {
    file: HashMap<Option<RuleId>, usize>,
    next_line: HashMap<usize, HashMap<Option<RuleId>, usize>>,
    ranges: HashMap<Option<RuleId>, Ranges>,
}

#[derive(Debug, Default)]
struct Ranges {
    /// The line after which each range starts, in document order (so never decreasing).
    starts: Vec<usize>,
    /// `reach[i]`: the last line any of the first `i + 1` ranges covers.
    reach: Vec<usize>,
    ids: Vec<usize>,
}

impl Ranges {
    /// The first range covering `line`: it starts before it, and it is the first whose reach
    /// gets to it.
    fn first_covering(&self, line: usize) -> Option<usize> {
        let started = self.starts.partition_point(|&start| start < line);
        let first = self.reach[..started].partition_point(|&reach| reach < line);
        (first < started).then(|| self.ids[first])
    }
}

impl Index {
    pub fn new(directives: &[Directive]) -> Self {
        let mut index = Index::default();
        for (id, directive) in directives.iter().enumerate() {
            let keys: Vec<Option<RuleId>> = if directive.rules.is_empty() {
                vec![None]
            } else {
                directive.rules.iter().copied().map(Some).collect()
            };
            for key in keys {
                match directive.scope {
                    Scope::File => {
                        index.file.entry(key).or_insert(id);
                    }
                    Scope::NextLine(line) => {
                        let rules = index.next_line.entry(line).or_default();
                        rules.entry(key).or_insert(id);
                    }
                    Scope::Lines(start, end) => {
                        let ranges = index.ranges.entry(key).or_default();
                        let reach = ranges.reach.last().map_or(end, |&r| r.max(end));
                        ranges.starts.push(start);
                        ranges.reach.push(reach);
                        ranges.ids.push(id);
                    }
                }
            }
        }
        index
    }

    /// The first directive, in document order, that covers a finding of `rule` on `line`.
    pub fn covering(&self, rule: RuleId, line: usize) -> Option<usize> {
        [None, Some(rule)]
            .into_iter()
            .flat_map(|key| {
                [
                    self.file.get(&key).copied(),
                    self.next_line
                        .get(&line)
                        .and_then(|rules| rules.get(&key).copied()),
                    self.ranges
                        .get(&key)
                        .and_then(|ranges| ranges.first_covering(line)),
                ]
            })
            .flatten()
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn directive(scope: Scope, rules: &[&str]) -> Directive {
        Directive::new(
            0..0,
            scope,
            rules.iter().filter_map(|r| RuleId::parse(r)).collect(),
        )
    }

    fn scope() -> impl Strategy<Value = Scope> {
        prop_oneof![
            (1usize..30).prop_map(Scope::NextLine),
            (0usize..30, 0usize..30).prop_map(|(start, len)| Scope::Lines(start, start + len)),
            (0usize..30).prop_map(|start| Scope::Lines(start, usize::MAX)),
            Just(Scope::File),
        ]
    }

    proptest! {
        /// The index finds the directive the plain search in document order finds.
        #[test]
        fn agrees_with_the_first_covering_directive(
            mut specs in prop::collection::vec((scope(), 0usize..3), 0..12),
        ) {
            const RULES: [&[&str]; 3] = [&[], &["banned-term"], &["brand-name", "banned-term"]];
            // Ranges come in document order: their start lines never decrease.
            let mut last = 0;
            for (scope, _) in &mut specs {
                if let Scope::Lines(start, end) = *scope {
                    let shift = last.max(start) - start;
                    *scope = Scope::Lines(start + shift, end.saturating_add(shift));
                    last = start + shift;
                }
            }
            let directives: Vec<Directive> = specs
                .into_iter()
                .map(|(scope, rules)| directive(scope, RULES[rules]))
                .collect();
            let index = Index::new(&directives);
            for rule in ["banned-term", "brand-name"] {
                for line in 1..70 {
                    let rule = RuleId::parse(rule).expect("a rule of the registry");
                    let plain = directives.iter().position(|d| d.covers(rule, line));
                    prop_assert_eq!(index.covering(rule, line), plain, "{} on {}", rule, line);
                }
            }
        }
    }
}
