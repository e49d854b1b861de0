//! The entry points: one method per widget of Home.
//!
//! Each checks that the tenant the window names is the one connected, then
//! answers from the cache or counts anew (see [`crate::cache`]).

use std::time::Duration;

use session::{ActiveTenant, Session};

use crate::cache::{Cache, Computed, WidgetKey};
use crate::range::{buckets, time_zone, TimeRange};
use crate::tenant::Watch;
use crate::{
    attention, charger_status, charging_now, counts, over_time, view_count, Attention,
    ChargerStatus, ChargingNow, Counts, EnergyOverTime, InsightsError, RevenueOverTime, TenantKey,
    ViewCount, ViewListing,
};

/// How old the charger status may be when "needs attention" builds on it:
/// both widgets refresh together, so the second one takes the first's walk.
const SHARED_WALK_MAX_AGE: Duration = Duration::from_secs(30);

/// Home's numbers for every tenant connected in this run, kept in memory.
#[derive(Default)]
pub struct Insights {
    cache: Cache,
}

impl Insights {
    pub fn new() -> Insights {
        Insights::default()
    }

    /// The connected tenant, if it is `tenant`.
    fn connected(session: &Session, tenant: &TenantKey) -> Result<ActiveTenant, InsightsError> {
        let active = session.active().ok_or(InsightsError::NotConnected)?;
        if TenantKey::of(&active.view) != *tenant {
            return Err(InsightsError::TenantChanged);
        }
        Ok(active)
    }

    /// EVSEs by hardware status and charge points by network status.
    pub async fn charger_status(
        &self,
        session: &Session,
        tenant: &TenantKey,
        max_age: Duration,
    ) -> Result<Computed<ChargerStatus>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        self.cache
            .fresh(tenant, WidgetKey::ChargerStatus, max_age, async {
                charger_status::charger_status(&active.client, &watch).await
            })
            .await
    }

    /// Sessions in progress and the newest of them.
    pub async fn charging_now(
        &self,
        session: &Session,
        tenant: &TenantKey,
        max_age: Duration,
    ) -> Result<Computed<ChargingNow>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        self.cache
            .fresh(tenant, WidgetKey::ChargingNow, max_age, async {
                charging_now::charging_now(&active.client, &watch).await
            })
            .await
    }

    /// Sessions started and energy delivered per day (per hour for today),
    /// days in `time_zone` (an IANA name such as `Europe/Berlin`).
    pub async fn energy(
        &self,
        session: &Session,
        tenant: &TenantKey,
        range: TimeRange,
        zone: &str,
        max_age: Duration,
    ) -> Result<Computed<EnergyOverTime>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        let key = WidgetKey::Energy(range, zone.to_owned());
        self.cache
            .fresh(tenant, key, max_age, async {
                let cut = buckets(range, &time_zone(zone), jiff::Timestamp::now());
                over_time::energy(&active.client, &watch, cut, range == TimeRange::Today).await
            })
            .await
    }

    /// Revenue of finalized transactions per day (per hour for today) and currency.
    pub async fn revenue(
        &self,
        session: &Session,
        tenant: &TenantKey,
        range: TimeRange,
        zone: &str,
        max_age: Duration,
    ) -> Result<Computed<RevenueOverTime>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        let key = WidgetKey::Revenue(range, zone.to_owned());
        self.cache
            .fresh(tenant, key, max_age, async {
                let cut = buckets(range, &time_zone(zone), jiff::Timestamp::now());
                over_time::revenue(&active.client, &watch, cut, range == TimeRange::Today).await
            })
            .await
    }

    /// What needs the operator's attention.
    pub async fn attention(
        &self,
        session: &Session,
        tenant: &TenantKey,
        max_age: Duration,
    ) -> Result<Computed<Attention>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        self.cache
            .fresh(tenant, WidgetKey::Attention, max_age, async {
                let shared = max_age.max(SHARED_WALK_MAX_AGE);
                let chargers = self.charger_status(session, tenant, shared).await?;
                attention::attention(&active.client, &watch, &chargers.value).await
            })
            .await
    }

    /// Customers, ID tags, active subscriptions and reservations, locations, charge points.
    pub async fn counts(
        &self,
        session: &Session,
        tenant: &TenantKey,
        max_age: Duration,
    ) -> Result<Computed<Counts>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        self.cache
            .fresh(tenant, WidgetKey::Counts, max_age, async {
                counts::counts(&active.client, &watch).await
            })
            .await
    }

    /// How many records a saved view lists (its tile on Home).
    pub async fn view_count(
        &self,
        session: &Session,
        tenant: &TenantKey,
        listing: &ViewListing,
        max_age: Duration,
    ) -> Result<Computed<ViewCount>, InsightsError> {
        let active = Self::connected(session, tenant)?;
        let watch = Watch::new(session, tenant);
        self.cache
            .fresh(
                tenant,
                WidgetKey::View(listing.cache_key()),
                max_age,
                async { view_count::view_count(&active.client, &watch, listing).await },
            )
            .await
    }
}
