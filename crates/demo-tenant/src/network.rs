//! The core of the demo network, built so that its records refer to each
//! other: locations in a few European cities, charge points with EVSEs and
//! connectors, users in groups with ID tags, tariffs, and the sessions,
//! transactions and invoices that tie them together.
//!
//! Each record starts from a synthesized one (so every declared field is
//! present and typed as the schema says) and is then overlaid with coherent
//! values. An overlay value is only written where the schema declares the
//! field and, for enums, allows the value.

use std::sync::Arc;

use rand::seq::IndexedRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value};
use time::Duration;

use crate::catalog::property;
use crate::clock::format_datetime;
use crate::store::{Collection, IdKey, Store};
use crate::tenant::{Tenant, VARIANTS};
use crate::vocab::{City, CITIES, FIRST_NAMES, HARDWARE, LAST_NAMES, NOUN_WORDS, SITE_KINDS};

/// Seeded sizes of the core top-level collections at `scale`.
pub fn sizes(scale: u64) -> Vec<(&'static str, u64)> {
    vec![
        ("currencies", 4),
        ("taxes", 6),
        ("locations", 12 * scale),
        ("charge-points", 60 * scale),
        ("user-groups", 8),
        ("users", 500 * scale),
        ("id-tags", 600 * scale),
        ("tariffs", 10),
        ("tariff-groups", 5),
        ("partners", 10),
        ("sessions", 3000 * scale),
        ("transactions", 1500 * scale),
        ("invoices", 600 * scale),
        ("subscription-plans", 4),
        ("vouchers", 20),
    ]
}

/// Collections that grow with the scale, stored layered (see [`Collection`]).
const LAYERED: &[&str] = &["users", "id-tags", "sessions", "transactions", "invoices"];

/// How far back the session history reaches, in days before "now".
const HISTORY_DAYS: i64 = 30;
const DAY: i64 = 24 * 3600;
/// One session (and one transaction) in this many has a failed payment.
const FAILED_PAYMENT_EVERY: u64 = 499;

/// Active sessions at start-up, each on its own EVSE.
fn active_sessions(scale: u64) -> u64 {
    3 + 2 * scale
}

/// Writes overlay values into synthesized records of one template.
struct Maker<'t> {
    tenant: &'t Tenant,
    template: &'static str,
    schema: Value,
    variants: Arc<Vec<Value>>,
    id_is_string: bool,
    /// Store only the overlay fields and share the synthesized bodies.
    layered: bool,
}

impl<'t> Maker<'t> {
    fn new(tenant: &'t Tenant, template: &'static str) -> Maker<'t> {
        let spec = tenant.catalog.collections.get(template);
        let schemas = spec.map(|s| s.record_schemas.clone()).unwrap_or_default();
        let mut rng = tenant.rng(&format!("variants {template}"));
        let variants = (0..VARIANTS)
            .map(|_| tenant.synth_merged(&mut rng, template, &schemas))
            .collect();
        let layered = LAYERED.contains(&template);
        Maker {
            tenant,
            template,
            schema: schemas.first().cloned().unwrap_or(Value::Null),
            variants: Arc::new(variants),
            id_is_string: spec.is_some_and(|s| s.id_is_string),
            layered,
        }
    }

    /// Record `id` with `fields` laid over a synthesized body.
    fn make(&self, id: u64, fields: Value) -> Value {
        let mut record = if self.layered {
            json!({})
        } else {
            self.variants[(id as usize) % self.variants.len()].clone()
        };
        let map = record.as_object_mut().expect("records are objects");
        map.insert(
            "id".to_owned(),
            IdKey::Number(id).to_json(self.id_is_string),
        );
        if let Value::Object(fields) = fields {
            for (key, value) in fields {
                if self.fits(&key, &value) {
                    map.insert(key, value);
                }
            }
        }
        record
    }

    fn fits(&self, key: &str, value: &Value) -> bool {
        let Some(declared) = property(&self.schema, key).or_else(|| {
            let schemas = &self
                .tenant
                .catalog
                .collections
                .get(self.template)?
                .record_schemas;
            schemas.iter().find_map(|s| property(s, key))
        }) else {
            return false;
        };
        match declared.get("enum").and_then(Value::as_array) {
            Some(options) => options.contains(value),
            None => true,
        }
    }

    fn collection(&self) -> Collection {
        Collection {
            id_is_string: self.id_is_string,
            bases: self.layered.then(|| Arc::clone(&self.variants)),
            ..Collection::default()
        }
    }
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    items.choose(rng).expect("non-empty list")
}

