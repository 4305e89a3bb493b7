//! Built-in packs compiled once per process and shared by every guide that extends them: a tree
//! of 2,000 guides that each extend `jargon` and `hype` holds one copy of the packs' entries,
//! inflections and automaton, and each guide only what is its own.

use super::terms::{Target, TermMatcher, TermMatcherBuilder};
use crate::compiled::BuildError;
use crate::guide::packs;
use crate::guide::schema::{Banned, Case};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// One entry of a compiled pack list.
pub struct PackEntry {
    pub pack: &'static str,
    /// Index in its pack's `banned` list.
    pub index: usize,
    pub entry: Arc<Banned>,
    /// The entry's folded forms, for a guide's own entries to override.
    pub forms: Vec<String>,
}

/// The packs of one `extends` list, in its order, with one matcher for all their terms (its
/// targets are `Target::Banned(index in entries)`).
pub struct CompiledPacks {
    pub entries: Vec<PackEntry>,
    pub matcher: Arc<TermMatcher>,
}

impl CompiledPacks {
    /// Has `matcher` (a guide's) search these packs' forms with its DFA once that is built
    /// ([`TermMatcher::join`]): each pack variant takes the banned index its entry has in the
    /// guide (`indices`, by entry), or none when the guide overrides or drops the entry.
    pub fn join(&self, matcher: &mut TermMatcher, indices: &[Option<usize>]) {
        let banned = self
            .matcher
            .variants()
            .iter()
            .map(|variant| match variant.target {
                Target::Banned(entry) => indices
                    .get(entry)
                    .copied()
                    .flatten()
                    .and_then(|i| u32::try_from(i).ok())
                    .unwrap_or(u32::MAX),
                _ => u32::MAX,
            })
            .collect();
        matcher.join(Arc::clone(&self.matcher), banned);
    }
}

type Cache = Mutex<HashMap<Vec<&'static str>, Result<Arc<CompiledPacks>, BuildError>>>;

/// The compiled packs of an `extends` list (names that are no built-in pack are left out:
/// validation reports them). A pack that does not load ([`BuildError::Pack`]: the pack tests
/// make this a bug in `rules/`, never a user's mistake) or terms that do not fit in one
/// automaton are an error, never packs without terms.
pub fn compiled(names: &[String]) -> Result<Arc<CompiledPacks>, BuildError> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let key: Vec<&'static str> = names
        .iter()
        .filter_map(|name| packs::names().find(|n| n == name))
        .collect();
    let cache = CACHE.get_or_init(Cache::default);
    let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
    // Compiled under the lock: threads asking for the same list wait for one compilation.
    cache
        .entry(key)
        .or_insert_with_key(|key| compile(key))
        .clone()
}

fn compile(names: &[&'static str]) -> Result<Arc<CompiledPacks>, BuildError> {
    let mut builder = TermMatcherBuilder::default();
    let mut entries = Vec::new();
    for &name in names {
        let pack = packs::load(name).map_err(|err| BuildError::Pack {
            name,
            reason: err.to_string(),
        })?;
        for (index, entry) in pack.banned.into_iter().enumerate() {
            let mut forms = Vec::new();
            if let Some(term) = &entry.term {
                let expanded = builder.expand(term, entry.exact);
                forms.extend(expanded.iter().map(|(form, _, _)| form.clone()));
                let sensitive = entry.case == Case::Sensitive;
                let target = Target::Banned(entries.len());
                builder.add_term(target, term, sensitive, entry.exact);
            }
            entries.push(PackEntry {
                pack: name,
                index,
                entry: Arc::new(entry),
                forms,
            });
        }
    }
    let matcher = builder.build().map_err(|source| BuildError::Terms {
        what: "built-in packs' terms",
        source,
    })?;
    Ok(Arc::new(CompiledPacks {
        entries,
        matcher: Arc::new(matcher),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pack_list_is_compiled_once_and_shared() {
        let names = |list: &[&str]| list.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let first = compiled(&names(&["jargon", "hype"])).expect("compiles");
        let again = compiled(&names(&["jargon", "hype", "jargn"])).expect("compiles");
        assert!(Arc::ptr_eq(&first, &again));
        let jargon = compiled(&names(&["jargon"])).expect("compiles");
        assert!(jargon.entries.len() < first.entries.len());
        assert!(jargon.entries.iter().all(|e| e.pack == "jargon"));
    }
}
