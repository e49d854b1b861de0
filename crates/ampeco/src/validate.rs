//! Checking a request body against its JSON Schema before it is sent.
//!
//! The result has the shape of the API's own 422 answer — field name (dotted
//! for nested fields, `address.city`, with array positions as numbers,
//! `connectors.0.type`) to a list of messages — so the window shows our
//! findings and the tenant's the same way. Schemas are compiled on first use
//! and kept: compiling all of them up front would slow every start-up for
//! operations most sessions never call.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, ValidationError, Validator};
use serde_json::{Map, Value};

use crate::Error;

/// The key used for problems with the body as a whole (e.g. not an object).
pub const WHOLE_BODY: &str = "body";

/// A set of request-body schemas keyed by schema id, compiled lazily, once each.
#[derive(Debug, Default)]
pub struct RequestSchemas {
    schemas: Map<String, Value>,
    compiled: Mutex<HashMap<String, Arc<Validator>>>,
}

impl RequestSchemas {
    /// Reads a JSON object of `schema id → schema`; keys starting with `$`
    /// (such as `$comment`) are notes, not schemas.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        let mut schemas: Map<String, Value> = serde_json::from_str(text)?;
        schemas.retain(|key, _| !key.starts_with('$'));
        Ok(Self::from_map(schemas))
    }

    /// The schemas generated from the vendor's spec, read once per process
    /// and shared by every client.
    pub fn generated() -> Arc<RequestSchemas> {
        static GENERATED: OnceLock<Arc<RequestSchemas>> = OnceLock::new();
        let schemas = GENERATED.get_or_init(|| {
            let schemas = RequestSchemas::from_json(crate::generated::REQUEST_SCHEMAS_JSON)
                .expect("the generated request schemas are a JSON object");
            Arc::new(schemas)
        });
        Arc::clone(schemas)
    }

    pub fn from_map(schemas: Map<String, Value>) -> Self {
        RequestSchemas {
            schemas,
            compiled: Mutex::default(),
        }
    }

    pub fn contains(&self, schema_id: &str) -> bool {
        self.schemas.contains_key(schema_id)
    }

    /// The schema itself, e.g. for a form to render from.
    pub fn schema(&self, schema_id: &str) -> Option<&Value> {
        self.schemas.get(schema_id)
    }

    /// Checks `body` against the schema `schema_id`.
    pub fn validate(&self, schema_id: &str, body: &Value) -> Result<(), Error> {
        check(&*self.validator(schema_id)?, body)
    }

    fn validator(&self, schema_id: &str) -> Result<Arc<Validator>, Error> {
        let mut compiled = self
            .compiled
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if let Some(validator) = compiled.get(schema_id) {
            return Ok(Arc::clone(validator));
        }
        let schema = self.schemas.get(schema_id).ok_or_else(|| {
            Error::invalid_request(format!(
                "no request schema named {schema_id} is known; the operation table and the schemas do not match"
            ))
        })?;
        let validator = Arc::new(compile(schema_id, schema)?);
        compiled.insert(schema_id.to_owned(), Arc::clone(&validator));
        Ok(validator)
    }
}

/// Checks `body` against `schema` (compiled for this call only).
pub fn validate_against(schema: &Value, body: &Value) -> Result<(), Error> {
    check(&compile("request body", schema)?, body)
}

fn compile(name: &str, schema: &Value) -> Result<Validator, Error> {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|error| {
            Error::invalid_request(format!("the schema of {name} cannot be used: {error}"))
        })
}

fn check(validator: &Validator, body: &Value) -> Result<(), Error> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for error in validator.iter_errors(body) {
        for (field, message) in describe(&error) {
            let messages = errors.entry(field).or_default();
            if !messages.contains(&message) {
                messages.push(message);
            }
        }
    }
    if errors.is_empty() {
        return Ok(());
    }
    let message = match errors.len() {
        1 => "One field needs attention.".to_owned(),
        count => format!("{count} fields need attention."),
    };
    Err(Error::Validation { message, errors })
}

/// The `(field, message)` pairs for one schema violation.
fn describe(error: &ValidationError<'_>) -> Vec<(String, String)> {
    let field = dotted(error);
    let one = |message: String| vec![(field.clone(), message)];
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            vec![(join(&field, &name), "This field is required.".to_owned())]
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => unexpected
            .iter()
            .map(|name| {
                (
                    join(&field, name),
                    "This field is not accepted here.".to_owned(),
                )
            })
            .collect(),
        ValidationErrorKind::Type { kind } => one(format!("Must be {}.", type_words(kind))),
        ValidationErrorKind::Enum { options } => one(format!("Must be one of: {}.", list(options))),
        ValidationErrorKind::Constant { expected_value } => {
            one(format!("Must be {}.", plain(expected_value)))
        }
        ValidationErrorKind::MinLength { limit } => {
            one(format!("Must be at least {limit} characters long."))
        }
        ValidationErrorKind::MaxLength { limit } => {
            one(format!("Must be at most {limit} characters long."))
        }
        ValidationErrorKind::Minimum { limit } => one(format!("Must be at least {limit}.")),
        ValidationErrorKind::Maximum { limit } => one(format!("Must be at most {limit}.")),
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            one(format!("Must be more than {limit}."))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            one(format!("Must be less than {limit}."))
        }
        ValidationErrorKind::MinItems { limit } => {
            one(format!("Must have at least {limit} items."))
        }
        ValidationErrorKind::MaxItems { limit } => one(format!("Must have at most {limit} items.")),
        ValidationErrorKind::UniqueItems => one("Items must not repeat.".to_owned()),
        ValidationErrorKind::Format { format } => {
            one(format!("Must be a valid {}.", format_words(format)))
        }
        ValidationErrorKind::Pattern { .. } => one("Does not have the expected form.".to_owned()),
        ValidationErrorKind::AnyOf { .. } | ValidationErrorKind::OneOfNotValid { .. } => {
            one("Does not match any of the accepted forms.".to_owned())
        }
        ValidationErrorKind::OneOfMultipleValid { .. } => one(
            "Matches more than one accepted form; add the fields that tell them apart.".to_owned(),
        ),
        _ => one(error.to_string()),
    }
}

