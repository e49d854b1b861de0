use serde::{Deserialize, Serialize};

/// How a change ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// On its way: recorded before the request went out. An entry still
    /// "sent" after Plugdesk restarted was in flight when it stopped.
    Sent,
    /// The tenant applied it (200/201/204).
    Succeeded,
    /// The tenant accepted it for later (202): the charging system may still refuse.
    Accepted,
    /// The tenant or Plugdesk refused it, or it could not be sent.
    Failed,
    /// It was sent but no answer came (cancelled or timed out on the way):
    /// the tenant may have applied it. Check the record.
    Unknown,
}

impl Outcome {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::Succeeded => "succeeded",
            Outcome::Accepted => "accepted",
            Outcome::Failed => "failed",
            Outcome::Unknown => "unknown",
        }
    }

    pub(crate) fn parse(text: &str) -> Outcome {
        match text {
            "sent" => Outcome::Sent,
            "succeeded" => Outcome::Succeeded,
            "accepted" => Outcome::Accepted,
            "unknown" => Outcome::Unknown,
            _ => Outcome::Failed,
        }
    }

    /// The outcome of an answered call with HTTP `status`.
    pub fn from_status(status: u16) -> Outcome {
        match status {
            202 => Outcome::Accepted,
            200..=299 => Outcome::Succeeded,
            _ => Outcome::Failed,
        }
    }
}

/// A change to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewActivity {
    pub profile_id: Option<String>,
    pub tenant_name: String,
    pub operation_id: String,
    /// The operation's short title, e.g. `Charge Point / Reset`.
    pub title: String,
    pub method: String,
    /// The path with its ids filled in, e.g. `/public-api/actions/charge-point/v1.0/12/reset/soft`.
    pub path: String,
    /// The request body as sent (kept for "what exactly did I change?");
    /// stored with every secret field replaced by a marker.
    pub body: Option<serde_json::Value>,
    /// The bulk run this change is one record of (one entry per record, all
    /// sharing the run's id); `None` for a change made on its own.
    pub bulk_run: Option<String>,
}

/// How a recorded change ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub outcome: Outcome,
    pub status: Option<u16>,
    /// The error message shown to the operator, when it failed.
    pub error: Option<String>,
    pub duration_ms: u32,
}

/// A recorded change, as the activity screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ActivityEntry {
    pub id: u32,
    /// RFC 3339, UTC.
    pub at: String,
    pub profile_id: Option<String>,
    pub tenant_name: String,
    pub operation_id: String,
    pub title: String,
    pub method: String,
    pub path: String,
    pub body: Option<serde_json::Value>,
    pub outcome: Outcome,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub duration_ms: u32,
    /// The bulk run this change belongs to, if it was one of many.
    pub bulk_run: Option<String>,
}

/// Which entries to list: newest first, a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct ActivityQuery {
    /// Only this profile's changes.
    pub profile_id: Option<String>,
    /// Entries older than this id (the last id of the previous page).
    pub before_id: Option<u32>,
    /// At most this many (default 100, at most 500).
    pub limit: Option<u32>,
    /// Only the changes of this bulk run.
    pub bulk_run: Option<String>,
}
