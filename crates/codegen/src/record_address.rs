//! How one record of a resource is addressed: the path parameter naming it
//! (`chargePoint` in `charge-points/v2.0/{chargePoint}`), or no parameter at
//! all for a resource with one record per parent or per tenant (a charge
//! point's `status`, `settings`). The Rust operation table carries it per
//! operation (the demo tenant stores records under it) and the UI catalog per
//! resource (links, forms and the activity log address records with it), both
//! from [`record_param`].

use std::fmt::Write;

use crate::kind::Kind;
use crate::table::TableEntry;

/// The parameter naming the record a read, update or delete addresses: the
/// path's last segment when it is a parameter. `None` for every other kind and
/// for paths ending in a literal segment.
pub fn record_param(path: &str, kind: Kind) -> Option<String> {
    if !matches!(kind, Kind::Read | Kind::Update | Kind::Delete) {
        return None;
    }
    let last = path.rsplit('/').next()?;
    let param = last.strip_prefix('{')?.strip_suffix('}')?;
    Some(param.to_string())
}

/// How a resource's records are addressed, from the operations in its slots.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordAddress {
    /// The parameter naming one record; `None` when no operation names one.
    pub id_param: Option<String>,
    /// The resource is read without an id of its own: one record per parent or tenant.
    pub single_record: bool,
}

/// The address of a resource whose read, update and delete slots hold `slots`
/// (in that order of preference; absent slots left out).
pub fn record_address<'a>(
    read: Option<&'a TableEntry>,
    others: impl IntoIterator<Item = &'a TableEntry>,
) -> RecordAddress {
    let single_record = read.is_some_and(|entry| record_param(&entry.path, entry.kind).is_none());
    let id_param = read
        .into_iter()
        .chain(others)
        .find_map(|entry| record_param(&entry.path, entry.kind));
    RecordAddress {
        id_param: if single_record { None } else { id_param },
        single_record,
    }
}

/// `generated/record_params.rs`: the record parameter of every operation that names one.
pub fn record_params_rs(header: &str, table: &[TableEntry]) -> String {
    let mut out = format!(
        "// {header}\n\n\
         //! The path parameter naming the record each read, update and delete addresses.\n\n\
         /// `(operation id, parameter)`, sorted by id.\n\
         static RECORD_PARAMS: &[(&str, &str)] = &[\n"
    );
    let mut rows: Vec<(&str, String)> = table
        .iter()
        .filter_map(|e| Some((e.id.as_str(), record_param(&e.path, e.kind)?)))
        .collect();
    rows.sort();
    for (id, param) in rows {
        let _ = writeln!(out, "    ({id:?}, {param:?}),");
    }
    out.push_str(
        "];\n\n\
         /// The parameter naming the record operation `id` addresses (`chargePoint`), if any.\n\
         pub fn record_param(id: &str) -> Option<&'static str> {\n\
         RECORD_PARAMS.binary_search_by(|(op, _)| op.cmp(&id)).ok().map(|index| RECORD_PARAMS[index].1)\n\
         }\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, kind: Kind) -> TableEntry {
        TableEntry {
            path: path.into(),
            ..TableEntry::for_test("op", kind)
        }
    }

    #[test]
    fn the_last_path_parameter_names_the_record() {
        let read = entry(
            "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}",
            Kind::Read,
        );
        assert_eq!(record_param(&read.path, read.kind).as_deref(), Some("evse"));
        assert_eq!(
            record_address(Some(&read), []),
            RecordAddress {
                id_param: Some("evse".into()),
                single_record: false
            }
        );
    }

    #[test]
    fn a_read_ending_in_a_literal_is_a_single_record() {
        let read = entry(
            "/public-api/resources/charge-points/v2.0/{chargePoint}/status",
            Kind::Read,
        );
        assert_eq!(
            record_address(Some(&read), []),
            RecordAddress {
                id_param: None,
                single_record: true
            }
        );
    }

    #[test]
    fn without_a_read_the_update_or_delete_names_the_record() {
        let delete = entry(
            "/public-api/resources/users/v1.0/{user}/payment-methods/{paymentMethodId}",
            Kind::Delete,
        );
        assert_eq!(
            record_address(None, [&delete]).id_param.as_deref(),
            Some("paymentMethodId")
        );
        let list = entry("/public-api/resources/users/v1.0/{user}", Kind::List);
        assert_eq!(record_param(&list.path, list.kind), None);
    }
}
