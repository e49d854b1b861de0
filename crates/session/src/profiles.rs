//! The operator's saved tenants: the profile list on disk and each profile's
//! token in the OS keychain, kept in step.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use credentials::{
    CredentialsError, Keychain, NewProfile, Profile, ProfileColor, ProfileStore, ProfileUpdate,
    SecretString, TenantUrl,
};
use time::format_description::well_known::Rfc3339;

use crate::views::ProfileView;
use crate::SessionError;

pub(crate) struct ProfileBook {
    store: Mutex<ProfileStore>,
    keychain: Keychain,
}

impl ProfileBook {
    pub(crate) fn open(config_dir: &Path, keychain: Keychain) -> Result<Self, SessionError> {
        Ok(Self {
            store: Mutex::new(ProfileStore::open(config_dir)?),
            keychain,
        })
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, ProfileStore> {
        self.store
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    pub(crate) fn views(&self) -> Vec<ProfileView> {
        self.store().list().iter().map(profile_view).collect()
    }

    pub(crate) fn get(&self, id: &str) -> Result<Profile, SessionError> {
        Ok(self.store().get(id)?.clone())
    }

    /// Saves a new profile and its token. The token goes to the keychain first:
    /// a profile without its token would only fail later, at the worst moment.
    pub(crate) async fn add(
        &self,
        new: NewProfile,
        token: SecretString,
    ) -> Result<Profile, SessionError> {
        let profile = self.store().add(new)?;
        if let Err(error) = self
            .keychain_call({
                let id = profile.id.clone();
                move |keychain| keychain.store_token(&id, &token)
            })
            .await
        {
            // Nothing half-saved: the profile goes again when its token could not be kept.
            self.store().remove(&profile.id).ok();
            return Err(error);
        }
        Ok(profile)
    }

    /// Changes a profile. The profile is checked and saved first and the
    /// keychain written last; when the keychain refuses, the saved profile is
    /// put back as it was. So a failed edit never leaves a new token paired
    /// with an old address (or the reverse).
    pub(crate) async fn update(
        &self,
        id: &str,
        update: ProfileUpdate,
        token: Option<SecretString>,
    ) -> Result<Profile, SessionError> {
        let current = self.store().get(id)?.clone();
        // A token is only ever sent to the address it was entered for.
        let moves = update
            .tenant_url
            .as_ref()
            .is_some_and(|url| *url != current.tenant_url);
        if moves && token.is_none() {
            return Err(CredentialsError::TokenNeededForNewAddress.into());
        }
        let updated = self.store().update(id, update)?;
        if let Some(token) = token {
            let account = id.to_owned();
            if let Err(error) = self
                .keychain_call(move |keychain| keychain.replace_token(&account, &token))
                .await
            {
                let back = ProfileUpdate {
                    name: Some(current.name.clone()),
                    tenant_url: Some(current.tenant_url.clone()),
                    color: Some(current.color),
                    read_only: Some(current.read_only),
                };
                self.store().update(id, back).ok();
                return Err(error);
            }
        }
        Ok(updated)
    }

    /// Removes the profile and its keychain entry.
    pub(crate) async fn remove(&self, id: &str) -> Result<(), SessionError> {
        self.store().get(id)?;
        let account = id.to_owned();
        self.keychain_call(move |keychain| keychain.delete_token(&account))
            .await?;
        self.store().remove(id)?;
        Ok(())
    }

    pub(crate) async fn token(&self, id: &str) -> Result<SecretString, SessionError> {
        let id = id.to_owned();
        self.keychain_call(move |keychain| keychain.require_token(&id))
            .await
    }

    /// Keychain calls block (D-Bus, Security framework): run them off the async runtime.
    async fn keychain_call<T: Send + 'static>(
        &self,
        call: impl FnOnce(&Keychain) -> Result<T, CredentialsError> + Send + 'static,
    ) -> Result<T, SessionError> {
        let keychain = self.keychain.clone();
        tokio::task::spawn_blocking(move || call(&keychain))
            .await
            .map_err(|_| {
                SessionError::Credentials(CredentialsError::KeychainFailure {
                    detail: "the keychain call stopped unexpectedly".into(),
                })
            })?
            .map_err(SessionError::from)
    }
}

pub(crate) fn parse_color(name: &str) -> Result<ProfileColor, SessionError> {
    Ok(name.parse::<ProfileColor>()?)
}

pub(crate) fn parse_tenant_url(input: &str) -> Result<TenantUrl, SessionError> {
    TenantUrl::parse(input).map_err(|error| {
        SessionError::Credentials(CredentialsError::InvalidTenantUrl {
            message: error.to_string(),
        })
    })
}

fn profile_view(profile: &Profile) -> ProfileView {
    ProfileView {
        id: profile.id.clone(),
        name: profile.name.clone(),
        tenant_url: profile.tenant_url.to_string(),
        color: profile.color.name().to_owned(),
        read_only: profile.read_only,
        created_at: profile.created_at.format(&Rfc3339).unwrap_or_default(),
        last_used_at: profile.last_used_at.and_then(|at| at.format(&Rfc3339).ok()),
    }
}