fn translated(text: &str) -> Value {
    json!([{ "locale": "en", "translation": text }])
}

/// Everything the rest of the build needs to know about one EVSE.
struct EvseFacts {
    id: u64,
    charge_point: u64,
    connector: u64,
    power_kw: f64,
    city: &'static City,
}

pub fn build(tenant: &Tenant) -> Store {
    let mut store = Store::default();
    reference_data(tenant, &mut store);
    let evses = sites(tenant, &mut store);
    let (tags, emails) = people(tenant, &mut store);
    history(tenant, &mut store, &evses, &tags, &emails);
    field_work(tenant, &mut store, &evses);
    store
}

/// A year, in seconds: how far back the generated history reaches.
const YEAR: i64 = 365 * 24 * 3600;

/// Currencies, taxes, tariffs, plans, vouchers and partners.
fn reference_data(tenant: &Tenant, store: &mut Store) {
    let mut rng = tenant.rng("network reference data");
    let size = |name: &str| tenant.sizes.get(name).copied().unwrap_or(0);
    let at = |seconds_ago: i64| format_datetime(tenant.anchor - Duration::seconds(seconds_ago));
    let year = YEAR;

    let currencies = Maker::new(tenant, "currencies");
    let mut collection = currencies.collection();
    for (index, (code, name, numeric)) in [
        ("EUR", "Euro", "978"),
        ("BGN", "Bulgarian Lev", "975"),
        ("DKK", "Danish Krone", "208"),
        ("GBP", "Pound Sterling", "826"),
    ]
    .iter()
    .enumerate()
    {
        collection.put(currencies.make(index as u64 + 1, json!({"name": name, "alphabeticCode": code, "numericCode": numeric, "decimal": 2, "prefix": "", "suffix": code})));
    }
    store.collections.insert("currencies".into(), collection);

    let taxes = Maker::new(tenant, "taxes");
    let mut collection = taxes.collection();
    for (index, (name, percent)) in [
        ("VAT NL 21%", 21),
        ("VAT DE 19%", 19),
        ("VAT AT 20%", 20),
        ("VAT BG 20%", 20),
        ("VAT DK 25%", 25),
        ("VAT FR 20%", 20),
    ]
    .iter()
    .enumerate()
    {
        collection.put(taxes.make(
            index as u64 + 1,
            json!({"name": name, "percentage": percent, "taxRate": percent}),
        ));
    }
    store.collections.insert("taxes".into(), collection);

    for (template, label) in [
        ("tariff-groups", "Tariffs"),
        ("tariffs", "Tariff"),
        ("subscription-plans", "Plan"),
        ("vouchers", "Voucher"),
    ] {
        let maker = Maker::new(tenant, template);
        let mut collection = maker.collection();
        for id in 1..=size(template) {
            let name = format!(
                "{} {label}",
                NOUN_WORDS[(id as usize - 1) % NOUN_WORDS.len()]
            );
            collection.put(maker.make(id, json!({"name": name, "currency": "EUR", "createdAt": at(year - rng.random_range(0..2_592_000)), "lastUpdatedAt": at(rng.random_range(3600..year))})));
        }
        store.collections.insert(template.into(), collection);
    }

    let partners = Maker::new(tenant, "partners");
    let mut collection = partners.collection();
    for id in 1..=size("partners") {
        let city = &CITIES[id as usize % CITIES.len()];
        let name = format!(
            "{} {} {}",
            city.name,
            ["Energy", "Mobility", "Fleet Services", "Parking"][id as usize % 4],
            ["B.V.", "GmbH", "Ltd", "SAS"][id as usize % 4]
        );
        collection.put(partners.make(id, json!({"name": name, "city": city.name, "country": city.country, "email": format!("billing{id}@partner.example.com")})));
    }
    store.collections.insert("partners".into(), collection);
}

