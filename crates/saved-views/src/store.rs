use std::path::Path;
use std::sync::Mutex;

use local_sqlite::Migration;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use crate::view::{SavedView, ViewState};

/// Names longer than this do not fit the sidebar and are refused.
pub const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ViewError {
    #[error("The saved views at {path} could not be opened: {message}")]
    Open { path: String, message: String },
    #[error("A view called “{name}” already exists for this tenant. Choose another name, or save your changes to that view instead.")]
    NameTaken { name: String },
    #[error("A view needs a name of 1 to {MAX_NAME_CHARS} characters.")]
    InvalidName,
    #[error("This view no longer exists; it may have been deleted in another window.")]
    NotFound,
    #[error("The saved views could not be read or written: {0}")]
    Database(String),
    /// Their file could not be opened when the app started.
    #[error("Saved views are not available: their file could not be opened when Plugdesk started. Restart Plugdesk; if this keeps happening, check that its data folder can be written.")]
    Unavailable,
}

impl From<rusqlite::Error> for ViewError {
    fn from(error: rusqlite::Error) -> Self {
        ViewError::Database(error.to_string())
    }
}

/// Schema versions, applied in order; `PRAGMA user_version` says how many ran.
/// Names are unique per profile whatever their case: "Offline" and "offline"
/// side by side in the sidebar would only confuse.
const MIGRATIONS: &[Migration] = &[Migration::sql(
    "CREATE TABLE saved_view (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id TEXT NOT NULL,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX saved_view_name ON saved_view (profile_id, name COLLATE NOCASE);",
)];

/// The views file. One connection, guarded: views change only when the operator saves one.
pub struct SavedViews {
    connection: Mutex<Connection>,
}

impl SavedViews {
    /// Opens (or creates) the views file at `path`, creating its folder; the
    /// file is private to its owner (`local_sqlite`).
    pub fn open(path: &Path) -> Result<Self, ViewError> {
        let connection =
            local_sqlite::open(path, MIGRATIONS).map_err(|message| ViewError::Open {
                path: path.display().to_string(),
                message,
            })?;
        Ok(Self::with(connection))
    }

    /// Views that live only as long as the process (tests).
    pub fn in_memory() -> Result<Self, ViewError> {
        Ok(Self::with(local_sqlite::in_memory(MIGRATIONS)?))
    }

    fn with(connection: Connection) -> Self {
        Self {
            connection: Mutex::new(connection),
        }
    }

