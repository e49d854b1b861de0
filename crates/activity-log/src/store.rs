use std::path::Path;
use std::sync::Mutex;

use local_sqlite::Migration;
use rusqlite::{params, Connection, OptionalExtension};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::entry::{ActivityEntry, ActivityQuery, Completion, NewActivity, Outcome};

/// Bodies above this size are cut: the log is for people, not for replay.
const BODY_LIMIT: usize = 16 * 1024;

/// How long entries are kept unless the operator chose otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

/// The log never grows past about this much: the oldest entries go first.
pub const DEFAULT_SIZE_CAP_BYTES: u64 = 64 * 1024 * 1024;

/// What one entry costs besides its body (columns, index, page overhead), for the size cap.
const ENTRY_OVERHEAD_BYTES: u64 = 512;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActivityError {
    #[error("The activity log at {path} could not be opened: {message}")]
    Open { path: String, message: String },
    #[error("The activity log could not be read or written: {0}")]
    Database(String),
}

impl From<rusqlite::Error> for ActivityError {
    fn from(error: rusqlite::Error) -> Self {
        ActivityError::Database(error.to_string())
    }
}

/// The log file. One connection, guarded: writes are rare and small.
pub struct ActivityLog {
    connection: Mutex<Connection>,
    size_cap_bytes: u64,
}

/// Schema versions, applied in order; `PRAGMA user_version` says how many ran.
/// Version 2 also masks the secrets of bodies an earlier version stored.
const MIGRATIONS: &[Migration] = &[
    Migration::sql(
        "CREATE TABLE activity (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        profile_id TEXT,
        tenant_name TEXT NOT NULL,
        operation_id TEXT NOT NULL,
        title TEXT NOT NULL,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        body TEXT,
        outcome TEXT NOT NULL,
        status INTEGER,
        error TEXT,
        duration_ms INTEGER NOT NULL
    );
    CREATE INDEX activity_profile ON activity (profile_id, id);",
    ),
    // Logs written before secrets were masked get masked once, on this upgrade.
    Migration::rewriting(
        "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);",
        mask_stored_bodies,
    ),
    Migration::sql(
        "ALTER TABLE activity ADD COLUMN bulk_run TEXT;
    CREATE INDEX activity_bulk_run ON activity (bulk_run) WHERE bulk_run IS NOT NULL;",
    ),
];

impl ActivityLog {
    /// Opens (or creates) the log at `path`, creating its folder; the file is
    /// private to its owner (`local_sqlite`).
    pub fn open(path: &Path) -> Result<Self, ActivityError> {
        let connection =
            local_sqlite::open(path, MIGRATIONS).map_err(|message| ActivityError::Open {
                path: path.display().to_string(),
                message,
            })?;
        Self::start(connection)
    }

    /// A log that lives only as long as the process (tests, the demo).
    pub fn in_memory() -> Result<Self, ActivityError> {
        Self::start(local_sqlite::in_memory(MIGRATIONS)?)
    }

    fn start(connection: Connection) -> Result<Self, ActivityError> {
        let log = Self {
            connection: Mutex::new(connection),
            size_cap_bytes: DEFAULT_SIZE_CAP_BYTES,
        };
        log.prune()?;
        Ok(log)
    }

    /// Keeps the log under `bytes` instead of the default cap.
    pub fn with_size_cap(mut self, bytes: u64) -> Result<Self, ActivityError> {
        self.size_cap_bytes = bytes;
        self.prune()?;
        Ok(self)
    }

    /// Records a change as "sent", before the request goes out, so a crash in
    /// flight still leaves a trace; [`complete`](Self::complete) fills in how it ended.
    /// Secret fields of the body are replaced by a marker before anything is stored.
    pub fn record_sent(&self, entry: &NewActivity) -> Result<u32, ActivityError> {
        self.insert_at(entry, OffsetDateTime::now_utc())
    }

    fn insert_at(&self, entry: &NewActivity, at: OffsetDateTime) -> Result<u32, ActivityError> {
        let at = rfc3339(at)?;
        let body = entry.body.as_ref().map(stored_body);
        let id = {
            let connection = self.lock();
            connection.execute(
                "INSERT INTO activity (at, profile_id, tenant_name, operation_id, title, method, path, body, outcome, status, error, duration_ms, bulk_run)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, NULL, 0, ?10)",
                params![
                    at,
                    entry.profile_id,
                    entry.tenant_name,
                    entry.operation_id,
                    entry.title,
                    entry.method,
                    entry.path,
                    body,
                    Outcome::Sent.as_str(),
                    entry.bulk_run,
                ],
            )?;
            u32::try_from(connection.last_insert_rowid()).unwrap_or(u32::MAX)
        };
        self.prune()?;
        Ok(id)
    }

