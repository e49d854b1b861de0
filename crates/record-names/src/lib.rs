//! Names for references: "Munich Central" for location 12.
//!
//! A record that refers to another holds only its id. The window asks here
//! for the names of the ids one screen shows, one target resource at a time,
//! and gets back each id's name or why it has none (deleted, forbidden, or the
//! tenant failed to answer). Lookups are batched: one listing call with an id
//! filter where the listing has one, otherwise one read per id under the
//! tenant's concurrency limit. Answers are cached per tenant for a short time,
//! and the cache is dropped when the operator switches tenant, so one
//! tenant's names never label another's records.
//!
//! Which fields name a record comes from the generator (the catalog's
//! `nameRule`, refined in the UI overlay) and arrives with each lookup.
//! Nothing here knows Tauri; the command only delegates.

mod cache;
mod export;
mod lookup;
mod naming;

use std::time::Duration;

use ampeco::generated::{ListOperation, ReadOperation};
use serde::{Deserialize, Serialize};
use session::{Session, SessionError};

use crate::cache::Cache;

pub use export::{name_column_heading, ExportNames, NameColumn};
pub use naming::name_of;

/// How long a name is trusted before it is looked up again.
pub const DEFAULT_MAX_AGE: Duration = Duration::from_secs(120);

/// The names wanted for ids of one target resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct NameLookup {
    /// The target's read operation (one record by its id).
    pub read: ReadOperation,
    /// The target's listing, used when it has an id filter.
    pub list: Option<ListOperation>,
    /// The listing's filter taking ids (`id`, `ids`), if it has one.
    pub id_filter: Option<String>,
    /// Alternatives of fields naming a record, tried in order.
    pub rule: Vec<Vec<String>>,
    pub ids: Vec<String>,
}

/// What became of one id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum NameOutcome {
    /// The record exists and is called `name`.
    Named { name: String },
    /// The record exists but none of its naming fields holds any text.
    Unnamed,
    /// The tenant has no such record (deleted, or never existed).
    NotFound { message: String },
    /// The token may not read the record.
    Forbidden { message: String },
    /// The tenant did not answer usefully; asked again next time.
    Failed { message: String },
}

impl NameOutcome {
    /// Whether the answer says something about the record, worth keeping.
    fn lasting(&self) -> bool {
        !matches!(self, NameOutcome::Failed { .. })
    }
}

/// One id and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ResolvedName {
    pub id: String,
    pub outcome: NameOutcome,
}

/// Names of referenced records for every tenant connected in this run.
pub struct Names {
    cache: Cache,
}

impl Default for Names {
    fn default() -> Self {
        Names::new()
    }
}

impl Names {
    pub fn new() -> Names {
        Names::with_max_age(DEFAULT_MAX_AGE)
    }

    /// Names kept for `max_age`.
    pub fn with_max_age(max_age: Duration) -> Names {
        Names {
            cache: Cache::new(max_age),
        }
    }

    /// The names of `lookup.ids` on the connection `generation`, in the order
    /// asked, each id once. Refused with [`SessionError::TenantChanged`] when
    /// another connection is active, also when the switch happens mid-way.
    pub async fn resolve(
        &self,
        session: &Session,
        generation: u32,
        lookup: NameLookup,
    ) -> Result<Vec<ResolvedName>, SessionError> {
        let tenant = connected(session, generation)?;
        let mut ids = lookup.ids.clone();
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));

        let scope = cache::Scope::of(&lookup);
        let (mut known, missing) = self.cache.split(generation, &scope, &ids);
        if !missing.is_empty() {
            let still = || connected(session, generation).map(|_| ());
            let fetched = lookup::fetch(&tenant.client, &lookup, &missing, &still).await?;
            still()?;
            self.cache.keep(generation, &scope, &fetched);
            known.extend(fetched);
        }
        Ok(ids
            .into_iter()
            .map(|id| {
                let outcome = known.remove(&id).unwrap_or_else(|| NameOutcome::Failed {
                    message: "The tenant's answer did not mention this record.".into(),
                });
                ResolvedName { id, outcome }
            })
            .collect())
    }
}

/// The active tenant, if it is the connection `generation`.
fn connected(session: &Session, generation: u32) -> Result<session::ActiveTenant, SessionError> {
    let active = session.active().ok_or(SessionError::NotConnected)?;
    if active.view.generation != generation {
        return Err(SessionError::TenantChanged);
    }
    Ok(active)
}
