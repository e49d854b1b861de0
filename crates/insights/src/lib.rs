//! Home's numbers for the connected tenant, computed from its listings.
//!
//! The AMPECO.CHARGE Public API has no statistics endpoints, so every number on
//! Home is counted here: from `meta.total` with `per_page=1` where a listing
//! has page numbers and a filter that selects exactly what is counted, and
//! otherwise by walking the listing page by page (one page in memory at a
//! time, under the tenant's concurrency limit). Day and hour buckets come from
//! the sessions and transactions listings with their date filters.
//!
//! Results are cached per tenant with the time they were computed, and a
//! widget is never computed twice at once. A result always names the tenant it
//! was counted on, and a computation stops as soon as the operator switches to
//! another tenant, so Home never shows one tenant's numbers under another's
//! name. Nothing here knows Tauri; the commands only delegate.

mod answers;
mod attention;
mod cache;
mod charger_status;
mod charging_now;
mod counts;
mod engine;
mod error;
mod listing;
mod over_time;
mod range;
mod records;
mod tenant;
mod view_count;

pub use answers::{
    AttentionAnswer, ChargerStatusAnswer, ChargingNowAnswer, CountsAnswer, EnergyAnswer,
    RevenueAnswer, ViewCountAnswer,
};
pub use attention::{Attention, AttentionGroup, AttentionKind};
pub use cache::Computed;
pub use charger_status::{ChargerStatus, StatusGroup};
pub use charging_now::{ActiveSession, ChargingNow};
pub use counts::{CountKind, CountLine, Counts};
pub use engine::Insights;
pub use error::InsightsError;
pub use over_time::{
    ActivityBucket, CurrencyAmount, EnergyOverTime, RevenueBucket, RevenueOverTime,
};
pub use range::TimeRange;
pub use records::{RecordRef, ResourceKey};
pub use tenant::TenantKey;
pub use view_count::{ViewCount, ViewListing, FIRST_PAGE};
