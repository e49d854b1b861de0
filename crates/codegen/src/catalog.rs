//! The UI catalog (`ui/src/generated/catalog.ts`): the resources the API
//! manages, each with its operations, columns, filters, parent and references.
//!
//! Rules, all mechanical (a hand-written overlay in the UI refines labels,
//! default columns and hints):
//! - **Resource**: from the path. `/public-api/resources/<name>/<vX.Y>/…` and
//!   `/public-api/notifications/<vX.Y>/…`; every literal segment after the
//!   version nests one level: `charge-points/v2.0/{chargePoint}/evses/{evse}`
//!   is `charge-points.evses`, whose parent is `charge-points` through the path
//!   parameter just before `evses` (`chargePoint`).
//! - **Slots** (list/read/create/update/delete): per kind, non-deprecated first,
//!   then the newest path version, then the smallest id.
//! - **Actions**: `/public-api/actions/<name>/<vX.Y>/…` belong to the top-level
//!   resource named `<name>`, `<name>s`, `<name>es` or `<nam>ies`.
//! - **Columns**: the top-level properties of the listing's record (`data[]`
//!   items, or the array items), else of the read's record; `id` first, then by name.
//! - **References**: a column or top-level body field named `<x>Id` / `<x>Ids`
//!   that refers to another resource's records, by the rules and tables of
//!   [`crate::references`]; a reference to a nested resource says which fields of
//!   the same record fill its parents' path parameters. The id-named fields that
//!   refer to nothing are listed as plain ids.
//! - **Body references**: the request body field names that refer to the same
//!   top-level resource in every body (see [`crate::body_references`]), for forms.
//! - **Deprecated**: every operation of the resource is deprecated; its
//!   replacement is the resource of the list's (else any) operation's replacement.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use crate::body_references::{body_references, Body};
pub use crate::column::Column;
use crate::json_schema::{convert, Direction};
use crate::kind::Kind;
use crate::older_versions::{current_key, older_versions, relocate, strip_version_suffix};
use crate::output::sorted_json;
use crate::place::{resource_of_path, PathPlace};
use crate::record_address::{record_address, RecordAddress};
use crate::record_names::{id_filter, name_rule};
use crate::references::{is_id_field, matching_resource, Reference, Resolver, Target};
use crate::replacement::parse_version;
use crate::spec::{Spec, SpecOperation};
use crate::table::{enum_strings, Field, Paging, TableEntry};

#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub key: String,
    pub label: String,
    pub version: String,
    pub deprecated: bool,
    pub replaced_by: Option<String>,
    /// Parent resource key and the path parameter naming the parent record.
    pub parent: Option<(String, String)>,
    /// Operation id per slot kind (list, read, create, update, delete).
    pub slots: BTreeMap<Kind, String>,
    pub actions: Vec<String>,
    pub columns: Vec<Column>,
    pub filters: Vec<Field>,
    pub includes: Vec<String>,
    pub pagination: Paging,
    pub references: Vec<Reference>,
    /// Fields named like ids (`<x>Id`, `<x>Ids`) that refer to no resource.
    pub plain_ids: Vec<String>,
    /// How one record is addressed (see [`crate::record_address`]).
    pub address: RecordAddress,
    /// The current version's key: the key itself, or `charge-points` for `charge-points-v1-0`.
    pub current_key: String,
    /// Which fields name a record (see [`crate::record_names`]).
    pub name_rule: Vec<Vec<String>>,
    /// The listing filter selecting records by id, if the listing has one.
    pub id_filter: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub resources: Vec<Resource>,
    /// Actions whose path names no known resource.
    pub unassigned_actions: Vec<String>,
    /// Request body field → (resource, many), for names that are a reference wherever they appear.
    pub body_references: BTreeMap<String, (String, bool)>,
}

/// The top-level resource an `/actions/<name>/…` path acts on.
pub fn resource_of_action(path: &str, top_level: &[&str]) -> Option<String> {
    let name = path
        .strip_prefix("/public-api/actions/")?
        .split('/')
        .next()?;
    matching_resource(name, top_level.iter().copied())
}

