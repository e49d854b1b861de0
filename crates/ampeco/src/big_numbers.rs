//! Integers a JavaScript number cannot hold exactly (beyond 2^53: large ids,
//! amounts in minor units) are handed on as text with every digit, so the
//! window shows and sends back exactly what the tenant sent. JSON parsers in
//! the window read every number as a 64-bit float and would round them.

use serde_json::Value;

/// The largest integer a JavaScript number holds exactly (2^53 − 1).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Replaces every integer beyond ±(2^53 − 1) in `value` by its decimal text.
pub fn keep_big_integers_exact(value: &mut Value) {
    match value {
        Value::Number(number) => {
            let unsafe_size = match (number.as_u64(), number.as_i64()) {
                (Some(n), _) => n > MAX_SAFE_INTEGER,
                (None, Some(n)) => n.unsigned_abs() > MAX_SAFE_INTEGER,
                (None, None) => false,
            };
            if unsafe_size {
                *value = Value::String(number.to_string());
            }
        }
        Value::Array(items) => items.iter_mut().for_each(keep_big_integers_exact),
        Value::Object(fields) => fields.values_mut().for_each(keep_big_integers_exact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_integers_beyond_two_to_the_53_become_text() {
        let mut body: Value = serde_json::from_str(
            r#"{"id": 9007199254740993, "small": 9007199254740991, "neg": -9007199254740993,
                "amount": 12.5, "list": [18446744073709551615]}"#,
        )
        .unwrap();
        keep_big_integers_exact(&mut body);
        assert_eq!(
            body,
            json!({"id": "9007199254740993", "small": 9007199254740991_u64,
                   "neg": "-9007199254740993", "amount": 12.5, "list": ["18446744073709551615"]})
        );
    }
}