    /// Fills in how change `id` ended.
    pub fn complete(&self, id: u32, completion: &Completion) -> Result<(), ActivityError> {
        self.lock().execute(
            "UPDATE activity SET outcome = ?2, status = ?3, error = ?4, duration_ms = ?5 WHERE id = ?1",
            params![
                id,
                completion.outcome.as_str(),
                completion.status,
                completion.error,
                completion.duration_ms,
            ],
        )?;
        Ok(())
    }

    /// A change recorded and completed at once (one that was refused before sending).
    pub fn record(
        &self,
        entry: &NewActivity,
        completion: &Completion,
    ) -> Result<u32, ActivityError> {
        let id = self.record_sent(entry)?;
        self.complete(id, completion)?;
        Ok(id)
    }

    /// How many days entries are kept.
    pub fn retention_days(&self) -> Result<u32, ActivityError> {
        let stored: Option<String> = self
            .lock()
            .query_row(
                "SELECT value FROM settings WHERE name = 'retention_days'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        Ok(stored
            .and_then(|text| text.parse().ok())
            .unwrap_or(DEFAULT_RETENTION_DAYS))
    }

    /// Keeps entries for `days` (at least one) from now on, and drops older ones now.
    pub fn set_retention_days(&self, days: u32) -> Result<u32, ActivityError> {
        let days = days.max(1);
        self.lock().execute(
            "INSERT INTO settings (name, value) VALUES ('retention_days', ?1)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![days.to_string()],
        )?;
        self.prune()?;
        Ok(days)
    }