/// Locations, charge points, their EVSEs and connectors; returns the EVSEs.
fn sites(tenant: &Tenant, store: &mut Store) -> Vec<EvseFacts> {
    let mut rng = tenant.rng("network sites");
    let size = |name: &str| tenant.sizes.get(name).copied().unwrap_or(0);
    let at = |seconds_ago: i64| format_datetime(tenant.anchor - Duration::seconds(seconds_ago));
    let year = YEAR;

    let locations = Maker::new(tenant, "locations");
    let mut collection = locations.collection();
    let mut location_city = Vec::new();
    for id in 1..=size("locations") {
        let city = &CITIES[(id as usize - 1) % CITIES.len()];
        let site = SITE_KINDS[(id as usize - 1) % SITE_KINDS.len()];
        let street = format!(
            "{} {}",
            pick(&mut rng, city.streets),
            rng.random_range(1..200)
        );
        let lat = city.latitude + rng.random_range(-0.04..0.04);
        let lon = city.longitude + rng.random_range(-0.06..0.06);
        location_city.push(city);
        collection.put(locations.make(
            id,
            json!({
                "name": translated(&format!("{} {site}", city.name)),
                "address": translated(&street),
                "streetAddress": translated(&street),
                "description": translated("Public charging, open around the clock."),
                "city": city.name,
                "country": city.country,
                "postCode": format!("{}{}", city.post_code, rng.random_range(0..9)),
                "region": city.name,
                "timezone": city.timezone,
                "geoposition": {"latitude": (lat * 1e6).round() / 1e6, "longitude": (lon * 1e6).round() / 1e6},
                "status": "enabled",
                "workingHours": opening_hours(id),
                "createdAt": at(year - rng.random_range(0..2_592_000)),
                "lastUpdatedAt": at(rng.random_range(3600..year)),
            }),
        ));
    }
    store.collections.insert("locations".into(), collection);

    let charge_points = Maker::new(tenant, "charge-points");
    let nested_evses = Maker::new(tenant, "charge-points/{}/evses");
    let flat_evses = Maker::new(tenant, "evses");
    let connectors = Maker::new(tenant, "charge-points/{}/evses/{}/connectors");
    let mut cp_collection = charge_points.collection();
    let mut flat_collection = flat_evses.collection();
    let mut evse_facts = Vec::new();
    let (mut evse_id, mut connector_id) = (0u64, 0u64);
    for id in 1..=size("charge-points") {
        let location = rng.random_range(1..=size("locations"));
        let city = location_city[location as usize - 1];
        let hardware = pick(&mut rng, HARDWARE);
        let hardware_status = *pick(
            &mut rng,
            &[
                "available",
                "available",
                "available",
                "available",
                "unavailable",
                "faulted",
            ],
        );
        let network_id = format!("{}-{:04}", &city.name[..3].to_ascii_uppercase(), id);
        let network_status = charge_point_network_status(id);
        cp_collection.put(charge_points.make(id, json!({
            "name": format!("{} {} #{id}", city.name, hardware.model),
            "networkId": network_id,
            "locationId": location,
            "hardwareStatus": hardware_status,
            "networkStatus": network_status,
            "status": "active",
            "type": "public",
            "lastBootNotification": {
                "vendor": hardware.vendor, "model": hardware.model,
                "firmwareVersion": format!("{}.{}.{}", rng.random_range(1..6), rng.random_range(0..10), rng.random_range(0..20)),
                "chargePointSerialNumber": format!("{}{:08}", &hardware.vendor[..2].to_ascii_uppercase(), rng.random_range(0..99_999_999)),
                "chargeBoxSerialNumber": null, "iccid": null, "imsi": null, "meterSerialNumber": null, "meterType": null,
                "lastUpdatedAt": at(rng.random_range(600..86_400)),
            },
            "createdAt": at(year - rng.random_range(0..2_592_000)),
            "lastUpdatedAt": at(rng.random_range(3600..year / 2)),
        })));
        let mut nested = nested_evses.collection();
        for index in 1..=hardware.evses {
            evse_id += 1;
            let status = evse_hardware_status(&mut rng, evse_id);
            let current = if hardware.dc { "dc" } else { "ac" };
            let mut plugs = Vec::new();
            let mut plug_collection = connectors.collection();
            let types: &[&str] = if hardware.dc {
                &["ccs2", "chademo"]
            } else {
                &["type2"]
            };
            for plug in types
                .iter()
                .take(if hardware.dc && index == 1 { 2 } else { 1 })
            {
                connector_id += 1;
                let record = connectors.make(connector_id, json!({"type": plug, "format": if hardware.dc { "cable" } else { "socket" }, "status": "enabled"}));
                plugs.push(record.clone());
                plug_collection.put(record);
            }
            store.collections.insert(
                format!("charge-points/{id}/evses/{evse_id}/connectors"),
                plug_collection,
            );
            let fields = json!({
                "networkId": format!("{network_id}*{index}"),
                "physicalReference": index.to_string(),
                "label": format!("EVSE {index}"),
                "currentType": current,
                "hardwareStatus": status,
                "status": "enabled",
                "chargePointId": id,
                "connectors": plugs,
                "maxPower": hardware.power_kw * 1000.0,
                "createdAt": at(year - rng.random_range(0..2_592_000)),
                "lastUpdatedAt": at(rng.random_range(600..86_400)),
            });
            nested.put(nested_evses.make(evse_id, fields.clone()));
            flat_collection.put(flat_evses.make(evse_id, fields));
            evse_facts.push(EvseFacts {
                id: evse_id,
                charge_point: id,
                connector: connector_id,
                power_kw: hardware.power_kw,
                city,
            });
        }
        if let Some(record) = cp_collection.records.get_mut(&IdKey::Number(id)) {
            if record.get("evses").is_some() {
                record["evses"] = Value::Array(nested.records.values().cloned().collect());
            }
        }
        store
            .collections
            .insert(format!("charge-points/{id}/evses"), nested);
    }
    store
        .collections
        .insert("charge-points".into(), cp_collection);
    store.collections.insert("evses".into(), flat_collection);
    evse_facts
}

