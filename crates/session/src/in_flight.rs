//! The register of calls in flight, by the id the window gave each one, and
//! of the changes already sent.
//!
//! The window gives each form or action dialog one request id per intent,
//! kept across retries of the same submission. A change whose id is running
//! is refused (a double click); so is one whose id already went out and may
//! have been applied (a click after the answer, a retry after a timeout).
//! An id whose change was refused for sure (422, 403, nothing sent) may be
//! sent again once the operator fixed what was wrong.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Mutex;

use tokio_util::sync::CancellationToken;

/// How many sent change ids are remembered; far more than a day of clicks.
const SENT_IDS_KEPT: usize = 10_000;

#[derive(Default)]
pub(crate) struct InFlight {
    calls: Mutex<HashMap<String, Call>>,
    sent: Mutex<SentChanges>,
}

struct Call {
    token: CancellationToken,
    /// A change (not a read): it is let finish when the tenant switches.
    change: bool,
}

#[derive(Default)]
struct SentChanges {
    ids: HashSet<String>,
    order: VecDeque<String>,
}

/// Why a call may not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// A call with this id is running.
    Running,
    /// A change with this id was already sent and may have been applied.
    AlreadySent,
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
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Call>> {
        self.calls
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    fn sent(&self) -> std::sync::MutexGuard<'_, SentChanges> {
        self.sent
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Registers read `id`; `None` when a call with that id is still running.
    pub(crate) fn begin(&self, id: &str) -> Option<InFlightGuard<'_>> {
        self.start(id, false).ok()
    }

    /// Registers change `id`; refused while one with that id runs, or when one
    /// with that id was already sent.
    pub(crate) fn begin_change(&self, id: &str) -> Result<InFlightGuard<'_>, Refusal> {
        if self.sent().ids.contains(id) {
            return Err(Refusal::AlreadySent);
        }
        self.start(id, true)
    }

    fn start(&self, id: &str, change: bool) -> Result<InFlightGuard<'_>, Refusal> {
        let mut calls = self.lock();
        if calls.contains_key(id) {
            return Err(Refusal::Running);
        }
        let token = CancellationToken::new();
        calls.insert(
            id.to_owned(),
            Call {
                token: token.clone(),
                change,
            },
        );
        Ok(InFlightGuard {
            register: self,
            id: id.to_owned(),
            token,
        })
    }

    /// Remembers that change `id` went out and may have been applied.
    pub(crate) fn mark_sent(&self, id: &str) {
        let mut sent = self.sent();
        if sent.ids.insert(id.to_owned()) {
            sent.order.push_back(id.to_owned());
        }
        while sent.order.len() > SENT_IDS_KEPT {
            if let Some(oldest) = sent.order.pop_front() {
                sent.ids.remove(&oldest);
            }
        }
    }

    /// Cancels call `id`; false when no such call is running (already done).
    pub(crate) fn cancel(&self, id: &str) -> bool {
        match self.lock().get(id) {
            Some(call) => {
                call.token.cancel();
                true
            }
            None => false,
        }
    }

    /// Cancels every read (listings, records, exports). Changes run to their
    /// end: the tenant may already be applying them, and their outcome is logged.
    pub(crate) fn cancel_reads(&self) {
        for call in self.lock().values().filter(|call| !call.change) {
            call.token.cancel();
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
    fn a_change_already_sent_is_refused_after_it_ended() {
        let register = InFlight::default();
        let first = register.begin_change("create-user-1").unwrap();
        assert_eq!(
            register.begin_change("create-user-1").err(),
            Some(Refusal::Running)
        );
        register.mark_sent("create-user-1");
        drop(first);
        assert_eq!(
            register.begin_change("create-user-1").err(),
            Some(Refusal::AlreadySent)
        );
        assert!(register.begin_change("create-user-2").is_ok());
    }

    #[test]
    fn a_tenant_switch_cancels_reads_and_lets_changes_finish() {
        let register = InFlight::default();
        let read = register.begin("list").unwrap();
        let change = register.begin_change("reset").unwrap();
        register.cancel_reads();
        assert!(read.token.is_cancelled());
        assert!(!change.token.is_cancelled());
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
