//! Where an operation's path sits among the API's resources: the resource key,
//! the path version and the parent. Both the catalog and the split of older
//! versions read it, so it lives apart from either.

use crate::replacement::parse_version;

/// Where a path sits: resource key, version, and parent (key, param).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathPlace {
    pub key: String,
    pub version: String,
    pub parent: Option<(String, String)>,
}

/// The resource a `/resources/` or `/notifications/` path belongs to.
pub fn resource_of_path(path: &str) -> Option<PathPlace> {
    let rest = path.strip_prefix("/public-api/")?;
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let (name, after) = match segments.as_slice() {
        ["resources", name, version, after @ ..] if parse_version(version).is_some() => {
            (*name, (*version, after))
        }
        ["notifications", version, after @ ..] if parse_version(version).is_some() => {
            ("notifications", (*version, after))
        }
        _ => return None,
    };
    let (version, after) = after;
    let mut key = name.to_string();
    let mut parent = None;
    let mut last_param: Option<&str> = None;
    for segment in after {
        if let Some(param) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            last_param = Some(param);
        } else {
            parent = Some((key.clone(), last_param.unwrap_or_default().to_string()));
            key = format!("{key}.{segment}");
        }
    }
    Some(PathPlace {
        key,
        version: version.to_string(),
        parent,
    })
}
