//! The shape of one entry in the generated operation table.
//!
//! Everything here is `'static` data: `crates/codegen` writes the table as Rust
//! literals in `generated/operations.rs`, so looking an operation up costs nothing
//! at run time and a spec change shows up as a compile-time diff.

use serde::Serialize;

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Reads have no side effects and may be retried; everything else is a write.
    pub fn is_read(self) -> bool {
        matches!(self, Method::Get)
    }
}

/// What an operation does, in the terms the UI is organised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum OperationKind {
    /// GET on a collection: returns many records.
    List,
    /// GET on one record.
    Read,
    /// POST on a collection under `/resources/`.
    Create,
    /// PATCH or PUT on one record.
    Update,
    /// DELETE on one record.
    Delete,
    /// Anything under `/actions/`.
    Action,
    /// Everything else (e.g. notification subscriptions, singleton settings).
    Other,
}

/// How a listing pages through its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Pagination {
    /// Not a paginated listing.
    None,
    /// `cursor` query parameter; start with an empty cursor, follow `links.next`.
    Cursor,
    /// `page` query parameter; only where the operation offers no cursor.
    Page,
}

/// The scalar type of a parameter or filter value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ValueType {
    String,
    Integer,
    Number,
    Boolean,
}

/// A `{name}` segment of the path template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PathParam {
    pub name: &'static str,
    pub value_type: ValueType,
    /// Enum values, when the spec restricts the segment (rare).
    pub enum_values: &'static [&'static str],
}

/// One value the API accepts in a query parameter or inside `filter[...]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryField {
    pub name: &'static str,
    pub value_type: ValueType,
    /// OpenAPI `format` after fix-ups (`date-time`, `date`, `time`, `email`, ...).
    pub format: Option<&'static str>,
    pub enum_values: &'static [&'static str],
    /// The API takes a list: encoded as `name[0]=a&name[1]=b`.
    pub is_array: bool,
    pub required: bool,
}

/// One operation of the Public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// The spec's `operationId`, e.g. `chargePointsListing`.
    pub id: &'static str,
    /// A short human title (the spec's summary), e.g. `Charge Points / Listing`.
    pub title: &'static str,
    pub kind: OperationKind,
    pub method: Method,
    /// Path template, e.g. `/public-api/resources/charge-points/v2.0/{chargePoint}`.
    pub path: &'static str,
    pub path_params: &'static [PathParam],
    /// Plain query parameters other than `filter`, `include`, `cursor`, `page`, `per_page`.
    pub query: &'static [QueryField],
    /// Fields of the deepObject `filter` parameter, encoded `filter[name]=value`.
    pub filters: &'static [QueryField],
    /// Values the deepObject `include` parameter accepts, encoded `include[0]=value`.
    pub includes: &'static [&'static str],
    pub pagination: Pagination,
    /// Whether the operation accepts `per_page`.
    pub per_page: bool,
    /// Key of the request body schema in `generated/request_schemas.json`.
    pub body_schema: Option<&'static str>,
    pub body_required: bool,
    /// Declared 2xx status codes.
    pub success: &'static [u16],
    pub deprecated: bool,
    /// The operation that replaces a deprecated one, when one can be identified.
    pub replaced_by: Option<&'static str>,
}
