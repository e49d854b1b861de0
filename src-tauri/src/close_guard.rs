//! Closing the window while work is in flight asks first.
//!
//! Closing the window ends the app, and with it an export still writing its file (which is
//! then removed, unfinished) or a change on its way to the tenant (whose outcome the operator
//! would then never see). Exports and write commands hold a [`Working`] token while they run;
//! when the operator closes the window with any of them in flight, the close is held back and
//! the window is told, so it can ask. An answer of "close anyway" confirms and closes.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Mutex;

use serde::Serialize;

/// What is still running when the operator asks to close the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WorkInFlight {
    pub exports: u32,
    pub changes: u32,
}

impl WorkInFlight {
    pub fn is_idle(&self) -> bool {
        self.exports == 0 && self.changes == 0
    }
}

#[derive(Debug, Clone, Copy)]
pub enum WorkKind {
    Export,
    /// A create, update, delete or action sent to the tenant.
    Change,
}

/// Tells the window that a close was held back; false when the window no longer listens.
type Watcher = Box<dyn Fn(WorkInFlight) -> bool + Send + Sync>;

#[derive(Default)]
pub struct CloseGuard {
    exports: AtomicU32,
    changes: AtomicU32,
    confirmed: AtomicBool,
    watcher: Mutex<Option<Watcher>>,
}

/// Counts one piece of work as in flight until it is dropped (also when the work fails).
pub struct Working<'a> {
    counter: &'a AtomicU32,
}

impl Drop for Working<'_> {
    fn drop(&mut self) {
        self.counter.fetch_sub(1, Ordering::SeqCst);
    }
}

impl CloseGuard {
    pub fn begin(&self, kind: WorkKind) -> Working<'_> {
        let counter = match kind {
            WorkKind::Export => &self.exports,
            WorkKind::Change => &self.changes,
        };
        counter.fetch_add(1, Ordering::SeqCst);
        Working { counter }
    }

    pub fn in_flight(&self) -> WorkInFlight {
        WorkInFlight {
            exports: self.exports.load(Ordering::SeqCst),
            changes: self.changes.load(Ordering::SeqCst),
        }
    }

    /// The window asks to be told when a close is held back; a later call replaces an
    /// earlier one (the page was reloaded).
    pub fn watch(&self, watcher: impl Fn(WorkInFlight) -> bool + Send + Sync + 'static) {
        *self.watcher.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(watcher));
    }

    /// The operator chose to close although work is in flight.
    pub fn confirm(&self) {
        self.confirmed.store(true, Ordering::SeqCst);
    }

    /// Decides a close request: true lets the window close now. A close is held back only
    /// while work is in flight and the window can be asked; a window that no longer listens
    /// (its page broke) never keeps the operator from closing it.
    pub fn may_close(&self) -> bool {
        if self.confirmed.load(Ordering::SeqCst) {
            return true;
        }
        let work = self.in_flight();
        if work.is_idle() {
            return true;
        }
        let watcher = self.watcher.lock().unwrap_or_else(|e| e.into_inner());
        match watcher.as_ref() {
            Some(tell_window) => !tell_window(work),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn recording_guard() -> (CloseGuard, Arc<Mutex<Vec<WorkInFlight>>>) {
        let guard = CloseGuard::default();
        let told = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&told);
        guard.watch(move |work| {
            record.lock().unwrap().push(work);
            true
        });
        (guard, told)
    }

    #[test]
    fn an_idle_window_closes_without_asking() {
        let (guard, told) = recording_guard();
        assert!(guard.may_close());
        assert!(told.lock().unwrap().is_empty());
    }

    #[test]
    fn work_in_flight_holds_the_close_and_tells_the_window_what_runs() {
        let (guard, told) = recording_guard();
        let export = guard.begin(WorkKind::Export);
        let _change = guard.begin(WorkKind::Change);
        assert!(!guard.may_close());
        drop(export);
        assert!(!guard.may_close());
        assert_eq!(
            *told.lock().unwrap(),
            vec![
                WorkInFlight {
                    exports: 1,
                    changes: 1
                },
                WorkInFlight {
                    exports: 0,
                    changes: 1
                }
            ]
        );
    }

    #[test]
    fn finished_work_no_longer_holds_the_close() {
        let (guard, _) = recording_guard();
        drop(guard.begin(WorkKind::Change));
        assert!(guard.in_flight().is_idle());
        assert!(guard.may_close());
    }

    #[test]
    fn a_confirmed_close_goes_ahead_with_work_in_flight() {
        let (guard, _) = recording_guard();
        let _export = guard.begin(WorkKind::Export);
        guard.confirm();
        assert!(guard.may_close());
    }

    #[test]
    fn a_window_that_cannot_be_asked_is_never_kept_open() {
        let guard = CloseGuard::default();
        let _export = guard.begin(WorkKind::Export);
        assert!(guard.may_close(), "nobody watches");
        guard.watch(|_| false);
        assert!(guard.may_close(), "the window stopped listening");
    }
}