/// User groups, users and their ID tags; returns the tags (uid, user) and e-mails.
fn people(tenant: &Tenant, store: &mut Store) -> (Vec<(String, u64)>, Vec<String>) {
    let mut rng = tenant.rng("network people");
    let size = |name: &str| tenant.sizes.get(name).copied().unwrap_or(0);
    let at = |seconds_ago: i64| format_datetime(tenant.anchor - Duration::seconds(seconds_ago));
    let year = YEAR;

    let groups = Maker::new(tenant, "user-groups");
    let mut collection = groups.collection();
    for id in 1..=size("user-groups") {
        let city = &CITIES[(id as usize - 1) % CITIES.len()];
        let kind = ["Residents", "Employees", "Fleet", "Members"][id as usize % 4];
        collection.put(groups.make(
            id,
            json!({"name": format!("{} {kind}", city.name), "createdAt": at(year - rng.random_range(0..2_592_000))}),
        ));
    }
    store.collections.insert("user-groups".into(), collection);

    let users = Maker::new(tenant, "users");
    let mut collection = users.collection();
    let mut user_names = Vec::new();
    for id in 1..=size("users") {
        let city = pick(&mut rng, CITIES);
        let first = *pick(&mut rng, FIRST_NAMES);
        let last = *pick(&mut rng, LAST_NAMES);
        let slug: String = format!("{first}.{last}")
            .chars()
            .filter(|c| c.is_ascii_alphabetic() || *c == '.')
            .collect::<String>()
            .to_ascii_lowercase();
        let email = format!("{slug}.{id}@example.com");
        let created = rng.random_range(86_400..year);
        user_names.push(email.clone());
        collection.put(users.make(id, json!({
            "firstName": first, "lastName": last, "middleName": null,
            "email": email,
            // Most customers confirmed their own address; the others have not yet.
            "emailVerified": if rng.random_bool(0.9) { json!(email) } else { Value::Null },
            "phone": format!("{} {} {:04}", city.phone_prefix, rng.random_range(100..999), rng.random_range(0..9999)),
            "address": format!("{} {}", pick(&mut rng, city.streets), rng.random_range(1..200)),
            "city": city.name, "country": city.country, "state": null,
            "postCode": format!("{}{}", city.post_code, rng.random_range(0..9)),
            "locale": city.locale,
            "balance": (rng.random_range(0.0..150.0f64) * 100.0).round() / 100.0,
            "status": if rng.random_bool(0.95) { "enabled" } else { "disabled" },
            "userGroupIds": [rng.random_range(1..=size("user-groups"))],
            "createdAt": at(created),
            "lastUpdatedAt": at(rng.random_range(600..created)),
        })));
    }
    store.collections.insert("users".into(), collection);

    let tags = Maker::new(tenant, "id-tags");
    let mut collection = tags.collection();
    let mut tag_uids = Vec::new();
    for id in 1..=size("id-tags") {
        let uid = format!("{:08X}", rng.random_range(0..u32::MAX));
        let user = (id - 1) % size("users") + 1;
        tag_uids.push((uid.clone(), user));
        collection.put(tags.make(id, json!({
            "idTagUid": uid, "idLabel": format!("Card {id:05}"), "userId": user, "partnerId": null,
            "status": if rng.random_bool(0.93) { "enabled" } else { "suspended" }, "type": "rfid",
            "createdAt": at(year - rng.random_range(0..2_592_000)), "lastUpdatedAt": at(rng.random_range(600..year)),
        })));
    }
    store.collections.insert("id-tags".into(), collection);
    (tag_uids, user_names)
}

