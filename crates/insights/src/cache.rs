//! Results per tenant and widget, with the time they were computed, and one
//! computation at a time per widget.
//!
//! A widget's slot is an async mutex around its last result: a refresh asked
//! while another runs waits for it and takes its result instead of counting
//! again, so a refresh button pressed during an automatic refresh, or two
//! windows of Home, never double the requests sent to the tenant.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::range::TimeRange;
use crate::{InsightsError, TenantKey};

/// A widget's numbers, the tenant they were counted on and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Computed<T> {
    pub tenant: TenantKey,
    /// RFC 3339, UTC: when the counting finished.
    pub computed_at: String,
    pub value: T,
}

/// What is cached: one entry per widget and its choices.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum WidgetKey {
    ChargerStatus,
    ChargingNow,
    Energy(TimeRange, String),
    Revenue(TimeRange, String),
    Attention,
    Counts,
    /// A saved view's tile, by its listing.
    View(String),
}

struct Entry {
    finished: Instant,
    value: Arc<dyn Any + Send + Sync>,
}

type Slot = Arc<tokio::sync::Mutex<Option<Entry>>>;

#[derive(Default)]
pub(crate) struct Cache {
    slots: Mutex<HashMap<(TenantKey, WidgetKey), Slot>>,
}

impl Cache {
    fn slot(&self, tenant: &TenantKey, widget: WidgetKey) -> Slot {
        let mut slots = self
            .slots
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        Arc::clone(slots.entry((tenant.clone(), widget)).or_default())
    }

    /// The cached result of `widget` on `tenant` if it is at most `max_age`
    /// old or was computed while this call waited; otherwise `compute`s it.
    /// A failed computation keeps the previous result for the next call.
    pub(crate) async fn fresh<T, F>(
        &self,
        tenant: &TenantKey,
        widget: WidgetKey,
        max_age: Duration,
        compute: F,
    ) -> Result<Computed<T>, InsightsError>
    where
        T: Clone + Send + Sync + 'static,
        F: Future<Output = Result<T, InsightsError>>,
    {
        let asked = Instant::now();
        let slot = self.slot(tenant, widget);
        let mut entry = slot.lock().await;
        if let Some(cached) = entry.as_ref() {
            let recent = cached.finished.elapsed() <= max_age || cached.finished >= asked;
            if let (true, Some(value)) = (recent, cached.value.downcast_ref::<Computed<T>>()) {
                return Ok(value.clone());
            }
        }
        let value = compute.await?;
        let computed = Computed {
            tenant: tenant.clone(),
            computed_at: jiff::Timestamp::now()
                .round(jiff::Unit::Second)
                .unwrap_or_else(|_| jiff::Timestamp::now())
                .to_string(),
            value,
        };
        *entry = Some(Entry {
            finished: Instant::now(),
            value: Arc::new(computed.clone()),
        });
        Ok(computed)
    }
}
