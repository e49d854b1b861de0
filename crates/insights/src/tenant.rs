//! Which tenant a number belongs to.
//!
//! The window names the connection it believes is active (its generation, as
//! every other call to the tenant does), and every result names the tenant it
//! was counted on. A request for a connection that is no longer active is
//! refused, and a computation stops when the connection changes, so one
//! tenant's numbers never reach a screen that shows another. Results are kept
//! by tenant (profile and address), so they outlive a reconnect.

use serde::{Deserialize, Serialize};
use session::{Session, TenantView};

use crate::InsightsError;

/// A tenant as the window knows it: its saved profile (none for the demo
/// network) and its address. A profile moved to another address is another tenant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TenantKey {
    pub profile_id: Option<String>,
    pub tenant_url: String,
}

impl TenantKey {
    pub fn of(view: &TenantView) -> TenantKey {
        TenantKey {
            profile_id: view.profile_id.clone(),
            tenant_url: view.tenant_url.clone(),
        }
    }
}

/// Watches that the connection a computation started on is still the active one.
pub(crate) struct Watch<'a> {
    session: &'a Session,
    generation: u32,
}

impl<'a> Watch<'a> {
    pub(crate) fn new(session: &'a Session, generation: u32) -> Watch<'a> {
        Watch {
            session,
            generation,
        }
    }

    /// `Ok` while the connection is active; [`InsightsError::TenantChanged`] once it is not.
    pub(crate) fn check(&self) -> Result<(), InsightsError> {
        match self.session.active() {
            Some(active) if active.view.generation == self.generation => Ok(()),
            Some(_) => Err(InsightsError::TenantChanged),
            None => Err(InsightsError::NotConnected),
        }
    }
}
