//! Failure modes a real tenant shows, switchable while running: added
//! latency, a share of 503 answers, dropped connections, a rate limit, and
//! drift: a share of answers rewritten the way real tenants differ from the
//! spec (unknown fields, unknown enum values, numbers sent as strings, nulls
//! where the spec has none, optional fields missing).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What to inject; all off by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FaultSettings {
    /// Added before every answer.
    pub latency_ms: u64,
    /// Share of requests answered 503, 0.0–1.0.
    pub error_rate: f64,
    /// Share of requests whose connection is closed without an answer, 0.0–1.0.
    pub drop_rate: f64,
    /// Requests per second above which the answer is 429; `None` for no limit.
    pub rate_limit: Option<u32>,
    /// Share of successful JSON answers rewritten with drift, 0.0–1.0.
    pub drift_rate: f64,
}

/// What to do with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Serve,
    Unavailable,
    Drop,
    /// 429 with `Retry-After` in whole seconds.
    RateLimited {
        retry_after: u64,
    },
}

struct State {
    settings: FaultSettings,
    rng: ChaCha8Rng,
    window_start: Instant,
    in_window: u32,
}

/// A shared handle: clones change the same running tenant.
#[derive(Clone)]
pub struct Faults {
    state: Arc<Mutex<State>>,
}

impl std::fmt::Debug for Faults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Faults")
            .field("settings", &self.get())
            .finish()
    }
}

impl Faults {
    pub fn new(settings: FaultSettings, seed: u64) -> Faults {
        Faults {
            state: Arc::new(Mutex::new(State {
                settings,
                rng: ChaCha8Rng::seed_from_u64(seed),
                window_start: Instant::now(),
                in_window: 0,
            })),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    pub fn get(&self) -> FaultSettings {
        self.lock().settings
    }

    pub fn set(&self, settings: FaultSettings) {
        let mut state = self.lock();
        state.settings = settings;
        state.in_window = 0;
        state.window_start = Instant::now();
    }

    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.lock().settings.latency_ms)
    }

    /// Decides the fate of one request; counts it against the rate limit.
    pub fn judge(&self) -> Verdict {
        let mut state = self.lock();
        let settings = state.settings;
        if let Some(limit) = settings.rate_limit {
            let elapsed = state.window_start.elapsed();
            if elapsed >= Duration::from_secs(1) {
                state.window_start = Instant::now();
                state.in_window = 0;
            }
            state.in_window += 1;
            if state.in_window > limit {
                return Verdict::RateLimited { retry_after: 1 };
            }
        }
        if settings.drop_rate > 0.0 && state.rng.random_bool(settings.drop_rate.clamp(0.0, 1.0)) {
            return Verdict::Drop;
        }
        if settings.error_rate > 0.0 && state.rng.random_bool(settings.error_rate.clamp(0.0, 1.0)) {
            return Verdict::Unavailable;
        }
        Verdict::Serve
    }

    /// Rewrites a share (`drift_rate`) of answers with drift; true when it did.
    /// Ids and references (`id`, `…Id`, `…Ids`) and the envelope (`data`,
    /// `links`, `meta`) stay as they are, so records still open and pages
    /// still follow.
    pub fn drift(&self, body: &mut Value) -> bool {
        let mut state = self.lock();
        let rate = state.settings.drift_rate.clamp(0.0, 1.0);
        if rate <= 0.0 || !state.rng.random_bool(rate) {
            return false;
        }
        let rng = &mut state.rng;
        match body {
            Value::Object(envelope) if envelope.contains_key("data") => {
                match envelope.get_mut("data") {
                    Some(Value::Array(records)) => {
                        records
                            .iter_mut()
                            .for_each(|record| drift_record(record, rng));
                    }
                    Some(record) => drift_record(record, rng),
                    None => {}
                }
            }
            Value::Array(records) => records
                .iter_mut()
                .for_each(|record| drift_record(record, rng)),
            other => drift_record(other, rng),
        }
        true
    }
}

/// Fields drift never touches: record ids and references, so screens open.
fn is_identity(name: &str) -> bool {
    name == "id" || name.ends_with("Id") || name.ends_with("Ids") || name.ends_with("_id")
}

