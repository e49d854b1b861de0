//! Saved views of the connected tenant. Each belongs to the profile the window
//! shows (the demo network has one set of its own): the window names the
//! connection it knows, so a view is never saved into, or read from, a tenant
//! the operator has just switched to.

use saved_views::{SavedView, SavedViews, ViewError, ViewState};

use crate::{Session, SessionError};

/// Whose views the demo network shows: it has no profile, and profile ids are UUIDs.
const DEMO_OWNER: &str = "demo";

impl Session {
    /// The views of the connected tenant's profile, by name.
    pub async fn saved_views(&self, generation: u32) -> Result<Vec<SavedView>, SessionError> {
        self.with_views(generation, move |views, owner| views.list(owner))
            .await
    }

    pub async fn save_view(
        &self,
        generation: u32,
        name: String,
        state: ViewState,
    ) -> Result<SavedView, SessionError> {
        self.with_views(generation, move |views, owner| {
            views.create(owner, &name, &state)
        })
        .await
    }

    pub async fn rename_view(
        &self,
        generation: u32,
        id: u32,
        name: String,
    ) -> Result<SavedView, SessionError> {
        self.with_views(generation, move |views, owner| {
            views.rename(owner, id, &name)
        })
        .await
    }

    /// Replaces what a view shows with the list screen's setup now.
    pub async fn update_view(
        &self,
        generation: u32,
        id: u32,
        state: ViewState,
    ) -> Result<SavedView, SessionError> {
        self.with_views(generation, move |views, owner| {
            views.update(owner, id, &state)
        })
        .await
    }

    /// Shows a view on Home as a counter tile, or stops showing it there.
    pub async fn pin_view(
        &self,
        generation: u32,
        id: u32,
        pinned: bool,
    ) -> Result<SavedView, SessionError> {
        self.with_views(generation, move |views, owner| {
            views.set_pinned(owner, id, pinned)
        })
        .await
    }

    pub async fn delete_view(&self, generation: u32, id: u32) -> Result<(), SessionError> {
        self.with_views(generation, move |views, owner| views.delete(owner, id))
            .await
    }

    /// A deleted profile leaves no views behind.
    pub(crate) async fn forget_views_of(&self, profile_id: &str) -> Result<(), SessionError> {
        let Some(views) = self.saved_views.clone() else {
            return Ok(());
        };
        let owner = profile_id.to_owned();
        blocking(move || views.delete_profile(&owner).map(drop)).await
    }

    async fn with_views<T: Send + 'static>(
        &self,
        generation: u32,
        work: impl FnOnce(&SavedViews, &str) -> Result<T, ViewError> + Send + 'static,
    ) -> Result<T, SessionError> {
        let tenant = self.active_as_expected(Some(generation))?;
        let owner = match tenant.view.profile_id {
            Some(id) => id,
            None => DEMO_OWNER.to_owned(),
        };
        let views = self.saved_views.clone().ok_or(ViewError::Unavailable)?;
        blocking(move || work(&views, &owner)).await
    }
}

/// SQLite blocks: off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ViewError> + Send + 'static,
) -> Result<T, SessionError> {
    Ok(tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ViewError::Database("the saved views stopped unexpectedly".into()))??)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session on the embedded demo network, with views in a temporary file.
    async fn demo_session(dir: &std::path::Path) -> (Session, u32) {
        let session =
            Session::new().with_saved_views(SavedViews::open(&dir.join("views.sqlite3")).unwrap());
        let status = session.start_demo().await.unwrap();
        let generation = status.active.expect("connected").generation;
        (session, generation)
    }

    fn chargers() -> ViewState {
        ViewState {
            resource: "chargePoints".into(),
            per_page: Some(10),
            ..ViewState::default()
        }
    }

    #[tokio::test]
    async fn the_demo_network_keeps_its_views_across_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let (session, generation) = demo_session(dir.path()).await;
        let saved = session
            .save_view(generation, "Ten chargers".into(), chargers())
            .await
            .unwrap();
        drop(session);
        let (again, generation) = demo_session(dir.path()).await;
        assert_eq!(again.saved_views(generation).await.unwrap(), vec![saved]);
    }

    #[tokio::test]
    async fn a_window_that_missed_a_switch_neither_reads_nor_writes_views() {
        let dir = tempfile::tempdir().unwrap();
        let (session, generation) = demo_session(dir.path()).await;
        session.start_demo().await.unwrap();
        assert!(matches!(
            session
                .save_view(generation, "Stale".into(), chargers())
                .await,
            Err(SessionError::TenantChanged)
        ));
        session.disconnect().await.unwrap();
        assert!(matches!(
            session.saved_views(generation + 1).await,
            Err(SessionError::NotConnected)
        ));
    }

    #[tokio::test]
    async fn a_taken_name_is_its_own_error() {
        let dir = tempfile::tempdir().unwrap();
        let (session, generation) = demo_session(dir.path()).await;
        session
            .save_view(generation, "Mine".into(), chargers())
            .await
            .unwrap();
        let taken = session
            .save_view(generation, "mine".into(), chargers())
            .await
            .unwrap_err();
        assert!(matches!(
            taken,
            SessionError::SavedViews(ViewError::NameTaken { .. })
        ));
    }

    #[tokio::test]
    async fn without_a_views_file_saving_says_so() {
        let session = Session::new();
        let generation = session
            .start_demo()
            .await
            .unwrap()
            .active
            .unwrap()
            .generation;
        assert!(matches!(
            session.saved_views(generation).await,
            Err(SessionError::SavedViews(ViewError::Unavailable))
        ));
    }
}
