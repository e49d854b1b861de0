//! Older path versions of a resource (`charge-points/v1.0` beside
//! `charge-points/v2.0`) whose every operation is deprecated become resources
//! of their own, keyed `charge-points-v1-0`. The app offers them behind its
//! "show older API versions" setting, marked deprecated and pointing at the
//! current version, instead of hiding them under it. A nested resource moves
//! with its parent only where the parent's version moved too: a current
//! `charge-points/v1.0/{chargePoint}/status` stays under the current charge
//! points.

use std::collections::{BTreeMap, BTreeSet};

use crate::place::PathPlace;
use crate::replacement::parse_version;

/// The (resource key, version) pairs to split off: every operation of the
/// resource at that version is deprecated, and the resource has a newer one.
pub fn older_versions<'a>(
    places: impl IntoIterator<Item = (&'a PathPlace, bool)>,
) -> BTreeSet<(String, String)> {
    let mut all_deprecated: BTreeMap<(String, String), bool> = BTreeMap::new();
    let mut newest: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for (place, deprecated) in places {
        let Some(version) = parse_version(&place.version) else {
            continue;
        };
        let entry = newest.entry(place.key.clone()).or_insert(version);
        *entry = (*entry).max(version);
        *all_deprecated
            .entry((place.key.clone(), place.version.clone()))
            .or_insert(true) &= deprecated;
    }
    all_deprecated
        .into_iter()
        .filter(|((key, version), deprecated)| {
            *deprecated && parse_version(version) < newest.get(key).copied()
        })
        .map(|(pair, _)| pair)
        .collect()
}

/// `charge-points.configurations` at `v1.0` → `charge-points-v1-0.configurations`.
pub fn versioned_key(key: &str, version: &str) -> String {
    let slug = version.replace('.', "-");
    match key.split_once('.') {
        Some((top, rest)) => format!("{top}-{slug}.{rest}"),
        None => format!("{key}-{slug}"),
    }
}

/// Moves a place of an older version under its own key, and under its parent's
/// older version where that moved too; other places stay.
pub fn relocate(place: &mut PathPlace, older: &BTreeSet<(String, String)>) {
    if !older.contains(&(place.key.clone(), place.version.clone())) {
        return;
    }
    if let Some((parent, _)) = place.parent.as_mut() {
        if older.contains(&(parent.clone(), place.version.clone())) {
            *parent = versioned_key(parent, &place.version);
        }
    }
    place.key = match &place.parent {
        Some((parent, _)) if current_key(parent).is_some() => {
            let last = place.key.rsplit('.').next().unwrap_or(&place.key);
            format!("{parent}.{last}")
        }
        _ => versioned_key(&place.key, &place.version),
    };
}

/// The key of the current resource an older version's key stands beside.
pub fn current_key(key: &str) -> Option<String> {
    let (top, rest) = match key.split_once('.') {
        Some((top, rest)) => (top, Some(rest)),
        None => (key, None),
    };
    let base = strip_version_suffix(top);
    if base == top {
        return None;
    }
    Some(match rest {
        Some(rest) => format!("{base}.{rest}"),
        None => base.to_string(),
    })
}

/// `charge-points-v1-0` → `charge-points`; anything else unchanged.
pub fn strip_version_suffix(segment: &str) -> &str {
    let Some((base, slug)) = segment.rsplit_once("-v") else {
        return segment;
    };
    let is_version = slug
        .split_once('-')
        .is_some_and(|(major, minor)| is_number(major) && is_number(minor));
    if is_version {
        base
    } else {
        segment
    }
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(key: &str, version: &str, parent: Option<(&str, &str)>) -> PathPlace {
        PathPlace {
            key: key.to_string(),
            version: version.to_string(),
            parent: parent.map(|(k, p)| (k.to_string(), p.to_string())),
        }
    }

    #[test]
    fn splits_off_only_fully_deprecated_older_versions() {
        let cp = Some(("charge-points", "chargePoint"));
        let places = [
            (place("charge-points", "v1.0", None), true),
            (place("charge-points.configurations", "v1.0", cp), true),
            // Current although on the older path version: stays.
            (place("charge-points.status", "v1.0", cp), false),
            (place("charge-points", "v2.0", None), false),
            (place("charge-points.configurations", "v2.0", cp), false),
            // Deprecated but the only version: stays where it is.
            (place("rfid-tags", "v1.0", None), true),
            // Only the nested resource has a newer version: it moves alone.
            (place("sites", "v1.0", None), false),
            (place("sites.meters", "v1.0", Some(("sites", "site"))), true),
            (
                place("sites.meters", "v2.0", Some(("sites", "site"))),
                false,
            ),
        ];
        let older = older_versions(places.iter().map(|(p, d)| (p, *d)));
        let pair = |k: &str| (k.to_string(), "v1.0".to_string());
        assert_eq!(
            older,
            BTreeSet::from([
                pair("charge-points"),
                pair("charge-points.configurations"),
                pair("sites.meters")
            ])
        );
        let moved = |index: usize| {
            let mut place = places[index].0.clone();
            relocate(&mut place, &older);
            (place.key, place.parent.map(|(k, _)| k))
        };
        assert_eq!(
            moved(1),
            (
                "charge-points-v1-0.configurations".to_string(),
                Some("charge-points-v1-0".to_string())
            )
        );
        assert_eq!(
            moved(2),
            (
                "charge-points.status".to_string(),
                Some("charge-points".to_string())
            )
        );
        assert_eq!(
            moved(7),
            ("sites-v1-0.meters".to_string(), Some("sites".to_string()))
        );
    }

    #[test]
    fn keys_round_trip() {
        assert_eq!(versioned_key("evses", "v2.0"), "evses-v2-0");
        assert_eq!(current_key("evses-v2-0").as_deref(), Some("evses"));
        assert_eq!(
            current_key("charge-points-v1-0.configurations").as_deref(),
            Some("charge-points.configurations")
        );
        assert_eq!(current_key("charge-points"), None);
        assert_eq!(strip_version_suffix("e-v-chargers"), "e-v-chargers");
    }
}
