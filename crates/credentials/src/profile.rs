//! A tenant profile: how the operator names and recognises one tenant. Never holds a token.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::error::{CredentialsError, Result};
use crate::tenant_url::TenantUrl;

/// One tenant the operator connects to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// A random UUID (v4); also the account name of the profile's keychain entry.
    pub id: String,
    pub name: String,
    pub tenant_url: TenantUrl,
    pub color: ProfileColor,
    /// Plugdesk refuses every write for a read-only profile.
    pub read_only: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub last_used_at: Option<OffsetDateTime>,
}

/// The colour of a profile's badge: a Mantine palette colour name, so the UI can use it as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileColor {
    Blue,
    Teal,
    Grape,
    Orange,
    Red,
    Green,
    Cyan,
    Pink,
    Yellow,
    Indigo,
}

impl ProfileColor {
    /// Every colour, in the order the colour picker shows them.
    pub const ALL: [ProfileColor; 10] = [
        Self::Blue,
        Self::Teal,
        Self::Grape,
        Self::Orange,
        Self::Red,
        Self::Green,
        Self::Cyan,
        Self::Pink,
        Self::Yellow,
        Self::Indigo,
    ];

    /// The Mantine colour name, e.g. `"grape"`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Blue => "blue",
            Self::Teal => "teal",
            Self::Grape => "grape",
            Self::Orange => "orange",
            Self::Red => "red",
            Self::Green => "green",
            Self::Cyan => "cyan",
            Self::Pink => "pink",
            Self::Yellow => "yellow",
            Self::Indigo => "indigo",
        }
    }
}

impl std::str::FromStr for ProfileColor {
    type Err = CredentialsError;

    /// Parses a Mantine colour name as [`name`](Self::name) returns it, e.g. `"teal"`.
    fn from_str(name: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|color| color.name() == name)
            .ok_or_else(|| CredentialsError::InvalidProfileColor {
                color: name.to_string(),
            })
    }
}

/// What the operator enters to create a profile.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewProfile {
    pub name: String,
    pub tenant_url: TenantUrl,
    pub color: ProfileColor,
    #[serde(default)]
    pub read_only: bool,
}

/// A change to an existing profile; `None` leaves that field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileUpdate {
    pub name: Option<String>,
    pub tenant_url: Option<TenantUrl>,
    pub color: Option<ProfileColor>,
    pub read_only: Option<bool>,
}

/// A profile name as shown in the header: trimmed, not empty, not absurdly long.
pub(crate) fn clean_name(name: &str) -> Result<String> {
    const MAX_CHARS: usize = 60;
    let name = name.trim();
    if name.is_empty() {
        return Err(CredentialsError::InvalidProfileName {
            message: "Give the profile a name, for example \"Production\".".into(),
        });
    }
    if name.chars().count() > MAX_CHARS {
        return Err(CredentialsError::InvalidProfileName {
            message: format!("Keep the profile name under {MAX_CHARS} characters."),
        });
    }
    Ok(name.to_string())
}

/// Names are compared the way operators read them: "Staging" and "staging" are the same.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_serialise_as_mantine_names() {
        for color in ProfileColor::ALL {
            assert_eq!(
                serde_json::to_value(color).unwrap(),
                serde_json::Value::String(color.name().into())
            );
        }
        assert!(serde_json::from_str::<ProfileColor>("\"chartreuse\"").is_err());
        for color in ProfileColor::ALL {
            assert_eq!(color.name().parse::<ProfileColor>().unwrap(), color);
        }
        assert_eq!(
            "chartreuse".parse::<ProfileColor>().unwrap_err(),
            CredentialsError::InvalidProfileColor {
                color: "chartreuse".into()
            }
        );
    }

    #[test]
    fn names_are_trimmed_and_compared_without_case() {
        assert_eq!(clean_name("  Staging ").unwrap(), "Staging");
        assert!(clean_name("   ").is_err());
        assert!(clean_name(&"x".repeat(61)).is_err());
        assert!(same_name("Ståging", "STÅGING"));
        assert!(!same_name("Staging", "Production"));
    }
}
