use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One filter as the list screen holds it: a typed value, or several for a
/// filter that takes a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(untagged)]
pub enum FilterValue {
    One(String),
    Many(Vec<String>),
}

/// Everything a list screen needs to show the same records the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase", default)]
pub struct ViewState {
    /// The catalog's key of the listed resource (`chargePoints`).
    pub resource: String,
    pub filter: BTreeMap<String, FilterValue>,
    pub include: Vec<String>,
    /// Parent record ids of a nested listing, by path parameter.
    pub path: BTreeMap<String, String>,
    /// The columns in their order; `None` keeps the resource's defaults.
    pub columns: Option<Vec<String>>,
    /// Widths in pixels of the columns the operator resized.
    pub column_widths: BTreeMap<String, u32>,
    pub per_page: Option<u32>,
}

/// A view as stored for one profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct SavedView {
    pub id: u32,
    pub name: String,
    /// Shown on Home as a counter tile.
    pub pinned: bool,
    pub state: ViewState,
}
