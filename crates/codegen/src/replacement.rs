//! Which operation replaces a deprecated one.
//!
//! For a deprecated operation, the replacement is the non-deprecated operation
//! with the same method and the same path once the version segment (`vX.Y`) and
//! parameter names are ignored, in a newer version (the newest wins). Failing
//! that, a non-deprecated operation with an identical summary.

use std::collections::BTreeMap;

use crate::spec::SpecOperation;

/// `deprecated operation id → replacement operation id`.
pub fn replacements(ops: &[SpecOperation]) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for old in ops.iter().filter(|op| op.deprecated) {
        let (old_shape, old_version) = path_shape(&old.path);
        let by_path = ops
            .iter()
            .filter(|new| !new.deprecated && new.method == old.method)
            .filter_map(|new| {
                let (shape, version) = path_shape(&new.path);
                (shape == old_shape && version > old_version).then_some((version, new))
            })
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.id.cmp(&a.1.id)))
            .map(|(_, new)| new);
        let by_summary = || {
            ops.iter().find(|new| {
                !new.deprecated && !old.summary.is_empty() && new.summary == old.summary
            })
        };
        if let Some(new) = by_path.or_else(by_summary) {
            found.insert(old.id.clone(), new.id.clone());
        }
    }
    found
}

/// The path with its version segment and parameter names blanked, and the version.
pub fn path_shape(path: &str) -> (String, Option<(u32, u32)>) {
    let mut version = None;
    let shape: Vec<&str> = path
        .split('/')
        .map(|segment| {
            if let Some(v) = parse_version(segment) {
                version = Some(v);
                "v*"
            } else if segment.starts_with('{') {
                "{}"
            } else {
                segment
            }
        })
        .collect();
    (shape.join("/"), version)
}

/// `v2.1` → `(2, 1)`.
pub fn parse_version(segment: &str) -> Option<(u32, u32)> {
    let (major, minor) = segment.strip_prefix('v')?.split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::HttpMethod;

    fn op(
        id: &str,
        method: HttpMethod,
        path: &str,
        summary: &str,
        deprecated: bool,
    ) -> SpecOperation {
        SpecOperation {
            id: id.into(),
            summary: summary.into(),
            method,
            path: path.into(),
            path_params: vec![],
            query_params: vec![],
            body: None,
            body_required: false,
            responses: vec![],
            deprecated,
        }
    }

    #[test]
    fn newest_version_of_the_same_path_wins() {
        let ops = [
            op(
                "v1",
                HttpMethod::Get,
                "/r/circuits/v1.0/{dlmCircuit}",
                "Read",
                true,
            ),
            op(
                "v2",
                HttpMethod::Get,
                "/r/circuits/v2.0/{circuit}",
                "Read",
                false,
            ),
            op(
                "v21",
                HttpMethod::Get,
                "/r/circuits/v2.1/{circuit}",
                "Read",
                false,
            ),
            op(
                "del",
                HttpMethod::Delete,
                "/r/circuits/v2.1/{circuit}",
                "Delete",
                false,
            ),
        ];
        let found = replacements(&ops);
        assert_eq!(found.get("v1").map(String::as_str), Some("v21"));
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn identical_summary_is_the_fallback() {
        let ops = [
            op("old", HttpMethod::Post, "/n/v1.0", "Subscribe", true),
            op("other", HttpMethod::Post, "/n2/v2.0", "Subscribe", false),
            op("lonely", HttpMethod::Post, "/x/v1.0", "Gone", true),
        ];
        let found = replacements(&ops);
        assert_eq!(found.get("old").map(String::as_str), Some("other"));
        assert!(!found.contains_key("lonely"));
    }

    #[test]
    fn an_older_version_is_never_a_replacement() {
        let ops = [
            op("old", HttpMethod::Get, "/r/a/v1.0", "A", false),
            op("new", HttpMethod::Get, "/r/a/v2.0", "B", true),
        ];
        assert!(replacements(&ops).is_empty());
    }
}
