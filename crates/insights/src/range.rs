//! The time ranges of Home's charts, cut into days (hours for today) of the
//! operator's own calendar: a day starts at local midnight, also across a
//! change to or from summer time.

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};
use serde::{Deserialize, Serialize};

/// The ranges the operator chooses between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum TimeRange {
    /// Since local midnight, by hour.
    Today,
    /// Today and the six days before it, by day.
    Days7,
    /// Today and the 29 days before it, by day.
    Days30,
}

/// One bar of a chart: `[start, end)`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bucket {
    pub start: Timestamp,
    pub end: Timestamp,
}

impl Bucket {
    /// The filter bounds of this bucket: the API's `…After` and `…Before`
    /// include their bound, and timestamps are whole seconds, so the last
    /// second before the next bucket ends this one.
    pub(crate) fn bounds(&self) -> (String, String) {
        let last = self.end - 1.second();
        (utc(self.start), utc(last))
    }
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The operator's time zone by its IANA name, or this computer's when the name is unknown.
pub(crate) fn time_zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or_else(|_| TimeZone::system())
}

/// The buckets of `range` in `zone`, oldest first, the last one holding `now`.
pub(crate) fn buckets(range: TimeRange, zone: &TimeZone, now: Timestamp) -> Vec<Bucket> {
    let here = now.to_zoned(zone.clone());
    let midnight = here.start_of_day().unwrap_or_else(|_| here.clone());
    let cut = |starts: Vec<Zoned>, step: jiff::Span| {
        starts
            .into_iter()
            .filter_map(|start| {
                let end = start.checked_add(step).ok()?;
                Some(Bucket {
                    start: start.timestamp(),
                    end: end.timestamp(),
                })
            })
            .collect::<Vec<_>>()
    };
    match range {
        TimeRange::Today => {
            let hours = (0..24)
                .filter_map(|hour| midnight.checked_add(hour.hours()).ok())
                .filter(|start| start.timestamp() <= now)
                .filter(|start| start.date() == midnight.date())
                .collect();
            cut(hours, 1.hour())
        }
        TimeRange::Days7 | TimeRange::Days30 => {
            let days = if range == TimeRange::Days7 { 7 } else { 30 };
            let starts = (0..days)
                .rev()
                .filter_map(|back| midnight.checked_sub(i64::from(back).days()).ok())
                .collect();
            cut(starts, 1.day())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn today_is_cut_into_the_hours_since_local_midnight() {
        let zone = TimeZone::get("Europe/Berlin").unwrap();
        let buckets = buckets(TimeRange::Today, &zone, at("2026-03-10T09:30:00Z"));
        // 10:30 in Berlin: 00:00 … 10:00 local.
        assert_eq!(buckets.len(), 11);
        assert_eq!(buckets[0].start, at("2026-03-09T23:00:00Z"));
        assert_eq!(buckets[10].end, at("2026-03-10T10:00:00Z"));
    }

    #[test]
    fn days_start_at_local_midnight_across_summer_time() {
        let zone = TimeZone::get("Europe/Berlin").unwrap();
        let buckets = buckets(TimeRange::Days7, &zone, at("2026-03-31T12:00:00Z"));
        assert_eq!(buckets.len(), 7);
        assert_eq!(buckets[0].start, at("2026-03-24T23:00:00Z"));
        // 29 March 2026 has 23 hours in Berlin.
        let short = buckets
            .iter()
            .find(|b| b.start == at("2026-03-28T23:00:00Z"))
            .unwrap();
        assert_eq!(short.end, at("2026-03-29T22:00:00Z"));
        assert_eq!(buckets[6].end, at("2026-03-31T22:00:00Z"));
    }

    #[test]
    fn filter_bounds_end_one_second_before_the_next_bucket() {
        let bucket = Bucket {
            start: at("2026-03-10T00:00:00Z"),
            end: at("2026-03-11T00:00:00Z"),
        };
        assert_eq!(
            bucket.bounds(),
            (
                "2026-03-10T00:00:00Z".to_owned(),
                "2026-03-10T23:59:59Z".to_owned()
            )
        );
    }
}
