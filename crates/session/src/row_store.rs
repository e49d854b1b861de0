//! The records "Load all" brought, kept here rather than in the window.
//!
//! A window holding 100,000 sessions as JavaScript objects grew by 6–7 KiB a
//! row (and its garbage collector walked them all on every collection, which
//! showed as slow frames while scrolling). Here each record is kept once, as
//! the compact JSON text the tenant sent, and the window asks for the few rows
//! it shows, and for light copies of a few fields of every row when it sorts or
//! selects them all.
//!
//! Each listing the window loads is kept under a key the window chose; the
//! window forgets it when the listing leaves the screen.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

/// Every listing kept, by the key the window chose for it.
#[derive(Debug, Default)]
pub struct RowStore {
    listings: Mutex<HashMap<String, Vec<Box<str>>>>,
}

impl RowStore {
    /// Starts keeping records under `key` (those kept there before stay).
    pub fn open(&self, key: &str) {
        let mut listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        listings.entry(key.to_owned()).or_default();
    }

    /// Adds `records` after those kept under `key`; returns how many are kept
    /// now, or `None` when the key was forgotten (a walk's last pages, arriving
    /// after its listing left the screen, are dropped, not kept for ever).
    pub fn append(&self, key: &str, records: &[Value]) -> Option<usize> {
        let mut listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        let kept = listings.get_mut(key)?;
        kept.extend(
            records
                .iter()
                .map(|record| record.to_string().into_boxed_str()),
        );
        Some(kept.len())
    }

    /// How many records are kept under `key`.
    pub fn count(&self, key: &str) -> usize {
        let listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        listings.get(key).map_or(0, Vec::len)
    }

    /// The records at `indices`, in that order; an index past the end (or a
    /// key no longer kept) gives `null`, so the answer always lines up.
    pub fn records(&self, key: &str, indices: &[u32]) -> Vec<Value> {
        let listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        let kept = listings.get(key);
        indices
            .iter()
            .map(|&index| {
                kept.and_then(|records| records.get(index as usize))
                    .and_then(|text| serde_json::from_str(text).ok())
                    .unwrap_or(Value::Null)
            })
            .collect()
    }

    /// A light copy of every record from `from` on: an object with only the
    /// fields named (those a record lacks are left out).
    pub fn fields(&self, key: &str, names: &[String], from: u32) -> Vec<Value> {
        let listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        let Some(kept) = listings.get(key) else {
            return Vec::new();
        };
        kept.iter()
            .skip(from as usize)
            .map(|text| project(text, names))
            .collect()
    }

    /// Drops what is kept under `key`.
    pub fn forget(&self, key: &str) {
        let mut listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        let dropped = listings.remove(key);
        drop(listings);
        if dropped.is_some_and(|records| !records.is_empty()) {
            crate::freed_memory::return_freed_memory();
        }
    }

    /// Drops every listing kept (a window that starts afresh holds none).
    pub fn forget_all(&self) {
        let mut listings = self.listings.lock().unwrap_or_else(|e| e.into_inner());
        let had_any = listings.values().any(|records| !records.is_empty());
        listings.clear();
        drop(listings);
        if had_any {
            crate::freed_memory::return_freed_memory();
        }
    }
}

/// The named fields of one record's JSON text, read without building the rest.
fn project(text: &str, names: &[String]) -> Value {
    let mut deserializer = serde_json::Deserializer::from_str(text);
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

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn records_come_back_as_they_went_in_at_the_indices_asked() {
        let store = RowStore::default();
        let first = [
            json!({"id": 1, "name": "A"}),
            json!({"id": 2, "nested": {"x": [1, 2]}}),
        ];
        assert_eq!(store.append("list", &first), None, "not opened");
        store.open("list");
        assert_eq!(store.append("list", &first), Some(2));
        assert_eq!(store.append("list", &[json!({"id": 3})]), Some(3));
        assert_eq!(
            store.records("list", &[2, 0, 9]),
            vec![json!({"id": 3}), first[0].clone(), Value::Null]
        );
        assert_eq!(store.records("other", &[0]), vec![Value::Null]);
    }

    #[test]
    fn fields_copy_only_the_names_asked_from_the_index_given() {
        let store = RowStore::default();
        store.open("list");
        store.append(
            "list",
            &[
                json!({"id": 1, "startedAt": "2026-01-01", "big": {"deep": [1, 2, 3]}}),
                json!({"id": 2, "big": "text", "na\u{00ef}ve": 4}),
                json!([1, 2]),
            ],
        );
        assert_eq!(
            store.fields("list", &names(&["id", "startedAt", "na\u{00ef}ve"]), 0),
            vec![
                json!({"id": 1, "startedAt": "2026-01-01"}),
                json!({"id": 2, "na\u{00ef}ve": 4}),
                json!({}),
            ]
        );
        assert_eq!(
            store.fields("list", &names(&["id"]), 1),
            vec![json!({"id": 2}), json!({})]
        );
    }

    #[test]
    fn a_key_with_escapes_is_still_found() {
        let store = RowStore::default();
        // serde_json writes non-ASCII as is; an escaped key only comes from elsewhere.
        store
            .listings
            .lock()
            .unwrap()
            .insert("raw".into(), vec![r#"{"a\"b": 1, "c": 2}"#.into()]);
        assert_eq!(
            store.fields("raw", &names(&["a\"b"]), 0),
            vec![json!({"a\"b": 1})]
        );
    }

    #[test]
    fn forgetting_drops_one_listing_or_all() {
        let store = RowStore::default();
        store.open("a");
        store.open("b");
        store.append("a", &[json!(1)]);
        store.append("b", &[json!(2)]);
        store.forget("a");
        assert_eq!((store.count("a"), store.count("b")), (0, 1));
        assert_eq!(
            store.append("a", &[json!(3)]),
            None,
            "a forgotten key stays so"
        );
        store.forget_all();
        assert_eq!(store.count("b"), 0);
    }
}