/// "charge-points.evses" → "Evses"; "charge-points" → "Charge points" (also
/// for its older version, "charge-points-v1-0").
pub fn label_of(key: &str) -> String {
    let last = strip_version_suffix(key.rsplit('.').next().unwrap_or(key)).replace('-', " ");
    let mut chars = last.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

pub fn build(spec: &Spec, table: &[TableEntry]) -> Result<Catalog, String> {
    let ops: BTreeMap<&str, (&SpecOperation, &TableEntry)> = spec
        .operations
        .iter()
        .zip(table)
        .map(|(op, entry)| (op.id.as_str(), (op, entry)))
        .collect();

    // Group operations by resource key; older versions whose every operation is
    // deprecated get keys of their own (see older_versions).
    let placed: Vec<(&SpecOperation, &TableEntry, PathPlace)> = ops
        .values()
        .filter(|(_, entry)| entry.kind != Kind::Action)
        .filter_map(|(op, entry)| Some((*op, *entry, resource_of_path(&op.path)?)))
        .collect();
    let older = older_versions(placed.iter().map(|(_, e, p)| (p, e.deprecated)));
    let mut groups: BTreeMap<String, Vec<(&SpecOperation, &TableEntry, PathPlace)>> =
        BTreeMap::new();
    for (op, entry, mut place) in placed {
        relocate(&mut place, &older);
        groups
            .entry(place.key.clone())
            .or_default()
            .push((op, entry, place));
    }
    // Actions and references point at current resources only.
    let top_level: Vec<&str> = groups
        .keys()
        .filter(|k| !k.contains('.') && current_key(k).is_none())
        .map(String::as_str)
        .collect();

    let mut actions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unassigned_actions = Vec::new();
    for (op, entry) in ops.values().filter(|(_, e)| e.kind == Kind::Action) {
        match resource_of_action(&op.path, &top_level) {
            Some(resource) => actions.entry(resource).or_default().push(entry.id.clone()),
            None => unassigned_actions.push(entry.id.clone()),
        }
    }

    let key_of_op = |id: &str| -> Option<String> {
        ops.get(id)
            .and_then(|(op, _)| resource_of_path(&op.path))
            .map(|p| p.key)
    };

    let mut record_fields: Vec<(String, Vec<String>)> = Vec::new();
    let resources = groups
        .iter()
        .map(|(key, members)| {
            let mut slots = BTreeMap::new();
            for kind in [
                Kind::List,
                Kind::Read,
                Kind::Create,
                Kind::Update,
                Kind::Delete,
            ] {
                let best = members
                    .iter()
                    .filter(|(_, e, _)| e.kind == kind)
                    .min_by(|a, b| {
                        let rank = |m: &(&SpecOperation, &TableEntry, PathPlace)| {
                            (
                                m.1.deprecated,
                                std::cmp::Reverse(parse_version(&m.2.version)),
                            )
                        };
                        rank(a).cmp(&rank(b)).then_with(|| a.1.id.cmp(&b.1.id))
                    });
                if let Some((_, entry, _)) = best {
                    slots.insert(kind, entry.id.clone());
                }
            }
            let slot_entry = |kind: Kind| {
                slots
                    .get(&kind)
                    .and_then(|id| members.iter().find(|(_, e, _)| &e.id == id))
            };
            let main = slot_entry(Kind::List)
                .or_else(|| slot_entry(Kind::Read))
                .or_else(|| members.iter().max_by_key(|m| parse_version(&m.2.version)))
                .expect("a resource has at least one operation");

            let deprecated = members.iter().all(|(_, e, _)| e.deprecated);
            let replaced_by = if deprecated {
                std::iter::once(main)
                    .chain(members.iter())
                    .filter_map(|(_, e, _)| e.replaced_by.as_deref())
                    .filter_map(key_of_op)
                    .find(|k| k != key)
                    // An older version without a named replacement: the current one.
                    .or_else(|| current_key(key).filter(|k| groups.contains_key(k)))
            } else {
                None
            };

            let record = slot_entry(Kind::List)
                .and_then(|(op, _, _)| list_record(op))
                .or_else(|| slot_entry(Kind::Read).and_then(|(op, _, _)| read_record(op)));
            let columns = record.as_ref().map(columns_of).unwrap_or_default();

            let list = slot_entry(Kind::List).map(|(_, e, _)| *e);
            let body_fields = [Kind::Create, Kind::Update]
                .into_iter()
                .filter_map(slot_entry)
                .filter_map(|(op, _, _)| op.body.as_ref())
                .flat_map(|body| property_names(&convert(body, Direction::Request)));
            let mut fields: Vec<String> = columns
                .iter()
                .map(|c| c.name.clone())
                .chain(body_fields)
                .collect();
            let mut seen = BTreeSet::new();
            fields.retain(|f| seen.insert(f.clone()));
            record_fields.push((key.clone(), fields));

            Resource {
                key: key.clone(),
                label: label_of(key),
                version: main.2.version.clone(),
                deprecated,
                replaced_by,
                parent: main.2.parent.clone(),
                slots: slots.clone(),
                actions: actions.get(key).cloned().unwrap_or_default(),
                filters: list.map(|e| e.filters.clone()).unwrap_or_default(),
                includes: list
                    .or_else(|| slot_entry(Kind::Read).map(|(_, e, _)| *e))
                    .map(|e| e.includes.clone())
                    .unwrap_or_default(),
                pagination: list.map(|e| e.pagination).unwrap_or(Paging::None),
                references: Vec::new(),
                plain_ids: Vec::new(),
                address: record_address(
                    slot_entry(Kind::Read).map(|(_, e, _)| *e),
                    [Kind::Update, Kind::Delete]
                        .into_iter()
                        .filter_map(slot_entry)
                        .map(|(_, e, _)| *e),
                ),
                current_key: current_key(key).unwrap_or_else(|| key.clone()),
                name_rule: name_rule(&columns),
                id_filter: list.and_then(|e| id_filter(&e.filters)),
                columns,
            }
        })
        .collect();
    let mut resources: Vec<Resource> = resources;
    let targets: Vec<Target> = resources
        .iter()
        .filter(|r| current_key(&r.key).is_none())
        .map(|r| Target {
            key: r.key.clone(),
            parent_params: parent_params(&resources, r),
        })
        .collect();
    let resolver = Resolver::new(&targets);
    add_references(&mut resources, &record_fields, &resolver)?;

    // Every request body, with the resource its operation belongs to.
    let converted: Vec<(Option<String>, Value)> = ops
        .values()
        .filter_map(|(op, entry)| {
            let body = op.body.as_ref()?;
            let resource = if entry.kind == Kind::Action {
                resource_of_action(&op.path, &top_level)
            } else {
                resource_of_path(&op.path).map(|p| p.key)
            };
            Some((resource, convert(body, Direction::Request)))
        })
        .collect();
    let bodies: Vec<Body> = converted
        .iter()
        .map(|(resource, schema)| Body {
            resource: resource.as_deref(),
            schema,
        })
        .collect();
    let replaced_by: BTreeMap<String, String> = resources
        .iter()
        .filter_map(|r| Some((r.key.clone(), r.replaced_by.clone()?)))
        .collect();
    let body_references = body_references(&bodies, &resolver, &replaced_by);
    Ok(Catalog {
        resources,
        unassigned_actions,
        body_references,
    })
}

/// Fills each resource's references from its fields (`record_fields`, per key).
fn add_references(
    resources: &mut [Resource],
    record_fields: &[(String, Vec<String>)],
    resolver: &Resolver,
) -> Result<(), String> {
    let records: Vec<(String, BTreeSet<&str>)> = record_fields
        .iter()
        .map(|(key, fields)| (key.clone(), fields.iter().map(String::as_str).collect()))
        .collect();
    resolver.check_tables(&records)?;
    for resource in resources.iter_mut() {
        let Some((_, fields)) = records.iter().find(|(key, _)| *key == resource.key) else {
            continue;
        };
        let mut references: Vec<Reference> = fields
            .iter()
            .filter_map(|field| resolver.resolve(&resource.key, field, fields))
            .collect();
        references.sort_by(|a, b| a.field.cmp(&b.field));
        resource.plain_ids = fields
            .iter()
            .filter(|f| is_id_field(f) && !references.iter().any(|r| r.field == **f))
            .map(|f| f.to_string())
            .collect();
        resource.references = references;
    }
    Ok(())
}

/// The path parameters naming a resource's parents, outermost first.
fn parent_params(resources: &[Resource], resource: &Resource) -> Vec<String> {
    let mut params = Vec::new();
    let mut parent = resource.parent.as_ref();
    while let Some((key, param)) = parent {
        if !params.contains(param) {
            params.insert(0, param.clone());
        }
        parent = resources
            .iter()
            .find(|r| &r.key == key)
            .and_then(|r| r.parent.as_ref());
    }
    params
}

/// The record schema of a listing: `data[]` items, or the array's items.
fn list_record(op: &SpecOperation) -> Option<Value> {
    let schema = converted_success(op)?;
    let items = if schema.get("type").and_then(Value::as_str) == Some("array") {
        schema.get("items")
    } else {
        schema.pointer("/properties/data/items")
    };
    items.cloned()
}

/// The record schema of a read: `data`, or the body itself.
fn read_record(op: &SpecOperation) -> Option<Value> {
    let schema = converted_success(op)?;
    Some(
        schema
            .pointer("/properties/data")
            .cloned()
            .unwrap_or(schema),
    )
}

fn converted_success(op: &SpecOperation) -> Option<Value> {
    let schema = op.responses.iter().find_map(|r| r.schema.as_ref())?;
    Some(convert(schema, Direction::Response))
}

/// Top-level properties, including those of `allOf`/`anyOf` branches (first wins).
fn properties_of(schema: &Value) -> Map<String, Value> {
    let mut props = Map::new();
    let mut add = |source: &Value| {
        if let Some(map) = source.get("properties").and_then(Value::as_object) {
            for (name, prop) in map {
                props.entry(name.clone()).or_insert_with(|| prop.clone());
            }
        }
    };
    add(schema);
    for keyword in ["allOf", "anyOf", "oneOf"] {
        for branch in schema
            .get(keyword)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            add(branch);
        }
    }
    props
}

