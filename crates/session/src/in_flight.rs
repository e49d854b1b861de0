//! The register of calls in flight, by the id the window gave each one.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio_util::sync::CancellationToken;

#[derive(Default)]
pub(crate) struct InFlight {
    calls: Mutex<HashMap<String, CancellationToken>>,
}

/// Removes its entry from the register when the call ends, however it ends.
pub(crate) struct InFlightGuard<'a> {
    register: &'a InFlight,
    id: String,
    pub(crate) token: CancellationToken,
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        self.register.lock().remove(&self.id);
    }
}

impl InFlight {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, CancellationToken>> {
        self.calls
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Registers call `id`; `None` when a call with that id is still running,
    /// which is how a second click on the same button is refused.
    pub(crate) fn begin(&self, id: &str) -> Option<InFlightGuard<'_>> {
        let mut calls = self.lock();
        if calls.contains_key(id) {
            return None;
        }
        let token = CancellationToken::new();
        calls.insert(id.to_owned(), token.clone());
        Some(InFlightGuard {
            register: self,
            id: id.to_owned(),
            token,
        })
    }

    /// Cancels call `id`; false when no such call is running (already done).
    pub(crate) fn cancel(&self, id: &str) -> bool {
        match self.lock().get(id) {
            Some(token) => {
                token.cancel();
                true
            }
            None => false,
        }
    }

    pub(crate) fn cancel_all(&self) {
        for token in self.lock().values() {
            token.cancel();
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_call_with_the_same_id_is_refused_until_the_first_ends() {
        let register = InFlight::default();
        let first = register.begin("save-user").expect("first call starts");
        assert!(register.begin("save-user").is_none());
        drop(first);
        assert!(register.begin("save-user").is_some());
    }

    #[test]
    fn cancel_reaches_the_running_call_and_ended_calls_leave_the_register() {
        let register = InFlight::default();
        let call = register.begin("list").unwrap();
        assert!(register.cancel("list"));
        assert!(call.token.is_cancelled());
        drop(call);
        assert_eq!(register.len(), 0);
        assert!(!register.cancel("list"));
    }
}
