//! A light copy of a record: only the fields asked for, read from its JSON
//! text without building the rest.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

/// The named fields of one record's JSON text; anything but an object (the
/// API's odd listings of bare values), or text that does not parse, gives an
/// empty object.
pub fn project(text: &[u8], names: &[String]) -> Value {
    let mut deserializer = serde_json::Deserializer::from_slice(text);
    Projection { names }
        .deserialize(&mut deserializer)
        .unwrap_or_else(|_| Value::Object(Map::new()))
}

struct Projection<'n> {
    names: &'n [String],
}

impl<'de> DeserializeSeed<'de> for Projection<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Projection<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut picked = Map::new();
        while let Some(FieldName(name)) = map.next_key()? {
            if self.names.iter().any(|wanted| *wanted == name) {
                picked.insert(name.into_owned(), map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Value::Object(picked))
    }

    // Anything but an object (the API's odd listings of bare values) has no fields.
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Object(Map::new()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }

    fn visit_str<E>(self, _: &str) -> Result<Value, E> {
        Ok(Value::Object(Map::new()))
    }
}

/// A key, borrowed from the text unless it holds escapes.
struct FieldName<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl<'de> Visitor<'de> for NameVisitor {
            type Value = FieldName<'de>;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Self::Value, E> {
                Ok(FieldName(Cow::Borrowed(name)))
            }
            fn visit_str<E>(self, name: &str) -> Result<Self::Value, E> {
                Ok(FieldName(Cow::Owned(name.to_owned())))
            }
        }
        deserializer.deserialize_str(NameVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_key_written_with_escapes_is_still_found() {
        let names = vec!["a\"b".to_owned(), "caf\u{e9}".to_owned()];
        assert_eq!(
            project(br#"{"a\"b": 1, "c": 2, "caf\u00e9": 3}"#, &names),
            json!({"a\"b": 1, "caf\u{e9}": 3})
        );
    }

    #[test]
    fn text_that_is_not_an_object_has_no_fields() {
        let names = vec!["id".to_owned()];
        for text in [&b"[1, 2]"[..], b"null", b"7", b"\"x\"", b"{broken"] {
            assert_eq!(project(text, &names), json!({}));
        }
    }
}
