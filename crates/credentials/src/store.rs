//! The profile list, kept in `profiles.json` in the app's config folder.
//!
//! The file never holds a token (those live in the keychain). It is replaced atomically
//! (written to a temporary file in the same folder, flushed, then renamed over the old one),
//! so a crash mid-save leaves either the old list or the new one. A file that cannot be read
//! is never overwritten: it is moved aside and the operator is told where it went.
//! The file is readable by its owner only (0600 on Unix; on Windows the per-user
//! config folder is already private): it names the operator's tenants.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::error::{CredentialsError, Result};
use crate::profile::{clean_name, same_name, NewProfile, Profile, ProfileUpdate};

/// The file name inside the config folder.
pub const PROFILES_FILE_NAME: &str = "profiles.json";

/// The format this version of Plugdesk reads and writes.
const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ProfilesFile {
    version: u32,
    active_profile_id: Option<String>,
    profiles: Vec<Profile>,
}

impl Default for ProfilesFile {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            active_profile_id: None,
            profiles: Vec::new(),
        }
    }
}

/// The operator's profiles and which one is active. Every change is saved before it returns.
#[derive(Debug)]
pub struct ProfileStore {
    path: PathBuf,
    file: ProfilesFile,
    recovery_notice: Option<CredentialsError>,
}

impl ProfileStore {
    /// Loads the profile list from `config_dir`.
    ///
    /// A missing file (or folder) is an empty list. An unreadable or unknown-format file is
    /// moved to `profiles.json.corrupt-<UTC timestamp>` and the store starts empty;
    /// [`recovery_notice`](Self::recovery_notice) then says where the old file was kept.
    /// Fails only when the file cannot be read or moved aside at all.
    pub fn open(config_dir: &Path) -> Result<Self> {
        let path = config_dir.join(PROFILES_FILE_NAME);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Ok(Self {
                    path,
                    file: ProfilesFile::default(),
                    recovery_notice: None,
                })
            }
            Err(err) => return Err(CredentialsError::store_io(&path, err)),
        };
        owner_only(&path).map_err(|err| CredentialsError::store_io(&path, err))?;
        match parse(&text) {
            Some(file) => Ok(Self {
                path,
                file,
                recovery_notice: None,
            }),
            None => {
                let kept_as = move_aside(&path)?;
                Ok(Self {
                    path,
                    file: ProfilesFile::default(),
                    recovery_notice: Some(CredentialsError::StoreCorrupt { kept_as }),
                })
            }
        }
    }

    /// Set when [`open`](Self::open) found an unreadable file and moved it aside: a
    /// [`CredentialsError::StoreCorrupt`] for the UI to show once.
    pub fn recovery_notice(&self) -> Option<&CredentialsError> {
        self.recovery_notice.as_ref()
    }

    /// Hands out the recovery notice once, for a UI that shows it a single time.
    pub fn take_recovery_notice(&mut self) -> Option<CredentialsError> {
        self.recovery_notice.take()
    }

    /// Where the profile list is saved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// All profiles, in the order they were added.
    pub fn list(&self) -> &[Profile] {
        &self.file.profiles
    }

    pub fn get(&self, id: &str) -> Result<&Profile> {
        self.file
            .profiles
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| not_found(id))
    }

    /// Adds a profile with a fresh id. Names must be unique, ignoring case.
    pub fn add(&mut self, new: NewProfile) -> Result<Profile> {
        let name = clean_name(&new.name)?;
        self.ensure_name_free(&name, None)?;
        let profile = Profile {
            id: uuid::Uuid::new_v4().to_string(),
            name,
            tenant_url: new.tenant_url,
            color: new.color,
            read_only: new.read_only,
            created_at: OffsetDateTime::now_utc(),
            last_used_at: None,
        };
        let mut next = self.file.clone();
        next.profiles.push(profile.clone());
        self.commit(next)?;
        Ok(profile)
    }

    /// Renames, recolours, moves to another URL or toggles read-only.
    pub fn update(&mut self, id: &str, update: ProfileUpdate) -> Result<Profile> {
        let mut next = self.file.clone();
        let index = self.index_of(id)?;
        if let Some(name) = update.name {
            let name = clean_name(&name)?;
            self.ensure_name_free(&name, Some(id))?;
            next.profiles[index].name = name;
        }
        let profile = &mut next.profiles[index];
        if let Some(url) = update.tenant_url {
            profile.tenant_url = url;
        }
        if let Some(color) = update.color {
            profile.color = color;
        }
        if let Some(read_only) = update.read_only {
            profile.read_only = read_only;
        }
        let updated = profile.clone();
        self.commit(next)?;
        Ok(updated)
    }

    /// Removes a profile (and makes no profile active if it was the active one).
    ///
    /// The profile's token stays in the keychain: callers delete it with
    /// [`Keychain::delete_token`](crate::Keychain::delete_token).
    pub fn remove(&mut self, id: &str) -> Result<Profile> {
        let mut next = self.file.clone();
        let removed = next.profiles.remove(self.index_of(id)?);
        if next.active_profile_id.as_deref() == Some(id) {
            next.active_profile_id = None;
        }
        self.commit(next)?;
        Ok(removed)
    }

    /// Makes a profile the one Plugdesk acts on.
    pub fn set_active(&mut self, id: &str) -> Result<()> {
        self.index_of(id)?;
        let mut next = self.file.clone();
        next.active_profile_id = Some(id.to_string());
        self.commit(next)
    }

    /// Makes no profile active (the connect screen shows).
    pub fn clear_active(&mut self) -> Result<()> {
        let mut next = self.file.clone();
        next.active_profile_id = None;
        self.commit(next)
    }

    /// The active profile, if one is set and still exists.
    pub fn active(&self) -> Option<&Profile> {
        let id = self.file.active_profile_id.as_deref()?;
        self.file.profiles.iter().find(|p| p.id == id)
    }

    /// Records that the profile was just used.
    pub fn touch(&mut self, id: &str) -> Result<Profile> {
        let mut next = self.file.clone();
        let index = self.index_of(id)?;
        next.profiles[index].last_used_at = Some(OffsetDateTime::now_utc());
        let touched = next.profiles[index].clone();
        self.commit(next)?;
        Ok(touched)
    }

    fn index_of(&self, id: &str) -> Result<usize> {
        self.file
            .profiles
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| not_found(id))
    }

    fn ensure_name_free(&self, name: &str, except_id: Option<&str>) -> Result<()> {
        let taken = self
            .file
            .profiles
            .iter()
            .any(|p| Some(p.id.as_str()) != except_id && same_name(&p.name, name));
        if taken {
            return Err(CredentialsError::DuplicateName {
                name: name.to_string(),
            });
        }
        Ok(())
    }

    /// Saves `next` and only then makes it the current state, so a failed save changes
    /// nothing.
    fn commit(&mut self, next: ProfilesFile) -> Result<()> {
        write_atomically(&self.path, &next)?;
        self.file = next;
        Ok(())
    }
}

