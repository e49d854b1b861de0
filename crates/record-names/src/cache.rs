//! Names already looked up, per connection, each kept for a short time.
//!
//! The cache holds one connection's names at a time: a lookup for another
//! generation (the operator switched tenant, or reconnected) empties it first.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::{NameLookup, NameOutcome};

/// Which records and which rule a name belongs to: the same id names another
/// record in another resource, and another rule gives another name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Scope(String);

impl Scope {
    pub(crate) fn of(lookup: &NameLookup) -> Scope {
        let rule: Vec<String> = lookup.rule.iter().map(|alt| alt.join("+")).collect();
        Scope(format!("{}|{}", lookup.read.operation().id, rule.join(",")))
    }
}

struct State {
    generation: u32,
    names: HashMap<(Scope, String), (Instant, NameOutcome)>,
}

pub(crate) struct Cache {
    max_age: Duration,
    state: Mutex<State>,
}

impl Cache {
    pub(crate) fn new(max_age: Duration) -> Cache {
        Cache {
            max_age,
            state: Mutex::new(State {
                generation: 0,
                names: HashMap::new(),
            }),
        }
    }

    fn state(&self, generation: u32) -> std::sync::MutexGuard<'_, State> {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if state.generation != generation {
            state.generation = generation;
            state.names.clear();
        }
        state
    }

    /// The fresh names among `ids`, and the ids still to look up.
    pub(crate) fn split(
        &self,
        generation: u32,
        scope: &Scope,
        ids: &[String],
    ) -> (HashMap<String, NameOutcome>, Vec<String>) {
        let mut state = self.state(generation);
        let max_age = self.max_age;
        state.names.retain(|_, (at, _)| at.elapsed() < max_age);
        let mut known = HashMap::new();
        let mut missing = Vec::new();
        for id in ids {
            match state.names.get(&(scope.clone(), id.clone())) {
                Some((_, outcome)) => {
                    known.insert(id.clone(), outcome.clone());
                }
                None => missing.push(id.clone()),
            }
        }
        (known, missing)
    }

    /// Keeps the answers worth keeping (not the failures) of one lookup.
    pub(crate) fn keep(
        &self,
        generation: u32,
        scope: &Scope,
        fetched: &HashMap<String, NameOutcome>,
    ) {
        let mut state = self.state(generation);
        let now = Instant::now();
        for (id, outcome) in fetched.iter().filter(|(_, o)| o.lasting()) {
            state
                .names
                .insert((scope.clone(), id.clone()), (now, outcome.clone()));
        }
    }
}