/// The instance path in the API's dotted style; [`WHOLE_BODY`] for the root.
fn dotted(error: &ValidationError<'_>) -> String {
    let segments: Vec<String> = error
        .instance_path()
        .into_iter()
        .map(|segment| segment.to_string())
        .collect();
    if segments.is_empty() {
        WHOLE_BODY.to_owned()
    } else {
        segments.join(".")
    }
}

fn join(parent: &str, name: &str) -> String {
    if parent == WHOLE_BODY {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

fn type_words(kind: &TypeKind) -> String {
    let words: Vec<&str> = match kind {
        TypeKind::Single(one) => vec![json_type_words(*one)],
        TypeKind::Multiple(set) => set.iter().map(json_type_words).collect(),
    };
    words.join(" or ")
}

fn json_type_words(kind: jsonschema::JsonType) -> &'static str {
    use jsonschema::JsonType;
    match kind {
        JsonType::Array => "a list",
        JsonType::Boolean => "true or false",
        JsonType::Integer => "a whole number",
        JsonType::Null => "empty (null)",
        JsonType::Number => "a number",
        JsonType::Object => "an object with fields",
        JsonType::String => "text",
    }
}

fn format_words(format: &str) -> &str {
    match format {
        "date-time" => "date and time (e.g. 2024-05-31T14:00:00Z)",
        "date" => "date (e.g. 2024-05-31)",
        "time" => "time (e.g. 14:00)",
        "email" => "email address",
        "uri" => "web address",
        other => other,
    }
}

fn list(options: &Value) -> String {
    match options {
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        other => plain(other),
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "required": ["name", "address"],
            "additionalProperties": false,
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 10},
                "status": {"enum": ["active", "inactive", "110-130"]},
                "maxPower": {"type": ["number", "null"], "minimum": 0},
                "email": {"type": "string", "format": "email"},
                "address": {
                    "type": "object",
                    "required": ["city"],
                    "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}
                },
                "connectors": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"type": {"type": "string"}}}
                }
            }
        })
    }

    fn errors_of(body: Value) -> BTreeMap<String, Vec<String>> {
        match validate_against(&schema(), &body) {
            Err(Error::Validation { errors, .. }) => errors,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_body_passes() {
        let body = json!({"name": "Depot", "status": "110-130", "maxPower": null, "address": {"city": "Sofia"}});
        assert_eq!(validate_against(&schema(), &body), Ok(()));
    }

    #[test]
    fn missing_fields_are_keyed_by_their_own_name() {
        let errors = errors_of(json!({"address": {}}));
        assert_eq!(errors["name"], ["This field is required."]);
        assert_eq!(errors["address.city"], ["This field is required."]);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn nested_and_array_fields_use_dotted_paths() {
        let errors = errors_of(json!({
            "name": "x",
            "address": {"city": 5},
            "connectors": [{"type": "CCS"}, {"type": 2}]
        }));
        assert_eq!(errors["address.city"], ["Must be text."]);
        assert_eq!(errors["connectors.1.type"], ["Must be text."]);
    }

    #[test]
    fn messages_are_plain_words() {
        let errors = errors_of(json!({
            "name": "much too long a name",
            "status": "gone",
            "maxPower": -1,
            "email": "not-an-address",
            "address": {"city": "Sofia"},
            "colour": "red"
        }));
        assert_eq!(errors["name"], ["Must be at most 10 characters long."]);
        assert_eq!(
            errors["status"],
            ["Must be one of: active, inactive, 110-130."]
        );
        assert_eq!(errors["maxPower"], ["Must be at least 0."]);
        assert_eq!(errors["email"], ["Must be a valid email address."]);
        assert_eq!(errors["colour"], ["This field is not accepted here."]);
    }

    #[test]
    fn a_body_of_the_wrong_type_is_keyed_as_the_whole_body() {
        let errors = errors_of(json!([1, 2]));
        assert_eq!(errors[WHOLE_BODY], ["Must be an object with fields."]);
    }

    #[test]
    fn every_generated_schema_compiles_and_every_body_has_one() {
        let schemas = RequestSchemas::generated();
        for op in crate::generated::OPERATIONS {
            if let Some(id) = op.body_schema {
                assert!(schemas.contains(id), "{}: no schema {id}", op.id);
            }
        }
        for id in schemas.schemas.keys() {
            if let Err(error) = schemas.validator(id) {
                panic!("{id}: {error}");
            }
        }
    }

    #[test]
    fn schema_sets_compile_once_and_skip_notes() {
        let text = serde_json::to_string(&json!({
            "$comment": "generated",
            "locationCreate": schema()
        }))
        .unwrap();
        let schemas = RequestSchemas::from_json(&text).unwrap();
        assert!(!schemas.contains("$comment"));
        let body = json!({"name": "x", "address": {"city": "Sofia"}});
        assert_eq!(schemas.validate("locationCreate", &body), Ok(()));
        let first = schemas.validator("locationCreate").unwrap();
        let second = schemas.validator("locationCreate").unwrap();
        assert!(Arc::ptr_eq(&first, &second));
        assert!(matches!(
            schemas.validate("locationCreate", &json!({})),
            Err(Error::Validation { .. })
        ));
        assert!(matches!(
            schemas.validate("nope", &body),
            Err(Error::InvalidRequest { .. })
        ));
    }
}
