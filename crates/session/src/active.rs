use std::sync::RwLock;

use ampeco::Client;

use crate::in_flight::InFlight;
use crate::SessionError;

/// The tenant every call goes to until the operator switches.
#[derive(Clone)]
pub struct ActiveTenant {
    /// The profile this connection came from, if any (the demo has none).
    pub profile_id: Option<String>,
    pub client: Client,
}

/// Shared, cheap-to-lock state behind every command.
#[derive(Default)]
pub struct Session {
    active: RwLock<Option<ActiveTenant>>,
    pub(crate) in_flight: InFlight,
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes `tenant` the target of every following call. Calls still running
    /// against the previous tenant are cancelled: their answers would land on
    /// screens that now show another tenant.
    pub fn activate(&self, tenant: ActiveTenant) {
        self.in_flight.cancel_all();
        *self
            .active
            .write()
            .unwrap_or_else(|poison| poison.into_inner()) = Some(tenant);
    }

    pub fn deactivate(&self) {
        self.in_flight.cancel_all();
        *self
            .active
            .write()
            .unwrap_or_else(|poison| poison.into_inner()) = None;
    }

    pub fn active(&self) -> Option<ActiveTenant> {
        self.active
            .read()
            .unwrap_or_else(|poison| poison.into_inner())
            .clone()
    }

    pub(crate) fn client(&self) -> Result<Client, SessionError> {
        self.active()
            .map(|tenant| tenant.client)
            .ok_or(SessionError::NotConnected)
    }
}
