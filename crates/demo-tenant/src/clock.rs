//! Dates in the API's formats.

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

/// `2026-03-01T08:15:00Z`, whole seconds, as the API writes them.
pub fn format_datetime(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(at)
        .format(&Rfc3339)
        .unwrap_or_default()
}

pub fn format_date(at: OffsetDateTime) -> String {
    let date = at.date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

pub fn format_time(hour: u8, minute: u8) -> String {
    format!("{hour:02}:{minute:02}")
}

/// Reads an RFC 3339 timestamp or a plain date.
pub fn parse(text: &str) -> Option<OffsetDateTime> {
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(at);
    }
    let with_time = format!("{text}T00:00:00Z");
    OffsetDateTime::parse(&with_time, &Rfc3339).ok()
}
