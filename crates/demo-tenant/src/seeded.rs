//! A tenant with its network built: the core resources of [`crate::network`]
//! filled in before the first request. Kept apart from [`crate::tenant`] so the
//! network builder can use the tenant's generators without the tenant module
//! depending on it in turn.

use time::OffsetDateTime;

use crate::tenant::Tenant;

impl Tenant {
    /// The demo tenant for `seed` at `scale`, its network built.
    pub fn new(seed: u64, scale: u64, anchor: OffsetDateTime) -> Tenant {
        let tenant = Tenant::unseeded(seed, scale, anchor, crate::network::sizes(scale.max(1)));
        let network = crate::network::build(&tenant);
        *tenant.lock() = network;
        tenant
    }
}
