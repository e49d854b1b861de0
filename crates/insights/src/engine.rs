//! The entry points: one method per widget of Home.
//!
//! Each checks that the connection the window names is the one active, then
//! answers from the cache or counts anew (see [`crate::cache`]).

use std::future::Future;
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

/// Runs `work` on `generation` as the read `request_id`, which the window cancels when Home
/// is left before the answer came; a switch of tenant cancels it too, and says so.
async fn cancellable<T>(
    session: &Session,
    request_id: &str,
    generation: u32,
    work: impl Future<Output = Result<T, InsightsError>>,
) -> Result<T, InsightsError> {
    match session.run_cancellable(request_id, work).await {
        Ok(done) => done,
        Err(cancelled) => {
            Watch::new(session, generation).check()?;
            Err(cancelled.into())
        }
    }
}

impl Insights {
    pub fn new() -> Insights {
        Insights::default()
    }

    /// `widget` on the connection `generation` (the one the window believes is active):
    /// from the cache, or computed by `compute` while the connection lasts, as the read
    /// `request_id`: cancelling it (Home left before its numbers came) stops the walk and
    /// keeps the last result. A request meant for an earlier connection is refused; cached
    /// results outlive a reconnect to the same tenant, because they are kept by tenant, not
    /// by connection.
    async fn widget<'s, T, F, Fut>(
        &self,
        session: &'s Session,
        request_id: &str,
        generation: u32,
        widget: WidgetKey,
        max_age: Duration,
        compute: F,
    ) -> Result<Computed<T>, InsightsError>
    where
        T: Clone + Send + Sync + 'static,
        F: FnOnce(ActiveTenant, Watch<'s>) -> Fut,
        Fut: Future<Output = Result<T, InsightsError>>,
    {
        let work = self.widget_within(session, generation, widget, max_age, compute);
        cancellable(session, request_id, generation, work).await
    }

    /// [`Insights::widget`] inside a call already registered (one widget building on another).
    async fn widget_within<'s, T, F, Fut>(
        &self,
        session: &'s Session,
        generation: u32,
        widget: WidgetKey,
        max_age: Duration,
        compute: F,
    ) -> Result<Computed<T>, InsightsError>
    where
        T: Clone + Send + Sync + 'static,
        F: FnOnce(ActiveTenant, Watch<'s>) -> Fut,
        Fut: Future<Output = Result<T, InsightsError>>,
    {
        let active = session.active().ok_or(InsightsError::NotConnected)?;
        if active.view.generation != generation {
            return Err(InsightsError::TenantChanged);
        }
        let tenant = TenantKey::of(&active.view);
        let watch = Watch::new(session, generation);
        self.cache
            .fresh(&tenant, widget, max_age, compute(active, watch))
            .await
    }

    /// EVSEs by hardware status and charge points by network status.
    pub async fn charger_status(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        max_age: Duration,
    ) -> Result<Computed<ChargerStatus>, InsightsError> {
        let work = self.charger_status_within(session, generation, max_age);
        cancellable(session, request_id, generation, work).await
    }

    async fn charger_status_within(
        &self,
        session: &Session,
        generation: u32,
        max_age: Duration,
    ) -> Result<Computed<ChargerStatus>, InsightsError> {
        let key = WidgetKey::ChargerStatus;
        self.widget_within(session, generation, key, max_age, |active, watch| async move {
            charger_status::charger_status(&active.client, &watch).await
        })
        .await
    }

    /// Sessions in progress and the newest of them.
    pub async fn charging_now(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        max_age: Duration,
    ) -> Result<Computed<ChargingNow>, InsightsError> {
        let key = WidgetKey::ChargingNow;
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move { charging_now::charging_now(&active.client, &watch).await },
        )
        .await
    }

    /// Sessions started and energy delivered per day (per hour for today),
    /// days in `time_zone` (an IANA name such as `Europe/Berlin`).
    pub async fn energy(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        range: TimeRange,
        zone: &str,
        max_age: Duration,
    ) -> Result<Computed<EnergyOverTime>, InsightsError> {
        let key = WidgetKey::Energy(range, zone.to_owned());
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move {
                let cut = buckets(range, &time_zone(zone), jiff::Timestamp::now());
                over_time::energy(&active.client, &watch, cut, range == TimeRange::Today).await
            },
        )
        .await
    }

    /// Revenue of finalized transactions per day (per hour for today) and currency.
    pub async fn revenue(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        range: TimeRange,
        zone: &str,
        max_age: Duration,
    ) -> Result<Computed<RevenueOverTime>, InsightsError> {
        let key = WidgetKey::Revenue(range, zone.to_owned());
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move {
                let cut = buckets(range, &time_zone(zone), jiff::Timestamp::now());
                over_time::revenue(&active.client, &watch, cut, range == TimeRange::Today).await
            },
        )
        .await
    }

    /// What needs the operator's attention.
    pub async fn attention(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        max_age: Duration,
    ) -> Result<Computed<Attention>, InsightsError> {
        let key = WidgetKey::Attention;
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move {
                let shared = max_age.max(SHARED_WALK_MAX_AGE);
                let chargers = self
                    .charger_status_within(session, generation, shared)
                    .await?;
                attention::attention(&active.client, &watch, &chargers.value).await
            },
        )
        .await
    }

    /// Customers, ID tags, active subscriptions and reservations, locations, charge points.
    pub async fn counts(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        max_age: Duration,
    ) -> Result<Computed<Counts>, InsightsError> {
        let key = WidgetKey::Counts;
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move { counts::counts(&active.client, &watch).await },
        )
        .await
    }

    /// How many records a saved view lists (its tile on Home).
    pub async fn view_count(
        &self,
        session: &Session,
        request_id: &str,
        generation: u32,
        listing: &ViewListing,
        max_age: Duration,
    ) -> Result<Computed<ViewCount>, InsightsError> {
        let key = WidgetKey::View(listing.cache_key());
        self.widget(
            session,
            request_id,
            generation,
            key,
            max_age,
            |active, watch| async move {
                view_count::view_count(&active.client, &watch, listing).await
            },
        )
        .await
    }
}
