use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use activity_log::ActivityLog;
use saved_views::SavedViews;

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
    /// Done once that reconnection has ended, however it ended.
    pub(crate) restore_once: tokio::sync::OnceCell<()>,
    pub(crate) activity: Option<Arc<ActivityLog>>,
    pub(crate) saved_views: Option<Arc<SavedViews>>,
    /// The embedded demo tenant, once the operator opened it.
    pub(crate) demo: tokio::sync::Mutex<Option<crate::demo::EmbeddedDemo>>,
    /// Counts connections: every switch (or disconnect) makes a new generation.
    generation: AtomicU32,
    /// The records Load all brought, kept for the window (see `row_store`).
    pub(crate) rows: crate::RowStore,
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

    /// Keeps the operator's saved views in `views`, per profile.
    pub fn with_saved_views(mut self, views: SavedViews) -> Self {
        self.saved_views = Some(Arc::new(views));
        self
    }

    /// Makes `tenant` the target of every following call. Reads still running
    /// against the previous tenant are cancelled: their answers would land on
    /// screens that now show another tenant. Changes run to their end on the
    /// tenant they were sent to, and their outcome is logged: cancelling them
    /// would only hide whether the tenant applied them.
    pub fn activate(&self, mut tenant: ActiveTenant) {
        let mut active = self
            .active
            .write()
            .unwrap_or_else(|poison| poison.into_inner());
        tenant.view.generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        *active = Some(tenant);
        drop(active);
        self.in_flight.cancel_reads();
    }

    /// Shows the active tenant under a new name and colour, without
    /// reconnecting: nothing running on it is touched.
    pub(crate) fn relabel_active(&self, name: &str, color: &str) {
        let mut active = self
            .active
            .write()
            .unwrap_or_else(|poison| poison.into_inner());
        if let Some(tenant) = active.as_mut() {
            tenant.view.name = name.to_owned();
            tenant.view.color = color.to_owned();
        }
    }

    pub fn deactivate(&self) {
        let mut active = self
            .active
            .write()
            .unwrap_or_else(|poison| poison.into_inner());
        self.generation.fetch_add(1, Ordering::SeqCst);
        *active = None;
        drop(active);
        self.in_flight.cancel_reads();
    }

    /// The active tenant, when it is the connection `expected` names (any
    /// connection when `None`). A window that has not yet seen a switch sends
    /// the generation it knew: its call is refused instead of reaching the
    /// tenant the operator just switched to.
    pub(crate) fn active_as_expected(
        &self,
        expected: Option<u32>,
    ) -> Result<ActiveTenant, SessionError> {
        let tenant = self.active().ok_or(SessionError::NotConnected)?;
        match expected {
            Some(generation) if generation != tenant.view.generation => {
                Err(SessionError::TenantChanged)
            }
            _ => Ok(tenant),
        }
    }

    /// Calls made for the connection `generation`, as the window knows it.
    pub fn on_tenant(&self, generation: u32) -> TenantCalls<'_> {
        TenantCalls {
            session: self,
            generation,
        }
    }

    /// The records Load all kept for the window, by listing.
    pub fn rows(&self) -> &crate::RowStore {
        &self.rows
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

/// A session's calls checked against the connection the window believes is
/// active; see [`Session::on_tenant`].
pub struct TenantCalls<'a> {
    pub(crate) session: &'a Session,
    pub(crate) generation: u32,
}
