//! When a failed attempt is tried again, and after how long.
//!
//! Reads (GET) are retried on network errors, timeouts, 429 and 502/503/504:
//! sending them twice changes nothing. Writes are never resent after a network
//! error or a timeout — the tenant may have applied them already — nor after a
//! 5xx. The one exception is 429: the tenant refused the request before
//! processing it, so sending it again cannot apply it twice.

use std::time::{Duration, SystemTime};

use crate::operation::Method;

/// What went wrong with one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptFailure {
    /// The connection could not be made or broke.
    Network,
    /// No complete answer within the request timeout.
    Timeout,
    /// The tenant answered with this error status.
    Status {
        status: u16,
        /// The parsed `Retry-After` header, when present.
        retry_after: Option<Duration>,
    },
}

/// Bounds and pacing of retries; a small value type, cheap to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first included; 1 disables retrying.
    pub max_attempts: u32,
    /// Backoff before the first retry; doubled for each later one.
    pub initial_backoff: Duration,
    /// Ceiling of one backoff pause.
    pub max_backoff: Duration,
    /// The longest `Retry-After` we wait for; a longer one is handed to the
    /// operator as a rate-limit error rather than freezing the screen.
    pub max_retry_after: Duration,
    /// The most time spent pausing across all retries of one call.
    pub max_total_wait: Duration,
    /// No retry starts once this much time has passed since the call began,
    /// attempts included: a slow tenant cannot keep a screen waiting for
    /// attempts × request timeout.
    pub deadline: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(4),
            max_retry_after: Duration::from_secs(30),
            max_total_wait: Duration::from_secs(45),
            deadline: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn never() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Whether a failure of this kind may be retried for `method` at all.
    pub fn is_retryable(method: Method, failure: AttemptFailure) -> bool {
        match failure {
            AttemptFailure::Status { status: 429, .. } => true,
            _ if !method.is_read() => false,
            AttemptFailure::Network | AttemptFailure::Timeout => true,
            AttemptFailure::Status { status, .. } => matches!(status, 502..=504),
        }
    }

    /// The pause before the next attempt, or `None` to give up and report
    /// `failure`. `attempts_made` counts attempts so far (1 after the first);
    /// `waited` is the time already spent pausing for this call.
    pub fn next_delay(
        &self,
        method: Method,
        failure: AttemptFailure,
        attempts_made: u32,
        waited: Duration,
    ) -> Option<Duration> {
        if attempts_made >= self.max_attempts || !Self::is_retryable(method, failure) {
            return None;
        }
        let delay = match failure {
            AttemptFailure::Status {
                retry_after: Some(asked),
                ..
            } => {
                if asked > self.max_retry_after {
                    return None;
                }
                asked
            }
            _ => self.backoff(attempts_made),
        };
        (waited + delay <= self.max_total_wait).then_some(delay)
    }

    /// Exponential backoff with "equal jitter": half fixed, half random, so
    /// many clients that failed together do not retry together.
    fn backoff(&self, attempts_made: u32) -> Duration {
        let doublings = attempts_made.saturating_sub(1).min(16);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1 << doublings)
            .min(self.max_backoff);
        let half = ceiling / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// Reads a `Retry-After` header: delay seconds, or an HTTP date relative to `now`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NETWORK: AttemptFailure = AttemptFailure::Network;
    const TIMEOUT: AttemptFailure = AttemptFailure::Timeout;

    fn status(status: u16) -> AttemptFailure {
        AttemptFailure::Status {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn reads_retry_on_transient_failures_only() {
        for failure in [
            NETWORK,
            TIMEOUT,
            status(429),
            status(502),
            status(503),
            status(504),
        ] {
            assert!(
                RetryPolicy::is_retryable(Method::Get, failure),
                "{failure:?}"
            );
        }
        for failure in [
            status(500),
            status(501),
            status(400),
            status(401),
            status(404),
            status(422),
        ] {
            assert!(
                !RetryPolicy::is_retryable(Method::Get, failure),
                "{failure:?}"
            );
        }
    }

    #[test]
    fn writes_retry_only_after_429() {
        for method in [Method::Post, Method::Put, Method::Patch, Method::Delete] {
            for failure in [
                NETWORK,
                TIMEOUT,
                status(500),
                status(502),
                status(503),
                status(504),
            ] {
                assert!(
                    !RetryPolicy::is_retryable(method, failure),
                    "{method:?} {failure:?}"
                );
            }
            assert!(RetryPolicy::is_retryable(method, status(429)));
        }
    }

    #[test]
    fn attempts_are_bounded() {
        let policy = RetryPolicy::default();
        for attempts in 1..4 {
            assert!(policy
                .next_delay(Method::Get, NETWORK, attempts, Duration::ZERO)
                .is_some());
        }
        assert_eq!(
            policy.next_delay(Method::Get, NETWORK, 4, Duration::ZERO),
            None
        );
        assert_eq!(
            RetryPolicy::never().next_delay(Method::Get, NETWORK, 1, Duration::ZERO),
            None
        );
    }

    #[test]
    fn backoff_grows_exponentially_with_jitter_and_a_ceiling() {
        let policy = RetryPolicy {
            max_attempts: 20,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(1000),
            max_total_wait: Duration::from_secs(3600),
            ..RetryPolicy::default()
        };
        let expected_ceilings = [100, 200, 400, 800, 1000, 1000];
        for (index, ceiling) in expected_ceilings.into_iter().enumerate() {
            let ceiling = Duration::from_millis(ceiling);
            for _ in 0..50 {
                let delay = policy
                    .next_delay(Method::Get, status(503), index as u32 + 1, Duration::ZERO)
                    .unwrap();
                assert!(
                    delay >= ceiling / 2 && delay <= ceiling,
                    "{delay:?} vs {ceiling:?}"
                );
            }
        }
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let asked = |secs| AttemptFailure::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(secs)),
        };
        assert_eq!(
            policy.next_delay(Method::Post, asked(2), 1, Duration::ZERO),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            policy.next_delay(Method::Get, asked(31), 1, Duration::ZERO),
            None
        );
    }

    #[test]
    fn total_wait_is_bounded() {
        let policy = RetryPolicy::default();
        let asked = AttemptFailure::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(10)),
        };
        assert!(policy
            .next_delay(Method::Get, asked, 1, Duration::from_secs(35))
            .is_some());
        assert_eq!(
            policy.next_delay(Method::Get, asked, 2, Duration::from_secs(36)),
            None
        );
    }

    #[test]
    fn parses_retry_after_as_seconds_or_http_date() {
        let now = httpdate::parse_http_date("Sat, 28 Nov 2026 17:00:00 GMT").unwrap();
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Sat, 28 Nov 2026 17:00:05 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_retry_after("Sat, 28 Nov 2026 16:59:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }
}
