//! Records in memory, by collection key, ordered by id.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use serde_json::Value;

/// A record id: numbers sort numerically, before any text id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdKey {
    Number(u64),
    Text(String),
}

impl IdKey {
    pub fn parse(text: &str) -> IdKey {
        match text.parse::<u64>() {
            Ok(number) => IdKey::Number(number),
            Err(_) => IdKey::Text(text.to_owned()),
        }
    }

    /// The id of a record, from its `id` field.
    pub fn of(record: &Value) -> Option<IdKey> {
        match record.get("id")? {
            Value::Number(n) => n.as_u64().map(IdKey::Number),
            Value::String(s) => Some(IdKey::parse(s)),
            _ => None,
        }
    }

    /// The id as JSON: a string when the collection's schema says so.
    pub fn to_json(&self, as_string: bool) -> Value {
        match self {
            IdKey::Number(n) if as_string => Value::String(n.to_string()),
            IdKey::Number(n) => Value::from(*n),
            IdKey::Text(s) => Value::String(s.clone()),
        }
    }
}

impl fmt::Display for IdKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdKey::Number(n) => write!(f, "{n}"),
            IdKey::Text(s) => f.write_str(s),
        }
    }
}

/// One collection's records.
///
/// Big collections are layered: each stored record holds only its own fields
/// (ids, references, dates, amounts) and takes the rest from one of a few
/// shared synthesized bodies, chosen by its id. That keeps 200,000 sessions
/// in memory at a fraction of the size of full copies.
#[derive(Debug, Default, Clone)]
pub struct Collection {
    pub records: BTreeMap<IdKey, Value>,
    pub id_is_string: bool,
    /// Shared bodies of a layered collection.
    pub bases: Option<Arc<Vec<Value>>>,
    /// The field naming a record when it has no `id` (e.g. `phase`).
    pub key_field: Option<&'static str>,
}

impl Collection {
    fn base(&self, key: &IdKey) -> Option<&Value> {
        let bases = self.bases.as_ref().filter(|b| !b.is_empty())?;
        let index = match key {
            IdKey::Number(n) => *n as usize,
            IdKey::Text(text) => text.bytes().map(usize::from).sum(),
        };
        bases.get(index % bases.len())
    }

    /// Field `name` of the record stored as `own` under `key`.
    pub fn field<'a>(&'a self, key: &IdKey, own: &'a Value, name: &str) -> Option<&'a Value> {
        own.get(name).or_else(|| self.base(key)?.get(name))
    }

    /// The whole record: its shared body with its own fields laid over.
    pub fn full(&self, key: &IdKey, own: &Value) -> Value {
        match (self.base(key), own) {
            (Some(Value::Object(base)), Value::Object(fields)) => {
                let mut record = base.clone();
                for (name, value) in fields {
                    record.insert(name.clone(), value.clone());
                }
                Value::Object(record)
            }
            _ => own.clone(),
        }
    }

    /// The next free numeric id.
    pub fn next_id(&self) -> u64 {
        self.records
            .keys()
            .rev()
            .find_map(|key| match key {
                IdKey::Number(n) => Some(n + 1),
                IdKey::Text(_) => None,
            })
            .unwrap_or(1)
    }

    /// Adds `record` under a fresh id, written into its `id` field.
    pub fn insert_new(&mut self, mut record: Value) -> Value {
        if let Some(key) = self.key_field.and_then(|_| self.key_of(&record)) {
            self.records.insert(key, record.clone());
            return record;
        }
        let key = IdKey::Number(self.next_id());
        if let Value::Object(map) = &mut record {
            map.insert("id".to_owned(), key.to_json(self.id_is_string));
        }
        self.records.insert(key, record.clone());
        record
    }

    /// Stores `record` under its own `id` (or the next free one if it has none).
    /// The key of `record`: its `id`, or its naming field.
    pub fn key_of(&self, record: &Value) -> Option<IdKey> {
        match self.key_field {
            Some(field) => match record.get(field)? {
                Value::String(text) => Some(IdKey::parse(text)),
                other => Some(IdKey::parse(&other.to_string())),
            },
            None => IdKey::of(record),
        }
    }

    pub fn put(&mut self, record: Value) {
        match self.key_of(&record) {
            Some(key) => {
                self.records.insert(key, record);
            }
            None => {
                let key = IdKey::Number(self.next_id());
                self.records.insert(key, record);
            }
        }
    }
}

/// Every collection and singleton of the tenant.
#[derive(Debug, Default)]
pub struct Store {
    pub collections: HashMap<String, Collection>,
    pub singletons: HashMap<String, Value>,
}

impl Store {
    pub fn collection_mut(&mut self, key: &str) -> &mut Collection {
        self.collections.entry(key.to_owned()).or_default()
    }

    /// The whole record `id` of collection `key`.
    pub fn full(&self, key: &str, id: &IdKey) -> Option<Value> {
        let collection = self.collections.get(key)?;
        Some(collection.full(id, collection.records.get(id)?))
    }

    /// The stored (for layered collections: own) fields of record `id`.
    pub fn get(&self, key: &str, id: &IdKey) -> Option<&Value> {
        self.collections.get(key)?.records.get(id)
    }

    pub fn get_mut(&mut self, key: &str, id: &IdKey) -> Option<&mut Value> {
        self.collections.get_mut(key)?.records.get_mut(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn layered_records_take_their_body_from_the_shared_bases() {
        let mut collection = Collection {
            bases: Some(Arc::new(vec![
                json!({"name": "even", "city": "Sofia"}),
                json!({"name": "odd", "city": "Vienna"}),
            ])),
            ..Collection::default()
        };
        collection.put(json!({"id": 3, "city": "Lyon"}));
        let key = IdKey::Number(3);
        let full = collection.full(&key, &collection.records[&key]);
        assert_eq!(full, json!({"id": 3, "name": "odd", "city": "Lyon"}));
        assert_eq!(
            collection.field(&key, &collection.records[&key], "name"),
            Some(&json!("odd"))
        );
    }

    #[test]
    fn new_records_get_the_next_id_in_the_collections_id_type() {
        let mut collection = Collection {
            id_is_string: true,
            ..Collection::default()
        };
        collection.put(json!({"id": "41"}));
        let created = collection.insert_new(json!({"name": "new"}));
        assert_eq!(created["id"], "42");
    }
}