    /// The views of `profile`, by name.
    pub fn list(&self, profile: &str) -> Result<Vec<SavedView>, ViewError> {
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT id, name, pinned, state FROM saved_view
             WHERE profile_id = ?1 ORDER BY name COLLATE NOCASE, id",
        )?;
        let rows = statement.query_map(params![profile], stored_view)?;
        rows.map(|row| row?.into_view()).collect()
    }

    /// Saves `state` under `name` for `profile`.
    pub fn create(
        &self,
        profile: &str,
        name: &str,
        state: &ViewState,
    ) -> Result<SavedView, ViewError> {
        let name = valid_name(name)?;
        let id = {
            let connection = self.lock();
            connection
                .execute(
                    "INSERT INTO saved_view (profile_id, name, state) VALUES (?1, ?2, ?3)",
                    params![profile, name, state_text(state)?],
                )
                .map_err(|error| name_taken_or(error, name))?;
            connection.last_insert_rowid()
        };
        self.get(profile, id)
    }

    pub fn rename(&self, profile: &str, id: u32, name: &str) -> Result<SavedView, ViewError> {
        let name = valid_name(name)?;
        let changed = self
            .lock()
            .execute(
                "UPDATE saved_view SET name = ?3 WHERE profile_id = ?1 AND id = ?2",
                params![profile, id, name],
            )
            .map_err(|error| name_taken_or(error, name))?;
        self.changed(profile, id, changed)
    }

    /// Replaces what the view shows, keeping its name and pin.
    pub fn update(
        &self,
        profile: &str,
        id: u32,
        state: &ViewState,
    ) -> Result<SavedView, ViewError> {
        let changed = self.lock().execute(
            "UPDATE saved_view SET state = ?3 WHERE profile_id = ?1 AND id = ?2",
            params![profile, id, state_text(state)?],
        )?;
        self.changed(profile, id, changed)
    }

    /// Shows the view on Home (or stops showing it there).
    pub fn set_pinned(&self, profile: &str, id: u32, pinned: bool) -> Result<SavedView, ViewError> {
        let changed = self.lock().execute(
            "UPDATE saved_view SET pinned = ?3 WHERE profile_id = ?1 AND id = ?2",
            params![profile, id, pinned],
        )?;
        self.changed(profile, id, changed)
    }

    pub fn delete(&self, profile: &str, id: u32) -> Result<(), ViewError> {
        let deleted = self.lock().execute(
            "DELETE FROM saved_view WHERE profile_id = ?1 AND id = ?2",
            params![profile, id],
        )?;
        if deleted == 0 {
            return Err(ViewError::NotFound);
        }
        Ok(())
    }

    /// Forgets every view of a profile that is being deleted; returns how many there were.
    pub fn delete_profile(&self, profile: &str) -> Result<usize, ViewError> {
        Ok(self.lock().execute(
            "DELETE FROM saved_view WHERE profile_id = ?1",
            params![profile],
        )?)
    }

    fn changed(&self, profile: &str, id: u32, changed: usize) -> Result<SavedView, ViewError> {
        if changed == 0 {
            return Err(ViewError::NotFound);
        }
        self.get(profile, i64::from(id))
    }

    fn get(&self, profile: &str, id: i64) -> Result<SavedView, ViewError> {
        self.lock()
            .query_row(
                "SELECT id, name, pinned, state FROM saved_view WHERE profile_id = ?1 AND id = ?2",
                params![profile, id],
                stored_view,
            )
            .optional()?
            .ok_or(ViewError::NotFound)?
            .into_view()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

/// A row before its state is parsed.
struct StoredView {
    id: u32,
    name: String,
    pinned: bool,
    state: String,
}

impl StoredView {
    fn into_view(self) -> Result<SavedView, ViewError> {
        // A state this version cannot read (written by a newer one) opens as far as it can:
        // unknown fields are ignored and missing ones take their defaults.
        let state = serde_json::from_str(&self.state).map_err(|error| {
            ViewError::Database(format!("the view “{}” is unreadable: {error}", self.name))
        })?;
        Ok(SavedView {
            id: self.id,
            name: self.name,
            pinned: self.pinned,
            state,
        })
    }
}

fn stored_view(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredView> {
    Ok(StoredView {
        id: row.get(0)?,
        name: row.get(1)?,
        pinned: row.get(2)?,
        state: row.get(3)?,
    })
}

fn state_text(state: &ViewState) -> Result<String, ViewError> {
    serde_json::to_string(state).map_err(|error| ViewError::Database(error.to_string()))
}

/// The name as stored: without surrounding spaces, never empty nor overlong.
fn valid_name(name: &str) -> Result<&str, ViewError> {
    let name = name.trim();
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_NAME_CHARS {
        return Err(ViewError::InvalidName);
    }
    Ok(name)
}

fn name_taken_or(error: rusqlite::Error, name: &str) -> ViewError {
    match error.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => ViewError::NameTaken {
            name: name.to_owned(),
        },
        _ => error.into(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::FilterValue;

    const CPO: &str = "profile-cpo";
    const OTHER: &str = "profile-other";

    fn offline_chargers() -> ViewState {
        ViewState {
            resource: "chargePoints".into(),
            filter: BTreeMap::from([
                (
                    "networkStatus".into(),
                    FilterValue::One("unavailable".into()),
                ),
                (
                    "locationId".into(),
                    FilterValue::Many(vec!["12".into(), "14".into()]),
                ),
            ]),
            include: vec!["evses".into()],
            path: BTreeMap::new(),
            columns: Some(vec!["name".into(), "networkStatus".into()]),
            column_widths: BTreeMap::from([("name".into(), 240)]),
            per_page: Some(50),
        }
    }

    fn in_temp_dir() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join("views.sqlite3");
        (dir, path)
    }

    #[test]
    fn a_saved_view_comes_back_whole_after_reopening_the_file() {
        let (_dir, path) = in_temp_dir();
        let saved = SavedViews::open(&path)
            .unwrap()
            .create(CPO, "  Offline chargers ", &offline_chargers())
            .unwrap();
        assert_eq!(saved.name, "Offline chargers");
        assert!(!saved.pinned);
        let views = SavedViews::open(&path).unwrap().list(CPO).unwrap();
        assert_eq!(views, vec![saved]);
        assert_eq!(views[0].state, offline_chargers());
    }

    #[test]
    fn views_are_renamed_updated_pinned_and_deleted() {
        let views = SavedViews::in_memory().unwrap();
        let view = views.create(CPO, "Offline", &offline_chargers()).unwrap();
        let renamed = views.rename(CPO, view.id, "Offline overnight").unwrap();
        assert_eq!(renamed.name, "Offline overnight");
        assert_eq!(renamed.state, offline_chargers());

        let mut wider = offline_chargers();
        wider.filter.remove("locationId");
        wider.per_page = Some(100);
        let updated = views.update(CPO, view.id, &wider).unwrap();
        assert_eq!(updated.name, "Offline overnight");
        assert_eq!(updated.state, wider);

        assert!(views.set_pinned(CPO, view.id, true).unwrap().pinned);
        assert!(views.list(CPO).unwrap()[0].pinned);

        views.delete(CPO, view.id).unwrap();
        assert!(views.list(CPO).unwrap().is_empty());
        assert_eq!(views.delete(CPO, view.id), Err(ViewError::NotFound));
        assert_eq!(
            views.rename(CPO, view.id, "Gone").unwrap_err(),
            ViewError::NotFound
        );
    }

    #[test]
    fn views_are_listed_by_name() {
        let views = SavedViews::in_memory().unwrap();
        for name in ["charging", "Alpha", "beta"] {
            views.create(CPO, name, &ViewState::default()).unwrap();
        }
        let names: Vec<_> = views
            .list(CPO)
            .unwrap()
            .into_iter()
            .map(|view| view.name)
            .collect();
        assert_eq!(names, ["Alpha", "beta", "charging"]);
    }

    #[test]
    fn a_name_is_taken_once_per_profile_whatever_its_case() {
        let views = SavedViews::in_memory().unwrap();
        let first = views.create(CPO, "Offline", &offline_chargers()).unwrap();
        assert_eq!(
            views.create(CPO, "offline ", &ViewState::default()),
            Err(ViewError::NameTaken {
                name: "offline".into()
            })
        );
        let second = views.create(CPO, "Faulted", &ViewState::default()).unwrap();
        assert_eq!(
            views.rename(CPO, second.id, "OFFLINE"),
            Err(ViewError::NameTaken {
                name: "OFFLINE".into()
            })
        );
        // Renaming a view to its own name in another case is no clash.
        assert_eq!(
            views.rename(CPO, first.id, "OFFLINE").unwrap().name,
            "OFFLINE"
        );
        // Another profile may use the same name.
        views
            .create(OTHER, "Offline", &ViewState::default())
            .unwrap();
    }

    #[test]
    fn empty_and_overlong_names_are_refused() {
        let views = SavedViews::in_memory().unwrap();
        assert_eq!(
            views.create(CPO, "   ", &ViewState::default()),
            Err(ViewError::InvalidName)
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            views.create(CPO, &long, &ViewState::default()),
            Err(ViewError::InvalidName)
        );
        let longest = "é".repeat(MAX_NAME_CHARS);
        views.create(CPO, &longest, &ViewState::default()).unwrap();
    }

    #[test]
    fn a_profile_sees_and_changes_only_its_own_views() {
        let views = SavedViews::in_memory().unwrap();
        let mine = views.create(CPO, "Mine", &offline_chargers()).unwrap();
        views
            .create(OTHER, "Theirs", &ViewState::default())
            .unwrap();

        assert_eq!(views.list(CPO).unwrap(), vec![mine.clone()]);
        assert_eq!(views.list(OTHER).unwrap()[0].name, "Theirs");
        assert_eq!(
            views.rename(OTHER, mine.id, "Taken over"),
            Err(ViewError::NotFound)
        );
        assert_eq!(
            views.update(OTHER, mine.id, &ViewState::default()),
            Err(ViewError::NotFound)
        );
        assert_eq!(
            views.set_pinned(OTHER, mine.id, true),
            Err(ViewError::NotFound)
        );
        assert_eq!(views.delete(OTHER, mine.id), Err(ViewError::NotFound));
        assert_eq!(views.list(CPO).unwrap(), vec![mine]);
    }

    #[test]
    fn deleting_a_profile_deletes_its_views_only() {
        let views = SavedViews::in_memory().unwrap();
        views.create(CPO, "One", &ViewState::default()).unwrap();
        views.create(CPO, "Two", &ViewState::default()).unwrap();
        views.create(OTHER, "One", &ViewState::default()).unwrap();
        assert_eq!(views.delete_profile(CPO).unwrap(), 2);
        assert!(views.list(CPO).unwrap().is_empty());
        assert_eq!(views.list(OTHER).unwrap().len(), 1);
    }

    #[test]
    fn a_new_file_is_migrated_once_and_keeps_its_views_on_reopening() {
        let (_dir, path) = in_temp_dir();
        SavedViews::open(&path)
            .unwrap()
            .create(CPO, "Kept", &offline_chargers())
            .unwrap();
        let version = |path: &Path| -> i64 {
            Connection::open(path)
                .unwrap()
                .query_row("PRAGMA user_version", [], |row| row.get(0))
                .unwrap()
        };
        assert_eq!(version(&path), MIGRATIONS.len() as i64);
        // Opening again runs no migration twice (a second CREATE TABLE would fail).
        let views = SavedViews::open(&path).unwrap();
        assert_eq!(views.list(CPO).unwrap()[0].name, "Kept");
        assert_eq!(version(&path), MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_state_from_a_newer_version_opens_with_what_this_one_knows() {
        let (_dir, path) = in_temp_dir();
        SavedViews::open(&path).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute(
                "INSERT INTO saved_view (profile_id, name, state) VALUES (?1, 'Newer', ?2)",
                params![
                    CPO,
                    r#"{"resource":"sessions","perPage":10,"sortBy":"startedAt"}"#
                ],
            )
            .unwrap();
        let view = SavedViews::open(&path)
            .unwrap()
            .list(CPO)
            .unwrap()
            .remove(0);
        assert_eq!(view.state.resource, "sessions");
        assert_eq!(view.state.per_page, Some(10));
        assert!(view.state.filter.is_empty());
    }

    #[test]
    fn a_second_connection_waits_instead_of_failing() {
        let (_dir, path) = in_temp_dir();
        let views = SavedViews::open(&path).unwrap();
        let mut other = Connection::open(&path).unwrap();
        let (locked, is_locked) = std::sync::mpsc::channel();
        let holder = std::thread::spawn(move || {
            let writing = other
                .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
                .unwrap();
            locked.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(300));
            writing.commit().unwrap();
        });
        is_locked.recv().unwrap();
        views
            .create(CPO, "After the other", &ViewState::default())
            .expect("the write waits for the other connection");
        holder.join().unwrap();
        assert_eq!(views.list(CPO).unwrap().len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path) = in_temp_dir();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        SavedViews::open(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
