//! The one rule for the singular and plural forms of a resource's name.
//!
//! The API names collections in the plural (`charge-points`, `taxes`,
//! `utilities`) and fields after one record (`chargePointId`, `taxId`). The
//! generator links such fields to their collections and labels one record of
//! each resource; the demo tenant sizes the ids it invents by the same link.
//! Both use these functions, so the two never disagree about which collection
//! a name means.

/// The forms a collection named after `name` may take, most literal first:
/// the name itself, then `…s`, `…es` and (for a trailing `y`) `…ies`.
pub fn plural_forms(name: &str) -> Vec<String> {
    let mut forms = vec![name.to_string(), format!("{name}s"), format!("{name}es")];
    if let Some(stem) = name.strip_suffix('y') {
        forms.push(format!("{stem}ies"));
    }
    forms
}

/// The collection among `keys` named `name` in one of its [`plural_forms`].
pub fn matching_resource<'a>(
    name: &str,
    keys: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let keys: Vec<&str> = keys.into_iter().collect();
    plural_forms(name)
        .into_iter()
        .find(|form| keys.contains(&form.as_str()))
}

/// One record of a collection labelled `plural`: `Charge points` → `Charge point`,
/// `Utilities` → `Utility`. Irregular words are the overlay's to correct.
pub fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = plural.strip_suffix('s') {
        stem.to_string()
    } else {
        plural.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_their_collections_in_any_regular_plural() {
        let keys = ["charge-points", "taxes", "utilities", "settings"];
        assert_eq!(
            matching_resource("charge-point", keys).as_deref(),
            Some("charge-points")
        );
        assert_eq!(matching_resource("tax", keys).as_deref(), Some("taxes"));
        assert_eq!(
            matching_resource("utility", keys).as_deref(),
            Some("utilities")
        );
        assert_eq!(
            matching_resource("settings", keys).as_deref(),
            Some("settings")
        );
        assert_eq!(matching_resource("user", keys), None);
    }

    #[test]
    fn the_literal_name_wins_over_a_plural() {
        assert_eq!(
            matching_resource("status", ["statuses", "status"]).as_deref(),
            Some("status")
        );
    }

    #[test]
    fn singulars_undo_the_regular_plurals() {
        assert_eq!(singular("Charge points"), "Charge point");
        assert_eq!(singular("Utilities"), "Utility");
        assert_eq!(singular("Settings"), "Setting");
        assert_eq!(singular("Staff"), "Staff");
    }
}