fn property_names(schema: &Value) -> Vec<String> {
    properties_of(schema).keys().cloned().collect()
}

/// Columns of a record schema: `id` first, then by name (the document's own
/// order does not survive JSON maps reliably, and a stable order beats none).
pub fn columns_of(record: &Value) -> Vec<Column> {
    let mut columns: Vec<Column> = properties_of(record)
        .iter()
        .map(|(name, schema)| column_of(name, schema))
        .collect();
    columns.sort_by(|a, b| (a.name != "id", &a.name).cmp(&(b.name != "id", &b.name)));
    columns
}

fn column_of(name: &str, schema: &Value) -> Column {
    let mut types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let branches = schema.get("anyOf").and_then(Value::as_array);
    for branch in branches.into_iter().flatten() {
        if let Some(t) = branch.get("type").and_then(Value::as_str) {
            types.push(t);
        }
    }
    let nullable = types.contains(&"null");
    let value_type = types
        .iter()
        .find(|t| **t != "null")
        .copied()
        .unwrap_or("unknown");
    let format = schema
        .get("format")
        .or_else(|| branches.and_then(|b| b.iter().find_map(|b| b.get("format"))))
        .and_then(Value::as_str)
        .map(str::to_string);
    Column {
        name: name.to_string(),
        value_type: value_type.to_string(),
        format,
        enum_values: enum_strings(schema),
        nullable,
    }
}

