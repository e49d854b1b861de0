//! How a record is named to an operator: the field or fields whose text stands
//! for it ("Munich Central", "Anna Novak", "INV-2024-0012"), and the listing
//! filter that selects records by id, when the listing has one.
//!
//! A rule is a list of alternatives, tried in order on each record: the first
//! whose fields give any text names it. Alternatives come from the record's
//! columns, in the order of [`CANDIDATES`]; a resource whose records have none
//! of them has an empty rule and shows its ids alone. The UI overlay may
//! replace a resource's rule.

use crate::column::Column;
use crate::table::Field;

/// Field sets that name a record, best first. A set applies when the record
/// has every one of its fields.
pub const CANDIDATES: &[&[&str]] = &[
    &["name"],
    &["displayName"],
    &["title"],
    &["label"],
    &["businessName"],
    &["firstName", "lastName"],
    &["email"],
    &["number"],
    &["code"],
    &["serialNumber"],
];

/// Column types whose values can be shown as a name: text, numbers, and
/// arrays (translated names come as `[{locale, translation}]`).
fn nameable(column: &Column) -> bool {
    matches!(
        column.value_type.as_str(),
        "string" | "integer" | "number" | "array"
    )
}

/// The naming rule of records with `columns`.
pub fn name_rule(columns: &[Column]) -> Vec<Vec<String>> {
    let has = |name: &str| columns.iter().any(|c| c.name == name && nameable(c));
    CANDIDATES
        .iter()
        .filter(|fields| fields.iter().all(|f| has(f)))
        .map(|fields| fields.iter().map(|f| f.to_string()).collect())
        .collect()
}

/// The listing filter taking record ids: `id` or `ids`, an array preferred
/// (one call then selects a whole page's references).
pub fn id_filter(filters: &[Field]) -> Option<String> {
    let mut candidates: Vec<&Field> = filters
        .iter()
        .filter(|f| f.name == "id" || f.name == "ids")
        .collect();
    candidates.sort_by_key(|f| !f.is_array);
    candidates.first().map(|f| f.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(name: &str, value_type: &str) -> Column {
        Column {
            name: name.into(),
            value_type: value_type.into(),
            format: None,
            enum_values: Vec::new(),
            nullable: false,
        }
    }

    fn rule(columns: &[Column]) -> Vec<String> {
        name_rule(columns).iter().map(|alt| alt.join("+")).collect()
    }

    #[test]
    fn a_person_is_named_by_first_and_last_name_then_email() {
        let columns = [
            column("id", "integer"),
            column("email", "string"),
            column("firstName", "string"),
            column("lastName", "string"),
        ];
        assert_eq!(rule(&columns), ["firstName+lastName", "email"]);
    }

    #[test]
    fn name_comes_first_and_half_a_pair_does_not_count() {
        let columns = [
            column("title", "string"),
            column("name", "array"),
            column("firstName", "string"),
        ];
        assert_eq!(rule(&columns), ["name", "title"]);
    }

    #[test]
    fn objects_and_flags_never_name_a_record() {
        let columns = [column("name", "object"), column("label", "boolean")];
        assert!(name_rule(&columns).is_empty());
    }

    #[test]
    fn the_id_filter_prefers_an_array() {
        let field = |name: &str, is_array: bool| Field {
            name: name.into(),
            value_type: crate::table::ScalarType::String,
            format: None,
            enum_values: Vec::new(),
            is_array,
            required: false,
        };
        assert_eq!(id_filter(&[field("status", false)]), None);
        assert_eq!(
            id_filter(&[field("id", false), field("ids", true)]).as_deref(),
            Some("ids")
        );
    }
}