/// Past and active sessions, transactions and invoices.
fn history(
    tenant: &Tenant,
    store: &mut Store,
    evse_facts: &[EvseFacts],
    tags: &[(String, u64)],
    emails: &[String],
) {
    let mut rng = tenant.rng("network history");
    let size = |name: &str| tenant.sizes.get(name).copied().unwrap_or(0);
    let at = |seconds_ago: i64| format_datetime(tenant.anchor - Duration::seconds(seconds_ago));
    let year = YEAR;

    let sessions = Maker::new(tenant, "sessions");
    let mut collection = sessions.collection();
    let total = size("sessions");
    let active_count = active_sessions(tenant.scale);
    let mut starts = session_starts(tenant, total);
    for id in 1..=total + active_count {
        let active = id > total;
        let evse = if active {
            &evse_facts[(id - total - 1) as usize * 7 % evse_facts.len()]
        } else {
            pick(&mut rng, evse_facts)
        };
        let (uid, user) = tags[rng.random_range(0..tags.len())].clone();
        let minutes = rng.random_range(15..240);
        // Older sessions have lower ids, as on a real tenant; a finished one ended
        // before "now".
        let started = if active {
            rng.random_range(300..3_000)
        } else {
            starts
                .next()
                .unwrap_or(HISTORY_DAYS * DAY)
                .max(minutes * 60 + 60)
        };
        let power = (evse.power_kw * rng.random_range(0.35..0.9f64) * 10.0).round() / 10.0;
        let energy = (power * 1000.0 * minutes as f64 / 60.0).round();
        let amount = (energy / 1000.0 * if evse.power_kw > 50.0 { 0.59 } else { 0.39 } * 100.0)
            .round()
            / 100.0;
        let stopped = started - minutes * 60;
        let payment = if active {
            "pending"
        } else if id % FAILED_PAYMENT_EVERY == 13 {
            "failed"
        } else {
            "paid"
        };
        let so_far = (power * 1000.0 * started as f64 / 3600.0).round();
        collection.put(sessions.make(id, json!({
            "chargePointId": evse.charge_point, "evseId": evse.id, "connectorId": evse.connector,
            "userId": user, "idTag": uid, "idTagLabel": format!("Card of user {user}"),
            "status": if active { "active" } else { "finished" },
            "startedAt": at(started),
            "stoppedAt": if active { Value::Null } else { json!(at(stopped)) },
            "lastUpdatedAt": at(if active { 60 } else { stopped.max(60) }),
            "energy": if active { so_far } else { energy },
            "powerKw": if active { power } else { 0.0 },
            "amount": if active { 0.0 } else { amount },
            "currency": evse.city.currency,
            "reason": "standard_stop",
            "paymentStatus": payment,
            "paymentStatusUpdatedAt": if active { Value::Null } else { json!(at(stopped.max(60))) },
            "billingStatus": if active { "pending" } else { "completed" },
            // Nothing of a running session is billed yet; a finished one may have had
            // some free energy, never more than it drew.
            "receiptId": if active { Value::Null } else { json!(id) },
            "totalAmount": if active { Value::Null } else { json!({"withTax": amount, "withoutTax": (amount / 1.2 * 100.0).round() / 100.0}) },
            "nonBillableEnergy": if active || id % 10 != 0 { 0.0 } else { (energy * 0.1).round() },
            "paymentType": "tokenized",
            "socPercent": rng.random_range(20..95),
        })));
        if active {
            set_evse_status(store, evse.charge_point, evse.id, "charging");
        }
    }
    store.collections.insert("sessions".into(), collection);

    let transactions = Maker::new(tenant, "transactions");
    let mut collection = transactions.collection();
    for id in 1..=size("transactions") {
        let session = id * 2;
        let (user, amount, stopped, currency) = store
            .get("sessions", &IdKey::Number(session))
            .map(|s| {
                (
                    s["userId"].clone(),
                    s["amount"].clone(),
                    s["stoppedAt"].clone(),
                    s["currency"].clone(),
                )
            })
            .unwrap_or((json!(1), json!(1.0), json!(at(3600)), json!("EUR")));
        let failed = id % FAILED_PAYMENT_EVERY == 7;
        let email = user
            .as_u64()
            .and_then(|u| emails.get(u as usize - 1))
            .cloned()
            .unwrap_or_default();
        collection.put(transactions.make(id, json!({
            "sessionId": session, "userId": user, "userEmail": email, "totalAmount": amount,
            "currency": currency, "status": if failed { "failed" } else { "finalized" },
            "purchaseResourceType": "session", "purchaseResourceId": session,
            "date": stopped.clone(), "finalizedAt": if failed { Value::Null } else { stopped.clone() },
            "lastUpdatedAt": stopped,
            "ref": format!("TX-{id:07}"),
            "failureReason": if failed { json!("The card was declined.") } else { Value::Null },
            "billingType": "internal",
        })));
    }
    store.collections.insert("transactions".into(), collection);

    let invoices = Maker::new(tenant, "invoices");
    let mut collection = invoices.collection();
    for id in 1..=size("invoices") {
        let subtotal = (rng.random_range(5.0..240.0f64) * 100.0).round() / 100.0;
        let tax = (subtotal * 0.21 * 100.0).round() / 100.0;
        let date = rng.random_range(3600..year);
        collection.put(invoices.make(id, json!({
            "number": format!("INV-{:06}", id), "userId": rng.random_range(1..=size("users")),
            "subtotal": subtotal, "taxAmount": tax, "taxRate": 21, "totalAmount": subtotal + tax,
            "totalEnergy": (subtotal / 0.39 * 1000.0).round() / 1000.0, "type": "invoice", "service": "EV charging",
            "date": at(date), "lastUpdatedAt": at(date - 60), "quantity": 1,
            "downloadUrl": format!("https://demo.plugdesk.example/invoices/INV-{id:06}.pdf"),
        })));
    }
    store.collections.insert("invoices".into(), collection);
}