pub fn to_json(catalog: &Catalog) -> Value {
    let field = |f: &Field| {
        json!({
            "name": f.name, "type": f.value_type.as_str(), "format": f.format,
            "enumValues": f.enum_values, "isArray": f.is_array, "required": f.required,
        })
    };
    let resources: Vec<Value> = catalog
        .resources
        .iter()
        .map(|r| {
            let slot = |kind: Kind| json!(r.slots.get(&kind));
            json!({
                "key": r.key,
                "label": r.label,
                "singularLabel": naming::singular(&r.label),
                "apiVersion": r.version,
                "deprecated": r.deprecated,
                "replacedBy": r.replaced_by,
                "parent": r.parent.as_ref().map(|(key, param)| json!({"key": key, "pathParam": param})),
                "operations": {
                    "list": slot(Kind::List), "read": slot(Kind::Read), "create": slot(Kind::Create),
                    "update": slot(Kind::Update), "delete": slot(Kind::Delete),
                },
                "actions": r.actions,
                "columns": r.columns.iter().map(|c| json!({
                    "name": c.name, "type": c.value_type, "format": c.format,
                    "enumValues": c.enum_values, "nullable": c.nullable,
                })).collect::<Vec<_>>(),
                "filters": r.filters.iter().map(field).collect::<Vec<_>>(),
                "includes": r.includes,
                "pagination": r.pagination.as_str(),
                "references": r.references.iter().map(|x| json!({
                    "field": x.field, "resource": x.resource, "many": x.many,
                    "path": x.path.iter().map(|(param, field)| (param.clone(), json!(field))).collect::<Map<_, _>>(),
                })).collect::<Vec<_>>(),
                "plainIds": r.plain_ids,
                "recordIdParam": r.address.id_param,
                "singleRecord": r.address.single_record,
                "currentKey": r.current_key,
                "nameRule": r.name_rule,
                "idFilter": r.id_filter,
            })
        })
        .collect();
    let body_references: Map<String, Value> = catalog
        .body_references
        .iter()
        .map(|(field, (resource, many))| {
            (field.clone(), json!({"resource": resource, "many": many}))
        })
        .collect();
    json!({
        "resources": resources,
        "unassignedActions": catalog.unassigned_actions,
        "bodyReferences": body_references,
    })
}

