//! Finds the operation a request path means, from the operation table.

use std::collections::HashMap;

use ampeco::generated::OPERATIONS;
use ampeco::operation::{Method, Operation};

/// Path templates split into segments, ready to match.
pub struct Routes {
    entries: Vec<(&'static Operation, Vec<&'static str>)>,
}

impl Default for Routes {
    fn default() -> Self {
        Routes::new()
    }
}

impl Routes {
    pub fn new() -> Routes {
        let entries = OPERATIONS
            .iter()
            .map(|op| (op, op.path.split('/').collect()))
            .collect();
        Routes { entries }
    }

    /// The operation for `method` and `path`, with its path values decoded.
    /// Where templates overlap (`price-periods/date` and `price-periods/{id}`),
    /// the one with more literal segments wins.
    pub fn find(
        &self,
        method: Method,
        path: &str,
    ) -> Option<(&'static Operation, HashMap<String, String>)> {
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let mut best: Option<(&'static Operation, usize)> = None;
        for (op, template) in &self.entries {
            if op.method != method || template.len() != segments.len() {
                continue;
            }
            let mut literals = 0;
            let fits = template.iter().zip(&segments).all(|(t, s)| {
                if t.starts_with('{') {
                    !s.is_empty()
                } else {
                    literals += 1;
                    t == s
                }
            });
            if fits && best.is_none_or(|(_, most)| literals > most) {
                best = Some((op, literals));
            }
        }
        let (op, _) = best?;
        let template: Vec<&str> = op.path.split('/').collect();
        let values = template
            .iter()
            .zip(&segments)
            .filter(|(t, _)| t.starts_with('{'))
            .map(|(t, s)| {
                let value = percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned();
                (t[1..t.len() - 1].to_owned(), value)
            })
            .collect();
        Some((op, values))
    }
}

pub fn method_of(method: &axum::http::Method) -> Option<Method> {
    Some(match method.as_str() {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "PATCH" => Method::Patch,
        "DELETE" => Method::Delete,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_operation_and_decodes_its_path_values() {
        let routes = Routes::new();
        let (op, values) = routes
            .find(
                Method::Get,
                "/public-api/resources/charge-points/v2.0/7/evses/12",
            )
            .expect("a known path");
        assert_eq!(op.id, "chargePointEvseRead");
        assert_eq!(values["chargePoint"], "7");
        assert_eq!(values["evse"], "12");
        let (_, values) = routes
            .find(
                Method::Get,
                "/public-api/resources/charge-points/v2.0/7/configurations/Heart%20Beat",
            )
            .expect("a known path");
        assert_eq!(values["key"], "Heart Beat");
    }

    #[test]
    fn a_literal_segment_wins_over_a_parameter() {
        let routes = Routes::new();
        let (op, _) = routes
            .find(
                Method::Get,
                "/public-api/resources/electricity-rates/v2.0/3/price-periods/date",
            )
            .expect("a known path");
        assert!(op.path.ends_with("/price-periods/date"), "{}", op.path);
    }

    #[test]
    fn unknown_paths_and_methods_find_nothing() {
        let routes = Routes::new();
        assert!(routes
            .find(Method::Get, "/public-api/resources/unicorns/v1.0")
            .is_none());
        assert!(routes
            .find(Method::Put, "/public-api/resources/sessions/v1.0")
            .is_none());
    }
}
