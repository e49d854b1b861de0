//! Which tenant a number belongs to.
//!
//! The window names the tenant it believes is connected with every request,
//! and every result names the tenant it was counted on. A request for a tenant
//! that is no longer the connected one is refused, and a computation stops when
//! the connected tenant changes, so one tenant's numbers never reach a screen
//! that shows another.

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

/// Watches that the tenant a computation started on is still the connected one.
pub(crate) struct Watch<'a> {
    session: &'a Session,
    tenant: &'a TenantKey,
}

impl<'a> Watch<'a> {
    pub(crate) fn new(session: &'a Session, tenant: &'a TenantKey) -> Watch<'a> {
        Watch { session, tenant }
    }

    /// `Ok` while `tenant` is connected; [`InsightsError::TenantChanged`] once it is not.
    pub(crate) fn check(&self) -> Result<(), InsightsError> {
        match self.session.active() {
            Some(active) if TenantKey::of(&active.view) == *self.tenant => Ok(()),
            Some(_) => Err(InsightsError::TenantChanged),
            None => Err(InsightsError::NotConnected),
        }
    }
}
