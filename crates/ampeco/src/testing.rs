//! Hand-built operation literals for unit tests, independent of the generated table.

use crate::operation::{Method, Operation, OperationKind, Pagination, QueryField, ValueType};

/// A plain GET with no parameters; tests override fields with `..OP`.
pub const OP: Operation = Operation {
    id: "testOperation",
    title: "Test / Operation",
    kind: OperationKind::Read,
    method: Method::Get,
    path: "/public-api/resources/things/v1.0",
    path_params: &[],
    query: &[],
    filters: &[],
    includes: &[],
    pagination: Pagination::None,
    per_page: false,
    body_schema: None,
    body_required: false,
    success: &[200],
    deprecated: false,
    replaced_by: None,
};

pub const fn field(name: &'static str, value_type: ValueType, is_array: bool) -> QueryField {
    QueryField {
        name,
        value_type,
        format: None,
        enum_values: &[],
        is_array,
        required: false,
    }
}
