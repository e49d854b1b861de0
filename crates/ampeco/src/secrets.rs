//! Masking the secrets of other systems a record or request body carries
//! (passwords, PINs, API keys), with the list of field names the generator
//! decided from the spec (`crates/codegen/src/secrets.rs`).
//!
//! The activity log stores bodies through [`mask_secrets`] and exports write
//! records through it, so such a value is never kept at rest or written to a
//! file. The window masks the same names from `ui/src/generated/secretFields.ts`.

use serde_json::Value;

include!("generated/secret_fields.rs");

/// What replaces a secret value wherever it is stored or written.
pub const SECRET_MARKER: &str = "‹secret removed›";

/// Whether a field of this name carries a secret.
pub fn is_secret_field(name: &str) -> bool {
    SECRET_FIELDS.binary_search(&name).is_ok()
}

/// `value` with every secret field's text or number replaced by [`SECRET_MARKER`],
/// at any depth. An empty or absent value stays as it is: there is nothing to hide,
/// and "no password was set" is worth knowing.
pub fn mask_secrets(value: &Value) -> Value {
    let mut masked = value.clone();
    mask_in_place(&mut masked);
    masked
}

/// [`mask_secrets`] without the copy.
pub fn mask_in_place(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (name, field) in map.iter_mut() {
                if is_secret_field(name) && holds_a_secret(field) {
                    *field = Value::String(SECRET_MARKER.to_owned());
                } else {
                    mask_in_place(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_in_place),
        _ => {}
    }
}

fn holds_a_secret(field: &Value) -> bool {
    match field {
        Value::String(text) => !text.is_empty(),
        Value::Number(_) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_list_is_sorted_so_lookups_find_every_name() {
        assert!(SECRET_FIELDS.windows(2).all(|pair| pair[0] < pair[1]));
        for name in [
            "password",
            "pin",
            "saslPassword",
            "adyenApiKey",
            "adminToken",
        ] {
            assert!(is_secret_field(name), "{name}");
        }
        assert!(!is_secret_field("key"));
        assert!(!is_secret_field("email"));
    }

    #[test]
    fn secrets_are_replaced_at_any_depth_and_the_rest_is_kept() {
        let body = json!({
            "email": "a@b.c",
            "password": "hunter2",
            "pin": 1234,
            "kafka": {"saslPassword": "s3cret", "saslUsername": "bus"},
            "terminals": [{"adyenApiKey": "AQE", "name": "T1"}],
            "networkPassword": "",
            "token": null
        });
        let masked = mask_secrets(&body);
        assert_eq!(
            masked,
            json!({
                "email": "a@b.c",
                "password": SECRET_MARKER,
                "pin": SECRET_MARKER,
                "kafka": {"saslPassword": SECRET_MARKER, "saslUsername": "bus"},
                "terminals": [{"adyenApiKey": SECRET_MARKER, "name": "T1"}],
                "networkPassword": "",
                "token": null
            })
        );
    }
}
