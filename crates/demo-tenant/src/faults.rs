//! Failure modes a real tenant shows, switchable while running: added
//! latency, a share of 503 answers, dropped connections, and a rate limit.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

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