    /// Drops entries older than the retention period, then the oldest ones
    /// while the log is above its size cap.
    fn prune(&self) -> Result<(), ActivityError> {
        let days = self.retention_days()?;
        let cutoff = rfc3339(OffsetDateTime::now_utc() - time::Duration::days(i64::from(days)))?;
        let cap = i64::try_from(self.size_cap_bytes).unwrap_or(i64::MAX);
        let overhead = i64::try_from(ENTRY_OVERHEAD_BYTES).unwrap_or(i64::MAX);
        let connection = self.lock();
        connection.execute("DELETE FROM activity WHERE at < ?1", params![cutoff])?;
        // Newest first, the running size; everything from the first entry past the cap goes.
        connection.execute(
            "DELETE FROM activity WHERE id <= (
                SELECT id FROM (
                    SELECT id, SUM(COALESCE(LENGTH(body), 0) + ?2) OVER (ORDER BY id DESC) AS kept
                    FROM activity
                ) WHERE kept > ?1 ORDER BY id DESC LIMIT 1
            )",
            params![cap, overhead],
        )?;
        Ok(())
    }

    /// Newest first.
    pub fn list(&self, query: &ActivityQuery) -> Result<Vec<ActivityEntry>, ActivityError> {
        let limit = query.limit.unwrap_or(100).clamp(1, 500);
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT id, at, profile_id, tenant_name, operation_id, title, method, path, body, outcome, status, error, duration_ms, bulk_run
             FROM activity
             WHERE (?1 IS NULL OR profile_id = ?1) AND (?2 IS NULL OR id < ?2)
               AND (?4 IS NULL OR bulk_run = ?4)
             ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = statement.query_map(
            params![query.profile_id, query.before_id, limit, query.bulk_run],
            |row| {
                let body: Option<String> = row.get(8)?;
                let outcome: String = row.get(9)?;
                Ok(ActivityEntry {
                    id: row.get(0)?,
                    at: row.get(1)?,
                    profile_id: row.get(2)?,
                    tenant_name: row.get(3)?,
                    operation_id: row.get(4)?,
                    title: row.get(5)?,
                    method: row.get(6)?,
                    path: row.get(7)?,
                    body: body.and_then(|text| serde_json::from_str(&text).ok()),
                    outcome: Outcome::parse(&outcome),
                    status: row.get(10)?,
                    error: row.get(11)?,
                    duration_ms: row.get(12)?,
                    bulk_run: row.get(13)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

fn rfc3339(at: OffsetDateTime) -> Result<String, ActivityError> {
    at.format(&Rfc3339)
        .map_err(|error| ActivityError::Database(error.to_string()))
}

/// The body as stored: secrets masked, and cut when it is too large to be useful.
fn stored_body(body: &serde_json::Value) -> String {
    let text = ampeco::secrets::mask_secrets(body).to_string();
    if text.len() > BODY_LIMIT {
        serde_json::json!({ "truncated": true, "size": text.len() }).to_string()
    } else {
        text
    }
}

/// Logs written before secrets were masked get masked once, on upgrade.
fn mask_stored_bodies(connection: &Connection) -> rusqlite::Result<()> {
    let bodies: Vec<(i64, String)> = connection
        .prepare("SELECT id, body FROM activity WHERE body IS NOT NULL")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, text) in bodies {
        if let Ok(body) = serde_json::from_str::<serde_json::Value>(&text) {
            connection.execute(
                "UPDATE activity SET body = ?2 WHERE id = ?1",
                params![id, stored_body(&body)],
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(operation_id: &str) -> NewActivity {
        NewActivity {
            profile_id: Some("p1".into()),
            tenant_name: "Staging".into(),
            operation_id: operation_id.into(),
            title: "Charge Point / Reset".into(),
            method: "POST".into(),
            path: "/public-api/actions/charge-point/v1.0/12/reset/soft".into(),
            body: Some(json!({"note": "stuck"})),
            bulk_run: None,
        }
    }

    fn done(outcome: Outcome) -> Completion {
        Completion {
            outcome,
            status: Some(202),
            error: None,
            duration_ms: 41,
        }
    }

    #[test]
    fn changes_survive_reopening_and_list_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("activity.sqlite3");
        {
            let log = ActivityLog::open(&path).unwrap();
            log.record(&change("chargePointReset"), &done(Outcome::Accepted))
                .unwrap();
            log.record(&change("userCreate"), &done(Outcome::Succeeded))
                .unwrap();
        }
        let log = ActivityLog::open(&path).unwrap();
        let entries = log.list(&ActivityQuery::default()).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].operation_id, "userCreate");
        assert_eq!(entries[1].outcome, Outcome::Accepted);
        assert_eq!(entries[1].body, Some(json!({"note": "stuck"})));
    }

    #[test]
    fn a_change_is_on_record_as_sent_before_it_completes() {
        let log = ActivityLog::in_memory().unwrap();
        let id = log.record_sent(&change("userCreate")).unwrap();
        let entry = &log.list(&ActivityQuery::default()).unwrap()[0];
        assert_eq!(
            (entry.id, entry.outcome, entry.status),
            (id, Outcome::Sent, None)
        );
        log.complete(id, &done(Outcome::Unknown)).unwrap();
        let entry = &log.list(&ActivityQuery::default()).unwrap()[0];
        assert_eq!((entry.outcome, entry.duration_ms), (Outcome::Unknown, 41));
    }

    #[test]
    fn secrets_of_a_body_never_reach_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.sqlite3");
        let log = ActivityLog::open(&path).unwrap();
        let mut user = change("userCreate");
        user.body = Some(json!({
            "email": "ana@example.com",
            "password": "hunter2-plain",
            "kafka": {"saslPassword": "sasl-plain"},
            "terminal": {"adyenApiKey": "adyen-plain", "adminToken": "admin-plain"},
            "chargePoint": {"pin": "4711-plain"}
        }));
        log.record(&user, &done(Outcome::Succeeded)).unwrap();
        drop(log);
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for secret in [
            "hunter2",
            "sasl-plain",
            "adyen-plain",
            "admin-plain",
            "4711-plain",
        ] {
            assert!(!text.contains(secret), "{secret} reached the file");
        }
        assert!(text.contains("ana@example.com"));
        let log = ActivityLog::open(&path).unwrap();
        let body = log.list(&ActivityQuery::default()).unwrap()[0]
            .body
            .clone()
            .unwrap();
        assert_eq!(body["password"], ampeco::secrets::SECRET_MARKER);
        assert_eq!(
            body["kafka"]["saslPassword"],
            ampeco::secrets::SECRET_MARKER
        );
    }

    #[test]
    fn an_older_log_has_its_stored_secrets_masked_on_upgrade() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.sqlite3");
        {
            let connection = Connection::open(&path).unwrap();
            connection.execute_batch(MIGRATIONS[0].sql).unwrap();
            connection.pragma_update(None, "user_version", 1).unwrap();
            connection
                .execute(
                    "INSERT INTO activity (at, tenant_name, operation_id, title, method, path, body, outcome, duration_ms)
                     VALUES ('2999-01-01T00:00:00Z', 'T', 'userCreate', 'U', 'POST', '/u', '{\"password\":\"old-plain\"}', 'succeeded', 1)",
                    [],
                )
                .unwrap();
        }
        let log = ActivityLog::open(&path).unwrap();
        let body = log.list(&ActivityQuery::default()).unwrap()[0]
            .body
            .clone()
            .unwrap();
        assert_eq!(body["password"], ampeco::secrets::SECRET_MARKER);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.sqlite3");
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        ActivityLog::open(&path).unwrap();
        let fresh = dir.path().join("fresh.sqlite3");
        ActivityLog::open(&fresh).unwrap();
        for file in [&path, &fresh] {
            let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", file.display());
        }
    }

    #[test]
    fn entries_older_than_the_retention_period_are_dropped() {
        let log = ActivityLog::in_memory().unwrap();
        assert_eq!(log.retention_days().unwrap(), DEFAULT_RETENTION_DAYS);
        let now = OffsetDateTime::now_utc();
        log.insert_at(&change("old"), now - time::Duration::days(100))
            .unwrap();
        log.insert_at(&change("recent"), now - time::Duration::days(20))
            .unwrap();
        let names: Vec<String> = log
            .list(&ActivityQuery::default())
            .unwrap()
            .into_iter()
            .map(|e| e.operation_id)
            .collect();
        assert_eq!(names, vec!["recent".to_owned()]);
        assert_eq!(log.set_retention_days(7).unwrap(), 7);
        assert!(log.list(&ActivityQuery::default()).unwrap().is_empty());
        assert_eq!(log.retention_days().unwrap(), 7);
    }

    #[test]
    fn the_oldest_entries_go_when_the_log_passes_its_size_cap() {
        let log = ActivityLog::in_memory()
            .unwrap()
            .with_size_cap(10 * 1024)
            .unwrap();
        for n in 0..40 {
            let mut entry = change(&format!("op{n}"));
            entry.body = Some(json!({"text": "x".repeat(1000)}));
            log.record_sent(&entry).unwrap();
        }
        let entries = log.list(&ActivityQuery::default()).unwrap();
        assert!(
            entries.len() < 10 && entries.len() >= 5,
            "{}",
            entries.len()
        );
        assert_eq!(entries[0].operation_id, "op39");
    }

    #[test]
    fn a_busy_database_is_waited_for_instead_of_losing_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.sqlite3");
        let log = ActivityLog::open(&path).unwrap();
        let mut other = Connection::open(&path).unwrap();
        let holder = std::thread::spawn(move || {
            let tx = other
                .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
                .unwrap();
            std::thread::sleep(std::time::Duration::from_millis(300));
            tx.commit().unwrap();
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        log.record(&change("userCreate"), &done(Outcome::Succeeded))
            .expect("the write waits for the other connection");
        holder.join().unwrap();
        assert_eq!(log.list(&ActivityQuery::default()).unwrap().len(), 1);
    }

    #[test]
    fn pages_and_profiles_filter_the_list() {
        let log = ActivityLog::in_memory().unwrap();
        for _ in 0..5 {
            log.record(&change("a"), &done(Outcome::Succeeded)).unwrap();
        }
        let mut other = change("b");
        other.profile_id = Some("p2".into());
        log.record(&other, &done(Outcome::Failed)).unwrap();

        let first = log
            .list(&ActivityQuery {
                limit: Some(2),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(first.iter().map(|e| e.id).collect::<Vec<_>>(), vec![6, 5]);
        let next = log
            .list(&ActivityQuery {
                before_id: Some(5),
                limit: Some(2),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(next.iter().map(|e| e.id).collect::<Vec<_>>(), vec![4, 3]);
        let p2 = log
            .list(&ActivityQuery {
                profile_id: Some("p2".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(p2.len(), 1);
        assert_eq!(p2[0].outcome, Outcome::Failed);
    }

    #[test]
    fn the_changes_of_one_bulk_run_are_listed_together() {
        let log = ActivityLog::in_memory().unwrap();
        log.record(&change("alone"), &done(Outcome::Succeeded))
            .unwrap();
        for _ in 0..3 {
            let mut one = change("chargePointChangeAvailability");
            one.bulk_run = Some("run-1".into());
            log.record(&one, &done(Outcome::Accepted)).unwrap();
        }
        let run = log
            .list(&ActivityQuery {
                bulk_run: Some("run-1".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(run.len(), 3);
        assert!(run.iter().all(|e| e.bulk_run.as_deref() == Some("run-1")));
        let all = log.list(&ActivityQuery::default()).unwrap();
        assert_eq!(all.last().unwrap().bulk_run, None);
    }

    #[test]
    fn huge_bodies_are_summarised() {
        let log = ActivityLog::in_memory().unwrap();
        let mut big = change("a");
        big.body = Some(json!({"text": "x".repeat(BODY_LIMIT * 2)}));
        log.record(&big, &done(Outcome::Succeeded)).unwrap();
        let entry = &log.list(&ActivityQuery::default()).unwrap()[0];
        assert_eq!(entry.body.as_ref().unwrap()["truncated"], true);
    }

    #[test]
    fn outcomes_follow_the_status() {
        assert_eq!(Outcome::from_status(202), Outcome::Accepted);
        assert_eq!(Outcome::from_status(201), Outcome::Succeeded);
        assert_eq!(Outcome::from_status(204), Outcome::Succeeded);
        assert_eq!(Outcome::from_status(422), Outcome::Failed);
        for outcome in [Outcome::Sent, Outcome::Unknown, Outcome::Failed] {
            assert_eq!(Outcome::parse(outcome.as_str()), outcome);
        }
    }
}
