//! Loads the vendor's OpenAPI document and flattens it into the few facts the
//! generator needs per operation.
//!
//! Parsing goes through `openapiv3` so a malformed document fails with a precise
//! message; schemas are then handed on as plain JSON values because every output
//! (JSON Schema, TypeScript, Rust table) is a transformation of JSON.

use std::path::Path;

use openapiv3::{
    OpenAPI, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr, StatusCode,
};
use serde_json::Value;

use crate::fixups;

/// The HTTP methods the Public API uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl HttpMethod {
    fn parse(method: &str) -> Result<Self, String> {
        Ok(match method {
            "get" => HttpMethod::Get,
            "post" => HttpMethod::Post,
            "put" => HttpMethod::Put,
            "patch" => HttpMethod::Patch,
            "delete" => HttpMethod::Delete,
            other => return Err(format!("unsupported HTTP method `{other}`")),
        })
    }

    /// The variant name of `ampeco::operation::Method`.
    pub fn rust_variant(self) -> &'static str {
        match self {
            HttpMethod::Get => "Get",
            HttpMethod::Post => "Post",
            HttpMethod::Put => "Put",
            HttpMethod::Patch => "Patch",
            HttpMethod::Delete => "Delete",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// A path or query parameter, with its OpenAPI schema as JSON.
#[derive(Debug, Clone)]
pub struct SpecParam {
    pub name: String,
    pub required: bool,
    pub deep_object: bool,
    pub schema: Value,
}

/// A declared 2xx response; `schema` is `None` when it has no JSON body.
#[derive(Debug, Clone)]
pub struct SpecResponse {
    pub status: u16,
    pub schema: Option<Value>,
}

/// One operation, as the generator sees it.
#[derive(Debug, Clone)]
pub struct SpecOperation {
    pub id: String,
    pub summary: String,
    pub method: HttpMethod,
    pub path: String,
    pub path_params: Vec<SpecParam>,
    pub query_params: Vec<SpecParam>,
    /// The OpenAPI schema of the JSON request body.
    pub body: Option<Value>,
    pub body_required: bool,
    pub responses: Vec<SpecResponse>,
    pub deprecated: bool,
}

/// The parsed document: its version and every operation, sorted by id.
#[derive(Debug, Clone)]
pub struct Spec {
    pub title: String,
    pub version: String,
    pub operations: Vec<SpecOperation>,
}

impl Spec {
    /// Reads, patches (see [`fixups`]) and parses the document at `path`.
    pub fn load(path: &Path) -> Result<Spec, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the spec {}: {e}", path.display()))?;
        let mut raw: Value = serde_json::from_str(&text)
            .map_err(|e| format!("the spec {} is not JSON: {e}", path.display()))?;
        fixups::apply_all(&mut raw)?;
        Spec::from_json(raw)
    }

    /// Parses an already patched document.
    pub fn from_json(raw: Value) -> Result<Spec, String> {
        let document: OpenAPI = serde_json::from_value(raw)
            .map_err(|e| format!("the spec is not a valid OpenAPI 3.0 document: {e}"))?;
        let mut operations = Vec::new();
        for (path, item) in document.paths.iter() {
            let item = item_of(item, path)?;
            let shared_params = &item.parameters;
            for (method, op) in item.iter() {
                let method = HttpMethod::parse(method)?;
                let id = op
                    .operation_id
                    .clone()
                    .ok_or_else(|| format!("{} {path} has no operationId", method.as_str()))?;
                let context = |what: &str| format!("{id}: {what}");
                let mut path_params = Vec::new();
                let mut query_params = Vec::new();
                // Operation-level parameters override path-level ones of the same name.
                let mut all: Vec<&Parameter> = Vec::new();
                for param in op.parameters.iter().chain(shared_params.iter()) {
                    let param = item_of(param, &context("parameter"))?;
                    let name = &param.parameter_data_ref().name;
                    if !all.iter().any(|p| &p.parameter_data_ref().name == name) {
                        all.push(param);
                    }
                }
                for param in all {
                    let data = param.parameter_data_ref();
                    let schema = match &data.format {
                        ParameterSchemaOrContent::Schema(schema) => {
                            schema_json(schema, &context(&data.name))?
                        }
                        ParameterSchemaOrContent::Content(_) => {
                            return Err(context("parameters with `content` are not supported"))
                        }
                    };
                    let spec_param = SpecParam {
                        name: data.name.clone(),
                        required: data.required,
                        deep_object: matches!(
                            param,
                            Parameter::Query {
                                style: QueryStyle::DeepObject,
                                ..
                            }
                        ),
                        schema,
                    };
                    match param {
                        Parameter::Path { .. } => path_params.push(spec_param),
                        Parameter::Query { .. } => query_params.push(spec_param),
                        // Headers (a webhook signature) and cookies are not the client's concern.
                        Parameter::Header { .. } | Parameter::Cookie { .. } => {}
                    }
                }
                // Path parameters in the order they appear in the template.
                path_params.sort_by_key(|p| path.find(&format!("{{{}}}", p.name)));

                let (body, body_required) = match &op.request_body {
                    None => (None, false),
                    Some(body) => {
                        let body = item_of(body, &context("request body"))?;
                        let schema = match body.content.get("application/json") {
                            Some(media) => match &media.schema {
                                Some(schema) => Some(schema_json(schema, &context("body"))?),
                                None => None,
                            },
                            None => None,
                        };
                        (schema, body.required)
                    }
                };

                let mut responses = Vec::new();
                for (status, response) in &op.responses.responses {
                    let StatusCode::Code(status) = status else {
                        continue;
                    };
                    if !(200..300).contains(status) {
                        continue;
                    }
                    let response = item_of(response, &context("response"))?;
                    let schema = match response.content.get("application/json") {
                        Some(media) => match &media.schema {
                            Some(schema) => Some(schema_json(schema, &context("response"))?),
                            None => None,
                        },
                        None => None,
                    };
                    responses.push(SpecResponse {
                        status: *status,
                        schema,
                    });
                }
                responses.sort_by_key(|r| r.status);

                operations.push(SpecOperation {
                    id,
                    summary: op.summary.clone().unwrap_or_default(),
                    method,
                    path: path.clone(),
                    path_params,
                    query_params,
                    body,
                    body_required,
                    responses,
                    deprecated: op.deprecated,
                });
            }
        }
        operations.sort_by(|a, b| a.id.cmp(&b.id));
        if let Some(pair) = operations.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(format!("operationId `{}` is used twice", pair[0].id));
        }
        Ok(Spec {
            title: document.info.title,
            version: document.info.version,
            operations,
        })
    }
}

/// The document inlines everything today; a `$ref` would need resolving support
/// here, so it fails loudly instead of generating something half right.
fn item_of<'a, T>(item: &'a ReferenceOr<T>, context: &str) -> Result<&'a T, String> {
    match item {
        ReferenceOr::Item(item) => Ok(item),
        ReferenceOr::Reference { reference } => Err(format!(
            "{context}: `$ref` {reference} found; the generator expects an inlined document"
        )),
    }
}

fn schema_json(schema: &ReferenceOr<openapiv3::Schema>, context: &str) -> Result<Value, String> {
    let schema = item_of(schema, context)?;
    let value = serde_json::to_value(schema).map_err(|e| format!("{context}: {e}"))?;
    if value.to_string().contains("\"$ref\"") {
        return Err(format!(
            "{context}: nested `$ref` found; the generator expects an inlined document"
        ));
    }
    Ok(value)
}
