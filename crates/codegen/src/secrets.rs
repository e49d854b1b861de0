//! Which fields of the API carry secrets of other systems (a user's password,
//! a charge point's PIN, a Kafka SASL password, a payment terminal's API key).
//!
//! Plugdesk never stores such a value at rest, never shows it unasked and
//! never exports it. Deciding "secret" once, here, from the spec, gives the
//! Rust side (activity log, exports) and the window (lists, details, raw JSON,
//! forms) the same list of field names, so the two can never disagree.
//!
//! A field is secret when its value is free text (a string without fixed
//! choices) and either
//! - the spec marks it `writeOnly` (the API takes it but never gives it back), or
//! - its name ends in a word that names a credential: `password`, `passphrase`,
//!   `secret`, `pin`, `token`, or `key` after another word (`adyenApiKey`,
//!   `privateKey`) — except `publicKey` and `publishableKey`, which are meant
//!   to be public.
//!
//! Names are split into words (`saslPassword` → `sasl`, `password`), so
//! `keyword`, `monkey`, `pinned`, `tokenizationMethod` or
//! `requirePasswordReset` do not count. A bare `key` is not secret: in this API
//! it names a charge point configuration key (`HeartbeatInterval`), which an
//! operator must see. Objects and numbers are never masked by name
//! (`cdrToken` is an object describing the token, `defaultPrice` a price).

use std::collections::BTreeSet;
use std::fmt::Write;

use serde_json::Value;

use crate::spec::Spec;

/// Last words that name a credential on their own.
const SECRET_WORDS: &[&str] = &["password", "passphrase", "secret", "pin", "token"];

/// Words before `key` that make it a key meant to be shared.
const PUBLIC_KEY_WORDS: &[&str] = &["public", "publishable"];

/// Every secret field name of the spec, sorted.
pub fn secret_fields(spec: &Spec) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for op in &spec.operations {
        let schemas = op
            .body
            .iter()
            .chain(op.responses.iter().filter_map(|r| r.schema.as_ref()));
        for schema in schemas {
            collect(schema, &mut found);
        }
    }
    found
}

fn collect(schema: &Value, found: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                for (name, property) in properties {
                    if is_free_text(property) && (is_write_only(property) || is_secret_name(name)) {
                        found.insert(name.clone());
                    }
                }
            }
            for value in map.values() {
                collect(value, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect(item, found)),
        _ => {}
    }
}

fn is_write_only(property: &Value) -> bool {
    property.get("writeOnly") == Some(&Value::Bool(true))
}

/// A string without fixed choices, or a property that declares no type.
fn is_free_text(property: &Value) -> bool {
    let typed = property.get("type").and_then(Value::as_str);
    matches!(typed, Some("string") | None) && property.get("enum").is_none()
}

/// `adyenApiKey` and `saslPassword` are secret; `keyword`, `keyName` and `key` are not.
pub fn is_secret_name(name: &str) -> bool {
    let words = words_of(name);
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    if SECRET_WORDS.contains(&last.as_str()) {
        return true;
    }
    last == "key"
        && before
            .last()
            .is_some_and(|word| !PUBLIC_KEY_WORDS.contains(&word.as_str()))
}

/// `adyenApiKey` → `adyen`, `api`, `key`; `api_key` → `api`, `key`.
fn words_of(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in name.chars() {
        if c == '_' || c == '-' || c == '.' {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else if c.is_uppercase() && !current.is_empty() {
            words.push(std::mem::take(&mut current));
            current.extend(c.to_lowercase());
        } else {
            current.extend(c.to_lowercase());
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `crates/ampeco/src/generated/secret_fields.rs`, included by `ampeco::secrets`.
pub fn secret_fields_rs(header: &str, fields: &BTreeSet<String>) -> String {
    let mut out = format!(
        "// {header}\n\n\
         /// Field names whose values are secrets of other systems (see `crates/codegen/src/secrets.rs`).\n\
         pub const SECRET_FIELDS: &[&str] = &[\n"
    );
    for field in fields {
        let _ = writeln!(out, "    {field:?},");
    }
    out.push_str("];\n");
    out
}

/// `ui/src/generated/secretFields.ts`: the same names for the window.
pub fn secret_fields_ts(header: &str, fields: &BTreeSet<String>) -> String {
    let mut out = format!(
        "// {header}\n\n\
         /** Field names whose values are secrets of other systems: masked wherever a value is shown. */\n\
         export const SECRET_FIELDS: ReadonlySet<string> = new Set([\n"
    );
    for field in fields {
        let _ = writeln!(out, "  {},", Value::String(field.clone()));
    }
    out.push_str("]);\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn credential_names_are_secret_and_lookalikes_are_not() {
        for name in [
            "password",
            "saslPassword",
            "networkPassword",
            "pin",
            "clientSecret",
            "adminToken",
            "token",
            "adyenApiKey",
            "privateKey",
            "api_key",
        ] {
            assert!(is_secret_name(name), "{name} is secret");
        }
        for name in [
            "keyword",
            "monkey",
            "key",
            "keyName",
            "publicKey",
            "publishableKey",
            "pinned",
            "spinning",
            "tokenizationMethod",
            "authorizedTokenIds",
            "requirePasswordReset",
            "secretary",
        ] {
            assert!(!is_secret_name(name), "{name} is not secret");
        }
    }

    fn spec_with_body(body: Value) -> Spec {
        Spec::from_json(json!({
            "openapi": "3.0.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"post": {
                "operationId": "xCreate",
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {"201": {"description": "ok"}}
            }}}
        }))
        .unwrap()
    }

    #[test]
    fn write_only_text_counts_but_objects_numbers_and_choices_do_not() {
        let spec = spec_with_body(json!({
            "type": "object",
            "properties": {
                "kafka": {"type": "object", "properties": {"saslPassword": {"type": "string"}}},
                "otp": {"type": "string", "writeOnly": true},
                "defaultPrice": {"type": "number", "writeOnly": true},
                "mode": {"type": "string", "writeOnly": true, "enum": ["a", "b"]},
                "cdrToken": {"type": "object"},
                "name": {"type": "string"}
            }
        }));
        let fields: Vec<String> = secret_fields(&spec).into_iter().collect();
        assert_eq!(fields, vec!["otp".to_owned(), "saslPassword".to_owned()]);
    }

    #[test]
    fn rust_and_typescript_carry_the_same_names() {
        let fields: BTreeSet<String> = ["pin".to_owned(), "saslPassword".to_owned()].into();
        let rust = secret_fields_rs("h", &fields);
        let ts = secret_fields_ts("h", &fields);
        for field in &fields {
            assert!(rust.contains(&format!("\"{field}\",")));
            assert!(ts.contains(&format!("\"{field}\",")));
        }
    }
}