/// How busy each local hour of the day is, midnight first: quiet at night, a
/// morning peak and a bigger evening one.
const HOUR_WEIGHTS: [u32; 24] = [
    1, 1, 1, 1, 1, 2, 4, 8, 10, 8, 6, 6, 7, 6, 6, 6, 8, 11, 12, 10, 7, 5, 3, 2,
];
/// The demo's cities are on Central European time; the rhythm follows their clocks.
const LOCAL_OFFSET_HOURS: i64 = 1;

/// Seconds before "now" at which the `total` finished sessions started, oldest
/// first: spread over the last [`HISTORY_DAYS`] days, fewer at weekends, with
/// the daily rhythm of [`HOUR_WEIGHTS`].
fn session_starts(tenant: &Tenant, total: u64) -> std::vec::IntoIter<i64> {
    let mut rng = tenant.rng("network session starts");
    let anchor = tenant.anchor;
    let midnight = anchor.replace_time(time::Time::MIDNIGHT);
    let weights: Vec<f64> = (0..HISTORY_DAYS)
        .map(|back| {
            let day = midnight - Duration::days(back);
            let weekend = matches!(
                day.weekday(),
                time::Weekday::Saturday | time::Weekday::Sunday
            );
            (if weekend { 0.7 } else { 1.0 }) * rng.random_range(0.85..1.15)
        })
        .collect();
    let sum: f64 = weights.iter().sum();
    let hour_total: u32 = HOUR_WEIGHTS.iter().sum();
    let mut starts = Vec::with_capacity(total as usize);
    let mut cumulative = 0.0;
    let mut placed = 0u64;
    for (back, weight) in weights.iter().enumerate() {
        cumulative += weight;
        let until = ((total as f64) * cumulative / sum).round() as u64;
        for _ in placed..until {
            let mut pick_hour = rng.random_range(0..hour_total);
            let hour = HOUR_WEIGHTS
                .iter()
                .position(|weight| {
                    let inside = pick_hour < *weight;
                    pick_hour = pick_hour.saturating_sub(*weight);
                    inside
                })
                .unwrap_or(12) as i64;
            let second_of_day = (hour - LOCAL_OFFSET_HOURS) * 3600 + rng.random_range(0..3600);
            let mut start =
                midnight - Duration::days(back as i64) + Duration::seconds(second_of_day);
            if start > anchor - Duration::minutes(15) {
                start -= Duration::days(1);
            }
            starts.push((anchor - start).whole_seconds());
        }
        placed = until;
    }
    starts.sort_unstable_by(|a, b| b.cmp(a));
    starts.into_iter()
}

