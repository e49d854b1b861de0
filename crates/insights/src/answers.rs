//! The answers that cross to the window, one named type per widget: the bindings
//! generator names each type it exports, and a generic `Computed<T>` would reach
//! TypeScript with its parameter unresolved.

use serde::Serialize;

use crate::cache::Computed;
use crate::{
    Attention, ChargerStatus, ChargingNow, Counts, EnergyOverTime, RevenueOverTime, TenantKey,
    ViewCount,
};

macro_rules! answer {
    ($(#[$doc:meta])* $name:ident, $value:ty) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            pub tenant: TenantKey,
            /// RFC 3339, UTC: when the counting finished.
            pub computed_at: String,
            pub value: $value,
        }

        impl From<Computed<$value>> for $name {
            fn from(computed: Computed<$value>) -> Self {
                $name {
                    tenant: computed.tenant,
                    computed_at: computed.computed_at,
                    value: computed.value,
                }
            }
        }
    };
}

answer!(
    /// Charger status, as of its time.
    ChargerStatusAnswer,
    ChargerStatus
);
answer!(
    /// Sessions charging now, as of its time.
    ChargingNowAnswer,
    ChargingNow
);
answer!(
    /// Energy and sessions over time, as of its time.
    EnergyAnswer,
    EnergyOverTime
);
answer!(
    /// Revenue over time, as of its time.
    RevenueAnswer,
    RevenueOverTime
);
answer!(
    /// What needs attention, as of its time.
    AttentionAnswer,
    Attention
);
answer!(
    /// The counts, as of its time.
    CountsAnswer,
    Counts
);
answer!(
    /// How many records a saved view lists, as of its time.
    ViewCountAnswer,
    ViewCount
);
