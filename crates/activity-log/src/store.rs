use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::entry::{ActivityEntry, ActivityQuery, NewActivity, Outcome};

/// Bodies above this size are cut: the log is for people, not for replay.
const BODY_LIMIT: usize = 16 * 1024;

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
}

/// Schema versions, applied in order; `PRAGMA user_version` says how many ran.
const MIGRATIONS: &[&str] = &["CREATE TABLE activity (
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
    CREATE INDEX activity_profile ON activity (profile_id, id);"];

impl ActivityLog {
    /// Opens (or creates) the log at `path`, creating its folder.
    pub fn open(path: &Path) -> Result<Self, ActivityError> {
        let open_error = |message: String| ActivityError::Open {
            path: path.display().to_string(),
            message,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|error| open_error(error.to_string()))?;
        }
        let connection = Connection::open(path).map_err(|error| open_error(error.to_string()))?;
        migrate(&connection).map_err(|error| open_error(error.to_string()))?;
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }

    /// A log that lives only as long as the process (tests, the demo).
    pub fn in_memory() -> Result<Self, ActivityError> {
        let connection = Connection::open_in_memory()?;
        migrate(&connection)?;
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }

    pub fn record(&self, entry: NewActivity) -> Result<u32, ActivityError> {
        let at = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .map_err(|error| ActivityError::Database(error.to_string()))?;
        let body = entry.body.as_ref().map(|body| {
            let text = body.to_string();
            if text.len() > BODY_LIMIT {
                serde_json::json!({ "truncated": true, "size": text.len() }).to_string()
            } else {
                text
            }
        });
        let connection = self.lock();
        connection.execute(
            "INSERT INTO activity (at, profile_id, tenant_name, operation_id, title, method, path, body, outcome, status, error, duration_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                at,
                entry.profile_id,
                entry.tenant_name,
                entry.operation_id,
                entry.title,
                entry.method,
                entry.path,
                body,
                entry.outcome.as_str(),
                entry.status,
                entry.error,
                entry.duration_ms,
            ],
        )?;
        Ok(u32::try_from(connection.last_insert_rowid()).unwrap_or(u32::MAX))
    }

    /// Newest first.
    pub fn list(&self, query: &ActivityQuery) -> Result<Vec<ActivityEntry>, ActivityError> {
        let limit = query.limit.unwrap_or(100).clamp(1, 500);
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT id, at, profile_id, tenant_name, operation_id, title, method, path, body, outcome, status, error, duration_ms
             FROM activity
             WHERE (?1 IS NULL OR profile_id = ?1) AND (?2 IS NULL OR id < ?2)
             ORDER BY id DESC LIMIT ?3",
        )?;
        let rows =
            statement.query_map(params![query.profile_id, query.before_id, limit], |row| {
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
                })
            })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

fn migrate(connection: &Connection) -> rusqlite::Result<()> {
    let applied: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .optional()?
        .unwrap_or(0);
    let applied = usize::try_from(applied).unwrap_or(0);
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(applied) {
        connection.execute_batch(migration)?;
        connection.pragma_update(
            None,
            "user_version",
            i64::try_from(index + 1).unwrap_or(i64::MAX),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn change(operation_id: &str, outcome: Outcome) -> NewActivity {
        NewActivity {
            profile_id: Some("p1".into()),
            tenant_name: "Staging".into(),
            operation_id: operation_id.into(),
            title: "Charge Point / Reset".into(),
            method: "POST".into(),
            path: "/public-api/actions/charge-point/v1.0/12/reset/soft".into(),
            body: Some(json!({"note": "stuck"})),
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
            log.record(change("chargePointReset", Outcome::Accepted))
                .unwrap();
            log.record(change("userCreate", Outcome::Succeeded))
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
    fn pages_and_profiles_filter_the_list() {
        let log = ActivityLog::in_memory().unwrap();
        for _ in 0..5 {
            log.record(change("a", Outcome::Succeeded)).unwrap();
        }
        let mut other = change("b", Outcome::Failed);
        other.profile_id = Some("p2".into());
        log.record(other).unwrap();

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
    fn huge_bodies_are_summarised() {
        let log = ActivityLog::in_memory().unwrap();
        let mut big = change("a", Outcome::Succeeded);
        big.body = Some(json!({"text": "x".repeat(BODY_LIMIT * 2)}));
        log.record(big).unwrap();
        let entry = &log.list(&ActivityQuery::default()).unwrap()[0];
        assert_eq!(entry.body.as_ref().unwrap()["truncated"], true);
    }

    #[test]
    fn outcomes_follow_the_status() {
        assert_eq!(Outcome::from_status(202), Outcome::Accepted);
        assert_eq!(Outcome::from_status(201), Outcome::Succeeded);
        assert_eq!(Outcome::from_status(204), Outcome::Succeeded);
        assert_eq!(Outcome::from_status(422), Outcome::Failed);
    }
}