const CATALOG_TYPES: &str = r#"import type {
  ActionOperation,
  CreateOperation,
  DeleteOperation,
  ListOperation,
  ReadOperation,
  UpdateOperation,
} from "../bindings";
import type { ResourceKey } from "./unions";

export type ValueType = "string" | "integer" | "number" | "boolean";
export type ColumnType = ValueType | "object" | "array" | "unknown";
export type PaginationMode = "none" | "cursor" | "page";

/** A top-level property of the resource's records. */
export interface CatalogColumn {
  name: string;
  type: ColumnType;
  format: string | null;
  enumValues: string[];
  nullable: boolean;
}

/** A field of the listing's `filter[...]` query parameter. */
export interface CatalogFilter {
  name: string;
  type: ValueType;
  format: string | null;
  enumValues: string[];
  isArray: boolean;
  required: boolean;
}

/** A record or body field holding the id of another resource's record. */
export interface CatalogReference {
  field: string;
  resource: ResourceKey;
  many: boolean;
  /**
   * For a nested target: each of its parents' path parameters, and the field of the same
   * record holding that parent's id (`{ chargePoint: "chargePointId", evse: "evseId" }`).
   */
  path: Record<string, string>;
}

/** Operation ids (the Rust enums' serialised names) per slot. */
export interface CatalogOperations {
  list: ListOperation | null;
  read: ReadOperation | null;
  create: CreateOperation | null;
  update: UpdateOperation | null;
  delete: DeleteOperation | null;
}