/// Every record gets an unknown field; each of its other fields drifts with
/// some chance: a number becomes text, a status-like text an unknown value,
/// a value becomes null, or the field goes missing.
fn drift_record(record: &mut Value, rng: &mut ChaCha8Rng) {
    let Value::Object(fields) = record else {
        return;
    };
    fields.insert(
        "driftAddedField".to_owned(),
        serde_json::json!({"note": "a field this version of the spec does not know"}),
    );
    let names: Vec<String> = fields
        .keys()
        .filter(|name| !is_identity(name) && name.as_str() != "driftAddedField")
        .cloned()
        .collect();
    for name in names {
        let roll: f64 = rng.random();
        let Some(value) = fields.get_mut(&name) else {
            continue;
        };
        match value {
            Value::Number(number) if roll < 0.5 => *value = Value::String(number.to_string()),
            Value::String(_) if roll < 0.4 && looks_like_a_choice(&name) => {
                *value = Value::String("valueAddedByTheTenant".to_owned());
            }
            Value::Object(_) if roll < 0.3 => drift_record(value, rng),
            _ if (0.8..0.9).contains(&roll) => *value = Value::Null,
            _ if roll >= 0.9 => {
                fields.remove(&name);
            }
            _ => {}
        }
    }
}

/// Field names that usually hold one of fixed values.
fn looks_like_a_choice(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["status", "type", "mode", "state", "kind", "method"]
        .iter()
        .any(|word| lower.ends_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_lets_n_requests_through_per_second() {
        let faults = Faults::new(
            FaultSettings {
                rate_limit: Some(3),
                ..FaultSettings::default()
            },
            1,
        );
        let verdicts: Vec<Verdict> = (0..5).map(|_| faults.judge()).collect();
        assert_eq!(&verdicts[..3], &[Verdict::Serve; 3]);
        assert_eq!(verdicts[3], Verdict::RateLimited { retry_after: 1 });
    }

    #[test]
    fn drift_rewrites_fields_but_keeps_ids_and_the_envelope() {
        let faults = Faults::new(
            FaultSettings {
                drift_rate: 1.0,
                ..FaultSettings::default()
            },
            7,
        );
        let records: Vec<Value> = (0..50)
            .map(|n| {
                serde_json::json!({"id": n, "locationId": 3, "status": "active", "power": 22,
                                   "name": "CP", "address": {"city": "Sofia", "zip": 1000}})
            })
            .collect();
        let mut body = serde_json::json!({"data": records, "links": {"next": null}});
        assert!(faults.drift(&mut body));
        let data = body["data"].as_array().unwrap();
        for (n, record) in data.iter().enumerate() {
            assert_eq!(record["id"], n, "ids stay");
            assert_eq!(record["locationId"], 3, "references stay");
            assert!(record.get("driftAddedField").is_some(), "an unknown field");
        }
        let count = |test: &dyn Fn(&Value) -> bool| data.iter().filter(|r| test(r)).count();
        assert!(count(&|r| r["power"].is_string()) > 0, "numbers as text");
        assert!(
            count(&|r| r["status"] == "valueAddedByTheTenant") > 0,
            "unknown enum values"
        );
        assert!(count(&|r| r.get("name") == Some(&Value::Null)) > 0, "nulls");
        assert!(count(&|r| r.get("name").is_none()) > 0, "missing fields");
        assert!(body.get("links").is_some());
    }

    #[test]
    fn no_drift_unless_switched_on() {
        let faults = Faults::new(FaultSettings::default(), 7);
        let mut body = serde_json::json!({"data": [{"id": 1, "power": 22}]});
        let before = body.clone();
        assert!(!faults.drift(&mut body));
        assert_eq!(body, before);
    }

    #[test]
    fn certain_faults_always_apply() {
        let faults = Faults::new(
            FaultSettings {
                drop_rate: 1.0,
                ..FaultSettings::default()
            },
            1,
        );
        assert_eq!(faults.judge(), Verdict::Drop);
        faults.set(FaultSettings {
            error_rate: 1.0,
            ..FaultSettings::default()
        });
        assert_eq!(faults.judge(), Verdict::Unavailable);
        faults.set(FaultSettings::default());
        assert_eq!(faults.judge(), Verdict::Serve);
    }
}