/// Mostly online; a few charge points temporarily or long-term offline, one never connected.
fn charge_point_network_status(id: u64) -> &'static str {
    if id % 17 == 4 {
        "temporarily_unavailable"
    } else if id % 29 == 11 {
        "long-term_unavailable"
    } else if id % 41 == 20 {
        "never_connected"
    } else {
        "available"
    }
}

/// The states of a working day, weighted by repetition.
const EVSE_WORKING_STATES: &[&str] = &[
    "available",
    "available",
    "available",
    "available",
    "available",
    "available",
    "available",
    "preparing",
    "suspendedEV",
    "suspendedEVSE",
    "finishing",
    "reserved",
];

/// Mostly available, some in the other states of a working day, and a few faulted
/// or unavailable at fixed places, so every seed has some.
fn evse_hardware_status(rng: &mut ChaCha8Rng, evse: u64) -> &'static str {
    if evse % 29 == 3 {
        return "faulted";
    }
    if evse % 23 == 7 {
        return "unavailable";
    }
    let state: &&'static str = pick(rng, EVSE_WORKING_STATES);
    state
}

/// Downtime periods (one still open), booking requests (one pending) and
/// installer jobs (a couple new): the things an operator looks into first.
fn field_work(tenant: &Tenant, store: &mut Store, evse_facts: &[EvseFacts]) {
    let mut rng = tenant.rng("network field work");
    let size = |name: &str| tenant.sizes.get(name).copied().unwrap_or(0);
    let at = |seconds_ago: i64| format_datetime(tenant.anchor - Duration::seconds(seconds_ago));
    let charge_points = size("charge-points").max(1);

    for template in ["charge-point-downtime-periods", "evse-downtime-periods"] {
        let count = size(template);
        let mut collection = tenant.generate(template, template, count);
        for (key, own) in collection.records.iter_mut() {
            let IdKey::Number(id) = key else { continue };
            let evse = &evse_facts[rng.random_range(0..evse_facts.len())];
            let open = template == "charge-point-downtime-periods" && *id == count;
            let started = if open {
                5 * 3600
            } else {
                rng.random_range(2 * DAY..60 * DAY)
            };
            let ended = started - rng.random_range(3600..DAY);
            own["startedAt"] = json!(at(started));
            own["endedAt"] = if open { Value::Null } else { json!(at(ended)) };
            own["chargePointId"] = json!(if template == "evse-downtime-periods" {
                evse.charge_point
            } else {
                rng.random_range(1..=charge_points)
            });
            if template == "evse-downtime-periods" {
                own["evseId"] = json!(evse.id);
            }
        }
        store.collections.insert(template.into(), collection);
    }

    let count = size("booking-requests");
    let mut collection = tenant.generate("booking-requests", "booking-requests", count);
    for (key, own) in collection.records.iter_mut() {
        let IdKey::Number(id) = key else { continue };
        let status = if *id == count {
            "pending"
        } else if id % 3 == 0 {
            "rejected"
        } else {
            "approved"
        };
        let created = (count + 1 - id) as i64 * 7 * 3600;
        own["status"] = json!(status);
        own["createdAt"] = json!(at(created));
        own["lastUpdatedAt"] = json!(at(created));
    }
    store
        .collections
        .insert("booking-requests".into(), collection);

    let count = size("installer-jobs");
    let mut collection = tenant.generate("installer-jobs", "installer-jobs", count);
    for (key, own) in collection.records.iter_mut() {
        let IdKey::Number(id) = key else { continue };
        let status = match id % 6 {
            0 => "new",
            1 | 2 => "completed",
            3 => "failed",
            _ => "in_progress",
        };
        let created = (count + 1 - id) as i64 * 11 * 3600;
        own["status"] = json!(status);
        own["createdAt"] = json!(at(created));
        own["lastUpdatedAt"] = json!(at(created));
    }
    store
        .collections
        .insert("installer-jobs".into(), collection);
}