fn not_found(id: &str) -> CredentialsError {
    CredentialsError::ProfileNotFound { id: id.to_string() }
}

/// The file's content, or `None` when it is not a profile list this version understands.
fn parse(text: &str) -> Option<ProfilesFile> {
    let mut file: ProfilesFile = serde_json::from_str(text).ok()?;
    if file.version != FORMAT_VERSION {
        return None;
    }
    // An active id left behind by an interrupted removal just means "no active profile".
    if let Some(active) = &file.active_profile_id {
        if !file.profiles.iter().any(|p| &p.id == active) {
            file.active_profile_id = None;
        }
    }
    Some(file)
}

/// Renames an unreadable profile list to `profiles.json.corrupt-<UTC timestamp>` (with a
/// counter if that name is taken) and returns the new path.
fn move_aside(path: &Path) -> Result<PathBuf> {
    let stamp = timestamp_for_file_name(OffsetDateTime::now_utc());
    let base = format!("{PROFILES_FILE_NAME}.corrupt-{stamp}");
    let mut kept_as = path.with_file_name(&base);
    let mut counter = 1;
    while kept_as.exists() {
        counter += 1;
        kept_as = path.with_file_name(format!("{base}-{counter}"));
    }
    fs::rename(path, &kept_as).map_err(|err| CredentialsError::store_io(path, err))?;
    Ok(kept_as)
}

/// `20261128T164500Z`: sortable, and valid in file names on every OS (no colons).
fn timestamp_for_file_name(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

fn write_atomically(path: &Path, file: &ProfilesFile) -> Result<()> {
    let io_error = |err: &dyn std::fmt::Display| CredentialsError::store_io(path, err);
    let dir = path
        .parent()
        .ok_or_else(|| io_error(&"the profile list has no folder"))?;
    fs::create_dir_all(dir).map_err(|e| io_error(&e))?;
    let mut json = serde_json::to_vec_pretty(file).map_err(|e| io_error(&e))?;
    json.push(b'\n');
    let mut temp = tempfile::Builder::new()
        .prefix(".profiles.json.")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| io_error(&e))?;
    owner_only(temp.path()).map_err(|e| io_error(&e))?;
    temp.write_all(&json).map_err(|e| io_error(&e))?;
    temp.as_file().sync_all().map_err(|e| io_error(&e))?;
    temp.persist(path).map_err(|e| io_error(&e.error))?;
    Ok(())
}

/// Takes every right to the file from anyone but its owner.
#[cfg(unix)]
fn owner_only(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn owner_only(_path: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_timestamps_are_sortable_and_colon_free() {
        let at = time::macros::datetime!(2026-11-28 16:45:07 UTC);
        assert_eq!(timestamp_for_file_name(at), "20261128T164507Z");
    }

    #[test]
    fn an_active_id_without_its_profile_is_dropped() {
        let text = r#"{"version":1,"activeProfileId":"gone","profiles":[]}"#;
        assert_eq!(parse(text).unwrap().active_profile_id, None);
    }

    #[test]
    fn other_format_versions_are_not_read() {
        assert!(parse(r#"{"version":2,"activeProfileId":null,"profiles":[]}"#).is_none());
        assert!(parse(r#"{"activeProfileId":null,"profiles":[]}"#).is_none());
    }
}
