use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use activity_log::ActivityLog;

use ampeco::Client;
use credentials::Keychain;

use crate::in_flight::InFlight;
use crate::profiles::ProfileBook;
use crate::views::TenantView;
use crate::SessionError;

/// The tenant every call goes to until the operator switches.
#[derive(Clone)]
pub struct ActiveTenant {
    pub view: TenantView,
    pub client: Client,
}

/// Shared state behind every command.
#[derive(Default)]
pub struct Session {
    active: RwLock<Option<ActiveTenant>>,
    pub(crate) in_flight: InFlight,
    pub(crate) profiles: Option<ProfileBook>,
    /// `Some` once the last active profile was reconnected (or tried) at start.
    pub(crate) restored: Mutex<Option<Option<String>>>,
    pub(crate) activity: Option<Arc<ActivityLog>>,
    /// The embedded demo tenant, once the operator opened it.
    pub(crate) demo: tokio::sync::Mutex<Option<crate::demo::EmbeddedDemo>>,
}

impl Session {
    /// A session without saved profiles (tests, the command-line tool).
    pub fn new() -> Self {
        Self::default()
    }

    /// A session whose profiles live in `config_dir` and whose tokens live in `keychain`.
    pub fn with_profiles(config_dir: &Path, keychain: Keychain) -> Result<Self, SessionError> {
        Ok(Self {
            profiles: Some(ProfileBook::open(config_dir, keychain)?),
            ..Self::default()
        })
    }

    /// Records every change sent from now on in `log`.
    pub fn with_activity_log(mut self, log: ActivityLog) -> Self {
        self.activity = Some(Arc::new(log));
        self
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

    pub(crate) fn profile_book(&self) -> Result<&ProfileBook, SessionError> {
        self.profiles
            .as_ref()
            .ok_or(SessionError::ProfilesUnavailable)
    }
}