export interface CatalogResource {
  key: ResourceKey;
  label: string;
  /** One record, by the regular plural rule: "Charge point"; the overlay corrects irregular words. */
  singularLabel: string;
  apiVersion: string;
  deprecated: boolean;
  replacedBy: ResourceKey | null;
  parent: { key: ResourceKey; pathParam: string } | null;
  operations: CatalogOperations;
  actions: ActionOperation[];
  columns: CatalogColumn[];
  filters: CatalogFilter[];
  includes: string[];
  pagination: PaginationMode;
  references: CatalogReference[];
  /** Fields named like ids that refer to no resource: a foreign system's id, a tax number. */
  plainIds: string[];
  /** The path parameter naming one record (`chargePoint`); null where no path names one. */
  recordIdParam: string | null;
  /** Read without an id of its own: one record per parent (a charge point's status) or tenant. */
  singleRecord: boolean;
  /** The current API version's key: the key itself, or `charge-points` for `charge-points-v1-0`. */
  currentKey: ResourceKey;
  /**
   * The fields naming a record, as alternatives tried in order: the first whose fields hold any
   * text names it (`[["firstName", "lastName"], ["email"]]`). Empty: its ids stand alone.
   */
  nameRule: string[][];
  /** The listing filter selecting records by id, where the listing has one. */
  idFilter: string | null;
}

export interface Catalog {
  resources: CatalogResource[];
  /** Actions whose path names no known resource. */
  unassignedActions: ActionOperation[];
  /**
   * Request body fields that refer to one top-level resource wherever a body has them, at any
   * depth: the names a form may offer a record picker for without knowing the operation.
   */
  bodyReferences: Record<string, { resource: ResourceKey; many: boolean }>;
}
"#;

pub fn catalog_ts(header: &str, catalog: &Catalog) -> String {
    format!(
        "// {header}\n\n{CATALOG_TYPES}\nexport const catalog: Catalog = {};",
        sorted_json(&to_json(catalog))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOP: &[&str] = &[
        "charge-points",
        "evses",
        "users",
        "locations",
        "utilities",
        "taxes",
    ];

    #[test]
    fn nested_paths_make_child_resources() {
        let place = resource_of_path(
            "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors",
        )
        .unwrap();
        assert_eq!(place.key, "charge-points.evses.connectors");
        assert_eq!(place.version, "v2.0");
        assert_eq!(
            place.parent,
            Some(("charge-points.evses".into(), "evse".into()))
        );

        let top =
            resource_of_path("/public-api/resources/charge-points/v2.0/{chargePoint}").unwrap();
        assert_eq!((top.key.as_str(), top.parent), ("charge-points", None));

        let notes = resource_of_path("/public-api/notifications/v2.0/{notification}").unwrap();
        assert_eq!(notes.key, "notifications");
        assert!(resource_of_path("/public-api/actions/users/v1.0/{user}/add-balance").is_none());
    }

    #[test]
    fn actions_match_singular_or_plural_names() {
        let path = "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}";
        assert_eq!(
            resource_of_action(path, TOP).as_deref(),
            Some("charge-points")
        );
        let path = "/public-api/actions/users/v1.0/{user}/add-balance";
        assert_eq!(resource_of_action(path, TOP).as_deref(), Some("users"));
        let path = "/public-api/actions/utility/v1.0/{utility}/x";
        assert_eq!(resource_of_action(path, TOP).as_deref(), Some("utilities"));
        assert_eq!(
            resource_of_action("/public-api/actions/nothing/v1.0/x", TOP),
            None
        );
    }

    #[test]
    fn columns_put_id_first_and_read_nullability() {
        let record = json!({
            "type": "object",
            "properties": {
                "name": {"type": ["string", "null"]},
                "id": {"type": "integer"},
                "status": {"type": "string", "enum": ["a", "b"]},
            },
            "allOf": [{"properties": {"createdAt": {"type": "string", "format": "date-time"}}}]
        });
        let columns = columns_of(&record);
        let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["id", "createdAt", "name", "status"]);
        assert!(columns[2].nullable);
        assert_eq!(columns[2].value_type, "string");
        assert_eq!(columns[1].format.as_deref(), Some("date-time"));
        assert_eq!(columns[3].enum_values, ["a", "b"]);
    }

    #[test]
    fn labels_are_mechanical() {
        assert_eq!(label_of("charge-points"), "Charge points");
        assert_eq!(label_of("charge-points.evses"), "Evses");
    }
}