/// Most sites are open around the clock; every third keeps shop hours.
fn opening_hours(location: u64) -> Value {
    if !location.is_multiple_of(3) {
        return json!({"alwaysOpenForUserGroupIds": [], "hours": null, "isAlwaysOpen": true, "stopSessionOutsideWorkingHours": null});
    }
    let weekday = json!([{"start": "07:00", "end": "22:00"}]);
    let weekend = json!([{"start": "09:00", "end": "18:00"}]);
    json!({
        "alwaysOpenForUserGroupIds": [1],
        "isAlwaysOpen": false,
        "stopSessionOutsideWorkingHours": false,
        "hours": {
            "monday": weekday, "tuesday": weekday, "wednesday": weekday, "thursday": weekday,
            "friday": weekday, "saturday": weekend, "sunday": weekend,
        },
    })
}

/// The parts of a synthesized singleton the story depends on: the settings name the first
/// currency (EUR, seeded above) as the tenant's base currency, the one a user's balance is in.
pub fn story_singleton(read: &ampeco::operation::Operation, record: &mut Value) {
    if read.id == "settingsListing" {
        if let Some(base) = record.pointer_mut("/baseCurrency/id") {
            *base = json!(1);
        }
    }
}

/// Sets an EVSE's `hardwareStatus` in both the per-charge-point and the flat listing.
pub fn set_evse_status(store: &mut Store, charge_point: u64, evse: u64, status: &str) {
    let keys = [
        format!("charge-points/{charge_point}/evses"),
        "evses".to_owned(),
    ];
    for key in keys {
        if let Some(record) = store.get_mut(&key, &IdKey::Number(evse)) {
            if record.get("hardwareStatus").is_some() {
                record["hardwareStatus"] = json!(status);
            }
        }
    }
}
