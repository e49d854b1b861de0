//! How Plugdesk opens the SQLite files it keeps on the operator's computer
//! (the activity log, saved views): in a folder it creates, readable and
//! writable by their owner only, waiting a while for another connection
//! instead of failing at once, and brought to the newest schema by numbered
//! migrations (`PRAGMA user_version` says how many ran).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};

/// How long a write waits for another connection (a second window, a backup
/// tool) to release the file before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// One step of a schema: its SQL, and for a step that must also rewrite the
/// rows already stored, the code that does so before the step counts as done.
pub struct Migration {
    pub sql: &'static str,
    pub then: Option<fn(&Connection) -> rusqlite::Result<()>>,
}

impl Migration {
    pub const fn sql(sql: &'static str) -> Self {
        Self { sql, then: None }
    }

    pub const fn rewriting(
        sql: &'static str,
        then: fn(&Connection) -> rusqlite::Result<()>,
    ) -> Self {
        Self {
            sql,
            then: Some(then),
        }
    }
}

/// Opens (or creates) the file at `path` and applies the `migrations` it has
/// not had yet. The error says what went wrong, for the caller's own message.
pub fn open(path: &Path, migrations: &[Migration]) -> Result<Connection, String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|error| error.to_string())?;
    }
    owner_only_file(path).map_err(|error| error.to_string())?;
    let connection = Connection::open(path).map_err(|error| error.to_string())?;
    prepare(connection, migrations).map_err(|error| error.to_string())
}

/// A database that lives only as long as the process (tests, the demo).
pub fn in_memory(migrations: &[Migration]) -> rusqlite::Result<Connection> {
    prepare(Connection::open_in_memory()?, migrations)
}

fn prepare(connection: Connection, migrations: &[Migration]) -> rusqlite::Result<Connection> {
    connection.busy_timeout(BUSY_TIMEOUT)?;
    migrate(&connection, migrations)?;
    Ok(connection)
}

/// Creates the file private to its owner, and makes it so when it already
/// exists with wider permissions (an earlier version's file). SQLite gives its
/// journal files the same permissions as the database.
#[cfg(unix)]
fn owner_only_file(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

/// On Windows the per-user app data folder is already private to the user.
#[cfg(not(unix))]
fn owner_only_file(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

fn migrate(connection: &Connection, migrations: &[Migration]) -> rusqlite::Result<()> {
    let applied: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .optional()?
        .unwrap_or(0);
    let applied = usize::try_from(applied).unwrap_or(0);
    for (index, migration) in migrations.iter().enumerate().skip(applied) {
        connection.execute_batch(migration.sql)?;
        if let Some(rewrite) = migration.then {
            rewrite(connection)?;
        }
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

    const FIRST: Migration =
        Migration::sql("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");
    const SECOND: Migration = Migration::rewriting(
        "ALTER TABLE note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;",
        |connection| connection.execute_batch("UPDATE note SET pinned = 1"),
    );

    fn version(connection: &Connection) -> i64 {
        connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap()
    }

    #[test]
    fn a_file_reopened_by_a_newer_version_gets_only_the_migrations_it_lacks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("notes.sqlite3");
        let first = open(&path, &[FIRST]).unwrap();
        first
            .execute("INSERT INTO note (text) VALUES ('kept')", [])
            .unwrap();
        assert_eq!(version(&first), 1);
        drop(first);

        let second = open(&path, &[FIRST, SECOND]).unwrap();
        assert_eq!(version(&second), 2);
        let kept: (String, i64) = second
            .query_row("SELECT text, pinned FROM note", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        // The second step rewrote the row already stored.
        assert_eq!(kept, ("kept".into(), 1));
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_private_to_its_owner_even_when_it_existed_before() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        open(&path, &[FIRST]).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"").unwrap();
        let problem = open(&blocker.join("inside").join("x.sqlite3"), &[FIRST]).unwrap_err();
        assert!(!problem.is_empty());
    }
}
